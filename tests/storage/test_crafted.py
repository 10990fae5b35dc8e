"""Crafted and damaged session files: refused with our own error, quickly, and never changed.

Each case was reproduced against the reader as it was before ``storage/untrusted.py``: a view
hung ``check`` forever, a trigger or a virtual table was read without a word, invalid UTF-8 in
SQLite's report escaped as ``UnicodeDecodeError``, reading a WAL file created ``-shm`` beside
it, a 3,000-level tree broke ``check`` with ``RecursionError`` and a language ``../../x`` reached
the name of an output file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.core.model import MAX_DEPTH
from agenda_editor.storage import untrusted
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.session import load, save
from tests.storage.conftest import rich_meeting

# -- helpers ------------------------------------------------------------------------------------


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a folder with its bytes and modification time."""
    return {
        child.name: (child.read_bytes(), child.stat().st_mtime_ns)
        for child in sorted(folder.iterdir())
        if child.is_file()
    }


def tamper(path: Path, *statements: str) -> None:
    """Change a session file behind the program's back, as another SQLite tool would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def refused(path: Path, *words: str) -> str:
    """Load ``path``, expecting our own error naming the file; the folder stays as it was."""
    before = folder_state(path.parent)
    with pytest.raises(SessionFileError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message
    for word in words:
        assert word in message
    assert folder_state(path.parent) == before
    return message


# The columns of the meeting table, for views that stand in for it.
_MEETING = (
    "1 AS id, 'A/1' AS symbol, 'en' AS original_language, 'general' AS distribution, "
    "NULL AS issue_date, NULL AS start_date, NULL AS end_date, 'A4' AS page_size"
)
_ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"


# -- SQL of the file is never run ---------------------------------------------------------------


@pytest.mark.parametrize("table", ["meeting", "item"])
def test_an_endless_view_does_not_hang_check(saved: Path, table: str) -> None:
    columns = _MEETING if table == "meeting" else "'x' AS id, NULL AS parent_id, 0 AS position"
    tamper(
        saved,
        f"DROP TABLE {table}",
        f"CREATE VIEW {table} AS {_ENDLESS} SELECT {columns} FROM r WHERE n = 0",
    )
    before = folder_state(saved.parent)
    # In a child process: before the fix this ran in SQLite's C code without end.
    done = subprocess.run(
        [sys.executable, "-m", "agenda_editor", "check", str(saved)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert str(saved) in done.stderr
    assert f"a view ('{table}')" in done.stderr
    assert "unexpected" not in done.stderr
    assert folder_state(saved.parent) == before


CRAFTED: dict[str, tuple[list[str], str]] = {
    "view returning a 900 MB blob": (
        [
            "DROP TABLE meeting",
            "CREATE VIEW meeting AS SELECT " + _MEETING.replace("'A/1'", "zeroblob(900000000)"),
        ],
        "a view ('meeting')",
    ),
    "trigger": (
        ["CREATE TRIGGER spy AFTER INSERT ON item BEGIN SELECT 1; END"],
        "a trigger ('spy')",
    ),
    "virtual table": (["CREATE VIRTUAL TABLE search USING fts5(text)"], "('search')"),
    "generated column": (
        ["ALTER TABLE item ADD COLUMN shout TEXT AS (upper(id))"],
        "a computed column (item.shout)",
    ),
    "expression index under one of our names": (
        [
            "DROP INDEX idx_annotation_item_id_lang",
            "CREATE INDEX idx_annotation_item_id_lang ON annotation(lower(lang))",
        ],
        "an index on an expression ('idx_annotation_item_id_lang')",
    ),
    "partial index under one of our names": (
        [
            "DROP INDEX idx_annotation_item_id_lang",
            "CREATE INDEX idx_annotation_item_id_lang ON annotation(lang) WHERE lang > ''",
        ],
        "a partial index ('idx_annotation_item_id_lang')",
    ),
    "unknown table": (["CREATE TABLE evil (payload BLOB)"], "an unknown table ('evil')"),
    "unknown index": (["CREATE INDEX spare ON item(position)"], "an unknown index ('spare')"),
}


@pytest.mark.parametrize("kind", CRAFTED)
def test_schema_objects_that_are_not_ours_are_refused_before_reading(
    saved: Path, kind: str
) -> None:
    statements, words = CRAFTED[kind]
    tamper(saved, *statements)
    message = refused(saved, words, "crafted")
    assert "\n" not in message


def test_a_recovery_copy_with_its_own_table_still_opens(tmp_path: Path) -> None:
    from agenda_editor.storage.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "recovery")
    path = store.write("k1", rich_meeting(), tmp_path / "m.agenda")
    assert load(path).meeting == rich_meeting()


def test_invalid_utf8_in_sqlites_report_is_our_error(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    name = data.index(b"tableplacementplacement") + len(b"table")
    data[name] = 0xFF  # the first letter of the name of a table in the schema
    saved.write_bytes(bytes(data))
    refused(saved, "is damaged (SQLite reports: malformed database schema")


def test_a_read_that_runs_too_long_is_given_up(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(
        saved,
        "INSERT INTO item (id, parent_id, position) "
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 200000) "
        "SELECT 'many' || n, NULL, 100 + n FROM r",
    )
    monkeypatch.setattr(untrusted, "READ_TIME_LIMIT", 0.05)
    refused(saved, "took more than 0.05 seconds to read", "damaged or was crafted")


def test_an_oversized_value_is_refused_not_loaded(saved: Path) -> None:
    size = untrusted.MAX_VALUE_BYTES + 1
    tamper(
        saved, f"UPDATE item_title SET text = printf('%.*c', {size}, 'x') WHERE item_id = 'open'"
    )
    refused(saved, "holds a value of more than 4 MB")


# -- journals: reading never writes beside the file, leftovers are reported ---------------------


def make_wal_file(path: Path, *, leave_wal: bool) -> None:
    """A session file switched to WAL by another tool; with ``leave_wal``, a change still in
    its ``-wal`` (as when that tool was killed)."""
    tamper(path, "PRAGMA journal_mode = WAL")
    if not leave_wal:
        return
    copy = path.with_name("writer") / path.name
    copy.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meeting SET symbol = 'CHANGED/IN/WAL'")
    conn.commit()
    # Keep the file and its -wal as they are at this moment, then let this writer go.
    shutil.copy(path, copy)
    shutil.copy(path.with_name(path.name + "-wal"), copy.with_name(path.name + "-wal"))
    conn.close()
    os.replace(copy, path)
    os.replace(copy.with_name(path.name + "-wal"), path.with_name(path.name + "-wal"))
    copy.parent.rmdir()


def test_a_wal_file_is_read_without_creating_anything_beside_it(saved: Path) -> None:
    make_wal_file(saved, leave_wal=False)
    assert saved.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL
    before = folder_state(saved.parent)
    assert load(saved).meeting == rich_meeting()
    assert folder_state(saved.parent) == before  # no -shm, no -wal


def test_a_leftover_wal_is_reported_and_left_as_it_is(saved: Path) -> None:
    make_wal_file(saved, leave_wal=True)
    wal = saved.with_name(saved.name + "-wal")
    assert wal.stat().st_size > 0
    message = refused(saved, f"“{wal.name}”", "neither applies nor deletes")
    assert "was not opened" in message
    assert not saved.with_name(saved.name + "-shm").exists()


def test_a_leftover_rollback_journal_is_reported(saved: Path) -> None:
    journal = saved.with_name(saved.name + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    refused(saved, f"“{journal.name}”", "neither applies nor deletes")


def test_an_empty_journal_is_no_obstacle(saved: Path) -> None:
    saved.with_name(saved.name + "-journal").write_bytes(b"")
    assert load(saved).meeting == rich_meeting()


def test_checking_and_exporting_leave_the_folder_unchanged(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_wal_file(saved, leave_wal=False)
    before = folder_state(saved.parent)
    out = tmp_path.with_name(tmp_path.name + "-out")
    out.mkdir()
    assert main(["check", str(saved)]) == 0
    assert main(["export", str(saved), "-o", str(out / "copy.json")]) == 0
    assert main(["export", str(saved), "-o", str(out / "copy.agenda")]) == 0
    assert folder_state(saved.parent) == before
    capsys.readouterr()


def test_saving_still_works_over_a_file_read_this_way(saved: Path) -> None:
    opened = load(saved)
    opened.meeting.symbol = "XYZ/WG.9/2031/1/Rev.1"
    save(opened.meeting, saved, expected=opened.fingerprint)
    assert load(saved).meeting.symbol == "XYZ/WG.9/2031/1/Rev.1"


# -- content: the same checks as the JSON reader ------------------------------------------------


def deep_chain(path: Path, levels: int) -> None:
    tamper(
        path,
        "INSERT INTO item (id, parent_id, position) "
        f"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < {levels}) "
        "SELECT 'deep' || n, CASE n WHEN 1 THEN NULL ELSE 'deep' || (n - 1) END, 99 FROM r",
    )


@pytest.mark.parametrize("command", ["check", "export-json", "export-agenda"])
def test_a_3000_level_tree_is_refused_not_a_crash(
    saved: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    deep_chain(saved, 3000)
    argv = {
        "check": ["check", str(saved)],
        "export-json": ["export", str(saved), "-o", str(tmp_path / "out.json")],
        "export-agenda": ["export", str(saved), "-o", str(tmp_path / "out.agenda")],
    }[command]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert str(saved) in error
    assert f"too deep: the agenda has at most {MAX_DEPTH} levels of items" in error
    assert "unexpected" not in error
    assert len(error) < 400  # the place is named at the first level too deep, not 3,000 deep
    assert not (tmp_path / "out.json").exists()
    assert not (tmp_path / "out.agenda").exists()


def test_a_language_that_is_a_path_never_reaches_a_file_name(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(
        saved,
        "INSERT INTO meeting_language VALUES (9, '../../x')",
        "INSERT INTO meeting_text VALUES ('title', '../../x', 'T')",
    )
    out = tmp_path / "pdf"
    out.mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["export", str(saved), "-o", str(out / "a.pdf"), "--lang", "all"]) == 2
    error = capsys.readouterr().err
    assert '"../../x" is not a UN language code' in error
    assert "unexpected" not in error
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


CONTENT: dict[str, tuple[list[str], str]] = {
    "item title in an unknown language": (
        ["UPDATE item_title SET lang = 'xx' WHERE item_id = 'open' AND lang = 'fr'"],
        '.title.xx: "xx" is not a UN language code',
    ),
    "annotation in an unknown language": (
        ["UPDATE annotation SET lang = 'klingon' WHERE item_id = 'officers' AND lang = 'fr'"],
        '"klingon" is not a UN language code',
    ),
    "original language unknown": (
        ["UPDATE meeting SET original_language = 'EN'"],
        'meeting.original_language: "EN" is not a UN language code',
    ),
    "date without dashes": (
        ["UPDATE meeting SET start_date = '20310407'"],
        "first day is not a valid date (expected a date as YYYY-MM-DD",
    ),
    "week date": (
        ["UPDATE day SET date = '2031-W15-1' WHERE position = 0"],
        "expected a date as YYYY-MM-DD",
    ),
    "negative meetings per day": (
        ["UPDATE timetable SET max_slots_per_day = -3"],
        "timetable.max_slots_per_day: expected a whole number of 0 or more, got -3",
    ),
    "blank item id": (
        [
            "UPDATE placement SET item_id = ' ' WHERE item_id = 'close'",
            "UPDATE item_title SET item_id = ' ' WHERE item_id = 'close'",
            "UPDATE item SET id = ' ' WHERE id = 'close'",
        ],
        "items[2].id: an id cannot be empty",
    ),
    "text that is not UTF-8": (
        ["UPDATE item_title SET text = CAST(X'4F70656EED' AS TEXT) WHERE item_id = 'open'"],
        "cannot be read",
    ),
    "lone surrogate written as CESU-8": (
        ["UPDATE item_title SET text = CAST(X'EDA080' AS TEXT) WHERE item_id = 'open'"],
        "cannot be read",
    ),
}


@pytest.mark.parametrize("kind", CONTENT)
def test_content_is_checked_as_json_is(saved: Path, kind: str) -> None:
    statements, words = CONTENT[kind]
    tamper(saved, *statements)
    refused(saved, "inconsistent content", words)
