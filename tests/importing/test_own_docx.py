"""Our own Word export read back by the importer: ``agenda-editor export X -o X.docx`` then
``agenda-editor import X.docx`` gives the items, sub-items at every depth, annotations with their
footnotes and markup, documentation lists, masthead and the annex timetable of the meeting, in
English and French (the bundled sample) and in Arabic and Chinese (the sample of the tests in
six languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.interchange import load_json, save_json
from agenda_editor.resources import sample_path
from tests.export.six_languages import six_language_meeting
from tests.importing import outline


def _round_trip(source: Path, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
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

