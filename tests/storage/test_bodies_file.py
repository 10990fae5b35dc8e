"""Bodies in the session file: written and read back, a version 1 file (one unnamed body)
opened and upgraded, and a file whose meetings name a missing body refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.migrations import MIGRATIONS
from agenda_editor.storage.schema import create_base_schema, user_version
from agenda_editor.storage.session import load, save
from tests.factories import two_body_meeting


def test_a_two_body_meeting_survives_a_file(tmp_path: Path) -> None:
    meeting = two_body_meeting()
    path = tmp_path / "commission.agenda"
    save(meeting, path)
    loaded = load(path).meeting
    assert loaded == meeting
    assert [(b.id, b.name["fr"]) for b in loaded.timetable.bodies] == [
        ("plenary", "Plénière"),
        ("cow", "Commission plénière"),
    ]
    assert [s.body for s in loaded.timetable.days[0].slots] == ["plenary"] * 2 + ["cow"] * 2


def write_version_1_file(path: Path) -> None:
    """A session file as the first version of the program wrote it: no bodies at all."""
    conn = sqlite3.connect(path)
    create_base_schema(conn)
    conn.executescript(
        """
        INSERT INTO meeting VALUES (1, 'ABC/WG.1/2025/1', 'en', 'general', NULL,
                                    '2025-05-12', '2025-05-12', 'A4');
        INSERT INTO meeting_language VALUES (0, 'en');
        INSERT INTO item VALUES ('open', NULL, 0);
        INSERT INTO item VALUES ('close', NULL, 1);
        INSERT INTO item_title VALUES ('open', 'en', 'Opening of the session');
        INSERT INTO item_title VALUES ('close', 'en', 'Closing of the session');
        INSERT INTO timetable VALUES (1, 2);
        INSERT INTO day VALUES (1, 0, '2025-05-12', NULL);
        INSERT INTO slot VALUES (1, 1, 0, '10:00:00', '13:00:00');
        INSERT INTO slot VALUES (2, 1, 1, '15:00:00', '18:00:00');
        INSERT INTO placement VALUES (1, 0, 'open');
        INSERT INTO placement VALUES (2, 0, 'open');
        INSERT INTO placement VALUES (2, 1, 'close');
        """
    )
    conn.commit()
    conn.close()


def test_a_version_1_file_opens_with_one_unnamed_body_and_saves_at_the_current_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.agenda"
    write_version_1_file(path)
    before = path.read_bytes()
    loaded = load(path)
    assert loaded.file_version == 1
    assert path.read_bytes() == before  # opening never upgrades the file on disk
    timetable = loaded.meeting.timetable
    assert [(b.id, b.name) for b in timetable.bodies] == [("plenary", {})]
    assert not timetable.parallel
    assert [(s.body, s.items) for s in timetable.days[0].slots] == [
        ("plenary", ["open"]),
        ("plenary", ["open", "close"]),
    ]

    save(loaded.meeting, path, expected=loaded.fingerprint)
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == MIGRATIONS.latest
        assert conn.execute("SELECT id, position FROM body").fetchall() == [("plenary", 0)]
        assert conn.execute("SELECT DISTINCT body_id FROM slot").fetchall() == [("plenary",)]
    finally:
        conn.close()
    assert load(path).meeting == loaded.meeting


def test_a_meeting_of_a_missing_body_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.agenda"
    save(two_body_meeting(), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE slot SET body_id = 'ghost' WHERE id = 3")
    conn.commit()
    conn.close()
    with pytest.raises(SessionFileError, match="a meeting of a body that does not exist"):
        load(path)
