"""A reissued symbol's asterisk and its note come together (issue 12): either one alone is a
warning (never an error: a reissue is still being prepared), both together are fine."""

from __future__ import annotations

from agenda_editor.core.rules import Severity, check
from tests.factories import sample_meeting

NOTE = "Reissued for technical reasons on 3 May 2026."


def _reissue_findings(symbol_suffix: str, note: dict[str, str]) -> list[tuple[str, Severity]]:
    meeting = sample_meeting()
    meeting.symbol += symbol_suffix
    meeting.reissue_note = note
    return [(f.code, f.severity) for f in check(meeting) if "reissue" in f.code]


def test_an_asterisk_without_a_note_is_a_warning() -> None:
    assert _reissue_findings("*", {}) == [("meeting-reissue-no-note", Severity.WARNING)]
    # A note only in a translation does not count: the original must have it.
    assert _reissue_findings("*", {"fr": "Tirage."}) == [
        ("meeting-reissue-no-note", Severity.WARNING)
    ]


def test_a_note_without_an_asterisk_is_a_warning() -> None:
    assert _reissue_findings("", {"en": NOTE}) == [("meeting-reissue-no-mark", Severity.WARNING)]


def test_both_or_neither_say_nothing() -> None:
    assert _reissue_findings("*", {"en": NOTE}) == []
    assert _reissue_findings("", {}) == []
