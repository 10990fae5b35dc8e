"""A reissued document (issue 12): its symbol ends with an asterisk, which points to a note
("* Reissued for technical reasons on 3 May 2026.") at the foot of page 1, in the PDF and in the
Word file, in each language version."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.core.rules import check
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import MissingTranslationError, build_plan
from agenda_editor.export.word import export_docx
from tests.export.conftest import page_texts

NOTE = {
    "en": "Reissued for technical reasons on 3 May 2026.",
    "fr": "Nouveau tirage pour raisons techniques (3 mai 2026).",
    "ar": "أعيد إصدارها لأسباب فنية في 3 أيار/مايو 2026.",
    "zh": "因技术原因于2026年5月3日重发。",
    "ru": "Переиздано по техническим причинам 3 мая 2026 года.",
    "es": "Publicado nuevamente por razones técnicas el 3 de mayo de 2026.",
}


@pytest.fixture
def reissued(meeting6: Meeting) -> Meeting:
    meeting6.symbol += "*"
    meeting6.reissue_note = dict(NOTE)
    return meeting6


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def test_a_symbol_with_an_asterisk_is_accepted(reissued: Meeting) -> None:
    assert not [f for f in check(reissued) if f.target.field == "symbol"]


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "zh", "es"])
def test_the_note_prints_at_the_foot_of_page_one_only(
    reissued: Meeting, tmp_path: Path, lang: str
) -> None:
    pages = [_squeezed(t) for t in page_texts(export_pdf(reissued, tmp_path / "r.pdf", lang=lang))]
    note = _squeezed(NOTE[lang])
    assert reissued.symbol in pages[0]
    assert note in pages[0]
    assert pages[0].count("*") >= 2  # after the symbol, and before the note
    assert not any(note in page for page in pages[1:])
    # At the foot: after the text of the page, before or among its footnotes.
    assert pages[0].index(note) > pages[0].index(build_plan(reissued, lang).agenda[-1].title.text)


def test_the_arabic_note_is_at_the_foot_of_page_one(reissued: Meeting, tmp_path: Path) -> None:
    import pypdfium2

    path = export_pdf(reissued, tmp_path / "ar.pdf", lang="ar")
    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0].get_textpage()
        text = page.get_text_range()
        assert "أعيد إصدارها لأسباب فنية" in text
        at = text.index("أعيد إصدارها")
        assert page.get_charbox(at)[1] < 200  # points from the bottom: the foot of the page
    finally:
        document.close()


def test_a_note_typed_without_its_asterisk_gets_one(reissued: Meeting) -> None:
    assert build_plan(reissued, "en").reissue_line == "* " + NOTE["en"]
    reissued.reissue_note["en"] = "* " + NOTE["en"]
    assert build_plan(reissued, "en").reissue_line == "* " + NOTE["en"]
    reissued.reissue_note = {}
    assert build_plan(reissued, "en").reissue_line == ""


def test_an_untranslated_note_stops_the_export_or_is_marked(reissued: Meeting) -> None:
    del reissued.reissue_note["fr"]
    with pytest.raises(MissingTranslationError, match="reissue note"):
        build_plan(reissued, "fr")
    plan = build_plan(reissued, "fr", allow_missing=True)
    assert plan.reissue_note.fallback and plan.reissue_note.text == NOTE["en"]


def test_no_note_no_asterisk_line(meeting6: Meeting, tmp_path: Path) -> None:
    pages = page_texts(export_pdf(meeting6, tmp_path / "plain.pdf"))
    assert "Reissued" not in " ".join(pages)


def test_word_puts_the_note_in_a_footnote_marked_by_the_symbols_asterisk(
    reissued: Meeting, tmp_path: Path
) -> None:
    path = export_docx(reissued, tmp_path / "r.docx")
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode()
        notes = package.read("word/footnotes.xml").decode()
    # The asterisk after the symbol is the note's mark; numbered notes keep Word's numbers.
    assert 'customMarkFollows="1" w:id="1"/><w:t>*</w:t>' in document
    assert reissued.symbol.removesuffix("*") in document
    assert NOTE["en"] in notes
    numbered = document.count("<w:footnoteReference") - 1
    assert numbered == len(build_plan(reissued, "en").notes)
    assert notes.count("<w:footnoteRef/>") == numbered


def test_an_untranslated_note_is_marked_alike_in_the_pdf_and_in_word(
    reissued: Meeting, tmp_path: Path
) -> None:
    del reissued.reissue_note["fr"]
    reissued.reissue_note["en"] = "* " + NOTE["en"]  # typed with its asterisk: printed once
    pdf = export_pdf(reissued, tmp_path / "r.pdf", lang="fr", allow_missing=True)
    page = _squeezed(page_texts(pdf)[0])
    assert "* [non traduit] " + NOTE["en"] in page
    assert "* *" not in page
    word = export_docx(reissued, tmp_path / "r.docx", lang="fr", allow_missing=True)
    with zipfile.ZipFile(word) as package:
        notes = package.read("word/footnotes.xml").decode()
    assert notes.count("[non traduit]") == 1 and notes.count(NOTE["en"]) == 1
    assert notes.index("* ") < notes.index("[non traduit]") < notes.index(NOTE["en"])
    assert build_plan(reissued, "fr", allow_missing=True).reissue_text == NOTE["en"]
