"""The main window shell: title, undo, menus, status bar, docks, going to what findings name."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from agenda_editor.core.rules import Target
from agenda_editor.gui import files
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.commands.tree import RemoveItemCommand
from agenda_editor.gui.main_window import MainWindow
from agenda_editor.storage import session
from tests import factories


def _menu_texts(window) -> dict[str, list[str]]:
    result = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            result[action.text().replace("&", "")] = [
                a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
            ]
    return result


def test_title_names_the_file_and_marks_unsaved_changes(make_window, tmp_path, monkeypatch):
    window = make_window(factories.sample_meeting())
    assert window.windowTitle() == "Untitled[*] — Agenda Editor"
    assert not window.isWindowModified()
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", "A/B/1"))
    assert window.isWindowModified()
    window.menus.undo_action.trigger()
    assert not window.isWindowModified()
    assert window.document.meeting.symbol == factories.sample_meeting().symbol
    assert window.statusBar().currentMessage() == "Undone: Edit meeting details"
    window.menus.redo_action.trigger()
    assert window.document.meeting.symbol == "A/B/1"
    assert window.statusBar().currentMessage() == "Redone: Edit meeting details"

    monkeypatch.setattr(window.files, "ask_save_path", lambda: tmp_path / "wg4.agenda")
    window.menus.save_action.trigger()
    assert window.windowTitle() == "wg4.agenda[*] — Agenda Editor"
    assert not window.isWindowModified()


def test_menus_hold_the_file_edit_view_and_help_commands(make_window):
    window = make_window(factories.sample_meeting())
    menus = _menu_texts(window)
    assert list(menus)[:2] == ["File", "Edit"] and list(menus)[-1] == "Help"
    assert "View" in menus
    assert menus["File"][:5] == [
        "New", "New from Existing...", "New Session From This One...", "Open...", "Open Recent",
    ]  # fmt: skip
    for command in ("Save", "Save As...", "Revert", "Export PDF...", "Close", "Quit"):
        assert command in menus["File"]
    assert menus["Edit"][:2][0].startswith("Undo") and menus["Edit"][:2][1].startswith("Redo")
    # The agenda panel's commands follow Undo/Redo.
    panel_texts = [
        a.text().replace("&", "") for a in window.agenda_panel.actions_for_menu() if a is not None
    ]
    assert panel_texts and set(panel_texts) <= set(menus["Edit"])
    assert "Findings" in menus["View"] and "Undo History" in menus["View"]
    # The item editor's formatting commands have their own menu.
    formatting = [
        a.text().replace("&", "") for a in window.item_editor.actions_for_menu() if a is not None
    ]
    assert formatting and set(formatting) <= set(menus["Format"])


def test_standard_shortcuts(make_window):
    window = make_window()
    menus = window.menus
    expected = {
        menus.new_action: QKeySequence.StandardKey.New,
        menus.open_action: QKeySequence.StandardKey.Open,
        menus.save_action: QKeySequence.StandardKey.Save,
        menus.quit_action: QKeySequence.StandardKey.Quit,
        menus.undo_action: QKeySequence.StandardKey.Undo,
        menus.redo_action: QKeySequence.StandardKey.Redo,
    }
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key)


def test_undo_history_is_hidden_until_the_view_menu_shows_it(make_window):
    window = make_window(factories.sample_meeting())
    window.show()
    assert not window.undo_dock.isVisible()
    window.menus.undo_view_action.trigger()
    assert window.undo_dock.isVisible()
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", "A/B/1"))
    assert window.undo_view.stack() is window.document.undo_stack
    assert window.undo_view.model().rowCount() == 2  # "<opened>" and the edit
    window.menus.findings_action.trigger()
    assert not window.findings_dock.isVisible()


def test_status_bar_counts_findings(qtbot, make_window):
    window = make_window(factories.sample_meeting())
    assert window.findings_label.text() == "No problems found"
    window.document.push(SetMeetingFieldCommand(window.document, "symbol", "bad symbol"))
    window.document.push(RemoveItemCommand(window.document, "resources"))
    qtbot.waitUntil(lambda: "1 error" in window.findings_label.text(), timeout=2000)
    errors = sum(1 for f in window.findings.findings if f.severity == "error")
    assert errors == 1


def test_panel_messages_reach_the_status_bar(make_window):
    window = make_window(factories.sample_meeting())
    window.agenda_panel.status_message.emit("Moved item 3 to position 2")
    assert window.statusBar().currentMessage() == "Moved item 3 to position 2"


def test_going_to_an_item_selects_it_in_the_tree_and_shows_the_editor(make_window):
    window = make_window(factories.sample_meeting())
    window.show_tab(window.meeting_page)
    window.go_to(Target("item", "coop-joint", field="title"))
    assert window.agenda_panel.current_item_id() == "coop-joint"
    assert window.tabs.currentWidget() is window.item_editor


def test_going_to_an_untranslated_item_switches_the_language_version(make_window):
    window = make_window(factories.sample_meeting())
    window.go_to(Target("item", "needs", lang="fr"))
    assert window.document.language == "fr"
    assert window.agenda_panel.current_item_id() == "needs"


def test_going_to_a_meeting_field_focuses_it(qtbot, make_window):
    window = make_window(factories.sample_meeting())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.go_to(Target("meeting", field="venue"))
    assert window.tabs.currentWidget() is window.meeting_page
    qtbot.waitUntil(lambda: window.meeting_page.texts["venue"].hasFocus(), timeout=1000)


def test_going_to_a_day_or_slot_shows_the_timetable(make_window):
    window = make_window(factories.sample_meeting())
    window.go_to(Target("slot", day=1, slot=0))
    assert window.tabs.currentWidget() is window.timetable_panel
    window.show_tab(window.meeting_page)
    window.go_to(Target("day", day=0))
    assert window.tabs.currentWidget() is window.timetable_panel


def test_window_geometry_is_remembered(qtbot, make_window, app_dirs):
    window = make_window(factories.sample_meeting())
    window.resize(700, 520)  # within the offscreen screen (800 x 600)
    window.undo_dock.show()
    window.save_state()
    again = MainWindow(files.AppFolders(app_dirs.root))  # as at the next start
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)
    assert not again.undo_dock.isHidden()
    again.files.shutdown()


def test_the_language_selector_switches_the_version_being_edited(make_window):
    window = make_window(factories.sample_meeting())
    selector = window.menus.language_selector
    assert [selector.itemData(i) for i in range(selector.count())] == ["en", "fr"]
    selector.activated.emit(selector.findData("fr"))
    assert window.document.language == "fr"
    assert window.meeting_page.texts["venue"].text() == "Vienne"


def test_export_writes_one_file_per_language_version(make_window, tmp_path, monkeypatch):
    from agenda_editor.gui.dialogs import export_pdf

    calls = []

    def fake_export(meeting, path, lang, part, allow_missing, progress):
        progress(1, 2)
        path.write_bytes(b"%PDF-1.4\n")
        calls.append((meeting.symbol, path.name, lang, part, allow_missing))

    window = make_window(factories.sample_meeting())
    dialog = export_pdf.ExportPdfDialog(window.document.meeting, "en", tmp_path / "wg.pdf", window)
    dialog.languages["fr"].setChecked(True)
    dialog.part.setCurrentIndex(dialog.part.findData("agenda"))
    written = export_pdf.export_files(
        window, window.document.snapshot(), dialog.targets(), dialog.chosen_part(),
        False, False, fake_export,
    )  # fmt: skip
    assert [p.name for p in written] == ["wg-en.pdf", "wg-fr.pdf"]
    assert calls == [
        ("CFC/COP/WG.4/2026/1", "wg-en.pdf", "en", "agenda", False),
        ("CFC/COP/WG.4/2026/1", "wg-fr.pdf", "fr", "agenda", False),
    ]


def test_a_saved_file_opened_from_the_command_line(qtbot, app_dirs, tmp_path):
    from agenda_editor.gui import app

    path = tmp_path / "m.agenda"
    session.save(factories.sample_meeting(), path)
    window = app.build_window(path, app_dirs)
    qtbot.addWidget(window)
    assert window.document.path == path.absolute()
    assert window.windowTitle().startswith("m.agenda")
    window.files.shutdown()


def test_export_with_the_real_exporter_writes_a_pdf(make_window, tmp_path):
    from agenda_editor.gui.dialogs import export_pdf

    exporter = export_pdf.exporter()
    window = make_window(factories.sample_meeting())
    target = tmp_path / "wg.pdf"
    written = export_pdf.export_files(
        window, window.document.snapshot(), {"fr": target}, "full", False, False, exporter
    )
    assert written == [target]
    assert target.read_bytes().startswith(b"%PDF")
    assert "wg.pdf" in window.statusBar().currentMessage()


def test_an_export_that_fails_says_which_version_and_why(make_window, tmp_path, no_real_dialogs):
    from agenda_editor.gui.dialogs import export_pdf

    def failing(*args):
        raise ValueError("item 3 is not translated into French")

    window = make_window(factories.sample_meeting())
    written = export_pdf.export_files(
        window, window.document.snapshot(), {"fr": tmp_path / "x.pdf"}, "full", False, False,
        failing,
    )  # fmt: skip
    assert written == []
    [(kind, text)] = no_real_dialogs
    assert kind == "critical" and "French" in text and "item 3 is not translated" in text


def test_the_translation_tab_and_preferences_are_reachable_from_the_menus(make_window):
    window = make_window(factories.sample_meeting())
    window.menus.show_translation_action.trigger()
    assert window.tabs.currentWidget() is window.translation_panel
    assert window.tabs.count() == 4
    assert window.menus.preferences_action.isVisible()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    expected = standard[0] if standard else QKeySequence("Ctrl+,")
    assert window.menus.preferences_action.shortcut() == expected
    assert not window.menus.preferences_action.shortcut().isEmpty()


def test_new_meetings_use_the_page_size_chosen_in_preferences(make_window):
    from agenda_editor.core.model import PageSize

    window = make_window(factories.sample_meeting())
    window.folders.settings.page_size = PageSize.LETTER
    window.files.new_blank()
    assert window.document.meeting.page_size is PageSize.LETTER


def test_no_two_window_wide_commands_share_a_shortcut(make_window):
    """An ambiguous shortcut does nothing at all in Qt: each key must name one command."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    window = make_window(factories.sample_meeting())
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            continue
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert owners and not shared


def test_a_session_file_dropped_on_the_window_opens(make_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    path = tmp_path / "dropped.agenda"
    session.save(factories.sample_meeting(), path)
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, keys)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, keys))
    assert window.document.path == path.absolute()

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    refused = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, other, buttons, keys)
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_a_meeting_opens_on_its_first_item(make_window):
    window = make_window(factories.sample_meeting())
    assert window.agenda_panel.current_item_id() == "org"
    assert window.item_editor.item_id == "org"
    window.files.new_blank()
    first = window.document.meeting.items[0].id
    assert window.item_editor.item_id == first
