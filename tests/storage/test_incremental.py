"""Saving again through a :class:`SessionWriter`, which changes only the rows an edit changed:
after random edits each file reads back as the meeting, holds the same rows as a save from
scratch, and keeps its named versions."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_editor.core.model import AgendaItem, Meeting, ReferenceDocument
from agenda_editor.storage import session
from agenda_editor.storage.codec import check_storable
from agenda_editor.storage.errors import MeetingNotStorableError
from agenda_editor.storage.incremental import content_key
from agenda_editor.storage.session import SessionWriter, load, save
from agenda_editor.storage.versions import SavedVersion, make_version
from tests import factories

EDITS = (
    "rename", "untranslate", "paragraph", "no-annotation", "document", "no-document", "add",
    "add-sub", "delete", "move", "symbol", "place", "unplace", "day", "add-version",
    "drop-version", "nothing",
)  # fmt: skip


def _items(meeting: Meeting) -> list[AgendaItem]:
    return list(meeting.walk())


def _siblings(meeting: Meeting, item: AgendaItem) -> list[AgendaItem]:
    for candidate in [meeting.items, *(other.children for other in meeting.walk())]:
        if any(child is item for child in candidate):
            return candidate
    raise LookupError(item.id)


def _edit(meeting: Meeting, versions: list[SavedVersion], edit: str, a: int, b: int) -> None:
    """One edit of ``meeting`` (or of its ``versions``), chosen by ``edit`` and two numbers."""
    items = _items(meeting)
    item = items[a % len(items)] if items else None
    other = items[b % len(items)] if items else None
    days = meeting.timetable.days
    if edit == "rename" and item:
        item.title["en"] = f"Renamed {a} {b}"
    elif edit == "untranslate" and item:
        item.title.pop("fr", None)
        item.title["fr"] = f"Titre {b}"  # now after English: the order must read back
    elif edit == "paragraph" and item:
        item.annotation.setdefault(("en", "fr")[b % 2], []).insert(0, f"<b>Paragraph</b> {a}")
    elif edit == "no-annotation" and item:
        item.annotation.pop("en", None)
    elif edit == "document" and item:
        item.documents.insert(b % 2, ReferenceDocument(f"XYZ/{a}", {"fr": "Doc", "en": "Doc"}))
    elif edit == "no-document" and item and item.documents:
        del item.documents[b % len(item.documents)]
    elif edit in ("add", "add-sub"):
        new = factories.item(f"new-{a}-{b}", f"New {a}", annotation={"en": ["Text."]})
        place = other.children if edit == "add-sub" and other else meeting.items
        place.insert(b % (len(place) + 1), new)
    elif edit == "delete" and item:
        _siblings(meeting, item).remove(item)
        gone = {descendant.id for descendant in [item, *item.walk()]}
        for day in days:
            for slot in day.slots:
                slot.items = [item_id for item_id in slot.items if item_id not in gone]
    elif edit == "move" and item and other and item is not other:
        if any(descendant is other for descendant in item.walk()):
            return
        _siblings(meeting, item).remove(item)
        other.children.insert(a % (len(other.children) + 1), item)
    elif edit == "symbol":
        meeting.symbol = f"XYZ/{a}"
    elif edit == "place" and item and days and days[0].slots:
        days[b % len(days)].slots[0].items.append(item.id)
    elif edit == "unplace":
        for day in days:
            for slot in day.slots:
                slot.items = slot.items[1:]
    elif edit == "day" and days:
        days.insert(0, copy.deepcopy(days[b % len(days)]))
        days[0].date = days[1].date - dt.timedelta(days=1 + a)
    elif edit == "add-version":
        versions.append(make_version(meeting, f"Version {a}"))
    elif edit == "drop-version" and versions:
        del versions[b % len(versions)]


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the file, sorted; the numbers that tie the paragraphs of an
    annotation and the titles of a document to it replaced by what they stand for."""
    conn = sqlite3.connect(path)
    try:
        annotations = {
            n: (item_id, lang)
            for n, item_id, lang in conn.execute("SELECT id, item_id, lang FROM annotation")
        }
        documents = {
            n: (item_id, position)
            for n, item_id, position in conn.execute("SELECT id, item_id, position FROM document")
        }
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            found = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            if table in ("annotation", "document"):
                found = [row[1:] for row in found]
            elif table == "annotation_paragraph":
                found = [(annotations[row[0]], *row[1:]) for row in found]
            elif table == "document_title":
                found = [(documents[row[0]], *row[1:]) for row in found]
            rows[table] = sorted(found, key=repr)
        rows["schema"] = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
        rows["pragmas"] = [
            conn.execute("PRAGMA application_id").fetchone(),
            conn.execute("PRAGMA user_version").fetchone(),
        ]
        return rows
    finally:
        conn.close()


def _texts_in_order(meeting: Meeting) -> list[tuple[Any, ...]]:
    """The texts of every item with the order of their languages (which ``==`` ignores)."""
    return [(item.id, content_key(item)) for item in meeting.walk()]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(EDITS), st.integers(0, 50), st.integers(0, 50)),
        min_size=1,
        max_size=10,
    )
)
def test_saves_after_random_edits_read_back_and_equal_a_save_from_scratch(
    tmp_path: Path, steps: list[tuple[str, int, int]]
) -> None:
    meeting = factories.sample_meeting()
    versions: list[SavedVersion] = [make_version(meeting, "First")]
    path, scratch = tmp_path / "meeting.agenda", tmp_path / "scratch.agenda"
    writer = SessionWriter()
    fingerprint = writer.save(meeting, path, versions=versions)
    for edit, a, b in steps:
        edited, edited_versions = copy.deepcopy(meeting), list(versions)
        _edit(edited, edited_versions, edit, a, b)
        try:
            check_storable(edited)
        except MeetingNotStorableError:
            continue  # an edit the window would refuse (too deep, a placement twice...)
        meeting, versions = edited, edited_versions
        fingerprint = writer.save(meeting, path, fingerprint, versions=versions)
        loaded = load(path)  # the checks of a file from elsewhere pass too
        assert loaded.meeting == meeting
        assert _texts_in_order(loaded.meeting) == _texts_in_order(meeting)
        assert loaded.versions == versions
        assert loaded.fingerprint == fingerprint
        save(meeting, scratch, versions=versions)
        assert _rows(path) == _rows(scratch)


def test_a_failed_save_leaves_the_file_and_the_next_save_writes_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = factories.sample_meeting()
    path = tmp_path / "meeting.agenda"
    writer = SessionWriter()
    writer.save(meeting, path)
    before = path.read_bytes()
    meeting.items[0].title["en"] = "Half saved"

    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(session.LastSave, "_delete", broken)
    with pytest.raises(session.SessionFileError, match="disk I/O error"):
        writer.save(meeting, path)
    assert path.read_bytes() == before
    monkeypatch.undo()
    meeting.items[1].title["en"] = "Saved"
    writer.save(meeting, path)
    assert load(path).meeting == meeting


def test_a_deleted_text_leaves_no_trace_in_the_file(tmp_path: Path) -> None:
    meeting = factories.sample_meeting()
    secret = "Confidential draft paragraph 4711"
    meeting.items[0].annotation["en"] = [f"{secret} " * 300]  # longer than a database page
    path = tmp_path / "meeting.agenda"
    writer = SessionWriter()
    writer.save(meeting, path)
    assert secret.encode() in path.read_bytes()
    meeting.items[0].annotation["en"] = ["Published text."]
    writer.save(meeting, path)
    assert secret.encode() not in path.read_bytes()
    assert load(path).meeting == meeting
