"""The agenda tree's own share of the window edits, on the window thread.

``python benchmarks/agenda_tree.py MEETING.json RUNS`` shows the agenda panel alone (no timetable,
editor or findings) with the meeting open and times, as ``benchmarks/window.py`` does, a rename,
a move, an indent, and the undo and redo of a move, each with the events Qt processes after it.
Prints one JSON object: name -> median CPU milliseconds of the thread, and the number of calls
Qt made to the model's structural methods and ``data`` during one move (``move calls``; counted
through Python wrappers, so with ``BENCH_CALLS=1`` also ``calls by name``).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from agenda_editor.core import tree
    from agenda_editor.gui.agenda.panel import AgendaPanel
    from agenda_editor.gui.document import MeetingDocument
    from agenda_editor.interchange.reader import load_json

    app = QApplication(sys.argv[:1])  # kept: the panel lives in it
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    document = MeetingDocument(load_json(Path(sys.argv[1])))
    panel = AgendaPanel(document)
    panel.resize(500, 900)
    panel.show()

    def settle() -> None:
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()

    settle()
    meeting = document.meeting
    model = panel.model
    middle = meeting.items[len(meeting.items) // 2]
    leaf = middle.children[-1] if middle.children else middle
    times: dict[str, list[float]] = {}

    def timed(name: str, action: object) -> None:
        start = time.thread_time()
        action()  # type: ignore[operator]
        settle()
        times.setdefault(name, []).append((time.thread_time() - start) * 1000)

    for run in range(runs):
        index = model.index_of(leaf.id)
        timed("rename", lambda i=index, r=run: model.setData(i, f"Renamed {r}"))
        panel.select_item(middle.id)
        settle()
        timed("move", lambda: panel.move_current(+1))
        timed("undo", document.undo_stack.undo)
        timed("redo", document.undo_stack.redo)
        document.undo_stack.undo()
        panel.select_item(middle.id)
        settle()
        if tree.check_indent(meeting, middle.id) is None:
            timed("indent", panel.indent_current)
            document.undo_stack.undo()
            settle()
    result: dict[str, object] = {
        name: round(statistics.median(values), 1) for name, values in times.items()
    }
    calls = 0
    by_name: dict[str, int] = {}

    def counting(name: str) -> None:
        original = getattr(model, name)

        def count(*args: object) -> object:
            nonlocal calls
            calls += 1
            by_name[name] = by_name.get(name, 0) + 1
            return original(*args)

        setattr(model, name, count)

    panel.select_item(middle.id)
    settle()
    names = ("index", "parent", "rowCount", "columnCount", "hasChildren", "flags", "data")
    for name in names:
        counting(name)
    panel.move_current(+1)
    settle()
    result["move calls"] = calls
    if os.environ.get("BENCH_CALLS"):
        result["calls by name"] = by_name
    print(json.dumps(result))
    sys.stdout.flush()
    del app
    os._exit(0)


if __name__ == "__main__":
    main()
