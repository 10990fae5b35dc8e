"""The window killed while the user types, many times: how much typing the recovery data keeps.

Run: ``.venv/bin/python benchmarks/kill_window.py [KILLS]`` (default 20). Each time the real
editor (offscreen, ``tests/gui/recovery_child.py``) opens a session file, types into the
meeting's symbol field ten times a second and is SIGKILLed at a random moment 0.3-5 s after the
first keystroke; then the recovery data kept for that file is read. It prints how many kills
kept something, the most typing lost (the promise: at most 2 s) and exits non-zero past it.
``tests/gui/test_recovery_kill.py`` does two such kills and also checks that the restarted
window (with and without the file) offers the work.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agenda_editor.storage import session
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.settings import AppDirs
from tests import factories
from tests.gui.test_recovery_kill import MAX_LOST_SECONDS, _type_then_kill


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = random.Random(time.time_ns())
    worst = 0.0
    offered = 0
    started = time.monotonic()
    for _ in range(kills):
        with tempfile.TemporaryDirectory() as folder:
            path, home = Path(folder) / "meeting.agenda", Path(folder) / "home"
            session.save(factories.sample_meeting(), path)
            base, times, killed_at = _type_then_kill(path, home, rng.uniform(0.3, 5.0))
            entries = RecoveryStore(AppDirs(home).recovery).entries_for(path)
            if not entries:
                worst = max(worst, killed_at - times[0])
                continue
            offered += 1
            kept = len(entries[0].load_meeting().symbol) - len(base)
            lost = 0.0 if kept >= len(times) else killed_at - times[kept]
            worst = max(worst, lost)
    figures = {
        "kills": kills,
        "work offered back": offered,
        "most typing lost (s)": round(worst, 2),
        "seconds": round(time.monotonic() - started, 1),
    }
    print(json.dumps({"killed window": figures}, indent=2))
    return 0 if offered == kills and worst <= MAX_LOST_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
