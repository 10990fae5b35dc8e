"""The steps of the tests that replay random edits on a panel and compare it with a fresh one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_editor.core import tree
from agenda_editor.gui.commands.tree import MoveItemCommand
from agenda_editor.gui.document import MeetingDocument


def random_steps(
    actions: Sequence[str], examples: int, longest: int
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Gives the test (with the ``qtbot`` fixture) ``steps``: from 1 to ``longest`` tuples
    (action, pick, where), two numbers from 0 to 60 choosing what and where; ``examples``
    sequences are tried."""

    def decorate(test: Callable[..., Any]) -> Callable[..., Any]:
        steps = st.lists(
            st.tuples(st.sampled_from(actions), st.integers(0, 60), st.integers(0, 60)),
            min_size=1,
            max_size=longest,
        )
        return settings(
            max_examples=examples,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )(given(steps=steps)(test))

    return decorate


def move_among_siblings(document: MeetingDocument, item_id: str, where: int) -> None:
    """Move the item to place ``where`` (modulo their number) among its siblings, if that moves
    it at all."""
    meeting = document.meeting
    position = tree.position_of(meeting, item_id)
    siblings = tree.children_of(meeting, position.parent_id)
    target = tree.Position(position.parent_id, where % len(siblings))
    if tree.check_move(meeting, item_id, target) is None and target != position:
        document.push(MoveItemCommand(document, item_id, target))
