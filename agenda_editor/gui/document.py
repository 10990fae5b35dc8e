"""The open meeting: the domain object, its undo stack, its file, and what changed.

Every edit goes through a method of :class:`MeetingDocument` (called by an undo command, never
by a view), which changes the :class:`~agenda_editor.core.model.Meeting` and emits the signal
that Qt models and panels listen to. Tree edits are announced before and after, so that a
listener can note what is about to leave (the agenda model the ids of a removed branch).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from agenda_editor.core import timetable as tt
from agenda_editor.core import tree
from agenda_editor.core.copies import MeetingCopier
from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument, Timetable
from agenda_editor.storage.session import SessionWriter
from agenda_editor.storage.versions import SavedVersion

T = TypeVar("T")


class MeetingDocument(QObject):
    """A meeting being edited in the window."""

    #: (parent_id or "", index): an item is about to be inserted there / was inserted.
    item_about_to_be_inserted = Signal(str, int)
    item_inserted = Signal(str, int)
    #: (parent_id or "", index)
    item_about_to_be_removed = Signal(str, int)
    item_removed = Signal(str, int)
    #: (source parent or "", source index, target parent or "", target index as Qt counts it)
    item_about_to_be_moved = Signal(str, int, str, int)
    item_moved = Signal(str, int, str, int)
    #: An item's title, annotation or documents changed.
    item_changed = Signal(str)
    #: A masthead field (symbol, dates, body, languages...) changed: the field name.
    meeting_changed = Signal(str)
    timetable_changed = Signal()
    #: The whole meeting was replaced (revert, recovery): models reset.
    reset = Signal()
    #: Anything changed: findings refresh, autosave.
    changed = Signal()
    #: The language version shown in the editor changed.
    language_changed = Signal(str)
    #: The file the document is saved to changed.
    path_changed = Signal()

    def __init__(
        self, meeting: Meeting, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.path = path
        #: What the file looked like when opened or last saved (storage fingerprint).
        self.fingerprint: Any = None
        self.undo_stack = QUndoStack(self)
        self._language = meeting.original_language
        #: What the window calls a document that has no file yet ("Sample Meeting"); ``None``
        #: for "Untitled".
        self.display_name: str | None = None
        #: Texts to review after a translation was imported: (language, TextRef) -> the
        #: translator's text, made for an earlier original. Kept for the session, not saved.
        self.review: dict[tuple[str, Any], str] = {}
        #: The named versions kept in the file, oldest first: read with it, written with it
        #: (saves, Save As, recovery copies). Not part of the undo history.
        self.versions: list[SavedVersion] = []
        #: Saves the meeting, writing again only what changed since its last save.
        self.writer = SessionWriter()
        #: Takes the recovery copies (:meth:`kept_copy`): told of every change of an item.
        self._copier = MeetingCopier()

    def __del__(self) -> None:
        # The document frees its undo commands itself, first. Each command holds the document,
        # so a document nobody holds any more is collected together with its commands; were
        # the commands left to that collection, PySide would delete them under the collector's
        # feet and crash the run far from the code that made them. (A document deleted by its
        # window frees them through Qt's ownership: nothing is left to clear then.)
        stack = self.__dict__.get("undo_stack")
        if stack is not None and shiboken6.isValid(stack):
            stack.clear()

    # -- state -------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language version being edited (texts shown and typed in the editor)."""
        return self._language

    def set_language(self, lang: str) -> None:
        if lang != self._language:
            self._language = lang
            self.language_changed.emit(lang)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: Path | None, fingerprint: Any = None) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.path_changed.emit()

    def mark_saved(self, path: Path, fingerprint: Any) -> None:
        self.set_path(path, fingerprint)
        self.undo_stack.setClean()

    def push(self, command: QUndoCommand) -> None:
        """Run an edit and keep it for undo."""
        self.undo_stack.push(command)

    def replace_meeting(self, meeting: Meeting) -> None:
        """Swap in another meeting (revert, recovery); the undo history is dropped."""
        self.meeting = meeting
        self._copier.forget()
        self.undo_stack.clear()
        self.review.clear()
        if self._language not in meeting.languages:
            self._language = meeting.original_language
        self.reset.emit()
        self.changed.emit()

    def swap_meeting(
        self, meeting: Meeting, review: dict[tuple[str, Any], str]
    ) -> tuple[Meeting, dict[tuple[str, Any], str]]:
        """Put ``meeting`` (and its review marks) in place of the current one, keeping the undo
        history; returns what was there, for undo (an undo command swaps it back)."""
        previous = self.meeting, self.review
        self.meeting, self.review = meeting, review
        self._copier.forget()
        language_gone = self._language not in meeting.languages
        if language_gone:
            self._language = meeting.original_language
        self.reset.emit()
        if language_gone:
            self.language_changed.emit(self._language)
        self.changed.emit()
        return previous

    def snapshot(self) -> Meeting:
        """A deep copy of the meeting, e.g. for an export in another thread or a comparison."""
        return copy.deepcopy(self.meeting)

    def kept_copy(self) -> Meeting:
        """A copy of the meeting as it is now, for reading only (the crash-recovery copy that
        a worker thread writes): it shares the items of the branches no edit touched since the
        last such copy with that copy, and every text with the meeting, so taking it after an
        edit copies little."""
        return self._copier.copy(self.meeting)

    # -- agenda tree edits (called by undo commands) -------------------------------------------

    def insert_item(self, item: AgendaItem, position: tree.Position) -> None:
        reason = tree.check_insert(self.meeting, item, position.parent_id)
        if reason:
            raise tree.TreeError(reason)
        parent = position.parent_id or ""
        self.item_about_to_be_inserted.emit(parent, position.index)
        before = self.meeting.index.version
        tree.insert_item(self.meeting, item, position)
        self._copier.tree_changed(self.meeting, before, position.parent_id)
        self.item_inserted.emit(parent, position.index)
        self.changed.emit()

    def remove_item(self, item_id: str) -> tuple[AgendaItem, tree.Position]:
        position = tree.position_of(self.meeting, item_id)
        parent = position.parent_id or ""
        self.item_about_to_be_removed.emit(parent, position.index)
        before = self.meeting.index.version
        removed = tree.remove_item(self.meeting, item_id)
        self._copier.removed(removed[0])
        self._copier.tree_changed(self.meeting, before, position.parent_id)
        self.item_removed.emit(parent, position.index)
        self.changed.emit()
        return removed

    def move_item(self, item_id: str, target: tree.Position) -> tree.Position:
        """Move an item (``target.index`` counted after it left); returns where it came from."""
        reason = tree.check_move(self.meeting, item_id, target)
        if reason:
            raise tree.TreeError(reason)
        origin = tree.position_of(self.meeting, item_id)
        # Qt counts the destination row before the source row is taken out.
        qt_row = target.index
        if target.parent_id == origin.parent_id and target.index >= origin.index:
            qt_row += 1
        source, dest = origin.parent_id or "", target.parent_id or ""
        self.item_about_to_be_moved.emit(source, origin.index, dest, qt_row)
        before = self.meeting.index.version
        tree.move_item(self.meeting, item_id, target)
        self._copier.tree_changed(self.meeting, before, origin.parent_id, target.parent_id)
        self.item_moved.emit(source, origin.index, dest, qt_row)
        self.changed.emit()
        return origin

    # -- texts ----------------------------------------------------------------------------------
    # An item's texts are never changed in place: each edit puts new ones there, so that the
    # recovery copies (:meth:`kept_copy`), which share them, stay as they were taken.

    def set_item_title(self, item_id: str, lang: str, text: str | None) -> None:
        item = self.meeting.item(item_id)
        item.title = _with(item.title, lang, text)
        self._item_edited(item_id)

    def set_annotation(self, item_id: str, lang: str, paragraphs: list[str] | None) -> None:
        item = self.meeting.item(item_id)
        item.annotation = _with(item.annotation, lang, list(paragraphs) if paragraphs else None)
        self._item_edited(item_id)

    def set_documents(self, item_id: str, documents: list[ReferenceDocument]) -> None:
        self.meeting.item(item_id).documents = copy.deepcopy(documents)
        self._item_edited(item_id)

    def set_meeting_field(self, name: str, value: Any) -> None:
        """Set a masthead field of the meeting (``symbol``, ``start``, ``body``, ...)."""
        if not hasattr(self.meeting, name) or name in ("items", "timetable"):
            raise AttributeError(name)
        setattr(self.meeting, name, copy.deepcopy(value))
        if self._language not in self.meeting.languages:
            # The version being edited is gone (unticked, or its adding undone): edit the
            # original rather than texts of a version the meeting no longer has.
            self._language = self.meeting.original_language
            self.language_changed.emit(self._language)
        self.meeting_changed.emit(name)
        self.changed.emit()

    def _item_edited(self, item_id: str) -> None:
        self._copier.changed(self.meeting, item_id)
        self.item_changed.emit(item_id)
        self.changed.emit()

    # -- timetable --------------------------------------------------------------------------

    def set_timetable(self, timetable: Timetable) -> None:
        """Replace the timetable (commands keep the old one for undo)."""
        self.meeting.timetable = copy.deepcopy(timetable)
        self.timetable_changed.emit()
        self.changed.emit()

    def remove_placements(self, item_ids: list[str]) -> list[tt.Placement]:
        removed = tt.remove_placements(self.meeting.timetable, item_ids)
        if removed:
            self.timetable_changed.emit()
            self.changed.emit()
        return removed

    def restore_placements(self, removed: list[tt.Placement]) -> None:
        if removed:
            tt.restore_placements(self.meeting.timetable, removed)
            self.timetable_changed.emit()
            self.changed.emit()


def _with(texts: dict[str, T], lang: str, value: T | None) -> dict[str, T]:
    """A new dict: ``texts`` with ``value`` for ``lang`` (none when ``value`` is empty)."""
    new = dict(texts)
    if value:
        new[lang] = value
    else:
        new.pop(lang, None)
    return new
