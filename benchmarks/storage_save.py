"""How long saving, opening and keeping a recovery copy of a large meeting take.

Run: ``.venv/bin/python benchmarks/storage_save.py``. The meeting is bigger than real ones
(60 items with 3 sub-items each, six languages, four annotation paragraphs per item and language,
ten days): recovery copies are written every ~2 seconds while the user types, so a write should
stay well under 100 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import (
    AgendaItem,
    Day,
    Meeting,
    ReferenceDocument,
    Slot,
    Timetable,
)
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.session import SessionWriter, load, save


def large_meeting() -> Meeting:
    def texts(label: str) -> dict[str, str]:
        return {lang: f"{label} ({lang}) " + "word " * 12 for lang in LANGUAGES}

    items = []
    for n in range(60):
        children = [AgendaItem(id=f"i{n}-{k}", title=texts(f"Sub-item {k}")) for k in range(3)]
        items.append(
            AgendaItem(
                id=f"i{n}",
                title=texts(f"Item {n}"),
                annotation={
                    lang: [
                        f"Paragraph {p} with <i>markup</i><footnote>Note.</footnote>." * 5
                        for p in range(4)
                    ]
                    for lang in LANGUAGES
                },
                documents=[ReferenceDocument(f"XYZ/{n}/{d}", texts("Report")) for d in range(3)],
                children=children,
            )
        )
    days = [
        Day(
            dt.date(2031, 4, 1) + dt.timedelta(days=d),
            [
                Slot(dt.time(10), dt.time(13), [f"i{(d * 6 + k) % 60}" for k in range(3)]),
                Slot(dt.time(15), dt.time(18), [f"i{(d * 6 + k + 3) % 60}" for k in range(3)]),
            ],
        )
        for d in range(10)
    ]
    return Meeting(
        symbol="XYZ/1",
        original_language="en",
        languages=list(LANGUAGES),
        body=texts("Body"),
        items=items,
        timetable=Timetable(days=days),
    )


def measure(label: str, action: Callable[[], object], repeat: int = 15) -> None:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    print(f"{label:<28} median {statistics.median(timings):7.1f} ms   max {max(timings):7.1f} ms")


def main() -> None:
    meeting = large_meeting()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.agenda"
        save(meeting, path)
        print(f"file size: {path.stat().st_size / 1024:.0f} KiB")
        measure("save (atomic, fsync)", lambda: save(meeting, path))
        writer = SessionWriter()
        writer.save(meeting, path)
        edits = iter(range(1_000_000))

        def save_after_edit() -> None:
            meeting.items[0].title["en"] = f"Item {next(edits)}"
            writer.save(meeting, path)

        measure("save again after one edit", save_after_edit)
        measure("load (checks + read)", lambda: load(path))
        store = RecoveryStore(Path(folder) / "recovery")
        measure("recovery write", lambda: store.write("bench", meeting, path))
        measure("recovery entries()", store.entries)


if __name__ == "__main__":
    main()
