"""Edits of the agenda tree: what they do, what they refuse and why, and how they are undone."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core.model import MAX_DEPTH, AgendaItem, Meeting
from agenda_editor.core.tree import (
    Position,
    TreeError,
    check_indent,
    check_move,
    children_of,
    depth_of,
    indent_target,
    insert_item,
    move_item,
    outdent_target,
    position_of,
    remove_item,
)
from tests.factories import SAMPLE_ORDER, bare_meeting, item, sample_meeting


def ids(items: list[AgendaItem]) -> list[str]:
    return [node.id for node in items]


def chain(depth: int) -> AgendaItem:
    """An item with one sub-item, which has one sub-item... ``depth`` levels in all."""
    node = item(f"level{depth}", f"Level {depth}")
    for level in range(depth - 1, 0, -1):
        node = item(f"level{level}", f"Level {level}", None, node)
    return node


# --- insert and remove ---------------------------------------------------------------------


def test_insert_at_the_top_in_the_middle_and_at_the_end(sample_meeting: Meeting) -> None:
    insert_item(sample_meeting, item("first", "First"), Position(None, 0))
    insert_item(sample_meeting, item("middle", "Middle"), Position(None, 3))
    insert_item(sample_meeting, item("last", "Last"), Position(None, 7))
    assert ids(sample_meeting.items) == [
        "first",
        "org",
        "needs",
        "middle",
        "coop",
        "resources",
        "report",
        "last",
    ]


def test_insert_as_a_sub_item(sample_meeting: Meeting) -> None:
    insert_item(sample_meeting, item("elect", "Election of officers"), Position("org", 1))
    assert ids(children_of(sample_meeting, "org")) == ["open", "elect", "adoption"]
    assert depth_of(sample_meeting, "elect") == 2


@pytest.mark.parametrize("index", [-1, 6])
def test_insert_outside_the_list_is_refused(sample_meeting: Meeting, index: int) -> None:
    before = copy.deepcopy(sample_meeting)
    with pytest.raises(TreeError, match="outside the list"):
        insert_item(sample_meeting, item("x", "X"), Position(None, index))
    assert sample_meeting == before


def test_insert_refuses_an_id_already_in_the_agenda(sample_meeting: Meeting) -> None:
    before = copy.deepcopy(sample_meeting)
    newcomer = item("new", "New", None, item("coop-info", "Clash"))
    with pytest.raises(TreeError, match="same identifier"):
        insert_item(sample_meeting, newcomer, Position(None, 0))
    assert sample_meeting == before


def test_insert_under_an_unknown_parent_is_refused(sample_meeting: Meeting) -> None:
    with pytest.raises(TreeError, match="no item 'ghost'"):
        insert_item(sample_meeting, item("x", "X"), Position("ghost", 0))


def test_remove_takes_the_sub_items_along_and_says_where_it_stood(
    sample_meeting: Meeting,
) -> None:
    before = copy.deepcopy(sample_meeting)
    removed, position = remove_item(sample_meeting, "coop-joint")
    assert position == Position("coop", 1)
    assert ids(removed.children) == ["coop-regional", "coop-national"]
    assert not sample_meeting.has_item("coop-regional")
    insert_item(sample_meeting, removed, position)
    assert sample_meeting == before


def test_removing_an_unknown_item_raises_key_error(sample_meeting: Meeting) -> None:
    with pytest.raises(KeyError):
        remove_item(sample_meeting, "ghost")


# --- move ----------------------------------------------------------------------------------


def test_move_within_the_same_list_counts_the_index_after_the_item_left() -> None:
    meeting = bare_meeting(*(item(name, name.upper()) for name in "abcd"))
    origin = move_item(meeting, "a", Position(None, 2))
    assert ids(meeting.items) == ["b", "c", "a", "d"]
    assert origin == Position(None, 0)
    move_item(meeting, "d", Position(None, 0))
    assert ids(meeting.items) == ["d", "b", "c", "a"]
    move_item(meeting, "b", Position(None, 3))
    assert ids(meeting.items) == ["d", "c", "a", "b"]


def test_moving_to_the_end_of_its_own_list_past_the_last_index_is_refused() -> None:
    meeting = bare_meeting(*(item(name, name.upper()) for name in "abc"))
    before = copy.deepcopy(meeting)
    # After "a" leaves, the list has two items: index 3 is outside it.
    with pytest.raises(TreeError, match="outside the list"):
        move_item(meeting, "a", Position(None, 3))
    assert meeting == before


def test_move_to_another_parent_and_back(sample_meeting: Meeting) -> None:
    before = copy.deepcopy(sample_meeting)
    origin = move_item(sample_meeting, "resources", Position("coop", 1))
    assert ids(children_of(sample_meeting, "coop")) == ["coop-info", "resources", "coop-joint"]
    assert origin == Position(None, 3)
    move_item(sample_meeting, "resources", origin)
    assert sample_meeting == before


@pytest.mark.parametrize("target", ["coop", "coop-joint", "coop-national"])
def test_an_item_cannot_move_into_itself_or_its_own_sub_items(
    sample_meeting: Meeting, target: str
) -> None:
    before = copy.deepcopy(sample_meeting)
    reason = check_move(sample_meeting, "coop", Position(target, 0))
    assert reason == "an item cannot be moved into itself or one of its own sub-items"
    with pytest.raises(TreeError, match="its own sub-items"):
        move_item(sample_meeting, "coop", Position(target, 0))
    assert sample_meeting == before


def test_a_move_deeper_than_the_maximum_depth_is_refused_with_the_reason(
    sample_meeting: Meeting,
) -> None:
    # "coop" spans three levels; under a top-level item it fits exactly in MAX_DEPTH = 4...
    assert MAX_DEPTH == 4
    assert check_move(sample_meeting, "coop", Position("needs", 0)) is None
    # ... but not under a sub-item.
    before = copy.deepcopy(sample_meeting)
    with pytest.raises(TreeError) as refused:
        move_item(sample_meeting, "coop", Position("open", 0))
    assert str(refused.value) == f"the agenda allows at most {MAX_DEPTH} levels of items"
    assert sample_meeting == before


def test_a_chain_of_max_depth_fits_at_the_top_level_only() -> None:
    meeting = bare_meeting(item("host", "Host"))
    insert_item(meeting, chain(MAX_DEPTH), Position(None, 1))
    assert depth_of(meeting, f"level{MAX_DEPTH}") == MAX_DEPTH
    assert "at most" in (check_move(meeting, "level1", Position("host", 0)) or "")
    with pytest.raises(TreeError, match="at most"):
        insert_item(meeting, chain(2), Position(f"level{MAX_DEPTH - 1}", 0))


def test_moving_an_unknown_item_is_refused_with_a_reason(sample_meeting: Meeting) -> None:
    assert check_move(sample_meeting, "ghost", Position(None, 0)) == "there is no item 'ghost'"
    with pytest.raises(TreeError, match="no item 'ghost'"):
        move_item(sample_meeting, "ghost", Position(None, 0))


# --- indent and outdent --------------------------------------------------------------------


def test_indent_makes_the_item_the_last_sub_item_of_the_one_above(
    sample_meeting: Meeting,
) -> None:
    target = indent_target(sample_meeting, "resources")
    assert target == Position("coop", 2)
    assert target is not None
    move_item(sample_meeting, "resources", target)
    assert ids(children_of(sample_meeting, "coop")) == ["coop-info", "coop-joint", "resources"]


def test_the_first_item_of_a_list_cannot_be_indented(sample_meeting: Meeting) -> None:
    assert indent_target(sample_meeting, "org") is None
    assert indent_target(sample_meeting, "open") is None
    assert "first item" in (check_indent(sample_meeting, "open") or "")


def test_indent_beyond_the_maximum_depth_is_refused_with_the_reason() -> None:
    meeting = bare_meeting(chain(MAX_DEPTH))
    insert_item(meeting, item("sibling", "Sibling"), Position(f"level{MAX_DEPTH - 1}", 1))
    assert depth_of(meeting, "sibling") == MAX_DEPTH
    assert indent_target(meeting, "sibling") is None
    assert check_indent(meeting, "sibling") == (
        f"the agenda allows at most {MAX_DEPTH} levels of items"
    )
    # "coop" has sub-items two levels deep: indenting it under "needs" still fits.
    sample = sample_meeting()
    assert check_indent(sample, "coop") is None


def test_outdent_puts_the_item_right_after_its_parent(sample_meeting: Meeting) -> None:
    target = outdent_target(sample_meeting, "coop-joint")
    assert target == Position(None, 3)
    assert target is not None
    move_item(sample_meeting, "coop-joint", target)
    assert ids(sample_meeting.items) == [
        "org",
        "needs",
        "coop",
        "coop-joint",
        "resources",
        "report",
    ]
    assert ids(children_of(sample_meeting, "coop-joint")) == ["coop-regional", "coop-national"]


def test_a_top_level_item_cannot_be_outdented(sample_meeting: Meeting) -> None:
    assert outdent_target(sample_meeting, "needs") is None


# --- every edit is undone exactly by its inverse -------------------------------------------

_fresh_ids = (f"new{n}" for n in itertools.count())


class Edit:
    """One tree edit that can be done, undone with its inverse, and done again."""

    def __init__(self, do: Callable[[], Callable[[], None]]) -> None:
        self._do = do
        self._undo: Callable[[], None] | None = None

    def do(self) -> None:
        self._undo = self._do()

    def undo(self) -> None:
        assert self._undo is not None
        self._undo()


def _draw_edit(data: st.DataObject, meeting: Meeting) -> tuple[str, Edit] | None:
    """A random edit of the agenda; ``None`` when the drawn edit has no target."""
    all_ids = [node.id for node in meeting.walk()]
    kind = data.draw(st.sampled_from(["remove", "insert", "move", "indent", "outdent"]))
    if kind == "insert" or not all_ids:
        parent = data.draw(st.sampled_from([None, *all_ids]))
        index = data.draw(st.integers(-1, len(children_of(meeting, parent)) + 1))
        new = item(next(_fresh_ids), "New item", "Nouveau point")
        if data.draw(st.booleans()):
            new.children.append(item(next(_fresh_ids), "New sub-item"))

        def insert() -> Callable[[], None]:
            insert_item(meeting, copy.deepcopy(new), Position(parent, index))

            def undo() -> None:
                remove_item(meeting, new.id)

            return undo

        return f"insert {new.id} at {parent}[{index}]", Edit(insert)

    item_id = data.draw(st.sampled_from(all_ids))
    if kind == "remove":

        def remove() -> Callable[[], None]:
            removed, position = remove_item(meeting, item_id)

            def undo() -> None:
                insert_item(meeting, removed, position)

            return undo

        return f"remove {item_id}", Edit(remove)

    target: Position | None
    if kind == "move":
        parent = data.draw(st.sampled_from([None, *all_ids]))
        target = Position(parent, data.draw(st.integers(-1, len(children_of(meeting, parent)))))
    elif kind == "indent":
        target = indent_target(meeting, item_id)
    else:
        target = outdent_target(meeting, item_id)
    if target is None:
        return None
    where = target

    def move() -> Callable[[], None]:
        origin = move_item(meeting, item_id, where)
        assert position_of(meeting, item_id).parent_id == where.parent_id

        def undo() -> None:
            move_item(meeting, item_id, origin)

        return undo

    return f"{kind} {item_id} to {where}", Edit(move)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_random_edits_each_undone_by_its_inverse_restore_the_meeting_exactly(
    data: st.DataObject,
) -> None:
    meeting = sample_meeting()
    original = copy.deepcopy(meeting)
    done: list[Edit] = []

    for _ in range(data.draw(st.integers(1, 15), label="number of edits")):
        drawn = _draw_edit(data, meeting)
        if drawn is None:
            continue
        description, edit = drawn
        before = copy.deepcopy(meeting)
        try:
            edit.do()
        except TreeError:
            assert meeting == before, f"refused {description} changed the agenda"
            continue
        after = copy.deepcopy(meeting)
        edit.undo()
        assert meeting == before, f"undoing {description} did not restore the agenda"
        edit.do()
        assert meeting == after, f"redoing {description} gave another agenda"
        done.append(edit)

    for edit in reversed(done):
        edit.undo()
    assert meeting == original
    assert [node.id for node in meeting.walk()] == list(SAMPLE_ORDER)
