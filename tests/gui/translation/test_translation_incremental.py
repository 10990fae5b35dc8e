"""The translation list is patched after an edit (the rows of the items that changed, the rows
that moved), not filled again: after any sequence of edits, undos and redos it shows what a
panel built afresh on the same meeting shows, row by row, with the same counts."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from agenda_editor.core import translation_status as ts
from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem
from agenda_editor.gui.commands.texts import SetAnnotationCommand, SetItemTitleCommand
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.translation import TranslationPanel
from tests import factories
from tests.gui.random_steps import move_among_siblings, random_steps

ACTIONS = (
    "title_fr", "title_en", "paragraph_fr", "paragraph_en", "move", "indent", "insert",
    "remove", "review", "only_untranslated", "target", "undo", "redo", "pick",
)  # fmt: skip
#: The steps that change the meeting through the undo stack.
_EDITS = frozenset(ACTIONS) - {"review", "only_untranslated", "target", "pick"}


def shown(panel: TranslationPanel) -> list[tuple[object, ...]]:
    """Every row as a reader sees it: the three columns, the tooltip, italics and colour."""
    rows: list[tuple[object, ...]] = []
    for index in range(panel.text_list.topLevelItemCount()):
        row = panel.text_list.topLevelItem(index)
        assert row is not None
        rows.append(
            (
                row.data(0, Qt.ItemDataRole.UserRole + 1),
                row.text(0),
                row.text(1),
                row.text(2),
                row.toolTip(2),
                row.font(2).italic(),
                row.foreground(2).color().name(),
                row.data(2, Qt.ItemDataRole.AccessibleTextRole),
            )
        )
    return rows


def _current(panel: TranslationPanel) -> object:
    row = panel.text_list.currentItem()
    return row.data(0, Qt.ItemDataRole.UserRole + 1) if row is not None else None


@random_steps(ACTIONS, examples=30, longest=12)
def test_the_list_after_edits_shows_what_a_fresh_panel_shows(qtbot, steps) -> None:
    meeting = factories.sample_meeting()
    meeting.languages.append("es")
    document = MeetingDocument(meeting)
    panel = TranslationPanel(document)
    panel.show()
    panel.set_target_language("fr")
    try:
        for action, pick, where in steps:
            stack = document.undo_stack
            before = (stack.index(), stack.count())
            _edit(panel, document, action, pick, where)
            if action == "pick":
                continue  # choosing a text does not list the texts again
            if action in _EDITS and (stack.index(), stack.count()) == before:
                # Nothing was done (a move onto itself, an undo with nothing to undo): the list
                # is not made again, so a text chosen before keeps the row "Only untranslated"
                # left it, which a fresh panel would not show.
                continue
            # Built on a copy: a panel left to be deleted must not hear the document's edits.
            copied = MeetingDocument(copy.deepcopy(document.meeting))
            copied.review.update(document.review)
            fresh = TranslationPanel(copied)
            try:
                fresh.set_target_language(panel.target_language() or "")
                fresh._current = panel._current
                fresh.only_untranslated.setChecked(panel.only_untranslated.isChecked())
                fresh.refresh()
                assert shown(panel) == shown(fresh), action
                assert _current(panel) == _current(fresh)
                assert panel.progress_label.text() == fresh.progress_label.text()
                assert panel.progress_label.toolTip() == fresh.progress_label.toolTip()
                assert panel.next_action.isEnabled() == fresh.next_action.isEnabled()
            finally:
                fresh.deleteLater()
                copied.deleteLater()
    finally:
        panel.close()
        panel.deleteLater()
        document.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _edit(panel: TranslationPanel, document: MeetingDocument, action: str, pick: int, where: int):
    meeting = document.meeting
    ids = [item.id for item in meeting.walk()]
    item_id = ids[pick % len(ids)] if ids else ""
    text = "" if where % 4 == 0 else f"Text {where}"
    if action.startswith("title_") and item_id:
        document.push(SetItemTitleCommand(document, item_id, action[-2:], text))
    elif action.startswith("paragraph_") and item_id:
        lang = action[-2:]
        paragraphs = list(meeting.item(item_id).annotation.get(lang, []))
        if where % 3 == 0 and paragraphs:
            paragraphs.pop()
        elif where % 3 == 1:
            paragraphs.append(f"New {where}<footnote>Note {pick}.</footnote>.")
        else:
            paragraphs[:1] = [text]
        document.push(SetAnnotationCommand(document, item_id, lang, paragraphs))
    elif action == "move" and item_id:
        move_among_siblings(document, item_id, where)
    elif action == "indent" and item_id:
        indent = tree.indent_target(meeting, item_id)
        if indent is not None and tree.check_indent(meeting, item_id) is None:
            document.push(MoveItemCommand(document, item_id, indent))
    elif action == "insert":
        item = AgendaItem(title={"en": f"Added {where}"})
        document.push(InsertItemCommand(document, item, tree.Position(None, where % 3)))
    elif action == "remove" and item_id:
        document.push(RemoveItemCommand(document, item_id))
    elif action == "review":
        refs = ts.texts(meeting)
        if refs:
            document.review[("fr", refs[where % len(refs)])] = f"Earlier {where}"
            document.changed.emit()
    elif action == "only_untranslated":
        panel.only_untranslated.setChecked(not panel.only_untranslated.isChecked())
    elif action == "target":
        panel.set_target_language("es" if panel.target_language() == "fr" else "fr")
    elif action == "undo":
        document.undo_stack.undo()
    elif action == "redo":
        document.undo_stack.redo()
    elif action == "pick" and panel.text_list.topLevelItemCount():
        row = panel.text_list.topLevelItem(where % panel.text_list.topLevelItemCount())
        assert row is not None
        panel.text_list.setCurrentItem(row)
