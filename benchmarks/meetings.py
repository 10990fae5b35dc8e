"""Synthetic meetings of any size for the benchmarks, as interchange JSON, and the same agenda as
a word-processor document (DOCX, with python-docx) to time LibreOffice on.

The meetings are deterministic (a fixed random seed): one top-level item in three has four
sub-items; every item has two or three annotation paragraphs, one with a footnote, and top-level
items list two documents; the organization of work takes the items up in agenda order over two
meetings a day. ``items(300)`` has about 300 items (sub-items included).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

_TEXT = (
    "implementation review technical assistance cooperation conference parties convention "
    "protocol secretariat report provisional session meeting states resolution decision working "
    "group experts international justice prevention measures capacity national legislation "
    "information exchange coordination resources mobilization"
)
WORDS = _TEXT.split()

#: The two sizes of the issue's figures: (top-level items, days).
NAMED = {"large": (120, 10), "huge": (1300, 30)}


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize()


def meeting(tops: int, days: int) -> dict[str, Any]:
    """The interchange document of a meeting with ``tops`` top-level items over ``days`` days."""
    rng = random.Random(42)
    items: list[dict[str, Any]] = []
    order: list[str] = []
    for n in range(tops):
        children = []
        for k in range(4 if n % 3 == 0 else 0):
            children.append(
                {
                    "id": f"i{n}s{k}",
                    "title": _words(rng, 8),
                    "annotation": {
                        "en": [
                            _words(rng, 60) + ".",
                            _words(rng, 40) + f"<footnote>{_words(rng, 12)}.</footnote>.",
                        ]
                    },
                }
            )
        item: dict[str, Any] = {
            "id": f"i{n}",
            "title": _words(rng, 10),
            "annotation": {
                "en": [
                    _words(rng, 80) + ".",
                    _words(rng, 60) + f"<footnote>{_words(rng, 15)}.</footnote>.",
                    _words(rng, 50) + ".",
                ]
            },
            "documents": [
                {"title": _words(rng, 9), "symbol": f"CTOC/COP/WG.{n % 7}/2026/{k + 2}"}
                for k in range(2)
            ],
        }
        if children:
            item["children"] = children
        items.append(item)
        order += [child["id"] for child in children] or [item["id"]]
    dates: list[dt.date] = []
    day = dt.date(2026, 3, 2)
    while len(dates) < days:
        if day.weekday() < 5:
            dates.append(day)
        day += dt.timedelta(days=1)
    meetings = [
        (date, times) for date in dates for times in (("10:00", "13:00"), ("15:00", "18:00"))
    ]
    per = len(order) // len(meetings) + 1
    timetable: dict[str, list[dict[str, Any]]] = {}
    for n, (date, (start, end)) in enumerate(meetings):
        taken = order[n * per : (n + 1) * per] or [order[-1]]
        timetable.setdefault(date.isoformat(), []).append(
            {"start": start, "end": end, "items": taken}
        )
    return {
        "format": "agenda-editor/1",
        "meeting": {
            "symbol": "CTOC/COP/WG.9/2026/1",
            "distribution": "general",
            "date": "2026-01-15",
            "original_language": "en",
            "body": "Conference of the Parties to the Example Convention",
            "subsidiary_body": "Working Group on Synthetic Benchmarks",
            "session": "First session",
            "venue": "Vienna",
            "start": dates[0].isoformat(),
            "end": dates[-1].isoformat(),
        },
        "items": items,
        "timetable": {
            "max_slots_per_day": 2,
            "days": [{"date": date, "slots": slots} for date, slots in timetable.items()],
        },
    }


def sized(items: int) -> dict[str, Any]:
    """A meeting of about ``items`` items (seven items for every three top-level ones)."""
    tops = max(3, round(items * 3 / 7))
    return meeting(tops, max(2, items // 100))


def count_items(document: dict[str, Any]) -> int:
    return sum(1 + len(item.get("children", [])) for item in document["items"])


def write(document: dict[str, Any], prefix: Path, docx: bool) -> None:
    """``prefix.json`` and, with ``docx`` (and python-docx installed), ``prefix.docx``."""
    prefix.with_suffix(".json").write_text(json.dumps(document, indent=1), encoding="utf-8")
    if docx:
        write_docx(document, prefix.with_suffix(".docx"))


def write_docx(document: dict[str, Any], path: Path) -> None:
    """The agenda, its annotations (footnotes as numbered paragraphs) and the annex table."""
    import re

    from docx import Document

    doc = Document()
    head = document["meeting"]
    doc.add_paragraph(f"United Nations\t{head['symbol']}")
    doc.add_paragraph(head["body"])
    doc.add_heading("Provisional agenda and annotations", 1)
    doc.add_heading("Provisional agenda", 2)
    for n, item in enumerate(document["items"], 1):
        doc.add_paragraph(f"{n}.\t{item['title']}")
        for k, child in enumerate(item.get("children", [])):
            doc.add_paragraph(f"\t({chr(97 + k)})\t{child['title']};")
    doc.add_heading("Annotations", 2)
    notes = 0
    for n, item in enumerate(document["items"], 1):
        for level, entry in [(3, item), *((4, child) for child in item.get("children", []))]:
            doc.add_heading(f"{n}. {entry['title']}", level)
            for paragraph in entry.get("annotation", {}).get("en", []):
                texts = re.findall(r"<footnote>(.*?)</footnote>", paragraph)
                para = doc.add_paragraph(re.sub(r"<footnote>.*?</footnote>", "", paragraph))
                for text in texts:
                    notes += 1
                    para.add_run(str(notes)).font.superscript = True
                    doc.add_paragraph(f"{notes} {text}")
        for entry in item.get("documents", []):
            doc.add_paragraph(f"{entry['title']} ({entry['symbol']})")
    doc.add_page_break()
    doc.add_heading("Proposed organization of work", 2)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Date and time", "Item", "Title"), strict=True):
        cell.text = text
    for day in document["timetable"]["days"]:
        for slot in day["slots"]:
            for item_id in slot["items"]:
                cells = table.add_row().cells
                cells[0].text = f"{day['date']} {slot['start']}-{slot['end']}"
                cells[1].text = cells[2].text = item_id
    doc.save(str(path))
