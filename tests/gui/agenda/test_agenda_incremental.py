"""The agenda model updates itself from what an edit changed (the rows whose number or marks
changed, lookups through the meeting's index): after any sequence of edits, undos and redos it
shows what a model built afresh on the same meeting shows, and every row whose text changed was
announced to the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit

from agenda_editor.gui.agenda import model as agenda_model
from agenda_editor.gui.agenda.model import (
    ITEM_ID_ROLE,
    UNSCHEDULED_ROLE,
    UNTRANSLATED_ROLE,
    AgendaModel,
)
from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.document import MeetingDocument
from tests import factories
from tests.gui.random_steps import random_steps

ACTIONS = (
    "add", "add_sub", "delete", "up", "down", "indent", "outdent", "drop", "rename",
    "unschedule", "undo", "redo",
)  # fmt: skip
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    ITEM_ID_ROLE,
    UNTRANSLATED_ROLE,
    UNSCHEDULED_ROLE,
)


def rows(model: AgendaModel, parent: QModelIndex | None = None) -> list[tuple[object, ...]]:
    """Each row, depth first: its row number, its parent's id and what it shows in each role."""
    parent = parent or QModelIndex()
    result: list[tuple[object, ...]] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert index.parent() == parent
        assert model.index_of(model.item_id(index)) == index
        result.append(
            (
                row,
                model.item_id(parent),
                model.hasChildren(index),
                *(model.data(index, role) for role in ROLES),
            )
        )
        result.extend(rows(model, index))
    return result


def texts(model: AgendaModel) -> dict[str, str]:
    return {str(row[3 + ROLES.index(ITEM_ID_ROLE)]): str(row[3]) for row in rows(model)}


# The numbers shown are checked row by row (few rows shown) or in one walk (many): both ways.
@pytest.mark.parametrize("one_walk_share", [0.0, 2.0])
@random_steps(ACTIONS, examples=30, longest=14)
def test_the_model_after_edits_shows_what_a_fresh_model_shows(
    qtbot, monkeypatch, one_walk_share, steps
) -> None:
    monkeypatch.setattr(agenda_model, "ONE_WALK_SHARE", one_walk_share)
    document = MeetingDocument(factories.sample_meeting())
    panel = AgendaPanel(document)
    panel.show()
    announced: set[str] = set()

    def note(top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        parent = top_left.parent()
        for row in range(top_left.row(), bottom_right.row() + 1):
            announced.add(panel.model.item_id(panel.model.index(row, 0, parent)) or "")

    panel.model.dataChanged.connect(note)
    try:
        for action, pick, where in steps:
            before = texts(panel.model)
            announced.clear()
            _edit(panel, document, action, pick, where)
            fresh = AgendaModel(document)
            try:
                assert rows(panel.model) == rows(fresh)
            finally:
                fresh.deleteLater()
            after = texts(panel.model)
            unannounced = {
                item_id
                for item_id, text in after.items()
                if item_id in before and before[item_id] != text and item_id not in announced
            }
            assert not unannounced, (action, unannounced)
    finally:
        panel.close()
        panel.deleteLater()
        document.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _edit(panel: AgendaPanel, document: MeetingDocument, action: str, pick: int, where: int):
    ids = [item.id for item in document.meeting.walk()]
    if ids:
        panel.select_item(ids[pick % len(ids)])
    model = panel.model
    if action == "add":
        panel.add_item()
    elif action == "add_sub":
        panel.add_sub_item()
    elif action == "delete":
        panel.delete_items()
    elif action in ("up", "down"):
        panel.move_current(-1 if action == "up" else 1)
    elif action == "indent":
        panel.indent_current()
    elif action == "outdent":
        panel.outdent_current()
    elif action == "rename" and ids:
        title = "" if where % 5 == 0 else f"Title {where}"
        model.setData(model.index_of(panel.current_item_id()), title, Qt.ItemDataRole.EditRole)
    elif action == "unschedule" and ids:
        document.remove_placements([ids[where % len(ids)]])
    elif action == "undo":
        document.undo_stack.undo()
    elif action == "redo":
        document.undo_stack.redo()
    elif action == "drop" and ids:
        target = model.index_of(ids[where % len(ids)]) if where % 3 else QModelIndex()
        data = model.mimeData([model.index_of(panel.current_item_id())])
        if model.canDropMimeData(data, model.supportedDropActions(), where % 4, 0, target):
            model.dropMimeData(data, model.supportedDropActions(), where % 4, 0, target)
    if panel.view.state() == QAbstractItemView.State.EditingState:
        editor = panel.view.findChild(QLineEdit)
        assert editor is not None
        panel.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
