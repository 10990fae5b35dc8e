"""The timetable follows the meeting's dates: one action (Timetable > Match Days to Meeting
Dates), one choice of whether Saturdays and Sundays are days of the meeting, and a bar that says
what following the dates would add and remove. The timetable shows the bar whenever its days
differ from the dates; the Meeting page offers it right after the dates are changed there.

Nothing placed is lost without being said: the bar says that items placed on a day to be removed
go back to unscheduled, and the action asks before removing such a day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core import timetable as tt
from agenda_editor.gui.commands import timetable as cmd
from agenda_editor.gui.finding_texts import interface_language
from agenda_editor.gui.plurals import english_s
from agenda_editor.gui.timetable.texts import day_heading, tr

if TYPE_CHECKING:
    from agenda_editor.gui.document import MeetingDocument
    from agenda_editor.gui.timetable.panel import TimetablePanel

#: Up to this many days are named one by one; more are "%n days from ... to ...".
_NAMED = 3


def _count(source: str, n: int) -> str:
    return english_s(QCoreApplication.translate("Timetable", source, "", n), source, n)


def days_phrase(dates: list[dt.date], lang: str) -> str:
    """ "Monday, 15 June; Tuesday, 16 June" or "12 days from Monday, 15 June to ..." in the
    interface language ``lang`` (the bar's sentences are the interface's); headings hold
    commas, so days are set apart by semicolons."""
    if len(dates) <= _NAMED:
        return "; ".join(day_heading(d, lang) for d in dates)
    return _count("%n days from {0} to {1}", len(dates)).format(
        day_heading(dates[0], lang), day_heading(dates[-1], lang)
    )


class DaysFollow(QObject):
    """The Match Days action and the weekends choice of one timetable panel."""

    changed = Signal()
    #: The days were matched to the dates.
    synced = Signal()

    def __init__(self, panel: TimetablePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._planned: tuple[object, tt.DaysPlan] | None = None
        self._weekend: tuple[object, list[dt.date]] | None = None
        self.action = QAction(self)
        self.action.triggered.connect(lambda: self.sync())
        self.weekends_action = QAction(self)
        self.weekends_action.setCheckable(True)
        self.weekends_action.toggled.connect(lambda _on: self.changed.emit())
        self.infer_weekends()
        self.retranslate_ui()

    @property
    def document(self) -> MeetingDocument:
        return self.panel.document

    def infer_weekends(self) -> None:
        """A meeting whose timetable already holds a Saturday or Sunday sits on weekends."""
        self.weekends_action.setChecked(tt.has_weekend_days(self.document.meeting.timetable))

    def retranslate_ui(self) -> None:
        self.action.setText(tr("Match Days to Meeting &Dates"))
        self.action.setIconText(tr("Match Days to Meeting Dates"))
        self.action.setToolTip(
            tr("Give the timetable one day per date of the meeting, adding and removing days")
        )
        self.weekends_action.setText(tr("Include Saturdays and Sund&ays"))
        self.weekends_action.setToolTip(
            tr("Whether the meeting sits on Saturdays and Sundays (days added and kept)")
        )

    def plan(self) -> tt.DaysPlan | None:
        """What following the dates would change (``None`` without both dates)."""
        meeting = self.document.meeting
        if meeting.start is None or meeting.end is None:
            return None
        weekends = self.weekends_action.isChecked()
        # Worked out once per state of the dates and days: after an edit the action and each
        # days bar ask.
        key = (
            meeting.start, meeting.end, weekends,
            tuple((day.date, any(s.items for s in day.slots)) for day in meeting.timetable.days),
        )  # fmt: skip
        if self._planned is None or self._planned[0] != key:
            plan = tt.plan_days(meeting.timetable, meeting.start, meeting.end, weekends)
            self._planned = (key, plan)
        return self._planned[1]

    def weekend_dates(self) -> list[dt.date]:
        meeting = self.document.meeting
        if meeting.start is None or meeting.end is None:
            return []
        key = (meeting.start, meeting.end)
        if self._weekend is None or self._weekend[0] != key:
            dates = tt.meeting_dates(meeting.start, meeting.end)
            self._weekend = (key, [d for d in dates if tt.is_weekend(d)])
        return list(self._weekend[1])

    def update(self) -> None:
        plan = self.plan()
        self.action.setEnabled(plan is not None and plan.changes)
        self.weekends_action.setEnabled(bool(self.weekend_dates()))

    def describe(self, plan: tt.DaysPlan) -> str:
        """What following the dates would do, in sentences for the bar."""
        lang = interface_language()  # the sentence is the interface's: its dates too
        parts: list[str] = []
        if plan.changes:
            parts.append(tr("The days of the timetable do not match the meeting's dates."))
        if plan.added:
            parts.append(tr("Days to add: {0}.").format(days_phrase(plan.added, lang)))
        if plan.removed:
            parts.append(tr("Days to remove: {0}.").format(days_phrase(plan.removed, lang)))
        if plan.removed_with_items:
            parts.append(
                tr(
                    "Items placed on {0} go back to the unscheduled items if the day is "
                    "removed (you are asked first)."
                ).format(days_phrase(plan.removed_with_items, lang))
            )
        weekend = self.weekend_dates()
        if plan.left_out:
            parts.append(
                tr("Saturdays and Sundays are left out: {0}.").format(
                    days_phrase(plan.left_out, lang)
                )
            )
        elif weekend:
            parts.append(tr("Saturdays and Sundays are days of the meeting."))
        return " ".join(parts)

    def sync(self) -> bool:
        """Match the days to the meeting's dates; days that take up items are asked about."""
        panel = self.panel
        plan = self.plan()
        if plan is None:
            panel.status_message.emit(tr("Set the meeting's start and end dates first."))
            return False
        if not plan.changes:
            return False
        lang = interface_language()  # the sentence is the interface's: its dates too
        drop = False
        if plan.removed_with_items:
            answer = panel.ask_choice(
                tr("Days outside the meeting"),
                _count(
                    "%n day(s) no longer of the meeting take up agenda items: {0}. Remove "
                    "them and put their items back among the unscheduled items, or keep them?",
                    len(plan.removed_with_items),
                ).format(days_phrase(plan.removed_with_items, lang)),
                [
                    ("drop", tr("Remove the days")),
                    ("keep", tr("Keep the days")),
                    ("cancel", tr("Cancel")),
                ],
            )
            if answer == "cancel":
                return False
            drop = answer == "drop"
        weekends = self.weekends_action.isChecked()
        before = sum(len(s.items) for d in self.document.meeting.timetable.days for s in d.slots)
        command = panel.push_command(lambda: cmd.SyncDaysCommand(self.document, drop, weekends))
        if command is None:
            return False
        after = sum(len(s.items) for d in self.document.meeting.timetable.days for s in d.slots)
        panel.status_message.emit(self.done_text(plan, drop, before - after))
        self.synced.emit()
        return True

    def done_text(self, plan: tt.DaysPlan, dropped: bool, unplaced: int) -> str:
        """What the last Match Days did, for the status bar."""
        lang = interface_language()  # the sentence is the interface's: its dates too
        removed = [d for d in plan.removed if dropped or d not in plan.removed_with_items]
        kept = [] if dropped else plan.removed_with_items
        parts: list[str] = []
        if plan.added:
            parts.append(tr("Added {0}.").format(days_phrase(plan.added, lang)))
        if removed:
            parts.append(tr("Removed {0}.").format(days_phrase(removed, lang)))
        if unplaced:
            parts.append(_count("%n placed item(s) went back to the unscheduled items.", unplaced))
        if kept:
            parts.append(
                _count("Kept %n day(s) that take up items: {0}.", len(kept)).format(
                    days_phrase(kept, lang)
                )
            )
        if plan.left_out:
            parts.append(tr("Saturdays and Sundays left out."))
        return " ".join(parts)


