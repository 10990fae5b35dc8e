"""Our own Word export read back by the importer: ``agenda-editor export X -o X.docx`` then
``agenda-editor import X.docx`` gives the items, sub-items at every depth, annotations with their
footnotes and markup, documentation lists, masthead and the annex timetable of the meeting, in
English and French (the bundled sample) and in Arabic and Chinese (the sample of the tests in
six languages); and the same files once LibreOffice has rewritten them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.core.model import Origin, OriginKind
from agenda_editor.export.word import export_docx
from agenda_editor.importing import import_file
from agenda_editor.interchange import load_json, save_json
from agenda_editor.resources import sample_path
from tests.export.six_languages import six_language_meeting
from tests.importing import outline


def _round_trip(source: Path, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    word = tmp_path / f"agenda-{lang}.docx"
    imported = tmp_path / f"imported-{lang}.json"
    assert main(["export", str(source), "-o", str(word), "--lang", lang, "--quiet"]) == 0
    assert main(["import", str(word), "-o", str(imported), "--lang", lang]) == 0
    out = capsys.readouterr().out
    # Every line found its place: only the "Original: ..." line of a translation is reported.
    assert [
        line for line in out.splitlines() if "not imported" in line and "Original" not in line
    ] == []
    return load_json(imported)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_sample_meeting_comes_back_from_its_word_export(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_json(sample_path())
    imported = _round_trip(sample_path(), lang, tmp_path, capsys)
    outline.assert_same(imported, original, lang)


@pytest.mark.parametrize("lang", ["en", "ar", "zh", "ru", "es"])
def test_every_language_version_comes_back_with_third_level_items_and_footnote_markup(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = six_language_meeting()
    source = tmp_path / "six.json"
    save_json(original, source)
    imported = _round_trip(source, lang, tmp_path, capsys)
    outline.assert_same(imported, original, lang)
    # What the outline compares is there to compare: depth 3, footnotes with markup.
    places = [place for place, *_ in outline.items(imported, lang)]
    assert (2, 1, 1) in places
    needs = imported.items[1].annotation[lang][0]
    assert "<footnote>" in needs and "<b>" in needs.split("<footnote>")[1]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_word_files_that_libreoffice_rewrote_from_our_export_import_the_same(
    tmp_path: Path,
) -> None:
    sample, six = load_json(sample_path()), six_language_meeting()
    cases = {"sample-en": (sample, "en"), "six-ar": (six, "ar"), "six-zh": (six, "zh")}
    ours = tmp_path / "ours"
    ours.mkdir()
    for name, (meeting, lang) in cases.items():
        export_docx(meeting, ours / f"{name}.docx", lang)
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path),
            *(str(ours / f"{name}.docx") for name in cases),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    for name, (meeting, lang) in cases.items():
        rewritten = tmp_path / f"{name}.docx"
        assert rewritten.read_bytes() != (ours / f"{name}.docx").read_bytes()
        result = import_file(rewritten, lang)
        assert [note.text for note in result.notes if "Original" not in note.text] == []
        outline.assert_same(result.meeting, meeting, lang)


def test_an_imported_meeting_records_the_file_it_came_from(tmp_path: Path) -> None:
    word = export_docx(load_json(sample_path()), tmp_path / "wg1 2026.docx", "en")
    origin = import_file(word, today=dt.date(2026, 12, 3)).meeting.origin
    assert origin == Origin(
        OriginKind.WORD, "wg1 2026.docx", "MDC/COP/WG.1/2026/1", dt.date(2026, 12, 3)
    )
    text = tmp_path / "pasted.txt"
    text.write_text("Provisional agenda\n1. Opening of the session.\n", encoding="utf-8")
    origin = import_file(text).meeting.origin
    assert origin is not None and (origin.kind, origin.source, origin.symbol) == (
        "text",
        "pasted.txt",
        "",
    )
