"""What changed between two states of a meeting, written out for the Versions dialog.

:func:`report_html` turns a :class:`~agenda_editor.core.compare.Comparison` into rich text for
a ``QTextBrowser``, in one language version of the meeting: items added, removed, moved and
renumbered (numbered and titled as that language writes them), then the texts that changed in
that language word by word (removed words struck through on red, added ones on green), then
the meeting's fields and the timetable. Headings and labels are in the interface language.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from agenda_editor.core.compare import (
    Comparison,
    ItemChange,
    Part,
    Sitting,
    Status,
    TextChange,
)
from agenda_editor.core.model import Meeting
from agenda_editor.core.numbering import path_of, reference
from agenda_editor.core.word_diff import Kind
from agenda_editor.gui.finding_texts import interface_language
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.gui.text_direction import direction_of
from agenda_editor.i18n.dates import full_date

#: Colours of removed and added words (light enough for black text, apart for colour-blind
#: readers by the strike-through as well).
REMOVED_STYLE = "background-color:#f9d0d0; color:#7a0000; text-decoration:line-through"
ADDED_STYLE = "background-color:#c9f0c9; color:#004d00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


def _field_labels() -> dict[str, str]:
    return {
        "symbol": _tr("Symbol"),
        "original_language": _tr("Original language"),
        "languages": _tr("Language versions"),
        "distribution": _tr("Distribution"),
        "issue_date": _tr("Date of issue"),
        "body": _tr("Body"),
        "subsidiary_body": _tr("Subsidiary body"),
        "session": _tr("Session"),
        "venue": _tr("Venue"),
        "start": _tr("First day"),
        "end": _tr("Last day"),
        "title": _tr("Title of the document"),
        "job_number": _tr("Job number"),
        "reissue_note": _tr("Reissue note"),
        "page_size": _tr("Page size"),
    }


def _part_label(change: TextChange) -> str:
    if change.part == Part.TITLE:
        return _tr("Title")
    if change.part == Part.ANNOTATION:
        if change.formatting_only:
            return _tr("Annotation (formatting only)")
        return _tr("Annotation")
    if change.part == Part.FOOTNOTES:
        return _tr("Footnotes")
    if change.part == Part.DOCUMENT:
        return _tr("Title of document {0}").format(change.symbol)
    if change.part == Part.BODY:
        return _tr("Name of a body that meets")
    return _field_labels().get(change.part, change.part)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


#: Labels (which text, which field) in grey rather than italic: many systems have no italic
#: Arabic or Chinese font, and Qt then draws empty boxes.
LABEL_STYLE = "color:#555555"


def _label(text: str) -> str:
    return f'<span style="{LABEL_STYLE}">{_e(text)}</span>'


def _html_direction(direction: Qt.LayoutDirection) -> str:
    return "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"


def _direction(lang: str) -> str:
    return _html_direction(direction_of(lang))


def _interface_direction() -> str:
    return _html_direction(QGuiApplication.layoutDirection())


def _arrow(direction: str) -> str:
    """From the old to the new, in the direction the line is read."""
    return "←" if direction == "rtl" else "→"


def words_html(change: TextChange) -> str:
    """The text with its removed and added words marked, paragraph breaks kept."""
    parts = []
    for piece in change.pieces:
        text = _e(piece.text).replace("\n", "<br>")
        if piece.kind == Kind.REMOVED:
            parts.append(f'<span style="{REMOVED_STYLE}">{text}</span>')
        elif piece.kind == Kind.ADDED:
            parts.append(f'<span style="{ADDED_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def _title(title: Mapping[str, str], lang: str, fallback: str) -> str:
    text = title.get(lang) or title.get(fallback) or next(iter(title.values()), "")
    return _e(text) if text else _label(_tr("(no title)"))


def _number(path: tuple[int, ...] | None, lang: str) -> str:
    return _e(reference(path, lang)) if path else ""


def _sitting(sitting: Sitting) -> str:
    date, start, end, _body = sitting
    locale = QLocale()
    day = _date(date)
    times = [
        locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
        for t in (start, end)
    ]
    return f"{day} {times[0]}–{times[1]}"


def _date(date: dt.date) -> str:
    """A date as the interface writes it elsewhere (the Meeting page's origin): "3 May 2026"."""
    return full_date(date, interface_language())


class _Writer:
    def __init__(self, comparison: Comparison, old: Meeting, new: Meeting, lang: str) -> None:
        self.comparison = comparison
        self.old, self.new = old, new
        self.lang = lang
        self.fallback = new.original_language
        self.parts: list[str] = []

    def heading(self, text: str) -> None:
        self.parts.append(f"<h3>{_e(text)}</h3>")

    def line(self, content: str, direction: str | None = None) -> None:
        where = f' dir="{direction}"' if direction else ""
        self.parts.append(f"<p{where} style='margin:2px 0 2px 12px'>{content}</p>")

    def item_line(self, change: ItemChange, numbers: str) -> str:
        title = _title(change.title, self.lang, self.fallback)
        return f'<b dir="{_direction(self.lang)}">{numbers}</b>&nbsp;&nbsp;{title}'

    def tree(self) -> None:
        lang = self.lang
        sections = [
            (Status.ADDED, _tr("Items added")),
            (Status.REMOVED, _tr("Items removed")),
            (Status.MOVED, _tr("Items moved")),
            (Status.RENUMBERED, _tr("Items renumbered")),
        ]
        comparison = self.comparison
        for status, heading in sections:
            if status == Status.RENUMBERED:
                changes = comparison.renumbered_alone()
            else:
                changes = comparison.with_status(status)
            if not changes:
                continue
            self.heading(heading)
            for change in changes:
                if status == Status.ADDED:
                    numbers = _number(change.new_path, lang)
                elif status == Status.REMOVED:
                    numbers = _number(change.old_path, lang)
                else:
                    old, new = _number(change.old_path, lang), _number(change.new_path, lang)
                    numbers = f"{old} {_arrow(_direction(lang))} {new}"
                line = self.item_line(change, numbers)
                if status in (Status.MOVED, Status.RENUMBERED) and comparison.carries_sub_items(
                    change
                ):
                    line += "&nbsp;&nbsp;" + _label(_tr("(with its sub-items)"))
                self.line(line, _direction(lang))

    def texts(self) -> None:
        lang = self.lang
        shown = False
        for change in self.comparison.texts_changed:
            texts = [text for text in change.texts if text.lang == lang]
            if not texts and not change.documents_added and not change.documents_removed:
                continue
            if not shown:
                self.heading(_tr("Texts changed in {0}").format(language_name(lang)))
                shown = True
            number = _number(change.new_path, lang)
            self.parts.append(
                f'<p dir="{_direction(lang)}" style="margin:8px 0 2px 0">'
                f"{self.item_line(change, number)}</p>"
            )
            for text in texts:
                self.text(text)
            if change.documents_added:
                self.line(_e(_tr("Documents added: {0}").format(", ".join(change.documents_added))))
            if change.documents_removed:
                self.line(
                    _e(_tr("Documents removed: {0}").format(", ".join(change.documents_removed)))
                )

    def text(self, change: TextChange) -> None:
        # Above the text and aligned with it, whatever the direction of the interface.
        self.line(_label(_part_label(change)), _direction(change.lang))
        self.parts.append(
            f'<p dir="{_direction(change.lang)}" style="margin:0 0 4px 24px">'
            f"{words_html(change)}</p>"
        )

    def meeting(self) -> None:
        labels = _field_labels()
        fields = self.comparison.fields
        texts = [text for text in self.comparison.meeting_texts if text.lang == self.lang]
        if not fields and not texts:
            return
        self.heading(_tr("Meeting"))
        for field in fields:
            old = field.old or _tr("(none)")
            new = field.new or _tr("(none)")
            label = labels.get(field.name, field.name)
            direction = _interface_direction()
            self.line(
                f"{_label(label)}: "
                f'<span style="{REMOVED_STYLE}">{_e(old)}</span> {_arrow(direction)} '
                f'<span style="{ADDED_STYLE}">{_e(new)}</span>',
                direction,
            )
        for text in texts:
            self.text(text)

    def timetable(self) -> None:
        comparison = self.comparison
        names = [text for text in comparison.body_names if text.lang == self.lang]
        parts = [comparison.days_added, comparison.days_removed, comparison.placements, names]
        if not any([*parts, comparison.bodies_added, comparison.bodies_removed]):
            return
        self.heading(_tr("Organization of work"))
        for body in comparison.bodies_added:
            name = _title(body.name, self.lang, self.fallback)
            self.line(_e(_tr("Body added: {0}")).format(name))
        for body in comparison.bodies_removed:
            name = _title(body.name, self.lang, self.fallback)
            self.line(_e(_tr("Body removed: {0}")).format(name))
        for text in names:
            self.text(text)
        for date in comparison.days_added:
            self.line(_e(_tr("Day added: {0}").format(_date(date))))
        for date in comparison.days_removed:
            self.line(_e(_tr("Day removed: {0}").format(_date(date))))
        for change in comparison.placements:
            meeting = self.new if self.new.has_item(change.item_id) else self.old
            if not meeting.has_item(change.item_id):
                continue
            item = meeting.item(change.item_id)
            number = _number(path_of(meeting, change.item_id), self.lang)
            title = _title(item.title, self.lang, self.fallback)
            before = "; ".join(_sitting(s) for s in change.old) or _tr("not scheduled")
            after = "; ".join(_sitting(s) for s in change.new) or _tr("not scheduled")
            direction = _direction(self.lang)
            self.line(
                f'<b dir="{direction}">{number}</b>&nbsp;&nbsp;{title}: '
                f'<span style="{REMOVED_STYLE}">{_e(before)}</span> {_arrow(direction)} '
                f'<span style="{ADDED_STYLE}">{_e(after)}</span>',
                direction,
            )


def report_html(comparison: Comparison, old: Meeting, new: Meeting, lang: str) -> str:
    """The changes from ``old`` to ``new`` as rich text, with the texts of ``lang``."""
    if not comparison:
        return "<p>" + _e(_tr("No differences: the two are the same.")) + "</p>"
    writer = _Writer(comparison, old, new, lang)
    writer.tree()
    writer.texts()
    if comparison.texts_changed and not any(
        text.lang == lang for change in comparison.texts_changed for text in change.texts
    ):
        others = [code for code in comparison.languages() if code != lang]
        if others:
            names = ", ".join(language_name(code) for code in others)
            writer.heading(_tr("Texts changed"))
            writer.line(
                _e(_tr("No text changed in {0}; texts changed in: {1}.")).format(
                    _e(language_name(lang)), _e(names)
                )
            )
    writer.meeting()
    writer.timetable()
    return "".join(writer.parts)
