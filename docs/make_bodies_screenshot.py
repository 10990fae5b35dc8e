"""The screenshot of the timetable of two bodies meeting side by side (plenary and Committee of
the Whole) over five days, in a 1400-pixel window: docs/screenshots/timetable-bodies.png.

    .venv/bin/python docs/make_bodies_screenshot.py

It reads docs/renders/bodies/two-bodies.json and spreads its two days over a week.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from make_screenshots import OUT, SIZE, shoot  # noqa: E402

from agenda_editor.core.model import Meeting  # noqa: E402
from agenda_editor.gui.app import application  # noqa: E402
from agenda_editor.gui.document import MeetingDocument  # noqa: E402
from agenda_editor.gui.files import AppFolders  # noqa: E402
from agenda_editor.gui.main_window import MainWindow  # noqa: E402
from agenda_editor.interchange import load_json  # noqa: E402


def five_days(meeting: Meeting) -> Meeting:
    """The meeting over five days: the first two as given, then the same pattern again."""
    days = meeting.timetable.days
    for n in range(2, 5):
        day = copy.deepcopy(days[n % 2] if n < 4 else days[1])
        day.date = days[0].date + dt.timedelta(days=n)
        if n == 4:
            day.slots = day.slots[:1]  # the last day: the plenary adopts the report
        days.append(day)
    meeting.end = days[-1].date
    return meeting


def main() -> int:
    app = application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    meeting = five_days(load_json(ROOT / "docs" / "renders" / "bodies" / "two-bodies.json"))
    with tempfile.TemporaryDirectory() as home:
        window = MainWindow(AppFolders(Path(home)))
        window.set_document(MeetingDocument(meeting))
        window.resize(*SIZE)
        window.show()
        window.show_tab(window.timetable_panel)
        shoot(window, "timetable-bodies.png")
        window.document.undo_stack.setClean()
        window.files.shutdown()
        window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
