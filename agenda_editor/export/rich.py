"""Formatted text between the plan and the renderer: spans, and ReportLab paragraph markup.

User text is text: every string from the meeting is escaped before it reaches ReportLab's
paragraph parser, so ``<img src=...>``, ``<a href=...>``, ``<font>`` or ``&`` print literally.
Only the annotation markup that :mod:`agenda_editor.core.markup` parsed (bold, italic,
superscript, subscript, footnotes) becomes formatting, and it is produced here, not passed on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agenda_editor.core import markup

# core.markup's escape: the same three replacements as xml.sax.saxutils', whose import brings
# urllib.request, http.client and ssl (20 ms of every export's start).
from agenda_editor.core.markup import escape
from agenda_editor.export import fonts
from agenda_editor.export.plan import DocumentPlan, Inline, NoteRef, Text

#: Colour of passages printed in the original language because the translation is missing.
FALLBACK_COLOR = "#a0001e"


@dataclass(frozen=True)
class Span:
    """A piece of text with one format; ``mark`` is a footnote number for a footnote marker."""

    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False
    sub: bool = False
    fallback: bool = False
    mark: int | None = None


def text_spans(
    text: Text | str, bold: bool = False, italic: bool = False, fallback: bool = False
) -> list[Span]:
    if isinstance(text, Text):
        fallback = fallback or text.fallback
        text = text.text
    return [Span(text, bold=bold, italic=italic, fallback=fallback)] if text else []


def marked(spans: list[Span], fallback: bool, label: str) -> list[Span]:
    """Spans of an untranslated passage (``fallback``), after the "[not translated]" ``label``."""
    if not fallback:
        return spans
    return [Span(label + " ", italic=True, fallback=True), *spans]


def reissue_spans(plan: DocumentPlan) -> list[Span]:
    """The words of the reissue note as printed after its asterisk, marked when untranslated."""
    spans = text_spans(plan.reissue_text)
    return marked(spans, plan.reissue_note.fallback, plan.labels["untranslated"])


#: The French first of the month, "1er", whose "er" is printed raised (1\u1d49\u02b3).
_FIRST = re.compile(r"\b1(er)\b")


def date_spans(text: Text | str, lang: str) -> list[Span]:
    """A date (or a line holding dates) as printed: in French, "1er" with "er" superscript."""
    spans = text_spans(text)
    if lang != "fr":
        return spans
    out: list[Span] = []
    for span in spans:
        start = 0
        for found in _FIRST.finditer(span.text):
            out.append(replace(span, text=span.text[start : found.start(1)]))
            out.append(replace(span, text=found.group(1), sup=True))
            start = found.end(1)
        out.append(replace(span, text=span.text[start:]))
    return [span for span in out if span.text]


def run_spans(runs: list[markup.Run], fallback: bool = False) -> list[Span]:
    return [
        Span(
            run.text, bold="b" in run.formats, italic="i" in run.formats,
            sup="sup" in run.formats, sub="sub" in run.formats, fallback=fallback,
        )
        for run in runs
    ]  # fmt: skip


def inline_spans(inlines: list[Inline], fallback: bool = False) -> list[Span]:
    spans: list[Span] = []
    for inline in inlines:
        if isinstance(inline, NoteRef):
            spans.append(Span(str(inline.number), sup=True, mark=inline.number))
        else:
            spans.extend(run_spans([inline], fallback))
    return spans


def emphasised(spans: list[Span], bold: bool = False, italic: bool = False) -> list[Span]:
    """The spans made bold and/or italic as well (a span already so is kept as it is: the
    body's spans are neither, and copying a dataclass is slow)."""
    return [
        s if (s.bold or not bold) and (s.italic or not italic)
        else replace(s, bold=s.bold or bold, italic=s.italic or italic)
        for s in spans
    ]  # fmt: skip


def escape_text(text: str) -> str:
    """Text made safe for ReportLab's paragraph parser: it prints exactly as given."""
    return escape(text)


def plain(spans: list[Span]) -> str:
    return "".join(span.text for span in spans)


#: The markup around a footnote marker's number.
NOTE_WRAPPER = f'<super><font name="{fonts.NOTE_MARK}">{{}}</font></super>'


def pieces(spans: list[Span], lang: str) -> list[tuple[str, str]]:
    """(markup around the text, with ``{}`` for it; the text) of every piece of the spans:
    one per span and font run, one per footnote marker."""
    out = []
    for span in spans:
        if span.mark is not None:
            out.append((NOTE_WRAPPER, str(span.mark)))
            continue
        for family, text in fonts.font_runs(span.text, lang):
            wrapper = f'<font name="{fonts.face_name(family, span.bold, span.italic)}">{{}}</font>'
            if span.sup:
                wrapper = f"<super>{wrapper}</super>"
            if span.sub:
                wrapper = f"<sub>{wrapper}</sub>"
            if span.fallback:
                wrapper = f'<font color="{FALLBACK_COLOR}">{wrapper}</font>'
            out.append((wrapper, text))
    return out


def to_markup(spans: list[Span], lang: str) -> str:
    """ReportLab paragraph markup for the spans; all text escaped, fonts chosen per character."""
    return "".join(wrapper.format(escape(text)) for wrapper, text in pieces(spans, lang))


def continued_spans(label: str) -> list[Span]:
    """ "(continued)" after an annex title: the word in italics and the brackets upright, as UN
    tables print it, after a space unless the label brings its own full-width bracket."""
    space = [] if label.startswith("（") else [Span(" ")]
    match = re.fullmatch(r"([(（])(.*)([)）])", label)
    if not match:
        return [*space, Span(label, italic=True)]
    return [*space, Span(match.group(1)), Span(match.group(2), italic=True), Span(match.group(3))]


def symbol_suffix(symbol: str, lang: str, has_title: bool) -> str:
    """What follows a document's title in a documentation list: " (SYMBOL)", "（SYMBOL）" in
    Chinese, or the bare symbol when the document has no title."""
    if not has_title:
        return symbol
    return f"（{symbol}）" if lang == "zh" else f" ({symbol})"
