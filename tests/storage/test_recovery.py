"""Recovery of unsaved work: kept atomically, listed after a crash, discarded after a save."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

from agenda_editor.atomic import owned_temporary
from agenda_editor.core import tree
from agenda_editor.core.copies import MeetingCopier
from agenda_editor.core.model import Meeting, ReferenceDocument
from agenda_editor.storage import session
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.session import SessionWriter
from tests.storage.conftest import rich_meeting


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "state" / "recovery")


def test_nothing_to_recover_in_a_fresh_folder(store: RecoveryStore) -> None:
    assert store.entries() == []
    assert not store.folder.exists()


def test_kept_meeting_is_offered_back(
    store: RecoveryStore, meeting: Meeting, tmp_path: Path
) -> None:
    original = tmp_path / "ninth session.agenda"
    store.write("k1", meeting, original)
    (entry,) = store.entries()
    assert entry.key == "k1"
    assert entry.original_path == original
    assert entry.saved_at.tzinfo is not None
    assert entry.load_meeting() == meeting


def test_unsaved_new_meeting_has_no_original(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("new", meeting)
    (entry,) = store.entries()
    assert entry.original_path is None


def test_later_writes_replace_earlier_ones(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("k1", meeting)
    meeting.symbol = "XYZ/WG.9/2031/1/Rev.1"
    store.write("k1", meeting)
    (entry,) = store.entries()
    assert entry.load_meeting().symbol == "XYZ/WG.9/2031/1/Rev.1"


def test_several_meetings_most_recent_first(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("older", meeting)
    store.write("newer", meeting)
    entries = store.entries()
    assert [entry.key for entry in entries] == ["newer", "older"]
    assert entries[0].saved_at >= entries[1].saved_at


def test_discard_forgets_only_that_meeting(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("a", meeting)
    store.write("b", meeting)
    store.discard("a")
    store.discard("never-written")
    assert [entry.key for entry in store.entries()] == ["b"]


def test_failed_write_keeps_the_previous_copy(
    store: RecoveryStore, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write("k1", meeting)
    changed = rich_meeting()
    changed.symbol = "changed"

    def broken_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session.os, "replace", broken_replace)
    with pytest.raises(SessionFileError):
        store.write("k1", changed)
    monkeypatch.undo()
    (entry,) = store.entries()
    assert entry.load_meeting() == meeting
    assert [p.name for p in store.folder.iterdir()] == ["k1.agenda"]


def test_copies_by_one_writer_hold_each_edit(
    store: RecoveryStore, meeting: Meeting, tmp_path: Path
) -> None:
    """A window's copies after the first change only the rows an edit changed; each one
    still reads back as the whole meeting, with the note of what it is."""
    writer = SessionWriter()
    original = tmp_path / "ninth session.agenda"
    store.write("k1", meeting, original, writer=writer)
    edited = rich_meeting()
    edited.items[0].title["en"] = "Opening of the resumed session"
    edited.items.append(edited.items.pop(1))  # a move
    del edited.items[0].annotation["en"]
    store.write("k1", edited, original, writer=writer)
    (entry,) = store.entries()
    assert entry.load_meeting() == edited
    assert entry.original_path == original
    # Written whole, the same meeting reads back the same.
    fresh = RecoveryStore(tmp_path / "fresh")
    fresh.write("k1", edited, original)
    assert fresh.entries()[0].load_meeting() == entry.load_meeting()
    # Another key (a meeting opened in its place): the copy says which.
    store.discard("k1")
    store.write("k2", meeting, None, writer=writer)
    (entry,) = store.entries()
    assert (entry.key, entry.original_path) == ("k2", None)
    assert entry.load_meeting() == meeting


def test_a_writer_goes_on_after_a_failed_copy(
    store: RecoveryStore, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = SessionWriter()
    store.write("k1", meeting, writer=writer)
    changed = rich_meeting()
    changed.symbol = "changed"
    monkeypatch.setattr(session.os, "replace", lambda source, target: _no_space())
    with pytest.raises(SessionFileError):
        store.write("k1", changed, writer=writer)
    monkeypatch.undo()
    assert store.entries()[0].load_meeting() == meeting
    changed.items[0].title["en"] = "Opening"
    store.write("k1", changed, writer=writer)
    assert store.entries()[0].load_meeting() == changed


def test_copies_of_a_copier_read_back_as_the_meeting_after_each_edit(
    store: RecoveryStore, tmp_path: Path
) -> None:
    """The window's copies (a MeetingCopier's, sharing unchanged items) written one after
    another by a writer for copies: each reads back as the meeting was when it was taken."""
    meeting = rich_meeting()
    copier = MeetingCopier()
    writer = SessionWriter(copies=True)

    def kept() -> Meeting:
        store.write("k1", copier.copy(meeting), writer=writer)
        return store.entries()[0].load_meeting()

    assert kept() == meeting
    first = meeting.items[0]
    first.title = {**first.title, "en": "Opening of the resumed session"}
    copier.changed(meeting, first.id)
    assert kept() == meeting
    last = meeting.items[-1]
    last.annotation = {**last.annotation, "fr": ["Un paragraphe nouveau."]}
    last.documents = [*last.documents, ReferenceDocument("A/81/1", {"en": "A report"})]
    copier.changed(meeting, last.id)
    before = meeting.index.version
    origin = tree.move_item(meeting, last.id, tree.Position(None, 0))
    copier.tree_changed(meeting, before, origin.parent_id, None)
    assert kept() == meeting
    assert kept() == meeting  # nothing changed: the same rows


def test_a_copy_with_a_text_that_cannot_be_kept_keeps_the_one_before(
    store: RecoveryStore,
) -> None:
    meeting = rich_meeting()
    copier = MeetingCopier()
    writer = SessionWriter(copies=True)
    store.write("k1", copier.copy(meeting), writer=writer)
    good = copy.deepcopy(meeting)
    item = meeting.items[0]
    item.title = {**item.title, "en": "Opening \ud800"}  # a lone surrogate
    copier.changed(meeting, item.id)
    with pytest.raises(SessionFileError, match=r"U\+D800|D800"):
        store.write("k1", copier.copy(meeting), writer=writer)
    assert store.entries()[0].load_meeting() == good
    item.title = {**item.title, "en": "Opening"}
    copier.changed(meeting, item.id)
    store.write("k1", copier.copy(meeting), writer=writer)
    assert store.entries()[0].load_meeting() == meeting


def _no_space() -> None:
    raise OSError(28, "No space left on device")


def test_damaged_entries_are_left_out(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("good", meeting)
    (store.folder / "bad.agenda").write_bytes(b"not a database at all")
    plain = store.folder / "plain.agenda"
    session.save(meeting, plain)  # a session file without recovery information
    assert [entry.key for entry in store.entries()] == ["good"]


def test_leftover_temporary_files_are_cleaned_up(store: RecoveryStore, meeting: Meeting) -> None:
    store.write("k1", meeting)
    old = store.folder / ".~k1.agenda.0badf00d.tmp"
    old.write_bytes(b"half")
    os.utime(old, (1, 1))
    with owned_temporary(store.folder / "k2.agenda") as fresh:
        fresh.write_bytes(b"being written right now")
        store.entries()
        assert not old.exists()
        assert fresh.exists()


@pytest.mark.parametrize("key", ["", "../escape", "a/b", "x" * 65, "spaces here"])
def test_keys_cannot_reach_outside_the_folder(
    store: RecoveryStore, key: str, meeting: Meeting
) -> None:
    with pytest.raises(ValueError, match="recovery key"):
        store.write(key, meeting)
