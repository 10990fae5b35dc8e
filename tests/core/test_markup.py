"""Annotation paragraphs: the five tags are markup, everything else prints as typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda_editor.core.markup import (
    FORMAT_TAGS,
    Footnote,
    Inline,
    MarkupError,
    Run,
    escape,
    footnotes,
    parse,
    plain_text,
    serialize,
    validate,
)

BOLD, ITALIC, SUP, SUB = (frozenset({tag}) for tag in FORMAT_TAGS)


def test_formats_become_runs() -> None:
    assert parse("Plain <b>bold</b> and <i>italic <sup>up</sup></i>.") == [
        Run("Plain "),
        Run("bold", BOLD),
        Run(" and "),
        Run("italic ", ITALIC),
        Run("up", ITALIC | SUP),
        Run("."),
    ]


def test_a_footnote_stands_where_it_is_anchored_with_its_own_formatted_text() -> None:
    inlines = parse("The report<footnote>See <i>Official Records</i>.</footnote> was read.")
    assert inlines == [
        Run("The report"),
        Footnote([Run("See "), Run("Official Records", ITALIC), Run(".")]),
        Run(" was read."),
    ]


def test_footnote_inside_italics_keeps_the_italics() -> None:
    assert parse("<i>a<footnote>b</footnote>c</i>") == [
        Run("a", ITALIC),
        Footnote([Run("b", ITALIC)]),
        Run("c", ITALIC),
    ]


def test_entities_give_the_characters_they_stand_for() -> None:
    assert plain_text("a &lt;b&gt; &amp; c") == "a <b> & c"


@pytest.mark.parametrize(
    "literal",
    [
        '<img src="x">',
        '<a href="https://example.org">link</a>',
        "<font color=red>red</font>",
        "Research & development",
        "&nbsp;",
        "&copy; &#169; &quot;",
        "<B>upper case</B>",
        "<b >spaced</b >",
        "<p>paragraph</p>",
        "<script>alert(1)</script>",
        "2 < 3 > 1",
        "</>",
    ],
)
def test_anything_but_the_five_tags_prints_literally(literal: str) -> None:
    assert validate(literal) is None
    assert parse(literal) == [Run(literal)]
    assert plain_text(literal) == literal
    # Written back, it is escaped so that it stays text, and reads back the same.
    written = serialize(parse(literal))
    assert parse(written) == [Run(literal)]
    assert "<" not in written.replace("&lt;", "")


def test_literal_text_next_to_real_markup() -> None:
    assert parse('<i>see</i> <img src="x"> & more') == [
        Run("see", ITALIC),
        Run(' <img src="x"> & more'),
    ]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("Text <b>never closed", ["<b>", "never closed", "character 6"]),
        ("<b>bold <i>both</b> italic</i>", ["</b>", "</i>", "character 16"]),
        ("Nothing opened</sup>", ["</sup>", "no <sup>"]),
        ("<footnote>a<footnote>b</footnote></footnote>", ["footnote", "another footnote"]),
        ("<i>twice <i>italic</i></i>", ["<i>", "again"]),
        ("<footnote>unclosed note", ["<footnote>", "never closed"]),
    ],
)
def test_broken_nesting_is_refused_with_a_message_that_says_what_and_where(
    paragraph: str, words: list[str]
) -> None:
    with pytest.raises(MarkupError) as error:
        parse(paragraph)
    message = str(error.value)
    for word in words:
        assert word in message
    assert validate(paragraph) == message


def test_plain_text_leaves_footnotes_out_unless_asked() -> None:
    paragraph = "Adopted<footnote>By <b>consensus</b>.</footnote> in <i>2025</i>."
    assert plain_text(paragraph) == "Adopted in 2025."
    assert plain_text(paragraph, with_footnotes=True) == "AdoptedBy consensus. in 2025."


def test_footnotes_in_order() -> None:
    paragraph = "One<footnote>First.</footnote> two<footnote>Second <i>note</i>.</footnote>"
    notes = footnotes(paragraph)
    assert [note.plain for note in notes] == ["First.", "Second note."]
    assert footnotes("No notes here.") == []


def test_escape_makes_any_text_print_as_given() -> None:
    text = "<b>not bold</b> & <footnote>not a note</footnote> &amp;"
    assert plain_text(escape(text)) == text
    assert footnotes(escape(text)) == []


# --- round trip ----------------------------------------------------------------------------


def _typed(pieces: list[str], min_size: int = 0) -> st.SearchStrategy[str]:
    """Strings made of these characters and tag-like pieces."""
    return st.lists(st.sampled_from(pieces), min_size=min_size, max_size=12).map("".join)


_text = _typed([*"ab <>/&;ltgmpéب中\u00a0", "<b>", "&amp;", "</i>", "<footnote>"], min_size=1)
_formats = st.frozensets(st.sampled_from(FORMAT_TAGS))


def _merged(runs: list[Run]) -> list[Run]:
    """Runs as a paragraph holds them: no empty run, no two neighbours with the same formats."""
    result: list[Run] = []
    for run in runs:
        if result and result[-1].formats == run.formats:
            result[-1] = Run(result[-1].text + run.text, run.formats)
        else:
            result.append(run)
    return result


_runs = st.lists(st.builds(Run, _text, _formats), max_size=5).map(_merged)


@st.composite
def _inlines(draw: st.DrawFn) -> list[Inline]:
    """A paragraph's inlines in the normal form that parse returns."""
    result: list[Inline] = []
    for _ in range(draw(st.integers(0, 4))):
        result.extend(draw(_runs))
        if draw(st.booleans()):
            result.append(Footnote(draw(_runs)))
    # Runs that ended up side by side (around no footnote) merge, as in a parsed paragraph.
    normal: list[Inline] = []
    for inline in result:
        previous = normal[-1] if normal else None
        if isinstance(inline, Run) and isinstance(previous, Run):
            normal[-1:] = _merged([previous, inline])
        else:
            normal.append(inline)
    return normal


@given(_inlines())
def test_serialize_then_parse_gives_back_the_same_runs_and_footnotes(
    inlines: list[Inline],
) -> None:
    written = serialize(inlines)
    assert validate(written) is None
    assert parse(written) == inlines
    assert serialize(parse(written)) == written


@given(_typed([*"ab<>/&;", "<b>", "</b>", "<i>", "</i>", "<footnote>", "</footnote>"]))
def test_any_typed_text_either_parses_or_is_refused_with_markup_error(text: str) -> None:
    try:
        inlines = parse(text)
    except MarkupError as error:
        assert str(error)
        return
    assert parse(serialize(inlines)) == inlines
