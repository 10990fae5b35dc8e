"""The screenshot of File > Versions... on the bundled sample meeting: docs/screenshots/versions.png
(add ``ar`` for the Arabic interface: versions-ar.png, not kept in the repository).

    .venv/bin/python docs/make_versions_screenshot.py [ar]

The sample is saved to a temporary folder, kept as a version "sent to the Bureau", edited (a
title, an annotation, an item moved), kept as "Rev.1", then given a new item; the dialog shows
what changed since "sent to the Bureau".
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

from make_screenshots import OUT, settle  # noqa: E402

from agenda_editor.core.model import AgendaItem  # noqa: E402
from agenda_editor.core.tree import Position  # noqa: E402
from agenda_editor.gui.app import application, open_sample  # noqa: E402
from agenda_editor.gui.commands.texts import SetAnnotationCommand, SetItemTitleCommand  # noqa: E402
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand  # noqa: E402
from agenda_editor.gui.files import AppFolders  # noqa: E402
from agenda_editor.gui.language import language_manager  # noqa: E402
from agenda_editor.gui.main_window import MainWindow  # noqa: E402


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as home:
        language_manager().apply(lang)
        window = MainWindow(AppFolders(Path(home)))
        if not open_sample(window):
            print("the sample meeting could not be read", file=sys.stderr)
            return 1
        document = window.document
        original = document.meeting.original_language
        window.files.suggested_path = None
        path = Path(home) / "sample.agenda"
        window.files.ask_save_path = lambda: path  # type: ignore[method-assign]
        versions = window.menus.versions
        versions.save_version("sent to the Bureau")
        meeting = document.meeting
        second = meeting.items[1]
        title = second.title.get(original, "")
        document.push(SetItemTitleCommand(document, second.id, original, title + " and priorities"))
        annotated = next(item for item in meeting.walk() if item.annotation.get(original))
        paragraphs = list(annotated.annotation[original])
        paragraphs[0] = paragraphs[0].replace(" the ", " the present ", 1)
        document.push(
            SetAnnotationCommand(document, annotated.id, original, paragraphs, merge=False)
        )
        document.push(MoveItemCommand(document, meeting.items[-2].id, Position(None, 1)))
        versions.save_version("Rev.1")
        new = AgendaItem(title={original: "Election of officers"})
        document.push(InsertItemCommand(document, new, Position(None, 1)))
        window.resize(1200, 800)
        window.show()
        dialog = versions.show_versions()
        dialog.select(0)
        dialog.resize(820, 700)
        settle()
        name = "versions.png" if lang == "en" else f"versions-{lang}.png"
        dialog.grab().save(str(OUT / name))
        print(OUT / name)
        document.undo_stack.setClean()
        dialog.close()
        window.files.shutdown()
        window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
