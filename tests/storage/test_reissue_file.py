"""The reissue note in the session file (schema version 5): kept through a save and an open; a
version 4 file (which had none) opens without one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agenda_editor.storage.migrations import MIGRATIONS
from agenda_editor.storage.schema import create_base_schema, user_version
from agenda_editor.storage.session import load, save
from tests import factories


def test_the_reissue_note_survives_a_file(tmp_path: Path) -> None:
    meeting = factories.sample_meeting()
    meeting.symbol += "*"
    meeting.reissue_note = {"en": "Reissued for technical reasons on 3 May 2026.", "fr": "Tirage."}
    path = tmp_path / "m.agenda"
    save(meeting, path)
    loaded = load(path)
    assert loaded.meeting.reissue_note == meeting.reissue_note
    assert loaded.meeting == meeting
    with sqlite3.connect(path) as conn:
        assert user_version(conn) == MIGRATIONS.latest >= 5


def test_a_version_4_file_opens_without_a_note(tmp_path: Path) -> None:
    path = tmp_path / "v4.agenda"
    conn = sqlite3.connect(path)
    create_base_schema(conn)
    MIGRATIONS.upgrade(conn, to=4)
    conn.executescript(
        """
        INSERT INTO meeting VALUES (1, 'ABC/WG.1/2025/1*', 'en', 'general', NULL,
                                    NULL, NULL, 'A4');
        INSERT INTO meeting_language VALUES (0, 'en');
        INSERT INTO meeting_text VALUES ('job_number', 'en', 'V.25-00001');
        INSERT INTO timetable VALUES (1, 2);
        """
    )
    conn.commit()
    conn.close()
    loaded = load(path)
    assert loaded.file_version == 4
    meeting = loaded.meeting
    assert meeting.symbol == "ABC/WG.1/2025/1*"
    assert meeting.reissue_note == {}
    assert meeting.job_number == {"en": "V.25-00001"}
