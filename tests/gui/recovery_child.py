"""The editor as a user runs it, typing into the real window until it is killed.

``python tests/gui/recovery_child.py FILE HOME INTERVAL_MS``: opens FILE with its settings in
HOME (offscreen), then types one digit into the meeting's symbol field every INTERVAL_MS,
printing ``edit N TIME`` after each keystroke (N digits typed, TIME in seconds since the epoch).
Used by ``tests/gui/test_recovery_kill.py``, which SIGKILLs it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from agenda_editor.gui import app
from agenda_editor.gui.files import AppFolders


def main() -> None:
    path, home, interval = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    application = app.application([sys.argv[0]])
    window = app.build_window(path, AppFolders(home), recover=False)
    window.show()
    field = window.meeting_page.symbol
    typed = 0

    def type_one() -> None:
        nonlocal typed
        field.setFocus()
        field.end(False)
        QTest.keyClicks(field, str(typed % 10))
        typed += 1
        print(f"edit {typed} {time.time():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(interval)
    print(f"ready {window.document.meeting.symbol}", flush=True)
    application.exec()


if __name__ == "__main__":
    main()
