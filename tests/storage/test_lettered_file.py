"""Lettered sub-paragraphs in the session file: kept through a save and an open, and a version 2
file (which had no such mark) opened with its paragraphs as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agenda_editor.core import markup
from agenda_editor.core.numbering import sub_paragraph_labels
from agenda_editor.storage.migrations import MIGRATIONS
from agenda_editor.storage.schema import create_base_schema, user_version
from agenda_editor.storage.session import load, save
from tests.factories import bare_meeting, item

L = markup.LETTERED


def test_lettered_paragraphs_survive_a_file(tmp_path: Path) -> None:
    paragraphs = {
        "en": ["The Group will consider:", L + "the <i>survey</i>;", L + "the budget.", "Then."],
        "fr": ["Le Groupe examinera:", L + "l'<i>enquête</i>;", L + "le budget.", "Puis."],
    }
    meeting = bare_meeting(item("plan", "Planning", annotation=paragraphs), languages=("en", "fr"))
    path = tmp_path / "m.agenda"
    save(meeting, path)
    loaded = load(path).meeting
    assert loaded.item("plan").annotation == paragraphs
    fr = loaded.item("plan").annotation["fr"]
    assert sub_paragraph_labels(fr, "fr") == [None, "a)", "b)", None]


def write_version_2_file(path: Path) -> None:
    """A session file of schema version 2: bodies, and no lettered sub-paragraphs yet; one
    paragraph starts with the characters that now mark one, typed as text in a hand-made file."""
    conn = sqlite3.connect(path)
    create_base_schema(conn)
    MIGRATIONS.upgrade(conn, to=2)
    conn.executescript(
        """
        INSERT INTO meeting VALUES (1, 'ABC/WG.1/2025/1', 'en', 'general', NULL,
                                    NULL, NULL, 'A4');
        INSERT INTO meeting_language VALUES (0, 'en');
        INSERT INTO item VALUES ('open', NULL, 0);
        INSERT INTO item_title VALUES ('open', 'en', 'Opening of the session');
        INSERT INTO annotation VALUES (1, 'open', 'en');
        INSERT INTO annotation_paragraph VALUES (1, 0, 'The session opens at 10 a.m.');
        INSERT INTO annotation_paragraph VALUES (1, 1, '<lettered/> is how the tag reads.');
        INSERT INTO timetable VALUES (1, 2);
        """
    )
    conn.commit()
    conn.close()


def test_a_version_2_file_opens_without_marks_and_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "old.agenda"
    write_version_2_file(path)
    before = path.read_bytes()
    loaded = load(path)
    assert loaded.file_version == 2
    assert path.read_bytes() == before
    paragraphs = loaded.meeting.item("open").annotation["en"]
    assert not any(markup.is_lettered(p) for p in paragraphs)
    assert [markup.plain_text(p) for p in paragraphs] == [
        "The session opens at 10 a.m.",
        "<lettered/> is how the tag reads.",
    ]

    save(loaded.meeting, path, expected=loaded.fingerprint)
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == MIGRATIONS.latest
    finally:
        conn.close()
    assert load(path).meeting.item("open").annotation["en"] == paragraphs
