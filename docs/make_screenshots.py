"""Regenerate the screenshots in docs/screenshots/ from the bundled sample meeting.

    .venv/bin/python docs/make_screenshots.py            # offscreen, no display needed
    xvfb-run -a .venv/bin/python docs/make_screenshots.py  # under a virtual X server

The settings, recent files and recovery data go to a temporary folder: the user's own are
never touched. The dialogs (Find and Replace, the print preview, New Session From This One, an
import's report, the export's warning) are shot in English and in Arabic
(docs/screenshot_dialogs.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "translations"))
sys.path.insert(0, str(ROOT / "docs"))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from agenda_editor.gui.app import application, open_sample  # noqa: E402
from agenda_editor.gui.files import AppFolders  # noqa: E402
from agenda_editor.gui.fonts import register_bundled_fonts  # noqa: E402
from agenda_editor.gui.language import LanguageManager  # noqa: E402
from agenda_editor.gui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)


def settle(ms: int = 300) -> None:
    """Let timers (findings refresh) and layouts run."""
    QTest.qWait(ms)
    QCoreApplication.processEvents()


def item_with_footnote(window: MainWindow) -> str:
    for item in window.document.meeting.walk():
        paragraphs = item.annotation.get(window.document.language, [])
        if any("<footnote>" in paragraph for paragraph in paragraphs):
            return item.id
    return next(window.document.meeting.walk()).id


def shoot(window: MainWindow, name: str) -> Path:
    settle()
    path = OUT / name
    window.grab().save(str(path))
    print(path.relative_to(ROOT))
    return path


def main() -> int:
    app = application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        window = MainWindow(AppFolders(Path(home)))
        if not open_sample(window):
            print("the sample meeting could not be read", file=sys.stderr)
            return 1
        window.resize(*SIZE)
        window.show()
        settle()
        panel = window.agenda_panel
        if hasattr(panel, "select_item"):
            panel.select_item(item_with_footnote(window))
        window.show_tab(window.item_editor)
        shoot(window, "main-window.png")

        window.show_tab(window.meeting_page)
        shoot(window, "meeting-page.png")

        window.show_tab(window.timetable_panel)
        shoot(window, "timetable.png")

        if "fr" in window.document.meeting.languages:
            window.document.set_language("fr")
            window.show_tab(window.item_editor)
            shoot(window, "main-window-fr.png")

        # Findings: a malformed symbol and an item without its French title.
        from agenda_editor.gui.commands.texts import SetItemTitleCommand, SetMeetingFieldCommand

        document = window.document
        document.set_language("en")
        document.push(SetMeetingFieldCommand(document, "symbol", "MDC/COP/WG.1/2026 /1"))
        last = document.meeting.items[-1]
        if "fr" in document.meeting.languages:
            document.push(SetItemTitleCommand(document, last.id, "fr", ""))
        window.findings.refresh()
        window.show_tab(window.meeting_page)
        window.meeting_page.focus_field("symbol")
        shoot(window, "findings.png")

        document.undo_stack.setClean()  # nothing to ask about: this is a throw-away copy
        window.files.shutdown()
        window.close()
        shoot_dialogs_in(app, Path(home))
    app.processEvents()
    return 0


def shoot_dialogs_in(app: object, home: Path) -> None:
    """The dialogs with the sample, in English and then in the Arabic interface."""
    import build_translations
    from screenshot_dialogs import shoot_dialogs

    register_bundled_fonts()
    qm_dir = home / "qm"
    build_translations.build(qm_dir)
    languages = LanguageManager(qm_dir, app)  # type: ignore[arg-type]
    for lang, suffix in (("en", ""), ("ar", "-ar")):
        languages.apply(lang)
        window = MainWindow(AppFolders(home / f"dialogs-{lang}"))
        open_sample(window)
        window.resize(*SIZE)
        window.show()
        settle()
        shoot_dialogs(window, OUT, suffix)
        window.document.undo_stack.setClean()
        window.files.shutdown()
        window.close()
        window.deleteLater()
        settle(50)
    languages.apply("en")


if __name__ == "__main__":
    raise SystemExit(main())
