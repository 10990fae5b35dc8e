"""The documented format and the bundled sample: both read, and both show what they promise."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from agenda_editor.core import markup
from agenda_editor.core.rules import check
from agenda_editor.core.timetable import placements
from agenda_editor.interchange import load_json, read_json
from agenda_editor.interchange.reader import (
    BODY_FIELDS,
    DAY_FIELDS,
    DOCUMENT_FIELDS,
    ITEM_FIELDS,
    MEETING_FIELDS,
    ORIGIN_FIELDS,
    SLOT_FIELDS,
    TIMETABLE_FIELDS,
    TOP_FIELDS,
)
from agenda_editor.resources import sample_path

DOC = Path(__file__).resolve().parents[2] / "docs" / "interchange.md"


def json_blocks(text: str) -> list[str]:
    return re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)


def keys_used(value: Any, prefix: str = "") -> set[str]:
    """Every field of the document, as "meeting.symbol", "items.title", "timetable.days.slots"."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, child in value.items():
            if prefix.endswith(
                ("title", "body", "venue", "session", "annotation", "job_number", "reissue_note")
            ):
                continue  # the keys of a language map are language codes, not fields
            name = f"{prefix}.{key}" if prefix else key
            found.add(name)
            found |= keys_used(child, name)
    elif isinstance(value, list):
        for child in value:
            found |= keys_used(child, prefix)
    return found


def test_the_complete_example_of_the_documentation_is_valid_and_complete() -> None:
    example = json_blocks(DOC.read_text(encoding="utf-8"))[0]
    meeting = read_json(example)
    assert meeting.symbol == "XYZ/COP/WG.2/2026/1"
    used = {name.split(".")[-1] for name in keys_used(json.loads(example))}
    every_field = (
        set(TOP_FIELDS) | set(MEETING_FIELDS) | set(ITEM_FIELDS) | set(DOCUMENT_FIELDS)
        | set(TIMETABLE_FIELDS) | set(BODY_FIELDS) | set(DAY_FIELDS) | set(SLOT_FIELDS)
        | set(ORIGIN_FIELDS)
    )  # fmt: skip
    assert every_field - used == set()


def test_the_documentation_describes_every_field() -> None:
    text = DOC.read_text(encoding="utf-8")
    for fields in (TOP_FIELDS, MEETING_FIELDS, ITEM_FIELDS, DOCUMENT_FIELDS, TIMETABLE_FIELDS,
                   BODY_FIELDS, DAY_FIELDS, SLOT_FIELDS, ORIGIN_FIELDS):  # fmt: skip
        for name in fields:
            assert f"| `{name}` |" in text, name


def test_the_sample_is_a_clean_two_language_meeting() -> None:
    meeting = load_json(sample_path())
    assert meeting.original_language == "en"
    assert meeting.languages == ["en", "fr"]
    assert check(meeting, ["en", "fr"]) == []
    assert set(meeting.job_number) == {"en", "fr"}


def test_the_sample_is_shaped_like_a_real_provisional_agenda() -> None:
    meeting = load_json(sample_path())
    first, *substantive, last = meeting.items
    assert first.title["fr"] == "Questions d'organisation"
    assert len(first.children) >= 2
    assert last.title["en"] == "Adoption of the report"
    assert len(substantive) >= 3
    assert any(item.children for item in substantive)
    items = list(meeting.walk())
    paragraphs = [
        p for item in items for lang in ("en", "fr") for p in item.annotation.get(lang, [])
    ]
    assert sum(len(markup.footnotes(p)) for p in paragraphs) >= 4
    assert any("<i>" in p for p in paragraphs)
    assert sum(len(item.documents) for item in items) >= 4
    days = meeting.timetable.days
    assert len(days) == 2 and all(len(day.slots) == 2 for day in days)
    assert any(p.continued for p in placements(meeting.timetable))


def test_the_samples_footnotes_follow_each_languages_typography() -> None:
    meeting = load_json(sample_path())
    for item in meeting.walk():
        for paragraph in item.annotation.get("en", []):
            # English: the marker follows the punctuation.
            assert re.findall(r"[^.,;:)]<footnote>", paragraph) == [], paragraph
        for paragraph in item.annotation.get("fr", []):
            # French: the marker precedes it.
            assert re.findall(r"[.,;:]<footnote>", paragraph) == [], paragraph
            assert " :" not in paragraph


def test_the_samples_french_is_written_with_its_accents() -> None:
    meeting = load_json(sample_path())
    texts = [
        *(text.get("fr", "") for text in (meeting.body, meeting.subsidiary_body, meeting.session)),
        *(item.title.get("fr", "") for item in meeting.walk()),
        *(p for item in meeting.walk() for p in item.annotation.get("fr", [])),
        *(d.title.get("fr", "") for item in meeting.walk() for d in item.documents),
    ]
    french = " ".join(texts)
    unaccented = r"\b(?:Etats?|Conference|reunion|Secretariat|Deuxieme|etabli|evaluation|a ete)\b"
    assert re.findall(unaccented, french) == []
    assert {"é", "è", "à", "É"} <= set(french)
