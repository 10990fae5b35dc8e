"""Where the meeting came from, on the Meeting page of the real window: the next session names
the file and symbol it was made from, an imported agenda its file, a PDF of ours the PDF; the
record is read-only and stays through save and open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel

from agenda_editor.export.pdf import export_pdf
from agenda_editor.gui.dialogs import next_session
from agenda_editor.i18n.dates import full_date
from agenda_editor.storage import session
from tests import factories
from tests.importing.samples import ENGLISH_TEXT

TODAY = full_date(dt.date.today(), "en")


def _origin(window: Any) -> str:
    label = window.meeting_page.origin
    assert isinstance(label, QLabel)  # shown, not an editable field
    return str(label.text()).replace("\u2068", "").replace("\u2069", "")


def test_the_next_session_says_where_it_came_from_and_keeps_it_in_its_file(
    make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "wg4-2026.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    assert window.files.open_path(path)
    assert _origin(window) == "Not recorded (not made from another document)"
    monkeypatch.setattr(
        next_session.NextSessionDialog, "exec", lambda _d: QDialog.DialogCode.Accepted
    )
    window.menus.next_session_action.trigger()
    expected = f"Next session from “wg4-2026.agenda” (CFC/COP/WG.4/2026/1), on {TODAY}"
    assert _origin(window) == expected
    assert window.meeting_page.labels["origin"].text() == "Made from:"

    saved = tmp_path / "wg4-2027.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: saved)
    assert window.files.save()
    assert window.files.open_path(path)
    assert _origin(window).startswith("Not recorded")
    assert window.files.open_path(saved)
    assert _origin(window) == expected


def test_an_imported_agenda_and_a_pdf_of_ours_name_their_files(
    make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from agenda_editor.gui import import_agenda

    monkeypatch.setattr(import_agenda, "_present", lambda box: None)
    window = make_window()
    text = tmp_path / "agenda.txt"
    text.write_text(ENGLISH_TEXT, encoding="utf-8")
    assert window.menus.import_agenda.import_file(text)
    assert (
        _origin(window) == f"Imported from the text file “agenda.txt” (IDB/WG.4/2027/1), on {TODAY}"
    )

    pdf = export_pdf(factories.sample_meeting(), tmp_path / "last year.pdf", lang="en")
    assert window.files.open_path(pdf, ask=False)
    assert (
        _origin(window) == f"Opened from the PDF “last year.pdf” (CFC/COP/WG.4/2026/1), on {TODAY}"
    )


def test_a_new_meeting_from_an_existing_one_names_it(make_window: Any, tmp_path: Path) -> None:
    path = tmp_path / "model.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    assert window.files.new_from_existing(path)
    expected = f"New meeting from the agenda of “model.agenda” (CFC/COP/WG.4/2026/1), on {TODAY}"
    assert _origin(window) == expected
