"""Random sequences of tree edits through the panel: the model stays consistent with the
meeting at every step (Qt's model tester watches), and undoing everything restores the
starting meeting exactly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit

from agenda_editor.gui.agenda.model import ITEM_ID_ROLE, AgendaModel
from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.document import MeetingDocument
from tests import factories
from tests.gui.random_steps import random_steps

ACTIONS = ("add", "add_sub", "delete", "up", "down", "indent", "outdent", "drop")


def shown_ids(model: AgendaModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    result = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        result.append(model.data(index, ITEM_ID_ROLE))
        result.extend(shown_ids(model, index))
    return result


def shown_numbers(model: AgendaModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    result = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        result.append(model.data(index).split(" ")[0])
        result.extend(shown_numbers(model, index))
    return result


def expected_numbers(document: MeetingDocument) -> list[str]:
    from agenda_editor.core.numbering import item_paths, list_label

    paths = item_paths(document.meeting)
    return [list_label(paths[item.id], "en") for item in document.meeting.walk()]


@random_steps(ACTIONS, examples=25, longest=12)
def test_random_panel_edits_keep_the_model_true_and_undo_restores(qtbot, steps) -> None:
    document = MeetingDocument(factories.sample_meeting())
    panel = AgendaPanel(document)
    tester = QAbstractItemModelTester(
        panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    panel.show()
    try:
        _replay(panel, document, steps)
    finally:
        # Each example deletes its widgets itself: dozens left to the garbage collector
        # were freed later in an order Qt does not expect.
        del tester
        panel.close()
        panel.deleteLater()
        document.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _replay(panel: AgendaPanel, document: MeetingDocument, steps) -> None:
    for action, pick, where in steps:
        ids = [item.id for item in document.meeting.walk()]
        if ids:
            panel.select_item(ids[pick % len(ids)])
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
        elif ids:
            model = panel.model
            target = model.index_of(ids[where % len(ids)]) if where % 3 else QModelIndex()
            data = model.mimeData([model.index_of(panel.current_item_id())])
            if model.canDropMimeData(data, model.supportedDropActions(), where % 4, 0, target):
                model.dropMimeData(data, model.supportedDropActions(), where % 4, 0, target)
        if panel.view.state() == QAbstractItemView.State.EditingState:
            # A new item opens its title for typing: leave it empty (Escape).
            editor = panel.view.findChild(QLineEdit)
            assert editor is not None
            panel.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        assert shown_ids(panel.model) == [item.id for item in document.meeting.walk()]
        assert shown_numbers(panel.model) == expected_numbers(document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.meeting == factories.sample_meeting()
    assert shown_ids(panel.model) == list(factories.SAMPLE_ORDER)
