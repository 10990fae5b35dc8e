"""The fuzz corpus of both readers and the harness that runs one input through its reader.

:func:`session_corpus` and :func:`json_corpus` build, from a real meeting, the inputs that the
campaign of issue 10 found or that a hostile or damaged file can hold: damaged headers and
pages, views, triggers, virtual tables, journals left beside a file, deep trees, odd language
codes, invalid UTF-8, lone surrogates, odd numbers and dates. :func:`mutate_session` and
:func:`mutate_json` change a real file at random (given a ``random.Random``), for the
hypothesis tests and for ``benchmarks/fuzz_readers.py``.

:func:`read_case` writes one case into an empty folder, reads it with its reader and checks what
every input must give: the meeting, or our own error (``SessionFileError``, ``InterchangeError``)
naming the file; within :data:`TIME_GUARD` seconds; the folder byte for byte as it was. A meeting
that is read must also work afterwards (``check``, JSON export, writing it as a session). A
case that hangs in C code cannot be stopped from Python: :func:`time_guard` then ends the whole
process with a traceback, so that a hang fails the run instead of blocking it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agenda_editor.core.rules import check
from agenda_editor.interchange import InterchangeError, dumps_json, load_json
from agenda_editor.storage.codec import write_meeting
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.session import load, save
from tests import factories

#: A single read (with the checks after it) that takes longer fails; the session reader gives
#: up by itself after ``untrusted.READ_TIME_LIMIT`` (5 s); this leaves room for a loaded machine.
TIME_GUARD = 20.0

#: After this long the process is ended with a traceback: a read that hangs in SQLite's C code.
HANG_GUARD = 120.0

Files = dict[str, bytes]


@dataclass(frozen=True)
class Outcome:
    """What reading one case gave: ``"read"`` or ``"refused"``, how long it took, the message."""

    result: str
    seconds: float
    message: str = ""


class Escaped(AssertionError):
    """A reader broke a promise: another error type, too slow, or it changed the folder."""


@contextlib.contextmanager
def time_guard(seconds: float = HANG_GUARD) -> Iterator[None]:
    """End the process with a traceback if the block runs longer than ``seconds``."""
    faulthandler.dump_traceback_later(seconds, exit=True, file=sys.stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        child.name: (child.read_bytes(), child.stat().st_mtime_ns)
        for child in sorted(folder.iterdir())
        if child.is_file()
    }


def read_case(folder: Path, main: str, files: Files) -> Outcome:
    """Write ``files`` into the empty ``folder`` and read ``main`` (``.agenda`` or ``.json``)."""
    for name, data in files.items():
        (folder / name).write_bytes(data)
    path = folder / main
    before = folder_state(folder)
    start = time.monotonic()
    try:
        with time_guard():
            meeting = load(path).meeting if main.endswith(".agenda") else load_json(path)
    except (SessionFileError, InterchangeError) as error:
        outcome = Outcome("refused", time.monotonic() - start, str(error))
        if str(path) not in outcome.message:
            raise Escaped(
                f"{main}: the message does not name the file: {outcome.message}"
            ) from None
    except Exception as error:
        raise Escaped(f"{main}: {type(error).__name__} escaped: {error}") from error
    else:
        outcome = Outcome("read", time.monotonic() - start)
        _use(meeting, folder)
    if outcome.seconds > TIME_GUARD:
        raise Escaped(f"{main}: reading took {outcome.seconds:.1f} s")
    if folder_state(folder) != before:
        raise Escaped(f"{main}: reading changed the folder")
    return outcome


def _use(meeting: Any, folder: Path) -> None:
    """What a user does next with a meeting that was read: nothing of it may break."""
    try:
        with time_guard():
            check(meeting)
            with contextlib.suppress(InterchangeError):  # broken markup is refused in JSON
                dumps_json(meeting)
            with contextlib.closing(sqlite3.connect(":memory:")) as copy:
                write_meeting(copy, meeting)  # what a save writes, without the disk
    except Exception as error:
        raise Escaped(
            f"a meeting that was read then broke: {type(error).__name__}: {error}"
        ) from error


def run_case(main: str, files: Files, parent: Path | None = None) -> Outcome:
    """:func:`read_case` in a fresh temporary folder."""
    with tempfile.TemporaryDirectory(dir=parent) as folder:
        return read_case(Path(folder), main, files)


# -- real files ---------------------------------------------------------------------------------


def real_session() -> bytes:
    """The sample meeting saved as a session file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.agenda"
        save(factories.sample_meeting(), path)
        return path.read_bytes()


