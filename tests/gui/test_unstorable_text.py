"""Text that cannot be stored: refused where it comes in, and Save and the recovery copy tell the
user when they fail instead of failing silently (Save used to die on ``UnicodeEncodeError``,
the recovery copy only logged it, so crash recovery never worked for that meeting)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtTest import QTest

from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.editor.annotation_edit import ANNOTATION_MIME
from tests import factories


def unstorable_meeting():
    """A meeting as an older reader let one in: a title with a lone surrogate."""
    meeting = factories.sample_meeting()
    meeting.items[0].title["en"] = "Opening\ud800"
    return meeting


def test_save_tells_why_it_failed(make_window, tmp_path: Path, no_real_dialogs, monkeypatch):
    window = make_window(unstorable_meeting())
    target = tmp_path / "meeting.agenda"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    assert window.files.save() is False
    kinds = [kind for kind, _ in no_real_dialogs]
    assert kinds == ["critical"]
    text = no_real_dialogs[0][1]
    assert text.startswith("Cannot Save: ")
    assert str(target) in text
    assert "cannot be stored (a lone surrogate, U+D800" in text
    assert not target.exists()
    assert window.isWindowModified() or window.document.path is None


def test_a_failing_recovery_copy_is_told_to_the_user_once(qtbot, make_window, no_real_dialogs):
    window = make_window(unstorable_meeting())
    for symbol in ("A/1", "A/2"):
        window.document.push(SetMeetingFieldCommand(window.document, "symbol", symbol))
        window.files.write_recovery()
        window.files.flush_recovery()
        qtbot.waitUntil(lambda: bool(no_real_dialogs))
        QTest.qWait(50)  # let a second report arrive, if one were shown
    warnings = [text for kind, text in no_real_dialogs if kind == "warning"]
    assert len(warnings) == 1  # not a box every two seconds
    assert warnings[0].startswith("Crash Recovery Not Working: ")
    assert "cannot be stored" in warnings[0]
    assert "Save your work" in warnings[0]
    assert "crash recovery" in window.statusBar().currentMessage()
    assert window.files.recovery.entries() == []


def test_pasting_text_with_a_lone_surrogate_is_refused_with_a_message(window):
    editor = window.item_editor
    item_id = window.document.meeting.items[0].id
    editor.set_item(item_id)
    before = dict(window.document.meeting.items[0].annotation)
    data = QMimeData()
    data.setData(ANNOTATION_MIME, json.dumps(["Broken \ud800 text"]).encode())
    editor.annotation.setFocus()
    editor.annotation.insertFromMimeData(data)
    assert window.document.meeting.items[0].annotation == before
    assert "Not pasted" in window.statusBar().currentMessage()
    assert "cannot be stored" in window.statusBar().currentMessage()


def test_open_shows_a_damaged_file_as_a_message(make_window, tmp_path: Path, no_real_dialogs):
    """Invalid UTF-8 in SQLite's report on a file used to escape from Open as UnicodeDecodeError."""
    from agenda_editor.storage import session

    path = tmp_path / "damaged.agenda"
    session.save(factories.sample_meeting(), path)
    data = bytearray(path.read_bytes())
    data[data.index(b"tableplacementplacement") + len(b"table")] = 0xFF
    path.write_bytes(bytes(data))
    window = make_window()
    assert window.files.open_path(path) is False
    assert len(no_real_dialogs) == 1
    kind, text = no_real_dialogs[0]
    assert kind == "critical"
    assert text.startswith("Cannot Open File: ")
    assert str(path) in text and "is damaged" in text
    assert window.document.path is None
