"""Random sequences of the commands the two other property tests leave out.

The bodies meeting side by side (add, rename, remove, reorder a body, move a meeting to another
body), Replace All, importing a translation file, and restoring a version (the whole meeting
swapped, with the steps before and after it still undoable). As in the other two, after every
step the meeting saved and opened again is the meeting in memory; undoing every step restores
the start exactly and redoing them all brings back the end.
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand

from agenda_editor.core import search
from agenda_editor.core.exchange import units
from agenda_editor.core.exchange_merge import IncomingUnit, Translation, merge
from agenda_editor.core.markup import Run
from agenda_editor.core.timetable import TimetableError
from agenda_editor.gui.commands.bodies import (
    AddBodyCommand,
    MoveBodyCommand,
    RemoveBodyCommand,
    SetBodyNameCommand,
    SetSlotBodyCommand,
)
from agenda_editor.gui.commands.replace import ReplaceTextsCommand
from agenda_editor.gui.commands.translation import ImportTranslationCommand
from agenda_editor.gui.commands.versions import RestoreVersionCommand
from agenda_editor.gui.document import MeetingDocument
from tests import factories
from tests.gui.command_replay import replay_save_and_undo

KINDS = (
    "add_body",
    "rename_body",
    "remove_body",
    "move_body",
    "slot_body",
    "replace_all",
    "import_translation",
    "restore_version",
)
WORDS = st.text(alphabet="abcdeé ", min_size=1, max_size=6)


def _body_command(
    document: MeetingDocument, kind: str, a: int, b: int, text: str
) -> QUndoCommand | None:
    timetable = document.meeting.timetable
    if kind == "add_body":
        return AddBodyCommand(document, {("en", "fr")[a % 2]: text})
    if not timetable.bodies:
        return None
    body = timetable.bodies[a % len(timetable.bodies)].id
    if kind == "rename_body":
        return SetBodyNameCommand(document, body, ("en", "fr")[b % 2], text.strip())
    if kind == "remove_body":
        return RemoveBodyCommand(document, body)
    if kind == "move_body":
        return MoveBodyCommand(document, body, b % len(timetable.bodies))
    slots = [(d, s) for d, day in enumerate(timetable.days) for s, _ in enumerate(day.slots)]
    if not slots:
        return None
    day, slot = slots[b % len(slots)]
    return SetSlotBodyCommand(document, day, slot, body)


def _translated(document: MeetingDocument, lang: str, text: str) -> QUndoCommand | None:
    """The import of a translation file into ``lang`` whose every unit is its source with
    ``text`` added, as a translator would send it back."""
    meeting = document.meeting
    translation = Translation(
        meeting.symbol,
        meeting.original_language,
        lang,
        [
            IncomingUnit(unit.id, list(unit.source), [*unit.source, Run(text)])
            for unit in units(meeting, lang)
        ],
    )
    command = ImportTranslationCommand(document, merge(meeting, translation, lang), lang)
    return None if command.is_empty() else command


def _command(
    document: MeetingDocument, kind: str, a: int, b: int, text: str
) -> QUndoCommand | None:
    if kind == "replace_all":
        query = search.Query(("a", "e", "the", "é")[a % 4], match_case=bool(b % 2))
        languages = document.meeting.languages
        changed, count = search.replace(document.meeting, query, text, languages)
        return ReplaceTextsCommand(document, changed, "Replace") if count else None
    if kind == "import_translation":
        return _translated(document, ("fr", "es")[a % 2], text)
    if kind == "restore_version":
        # A version of another meeting, or the current one as it is now (nothing to change).
        meeting = factories.sample_meeting() if a % 2 else copy.deepcopy(document.meeting)
        return RestoreVersionCommand(document, meeting, text)
    try:
        return _body_command(document, kind, a, b, text)
    except TimetableError:
        return None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 50), st.integers(0, 50), WORDS),
        min_size=1,
        max_size=10,
    )
)
def test_the_remaining_commands_save_reopen_equal_and_undo_exactly(qapp, steps) -> None:
    replay_save_and_undo(steps, _command, factories.two_body_meeting)
