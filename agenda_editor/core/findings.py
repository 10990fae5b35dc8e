"""What a check says about a meeting: a finding with its severity, code, message and target.

A finding is a problem (:mod:`agenda_editor.core.problems`: a code, its params, a severity)
about a place in the meeting, with its English message made by the check.

Shared by :mod:`agenda_editor.core.rules` and :mod:`agenda_editor.core.style`; import these
names from :mod:`agenda_editor.core.rules` as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agenda_editor.core.problems import Severity

__all__ = ["Finding", "Severity", "Target", "make"]


@dataclass(frozen=True)
class Target:
    """What a finding is about: the meeting, an item, a day or a slot of a day."""

    kind: str  # "meeting", "item", "day", "slot"
    item_id: str | None = None
    day: int | None = None
    slot: int | None = None
    field: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    target: Target = Target("meeting")
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


def make(severity: Severity, code: str, message: str, target: Target, **params: str) -> Finding:
    """A finding; ``params`` are the values its message names, for translated interfaces."""
    return Finding(severity, code, message, target, params)
