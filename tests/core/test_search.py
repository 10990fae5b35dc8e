"""Find and replace in the agenda's texts: titles, annotation text (never tags), footnotes,
document titles, per language version."""

from __future__ import annotations

from agenda_editor.core import search
from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from agenda_editor.core.search import Query


def meeting() -> Meeting:
    item = AgendaItem(
        id="a",
        title={"en": "Report of the Bureau", "fr": "Rapport du Bureau"},
        annotation={
            "en": [
                "The <b>Bureau</b> met twice.<footnote>See the <i>Bureau</i> report.</footnote>",
                "No bureaucracy here.",
            ],
        },
        documents=[ReferenceDocument("A/1", {"en": "Note by the Bureau"})],
    )
    return Meeting(symbol="A/1", original_language="en", languages=["en", "fr"], items=[item])


def test_find_lists_every_text_in_document_order_with_its_context() -> None:
    hits = search.find(meeting(), Query("bureau", whole_words=True), ["en"])
    assert [(h.place.kind, h.place.index, h.place.note) for h in hits] == [
        ("title", 0, -1),
        ("annotation", 0, -1),
        ("footnote", 0, 0),
        ("document", 0, -1),
    ]
    assert (hits[1].before, hits[1].match, hits[1].after) == ("The ", "Bureau", " met twice.")
    # Without "whole words", "bureaucracy" matches too; with "match case", "bureau" does not.
    assert len(search.find(meeting(), Query("bureau"), ["en"])) == 5
    assert search.find(meeting(), Query("bureau", match_case=True), ["en"])[0].match == "bureau"
    assert [h.place.lang for h in search.find(meeting(), Query("Bureau"), ["en", "fr"])][-1] == "fr"


def test_replace_all_keeps_formats_and_footnotes_and_leaves_the_meeting_alone() -> None:
    source = meeting()
    changed, count = search.replace(source, Query("Bureau", True, True), "Committee", ["en"])
    assert count == 4
    item = changed["a"]
    assert item.title == {"en": "Report of the Committee", "fr": "Rapport du Bureau"}
    assert item.annotation["en"] == [
        "The <b>Committee</b> met twice.<footnote>See the <i>Committee</i> report.</footnote>",
        "No bureaucracy here.",
    ]
    assert item.documents[0].title == {"en": "Note by the Committee"}
    assert source == meeting()


def test_replace_one_changes_only_that_match() -> None:
    source = meeting()
    hits = search.find(source, Query("Bureau", True, True), ["en"])
    changed, count = search.replace(source, Query("Bureau", True, True), "Panel", ["en"], hits[2])
    assert count == 1
    assert changed["a"].annotation["en"][0] == (
        "The <b>Bureau</b> met twice.<footnote>See the <i>Panel</i> report.</footnote>"
    )
    assert changed["a"].title["en"] == "Report of the Bureau"


def test_tags_and_entities_are_not_searched_and_special_characters_are_literal() -> None:
    source = meeting()
    assert search.find(source, Query("<b>"), ["en"]) == []
    assert search.find(source, Query("footnote"), ["en"]) == []
    source.items[0].annotation["en"].append("Costs &amp; benefits (1.5%)")
    hits = search.find(source, Query("& benefits (1.5%)"), ["en"])
    assert len(hits) == 1
    changed, _ = search.replace(source, Query("&"), "<and>", ["en"])
    assert changed["a"].annotation["en"][-1] == "Costs &lt;and&gt; benefits (1.5%)"
