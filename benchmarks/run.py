"""Every figure of the performance targets, in one command.

    python benchmarks/run.py [--runs 3] [--sizes 300,1000,3000,20000] [--json FILE] [--quick]

Generates the synthetic meetings (``benchmarks/meetings.py``: "large" 280 items, "huge" 3,036
items, and the sizes of the linearity series), then measures, as the median of ``--runs``:

* the PDF export from the command line as whole processes (``python -m agenda_editor export``),
  cold (a new process each run), with its peak memory; the annex alone for large;
* the same agenda as DOCX converted by LibreOffice (``soffice --headless --convert-to pdf``,
  a fresh profile each run) when ``soffice`` is installed, and the ratio;
* the time per item of the export from 300 to 20,000 items (linear when constant), both of the
  whole process and above the fixed cost (the export of a meeting of seven items: interpreter
  start-up, imports, fonts, the masthead), since a whole process of 300 items spends a good
  part of its time starting;
* the window (``QT_QPA_PLATFORM=offscreen``): start to the first shown window (whole process),
  then, in process with huge open (``benchmarks/window.py``): opening it, rename, move, indent,
  drop into the timetable, undo, redo, the rule check after an edit, save after one edit, and
  the peak memory.

Before measuring, the package is compiled to bytecode (``python -m compileall -q
agenda_editor``), as an installed application has it: where the environment sets
``PYTHONDONTWRITEBYTECODE`` (this checkout's does), Python would otherwise compile every module
of ours again at each start, some 50 ms of every whole-process figure that no user pays.
``--no-compile`` measures without it. The table says which was measured.

Progress goes to standard error; the table to standard output; ``--json`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import meetings  # noqa: E402

#: name -> (target, unit, how the figure compares with it: "max" means at most)
TARGETS: dict[str, tuple[float | None, str]] = {
    "export large": (None, "s"),
    "export huge": (4.0, "s"),
    "annex large": (0.3, "s"),
    "libreoffice large": (None, "s"),
    "libreoffice huge": (None, "s"),
    "ratio large": (10.0, "x"),
    "ratio huge": (10.0, "x"),
    "ratio large CPU": (10.0, "x"),
    "ratio huge CPU": (10.0, "x"),
    "export huge CPU": (4.0, "s"),
    "annex CPU": (0.3, "s"),
    "export huge memory": (200.0, "MB"),
    "linearity": (1.2, "max/min"),
    "linearity above fixed cost": (1.2, "max/min"),
    "first window": (0.8, "s"),
    "open huge": (0.5, "s"),
    "rename": (0.016, "s"),
    "move": (0.016, "s"),
    "indent": (0.016, "s"),
    "drop": (0.016, "s"),
    "undo": (0.016, "s"),
    "redo": (0.016, "s"),
    "check": (0.016, "s"),
    "save": (0.1, "s"),
    "window memory": (250.0, "MB"),
}
for _edit in ("rename", "move", "indent", "drop", "undo", "redo", "check", "save"):
    TARGETS[f"{_edit} CPU"] = TARGETS[_edit]
    TARGETS[f"{_edit} GUI CPU"] = TARGETS[_edit]
AT_LEAST = {"ratio large", "ratio huge", "ratio large CPU", "ratio huge CPU"}


def say(text: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
    sys.stderr.flush()


#: CPU seconds (user + system) of the last process timed: on a loaded machine the wall clock
#: also counts the time other programs had the processors.
LAST_CPU = [0.0]


def timed_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(seconds, peak memory in MB) of a whole process; it must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {stderr.strip()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


CPU: dict[str, float] = {}


def median_process(command: list[str], runs: int, label: str) -> tuple[float, float]:
    times, peaks, cpus = [], [], []
    for run in range(runs):
        seconds, peak = timed_process(command)
        times.append(seconds)
        peaks.append(peak)
        cpus.append(LAST_CPU[0])
        say(f"{label}: run {run + 1}/{runs} {seconds:.2f} s (CPU {cpus[-1]:.2f} s), {peak:.0f} MB")
    CPU[label] = statistics.median(cpus)
    return statistics.median(times), max(peaks)


def export_command(source: Path, target: Path, part: str = "full") -> list[str]:
    return [sys.executable, "-m", "agenda_editor", "export", str(source), "-o", str(target),
            "--part", part]  # fmt: skip


def libreoffice(docx: Path, runs: int, folder: Path) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    times, cpus = [], []
    for run in range(runs):
        profile = Path(tempfile.mkdtemp(dir=folder))
        command = [
            soffice, f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx),
        ]  # fmt: skip
        seconds, _peak = timed_process(command)
        times.append(seconds)
        cpus.append(LAST_CPU[0])
        say(f"LibreOffice {docx.stem}: run {run + 1}/{runs} {seconds:.2f} s (CPU {cpus[-1]:.2f} s)")
    CPU[f"libreoffice {docx.stem}"] = statistics.median(cpus)
    return statistics.median(times)


def first_window(runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for run in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(HERE / "window.py"), "--first-window"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
        )  # fmt: skip
        assert process.stdout is not None
        line = process.stdout.readline()
        times.append(time.perf_counter() - start)
        process.wait()
        if b"shown" not in line:
            raise SystemExit("the window did not start")
        say(f"first window: run {run + 1}/{runs} {times[-1]:.2f} s")
    return statistics.median(times)


def window_figures(source: Path, runs: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    say(f"window with {source.stem} open: {runs} runs of each edit")
    out = subprocess.run(
        [sys.executable, str(HERE / "window.py"), str(source), str(runs)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"the window benchmark failed: {out.stderr.strip()[-800:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def compile_package() -> None:
    """Compile our modules to bytecode beside them (``__pycache__``), as installing does."""
    say("compiling agenda_editor (python -m compileall), as an installed application is")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "agenda_editor")], check=True
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each figure (median)")
    parser.add_argument("--sizes", default="300,1000,3000,20000", help="linearity series")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="one run, no 20,000 items")
    parser.add_argument("--no-window", action="store_true", help="skip the window figures")
    parser.add_argument(
        "--no-compile", action="store_true",
        help="do not compile the package first (each process then compiles what it imports, "
        "where PYTHONDONTWRITEBYTECODE is set)",
    )  # fmt: skip
    args = parser.parse_args()
    if not args.no_compile:
        compile_package()
    runs = 1 if args.quick else args.runs
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.quick:
        sizes = [s for s in sizes if s <= 3000]
    figures: dict[str, float | None] = {}
    folder = Path(tempfile.mkdtemp(prefix="agenda-bench-"))
    try:
        with_docx = shutil.which("soffice") is not None
        say(f"writing the meetings in {folder}")
        for name, (tops, days) in meetings.NAMED.items():
            meetings.write(meetings.meeting(tops, days), folder / name, with_docx)
        for name in ("large", "huge"):
            source = folder / f"{name}.json"
            seconds, peak = median_process(
                export_command(source, folder / f"{name}.pdf"), runs, f"export {name}"
            )
            figures[f"export {name}"] = seconds
            if name == "huge":
                figures["export huge memory"] = peak
            if with_docx:
                office = libreoffice(folder / f"{name}.docx", runs, folder)
                figures[f"libreoffice {name}"] = office
                figures[f"ratio {name}"] = office / seconds if office else None
        figures["annex large"], _ = median_process(
            export_command(folder / "large.json", folder / "annex.pdf", "annex"), runs, "annex"
        )
        per_item, above_fixed = {}, {}
        if sizes:
            smallest = meetings.sized(7)
            fixed_count = meetings.count_items(smallest)
            meetings.write(smallest, folder / "series-fixed", docx=False)
            median_process(
                export_command(folder / "series-fixed.json", folder / "series-fixed.pdf"),
                runs, f"export {fixed_count} items",
            )  # fmt: skip
            fixed_cpu = CPU[f"export {fixed_count} items"]
        for size in sizes:
            document = meetings.sized(size)
            count = meetings.count_items(document)
            prefix = folder / f"series-{size}"
            meetings.write(document, prefix, docx=False)
            series_runs = runs if size <= 3000 else 1
            seconds, _ = median_process(
                export_command(prefix.with_suffix(".json"), prefix.with_suffix(".pdf")),
                series_runs, f"export {count} items",
            )  # fmt: skip
            # Per item in CPU time: the wall clock of a shared machine varies with its load.
            per_item[count] = CPU[f"export {count} items"] / count
            figures[f"export {count} items"] = seconds
            figures[f"CPU per item at {count}"] = per_item[count]
            above_fixed[count] = (CPU[f"export {count} items"] - fixed_cpu) / (count - fixed_count)
            figures[f"CPU per item above fixed cost at {count}"] = above_fixed[count]
        if per_item:
            figures["linearity"] = max(per_item.values()) / min(per_item.values())
            figures["linearity above fixed cost"] = max(above_fixed.values()) / min(
                above_fixed.values()
            )
        if not args.no_window:
            figures["first window"] = first_window(max(runs, 3))
            window = window_figures(folder / "huge.json", runs)
            for key, values in window.items():
                if isinstance(values, list) and values:
                    figures["open huge" if key == "open" else key] = statistics.median(values)
            figures["window memory"] = window.get("peak_rss_mb")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for label, cpu in CPU.items():
        figures[f"{label} CPU"] = cpu
    for name in ("large", "huge"):
        ours, office = CPU.get(f"export {name}"), CPU.get(f"libreoffice {name}")
        if ours and office:
            figures[f"ratio {name} CPU"] = office / ours
    report(figures)
    compiled = not args.no_compile
    print(
        "agenda_editor compiled to bytecode before measuring, as installed"
        if compiled
        else "agenda_editor not compiled first: processes compiled what they imported"
        if os.environ.get("PYTHONDONTWRITEBYTECODE")
        else "agenda_editor not compiled first (bytecode written by the first run)"
    )
    if args.json:
        machine = {"python": platform.python_version(), "machine": platform.machine(),
                   "system": platform.platform(), "cpus": os.cpu_count()}  # fmt: skip
        document = {"machine": machine, "runs": runs, "compiled": compiled, "figures": figures}
        args.json.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return 0


def report(figures: dict[str, float | None]) -> None:
    rows = [("figure", "value", "target", "")]
    for name, value in figures.items():
        target, unit = TARGETS.get(name, (None, "s"))
        if name.startswith("CPU per item"):
            unit = "s"
        shown = "-" if value is None else (f"{value * 1000:.1f} ms" if unit == "s" and value < 1
                                           else f"{value:.2f} {unit}")  # fmt: skip
        goal, verdict = "", ""
        if target is not None:
            sign = ">=" if name in AT_LEAST else "<"
            goal = (
                f"{sign} {target * 1000:.0f} ms"
                if unit == "s" and target < 1
                else (f"{sign} {target:g} {unit}")
            )
            if value is not None:
                met = value >= target if name in AT_LEAST else value < target
                verdict = "ok" if met else "MISSED"
        rows.append((name, shown, goal, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
