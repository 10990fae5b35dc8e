"""The steps of the tests that replay random edits on a panel and compare it with a fresh one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


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
