"""Where a meeting came from, in the session file: kept through save and open (and in its named
versions' copies), absent from an older file, and a damaged record refused with a reason."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from agenda_editor.core.model import Origin, OriginKind
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.session import load, save
from tests.factories import sample_meeting
from tests.storage.test_bodies_file import write_version_1_file

ORIGIN = Origin(
    OriginKind.NEXT_SESSION, "wg4-2025.agenda", "CFC/COP/WG.4/2025/1", dt.date(2026, 1, 12)
)


def test_the_origin_survives_save_and_open(tmp_path: Path) -> None:
    meeting = sample_meeting()
    meeting.origin = ORIGIN
    path = tmp_path / "wg4.agenda"
    save(meeting, path)
    assert load(path).meeting.origin == ORIGIN
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT kind, source, symbol, made FROM origin").fetchall() == [
            ("next-session", "wg4-2025.agenda", "CFC/COP/WG.4/2025/1", "2026-01-12")
        ]
    finally:
        conn.close()


def test_a_meeting_without_origin_writes_no_row_and_an_old_file_has_none(tmp_path: Path) -> None:
    path = tmp_path / "plain.agenda"
    save(sample_meeting(), path)
    assert load(path).meeting.origin is None
    old = tmp_path / "old.agenda"
    write_version_1_file(old)
    assert load(old).meeting.origin is None


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE origin SET kind = 'photocopy'", "the origin 'photocopy' is not a known value"),
        ("UPDATE origin SET made = '2026-13-01'", "the date the meeting was made is not a valid"),
        ("INSERT INTO origin VALUES (2, 'pdf', 'a.pdf', '', '2026-01-01')", "more than one origin"),
    ],
)
def test_a_damaged_origin_is_refused_with_its_reason(tmp_path: Path, sql: str, reason: str) -> None:
    meeting = sample_meeting()
    meeting.origin = ORIGIN
    path = tmp_path / "damaged.agenda"
    save(meeting, path)
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(SessionFileError) as caught:
        load(path)
    assert reason in str(caught.value)
