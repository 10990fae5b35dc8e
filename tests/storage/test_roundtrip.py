"""A meeting written to a session database reads back equal, field by field and in order."""

from __future__ import annotations

import datetime as dt
import sqlite3
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import (
    AgendaItem,
    Day,
    Distribution,
    Meeting,
    PageSize,
    ReferenceDocument,
    Slot,
    Timetable,
)
from agenda_editor.core.validation import MAX_COUNT
from agenda_editor.storage.migrations import MIGRATIONS
from agenda_editor.storage.session import load, read_meeting, save, write_meeting
from tests.storage.conftest import rich_meeting


def round_trip(meeting: Meeting) -> Meeting:
    conn = sqlite3.connect(":memory:")
    write_meeting(conn, meeting)
    return read_meeting(conn)


def test_rich_meeting_reads_back_equal(meeting: Meeting) -> None:
    result = round_trip(meeting)
    assert result == rich_meeting()
    assert [item.id for item in result.walk()] == [item.id for item in meeting.walk()]
    assert result.timetable.days[1].max_slots == 3
    assert result.timetable.days[0].max_slots is None
    assert result.item("officers").annotation == meeting.item("officers").annotation
    assert "fr" not in result.item("officers").title  # missing translation stays missing


def test_rich_meeting_survives_a_file(tmp_path, meeting: Meeting) -> None:
    path = tmp_path / "meeting.agenda"
    written = save(meeting, path)
    loaded = load(path)
    assert loaded.meeting == meeting
    assert loaded.fingerprint == written
    assert loaded.file_version == MIGRATIONS.latest  # a new file is at the latest version


def test_unsaved_changes_show_as_inequality(meeting: Meeting) -> None:
    """The equality the round trip relies on notices a moved sub-item."""
    org = meeting.item("org")
    org.children.reverse()
    assert round_trip(meeting) != rich_meeting()


def test_markup_is_kept_exactly(meeting: Meeting) -> None:
    paragraphs = round_trip(meeting).item("org").annotation["en"]
    assert paragraphs[2] == "Markup kept as given: <img src=x> & a lone ampersand."


def test_write_refuses_a_database_that_is_not_empty(meeting: Meeting) -> None:
    conn = sqlite3.connect(":memory:")
    write_meeting(conn, meeting)
    try:
        write_meeting(conn, meeting)
    except ValueError as error:
        assert "empty database" in str(error)
    else:
        raise AssertionError("a second write into the same database was accepted")


# Random meetings ---------------------------------------------------------------------------

# Only what the readers accept (agenda_editor.core.validation): UN language codes, counts of 0 or
# more, ids that are not blank. Anything else is refused on saving (tests/storage/test_crafted.py).
languages = st.sampled_from(LANGUAGES)
texts = st.text(max_size=30)
lang_texts = st.dictionaries(languages, texts, max_size=4)
times = st.times()
dates = st.dates()
slot_limits = st.integers(min_value=0, max_value=MAX_COUNT)


@st.composite
def item_trees(draw: st.DrawFn, depth: int = 3) -> list[AgendaItem]:
    count = draw(st.integers(0, 4 if depth > 1 else 3))
    items = []
    for _ in range(count):
        item = AgendaItem(
            id="",
            title=draw(lang_texts),
            annotation=draw(st.dictionaries(languages, st.lists(texts, max_size=3), max_size=3)),
            documents=draw(
                st.lists(st.builds(ReferenceDocument, symbol=texts, title=lang_texts), max_size=2)
            ),
            children=draw(item_trees(depth - 1)) if depth > 1 else [],
        )
        items.append(item)
    return items


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    items = draw(item_trees())
    every = [node for item in items for node in item.walk()]
    ids = draw(
        st.lists(
            (st.text(string.printable, min_size=1, max_size=8) | st.text(min_size=1)).filter(
                str.strip
            ),
            min_size=len(every), max_size=len(every), unique=True,
        )
    )  # fmt: skip
    for node, item_id in zip(every, ids, strict=True):
        node.id = item_id
    placed = st.lists(st.sampled_from(ids), max_size=4) if ids else st.just([])
    days = draw(
        st.lists(
            st.builds(
                Day,
                date=dates,
                slots=st.lists(st.builds(Slot, start=times, end=times, items=placed), max_size=3),
                max_slots=st.none() | slot_limits,
            ),
            max_size=3,
        )
    )
    meeting = Meeting(
        symbol=draw(texts),
        original_language=draw(languages),
        languages=draw(st.lists(languages, max_size=6)),
        distribution=draw(st.sampled_from(Distribution)),
        issue_date=draw(st.none() | dates),
        body=draw(lang_texts),
        subsidiary_body=draw(lang_texts),
        session=draw(lang_texts),
        venue=draw(lang_texts),
        start=draw(st.none() | dates),
        end=draw(st.none() | dates),
        title=draw(lang_texts),
        job_number=draw(lang_texts),
        page_size=draw(st.sampled_from(PageSize)),
        items=items,
        timetable=Timetable(days=days, max_slots_per_day=draw(slot_limits)),
    )
    if draw(st.booleans()):  # a language list edited after creation, without the original
        meeting.languages = draw(st.lists(languages, max_size=3))
    return meeting


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_random_meetings_read_back_equal(meeting: Meeting) -> None:
    result = round_trip(meeting)
    assert result == meeting
    assert result.languages == meeting.languages
    assert list(result.title) == list(meeting.title)  # the order of languages is kept too
    for mine, theirs in zip(result.walk(), meeting.walk(), strict=True):
        assert list(mine.annotation) == list(theirs.annotation)


def test_times_keep_seconds_and_microseconds() -> None:
    meeting = Meeting("A/1", "en")
    meeting.timetable.days = [
        Day(dt.date(2031, 1, 1), [Slot(dt.time(9, 5, 7, 123456), dt.time(23, 59, 59))])
    ]
    assert round_trip(meeting) == meeting