def real_json() -> bytes:
    return dumps_json(factories.sample_meeting()).encode("utf-8")


def _with_sql(data: bytes, *statements: str, wal: bool = False, may_fail: bool = False) -> Files:
    """The session file ``data`` changed by SQL, as another SQLite tool would change it; with
    ``wal``, the last change stays in a ``-wal`` beside the file. With ``may_fail``, a change
    that a constraint refuses (a NULL in a NOT NULL column) gives an empty result."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.agenda"
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            if wal:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA wal_autocheckpoint = 0")
            for statement in statements:
                try:
                    conn.execute(statement)
                except sqlite3.IntegrityError:
                    if not may_fail:
                        raise
                    return {}
            conn.commit()
            files = {
                name: (Path(folder) / name).read_bytes()
                for name in ("m.agenda", "m.agenda-wal")
                if (Path(folder) / name).exists()
            }
        finally:
            conn.close()
        return files


def _patched(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


# -- the session corpus ------------------------------------------------------------------------

_ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
_MEETING_COLUMNS = (
    "1 AS id, {symbol} AS symbol, 'en' AS original_language, 'general' AS distribution, "
    "NULL AS issue_date, NULL AS start_date, NULL AS end_date, 'A4' AS page_size"
)
ODD_LANGUAGES = ("../../x", "", "EN", "en ", "x" * 300, "\u202een", "con", "fr-CA", "ar\x00")
ODD_TEXTS_SQL = ("X'FF'", "X'4F70656EED'", "X'EDA080'", "X'EDB080'", "X'C0AF'", "X'F4908080'")
ODD_VALUES_SQL = (
    "NULL", "-1", "9223372036854775807", "-9223372036854775808", "1.5", "'two'", "''",
    "X'00'", "'../../x'", "'ghost'", "'2031-02-30'", "'20310407'", "'2031-W15-1'", "'25:61'",
)  # fmt: skip


def session_corpus() -> dict[str, Files]:
    """Named session-file inputs; the main file of each is ``m.agenda``."""
    data = real_session()
    page = int.from_bytes(data[16:18], "big")
    cases: dict[str, Files] = {}

    def add(name: str, files: Files | bytes) -> None:
        if files:
            cases[name] = {"m.agenda": files} if isinstance(files, bytes) else files

    # damaged headers
    for value in (0, 1, 3, 513, 1024, 65535):
        add(f"header page size {value}", _patched(data, 16, value.to_bytes(2, "big")))
    for offset, patch, what in (
        (18, b"\x03\x03", "write and read versions 3"),
        (20, b"\xff", "reserved space 255"),
        (21, b"\x00\x00\x00", "payload fractions 0"),
        (24, b"\xff\xff\xff\xff", "change counter"),
        (28, b"\xff\xff\xff\xff", "page count huge"),
        (28, b"\x00\x00\x00\x00", "page count 0"),
        (32, b"\x00\x00\x00\x63", "freelist trunk page 99"),
        (36, b"\x7f\xff\xff\xff", "freelist count huge"),
        (44, b"\x00\x00\x00\x63", "schema format 99"),
        (56, b"\x00\x00\x00\x02", "text encoding UTF-16"),
        (56, b"\x00\x00\x00\x63", "text encoding 99"),
        (60, b"\x00\x00\x00\x00", "user version 0"),
        (60, b"\x7f\xff\xff\xff", "user version huge"),
        (68, b"AGEE", "application id off by one"),
        (92, b"\x00\x00\x00\x00", "version-valid-for 0"),
    ):
        add(f"header {what}", _patched(data, offset, patch))
    for size in (16, 99, 100, 512, page, page + 1, len(data) // 2, len(data) - 1):
        add(f"truncated to {size} bytes", data[:size])
    add("garbage appended", data + b"\x00garbage" * 100)
    for number in range(len(data) // page):
        add(f"page {number + 1} zeroed", _patched(data, number * page, bytes(page)))
        garbage = random.Random(number).randbytes(page - 100)
        add(f"page {number + 1} scribbled", _patched(data, number * page + 100, garbage))

    # SQL of the file
    meeting_view = _MEETING_COLUMNS.format(symbol="'A/1'")
    add("endless view for meeting", _with_sql(
        data, "DROP TABLE meeting",
        f"CREATE VIEW meeting AS {_ENDLESS} SELECT {meeting_view} FROM r WHERE n = 0",
    ))  # fmt: skip
    add("endless view for item", _with_sql(
        data, "DROP TABLE item",
        f"CREATE VIEW item AS {_ENDLESS} SELECT 'x' AS id, NULL AS parent_id, 0 AS position "
        "FROM r WHERE n = 0",
    ))  # fmt: skip
    add("view returning a 900 MB blob", _with_sql(
        data, "DROP TABLE meeting",
        "CREATE VIEW meeting AS SELECT " + _MEETING_COLUMNS.format(symbol="zeroblob(900000000)"),
    ))  # fmt: skip
    add("view of an unknown function", _with_sql(
        data, "DROP TABLE meeting",
        "CREATE VIEW meeting AS SELECT " + _MEETING_COLUMNS.format(symbol="no_such_function()"),
    ))  # fmt: skip
    add("trigger", _with_sql(data, "CREATE TRIGGER t AFTER INSERT ON item BEGIN SELECT 1; END"))
    for module in ("fts5(x)", "fts4(x)", "rtree(id, a, b)"):
        add(f"virtual table {module}", _with_sql(data, f"CREATE VIRTUAL TABLE v USING {module}"))
    add("generated column", _with_sql(data, "ALTER TABLE item ADD COLUMN g AS (upper(id))"))
    add("expression index", _with_sql(data, "CREATE INDEX e ON item(lower(id))"))
    add("unknown table", _with_sql(data, "CREATE TABLE evil (x)"))
    add("statistics of ANALYZE", _with_sql(data, "ANALYZE"))
    add("check constraint that would allocate 1 GB", _with_sql(
        data, "DROP TABLE timetable",
        "CREATE TABLE timetable (id INTEGER PRIMARY KEY, max_slots_per_day INTEGER NOT NULL "
        "CHECK (length(printf('%.*c', 1000000000, 'x')) > 0))",
        "PRAGMA ignore_check_constraints = ON",
        "INSERT INTO timetable VALUES (1, 2)",
    ))  # fmt: skip

    # journals left beside the file
    add("leftover -wal", _with_sql(data, "UPDATE meeting SET symbol = 'W/1'", wal=True))
    add("WAL flag, no -wal", _with_sql(data, "PRAGMA journal_mode = WAL"))
    add("garbage -wal", {"m.agenda": data, "m.agenda-wal": random.Random(1).randbytes(5000)})
    add("hot -journal", {"m.agenda": data, "m.agenda-journal": _hot_journal(page)})
    add("garbage -journal", {"m.agenda": data, "m.agenda-journal": b"\x01" * 600})
    add("lone -shm", {"m.agenda": data, "m.agenda-shm": bytes(32768)})

    # deep and odd trees
    for levels in (5, 3000, 20_000):
        add(f"chain of {levels} levels", _with_sql(
            data,
            "INSERT INTO item (id, parent_id, position) WITH RECURSIVE r(n) AS (SELECT 1 UNION "
            f"ALL SELECT n + 1 FROM r WHERE n < {levels}) SELECT 'deep' || n, CASE n WHEN 1 "
            "THEN NULL ELSE 'deep' || (n - 1) END, 99 FROM r",
        ))  # fmt: skip
    add("5,000 top-level items", _with_sql(
        data,
        "INSERT INTO item (id, parent_id, position) WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
        "SELECT n + 1 FROM r WHERE n < 5000) SELECT 'wide' || n, NULL, 99 + n FROM r",
    ))  # fmt: skip
    add("a cycle of two items", _with_sql(
        data, "UPDATE item SET parent_id = 'open' WHERE id = 'org'",
    ))  # fmt: skip

    # odd language codes, texts, values
    for code in ODD_LANGUAGES:
        for table, statement in (
            ("meeting_language", f"INSERT INTO meeting_language VALUES (9, {_sql(code)})"),
            ("item_title", f"UPDATE item_title SET lang = {_sql(code)} WHERE lang = 'fr'"),
            ("annotation", f"UPDATE annotation SET lang = {_sql(code)} WHERE lang = 'fr'"),
            ("meeting", f"UPDATE meeting SET original_language = {_sql(code)}"),
        ):
            add(f"language {code!r} in {table}", _with_sql(data, statement))
    for raw in ODD_TEXTS_SQL:
        add(f"bytes {raw} as a title", _with_sql(
            data, f"UPDATE item_title SET text = CAST({raw} AS TEXT) WHERE item_id = 'open'"
        ))  # fmt: skip
        add(f"bytes {raw} as the symbol", _with_sql(
            data, f"UPDATE meeting SET symbol = CAST({raw} AS TEXT)"
        ))  # fmt: skip
    for table, column in _COLUMNS:
        for odd in ODD_VALUES_SQL:
            add(f"{table}.{column} = {odd}", _with_sql(
                data, f"UPDATE {table} SET {column} = {odd} WHERE rowid = (SELECT min(rowid) "
                f"FROM {table})", may_fail=True,
            ))  # fmt: skip
    add("a 5 MB title", _with_sql(
        data, "UPDATE item_title SET text = printf('%.*c', 5000000, 'x') WHERE item_id = 'open'"
    ))  # fmt: skip
    return cases


#: Columns of a session file that the corpus fills with odd values.
_COLUMNS = (
    ("meeting", "symbol"), ("meeting", "distribution"), ("meeting", "issue_date"),
    ("meeting", "start_date"), ("meeting", "page_size"), ("meeting", "id"),
    ("item", "id"), ("item", "parent_id"), ("item", "position"),
    ("item_title", "item_id"), ("annotation", "item_id"), ("annotation_paragraph", "markup"),
    ("annotation_paragraph", "annotation_id"), ("document", "symbol"), ("document", "item_id"),
    ("timetable", "max_slots_per_day"), ("day", "date"), ("day", "max_slots"),
    ("slot", "start_time"), ("slot", "end_time"), ("slot", "day_id"), ("slot", "body_id"),
    ("placement", "item_id"), ("placement", "slot_id"), ("body", "id"), ("body_name", "lang"),
)  # fmt: skip


def _sql(text: str) -> str:
    """``text`` as an SQL literal (a NUL, which cannot be in a statement, as ``char(0)``)."""
    return " || char(0) || ".join(
        "'" + part.replace("'", "''") + "'" for part in text.split("\x00")
    )


def _hot_journal(page: int) -> bytes:
    """A rollback journal header that SQLite would take as hot (its magic and one record)."""
    header = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + (1).to_bytes(4, "big") + bytes(12)
    header += (512).to_bytes(4, "big") + page.to_bytes(4, "big")
    return header.ljust(512, b"\x00") + (1).to_bytes(4, "big") + bytes(page) + bytes(4)


# -- the JSON corpus ----------------------------------------------------------------------------


def _nested_items(levels: int) -> list[Any]:
    """Items nested ``levels`` deep, one per level."""
    items: list[Any] = [{"id": f"deep{levels}"}]
    for level in range(levels - 1, 0, -1):
        items = [{"id": f"deep{level}", "children": items}]
    return items


def json_corpus() -> dict[str, Files]:
    """Named JSON inputs; the main file of each is ``m.json``."""
    text = real_json().decode("utf-8")
    doc = json.loads(text)
    cases: dict[str, Files] = {}

    def add(name: str, content: str | bytes | dict[str, Any]) -> None:
        if isinstance(content, dict):
            content = json.dumps(content)  # ASCII: lone surrogates as \\udxxx escapes
        data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        cases[name] = {"m.json": data}

    for size in (0, 1, 10, len(text) // 3, len(text) // 2, len(text) - 1):
        add(f"truncated to {size} characters", text[:size])
    add("BOM", "\ufeff" + text)
    add("two BOMs", "\ufeff\ufeff" + text)
    add("UTF-16", text.encode("utf-16"))
    add("Latin-1", text.replace("Meeting", "Réunion").encode("latin-1", "replace"))
    add("invalid UTF-8 byte", text.encode("utf-8").replace(b"Opening", b"Open\xffing"))
    add("CESU-8 surrogate bytes", text.encode("utf-8").replace(b"Opening", b"Open\xed\xa0\x80"))
    add("NUL byte", text.replace("Opening", "Open\x00ing"))
    add("NaN", text.replace('"max_slots_per_day": 2', '"max_slots_per_day": NaN'))
    add(
        "5,000-digit number",
        text.replace('"max_slots_per_day": 2', '"max_slots_per_day": ' + "9" * 5000),
    )
    add("1e999", text.replace('"max_slots_per_day": 2', '"max_slots_per_day": 1e999'))
    add("nested lists 100,000 deep", "[" * 100_000 + "]" * 100_000)
    changed = json.loads(text)
    changed["items"] = _nested_items(5)
    changed.pop("timetable", None)
    add("chain of 5 levels", changed)
    # Too deep for json.dumps: written by hand.
    chain = '{"id": "deep%d", "children": [' * 3000 % tuple(range(3000)) + "]}" * 3000
    head = text[: text.index('"items": [') + len('"items": [')]
    add("chain of 3000 levels", head + chain + "]}")
    for code in (*ODD_LANGUAGES, "\ud800"):
        changed = json.loads(text)
        changed["items"][0]["title"] = {code: "Title"}
        add(f"language {code!r} in a title", changed)
        changed = json.loads(text)
        changed["meeting"]["languages"] = ["en", code]
        add(f"language {code!r} in the languages", changed)
    for where in ("symbol", "title", "id", "key"):
        changed = json.loads(text)
        if where == "symbol":
            changed["meeting"]["symbol"] = "A/\ud800"
        elif where == "title":
            changed["items"][0]["title"] = "Lone \udfff"
        elif where == "id":
            changed["items"][0]["id"] = "\ud83d"
        else:
            changed["meeting"]["\ud800"] = 1
        add(f"lone surrogate in the {where}", changed)
    changed = json.loads(text)
    changed["items"][0]["title"] = "Emoji \U0001f600 pair"
    add("a surrogate pair (valid)", changed)
    changed = json.loads(text)
    changed["items"][0]["title"] = "x" * 1_000_001
    add("a 1,000,001-character title", changed)
    limits: tuple[object, ...] = (None, -1, 2**63, 1.5, True, "2", [], {})
    for limit in limits:
        changed = json.loads(text)
        changed["timetable"]["max_slots_per_day"] = limit
        add(f"max_slots_per_day {limit!r}", changed)
    for value in ("2031-02-30", "20310407", "2031-W15-1", "", "0000-01-01", "9999-12-31"):
        changed = json.loads(text)
        changed["meeting"]["start"] = value
        add(f"date {value!r}", changed)
    add("duplicate keys", text.replace('"symbol":', '"symbol": "X", "symbol":', 1))
    del doc
    return cases


# -- random mutation of real files --------------------------------------------------------------


def mutate_session(data: bytes, rng: random.Random) -> Files:
    """A random damage of a real session file: bytes, pages, header fields or SQL."""
    page = int.from_bytes(data[16:18], "big")
    choice = rng.randrange(6)
    if choice == 0:  # a few bytes anywhere, most of the time in the first page (the schema)
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            limit = page if rng.random() < 0.6 else len(out)
            out[rng.randrange(limit)] = rng.randrange(256)
        return {"m.agenda": bytes(out)}
    if choice == 1:  # a header field
        offset = rng.choice((16, 18, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96))
        return {"m.agenda": _patched(data, offset, rng.randbytes(rng.choice((1, 2, 4))))}
    if choice == 2:  # pages: zeroed, swapped, duplicated or cut
        pages = [data[n : n + page] for n in range(0, len(data), page)]
        a, b = rng.randrange(len(pages)), rng.randrange(len(pages))
        action = rng.randrange(4)
        if action == 0:
            pages[a] = bytes(page)
        elif action == 1:
            pages[a], pages[b] = pages[b], pages[a]
        elif action == 2:
            pages[a] = pages[b]
        else:
            pages = pages[: max(1, a)]
        return {"m.agenda": b"".join(pages)}
    if choice == 3:  # cut or grown at a random size
        size = rng.randrange(len(data) * 2)
        grown = data + rng.randbytes(max(0, size - len(data)))
        return {"m.agenda": grown[:size]}
    if choice == 4:  # an odd value in a column
        table, column = rng.choice(_COLUMNS)
        value = rng.choice(ODD_VALUES_SQL + tuple(_sql(c) for c in ODD_LANGUAGES) + ODD_TEXTS_SQL)
        where = rng.choice(("", " WHERE rowid = (SELECT min(rowid) FROM " + table + ")"))
        return _with_sql(data, f"UPDATE {table} SET {column} = {value}{where}", may_fail=True) or {
            "m.agenda": data
        }
    # a journal beside the file
    return {"m.agenda": data, rng.choice(("m.agenda-wal", "m.agenda-journal")): rng.randbytes(
        rng.choice((0, 32, 512, 4096, page + 24))
    )}  # fmt: skip


_JSON_PIECES = (
    "{", "}", "[", "]", ",", ":", '"', "\\", "\\u", "\\ud800", "null", "true", "-", "1e9", "0",
    "\x00", "\ufeff", "é", "../", "children", "items", "id", "lang",
)  # fmt: skip
_ODD_JSON_VALUES: tuple[Any, ...] = (
    None, True, -1, 2**64, 1.5, "", "\ud800", "../../x", "EN", [], {}, [[[]]], {"en": 1},
    "x" * 300, "2031-02-30", "25:00", "<i>open", "A<footnote>B<footnote>C</footnote></footnote>",
)  # fmt: skip


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    stack = [(path, value)]
    while stack:
        where, node = stack.pop()
        yield where, node
        if isinstance(node, dict):
            stack.extend(((*where, key), child) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend(((*where, index), child) for index, child in enumerate(node))


def mutate_json(data: bytes, rng: random.Random) -> Files:
    """A random damage of a real JSON meeting: characters, or a value or key changed."""
    text = data.decode("utf-8")
    if rng.random() < 0.4:
        out = list(text)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(out) + 1)
            action = rng.randrange(3)
            if action == 0 and out:
                del out[min(at, len(out) - 1)]
            elif action == 1:
                out.insert(at, rng.choice(_JSON_PIECES))
            elif out:
                out[min(at, len(out) - 1)] = rng.choice(_JSON_PIECES)
        return {"m.json": "".join(out).encode("utf-8", "surrogatepass")}
    doc = json.loads(text)
    for _ in range(rng.randint(1, 3)):
        nodes = list(_nodes(doc))
        where, _node = rng.choice(nodes[1:])
        parent: Any = doc
        for part in where[:-1]:
            parent = parent[part]
        last = where[-1]
        action = rng.randrange(4)
        if action == 0:
            parent[last] = rng.choice(_ODD_JSON_VALUES)
        elif action == 1 and isinstance(parent, dict):
            parent[rng.choice(("\ud800", "EN", "../../x", "children", "idd", ""))] = parent.pop(
                last
            )
        elif action == 2:
            parent[last] = {"children": [{"children": [parent[last]]}]}
        elif isinstance(parent, list):
            del parent[last]
        else:
            parent.pop(last)
    return {"m.json": json.dumps(doc).encode("utf-8")}


MUTATORS: dict[str, tuple[str, Callable[[], bytes], Callable[[bytes, random.Random], Files]]] = {
    "session": ("m.agenda", real_session, mutate_session),
    "json": ("m.json", real_json, mutate_json),
}