class DaysBar(QFrame):
    """A bar that says how the timetable's days differ from the meeting's dates, with the
    weekends choice and the Match Days action.

    The timetable's bar shows whenever the days differ from the dates. An ``offer_bar`` (the
    Meeting page's) shows only once :meth:`offer` is called after a change of the dates, also
    to say that Saturdays and Sundays were left out, until the days are matched or the bar is
    closed.
    """

    def __init__(
        self, follow: DaysFollow, parent: QWidget | None = None, offer_bar: bool = False
    ) -> None:
        super().__init__(parent)
        self.follow = follow
        self.offer_bar = offer_bar
        self.offered = not offer_bar
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.weekends = QCheckBox(self)
        self.weekends.toggled.connect(follow.weekends_action.setChecked)
        self.button = QToolButton(self)
        self.button.setDefaultAction(follow.action)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("\u00d7")
        self.close_button.setVisible(offer_bar)
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.weekends)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.note, 1)
        top.addWidget(self.close_button)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(buttons)
        follow.changed.connect(self.refresh)
        if offer_bar:
            follow.synced.connect(self.dismiss)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.weekends.setText(self.follow.weekends_action.text().replace("&", ""))
        self.weekends.setToolTip(self.follow.weekends_action.toolTip())
        self.close_button.setToolTip(tr("Close"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.follow.retranslate_ui()
            self.retranslate_ui()
        super().changeEvent(event)

    def offer(self) -> None:
        """Show the bar (an offer bar) if the dates now differ from the days."""
        self.offered = True
        self.refresh()

    def dismiss(self) -> None:
        if self.offer_bar:
            self.offered = False
        self.refresh()

    def _wanted(self, plan: tt.DaysPlan | None) -> bool:
        if not self.offered:
            return False
        if plan is None:  # no dates: the timetable says where they are set
            return not self.offer_bar and not self.follow.document.meeting.timetable.days
        return plan.changes or (self.offer_bar and bool(plan.left_out))

    def refresh(self, *_args: object) -> None:
        follow = self.follow
        follow.update()
        self.weekends.blockSignals(True)
        self.weekends.setChecked(follow.weekends_action.isChecked())
        self.weekends.blockSignals(False)
        self.weekends.setVisible(bool(follow.weekend_dates()))
        plan = follow.plan()
        show = self._wanted(plan)
        if not show:
            self.note.setText("")
        elif plan is None:
            self.note.setText(tr("Set the meeting's start and end dates to plan its days here."))
        else:
            self.note.setText(follow.describe(plan))
        self.button.setVisible(plan is not None and plan.changes)
        if not show and self.offer_bar:
            self.offered = False  # nothing left to offer: the next change of dates offers anew
        self.setVisible(show)
