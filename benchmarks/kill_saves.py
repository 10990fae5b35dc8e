"""The reliability campaign behind docs/reliability.md: killed saves and lock races, in numbers.

Run: ``.venv/bin/python benchmarks/kill_saves.py [KILLS] [RACE_TRIALS]`` (default 500 and 400).
A child process saves a meeting in a loop through the real save path and is SIGKILLed at a
random moment, KILLS times; likewise a child replacing the file's named versions
(``session.replace_versions``, which writes only the versions), KILLS times; then 8 processes
race for the same edit lock RACE_TRIALS times (half of them over a stale lock). It prints the
figures and exits non-zero if anything was lost.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.storage.kill_campaign import run_kills
from tests.storage.test_lock_race import run_race


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    seed = time.time_ns() % 100_000
    problems: list[str] = []
    lost = 0
    for action, title in (("save", "killed saves"), ("versions", "killed version replacements")):
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            figures = asdict(run_kills(Path(folder), kills, seed, action=action))
            figures["seconds"] = round(time.monotonic() - started, 1)
        problems += figures.pop("problems")
        lost += figures["lost"] + figures["litter_after_next_save"]
        print(json.dumps({title: {"seed": seed, **figures}}, indent=2))
    with tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        race = run_race(Path(folder), trials)
        race["seconds"] = round(time.monotonic() - started, 1)  # type: ignore[assignment]
    print(json.dumps({"lock races": race}, indent=2))
    for problem in problems:
        print(problem)
    bad = lost or race["two_holders"] or race["no_holder"] or race["taken_away"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
