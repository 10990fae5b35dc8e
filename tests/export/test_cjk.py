"""Chinese lines follow the kinsoku rules: no closing mark or footnote number starts a line,
no opening bracket ends one, symbols are not cut."""

from __future__ import annotations

import pytest

from agenda_editor.export import fonts
from agenda_editor.export.cjk import CANNOT_END, CANNOT_START, CjkParagraph
from agenda_editor.export.rich import Span, to_markup
from agenda_editor.export.styles import Styles

SENTENCE = "工作组将收到一份关于各国所报告需求的概述（MDC/COP/WG.1/2026/2）。"


def line_texts(paragraph: CjkParagraph) -> list[list[tuple[str, str]]]:
    """Each line as (text, font) pieces."""
    return [[(w.text, w.fontName) for w in line.words] for line in paragraph.blPara.lines]


@pytest.mark.parametrize("width", range(60, 400, 7))
def test_lines_respect_kinsoku(width: int) -> None:
    fonts.register()
    spans = [Span(SENTENCE * 2), Span("3", sup=True, mark=3), Span("，" + SENTENCE)]
    paragraph = CjkParagraph(to_markup(spans, "zh"), Styles("zh", False).cell)
    paragraph.wrap(width, 10_000)
    lines = line_texts(paragraph)
    text = "".join(t for line in lines for t, _ in line)
    assert text == "".join(s.text for s in spans)  # nothing lost or repeated
    for n, line in enumerate(lines):
        first_text, first_font = line[0]
        last_text = line[-1][0]
        if n > 0:
            assert first_text[0] not in CANNOT_START, (width, n, line)
            assert first_font != fonts.NOTE_MARK, (width, n, line)
        if n < len(lines) - 1:
            assert last_text[-1] not in CANNOT_END, (width, n, line)
    # The symbol is not cut in two where a line can hold it.
    if width > 180:  # the bracketed symbol with its full stop is about 150 pt wide
        assert sum("MDC/COP/WG.1/2026/2" in "".join(t for t, _ in line) for line in lines) == 3
