"""How long the rule check, numbering and the JSON round trip take on a large meeting.

Run: ``.venv/bin/python benchmarks/bench_check.py``. The findings panel runs ``check`` after
every edit (debounced), so on a meeting far larger than real ones it should stay well under the
debounce interval (200 ms) to keep typing fluid.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage_save import large_meeting

from agenda_editor.core.numbering import item_paths, trailing_punctuation
from agenda_editor.core.rules import check
from agenda_editor.interchange import dump_json, read_json


def measure(name: str, action: Callable[[], object], runs: int = 7) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{name:<42} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def main() -> None:
    meeting = large_meeting()
    count = sum(1 for _ in meeting.walk())
    print(f"{count} items, {len(meeting.languages)} languages, {len(meeting.timetable.days)} days")
    measure("check (editing)", lambda: check(meeting))
    measure("check (exporting all languages)", lambda: check(meeting, meeting.languages))
    measure("item paths", lambda: item_paths(meeting))
    measure(
        "agenda punctuation of every item",
        lambda: [trailing_punctuation(meeting, item.id, "en") for item in meeting.walk()],
        runs=3,
    )

    def round_trip() -> None:
        buffer = io.StringIO()
        dump_json(meeting, buffer)
        read_json(buffer.getvalue())

    measure("JSON write + read", round_trip)


if __name__ == "__main__":
    main()
