"""Lettered sub-paragraphs printed: in the PDF and in Word each is indented after its letter in
the version's style ("(a)" in English, "a)" in French, "(أ)" in Arabic, on the right), the
letters run in order and start again after an ordinary paragraph."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest

from agenda_editor.core import markup
from agenda_editor.core.model import Meeting
from agenda_editor.export import word_styles as ws
from agenda_editor.export.pdf import export_pdf
from agenda_editor.export.plan import build_plan
from agenda_editor.export.word import export_docx
from agenda_editor.importing import import_file
from tests.factories import bare_meeting, item

L = markup.LETTERED

TEXTS = {
    "en": [
        "The Working Group is invited to consider the following questions:",
        L + "How observation stations share their records with neighbouring countries;",
        L + "Which training courses the secretariat should offer in 2027;",
        L + "Whether a common format for glacier data is needed.",
        "It may then wish to agree on recommendations:",
        L + "For the Conference at its next session.",
    ],
    "fr": [
        "Le Groupe de travail est invité à examiner les questions suivantes:",
        L + "Comment les stations d'observation partagent leurs relevés avec les pays voisins;",
        L + "Quels cours de formation le secrétariat devrait proposer en 2027;",
        L + "S'il faut un format commun pour les données sur les glaciers.",
        "Il voudra peut-être ensuite convenir de recommandations:",
        L + "Pour la Conférence à sa prochaine session.",
    ],
    "ar": [
        "الفريق العامل مدعو إلى النظر في المسائل التالية:",
        L + "كيفية تبادل محطات الرصد سجلاتها مع البلدان المجاورة؛",
        L + "الدورات التدريبية التي ينبغي أن تقدمها الأمانة في عام 2027؛",
        L + "مدى الحاجة إلى شكل موحد لبيانات الأنهار الجليدية.",
        "وقد يود الفريق بعد ذلك أن يتفق على توصيات:",
        L + "إلى المؤتمر في دورته المقبلة.",
    ],
}
LETTERS = {
    "en": ["(a)", "(b)", "(c)", "(a)"],
    "fr": ["a)", "b)", "c)", "a)"],
    "ar": ["(أ)", "(ب)", "(ج)", "(أ)"],
}


def meeting() -> Meeting:
    data = item("data", "Sharing of observation data", annotation=TEXTS)
    data.title.update(fr="Partage des données d'observation", ar="تبادل بيانات الرصد")
    m = bare_meeting(data, languages=("en", "fr", "ar"))
    m.body = {"en": "Working Group", "fr": "Groupe de travail", "ar": "الفريق العامل"}
    return m


def lines(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """The lines of the PDF's first page as poppler reads them: each word with its left and
    right edges, in the order poppler gives them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found: dict[float, list[tuple[float, float, str]]] = {}
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>'
    for x0, y0, x1, word in re.findall(pattern, html):
        found.setdefault(round(float(y0)), []).append((float(x0), float(x1), word))
    return [found[y] for y in sorted(found)]


def test_the_plan_gives_each_sub_paragraph_its_letter() -> None:
    for lang, letters in LETTERS.items():
        [section] = build_plan(meeting(), lang).sections
        labels = [p.label for p in section.paragraphs]
        assert labels == [None, *letters[:3], None, letters[3]]


def test_an_empty_lettered_paragraph_takes_no_letter() -> None:
    m = bare_meeting(item("x", "X", annotation={"en": ["Intro:", L, L + "one.", L + "two."]}))
    [section] = build_plan(m, "en").sections
    assert [p.label for p in section.paragraphs] == [None, None, "(a)", "(b)"]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_pdf_prints_the_letters_in_order_before_their_indented_text(
    tmp_path: Path, lang: str
) -> None:
    pdf = export_pdf(meeting(), tmp_path / f"{lang}.pdf", lang=lang)
    page = lines(pdf)
    letters = set(LETTERS[lang])
    lettered = [n for n, line in enumerate(page) if any(w in letters for *_, w in line)]
    assert [w for n in lettered for *_, w in page[n] if w in letters] == LETTERS[lang]
    intro = page[lettered[0] - 1]  # the paragraph before the list, on one line
    starts = []
    for n in lettered:
        label = next(word for word in page[n] if word[2] in letters)
        text = [word for word in page[n] if word is not label]
        if lang == "ar":
            # Right to left: the letter at the right, where an ordinary paragraph starts; the
            # text hanging a step further in, to its left.
            assert abs(label[1] - max(x1 for _, x1, _ in intro)) < 1
            assert max(x1 for _, x1, _ in text) < label[0]
            assert max(x1 for _, x1, _ in intro) - max(x1 for _, x1, _ in text) > 12
            starts.append(max(x1 for _, x1, _ in text))
        else:
            assert abs(label[0] - min(x0 for x0, _, _ in intro)) < 1
            assert min(x0 for x0, _, _ in text) > label[1]
            assert min(x0 for x0, _, _ in text) - min(x0 for x0, _, _ in intro) > 12
            starts.append(min(x0 for x0, _, _ in text))
    # The texts of the list start in line, whatever the width of their letters.
    assert max(starts) - min(starts) < 1


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_word_gives_each_sub_paragraph_its_letter_and_a_hanging_indent(
    tmp_path: Path, lang: str
) -> None:
    document = docx.Document(str(export_docx(meeting(), tmp_path / f"{lang}.docx", lang=lang)))
    subs = [
        p for p in document.paragraphs if p.style is not None and p.style.name == ws.SUB_PARAGRAPH
    ]
    assert [p.text.split("\t")[0] for p in subs] == LETTERS[lang]
    assert subs[0].text.split("\t")[1] == markup.plain_text(TEXTS[lang][1])
    style = document.styles[ws.SUB_PARAGRAPH].paragraph_format
    body = document.styles[ws.ANNOTATION].paragraph_format
    assert style.first_line_indent < 0
    assert style.left_indent + style.first_line_indent == body.left_indent
    ordinary = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == ws.ANNOTATION
    ]
    assert ordinary == [markup.plain_text(TEXTS[lang][0]), markup.plain_text(TEXTS[lang][4])]


def test_our_word_file_imported_again_gives_back_the_sub_paragraphs(tmp_path: Path) -> None:
    path = export_docx(meeting(), tmp_path / "fr.docx", lang="fr")
    imported = import_file(path).meeting
    assert imported.items[0].annotation["fr"] == TEXTS["fr"]
