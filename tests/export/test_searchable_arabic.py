"""Searchable Arabic: the text poppler's pdftotext extracts from an Arabic PDF is the meeting's
text, word for word and in reading order (titles, annotations with symbols, footnotes, document
titles, annex), after Unicode normalisation. It used to give isolated letters only ("ة ا ا" for
"الأمم المتحدة"), since shaped glyphs had no Unicode mapping."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from agenda_editor.core.markup import plain_text
from agenda_editor.core.model import Meeting
from agenda_editor.export.pdf import export_pdf
from tests.export.six_languages import ANNOTATIONS, DOCUMENTS, MEETING, TITLES

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler absent")

#: Footnote markers and page furniture may come between the words of a passage.
_EXTRA_WORDS = 3


def words(text: str) -> list[str]:
    """The words of ``text`` after normalisation: NFKC (presentation forms to letters), no
    kashida (U+0640, a drawing stretch), no bidi controls; punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "")
    return re.findall(r"\w+", text)


def extracted(path: Path) -> list[str]:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return words(result.stdout.decode("utf-8"))


def found(passage: str, text: list[str]) -> bool:
    """Whether the words of ``passage`` occur in ``text`` in order, with at most a few other
    words (a footnote number) among them."""
    wanted = words(passage)
    for start in (n for n, word in enumerate(text) if word == wanted[0]):
        position, extra = start + 1, 0
        for word in wanted[1:]:
            while position < len(text) and text[position] != word and extra <= _EXTRA_WORDS:
                position, extra = position + 1, extra + 1
            if position >= len(text) or extra > _EXTRA_WORDS:
                break
            position += 1
        else:
            return True
    return False


def _footnotes(markup: str) -> list[str]:
    return re.findall(r"<footnote>(.*?)</footnote>", markup)


def _without_footnotes(markup: str) -> str:
    return re.sub(r"<footnote>.*?</footnote>", " ", markup)


@pytest.fixture(scope="module")
def arabic_text(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    from tests.export.six_languages import six_language_meeting

    meeting: Meeting = six_language_meeting()
    folder = tmp_path_factory.mktemp("ar")
    return extracted(export_pdf(meeting, folder / "ar.pdf", lang="ar"))


def test_the_masthead_and_meeting_block_read_as_written(arabic_text: list[str]) -> None:
    assert found("الأمم المتحدة", arabic_text)
    for field in ("body", "subsidiary_body", "session", "title"):
        assert found(MEETING[field]["ar"], arabic_text), field


@pytest.mark.parametrize("key", sorted(TITLES))
def test_every_item_title_reads_as_written(arabic_text: list[str], key: str) -> None:
    assert found(TITLES[key]["ar"], arabic_text)


@pytest.mark.parametrize("key", sorted(ANNOTATIONS))
def test_annotations_with_symbols_and_marks_read_as_written(
    arabic_text: list[str], key: str
) -> None:
    for paragraph in ANNOTATIONS[key]["ar"]:
        assert found(plain_text(_without_footnotes(paragraph)), arabic_text), paragraph


def test_footnotes_and_document_titles_read_as_written(arabic_text: list[str]) -> None:
    notes = [note for key in ANNOTATIONS for p in ANNOTATIONS[key]["ar"] for note in _footnotes(p)]
    assert notes
    for note in notes:
        assert found(plain_text(note), arabic_text), note
    for titles in DOCUMENTS.values():
        assert found(titles["ar"], arabic_text), titles["ar"]


def test_the_annex_reads_as_written(meeting6: Meeting, tmp_path: Path) -> None:
    text = extracted(export_pdf(meeting6, tmp_path / "annex.pdf", lang="ar", part="annex"))
    assert found("تنظيم الأعمال المقترح", text)
    assert found(TITLES["needs"]["ar"] + " (تابع)", text)
    assert found("الخميس 11 حزيران/يونيه", text)


def test_words_are_whole_not_letters() -> None:
    """The comparison itself fails on the old output (isolated letters)."""
    assert not found("الأمم المتحدة", words("ة ا ا"))
