"""The real window killed while the user types: the next start offers the work back.

A child process runs the editor (offscreen) on a session file and types into the meeting's
symbol field ten times a second; it is SIGKILLed, once shortly after the first keystroke and
once after a few seconds of typing. Restarted without the file and then with it, the editor
must offer the unsaved work, and at most the last 2 seconds of typing may be missing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agenda_editor.gui import app, files
from agenda_editor.gui.dialogs import recovery
from agenda_editor.storage import session
from tests import factories

CHILD = Path(__file__).with_name("recovery_child.py")
ROOT = Path(__file__).resolve().parents[2]
#: The promise: a kill loses at most this much typing.
MAX_LOST_SECONDS = 2.0


def _type_then_kill(path: Path, home: Path, seconds_after_first_edit: float) -> tuple:
    """Run the child, kill it; returns (symbol at start, edit times, kill time)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-u", str(CHILD), str(path), str(home), "100"],
        stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    try:
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "ready", ready
        first = child.stdout.readline().split()
        assert first[:2] == ["edit", "1"], first
        time.sleep(max(0.0, float(first[2]) + seconds_after_first_edit - time.time()))
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        rest = [line.split() for line in child.stdout.read().splitlines()]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    times = [float(first[2])] + [float(w[2]) for w in rest if len(w) == 3 and w[0] == "edit"]
    return ready[1], times, killed_at


def _restart(qtbot, monkeypatch, home: Path, path: Path | None, choice: str) -> tuple:
    offered: list = []

    def choose(_parent, entries):
        offered.append([entry.original_path for entry in entries])
        return choice, entries[0] if choice == "recover" else None

    monkeypatch.setattr(recovery, "choose_recovery", choose)
    window = app.build_window(path, files.AppFolders(home))
    qtbot.addWidget(window)
    return window, offered


@pytest.mark.parametrize("after", [0.5, 3.3], ids=["soon-after-the-first-keystroke", "typing"])
def test_killed_while_typing_the_work_is_offered_and_at_most_2_s_lost(
    qtbot, app_home, tmp_path, monkeypatch, after
):
    path = tmp_path / "meeting.agenda"
    session.save(factories.sample_meeting(), path)
    base, times, killed_at = _type_then_kill(path, app_home, after)

    # Started without a file: the kept work is offered (decided later: it stays kept).
    window, offered = _restart(qtbot, monkeypatch, app_home, None, "later")
    assert offered == [[path.absolute()]]
    window.files.shutdown()
    # Started with the file (a double-click): offered again, and recovered.
    window, offered = _restart(qtbot, monkeypatch, app_home, path, "recover")
    assert offered == [[path.absolute()]]
    symbol = window.document.meeting.symbol
    assert symbol.startswith(base)
    kept = len(symbol) - len(base)
    assert symbol[len(base) :] == "".join(str(n % 10) for n in range(kept))
    assert kept >= 1  # the first keystroke is always kept
    lost = 0.0 if kept >= len(times) else killed_at - times[kept]
    assert lost <= MAX_LOST_SECONDS, (kept, len(times), lost)
    assert window.isWindowModified()
    assert session.load(path).meeting.symbol == base  # the file itself was never touched
    window.files.shutdown()
