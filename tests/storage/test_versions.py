"""Named versions inside the session file: kept through open, save, Save As and recovery,
upgraded from older files, and refused with a message when damaged or crafted."""

from __future__ import annotations

import copy
import datetime as dt
import os
import sqlite3
import zlib
from pathlib import Path

import pytest

from agenda_editor.core.model import Meeting
from agenda_editor.storage import migrations
from agenda_editor.storage.errors import ExternalChangeError, SessionFileError
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.schema import create_base_schema, user_version
from agenda_editor.storage.session import load, replace_versions, save
from agenda_editor.storage.versions import (
    MAX_NAME_LENGTH,
    MAX_VERSIONS,
    SavedVersion,
    VersionError,
    check_name,
    make_version,
    read_version,
)
from tests.storage.test_bodies_file import write_version_1_file

WHEN = dt.datetime(2031, 4, 7, 8, 15, tzinfo=dt.UTC)


def edited(meeting: Meeting) -> Meeting:
    later = copy.deepcopy(meeting)
    later.items[0].title["en"] = "Opening of the resumed session"
    later.symbol += "/Rev.1"
    return later


def test_a_version_gives_back_the_meeting_as_it_was(meeting: Meeting) -> None:
    version = make_version(meeting, "  sent to the Bureau ", WHEN)
    meeting.symbol = "changed afterwards"
    assert version.name == "sent to the Bureau"
    assert version.created == WHEN
    assert version.meeting().symbol != "changed afterwards"
    assert version.meeting() == load_like(version)


def load_like(version: SavedVersion) -> Meeting:
    return read_version(version.data)


def test_versions_survive_save_open_save_and_save_as(meeting: Meeting, tmp_path: Path) -> None:
    first = make_version(meeting, "sent to the Bureau", WHEN)
    later = edited(meeting)
    second = make_version(later, "Rev.1", WHEN + dt.timedelta(days=3))
    path = tmp_path / "session.agenda"
    save(later, path, versions=[first, second])
    loaded = load(path)
    assert loaded.meeting == later
    assert [(v.name, v.created) for v in loaded.versions] == [
        ("sent to the Bureau", WHEN),
        ("Rev.1", WHEN + dt.timedelta(days=3)),
    ]
    assert loaded.versions[0].meeting() == meeting
    assert loaded.versions[1].meeting() == later
    # Saved again (as the window does) and under another name: the versions stay, byte for byte.
    save(loaded.meeting, path, loaded.fingerprint, versions=loaded.versions)
    other = tmp_path / "copy.agenda"
    save(load(path).meeting, other, versions=load(path).versions)
    assert load(other).versions == loaded.versions


