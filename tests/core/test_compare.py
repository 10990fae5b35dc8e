"""Comparing two states of a meeting: items added, removed, moved, renumbered, texts changed."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core import timetable as tt
from agenda_editor.core.compare import Part, Status, compare, moved_items
from agenda_editor.core.model import AgendaItem, Body, Meeting, ReferenceDocument
from agenda_editor.core.numbering import item_paths
from agenda_editor.core.tree import Position, TreeError, insert_item, move_item, remove_item
from agenda_editor.core.word_diff import Kind, new_text, old_text
from tests.factories import SAMPLE_ORDER, item, sample_meeting


def statuses(old: Meeting, new: Meeting) -> dict[str, Status]:
    return {change.id: change.status for change in compare(old, new).items}


def test_a_meeting_compared_with_itself_or_a_copy_shows_nothing() -> None:
    meeting = sample_meeting()
    assert not compare(meeting, meeting)
    assert not compare(meeting, copy.deepcopy(meeting))


def test_an_added_item_renumbers_the_items_after_it() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    insert_item(new, item("new", "Election of officers"), Position(None, 1))
    found = statuses(old, new)
    assert found["new"] == Status.ADDED
    # needs, coop, resources, report each go one number down; so do the sub-items of coop.
    for item_id in ("needs", "coop", "coop-info", "coop-joint", "coop-regional", "resources"):
        assert found[item_id] == Status.RENUMBERED
    assert "org" not in found and "open" not in found
    added = compare(old, new).with_status(Status.ADDED)[0]
    assert added.new_path == (1,) and added.old_path is None
    assert added.title == {"en": "Election of officers"}


def test_a_removed_item_is_reported_with_its_sub_items_and_its_old_number() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    removed_item, _ = remove_item(new, "coop")
    tt.remove_placements(new.timetable, [node.id for node in removed_item.walk()])
    result = compare(old, new)
    removed = result.with_status(Status.REMOVED)
    assert [change.id for change in removed] == [
        "coop", "coop-info", "coop-joint", "coop-regional", "coop-national"
    ]  # fmt: skip
    assert removed[0].old_path == (2,) and removed[0].new_path is None
    assert removed[0].title["fr"] == "Coopération entre prestataires d'assistance technique"
    assert {change.id for change in result.with_status(Status.RENUMBERED)} == {
        "resources",
        "report",
    }
    # coop was taken up in the timetable: it is there no more.
    assert {change.item_id for change in result.placements} == {"coop"}


def test_moving_one_item_up_moves_it_alone_and_renumbers_the_others() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    move_item(new, "resources", Position(None, 1))
    found = statuses(old, new)
    assert found["resources"] == Status.MOVED
    assert found["needs"] == Status.RENUMBERED
    assert found["coop"] == Status.RENUMBERED
    assert found["coop-regional"] == Status.RENUMBERED
    assert "report" not in found and "org" not in found
    change = next(c for c in compare(old, new).items if c.id == "resources")
    assert (change.old_path, change.new_path) == ((3,), (1,))


def test_sub_items_that_only_follow_their_parent_can_be_left_to_it() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    insert_item(new, item("new", "Election of officers"), Position(None, 1))
    move_item(new, "coop-national", Position("coop-joint", 0))  # (ii) becomes (i)
    result = compare(old, new)
    alone = {change.id for change in result.renumbered_alone()}
    by_id = {change.id: change for change in result.items}
    # coop's sub-items keep their letters: their numbers follow coop's (3 (a) became 4 (a)).
    assert {"needs", "coop", "resources", "report"} <= alone
    assert not alone & {"coop-info", "coop-joint"}
    assert by_id["coop-info"].status == Status.RENUMBERED
    assert result.carries_sub_items(by_id["coop"])
    assert not result.carries_sub_items(by_id["needs"])
    # The two swapped under coop-joint changed letter on their own: one moved, one renumbered,
    # and the renumbered one is reported (its letter changed, not only its parent's number).
    swapped = {"coop-regional", "coop-national"}
    (moved,) = [i for i in swapped if by_id[i].status == Status.MOVED]
    assert alone - {"needs", "coop", "resources", "report"} == swapped - {moved}


def test_an_item_made_a_sub_item_is_moved_and_its_sub_items_renumbered() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    move_item(new, "coop", Position("needs", 0))
    found = statuses(old, new)
    assert found["coop"] == Status.MOVED
    assert found["coop-info"] == Status.RENUMBERED  # 3 (a) became 2 (a) (i)
    assert found["resources"] == Status.RENUMBERED
    assert found.get("needs") is None


def test_swapping_two_sister_items_moves_one_of_them() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    move_item(new, "coop-joint", Position("coop", 0))
    assert moved_items(old, new) in ({"coop-joint"}, {"coop-info"})


def test_a_title_change_is_word_by_word_in_its_language_only() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    new.item("needs").title["fr"] = "Examen des besoins urgents de renforcement des capacités"
    result = compare(old, new)
    (change,) = result.items
    assert change.id == "needs" and change.status == Status.KEPT
    (text,) = change.texts
    assert (text.part, text.lang) == (Part.TITLE, "fr")
    assert [p.text for p in text.pieces if p.kind == Kind.ADDED] == [" urgents"]
    assert result.languages() == ["fr"]


def test_a_translation_added_has_no_old_text() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    new.item("report").title["es"] = "Aprobación del informe"
    (text,) = compare(old, new).items[0].texts
    assert (text.lang, text.old, text.new) == ("es", None, "Aprobación del informe")
    assert [piece.kind for piece in text.pieces] == [Kind.ADDED]


def test_annotation_text_and_footnotes_are_compared_apart() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    paragraphs = new.item("needs").annotation["en"]
    paragraphs[0] = paragraphs[0].replace("Supplement No. 3", "Supplement No. 4")
    result = compare(old, new)
    (text,) = result.items[0].texts
    assert (text.part, text.lang) == (Part.FOOTNOTES, "en")
    assert [p.text for p in text.pieces if p.kind != Kind.SAME] == ["3", "4"]
    paragraphs.append("The Working Group may wish to adopt the agenda.")
    parts = {t.part for t in compare(old, new).items[0].texts}
    assert parts == {Part.FOOTNOTES, Part.ANNOTATION}
    annotation = next(t for t in compare(old, new).items[0].texts if t.part == Part.ANNOTATION)
    added = "\nThe Working Group may wish to adopt the agenda."
    assert new_text(list(annotation.pieces)).endswith(added)
    # The words, without the markup and without the footnote's text.
    assert old_text(list(annotation.pieces)).startswith("The Working Group will have")
    assert "<" not in old_text(list(annotation.pieces))
    assert "Replies received" not in old_text(list(annotation.pieces))


def test_a_change_of_formatting_only_is_reported_as_such() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    paragraphs = new.item("needs").annotation["en"]
    assert "<i>" in paragraphs[0]
    paragraphs[0] = paragraphs[0].replace("<i>", "<b>").replace("</i>", "</b>")
    (text,) = compare(old, new).items[0].texts
    assert text.formatting_only and text.part == Part.ANNOTATION
    assert all(piece.kind == Kind.SAME for piece in text.pieces)


def test_documents_added_removed_and_retitled() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    documents = new.item("needs").documents
    removed = documents.pop(1)
    documents[0].title["en"] = "Overview of the needs reported by coastal States"
    documents.append(ReferenceDocument("CFC/COP/WG.4/2026/5", {"en": "Draft report"}))
    (change,) = compare(old, new).items
    assert change.documents_added == ("CFC/COP/WG.4/2026/5",)
    assert change.documents_removed == (removed.symbol,)
    (text,) = change.texts
    assert (text.part, text.symbol, text.lang) == (Part.DOCUMENT, "CFC/COP/WG.4/2026/2", "en")
    assert [p.text for p in text.pieces if p.kind == Kind.REMOVED] == [" capacity-building"]


def test_meeting_fields_and_texts() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    new.symbol = "CFC/COP/WG.4/2027/1"
    new.end = dt.date(2026, 6, 13)
    new.venue["en"] = "Geneva"
    new.languages.append("es")
    result = compare(old, new)
    fields = {change.name: (change.old, change.new) for change in result.fields}
    assert fields["symbol"] == (old.symbol, "CFC/COP/WG.4/2027/1")
    assert fields["end"] == ("2026-06-12", "2026-06-13")
    assert fields["languages"] == ("en, fr", "en, fr, es")
    (venue,) = result.meeting_texts
    assert (venue.part, venue.lang, venue.new) == ("venue", "en", "Geneva")
    assert not result.items


def test_timetable_days_and_placements() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    first_day = new.timetable.days[0]
    moved_from = first_day.slots[-1].items.pop()
    day = copy.deepcopy(first_day)
    day.date = dt.date(2026, 6, 13)
    day.slots = []
    new.timetable.days.append(day)
    result = compare(old, new)
    assert result.days_added == (dt.date(2026, 6, 13),) and result.days_removed == ()
    (placement,) = result.placements
    assert placement.item_id == moved_from
    assert len(placement.old) == len(placement.new) + 1
    assert placement.old[-1][0] != dt.date(2026, 6, 13)
    assert not result.items


# -- random edits --------------------------------------------------------------------------

edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "remove", "move", "retitle"]),
        st.integers(0, 50),
        st.integers(0, 50),
        st.integers(0, 5),
    ),
    max_size=8,
)


def apply(meeting: Meeting, steps: list[tuple[str, int, int, int]]) -> set[str]:
    """Apply random edits; returns the ids of items whose title was changed."""
    retitled: set[str] = set()
    for n, (kind, a, b, index) in enumerate(steps):
        ids = [node.id for node in meeting.walk()]
        if not ids and kind != "insert":
            continue
        target = ids[a % len(ids)] if ids else None
        parent = [None, *ids][b % (len(ids) + 1)]
        try:
            if kind == "insert":
                siblings = meeting.items if parent is None else meeting.item(parent).children
                insert_item(meeting, AgendaItem(id=f"new{n}", title={"en": f"New {n}"}),
                            Position(parent, index % (len(siblings) + 1)))  # fmt: skip
            elif kind == "remove" and target is not None:
                remove_item(meeting, target)
            elif kind == "move" and target is not None:
                move_item(meeting, target, Position(parent, index))
            elif target is not None:
                meeting.item(target).title["en"] = f"Retitled {n}"
                retitled.add(target)
        except (TreeError, KeyError):
            continue
    return retitled


@settings(max_examples=200, deadline=None)
@given(edits)
def test_random_edits_are_accounted_for(steps: list[tuple[str, int, int, int]]) -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    retitled = apply(new, steps)
    old_paths, new_paths = item_paths(old), item_paths(new)
    result = compare(old, new)
    by_id = {change.id: change for change in result.items}
    assert len(by_id) == len(result.items)  # each item once
    assert {c.id for c in result.with_status(Status.ADDED)} == set(new_paths) - set(old_paths)
    assert {c.id for c in result.with_status(Status.REMOVED)} == set(old_paths) - set(new_paths)
    for item_id in set(old_paths) & set(new_paths):
        change = by_id.get(item_id)
        if old_paths[item_id] != new_paths[item_id]:
            assert change is not None and change.status in (Status.MOVED, Status.RENUMBERED)
            assert (change.old_path, change.new_path) == (old_paths[item_id], new_paths[item_id])
        elif change is not None and change.status == Status.KEPT:
            assert change.texts
        old_title = old.item(item_id).title.get("en")
        if new.item(item_id).title.get("en") != old_title:
            assert item_id in retitled and change is not None
            assert any(t.part == Part.TITLE and t.lang == "en" for t in change.texts)
    moved = moved_items(old, new)
    assert moved <= set(old_paths) & set(new_paths)
    assert {c.id for c in result.with_status(Status.MOVED)} == moved


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SAMPLE_ORDER), st.integers(0, 10), st.sampled_from([None, *SAMPLE_ORDER]))
def test_one_move_moves_at_most_that_item(item_id: str, index: int, parent: str | None) -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    try:
        move_item(new, item_id, Position(parent, index))
    except TreeError:
        return
    moved = moved_items(old, new)
    if item_paths(old)[item_id] == item_paths(new)[item_id]:
        assert moved == set()
    else:
        # Within one list, moving X past Y may count as moving Y past X when they are two.
        assert len(moved) == 1
        if old.index.parent_id(item_id) != new.index.parent_id(item_id):
            assert moved == {item_id}


@settings(max_examples=100, deadline=None)
@given(edits, edits)
def test_comparing_backwards_swaps_added_and_removed(
    first: list[tuple[str, int, int, int]], second: list[tuple[str, int, int, int]]
) -> None:
    old = sample_meeting()
    apply(old, first)
    new = copy.deepcopy(old)
    apply(new, second)
    forward, backward = compare(old, new), compare(new, old)
    assert {c.id for c in forward.with_status(Status.ADDED)} == {
        c.id for c in backward.with_status(Status.REMOVED)
    }
    assert bool(forward) == bool(backward)
    assert bool(forward) == (old != new)


def test_bodies_added_removed_and_renamed() -> None:
    from tests.factories import two_body_meeting

    old = two_body_meeting()
    new = copy.deepcopy(old)
    cow = next(body for body in new.timetable.bodies if body.id == "cow")
    cow.name["en"] = "Committee of the Whole on Resources"
    new.timetable.bodies.append(Body("wg", {"en": "Working group"}))
    result = compare(old, new)
    assert [body.id for body in result.bodies_added] == ["wg"]
    assert result.bodies_removed == ()
    (name,) = result.body_names
    assert (name.part, name.symbol, name.lang) == (Part.BODY, "cow", "en")
    assert [p.text for p in name.pieces if p.kind == Kind.ADDED] == [" on Resources"]
    assert "en" in result.languages()
    backwards = compare(new, old)
    assert [body.id for body in backwards.bodies_removed] == ["wg"]


def test_comparing_again_after_more_moves_sees_the_tree_as_it_is_now() -> None:
    old = sample_meeting()
    new = copy.deepcopy(old)
    move_item(new, "coop", Position("needs", 0))
    assert moved_items(old, new) == {"coop"}
    move_item(new, "coop", Position(None, 2))  # back where it was
    assert moved_items(old, new) == set()
    move_item(new, "coop-info", Position("resources", 0))
    assert moved_items(old, new) == {"coop-info"}
    assert statuses(old, new)["coop-info"] == Status.MOVED
