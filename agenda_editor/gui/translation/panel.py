"""The translation mode: the original and the version being translated side by side.

Above, every text of the original (masthead, item titles, annotation paragraphs, footnotes,
document titles) in document order, with its translation or a flag saying it is untranslated.
Below, the selected text: the original on one side, the translation on the other, in the
direction of each language. A translation is written to the meeting (one undo step) when the
user leaves the field, selects another text or goes to the next untranslated one (Ctrl+J).
Paragraphs are edited with their markup (``<i>``, ``<b>``, ``<footnote>``); the Item tab edits
them as formatted text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QFocusEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.core.numbering import item_paths, reference
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.finding_texts import interface_language, language_name
from agenda_editor.gui.text_direction import direction_of
from agenda_editor.gui.translation.commands import footnote_paragraph, translation_command

REF_ROLE = Qt.ItemDataRole.UserRole + 1

#: A row's text, without where it is: the text, its original and its translation on one line,
#: and whether it is translated.
_Entry = tuple["ts.TextRef", str, bool, str]
#: What a row shows: where the text is, its original, the translator's text to review (or
#: ``None``), whether it is translated and its translation.
_Spec = tuple[str, str, str | None, bool, str]
#: What a row shows before it was worded (every column is written then).
_UNSHOWN: _Spec = ("", "", None, False, "")
#: Brushes and words of the translation column: untranslated, to review, translated, and the
#: words "Untranslated" and the tooltip of an untranslated text.
_Style = tuple[QBrush, QBrush, QBrush, str, str]
#: When more rows than this came and went, the list is filled again rather than patched.
_REBUILD_BEYOND = 4000
NEXT_UNTRANSLATED_SHORTCUT = "Ctrl+J"


class _TranslationEdit(QPlainTextEdit):
    """The translation field: tells when the user leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class TranslationPanel(QWidget):
    """Side-by-side translation of the meeting's texts into one of its language versions."""

    status_message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._current: ts.TextRef | None = None
        #: The text in the fields and the version it is shown in.
        self._loaded: tuple[ts.TextRef | None, str | None] = (None, None)
        self._filling = False
        self._pushing = False
        #: The rows shown: their texts in order, what each shows, and each one's row.
        self._order: list[ts.TextRef] = []
        self._specs: list[_Spec] = []
        self._by_ref: dict[ts.TextRef, QTreeWidgetItem] = {}
        #: The rows in order (as ``_order``).
        self._shown_rows: list[QTreeWidgetItem] = []
        #: language -> item id -> (the item, the original language, its rows, how many of
        #: them are translated); and item id -> (its path, those rows, where each one is).
        self._entries: dict[str, dict[str, tuple[AgendaItem, str, list[_Entry], int]]] = {}
        self._wheres: dict[str, tuple[tuple[int, ...], list[_Entry], list[str]]] = {}
        #: The wording of those places in the interface language (``_item_wordings``).
        self._wordings: dict[str, str] | None = None
        #: Item id -> (its entries, their places, its rows as ``_wanted_rows`` gives them).
        self._rows: dict[str, tuple[list[_Entry], list[str], list[tuple[ts.TextRef, _Spec]]]]
        self._rows = {}

        self.target_label = QLabel(self)
        self.target_box = QComboBox(self)
        self.target_box.setObjectName("target_box")
        self.target_label.setBuddy(self.target_box)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress_label")
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence(NEXT_UNTRANSLATED_SHORTCUT))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_action.triggered.connect(self.go_to_next_untranslated)
        self.addAction(self.next_action)
        self.next_button = QToolButton(self)
        self.next_button.setDefaultAction(self.next_action)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.only_untranslated = QCheckBox(self)
        self.only_untranslated.setObjectName("only_untranslated")
        self.only_untranslated.toggled.connect(self._fill_list)
        top = QHBoxLayout()
        top.addWidget(self.target_label)
        top.addWidget(self.target_box)
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.only_untranslated)
        top.addWidget(self.next_button)

        self.text_list = QTreeWidget(self)
        self.text_list.setObjectName("text_list")
        self.text_list.setColumnCount(3)
        self.text_list.setRootIsDecorated(False)
        self.text_list.setUniformRowHeights(True)
        self.text_list.setAlternatingRowColors(True)
        self.text_list.currentItemChanged.connect(self._on_current_changed)
        header = self.text_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.original_label = QLabel(self)
        self.original_edit = QPlainTextEdit(self)
        self.original_edit.setObjectName("original_edit")
        self.original_edit.setReadOnly(True)
        self.translation_label = QLabel(self)
        self.translation_edit = _TranslationEdit(self)
        self.translation_edit.setObjectName("translation_edit")
        self.translation_edit.left.connect(self.commit)
        self.translation_label.setBuddy(self.translation_edit)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for label, edit in (
            (self.original_label, self.original_edit),
            (self.translation_label, self.translation_edit),
        ):
            side = QWidget(sides)
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(edit)
            sides.addWidget(side)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.text_list)
        body.addWidget(sides)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.hint)

        self.target_box.currentIndexChanged.connect(self._on_target_chosen)
        self._connect(document)
        self.retranslate_ui()  # fills the versions and the texts too

    # -- the document -----------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        if document is self.document:
            return
        self.commit()
        self._disconnect(self.document)
        self.document = document
        self._current = None
        self._loaded = (None, None)
        self._forget_items()
        self._connect(document)
        self.refresh()

    def _signals(self, document: MeetingDocument) -> list[tuple[Any, Any]]:
        return [
            # What is kept per item is dropped when the document says the item changed
            # (before the refresh that ``changed`` starts).
            (document.item_changed, self._forget_item),
            (document.reset, self._forget_items),
            (document.meeting_changed, self._forget_items),
            (document.changed, self._on_document_changed),
            (document.language_changed, self._on_document_language),
        ]

    def _connect(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(document):
            signal.connect(slot)

    def _disconnect(self, document: MeetingDocument) -> None:
        for signal, slot in self._signals(document):
            signal.disconnect(slot)

    def actions_for_menu(self) -> list[QAction]:
        return [self.next_action]

    # -- what is shown ------------------------------------------------------------------------

    def target_language(self) -> str | None:
        """The version being translated, ``None`` when the meeting has only its original."""
        data = self.target_box.currentData()
        return data if isinstance(data, str) else None

    def set_target_language(self, lang: str) -> None:
        index = self.target_box.findData(lang)
        if index >= 0:
            self.target_box.setCurrentIndex(index)

    def refresh(self) -> None:
        """Rebuild the versions, the list of texts and the counts from the meeting."""
        self._forget_items()
        self._update()

    def _update(self) -> None:
        """The versions, the list of texts and the counts after an edit the document told
        of: what is kept of the items it did not change is used again."""
        meeting = self.document.meeting
        self.original_label.setText(
            self.tr("Original ({0})").format(language_name(meeting.original_language))
        )
        versions = [lang for lang in meeting.languages if lang != meeting.original_language]
        wanted = self.target_language()
        if wanted not in versions:
            wanted = self.document.language if self.document.language in versions else None
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for lang in versions:
            self.target_box.addItem(language_name(lang), lang)
        if versions:
            self.target_box.setCurrentIndex(versions.index(wanted) if wanted else 0)
        self.target_box.blockSignals(False)
        self._fill_list()

    def _where(self, ref: ts.TextRef, paths: Mapping[str, tuple[int, ...]]) -> str:
        if ref.kind == "meeting":
            names = {
                "body": self.tr("Meeting: body"),
                "subsidiary_body": self.tr("Meeting: subsidiary body"),
                "session": self.tr("Meeting: session"),
                "venue": self.tr("Meeting: venue"),
                "title": self.tr("Meeting: document title"),
                "reissue_note": self.tr("Meeting: reissue note"),
            }
            return names.get(ref.field or "", ref.field or "")
        if ref.kind == "body":
            position = self.document.meeting.timetable.body_index(ref.field or "") + 1
            return self.tr("Timetable: name of body {0}").format(position)
        item = self.document.meeting.item(ref.item_id or "")
        number = reference(paths[item.id], interface_language())
        return self._item_where(ref, number, item, self._item_wordings())

    def _item_wordings(self) -> dict[str, str]:
        """How a row names the place of an item's text, by kind ({0}: the item's number)."""
        return {
            "title": self.tr("Item {0}: title"),
            "paragraph": self.tr("Item {0}: paragraph {1}"),
            "footnote": self.tr("Item {0}: paragraph {1}, footnote {2}"),
            "document": self.tr("Item {0}: title of {1}"),
        }

    @staticmethod
    def _item_where(
        ref: ts.TextRef, number: str, item: AgendaItem, wordings: Mapping[str, str]
    ) -> str:
        if ref.kind == "title":
            return wordings["title"].format(number)
        if ref.kind == "paragraph":
            return wordings["paragraph"].format(number, ref.index + 1)
        if ref.kind == "footnote":
            return wordings["footnote"].format(number, ref.index + 1, ref.note + 1)
        return wordings["document"].format(number, item.documents[ref.index].symbol)

    def _fill_list(self) -> None:
        """Bring the rows up to date; the selected text stays selected, and a translation
        being typed stays in its field.

        Only the rows that changed are rewritten, and rows that came or went are inserted or
        taken out where they are (a meeting has thousands of texts: an edit of one item, or a
        move, changes a few of them).
        """
        lang = self.target_language()
        self._filling = True
        counted: ts.Progress | None = None
        try:
            wanted, counted = self._wanted_rows(lang) if lang else ([], None)
            self._patch_rows(wanted)
            row = self._row_of(self._current) if self._current else None
            if row is None and self.text_list.topLevelItemCount():
                row = self.text_list.topLevelItem(0)
            if row is not None:
                self.text_list.setCurrentItem(row)
        finally:
            self._filling = False
        self._update_progress(counted)
        selected: ts.TextRef | None = row.data(0, REF_ROLE) if row is not None else None
        pending = self.translation_edit.document().isModified()
        if not (pending and self._loaded == (selected, lang)):
            self._current = selected
            self._load(selected)

    def _wanted_rows(self, lang: str) -> tuple[list[tuple[ts.TextRef, _Spec]], ts.Progress]:
        """Each row the list should show, in order, with what it shows; and the progress of
        ``lang`` (counted on the way)."""
        meeting = self.document.meeting
        reviewed = {ref: text for (code, ref), text in self.document.review.items() if code == lang}
        only_untranslated = self.only_untranslated.isChecked()
        current = self._current
        paths = item_paths(meeting)
        ui_lang = interface_language()
        rows: list[tuple[ts.TextRef, _Spec]] = []
        done = total = 0

        def add(ref: ts.TextRef, where: str, entry: _Entry) -> None:
            review = reviewed.get(ref) if reviewed else None
            if only_untranslated and entry[2] and review is None and ref != current:
                return
            rows.append((ref, (where, entry[1], review, entry[2], entry[3])))

        masthead = [(ref, self._entry(meeting, ref, lang)) for ref in ts.meeting_texts(meeting)]
        bodies = [(ref, self._entry(meeting, ref, lang)) for ref in ts.body_texts(meeting)]
        for ref, entry in masthead:
            add(ref, self._where(ref, paths), entry)
        for _ref, entry in (*masthead, *bodies):
            done += entry[2]
            total += 1
        items = meeting.index.items()
        listed = not (reviewed or only_untranslated)
        kept_entries = self._entries.setdefault(lang, {})
        original = meeting.original_language
        for item_id in paths:  # in document order
            item = items[item_id]
            kept = kept_entries.get(item_id)
            if kept is not None and kept[0] is item and kept[1] == original:
                entries, translated = kept[2], kept[3]
            else:
                entries, translated = self._item_entries(item, lang)
            if not entries:
                continue
            done += translated
            total += len(entries)
            wheres = self._item_wheres(item, entries, paths, ui_lang)
            if listed:
                rows += self._item_rows(item_id, entries, wheres)
            else:
                for entry, where in zip(entries, wheres, strict=True):
                    add(entry[0], where, entry)
        for ref, entry in bodies:
            add(ref, self._where(ref, paths), entry)
        return rows, ts.Progress(lang, done, total)

    def _item_rows(
        self, item_id: str, entries: list[_Entry], wheres: list[str]
    ) -> list[tuple[ts.TextRef, _Spec]]:
        """The rows of an item's texts when nothing is to review and all texts are listed;
        made again when its texts or its number changed."""
        kept = self._rows.get(item_id)
        if kept is not None and kept[0] is entries and kept[1] is wheres:
            return kept[2]
        rows: list[tuple[ts.TextRef, _Spec]] = [
            (entry[0], (where, entry[1], None, entry[2], entry[3]))
            for entry, where in zip(entries, wheres, strict=True)
        ]
        self._rows[item_id] = (entries, wheres, rows)
        return rows

    def _entry(self, meeting: Meeting, ref: ts.TextRef, lang: str) -> _Entry:
        """What a row shows of ``ref`` that does not depend on where it is: its original on
        one line, whether ``lang`` has it, and its translation on one line."""
        original = _shown(ts.text_of(meeting, ref, meeting.original_language), ref)
        translated = ts.is_translated(meeting, ref, lang)
        shown = _shown(ts.text_of(meeting, ref, lang), ref) if translated else ""
        return (ref, original, translated, shown)

    def _item_entries(self, item: AgendaItem, lang: str) -> tuple[list[_Entry], int]:
        """The rows of one item's texts in ``lang`` and how many are translated; kept until
        the item changes (``item_changed``: the document tells of every edit of its texts)."""
        original = self.document.meeting.original_language
        kept_here = self._entries.setdefault(lang, {})
        kept = kept_here.get(item.id)
        if kept is not None and kept[0] is item and kept[1] == original:
            return kept[2], kept[3]
        meeting = self.document.meeting
        entries = [self._entry(meeting, ref, lang) for ref in ts.item_texts(item, original)]
        done = sum(1 for entry in entries if entry[2])
        kept_here[item.id] = (item, original, entries, done)
        return entries, done

    def _item_wheres(
        self,
        item: AgendaItem,
        entries: list[_Entry],
        paths: Mapping[str, tuple[int, ...]],
        ui_lang: str,
    ) -> list[str]:
        """The "Item 2 (a): paragraph 1" of each entry: made again when the item's number
        or its texts changed."""
        path = paths[item.id]
        kept = self._wheres.get(item.id)
        if kept is not None and kept[0] == path and kept[1] is entries:
            return kept[2]
        if self._wordings is None:
            self._wordings = self._item_wordings()
        number = reference(path, ui_lang)
        wheres = [self._item_where(entry[0], number, item, self._wordings) for entry in entries]
        self._wheres[item.id] = (path, entries, wheres)
        return wheres

    def _forget_item(self, item_id: str) -> None:
        for kept in self._entries.values():
            kept.pop(item_id, None)
        self._wheres.pop(item_id, None)
        self._rows.pop(item_id, None)

    def _forget_items(self, *_args: object) -> None:
        self._entries.clear()
        self._wheres.clear()
        self._rows.clear()

    def _patch_rows(self, wanted: list[tuple[ts.TextRef, _Spec]]) -> None:
        """Make the list show ``wanted``, rewriting only the rows that differ."""
        order = list(map(itemgetter(0), wanted))
        specs = list(map(itemgetter(1), wanted))
        old = self._order
        if order != old:
            # The rows before and after the part that changed stay (a move, an insertion or a
            # removal changes one stretch of the list).
            size = min(len(old), len(order))
            head = 0
            while head < size and old[head] == order[head]:
                head += 1
            tail = 0
            while tail < size - head and old[-1 - tail] == order[-1 - tail]:
                tail += 1
            gone, came = old[head : len(old) - tail], order[head : len(order) - tail]
            if len(gone) + len(came) > _REBUILD_BEYOND:
                self.text_list.clear()
                self._by_ref = {}
                self._order, self._specs, self._shown_rows = [], [], []
                self._insert_rows(0, wanted)
                return
            kept: dict[ts.TextRef, QTreeWidgetItem] = {}
            for position in range(head + len(gone) - 1, head - 1, -1):
                row = self.text_list.takeTopLevelItem(position)
                ref = old[position]
                if row is not None:
                    kept[ref] = row
                self._by_ref.pop(ref, None)
            end = len(old) - tail
            del self._specs[head:end], self._shown_rows[head:end], self._order[head:end]
            self._insert_rows(head, wanted[head : len(order) - tail], kept)
        style = self._style()
        shown = self._specs
        model = self.text_list.model()
        # One change told to the view for all the rows rewritten: told row by row, a list on
        # screen whose first column fits its texts measures them again at each one.
        model.blockSignals(True)
        try:
            # (The rows of an item that did not change are the very ones shown before.)
            changed = [
                position
                for position, (old_spec, spec) in enumerate(zip(shown, specs, strict=True))
                if old_spec is not spec and old_spec != spec
            ]
            for position in changed:
                old_spec, spec = shown[position], specs[position]
                row = self._shown_rows[position]
                if old_spec is not _UNSHOWN and old_spec[1:] == spec[1:]:
                    row.setText(0, spec[0])  # renumbered: only where it is changed
                else:
                    self._show_spec(row, spec, style)
                shown[position] = spec
        finally:
            model.blockSignals(False)
        if changed:
            model.dataChanged.emit(model.index(changed[0], 0), model.index(changed[-1], 2), [])

    def _insert_rows(
        self,
        position: int,
        wanted: list[tuple[ts.TextRef, _Spec]],
        kept: Mapping[ts.TextRef, QTreeWidgetItem] | None = None,
    ) -> None:
        style = self._style()
        rows = []
        for ref, spec in wanted:
            row = kept.get(ref) if kept else None
            if row is None:
                row = QTreeWidgetItem(["", "", ""])
                row.setData(0, REF_ROLE, ref)
            self._show_spec(row, spec, style)
            self._by_ref[ref] = row
            rows.append(row)
        self.text_list.insertTopLevelItems(position, rows)
        self._order[position:position] = [ref for ref, _spec in wanted]
        self._specs[position:position] = [spec for _ref, spec in wanted]
        self._shown_rows[position:position] = rows

    def _style(self) -> _Style:
        palette = self.palette()
        return (
            QBrush(palette.color(QPalette.ColorRole.PlaceholderText)),
            QBrush(palette.color(QPalette.ColorRole.Link)),
            QBrush(),
            self.tr("Untranslated"),
            self.tr("This text has no translation yet"),
        )

    def _show_spec(self, row: QTreeWidgetItem, spec: _Spec, style: _Style) -> None:
        where, original, review, translated, shown = spec
        flag, link, plain, untranslated, no_translation = style
        row.setText(0, where)
        row.setText(1, original)
        font = QFont(row.font(2))
        if review is not None:
            row.setText(2, self.tr("Review: {0}").format(shown or untranslated))
            row.setForeground(2, link)
            font.setItalic(True)
            row.setToolTip(
                2,
                self.tr(
                    "The original changed after this text was sent for translation. The "
                    "translator's text, made for the earlier original:\n{0}"
                ).format(review),
            )
        elif translated:
            row.setText(2, shown)
            row.setForeground(2, plain)
            font.setItalic(False)
            row.setToolTip(2, "")
        else:
            row.setText(2, untranslated)
            row.setForeground(2, flag)
            font.setItalic(True)
            row.setToolTip(2, no_translation)
        row.setFont(2, font)
        row.setData(2, Qt.ItemDataRole.AccessibleTextRole, row.text(2))

    def _mark_row(self, row: QTreeWidgetItem, ref: ts.TextRef) -> None:
        """Show again whether the text of ``row`` is translated (after the user wrote it)."""
        lang = self.target_language() or ""
        meeting = self.document.meeting
        if ref.item_id is not None and meeting.has_item(ref.item_id):
            self._forget_item(ref.item_id)
        entry = self._entry(meeting, ref, lang)
        spec = (row.text(0), entry[1], self.document.review.get((lang, ref)), entry[2], entry[3])
        self._show_spec(row, spec, self._style())
        position = self.text_list.indexOfTopLevelItem(row)
        if 0 <= position < len(self._specs):
            self._specs[position] = spec

    def _row_of(self, ref: ts.TextRef) -> QTreeWidgetItem | None:
        return self._by_ref.get(ref)

    def _update_progress(self, counted: ts.Progress | None = None) -> None:
        """The counts of the versions (``counted``: that of the one shown, if just counted)."""
        lang = self.target_language()
        if lang is None:
            self.progress_label.setText(
                self.tr("This meeting has no other language version: add one in the Meeting page.")
            )
            self.next_action.setEnabled(False)
            return
        meeting = self.document.meeting
        versions = {
            code: counted if counted is not None and counted.lang == code else self._progress(code)
            for code in meeting.languages
            if code != meeting.original_language
        }
        progress = versions.get(lang) or self._progress(lang)
        self.progress_label.setText(progress_text(progress))
        self.progress_label.setToolTip("\n".join(map(progress_text, versions.values())))
        review = any(code == lang for code, _ref in self.document.review)
        self.next_action.setEnabled(not progress.complete or review)

    def _progress(self, lang: str) -> ts.Progress:
        """``ts.progress`` from the rows kept per item (the same count, without reading every
        text of the meeting again)."""
        meeting = self.document.meeting
        others = [*ts.meeting_texts(meeting), *ts.body_texts(meeting)]
        done = sum(1 for ref in others if ts.is_translated(meeting, ref, lang))
        total = len(others)
        for item in meeting.index.items().values():  # (any order: only counted)
            entries, translated = self._item_entries(item, lang)
            done += translated
            total += len(entries)
        return ts.Progress(lang, done, total)

    def _load(self, ref: ts.TextRef | None) -> None:
        meeting = self.document.meeting
        lang = self.target_language() or ""
        self._loaded = (ref, self.target_language())
        if ref is None:
            self.original_edit.clear()
            self.translation_edit.clear()
            self.translation_edit.setEnabled(False)
        else:
            original = _editable(meeting, ref, meeting.original_language)
            self.original_edit.setPlainText(original)
            self.translation_edit.setPlainText(_editable(meeting, ref, lang))
            editable = ref.kind != "footnote" or footnote_paragraph(meeting, ref, lang) is not None
            self.translation_edit.setEnabled(True)
            self.translation_edit.setReadOnly(not editable)
            self._update_hint(ref, editable)
            review = self.document.review.get((lang, ref))
            if review is not None:
                self.hint.setText(
                    self.tr(
                        "The original changed after this text was sent for translation; the "
                        "translator's text, made for the earlier original: {0}"
                    ).format(review)
                )
        self.translation_edit.document().setModified(False)
        self.original_edit.setLayoutDirection(direction_of(meeting.original_language))
        self.translation_edit.setLayoutDirection(direction_of(lang))

    def _update_hint(self, ref: ts.TextRef | None, editable: bool = True) -> None:
        if ref is not None and ref.kind == "footnote" and not editable:
            self.hint.setText(
                self.tr(
                    "Translate the paragraph with its footnote first: the footnote's place in "
                    "the sentence is set in the paragraph."
                )
            )
        elif ref is not None and ref.kind == "paragraph":
            self.hint.setText(
                self.tr(
                    "Paragraphs are edited with their markup: <i>italic</i>, <b>bold</b>, "
                    "<footnote>text of a footnote</footnote>. The Item tab shows them formatted."
                )
            )
        else:
            self.hint.setText(self.tr("A translation is kept when you leave the field."))

    # -- user actions -------------------------------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling:
            return
        ref = current.data(0, REF_ROLE) if current is not None else None
        self.commit()
        self._current = ref
        self._load(ref)

    def _on_target_chosen(self, _index: int) -> None:
        self.commit()
        lang = self.target_language()
        if lang is not None and lang != self.document.language:
            self.document.set_language(lang)
        self._fill_list()

    def _on_document_language(self, lang: str) -> None:
        if lang != self.target_language() and self.target_box.findData(lang) >= 0:
            self.commit()
            self.set_target_language(lang)

    def _on_document_changed(self) -> None:
        if not self._pushing:
            self._update()

    def go_to_next_untranslated(self) -> ts.TextRef | None:
        """Select the next untranslated text (after the current one, wrapping around)."""
        self.commit()
        lang = self.target_language()
        if lang is None:
            return None
        review = [ref for code, ref in self.document.review if code == lang]
        ref = ts.next_untranslated(self.document.meeting, lang, self._current, review)
        if ref is None:
            self.status_message.emit(
                self.tr("Every text is translated into {0}.").format(language_name(lang))
            )
            return None
        self._reveal()
        row = self._row_of(ref)
        if row is not None:
            self.text_list.setCurrentItem(row)
            self.text_list.scrollToItem(row)
        self.translation_edit.setFocus()
        return ref

    def _reveal(self) -> None:
        """Bring this panel to the front of the tabs it sits in (the shortcut works anywhere)."""
        chain: list[QWidget] = [self]
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                for page in chain:  # the tab's page sits under the tab widget's own stack
                    if parent.indexOf(page) >= 0:
                        parent.setCurrentWidget(page)
            chain.append(parent)
            parent = parent.parentWidget()

    def commit(self) -> bool:
        """Write a translation the user typed into the meeting, as one undo step."""
        ref, lang = self._loaded
        edit = self.translation_edit
        if ref is None or lang is None or edit.isReadOnly() or not edit.document().isModified():
            return False
        edit.document().setModified(False)
        text = edit.toPlainText()
        if text == _editable(self.document.meeting, ref, lang):
            return False
        command = translation_command(self.document, ref, lang, text)
        if command is None:
            return False
        self.document.review.pop((lang, ref), None)  # reviewed: the user wrote the text
        self._pushing = True
        try:
            self.document.push(command)
        finally:
            self._pushing = False
        row = self._row_of(ref)
        if row is not None and lang == self.target_language():
            self._mark_row(row, ref)
        self._update_progress()
        return True

    # -- language -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.target_label.setText(self.tr("&Translate into:"))
        self.next_action.setText(self.tr("&Next Untranslated"))
        self.next_action.setToolTip(
            self.tr("Go to the next text without a translation ({0})").format(
                QKeySequence(NEXT_UNTRANSLATED_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.text_list.setHeaderLabels(
            [self.tr("Text"), self.tr("Original"), self.tr("Translation")]
        )
        self.translation_label.setText(self.tr("T&ranslation"))
        self.only_untranslated.setText(self.tr("&Only untranslated"))
        self.only_untranslated.setToolTip(self.tr("List only the texts that have no translation"))
        self._wheres.clear()
        self._wordings = None
        self._specs = [_UNSHOWN for _spec in self._specs]  # worded again
        self.refresh()
        self._update_hint(self._current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def progress_text(progress: ts.Progress) -> str:
    """ "French: 42 of 57 texts translated" in the interface language."""
    return QCoreApplication.translate(
        "TranslationPanel", "{0}: {1} of {2} texts translated"
    ).format(language_name(progress.lang), progress.translated, progress.total)


def _shown(text: str | None, ref: ts.TextRef) -> str:
    """A text on one line of the list (paragraphs without their markup)."""
    if not text:
        return ""
    if ref.kind == "paragraph":
        with contextlib.suppress(markup.MarkupError):
            text = markup.plain_text(text)
    return " ".join(text.split())


def _editable(meeting: Meeting, ref: ts.TextRef, lang: str) -> str:
    """The text at ``ref`` as the fields show it: a paragraph's markup without its lettered
    mark (the mark is not typed; the Item tab shows and sets it)."""
    text = ts.text_of(meeting, ref, lang) or ""
    return markup.set_lettered(text, False) if ref.kind == "paragraph" else text
