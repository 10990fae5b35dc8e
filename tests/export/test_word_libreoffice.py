"""The Word documents of every language version converted by LibreOffice: the text it sets
(numbers from the Word lists, punctuation, labels, annex rows, footnotes) is the plan's.

One ``soffice --headless --convert-to pdf`` call converts all the files, under a time limit.
LibreOffice finds the bundled fonts through a fontconfig file of the test's own, which also
maps the faces the document names (SimSun, Simplified Arabic) to them, so the render uses the
same faces as the PDF export.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.export.plan import DocumentPlan, build_plan
from agenda_editor.export.word import export_docx
from agenda_editor.resources import resource_path
from tests.export.six_languages import six_language_meeting
from tests.factories import two_body_meeting

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler's pdftotext is not installed (.ci/run installs them)",
)

#: LibreOffice starts in a few seconds; six small documents take a few more.
TIMEOUT = 180

_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <alias binding="same"><family>Simplified Arabic</family><accept><family>Amiri</family></accept></alias>
  <alias binding="same"><family>SimSun</family><accept><family>Droid Sans Fallback</family></accept></alias>
</fontconfig>
"""  # noqa: E501


def convert(files: list[Path], folder: Path) -> None:
    """Convert the files to PDF in one LibreOffice run, with its own profile and fonts."""
    conf = folder / "fonts.conf"
    fonts = Path(str(resource_path("fonts", "Amiri-Regular.ttf"))).parent
    conf.write_text(_FONTS_CONF.format(fonts=fonts, cache=folder / "fc-cache"), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(folder))
    command = [
        "soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
        "--convert-to", "pdf", "--outdir", str(folder), *map(str, files),
    ]  # fmt: skip
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=TIMEOUT)


def pdf_text(path: Path, layout: bool = False) -> str:
    """The converted text in reading order (or line by line as laid out), without bidi
    control characters."""
    options = ["-layout"] if layout else []
    out = subprocess.run(
        ["pdftotext", *options, str(path), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", out)


def squeeze(text: str) -> str:
    return "".join(text.split())


#: LibreOffice writes the first letter of Word's Arabic abjad list as a bare alef (ا), the
#: plan as alef with hamza (أ), and the fifth as ه where the plan has هـ: the same letters.
def _abjad(text: str) -> str:
    return text.replace("أ", "ا").replace("هـ", "ه")


@dataclass
class Converted:
    plan: DocumentPlan
    #: The text in reading order, and line by line as laid out on the page.
    text: str
    layout: str

    def lines(self) -> list[str]:
        return [squeeze(_abjad(line)) for line in self.layout.splitlines()]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Converted]:
    folder = tmp_path_factory.mktemp("libreoffice")
    meeting = six_language_meeting()
    files = [export_docx(meeting, folder / f"{lang}.docx", lang=lang) for lang in LANGUAGES]
    annex = export_docx(meeting, folder / "annex-fr.docx", lang="fr", part="annex")
    bodies = export_docx(two_body_meeting(), folder / "bodies-en.docx", lang="en", part="annex")
    convert([*files, annex, bodies], folder)
    result = {}
    for name, plan in [
        *((lang, build_plan(meeting, lang)) for lang in LANGUAGES),
        ("annex-fr", build_plan(meeting, "fr", "annex")),
        ("bodies-en", build_plan(two_body_meeting(), "en", "annex")),
    ]:
        pdf = folder / f"{name}.pdf"
        result[name] = Converted(plan, pdf_text(pdf), pdf_text(pdf, layout=True))
    return result


def _in_order(text: str, pieces: list[str]) -> None:
    haystack, position = squeeze(text), 0
    for piece in pieces:
        found = haystack.find(squeeze(piece), position)
        assert found >= 0, f"{piece!r} missing after position {position}"
        position = found + len(squeeze(piece))


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "ar"])
def test_numbering_punctuation_labels_and_notes_in_order(
    converted: dict[str, Converted], lang: str
) -> None:
    plan, text = converted[lang].plan, converted[lang].text
    labels = plan.labels
    masthead = plan.masthead
    for piece in (
        labels["united_nations"], plan.symbol, masthead.distribution, masthead.date,
        *masthead.language_lines, masthead.job_line, *masthead.body.text.split(),
    ):  # fmt: skip
        assert squeeze(piece) in squeeze(text)
    expected = [
        plan.subsidiary_body.text, plan.session.text, plan.place_and_dates.text,
        plan.title.text, labels["provisional_agenda"],
        *(f"{x.label} {x.title.text}{x.punctuation}" for x in plan.agenda),
        labels["annotations"],
        *(f"{s.label} {s.title.text}" for s in plan.sections[:3]),
        labels["annex"], labels["organization_of_work"], labels["col_date_time"],
        *(day.heading for day in plan.annex_days),
    ]  # fmt: skip
    _in_order(text, expected)
    for note in plan.notes:
        assert squeeze(note.plain) in squeeze(text)
    _annex_rows(converted[lang])


