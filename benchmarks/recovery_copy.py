"""The window thread's CPU time of the crash-recovery copy after each kind of edit.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/recovery_copy.py MEETING.json
[RUNS]``. Each run opens the meeting in a fresh document (no window), takes the copy after the
first edit (a rename: nothing copied before), then after a rename, a move, an indent, a drop
into the timetable and an undo, as :meth:`MeetingDocument.kept_copy` is called by the recovery
keeper. Prints JSON: figure -> milliseconds of CPU (``time.thread_time``), the median
of the runs, and the runs themselves, one figure a line.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parents[1]))


def _copy_time(take: Callable[[], object]) -> float:
    gc.collect()
    start = time.thread_time()
    take()
    return (time.thread_time() - start) * 1000


def one_run(path: Path, run: int) -> dict[str, float]:
    """Open the meeting, make each edit in turn, and time the copy taken after it."""
    from agenda_editor.core import tree
    from agenda_editor.gui.commands.texts import SetItemTitleCommand
    from agenda_editor.gui.commands.timetable import ScheduleItemsCommand
    from agenda_editor.gui.commands.tree import MoveItemCommand
    from agenda_editor.gui.document import MeetingDocument
    from agenda_editor.interchange import load_json

    meeting = load_json(path)
    document = MeetingDocument(meeting)
    middle = meeting.items[len(meeting.items) // 2]
    leaf = middle.children[-1] if middle.children else middle
    below = tree.Position(None, tree.position_of(meeting, middle.id).index + 1)
    edits: list[tuple[str, Callable[[], object]]] = [
        ("first edit", lambda: SetItemTitleCommand(document, leaf.id, "en", "First")),
        ("rename", lambda: SetItemTitleCommand(document, leaf.id, "en", f"Renamed {run}")),
        ("move", lambda: MoveItemCommand(document, middle.id, below)),
        ("indent", lambda: MoveItemCommand(document, middle.id, _indent(meeting, middle.id))),
        ("undo", lambda: None),
        (
            "drop",
            lambda: ScheduleItemsCommand(document, [leaf.id], -1 % len(meeting.timetable.days), 0),
        ),
    ]
    figures = {}
    for name, command in edits:
        made = command()
        if made is None:
            document.undo_stack.undo()
        else:
            document.push(made)  # type: ignore[arg-type]
        figures[name] = _copy_time(document.kept_copy)
    document.undo_stack.clear()
    return figures


def _indent(meeting: Any, item_id: str) -> Any:
    from agenda_editor.core import tree

    target = tree.indent_target(meeting, item_id)
    assert target is not None, "the middle item cannot be indented"
    return target


def measure(path: Path, runs: int) -> dict[str, tuple[float, list[float]]]:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    figures: dict[str, list[float]] = {}
    for run in range(runs):
        for name, ms in one_run(path, run).items():
            figures.setdefault(name, []).append(ms)
    del app
    return {
        name: (round(statistics.median(values), 2), [round(v, 2) for v in values])
        for name, values in figures.items()
    }


def main() -> None:
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for name, (median, values) in measure(Path(sys.argv[1]).absolute(), runs).items():
        print(json.dumps({name: {"median ms": median, "runs": values}}))


if __name__ == "__main__":
    main()
