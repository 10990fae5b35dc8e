"""Opening and saving session files: atomic saves, other writers, and every kind of bad file."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from pathlib import Path

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.storage import codec, session
from agenda_editor.storage.errors import ExternalChangeError, SessionFileError
from agenda_editor.storage.migrations import MIGRATIONS
from agenda_editor.storage.session import fingerprint, load, save
from tests.storage.conftest import rich_meeting


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def folder_listing(path: Path) -> list[str]:
    return sorted(child.name for child in path.parent.iterdir())


# Loading never changes the file -------------------------------------------------------------


def test_loading_leaves_the_file_and_folder_untouched(saved: Path) -> None:
    before, listing = snapshot(saved), folder_listing(saved)
    load(saved)
    assert snapshot(saved) == before
    assert folder_listing(saved) == listing  # no journal or temporary file left behind


def test_a_read_only_file_can_be_opened(saved: Path, meeting: Meeting) -> None:
    saved.chmod(0o444)
    assert load(saved).meeting == meeting


# Atomic save --------------------------------------------------------------------------------


def other_meeting() -> Meeting:
    meeting = rich_meeting()
    meeting.symbol = "XYZ/WG.9/2031/1/Rev.1"
    del meeting.items[1:]
    meeting.timetable.days = []
    return meeting


def test_failed_rename_keeps_the_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before, listing = snapshot(saved), folder_listing(saved)

    def broken_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session.os, "replace", broken_replace)
    with pytest.raises(SessionFileError) as caught:
        save(other_meeting(), saved)
    assert "No space left on device" in str(caught.value)
    assert saved.name in str(caught.value)
    assert snapshot(saved) == before
    assert folder_listing(saved) == listing  # the temporary file was removed


def test_failed_flush_keeps_the_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before, listing = snapshot(saved), folder_listing(saved)

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(session.os, "fsync", broken_fsync)
    with pytest.raises(SessionFileError, match="Input/output error"):
        save(other_meeting(), saved)
    assert snapshot(saved) == before
    assert folder_listing(saved) == listing


def test_writer_failing_half_way_keeps_the_old_file(
    saved: Path, monkeypatch: pytest.MonkeyPatch, meeting: Meeting
) -> None:
    before, listing = snapshot(saved), folder_listing(saved)

    def broken_timetable(meeting: object) -> None:
        raise RuntimeError("power cut while writing the timetable")

    monkeypatch.setattr(codec, "small_rows", broken_timetable)
    with pytest.raises(RuntimeError):
        save(other_meeting(), saved)
    assert snapshot(saved) == before
    assert folder_listing(saved) == listing
    monkeypatch.undo()
    assert load(saved).meeting == meeting


def test_save_replaces_the_whole_meeting(saved: Path) -> None:
    save(other_meeting(), saved)
    assert load(saved).meeting == other_meeting()
    assert folder_listing(saved) == [saved.name]


def test_save_keeps_the_permissions_of_the_file(saved: Path) -> None:
    saved.chmod(0o640)
    save(other_meeting(), saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, meeting: Meeting) -> None:
    umask = os.umask(0o022)
    try:
        save(meeting, tmp_path / "new.agenda")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.agenda").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_saving_through_a_link_replaces_the_linked_file(saved: Path) -> None:
    link = saved.with_name("link.agenda")
    link.symlink_to(saved.name)
    save(other_meeting(), link)
    assert link.is_symlink()
    assert load(saved).meeting == other_meeting()


def test_saving_into_a_missing_folder_says_so(tmp_path: Path, meeting: Meeting) -> None:
    target = tmp_path / "no such folder" / "m.agenda"
    with pytest.raises(SessionFileError, match="could not be saved") as caught:
        save(meeting, target)
    assert "m.agenda" in str(caught.value)


def test_a_meeting_with_a_dangling_timetable_entry_is_not_saved(saved: Path) -> None:
    before = snapshot(saved)
    broken = rich_meeting()
    broken.timetable.days[0].slots[0].items.append("ghost")
    with pytest.raises(SessionFileError, match="'ghost', which is not in the agenda"):
        save(broken, saved)
    assert snapshot(saved) == before


# Changes made by someone else ---------------------------------------------------------------


def test_save_refuses_to_overwrite_a_file_changed_since_it_was_opened(saved: Path) -> None:
    opened = load(saved)
    save(other_meeting(), saved)  # someone else saves in between
    theirs = snapshot(saved)
    with pytest.raises(ExternalChangeError) as caught:
        save(opened.meeting, saved, expected=opened.fingerprint)
    assert saved.name in str(caught.value)
    assert "changed" in str(caught.value)
    assert snapshot(saved) == theirs


def test_a_change_that_keeps_size_and_time_is_still_noticed(saved: Path) -> None:
    opened = load(saved)
    data = bytearray(saved.read_bytes())
    data[-1] ^= 0xFF
    saved.write_bytes(bytes(data))
    os.utime(saved, ns=(opened.fingerprint.mtime_ns, opened.fingerprint.mtime_ns))
    current = fingerprint(saved)
    assert (current.size, current.mtime_ns) == (
        opened.fingerprint.size,
        opened.fingerprint.mtime_ns,
    )
    with pytest.raises(ExternalChangeError):
        save(opened.meeting, saved, expected=opened.fingerprint)


def test_force_overwrites_a_changed_file(saved: Path, meeting: Meeting) -> None:
    opened = load(saved)
    save(other_meeting(), saved)
    save(opened.meeting, saved, expected=opened.fingerprint, force=True)
    assert load(saved).meeting == meeting


def test_save_refuses_when_the_file_was_deleted(saved: Path, meeting: Meeting) -> None:
    opened = load(saved)
    saved.unlink()
    with pytest.raises(ExternalChangeError, match="moved or deleted"):
        save(meeting, saved, expected=opened.fingerprint)
    assert not saved.exists()


def test_successive_saves_chain_their_fingerprints(saved: Path, meeting: Meeting) -> None:
    current = load(saved).fingerprint
    for symbol in ("A/1", "A/2", "A/3"):
        meeting.symbol = symbol
        current = save(meeting, saved, expected=current)
    assert current == fingerprint(saved)
    assert load(saved).meeting.symbol == "A/3"


# Bad files ----------------------------------------------------------------------------------


def make_empty(path: Path, saved: Path) -> None:
    path.write_bytes(b"")


def make_text(path: Path, saved: Path) -> None:
    path.write_text("Provisional agenda\n1. Opening of the session\n", encoding="utf-8")


def make_random(path: Path, saved: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def make_foreign_database(path: Path, saved: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (number INTEGER, amount REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.commit()
    conn.close()


def make_truncated(path: Path, saved: Path) -> None:
    data = saved.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_short_header(path: Path, saved: Path) -> None:
    path.write_bytes(saved.read_bytes()[:40])


def make_damaged(path: Path, saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # scribble over every page but the first
        start = page * page_size + 8
        data[start : start + 64] = random.Random(page).randbytes(64)
    path.write_bytes(bytes(data))


def make_newer(path: Path, saved: Path) -> None:
    conn = sqlite3.connect(path)
    sqlite3.connect(saved).backup(conn)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


BAD_FILES = {
    "empty": (make_empty, "is empty"),
    "text": (make_text, "is not an Agenda Editor session file"),
    "random bytes": (make_random, "is not an Agenda Editor session file"),
    "foreign database": (make_foreign_database, "database of another program"),
    "truncated": (make_truncated, "truncated"),
    "short header": (make_short_header, "truncated"),
    "damaged": (make_damaged, "damaged"),
    "newer version": (make_newer, "newer version of Agenda Editor"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_are_refused_and_left_alone(kind: str, saved: Path) -> None:
    make, words = BAD_FILES[kind]
    path = saved.with_name(f"bad {kind}.agenda")
    make(path, saved)
    before, listing = snapshot(path), folder_listing(path)
    with pytest.raises(SessionFileError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message
    assert words in message
    assert "Traceback" not in message
    assert snapshot(path) == before
    assert folder_listing(path) == listing


def test_newer_version_message_names_both_versions(saved: Path) -> None:
    path = saved.with_name("newer.agenda")
    make_newer(path, saved)
    latest = MIGRATIONS.latest
    with pytest.raises(
        SessionFileError, match=rf"file format 99; this version reads formats up to {latest}"
    ):
        load(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist") as caught:
        load(tmp_path / "gone.agenda")
    assert "gone.agenda" in str(caught.value)


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.agenda"
    folder.mkdir()
    with pytest.raises(SessionFileError, match="is a folder"):
        load(folder)


def test_unreadable_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == saved:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(SessionFileError, match="cannot be read: permission denied") as caught:
        load(saved)
    assert saved.name in str(caught.value)


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


INCONSISTENT = {
    "unknown item in timetable": (
        ["PRAGMA foreign_keys = OFF", "UPDATE placement SET item_id = 'ghost' WHERE position = 0"],
        "the timetable lists an item that is not in the agenda",
    ),
    "item that is its own parent": (
        ["UPDATE item SET parent_id = id WHERE id = 'review'"],
        "sub-items of themselves",
    ),
    "unknown distribution": (
        ["UPDATE meeting SET distribution = 'secret'"],
        "distribution 'secret' is not a known value",
    ),
    "bad date": (["UPDATE day SET date = '7 April'"], "not a valid date"),
    "no meeting": (["DELETE FROM meeting"], "no meeting record"),
    "missing table": (["DROP TABLE document_title"], "cannot be read"),
    "number as text": (
        ["UPDATE timetable SET max_slots_per_day = 'two'"],
        "not a whole number",
    ),
}


@pytest.mark.parametrize("kind", INCONSISTENT)
def test_inconsistent_content_is_refused(kind: str, saved: Path) -> None:
    statements, words = INCONSISTENT[kind]
    tamper(saved, *statements)
    before = snapshot(saved)
    with pytest.raises(SessionFileError) as caught:
        load(saved)
    assert str(saved) in str(caught.value)
    assert "inconsistent content" in str(caught.value)
    assert words in str(caught.value)
    assert snapshot(saved) == before
