"""Saves killed at random moments: a child process saves in a loop, we SIGKILL it, and look.

Used by ``tests/storage/test_kill_saves.py`` (a few dozen kills in CI) and by
``benchmarks/kill_saves.py`` (hundreds). After every kill the file must open and hold the last
finished save or the one in progress; the next save (ours) must leave no litter beside it. The
child either saves the meeting (``action="save"``, through one ``session.SessionWriter``: the
first save writes every row, the next ones the rows that changed) or replaces the file's named
versions (``action="versions"``, :func:`session.replace_versions`, which writes only the
versions); a save is told by the meeting's symbol, a replacement by the name of the one
version it keeps.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from agenda_editor.storage import session
from tests import factories

#: The child: announces each save before and after it, through the real save path.
_CHILD = """
import sys
from agenda_editor.storage import session
from agenda_editor.storage.versions import make_version
from tests import factories
path, first, action = sys.argv[1], int(sys.argv[2]), sys.argv[3]
meeting = factories.sample_meeting()
writer = session.SessionWriter()
print("ready", flush=True)
n = first
while True:
    print(f"start {n}", flush=True)
    if action == "save":
        meeting.symbol = f"S/{n}"
        meeting.items[0].title["en"] = f"Item {n}"
        writer.save(meeting, path)
    else:
        session.replace_versions(path, None, [make_version(meeting, f"S/{n}")])
    print(f"done {n}", flush=True)
    n += 1
"""


def _state(loaded: session.LoadedSession) -> str:
    """Which save a file holds: its one version's name, else its meeting's symbol."""
    return loaded.versions[-1].name if loaded.versions else loaded.meeting.symbol


@dataclass
class KillFigures:
    kills: int = 0
    #: Kills that landed while a save was under way (after "start", before "done").
    during_save: int = 0
    #: Of those, how often the save in progress was already in place.
    in_progress_landed: int = 0
    #: Temporary files found beside the meeting right after a kill (before the next save).
    litter_after_kill: int = 0
    #: Temporary files still there after the next save (must stay 0).
    litter_after_next_save: int = 0
    #: Files that did not open, or held neither the last nor the in-progress save (must be 0).
    lost: int = 0
    problems: list[str] = field(default_factory=list)


def _beside(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def run_kills(
    folder: Path, kills: int, seed: int, max_delay: float = 0.25, action: str = "save"
) -> KillFigures:
    """Kill ``kills`` children saving (``action``) at random moments; returns what was seen."""
    rng = random.Random(seed)
    path = folder / "meeting.agenda"
    meeting = factories.sample_meeting()
    meeting.symbol = "P/0"
    session.save(meeting, path)
    figures = KillFigures()
    root = Path(__file__).resolve().parents[2]
    environment = {**os.environ, "PYTHONPATH": str(root)}
    first = 1
    for round_ in range(1, kills + 1):
        child = subprocess.Popen(
            [sys.executable, "-u", "-c", _CHILD, str(path), str(first), action],
            stdout=subprocess.PIPE, text=True, env=environment, cwd=root,
        )  # fmt: skip
        assert child.stdout is not None
        ready = child.stdout.readline()
        if ready.strip() != "ready":
            child.kill()
            raise RuntimeError(f"the saving child did not start: {ready!r}")
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        words = [line.split() for line in child.stdout.read().splitlines()]
        seen = [(w[0], int(w[1])) for w in words if len(w) == 2 and w[1].isdigit()]
        child.stdout.close()
        figures.kills += 1
        started = [n for word, n in seen if word == "start"]
        done = [n for word, n in seen if word == "done"]
        allowed = {f"P/{round_ - 1}" if not done else f"S/{done[-1]}"}
        if started and (not done or started[-1] != done[-1]):
            figures.during_save += 1
            allowed.add(f"S/{started[-1]}")
        figures.litter_after_kill += len(_beside(folder, path.name))
        try:
            loaded = session.load(path)
            symbol = _state(loaded)
        except session.SessionFileError as error:
            figures.lost += 1
            figures.problems.append(f"kill {round_}: {error}")
            symbol = ""
        else:
            if action != "save" and loaded.meeting.symbol != f"P/{round_ - 1}":
                figures.lost += 1
                figures.problems.append(f"kill {round_}: the meeting is {loaded.meeting.symbol}")
            elif symbol not in allowed:
                figures.lost += 1
                figures.problems.append(f"kill {round_}: holds {symbol}, expected {allowed}")
            elif started and symbol == f"S/{started[-1]}" and len(allowed) == 2:
                figures.in_progress_landed += 1
        meeting.symbol = f"P/{round_}"
        session.save(meeting, path)  # the next save: cleans up what the kill left
        left = _beside(folder, path.name)
        if left:
            figures.litter_after_next_save += len(left)
            figures.problems.append(f"kill {round_}: left after the next save: {left}")
        first = (started[-1] if started else first) + 1
    return figures
