"""Recovery of unsaved work: kept atomically, listed after a crash, discarded after a save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agenda_editor.atomic import owned_temporary
from agenda_editor.core.model import Meeting
from agenda_editor.storage import session
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.recovery import RecoveryStore
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
