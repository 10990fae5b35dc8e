"""Lettered sub-paragraphs of an annotation: the mark, the letters in each language's style, and
the edits that rebuild a paragraph (search and replace, a translation merged back) keeping it."""

from __future__ import annotations

import pytest

from agenda_editor.core import markup
from agenda_editor.core.findings import Severity
from agenda_editor.core.numbering import sub_paragraph_label, sub_paragraph_labels
from agenda_editor.core.rules import check
from agenda_editor.core.search import Query, replace
from tests.factories import bare_meeting, item

L = markup.LETTERED


def test_the_mark_is_not_part_of_the_text() -> None:
    paragraph = L + "the <i>survey</i> of needs;<footnote>See annex.</footnote>"
    assert markup.is_lettered(paragraph)
    assert markup.plain_text(paragraph) == "the survey of needs;"
    assert [n.plain for n in markup.footnotes(paragraph)] == ["See annex."]
    assert markup.serialize(markup.parse(paragraph)) == paragraph[len(L) :]
    assert markup.keep_mark(paragraph, "other") == L + "other"
    assert markup.set_lettered(paragraph, False) == paragraph[len(L) :]
    assert markup.set_lettered(markup.set_lettered("x", True), True) == L + "x"


def test_the_mark_only_counts_at_the_start_and_typed_text_never_becomes_one() -> None:
    assert not markup.is_lettered("Text " + L)
    assert markup.plain_text("Text " + L) == "Text " + L
    typed = markup.escape(L + "typed")
    assert not markup.is_lettered(typed)
    assert markup.plain_text(typed) == L + "typed"


def test_broken_markup_after_the_mark_is_reported_where_it_is_in_the_paragraph() -> None:
    assert markup.validate(L + "ab<b>c") == "<b> is never closed (opened at character 14)"


@pytest.mark.parametrize(
    ("lang", "first", "second", "sixth"),
    [
        ("en", "(a)", "(b)", "(f)"),
        ("zh", "(a)", "(b)", "(f)"),
        ("fr", "a)", "b)", "f)"),
        ("es", "a)", "b)", "f)"),
        ("ru", "a)", "b)", "f)"),
        ("ar", "(أ)", "(ب)", "(و)"),
    ],
)
def test_letters_follow_the_language(lang: str, first: str, second: str, sixth: str) -> None:
    assert [sub_paragraph_label(n, lang) for n in (0, 1, 5)] == [first, second, sixth]


def test_each_run_of_sub_paragraphs_starts_again_at_a() -> None:
    paragraphs = ["Intro:", L + "one;", L + "two;", L + "three.", "Between:", L + "again."]
    assert sub_paragraph_labels(paragraphs, "en") == [
        None, "(a)", "(b)", "(c)", None, "(a)",
    ]  # fmt: skip
    assert sub_paragraph_labels([], "fr") == []


def test_replacing_text_keeps_the_mark() -> None:
    meeting = bare_meeting(
        item("x", "Item", annotation={"en": ["Plain fish.", L + "more <b>fish</b>;"]})
    )
    changed, count = replace(meeting, Query("fish"), "trout", ["en"])
    assert count == 2
    assert changed["x"].annotation["en"] == ["Plain trout.", L + "more <b>trout</b>;"]


def test_a_version_lettered_differently_from_the_original_is_a_warning() -> None:
    meeting = bare_meeting(
        item(
            "x",
            "Item",
            annotation={
                "en": ["Intro:", L + "one;", L + "two.", "After."],
                "fr": ["Intro:", L + "un;", "deux.", L + "Après."],
            },
        ),
        languages=("en", "fr"),
    )
    meeting.items[0].title["fr"] = "Point"
    findings = [f for f in check(meeting) if f.code == "item-lettering-differs"]
    assert [f.params["paragraph"] for f in findings] == ["3", "4"]
    assert findings[0].severity is Severity.WARNING
    assert findings[0].message == (
        "Item 1, fr annotation, paragraph 3: lettered as a sub-paragraph differently from the "
        "original (en)."
    )
    # An untranslated paragraph (no text yet) is not a difference.
    meeting.items[0].annotation["fr"] = ["Intro:", "", "", ""]
    assert not [f for f in check(meeting) if f.code == "item-lettering-differs"]
