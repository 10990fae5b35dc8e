"""Counting the texts of each language version: what a translator sees as "42 of 57"."""

from __future__ import annotations

from agenda_editor.core import translation_status as ts
from agenda_editor.core.model import Meeting, ReferenceDocument
from tests import factories


def _meeting() -> Meeting:
    """English original with a French version: 1 masthead field, 2 items, known texts."""
    first = factories.item(
        "a",
        "Opening of the session",
        "Ouverture de la session",
        annotation={
            "en": ["The Chair will open the session.<footnote>See note.</footnote>", "Second."],
            "fr": ["Le Président ouvrira la session."],
        },
        documents=[
            ReferenceDocument("A/1/1", {"en": "Report", "fr": "Rapport"}),
            ReferenceDocument("A/1/2", {"en": "Note"}),
        ],
    )
    second = factories.item("b", "Other matters")
    meeting = factories.bare_meeting(first, second, languages=("en", "fr", "es"))
    meeting.body = {"en": "Conference of the Parties"}
    return meeting


def test_texts_of_the_original_in_document_order() -> None:
    refs = ts.texts(_meeting())
    assert refs == [
        ts.TextRef("meeting", field="body"),
        ts.TextRef("title", "a"),
        ts.TextRef("paragraph", "a", index=0),
        ts.TextRef("footnote", "a", index=0, note=0),
        ts.TextRef("paragraph", "a", index=1),
        ts.TextRef("document", "a", index=0),
        ts.TextRef("document", "a", index=1),
        ts.TextRef("title", "b"),
    ]


def test_progress_counts_each_version() -> None:
    meeting = _meeting()
    fr = ts.progress(meeting, "fr")
    # French has the first title, the first paragraph and the first document title.
    assert (fr.translated, fr.total, fr.missing, fr.complete) == (3, 8, 5, False)
    assert ts.progress(meeting, "es") == ts.Progress("es", 0, 8)
    assert [p.lang for p in ts.progress_by_language(meeting)] == ["fr", "es"]


def test_the_footnote_counts_apart_from_its_paragraph() -> None:
    meeting = _meeting()
    item = meeting.item("a")
    item.annotation["fr"][0] = "Le Président ouvrira la session.<footnote>Voir la note.</footnote>"
    assert ts.is_translated(meeting, ts.TextRef("footnote", "a", index=0, note=0), "fr")
    assert ts.progress(meeting, "fr").translated == 4


def test_blank_or_markup_only_text_is_not_a_translation() -> None:
    meeting = _meeting()
    meeting.item("b").title["fr"] = "   "
    meeting.item("a").annotation["fr"][0] = "<i> </i>"
    assert not ts.is_translated(meeting, ts.TextRef("title", "b"), "fr")
    assert not ts.is_translated(meeting, ts.TextRef("paragraph", "a", index=0), "fr")
    assert ts.progress(meeting, "fr").translated == 2


def test_complete_when_every_text_is_translated() -> None:
    meeting = _meeting()
    for ref in ts.untranslated(meeting, "fr"):
        if ref.kind == "meeting":
            meeting.body["fr"] = "Conférence des Parties"
        elif ref.kind == "title":
            meeting.item(ref.item_id or "").title["fr"] = "Questions diverses"
        elif ref.kind == "document":
            meeting.item("a").documents[ref.index].title["fr"] = "Note"
    meeting.item("a").annotation["fr"] = [
        "Le Président ouvrira la session.<footnote>Voir la note.</footnote>",
        "Deuxième.",
    ]
    assert ts.untranslated(meeting, "fr") == []
    assert ts.progress(meeting, "fr").complete
    assert ts.next_untranslated(meeting, "fr") is None


def test_next_untranslated_goes_forward_and_wraps_around() -> None:
    meeting = _meeting()
    first = ts.next_untranslated(meeting, "fr")
    assert first == ts.TextRef("meeting", field="body")
    second = ts.next_untranslated(meeting, "fr", first)
    assert second == ts.TextRef("footnote", "a", index=0, note=0)
    last = ts.TextRef("title", "b")
    assert ts.next_untranslated(meeting, "fr", last) == first


def test_the_sample_meeting_french_version_is_complete() -> None:
    meeting = factories.sample_meeting()
    progress = ts.progress(meeting, "fr")
    assert progress.total > 20
    assert progress.complete
    meeting.item("open").title.pop("fr")
    assert ts.progress(meeting, "fr").missing == 1
    assert ts.untranslated(meeting, "fr") == [ts.TextRef("title", "open")]


def test_broken_markup_still_counts_its_text() -> None:
    meeting = _meeting()
    meeting.item("a").annotation["fr"] = ["<b>Le Président", "Deuxième."]
    assert ts.is_translated(meeting, ts.TextRef("paragraph", "a", index=0), "fr")
    assert ts.text_of(meeting, ts.TextRef("footnote", "a", index=0, note=0), "fr") is None


def test_untranslated_items_counted_for_every_language_as_the_rule_check_says() -> None:
    """The Meeting page's "n/m items translated" per language: the same items as the rule
    check's ``untranslated_items``, whatever part of an item is missing, and after an edit."""
    from agenda_editor.core.rules import untranslated_items

    sub = factories.item("c", "Sub-item", "Sous-point", annotation={"en": ["Text."], "fr": ["  "]})
    items = [
        *_meeting().items,
        factories.item("p", "Parent", "Parent", sub),
        factories.item(
            "d",
            "Documents",
            "Documents",
            documents=[
                ReferenceDocument("A/2", {"en": "Report", "fr": "Rapport", "es": "Informe"}),
                ReferenceDocument("A/3", {"en": " ", "es": ""}),
            ],
        ),
        factories.item("n", ""),  # nothing of the original to translate
    ]
    meeting = factories.bare_meeting(*items, languages=("en", "fr", "es"))
    meeting.item("n").title = {"es": "Sólo en español"}
    counts = ts.UntranslatedItems(meeting)

    def expected() -> dict[str, int]:
        return {lang: len(untranslated_items(meeting, lang)) for lang in ("fr", "es", "ru")}

    assert {lang: counts.count(lang) for lang in ("fr", "es", "ru")} == expected()
    assert counts.count("fr") == 3  # a (a document title), b (its title), c (a blank paragraph)
    meeting.item("c").annotation["fr"] = ["Texte."]
    counts.item_changed("c")
    assert {lang: counts.count(lang) for lang in ("fr", "es", "ru")} == expected()
    assert counts.count("fr") == 2
