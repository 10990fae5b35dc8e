"""Schema migrations: registered steps, upgrades on open (in memory) and on save, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.storage import migrations
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.migrations import MigrationError, Migrations
from agenda_editor.storage.schema import create_base_schema, user_version
from agenda_editor.storage.session import load, save


def with_note_table(registry: Migrations) -> Migrations:
    """A test-only next version: adds a table of editor's notes filled from the item titles."""

    @registry.register(registry.latest)
    def add_notes(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE note (item_id TEXT REFERENCES item(id), text TEXT)")
        conn.execute("INSERT INTO note SELECT item_id, 'check ' || text FROM item_title")

    return registry


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def version_on_disk(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return user_version(conn)
    finally:
        conn.close()


def test_steps_must_be_registered_in_order() -> None:
    registry = Migrations()
    with pytest.raises(ValueError, match="must start at version 1"):
        registry.register(2)(lambda conn: None)
    with_note_table(registry)
    assert registry.latest == 2
    with pytest.raises(ValueError, match="must start at version 2"):
        registry.register(1)(lambda conn: None)


def test_upgrade_applies_the_step_and_stamps_the_version() -> None:
    conn = sqlite3.connect(":memory:")
    create_base_schema(conn)
    conn.execute("INSERT INTO item VALUES ('a', NULL, 0)")
    conn.execute("INSERT INTO item_title VALUES ('a', 'en', 'Opening')")
    conn.commit()
    assert with_note_table(Migrations()).upgrade(conn) == 1
    assert user_version(conn) == 2
    assert conn.execute("SELECT text FROM note").fetchall() == [("check Opening",)]


def test_a_failing_step_is_rolled_back_completely() -> None:
    registry = Migrations()

    @registry.register(1)
    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        conn.execute("UPDATE meeting_language SET lang = 'xx'")
        raise RuntimeError("disk on fire")

    conn = sqlite3.connect(":memory:")
    create_base_schema(conn)
    conn.execute("INSERT INTO meeting_language VALUES (0, 'en')")
    conn.commit()
    with pytest.raises(MigrationError, match="from version 1 to 2 failed: disk on fire"):
        registry.upgrade(conn)
    assert user_version(conn) == 1
    assert conn.execute("SELECT lang FROM meeting_language").fetchall() == [("en",)]
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchall()


def test_newer_database_is_refused_by_the_registry() -> None:
    conn = sqlite3.connect(":memory:")
    create_base_schema(conn)
    conn.execute("PRAGMA user_version = 7")
    with pytest.raises(MigrationError, match="newer"):
        Migrations().upgrade(conn)


def test_old_file_opens_upgraded_in_memory_and_is_upgraded_on_save(
    saved: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = migrations.MIGRATIONS.latest
    monkeypatch.setattr(migrations, "MIGRATIONS", with_note_table(migrations.MIGRATIONS.copy()))
    before = snapshot(saved)

    loaded = load(saved)
    assert loaded.meeting == meeting
    assert loaded.file_version == current
    assert snapshot(saved) == before  # opening an old file does not upgrade it on disk
    assert version_on_disk(saved) == current

    save(loaded.meeting, saved, expected=loaded.fingerprint)
    assert version_on_disk(saved) == current + 1
    assert "note" in tables(saved)
    reloaded = load(saved)
    assert reloaded.file_version == current + 1
    assert reloaded.meeting == meeting


def test_file_of_the_newer_version_is_refused_by_the_older_program(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from the future.agenda"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", with_note_table(migrations.MIGRATIONS.copy()))
        save(meeting, path)
    before = snapshot(path)
    with pytest.raises(SessionFileError, match="newer version of Agenda Editor") as caught:
        load(path)
    assert "from the future.agenda" in str(caught.value)
    assert snapshot(path) == before


def test_a_failing_upgrade_on_open_leaves_the_file_alone(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = migrations.MIGRATIONS.copy()
    current = registry.latest

    @registry.register(current)
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE no_such_table ADD COLUMN x")

    monkeypatch.setattr(migrations, "MIGRATIONS", registry)
    before = snapshot(saved)
    failed = f"upgrading the schema from version {current} to {current + 1} failed"
    with pytest.raises(SessionFileError, match=failed):
        load(saved)
    assert snapshot(saved) == before
