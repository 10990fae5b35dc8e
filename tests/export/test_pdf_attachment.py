"""A PDF opens back as its meeting: every exported PDF carries the whole meeting (all language
versions) as an embedded JSON interchange file; a PDF without it is "not made by Agenda Editor"."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from agenda_editor.cli import main
from agenda_editor.core.model import Meeting, Origin, OriginKind
from agenda_editor.export.pdf import export_pdf
from agenda_editor.interchange import dumps_json, load_json
from agenda_editor.interchange.pdf_attachment import (
    ATTACHMENT_NAME,
    NotOurPdf,
    load_pdf,
)
from agenda_editor.interchange.reader import read_json
from agenda_editor.storage import session


def test_the_pdf_of_one_version_gives_back_the_whole_meeting(
    meeting6: Meeting, tmp_path: Path
) -> None:
    target = export_pdf(meeting6, tmp_path / "wg-ar.pdf", lang="ar", part="agenda")
    back = load_pdf(target, today=dt.date(2027, 1, 5))
    # The meeting read back records that it came from this PDF; the rest is the meeting.
    assert back.origin == Origin(OriginKind.PDF, "wg-ar.pdf", meeting6.symbol, dt.date(2027, 1, 5))
    back.origin = None
    assert dumps_json(back) == dumps_json(meeting6)
    assert sorted(back.languages) == sorted(meeting6.languages) and len(back.languages) == 6


@pytest.mark.skipif(shutil.which("pdfdetach") is None, reason="poppler-utils is not installed")
def test_the_attachment_is_an_ordinary_embedded_file_other_readers_list(
    meeting6: Meeting, tmp_path: Path
) -> None:
    target = export_pdf(meeting6, tmp_path / "wg.pdf", lang="fr")
    listed = subprocess.run(
        ["pdfdetach", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert ATTACHMENT_NAME in listed
    saved = tmp_path / "extracted.json"
    subprocess.run(["pdfdetach", "-save", "1", "-o", str(saved), str(target)], check=True)
    assert dumps_json(load_json(saved)) == dumps_json(meeting6)


def _foreign_pdf(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "A letter written elsewhere")
    canvas.save()
    return path


def test_a_pdf_without_our_attachment_is_named_as_not_ours(tmp_path: Path) -> None:
    foreign = _foreign_pdf(tmp_path / "letter.pdf")
    with pytest.raises(NotOurPdf, match="this PDF was not made by Agenda Editor") as raised:
        load_pdf(foreign)
    assert str(foreign) in str(raised.value)


def test_cli_turns_last_years_pdf_back_into_a_session_file(
    meeting6: Meeting, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = export_pdf(meeting6, tmp_path / "OLD.pdf", lang="zh")
    new = tmp_path / "NEW.agenda"
    assert main(["export", str(old), "-o", str(new), "--quiet"]) == 0
    back = session.load(new).meeting
    assert back.origin is not None and (back.origin.kind, back.origin.source) == ("pdf", "OLD.pdf")
    back.origin = None
    assert dumps_json(back) == dumps_json(meeting6)
    assert main(["check", str(old)]) == 0

    foreign = _foreign_pdf(tmp_path / "letter.pdf")
    capsys.readouterr()
    assert main(["export", str(foreign), "-o", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "this PDF was not made by Agenda Editor" in err and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_the_attachment_is_listed_as_the_documents_source(
    meeting6: Meeting, tmp_path: Path
) -> None:
    # What PDF/A-3 readers and archives look for: the associated file the document came from.
    target = export_pdf(meeting6, tmp_path / "wg.pdf", lang="fr")
    with pikepdf.open(target) as pdf:
        spec = pdf.attachments[ATTACHMENT_NAME]
        assert spec.relationship == pikepdf.Name.Source
        assert [associated.objgen for associated in pdf.Root.AF] == [spec.obj.objgen]
        assert "Agenda Editor" in spec.description
        embedded = spec.get_file()
        data = embedded.read_bytes()
        assert embedded.mime_type == "application/json"
        assert embedded.size == len(data)
        assert embedded.md5 == hashlib.md5(data).digest()
    assert dumps_json(read_json(data)) == dumps_json(meeting6)