def test_a_file_saved_without_versions_has_none(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "plain.agenda"
    save(meeting, path)
    assert load(path).versions == []


def test_recovery_copies_keep_the_versions(meeting: Meeting, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    version = make_version(meeting, "submitted", WHEN)
    store.write("k1", edited(meeting), tmp_path / "session.agenda", [version])
    (entry,) = store.entries()
    recovered = entry.load()
    assert recovered.meeting == edited(meeting)
    assert recovered.versions == [version]


def test_deleting_a_version_keeps_the_meeting_on_disk(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "session.agenda"
    versions = [make_version(meeting, "one", WHEN), make_version(meeting, "two", WHEN)]
    fingerprint = save(meeting, path, versions=versions)
    new_fingerprint = replace_versions(path, fingerprint, versions[1:])
    loaded = load(path)
    assert loaded.fingerprint == new_fingerprint
    assert [v.name for v in loaded.versions] == ["two"]
    assert loaded.meeting == meeting
    # Someone else changed the file meanwhile: nothing is written.
    save(edited(meeting), path)
    with pytest.raises(ExternalChangeError):
        replace_versions(path, new_fingerprint, [])
    assert [v.name for v in load(path).versions] == []  # the other save had none


def test_names_of_versions_are_checked() -> None:
    assert check_name("Rev.1") is None
    assert check_name("نسخة أُرسلت إلى المكتب") is None

    def said(name: str) -> str:
        problem = check_name(name)
        return problem.english() if problem else ""

    assert "needs a name" in said("   ")
    assert str(MAX_NAME_LENGTH) in said("x" * (MAX_NAME_LENGTH + 1))
    assert "one line" in said("two\nlines")
    with pytest.raises(VersionError, match="needs a name"):
        make_version(Meeting(symbol="A/1", original_language="en"), "")


# -- older files -------------------------------------------------------------------------------


def test_a_version_1_file_opens_without_versions_and_saves_with_the_table(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.agenda"
    write_version_1_file(path)
    loaded = load(path)
    assert loaded.file_version == 1 and loaded.versions == []
    version = make_version(loaded.meeting, "first", WHEN)
    save(loaded.meeting, path, loaded.fingerprint, versions=[version])
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == migrations.MIGRATIONS.latest
        assert conn.execute("SELECT name FROM snapshot").fetchall() == [("first",)]
    finally:
        conn.close()
    assert load(path).versions[0].meeting() == loaded.meeting


def test_a_version_2_file_is_upgraded_in_memory_only(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "v2.agenda"
    older = migrations.Migrations()
    for step in (1,):
        older.register(step)(migrations.MIGRATIONS._steps[step])
    conn = sqlite3.connect(path)
    create_base_schema(conn)
    older.upgrade(conn)
    conn.executescript(
        """
        INSERT INTO meeting VALUES (1, 'ABC/1', 'en', 'general', NULL, NULL, NULL, 'A4');
        INSERT INTO meeting_language VALUES (0, 'en');
        INSERT INTO timetable VALUES (1, 2);
        """
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    loaded = load(path)
    assert loaded.file_version == 2 and loaded.versions == []
    assert loaded.meeting.symbol == "ABC/1"
    assert path.read_bytes() == before


def test_a_version_made_by_an_older_program_is_upgraded_when_read() -> None:
    # The meeting of a version stored at schema version 1 (no bodies, no versions table).
    conn = sqlite3.connect(":memory:")
    create_base_schema(conn)
    conn.executescript(
        """
        INSERT INTO meeting VALUES (1, 'ABC/WG.1/2025/1', 'en', 'general', NULL, NULL, NULL, 'A4');
        INSERT INTO meeting_language VALUES (0, 'en');
        INSERT INTO item VALUES ('open', NULL, 0);
        INSERT INTO item_title VALUES ('open', 'en', 'Opening of the session');
        INSERT INTO timetable VALUES (1, 2);
        """
    )
    conn.commit()
    data = zlib.compress(conn.serialize())
    conn.close()
    meeting = read_version(data)
    assert meeting.item("open").title == {"en": "Opening of the session"}
    assert [body.id for body in meeting.timetable.bodies] == ["plenary"]


# -- damaged and crafted versions --------------------------------------------------------------


def raw_rows(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_too_many_versions_refuse_the_file(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "many.agenda"
    version = make_version(meeting, "v", WHEN)
    save(meeting, path, versions=[version] * (MAX_VERSIONS + 1))
    with pytest.raises(SessionFileError, match=f"keeps {MAX_VERSIONS + 1} versions"):
        load(path)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("UPDATE snapshot SET name = ''", "no proper name"),
        ("UPDATE snapshot SET encoding = 'pickle'", "stored in an unknown way"),
        ("UPDATE snapshot SET meeting = 'text'", "holds no meeting"),
        ("UPDATE snapshot SET created = 'yesterday'", "no proper date"),
    ],
)
def test_a_row_that_is_not_a_version_refuses_the_file(
    meeting: Meeting, tmp_path: Path, change: str, words: str
) -> None:
    path = tmp_path / "crafted.agenda"
    save(meeting, path, versions=[make_version(meeting, "v", WHEN)])
    raw_rows(path, change)
    with pytest.raises(SessionFileError, match=words):
        load(path)


def compressed_database(*statements: str) -> bytes:
    conn = sqlite3.connect(":memory:")
    create_base_schema(conn)
    migrations.MIGRATIONS.upgrade(conn)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    data = zlib.compress(conn.serialize())
    conn.close()
    return data


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"not compressed at all", "cannot be uncompressed"),
        (zlib.compress(b"\0" * (65 * 1024 * 1024)), "larger than 67 MB"),
        (zlib.compress(b"SQLite format 3\0" + b"\0" * 200), "does not hold an Agenda Editor"),
        (zlib.compress(b"plain text"), "does not hold a meeting"),
        (zlib.compress(b"x")[:-3], "cut short"),
        (compressed_database("CREATE VIEW v AS SELECT 1"), "contains a view"),
        (
            compressed_database(
                "INSERT INTO snapshot VALUES "
                "(0, 'inner', '2031-01-01', 'agenda-session+zlib', x'00')"
            ),
            "holds versions of its own",
        ),
        (compressed_database(), "inconsistent"),  # no meeting row
    ],
)
def test_a_damaged_version_is_refused_with_a_message(data: bytes, words: str) -> None:
    with pytest.raises(VersionError, match=words):
        read_version(data)


def test_a_damaged_version_does_not_stop_the_file_from_opening(
    meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "one bad.agenda"
    good = make_version(meeting, "good", WHEN)
    save(meeting, path, versions=[good, SavedVersion("bad", WHEN, b"garbage")])
    loaded = load(path)
    assert loaded.meeting == meeting
    assert loaded.versions[0].meeting() == meeting
    with pytest.raises(VersionError):
        loaded.versions[1].meeting()


def with_header_version(data: bytes, version: int) -> bytes:
    """A compressed version whose header says it is of schema ``version``."""
    database = bytearray(zlib.decompress(data))
    database[60:64] = version.to_bytes(4, "big")
    return zlib.compress(bytes(database))


def refusal(data: bytes) -> str:
    with pytest.raises(VersionError) as refused:
        read_version(data)
    return str(refused.value)


def test_a_version_this_program_cannot_read_is_refused_in_words_about_a_version(
    meeting: Meeting,
) -> None:
    data = make_version(meeting, "v", WHEN).data
    latest = migrations.MIGRATIONS.latest
    assert refusal(with_header_version(data, latest + 1)) == (
        f"it was made by a newer version of Agenda Editor (format {latest + 1}; this version "
        f"reads formats up to {latest})"
    )
    assert refusal(with_header_version(data, 0)) == "it has an unknown format (0)"
    cut = zlib.compress(zlib.decompress(data)[:60])
    assert refusal(cut) == "it is damaged (it does not hold a meeting)"
    nested = compressed_database(
        "INSERT INTO snapshot VALUES (0, 'inner', '2031-01-01', 'agenda-session+zlib', x'00')"
    )
    assert refusal(nested) == "it is damaged (it holds versions of its own)"


def meeting_rows(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table but the versions', as stored."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name != "snapshot"
        ]
        return [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()) for t in tables]
    finally:
        conn.close()


def test_replacing_versions_writes_only_the_versions(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "session.agenda"
    versions = [make_version(meeting, "one", WHEN), make_version(edited(meeting), "two", WHEN)]
    fingerprint = save(meeting, path, versions=versions)
    rows = meeting_rows(path)
    size = path.stat().st_size
    replace_versions(path, fingerprint, versions[:1])
    assert meeting_rows(path) == rows
    assert path.stat().st_size < size  # the deleted version's space is given back
    loaded = load(path)
    assert loaded.meeting == meeting and loaded.versions == versions[:1]
    assert os.listdir(tmp_path) == [path.name]  # nothing left beside it


def test_replacing_the_versions_of_an_older_file_upgrades_it(
    meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "old.agenda"
    write_version_1_file(path)
    before = load(path)
    version = make_version(meeting, "kept", WHEN)
    replace_versions(path, before.fingerprint, [version])
    after = load(path)
    assert after.meeting == before.meeting and after.versions == [version]
    assert after.file_version == migrations.MIGRATIONS.latest


def test_replacing_the_versions_of_a_crafted_file_runs_none_of_its_sql(
    meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "crafted.agenda"
    save(meeting, path, versions=[make_version(meeting, "v", WHEN)])
    raw_rows(path, "CREATE TRIGGER t AFTER DELETE ON snapshot BEGIN SELECT 1; END")
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="contains a trigger"):
        replace_versions(path, None, [])
    assert path.read_bytes() == before


def test_replacing_versions_beside_an_unfinished_journal_writes_nothing(
    meeting: Meeting, tmp_path: Path
) -> None:
    path = tmp_path / "plain.agenda"
    save(meeting, path, versions=[make_version(meeting, "v", WHEN)])
    before = path.read_bytes()
    (tmp_path / "plain.agenda-journal").write_bytes(b"unfinished changes")
    with pytest.raises(SessionFileError, match=r"plain\.agenda-journal"):
        replace_versions(path, None, [])
    assert path.read_bytes() == before
