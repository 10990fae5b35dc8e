"""Schedule In... on an agenda item: the keyboard way to put it in the organization of work."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from agenda_editor.core.timetable import placements


def _select(window, *item_ids: str) -> None:
    view = window.agenda_panel.view
    model = view.agenda_model()
    view.selectionModel().clearSelection()
    for item_id in item_ids:
        view.selectionModel().select(
            model.index_of(item_id), QItemSelectionModel.SelectionFlag.Select
        )
    view.setCurrentIndex(model.index_of(item_ids[-1]))


def test_schedule_in_puts_the_selected_items_in_the_chosen_meeting(window) -> None:
    panel = window.timetable_panel
    chosen: list[object] = []

    def choose_second_day_afternoon(dialog) -> bool:
        chosen.append(dialog)
        dialog.day_combo.setCurrentIndex(1)
        dialog.slot_combo.setCurrentIndex(1)
        return True

    panel.run_dialog = choose_second_day_afternoon
    _select(window, "needs")
    before = [p for p in placements(window.document.meeting.timetable) if p.item_id == "needs"]

    window.menus.schedule_in_action.trigger()

    assert chosen, "the Schedule In dialog was not shown"
    assert window.tabs.currentWidget() is panel
    afternoon = window.document.meeting.timetable.days[1].slots[1].items
    assert "needs" in afternoon
    after = [p for p in placements(window.document.meeting.timetable) if p.item_id == "needs"]
    assert len(after) == len(before) + 1
    window.document.undo_stack.undo()
    assert [p for p in placements(window.document.meeting.timetable) if p.item_id == "needs"] == (
        before
    )


def test_schedule_in_is_in_the_tree_context_menu_and_the_timetable_menu(window) -> None:
    action = window.menus.schedule_in_action
    assert action in window.agenda_panel.view.actions()
    assert action in window.menus.timetable_menu.actions()
    assert action.shortcut().toString() == "Ctrl+T"