def _annex_rows(converted: Converted) -> None:
    """Every row of the annex on one line: its time (first of a meeting), item, title and
    "(continued)", in the columns' order."""
    plan, lines = converted.plan, converted.lines()
    rows = [row for day in plan.annex_days for row in day.rows]
    for row in rows:
        # A long title wraps in its column: its first line follows the time and the item.
        start = squeeze(_abjad(row.time + row.reference + row.title.text))[:24]
        assert any(x.startswith(start) for x in lines), (row, start)
    continued = squeeze(plan.labels["continued"])
    annex = squeeze(converted.text).split(squeeze(plan.labels["col_title"]))[-1]
    assert annex.count(continued) == sum(row.continued for row in rows) > 0


def test_arabic_numbers_titles_punctuation_and_notes(
    converted: dict[str, Converted],
) -> None:
    plan, text, lines = converted["ar"].plan, converted["ar"].layout, converted["ar"].lines()
    for entry in plan.agenda:
        title = squeeze(_abjad(entry.title.text + entry.punctuation))
        [line] = [x for x in lines if title in x][:1]
        # The number on the line of its title: pdftotext keeps the visual order of the
        # number's digits, letters and brackets ("1." reads ".1", "(i)" reads "()i").
        core = _abjad(entry.label).strip("().")
        assert core in line, (entry.label, line)
        assert ("(" in line) == ("(" in entry.label)
    assert sum(squeeze("؛") in x for x in lines) >= 2  # the Arabic semicolon after sub-items
    for label in ("provisional_agenda", "annotations", "organization_of_work", "col_title"):
        assert squeeze(plan.labels[label]) in squeeze(text)
    for note in plan.notes:
        # Right to left with a Latin symbol inside: pdftotext keeps the words, not their order.
        assert all(word in squeeze(text) for word in re.findall(r"\w+", note.plain))
    for day in plan.annex_days:
        assert all(word in squeeze(text) for word in re.findall(r"\w+", day.heading))
        for row in day.rows:
            continued = squeeze(plan.labels["continued"]) if row.continued else ""
            number = _abjad(row.reference).strip("()").split()[-1]
            title = squeeze(_abjad(row.title.text))
            assert any(
                title in x and continued in x and number in x.replace(title, "") for x in lines
            ), row


def test_annex_alone(converted: dict[str, Converted]) -> None:
    plan, text = converted["annex-fr"].plan, converted["annex-fr"].text
    assert squeeze(plan.labels["provisional_agenda"]) not in squeeze(text)
    _in_order(
        text,
        [plan.symbol, plan.labels["organization_of_work"], plan.labels["col_date_time"]],
    )
    _annex_rows(converted["annex-fr"])


def test_bodies_side_by_side(converted: dict[str, Converted]) -> None:
    """Each time of a day on one line: the time, then the first item of each body's meeting
    in the bodies' columns, left to right."""
    plan, layout = converted["bodies-en"].plan, converted["bodies-en"].layout
    lines = layout.splitlines()
    assert any("Plenary" in x and "Committee of the Whole" in x for x in lines)
    for day in plan.annex_days:
        assert squeeze(day.heading) in squeeze(layout)
        for period in day.periods:
            firsts = [cell[0].reference + " " for cell in period.cells if cell]
            pattern = re.compile(".*".join(re.escape(p) for p in [period.time, *firsts]))
            assert any(pattern.search(x) for x in lines), (period.time, firsts)
    continued = [
        e for d in plan.annex_days for p in d.periods for c in p.cells for e in c if e.continued
    ]
    assert squeeze(layout).count("(continued)") == len(continued) > 0
