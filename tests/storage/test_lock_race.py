"""The edit lock under a race: many processes try at once, exactly one holds it.

Each trial releases a crowd of processes on a barrier at the same instant against one session
file: a fresh file (nobody holds its lock) or one whose lock was left by a dead process (all of
them take it over at once). In every trial exactly one process must hold the lock, and it must
still be its lock once everybody has tried. ``benchmarks/kill_saves.py`` runs hundreds of trials.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agenda_editor.storage import locks

PROCESSES = 8


def _race(paths: list[str], barrier: Any, results: Any, worker: int) -> None:
    """One racer: at each trial try the lock, wait for all, check it is still ours, let go."""
    for trial, path in enumerate(paths):
        barrier.wait()
        try:
            held: locks.SessionLock | None = locks.acquire(path)
        except locks.LockError:
            held = None
        barrier.wait()  # everybody has tried
        still = held is not None and getattr(locks.read_owner(path), "token", None) == (
            held.owner.token
        )
        results.put((trial, worker, held is not None, still))
        barrier.wait()  # everybody has looked
        if held is not None:
            held.release()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def run_race(folder: Path, trials: int, processes: int = PROCESSES) -> dict[str, int]:
    """Race ``processes`` processes over ``trials`` files; half start with a stale lock."""
    dead = _dead_pid()
    paths = []
    for trial in range(trials):
        path = folder / f"race {trial}.agenda"
        path.write_bytes(b"")
        if trial % 2:
            locks.lock_path(path).write_text(
                json.dumps({"host": socket.gethostname(), "user": "gone", "pid": dead,
                            "time": "2031-04-07T08:15:00+00:00"}),
                encoding="utf-8",
            )  # fmt: skip
        paths.append(str(path))
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    results = context.Queue()
    workers = [
        context.Process(target=_race, args=(paths, barrier, results, n)) for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    rows = [results.get(timeout=60) for _ in range(trials * processes)]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    holders = {trial: 0 for trial in range(trials)}
    lost = 0
    for trial, _worker, held, still in rows:
        holders[trial] += held
        lost += held and not still
    leftovers = [p.name for p in folder.iterdir() if p.suffix != ".agenda"]
    return {
        "trials": trials,
        "processes": processes,
        "two_holders": sum(count > 1 for count in holders.values()),
        "no_holder": sum(count == 0 for count in holders.values()),
        "taken_away": lost,
        "files_left": len(leftovers),
    }


def _check(figures: dict[str, int]) -> None:
    assert figures["two_holders"] == 0, figures
    assert figures["no_holder"] == 0, figures
    assert figures["taken_away"] == 0, figures
    assert figures["files_left"] == 0, figures  # every lock released, no temporary left


def test_many_processes_racing_for_a_lock_one_holds_it(tmp_path: Path) -> None:
    _check(run_race(tmp_path, trials=30))


def test_a_full_disk_leaves_no_empty_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Creating the lock file and then failing to write it left a 0-byte lock behind."""
    session = tmp_path / "meeting.agenda"
    session.write_bytes(b"")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(locks.LockError, match="No space left on device"):
        locks.acquire(session)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meeting.agenda"]
    locks.acquire(session).release()  # and the next try works


@pytest.fixture
def full_disk(tmp_path: Path):
    """A real, tiny file system filled to the last byte (root only: skipped elsewhere)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("no permission to mount a small file system")
    try:
        (folder / "meeting.agenda").write_bytes(b"")
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_really_full_disk_leaves_no_empty_lock_file(full_disk: Path) -> None:
    with pytest.raises(locks.LockError, match="No space left on device"):
        locks.acquire(full_disk / "meeting.agenda")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "meeting.agenda"]
