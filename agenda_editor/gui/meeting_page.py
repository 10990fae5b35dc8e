"""The "Meeting" page: the masthead data of the document (symbol, dates, body, languages...).

Every change is an undo command (:class:`SetMeetingFieldCommand`; typing in one field merges into
one step). Texts are shown and typed in the language version being edited
(``document.language``); an untranslated text shows the original as grey placeholder text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import tree
from agenda_editor.core.languages import LANGUAGES, sort_languages
from agenda_editor.core.model import MEETING_TEXT_FIELDS, Distribution, PageSize
from agenda_editor.core.rules import symbol_fault
from agenda_editor.core.translation_status import UntranslatedItems
from agenda_editor.gui.commands.texts import SetMeetingFieldCommand
from agenda_editor.gui.commands.timetable import SetDefaultLimitCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.finding_texts import symbol_problem_text
from agenda_editor.gui.meeting_widgets import LanguageSelector, OptionalDate, language_name
from agenda_editor.gui.origin_text import origin_text
from agenda_editor.i18n.labels import label

__all__ = ["LanguageSelector", "MeetingPage", "language_name"]


class MeetingPage(QScrollArea):
    """The form of the meeting's masthead data."""

    status_message = Signal(str)
    #: The first or last day was changed here (the window offers to make the timetable follow).
    dates_edited = Signal()

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._updating = False
        #: Changes the default number of meetings per day the way the timetable does (asking
        #: before merging meetings); set by the window. Without it the limit simply changes.
        self.default_limit_setter: Callable[[int], bool] | None = None
        self.setWidgetResizable(True)
        page = QWidget(self)
        self.setWidget(page)
        page_layout = QHBoxLayout(page)
        body = QWidget(page)
        body.setMaximumWidth(900)  # long lines of fields are hard to read on wide screens
        page_layout.addWidget(body, 1, Qt.AlignmentFlag.AlignTop)
        page_layout.addStretch(0)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)

        # -- document ---------------------------------------------------------------------
        self.document_box = QGroupBox(body)
        form = QFormLayout(self.document_box)
        self.symbol = QLineEdit(self.document_box)
        self.symbol.textEdited.connect(self._on_symbol_edited)
        self.symbol_problem = QLabel(self.document_box)
        self.symbol_problem.setWordWrap(True)
        self.symbol_problem.setStyleSheet("color: #b00020;")
        self.distribution = QComboBox(self.document_box)
        for value in Distribution:
            self.distribution.addItem("", value.value)
        self.distribution.activated.connect(self._on_distribution)
        self.issue_date = OptionalDate(self.document_box)
        self.issue_date.date_changed.connect(lambda v: self._push("issue_date", v))
        self.page_size = QComboBox(self.document_box)
        for size in PageSize:
            self.page_size.addItem(size.value, size.value)
        self.page_size.activated.connect(self._on_page_size)
        #: Where the meeting came from: recorded when it was made, never edited.
        self.origin = QLabel(self.document_box)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.texts: dict[str, QLineEdit] = {}
        for name in MEETING_TEXT_FIELDS:
            edit = QLineEdit(body)
            edit.textEdited.connect(lambda text, n=name: self._on_text_edited(n, text))
            self.texts[name] = edit
        #: Captions with their mnemonics; the letters F E O V H L are the menus' (File, Edit,
        #: Format, View, Help, Timetable): a caption using one would take it from the menu.
        self.labels: dict[str, QLabel] = {}
        symbol_box = QWidget(self.document_box)
        symbol_layout = QVBoxLayout(symbol_box)
        symbol_layout.setContentsMargins(0, 0, 0, 0)
        symbol_layout.setSpacing(2)
        symbol_layout.addWidget(self.symbol)
        symbol_layout.addWidget(self.symbol_problem)
        symbol_box.setFocusProxy(self.symbol)
        rows: list[tuple[str, QWidget]] = [
            ("symbol", symbol_box),
            ("title", self.texts["title"]),
            ("distribution", self.distribution),
            ("issue_date", self.issue_date),
            ("job_number", self.texts["job_number"]),
            ("reissue_note", self.texts["reissue_note"]),
            ("page_size", self.page_size),
            ("origin", self.origin),
        ]
        self._add_rows(form, rows)

        # -- meeting --------------------------------------------------------------------
        self.meeting_box = QGroupBox(body)
        form = QFormLayout(self.meeting_box)
        self.start = OptionalDate(self.meeting_box)
        self.start.date_changed.connect(lambda v: self._push_date("start", v))
        self.end = OptionalDate(self.meeting_box)
        self.end.date_changed.connect(lambda v: self._push_date("end", v))
        self.max_slots = QSpinBox(self.meeting_box)
        self.max_slots.setRange(1, 12)
        self.max_slots.valueChanged.connect(self._on_max_slots)
        self._add_rows(
            form,
            [
                ("body", self.texts["body"]),
                ("subsidiary_body", self.texts["subsidiary_body"]),
                ("session", self.texts["session"]),
                ("venue", self.texts["venue"]),
                ("start", self.start),
                ("end", self.end),
                ("max_slots", self.max_slots),
            ],
        )

        # -- languages -------------------------------------------------------------------
        self.languages_box = QGroupBox(body)
        form = QFormLayout(self.languages_box)
        self.original_language = QComboBox(self.languages_box)
        for code in LANGUAGES:
            self.original_language.addItem("", code)
        self.original_language.activated.connect(self._on_original_language)
        versions = QWidget(self.languages_box)
        grid = QGridLayout(versions)
        grid.setContentsMargins(0, 0, 0, 0)
        self.versions: dict[str, QCheckBox] = {}
        for n, code in enumerate(LANGUAGES):
            box = QCheckBox(versions)
            box.clicked.connect(lambda checked, c=code: self._on_version(c, checked))
            self.versions[code] = box
            grid.addWidget(box, n // 2, n % 2)
        self.language_selector = LanguageSelector(document, self.languages_box)
        self._add_rows(
            form,
            [
                ("original_language", self.original_language),
                ("languages", versions),
                ("editing", self.language_selector),
            ],
        )

        for group in (self.document_box, self.meeting_box, self.languages_box):
            outer.addWidget(group)
        outer.addStretch(1)
        self._outer = outer

        self._connect(document)
        self.retranslate_ui()

    def _add_rows(self, form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
        for name, widget in rows:
            caption = QLabel(widget.parentWidget())
            caption.setBuddy(widget)
            self.labels[name] = caption
            form.addRow(caption, widget)

    # -- document ------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.document.meeting_changed.disconnect(self._on_meeting_changed)
        self.document.timetable_changed.disconnect(self.refresh)
        self.document.reset.disconnect(self.refresh)
        self.document.language_changed.disconnect(self.refresh)
        self.document.item_changed.disconnect(self._on_item_changed)
        self.document.item_inserted.disconnect(self._on_item_inserted)
        self.document.item_about_to_be_removed.disconnect(self._on_item_leaving)
        self.document.item_removed.disconnect(self._refresh_versions)
        self.document = document
        self.language_selector.set_document(document)
        self._connect(document)
        self.refresh()

    def _connect(self, document: MeetingDocument) -> None:
        document.meeting_changed.connect(self._on_meeting_changed)
        document.timetable_changed.connect(self.refresh)
        document.reset.connect(self.refresh)
        document.language_changed.connect(self.refresh)
        document.item_changed.connect(self._on_item_changed)
        document.item_inserted.connect(self._on_item_inserted)
        document.item_about_to_be_removed.connect(self._on_item_leaving)
        document.item_removed.connect(self._refresh_versions)
        #: Items not fully translated, per language, kept up to date edit by edit.
        self._untranslated = UntranslatedItems(document.meeting)

    def _on_meeting_changed(self, _name: str) -> None:
        self.refresh()

    def _on_item_changed(self, item_id: str) -> None:
        self._untranslated.item_changed(item_id)
        self._refresh_versions()

    def _on_item_inserted(self, parent: str, row: int) -> None:
        item = tree.children_of(self.document.meeting, parent or None)[row]
        self._untranslated.item_changed(item.id)
        self._refresh_versions()

    def _on_item_leaving(self, parent: str, row: int) -> None:
        self._untranslated.items_removed(
            tree.children_of(self.document.meeting, parent or None)[row]
        )

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, *_args: Any) -> None:
        """Show the meeting's values (keeps the cursor where a field already shows them)."""
        meeting = self.document.meeting
        lang = self.document.language
        self._updating = True
        try:
            _set_text(self.symbol, meeting.symbol)
            problem = symbol_fault(meeting.symbol)
            self.symbol_problem.setVisible(problem is not None)
            if problem:  # worded in the interface language (core/findings.SYMBOL_PROBLEMS)
                self.symbol_problem.setText(
                    self.tr("Not a valid symbol: {0}.").format(symbol_problem_text(problem))
                )
            self.distribution.setCurrentIndex(
                self.distribution.findData(meeting.distribution.value)
            )
            self.page_size.setCurrentIndex(self.page_size.findData(meeting.page_size.value))
            self.issue_date.set_value(meeting.issue_date)
            self.start.set_value(meeting.start)
            self.end.set_value(meeting.end)
            self.max_slots.setValue(meeting.timetable.max_slots_per_day)
            self.origin.setText(origin_text(meeting.origin))
            original = meeting.original_language
            self.original_language.setCurrentIndex(self.original_language.findData(original))
            for name, edit in self.texts.items():
                values: dict[str, str] = getattr(meeting, name)
                _set_text(edit, values.get(lang, ""))
                edit.setPlaceholderText(self._placeholder(name, values))
            self._refresh_versions()
        finally:
            self._updating = False

    def _placeholder(self, name: str, values: dict[str, str]) -> str:
        lang = self.document.language
        original = self.document.meeting.original_language
        if lang != original and values.get(original):
            return self.tr("Not translated: {0}").format(values[original])
        if name == "title":
            try:
                return label("default_title", lang)
            except ValueError:
                return ""
        return ""

    def _refresh_versions(self, *_args: Any) -> None:
        meeting = self.document.meeting
        if self._untranslated.meeting is not meeting:  # replaced (revert, recovery)
            self._untranslated = UntranslatedItems(meeting)
        total = len(meeting.index.items())
        for code, box in self.versions.items():
            name = language_name(code)
            if code == meeting.original_language:
                box.setText(self.tr("{0} (original)").format(name))
                box.setToolTip("")
            else:
                done = total - self._untranslated.count(code)
                box.setText(self.tr("{0} ({1}/{2} items translated)").format(name, done, total))
                box.setToolTip(
                    self.tr("{0} of {1} agenda items are fully translated into {2}.").format(
                        done, total, name
                    )
                )
            box.setChecked(code in meeting.languages)
            box.setEnabled(code != meeting.original_language)

    # -- editing ---------------------------------------------------------------------------

    def _push(self, name: str, value: Any, merge: bool = False) -> None:
        if self._updating or getattr(self.document.meeting, name) == value:
            return
        self.document.push(SetMeetingFieldCommand(self.document, name, value, merge=merge))

    def _push_date(self, name: str, value: Any) -> None:
        before = getattr(self.document.meeting, name)
        self._push(name, value)
        if getattr(self.document.meeting, name) != before:
            self.dates_edited.emit()

    def add_below_dates(self, widget: QWidget) -> None:
        """Show ``widget`` (the offer to make the timetable follow) under the meeting's dates."""
        self._outer.insertWidget(self._outer.indexOf(self.meeting_box) + 1, widget)

    def _on_symbol_edited(self, text: str) -> None:
        self._push("symbol", text, merge=True)

    def _on_text_edited(self, name: str, text: str) -> None:
        values = dict(getattr(self.document.meeting, name))
        lang = self.document.language
        if text:
            values[lang] = text
        else:
            values.pop(lang, None)
        self._push(name, values, merge=True)

    def _on_distribution(self, index: int) -> None:
        self._push("distribution", Distribution(self.distribution.itemData(index)))

    def _on_page_size(self, index: int) -> None:
        self._push("page_size", PageSize(self.page_size.itemData(index)))

    def _on_max_slots(self, value: int) -> None:
        if self._updating or value == self.document.meeting.timetable.max_slots_per_day:
            return
        # The timetable's own rule (the window gives it): below the meetings some days already
        # hold, it asks, then merges their last meetings or changes nothing.
        if self.default_limit_setter is None:
            self.document.push(SetDefaultLimitCommand(self.document, value))
        elif not self.default_limit_setter(value):
            self.refresh()  # refused: show the limit still in force

    def _on_original_language(self, index: int) -> None:
        code = self.original_language.itemData(index)
        meeting = self.document.meeting
        if self._updating or code == meeting.original_language:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Change the original language"))
        if code not in meeting.languages:
            self._push("languages", sort_languages([*meeting.languages, code]))
        self._push("original_language", code)
        stack.endMacro()
        self.status_message.emit(
            self.tr("The original language is now {0}.").format(language_name(code))
        )

    def _on_version(self, code: str, checked: bool) -> None:
        meeting = self.document.meeting
        wanted = set(meeting.languages)
        if checked:
            wanted.add(code)
        else:
            wanted.discard(code)
        self._push("languages", sort_languages(wanted))
        if not checked and self.document.language == code:
            self.document.set_language(meeting.original_language)

    def focus_field(self, name: str | None) -> None:
        """Put the cursor in the field a finding is about (``symbol``, ``end``, ``venue``...)."""
        widgets: dict[str, QWidget] = {
            "symbol": self.symbol,
            "distribution": self.distribution,
            "issue_date": self.issue_date,
            "original_language": self.original_language,
            "languages": next(
                (box for box in self.versions.values() if box.isEnabled()),
                self.original_language,
            ),
            "start": self.start,
            "end": self.end,
            "page_size": self.page_size,
            "max_slots_per_day": self.max_slots,
            **self.texts,
        }
        widget = widgets.get(name or "symbol", self.symbol)
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.document_box.setTitle(self.tr("Document"))
        self.meeting_box.setTitle(self.tr("Meeting"))
        self.languages_box.setTitle(self.tr("Languages"))
        captions = {
            "symbol": self.tr("&Symbol:"),
            "title": self.tr("&Title:"),
            "distribution": self.tr("&Distribution:"),
            "issue_date": self.tr("Date of &issue:"),
            "job_number": self.tr("&Job number:"),
            "reissue_note": self.tr("Reissue note:"),
            "page_size": self.tr("&Page size:"),
            "origin": self.tr("Made from:"),
            "body": self.tr("&Body:"),
            "subsidiary_body": self.tr("Subsidiar&y body:"),
            "session": self.tr("Sessio&n:"),
            "venue": self.tr("Ven&ue:"),
            "start": self.tr("Fi&rst day:"),
            "end": self.tr("L&ast day:"),
            "max_slots": self.tr("&Meetings per day:"),
            "original_language": self.tr("Ori&ginal language:"),
            "languages": self.tr("Language versions:"),
            "editing": self.tr("Editing version:"),
        }
        for name, caption in captions.items():
            self.labels[name].setText(caption)
        self.texts["reissue_note"].setToolTip(
            self.tr(
                "For a reissued document, whose symbol ends with an asterisk: the note printed "
                "after an asterisk at the foot of page 1, e.g. “Reissued for technical "
                "reasons on 3 May 2026.”"
            )
        )
        # One caption column for the three groups, so that their fields line up.
        width = max(label.sizeHint().width() for label in self.labels.values())
        for caption_label in self.labels.values():
            caption_label.setMinimumWidth(width)
        names = {
            Distribution.GENERAL.value: self.tr("General"),
            Distribution.LIMITED.value: self.tr("Limited"),
            Distribution.RESTRICTED.value: self.tr("Restricted"),
        }
        for index in range(self.distribution.count()):
            self.distribution.setItemText(index, names[self.distribution.itemData(index)])
        for index in range(self.original_language.count()):
            code = self.original_language.itemData(index)
            self.original_language.setItemText(index, language_name(code))
        self.symbol.setToolTip(self.tr("The document symbol, for example ABC/WG.1/2026/1"))
        self.max_slots.setToolTip(
            self.tr("How many meetings a day may hold unless the day sets its own limit")
        )
        for date in (self.issue_date, self.start, self.end):
            date.check.setToolTip(self.tr("Set this date"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
