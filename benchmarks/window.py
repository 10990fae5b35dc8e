"""In-process timings of the window with a meeting open (run by ``benchmarks/run.py``).

``python benchmarks/window.py MEETING.json RUNS`` opens the main window offscreen, opens the
meeting, then times each edit a user makes (rename, move, indent, drop into the timetable, undo,
redo), the rule check that follows an edit, and a save after one edit. Each timing includes the
events Qt processes after the edit (the views repainting). Prints one JSON object: name -> list of
seconds (wall clock; "name CPU": the process's CPU time; "name GUI CPU": the CPU time of the
window's thread alone), plus ``peak_rss_mb``.

``python benchmarks/window.py --first-window`` starts the application with no file and prints
"shown" once the first window is on screen (the parent measures the whole process).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def first_window() -> None:
    """Start as the application does with no file, show the window, say so, quit."""
    from agenda_editor.gui.app import application, build_window
    from agenda_editor.gui.files import AppFolders

    app = application(sys.argv[:1])
    window = build_window(None, AppFolders(Path(tempfile.mkdtemp())), recover=False)
    window.show()
    app.processEvents()
    print("shown", flush=True)


def _settle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


#: CPU seconds of each timed action (the wall clock of a loaded machine counts other programs).
CPU: dict[str, list[float]] = {}
#: CPU seconds of the window's own thread: without the crash-recovery copy that a worker
#: thread writes meanwhile (the first edit after a save, then every 1.5 s).
GUI_CPU: dict[str, list[float]] = {}


def _timed(app: object, action: object, name: str = "", window: object = None) -> float:
    profiling = os.environ.get("BENCH_PROFILE") == name
    if profiling:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    start, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    action()  # type: ignore[operator]
    if window is not None and name != "check":
        # The findings refresh 200 ms after an edit: it is timed apart ("check"), not here
        # when a slow machine lets its timer expire during the edit.
        window.findings._timer.stop()  # type: ignore[attr-defined]
    _settle(app)
    elapsed = time.perf_counter() - start
    CPU.setdefault(name, []).append(time.process_time() - cpu)
    GUI_CPU.setdefault(name, []).append(time.thread_time() - own)
    if profiling:
        profiler.stop()
        sys.stderr.write(profiler.output_text(unicode=False, color=False))
    return elapsed


def measure(meeting_path: Path, runs: int) -> dict[str, object]:
    from PySide6.QtCore import QModelIndex, Qt

    from agenda_editor.core import tree
    from agenda_editor.gui import mime
    from agenda_editor.gui.app import application
    from agenda_editor.gui.files import AppFolders
    from agenda_editor.gui.main_window import MainWindow

    home = Path(tempfile.mkdtemp())
    app = application(sys.argv[:1])
    window = MainWindow(AppFolders(home))
    window.resize(1400, 900)
    window.show()
    _settle(app)
    results: dict[str, list[float]] = {"open": []}
    results["open"].append(
        _timed(app, lambda: window.files.open_path(meeting_path, ask=False), "open")
    )

    document = window.document
    meeting = document.meeting
    panel = window.agenda_panel
    model = panel.model  # type: ignore[attr-defined]
    timetable_panel = window.timetable_panel
    window.show_tab(timetable_panel)
    _settle(app)
    timetable_model = timetable_panel.model  # type: ignore[attr-defined]
    middle = meeting.items[len(meeting.items) // 2]
    leaf = middle.children[-1] if middle.children else middle
    names = ("rename", "move", "indent", "drop", "undo", "redo", "check", "save")
    for name in names:
        results[name] = []
    saved = home / "bench.agenda"
    window.files.ask_save_path = lambda: saved  # type: ignore[method-assign]
    window.files.save_as()
    COPY = Qt.DropAction.CopyAction

    def timed(name: str, action: object) -> None:
        results[name].append(_timed(app, action, name, window))

    days = len(meeting.timetable.days)
    for run in range(runs):
        index = model.index_of(leaf.id)
        title = f"Renamed {run}"
        timed("rename", lambda i=index, t=title: model.setData(i, t, Qt.ItemDataRole.EditRole))
        panel.select_item(middle.id)  # type: ignore[attr-defined]
        _settle(app)
        timed("move", lambda: panel.move_current(+1))  # type: ignore[attr-defined]
        timed("undo", document.undo_stack.undo)
        timed("redo", document.undo_stack.redo)
        timed("check", window.findings.refresh)
        timed("save", window.files.save)
        panel.select_item(middle.id)  # type: ignore[attr-defined]
        _settle(app)
        if tree.check_indent(meeting, middle.id) is None:
            timed("indent", panel.indent_current)  # type: ignore[attr-defined]
            document.undo_stack.undo()
            _settle(app)
        data = mime.encode_item_ids([leaf.id])
        cell = timetable_model.index(0, days - 1 - run % days, QModelIndex())
        before = document.undo_stack.index()
        timed(
            "drop",
            lambda d=data, c=cell: timetable_model.dropMimeData(d, COPY, -1, 0, c),
        )
        if document.undo_stack.index() == before:
            why = timetable_model.drop_refusal(data, COPY, -1, cell)
            raise SystemExit(f"the drop into the timetable was refused: {why}")
        document.undo_stack.undo()
        _settle(app)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.files.shutdown() if hasattr(window.files, "shutdown") else None
    document.undo_stack.clear()
    cpu = {f"{name} CPU": values for name, values in CPU.items() if name}
    own = {f"{name} GUI CPU": values for name, values in GUI_CPU.items() if name}
    return {**results, **cpu, **own, "peak_rss_mb": peak}


def main() -> None:
    if sys.argv[1:] == ["--first-window"]:
        first_window()
        return
    result = measure(Path(sys.argv[1]).absolute(), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # no teardown of the window: not part of what is measured


if __name__ == "__main__":
    main()
