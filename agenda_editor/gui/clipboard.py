"""Cut, Copy, Paste and Duplicate of agenda items, also between two meetings.

The clipboard carries the items (with their sub-items, annotations, documents and every
language version) as a JSON interchange document (docs/interchange.md) under our own MIME
type, :data:`ITEMS_MIME`, and the numbered titles as plain text for other programs. Pasted
plain text becomes one new item per line. The actions act on the agenda tree's selection; their
keys work while the tree has the focus (text fields keep their own Cut, Copy and Paste).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from agenda_editor.core import tree
from agenda_editor.core.model import MAX_DEPTH, AgendaItem, Meeting, Timetable, new_id
from agenda_editor.gui.agenda.panel import AgendaPanel
from agenda_editor.gui.commands.tree import InsertItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.plurals import english_s
from agenda_editor.interchange import InterchangeError, dumps_json
from agenda_editor.interchange.reader import read_json

#: Agenda items with everything they hold: a JSON interchange document ("agenda-editor/1")
#: whose agenda is the copied items. A permanent contract, like the drag-and-drop types.
ITEMS_MIME = "application/x-agenda-editor-items+json"

#: A list label in front of a pasted line ("3.", "(b)", "(iv)", "1 a)") is left out.
_LABEL = re.compile(r"^\s*(?:(?:\d+[.)]|\(?(?:[a-z]|[ivxlc]+)\))\s+)+", re.IGNORECASE)
#: The most items one paste of plain text makes (a whole document pasted by mistake is not
#: an agenda).
MAX_TEXT_LINES = 200

_Key = QKeySequence.StandardKey


def encode_items(meeting: Meeting, items: list[AgendaItem], text: str) -> QMimeData:
    """The clipboard data of ``items`` of ``meeting`` (``text``: their plain-text form)."""
    carrier = copy.copy(meeting)
    carrier.items = copy.deepcopy(items)
    carrier.timetable = Timetable()
    data = QMimeData()
    data.setData(ITEMS_MIME, dumps_json(carrier).encode("utf-8"))
    data.setText(text)
    return data


def decode_items(data: QMimeData) -> list[AgendaItem] | None:
    """The items ``data`` carries under :data:`ITEMS_MIME`, or ``None`` (not ours, or invalid)."""
    if not data.hasFormat(ITEMS_MIME):
        return None
    try:
        return read_json(bytes(data.data(ITEMS_MIME).data())).items
    except InterchangeError:
        return None


def items_from_text(text: str, lang: str) -> list[AgendaItem]:
    """One new item per non-empty line of ``text``, titled in ``lang`` (labels left out)."""
    items = []
    for line in text.splitlines()[:MAX_TEXT_LINES]:
        title = _LABEL.sub("", line, count=1).strip() or line.strip()
        if title:
            items.append(AgendaItem(title={lang: title}))
    return items


def with_new_ids(item: AgendaItem) -> AgendaItem:
    """A copy of ``item`` and its sub-items under fresh identifiers (pasted twice, twice new)."""
    fresh = copy.deepcopy(item)
    for node in fresh.walk():
        node.id = new_id()
    return fresh


def _count(source: str, n: int) -> str:
    """``source`` ("Copied %n item(s).") translated for ``n``; in English, "item" or "items"
    (no English catalogue is loaded)."""
    return english_s(QCoreApplication.translate("ItemClipboard", source, "", n), source, n)


class ItemClipboard(QObject):
    """The four actions on the agenda panel's selection; texts set in :meth:`retranslate_ui`."""

    def __init__(self, panel: AgendaPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.cut_action = self._action(self.cut, QKeySequence(_Key.Cut))
        self.copy_action = self._action(self.copy, QKeySequence(_Key.Copy))
        self.paste_action = self._action(self.paste, QKeySequence(_Key.Paste))
        self.duplicate_action = self._action(self.duplicate, QKeySequence("Ctrl+D"))
        self.retranslate_ui()

    def _action(self, slot: Callable[[], object], key: QKeySequence) -> QAction:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.panel.view.addAction(action)
        return action

    def actions_for_menu(self) -> list[QAction | None]:
        return [self.cut_action, self.copy_action, self.paste_action, self.duplicate_action]

    def retranslate_ui(self) -> None:
        texts = {
            self.cut_action: (
                self.tr("Cu&t Items"), self.tr("Move the selected items to the clipboard"),
            ),
            self.copy_action: (
                self.tr("&Copy Items"),
                self.tr("Copy the selected items with their sub-items, texts and documents"),
            ),
            self.paste_action: (
                self.tr("&Paste Items"),
                self.tr("Add the items on the clipboard (or one item per line of text) after "
                        "the current item"),
            ),
            self.duplicate_action: (
                self.tr("D&uplicate Items"),
                self.tr("Add a copy of the selected items after them"),
            ),
        }  # fmt: skip
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)

    # -- what the actions act on -------------------------------------------------------------

    def _document(self) -> MeetingDocument:
        return self.panel.document

    def _say(self, message: str) -> None:
        self.panel.status_message.emit(message)

    def selected_ids(self) -> list[str]:
        """The selected items in agenda order, without sub-items their parent brings along."""
        view, model = self.panel.view, self.panel.model
        if view.state() == view.State.EditingState:
            return []
        indexes = [view.currentIndex(), *view.selectionModel().selectedRows()]
        return model.ids_in(model.mimeData(indexes))

    def _clipboard_text(self, ids: list[str]) -> str:
        model = self.panel.model
        meeting = self._document().meeting
        lines = []
        for item_id in ids:
            for node in meeting.item(item_id).walk():
                depth = tree.depth_of(meeting, node.id) - tree.depth_of(meeting, item_id)
                lines.append("    " * depth + str(model.data(model.index_of(node.id))))
        return "\n".join(lines)

    # -- the actions -------------------------------------------------------------------------

    def copy(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select the agenda items to copy first."))
            return False
        meeting = self._document().meeting
        items = [meeting.item(item_id) for item_id in ids]
        data = encode_items(meeting, items, self._clipboard_text(ids))
        QGuiApplication.clipboard().setMimeData(data)
        self._say(_count("Copied %n item(s).", len(ids)))
        return True

    def cut(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.copy():
            return
        document = self._document()
        stack = document.undo_stack
        stack.beginMacro(_count("Cut %n item(s)", len(ids)))
        for item_id in ids:
            document.push(RemoveItemCommand(document, item_id))
        stack.endMacro()
        self._say(_count("Cut %n item(s).", len(ids)))

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        document = self._document()
        items = decode_items(data) if data is not None else None
        if items is None and data is not None and data.hasText():
            items = items_from_text(data.text(), document.language)
        if not items:
            self._say(self.tr("The clipboard holds no agenda items and no text to paste."))
            return
        if self._insert_after_current(items, _count("Paste %n item(s)", len(items))):
            self._say(_count("Pasted %n item(s).", len(items)))

    def duplicate(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select the agenda items to duplicate first."))
            return
        meeting = self._document().meeting
        items = [copy.deepcopy(meeting.item(item_id)) for item_id in ids]
        self.panel.select_item(ids[-1])  # the copies go after the last of the originals
        if self._insert_after_current(items, _count("Duplicate %n item(s)", len(items))):
            self._say(_count("Duplicated %n item(s).", len(items)))

    def _insert_after_current(self, items: list[AgendaItem], text: str) -> bool:
        document = self._document()
        meeting = document.meeting
        current = self.panel.current_item_id()
        if current and meeting.has_item(current):
            position = tree.position_of(meeting, current)
            parent, index = position.parent_id, position.index + 1
        else:
            parent, index = None, len(meeting.items)
        fresh = [with_new_ids(item) for item in items]
        for item in fresh:
            if tree.check_insert(meeting, item, parent):  # with fresh ids: only too deep
                self._say(
                    self.tr(
                        "The items cannot go here: the agenda allows at most {0} levels of items."
                    ).format(MAX_DEPTH)
                )
                return False
        stack = document.undo_stack
        stack.beginMacro(text)
        for offset, item in enumerate(fresh):
            document.push(InsertItemCommand(document, item, tree.Position(parent, index + offset)))
        stack.endMacro()
        self.panel.select_item(fresh[-1].id)
        return True
