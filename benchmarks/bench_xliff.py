"""How long sending a meeting out as XLIFF and merging the translation back take.

Run: ``.venv/bin/python benchmarks/bench_xliff.py``. The large meeting of ``storage_save.py``
(240 items in six languages), and the same agenda ten times over (2,400 items): the window does
the export and the import while the user waits, so both should stay around a second at the
larger size, and grow linearly with the meeting.
"""

from __future__ import annotations

import copy
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storage_save import large_meeting

from agenda_editor.core.exchange_merge import merge
from agenda_editor.core.model import Meeting, new_id
from agenda_editor.interchange.xliff_reader import read_xliff
from agenda_editor.interchange.xliff_writer import to_xliff


def measure(name: str, action: Callable[[], object], runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{name:<36} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def repeated(meeting: Meeting, times: int) -> Meeting:
    """The meeting with its agenda repeated ``times`` times (fresh item ids)."""
    out = copy.deepcopy(meeting)
    for _ in range(times - 1):
        extra = copy.deepcopy(meeting.items)
        for top in extra:
            for item in top.walk():
                item.id = new_id()
        out.items += extra
    return out


def main() -> None:
    base = large_meeting()
    for meeting in (base, repeated(base, 10)):
        data = to_xliff(meeting, "fr")
        translation = read_xliff(data)
        count = sum(1 for _ in meeting.walk())
        print(f"{count} items, {len(translation.units)} units, {len(data) // 1000} kB of XLIFF")
        measure("  write XLIFF", lambda m=meeting: to_xliff(m, "fr"))
        measure("  read XLIFF", lambda d=data: read_xliff(d))
        measure("  merge", lambda m=meeting, t=translation: merge(m, t))


if __name__ == "__main__":
    main()
