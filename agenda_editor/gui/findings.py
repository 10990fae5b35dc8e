"""The findings panel: what :func:`agenda_editor.core.rules.check` says about the meeting.

The list is refreshed shortly after every edit (the check runs once per burst of typing, not per
keystroke), by a :class:`~agenda_editor.core.rules.RuleCheck` that makes again only the findings
of the items the edits changed. It is a model and a view (:class:`FindingsModel`): a large
meeting has thousands of findings, only the rows on screen are worded and drawn, and a refresh
removes, inserts and changes only the rows that changed, so the finding selected stays selected.
Activating a finding (double-click, Enter) emits :attr:`FindingsPanel.activated` with its
:class:`~agenda_editor.core.rules.Target`; the main window goes there.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.rules import Finding, RuleCheck, Severity, Target
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.finding_texts import finding_text as _worded
from agenda_editor.gui.finding_texts import renumbered
from agenda_editor.gui.icons import icon

#: Delay between the last edit and the refresh of the list, in milliseconds.
REFRESH_DELAY_MS = 200

_ICON_NAMES = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def severity_text(severity: Severity) -> str:
    """The severity as the interface language writes it."""
    words = {
        Severity.ERROR: QCoreApplication.translate("Findings", "Error"),
        Severity.WARNING: QCoreApplication.translate("Findings", "Warning"),
        Severity.INFO: QCoreApplication.translate("Findings", "Information"),
    }
    return words[severity]


def finding_text(finding: Finding, references: dict[str, str] | None = None) -> str:
    """The message shown for a finding, in the interface language.

    The core writes English messages; :mod:`agenda_editor.gui.finding_texts` words each code
    from a translated template (falling back to the English message). ``references``: item
    numbers as the language version shown writes them (see ``renumbered``).
    """
    return _worded(finding, references=references)


def summary_text(findings: list[Finding]) -> str:
    """ "2 errors, 3 warnings" for the status bar; "No problems found" when there is nothing."""
    severities = list(map(attrgetter("severity"), findings))  # counted without hashing each
    errors, warnings = severities.count(Severity.ERROR), severities.count(Severity.WARNING)
    infos = severities.count(Severity.INFO)
    parts = []
    if errors:
        parts.append(_count("%n error(s)", "error", "errors", errors))
    if warnings:
        parts.append(_count("%n warning(s)", "warning", "warnings", warnings))
    if infos:
        parts.append(_count("%n note(s)", "note", "notes", infos))
    if not parts:
        return QCoreApplication.translate("Findings", "No problems found")
    return ", ".join(parts)


def _count(source: str, singular: str, plural: str, n: int) -> str:
    text = QCoreApplication.translate("Findings", source, "", n)
    return english_plural(text, source, f"%n {singular}", f"%n {plural}", n)


def english_plural(text: str, source: str, one: str, many: str, n: int) -> str:
    """``text``, the translation of ``source`` ("%n error(s)") for ``n``; where no catalogue
    translated it (English), ``one`` or ``many`` ("%n error", "%n errors") instead."""
    if text == source.replace("%n", str(n)):
        return (one if n == 1 else many).replace("%n", str(n))
    return text


_Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FindingsModel(QAbstractTableModel):
    """The findings as rows (severity, message), worded when a row is shown, not before.

    With no finding, one row that cannot be selected says so.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._references: dict[str, str] | None = None
        self._reference_source: Any = None
        self._language: str | None = None
        #: Messages worded so far, by finding: an unchanged finding keeps its words through
        #: refreshes, until the language version shown or the interface language changes.
        self._texts: dict[Finding, str] = {}
        self._icons: dict[Severity, QIcon] = {}
        self._severities: dict[Severity, str] = {}
        self._headers: list[str] = []

    def show(self, findings: list[Finding], references: Any, language: str | None = None) -> None:
        """Show ``findings``; ``references()`` gives the item numbers of the version shown
        (``language``, see ``renumbered``), asked for when a message is next worded.

        Rows of findings found again stay (and stay selected); only the rows that changed are
        removed, inserted or changed."""
        self._reference_source = references
        self._references = None
        old = self.findings
        if not old or not findings:  # the row saying there is no finding comes or goes
            self.beginResetModel()
            self.findings = findings
            self.endResetModel()
        else:
            self._patch(old, findings)
        if language != self._language or len(self._texts) > 2 * len(findings) + 1000:
            self._language = language
            self.reword()

    def _patch(self, old: list[Finding], new: list[Finding]) -> None:
        rows = self.findings = list(old)
        for row, removed, inserted in row_steps(old, new):
            common = min(removed, len(inserted))
            rows[row : row + common] = inserted[:common]
            if common:
                self.dataChanged.emit(self.index(row, 0), self.index(row + common - 1, 1))
            if removed > common:
                self.beginRemoveRows(QModelIndex(), row + common, row + removed - 1)
                del rows[row + common : row + removed]
                self.endRemoveRows()
            elif len(inserted) > common:
                self.beginInsertRows(QModelIndex(), row + common, row + len(inserted) - 1)
                rows[row + common : row + common] = inserted[common:]
                self.endInsertRows()
        self.findings = new

    def reword(self) -> None:
        """Word every row again (the interface language or the version shown changed)."""
        self._texts = {}
        self._severities = {}
        if self.findings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.findings) - 1, 1))

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def text(self, row: int) -> str:
        """The message of the finding in ``row``, in the interface language."""
        finding = self.findings[row]
        text = self._texts.get(finding)
        if text is None:
            if self._references is None:
                self._references = self._reference_source() if self._reference_source else {}
            text = self._texts[finding] = finding_text(finding, self._references)
        return text

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.findings) or 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if self.findings else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not self.findings:
            if role == Qt.ItemDataRole.DisplayRole and column == 1:
                return QCoreApplication.translate("FindingsPanel", "No problems found.")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 1:
                return self.text(row)
            if role == Qt.ItemDataRole.DisplayRole:
                severity = self.findings[row].severity
                if severity not in self._severities:
                    self._severities[severity] = severity_text(severity)
                return self._severities[severity]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            severity = self.findings[row].severity
            if severity not in self._icons:
                self._icons[severity] = icon(_ICON_NAMES[severity])
            return self._icons[severity]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section < len(self._headers)
        ):
            return self._headers[section]
        return None


def row_steps(old: list[Finding], new: list[Finding]) -> list[tuple[int, int, list[Finding]]]:
    """How a list of findings becomes another, in as few rows as the check allows: in order,
    ``(row, removed, inserted)``, where ``removed`` rows at ``row`` (counted in the list as
    changed by the steps before) give way to the findings ``inserted``.

    A finding found again is the same object (:class:`RuleCheck` keeps the findings of items
    that did not change) or an equal one (the meeting-wide checks make theirs again), in the
    same order: the rows between two such findings are what changed.
    """
    most = min(len(old), len(new))
    start = _run(old, 0, new, 0, most)
    # The same at the end: counted on the lists reversed.
    end = _run(old[::-1], 0, new[::-1], 0, most - start)
    old_end, new_end = len(old) - end, len(new) - end
    where = {id(finding): n for n, finding in enumerate(old[start:old_end], start)}
    steps: list[tuple[int, int, list[Finding]]] = []
    kept, row, pending = start, start, []  # the next old row to keep, the row in the list
    n = start
    while n < new_end:
        finding = new[n]
        found = where.get(id(finding), -1)
        if found < kept and kept < old_end and old[kept] == finding:
            found = kept
        if found < kept:
            pending.append(finding)
            n += 1
            continue
        if pending or found > kept:
            steps.append((row, found - kept, pending))
            row += len(pending)
            pending = []
        # This finding and those after it that are the same in both lists stay.
        same = 1 + _run(old, found + 1, new, n + 1, min(old_end - found, new_end - n) - 1)
        row, kept, n = row + same, found + same, n + same
    if pending or kept < old_end:
        steps.append((row, old_end - kept, pending))
    if len(steps) > _MOST_STEPS:  # scattered changes: change the rows between, by number
        return [(start, old_end - start, new[start:new_end])]
    return steps


def _run(old: list[Finding], at: int, new: list[Finding], new_at: int, most: int) -> int:
    """How many findings from ``old[at]`` and ``new[new_at]`` on (``most`` at the most) are
    the same, or equal: compared a slice at a time, doubling, then halving."""
    low, step, high = 0, 1, 0
    while low < most:
        high = min(low + step, most)
        if old[at + low : at + high] != new[new_at + low : new_at + high]:
            break  # the first difference is in [low, high)
        low, step = high, step * 2
    else:
        return most
    while high - low > 1:
        middle = (low + high) // 2
        if old[at + low : at + middle] == new[new_at + low : new_at + middle]:
            low = middle
        else:
            high = middle
    return low


#: More steps than this are made one (each step is a signal the view and selection handle).
_MOST_STEPS = 64


class FindingsView(QTableView):
    """The list of findings: a table with no grid and no row numbers, whole rows selected.

    Not a tree view: a tree view lays out every row again whenever rows come or go (thousands of
    calls into the model for a large meeting's findings), a table only the rows on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setStretchLastSection(True)
        self.fit_rows()

    def header(self) -> QHeaderView:
        """The column titles (as a tree view calls them)."""
        return self.horizontalHeader()

    def fit_rows(self) -> None:
        """Rows as high as a line of text or an icon, whichever is higher."""
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        height = max(self.fontMetrics().height(), icon) + 2
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()
        super().changeEvent(event)


class FindingsPanel(QWidget):
    """A list of findings (severity icon and message) that leads to what each is about."""

    #: The user asked to go to what a finding is about.
    activated = Signal(object)
    #: The list was refreshed: the status bar's summary ("2 errors, 3 warnings").
    summary_changed = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.findings: list[Finding] = []
        self._check = RuleCheck()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.model = FindingsModel(self)
        self.view = FindingsView(self)
        self.view.setModel(self.model)
        # As wide as its widest word (set with the words, in retranslate_ui): sizing it to its
        # contents would word a thousand rows at each refresh.
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._connect(document)
        self.retranslate_ui()

    # -- document ------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.document.changed.disconnect(self.schedule_refresh)
        self.document.language_changed.disconnect(self.schedule_refresh)
        self.document.item_changed.disconnect(self._check.item_changed)
        self.document = document
        self._check = RuleCheck()
        self._connect(document)
        self.refresh()

    def _connect(self, document: MeetingDocument) -> None:
        document.changed.connect(self.schedule_refresh)
        document.language_changed.connect(self.schedule_refresh)
        document.item_changed.connect(self._check.item_changed)

    def schedule_refresh(self) -> None:
        """Refresh a moment after the last edit, once for a burst of edits."""
        self._timer.start()

    def refresh(self) -> None:
        """Run the checks now and show their findings."""
        self._timer.stop()
        self.findings = self._check.check(self.document.meeting)
        # Items numbered as the tree shows them: "3 b)" in French, "3 (ب)" in Arabic.
        meeting, language = self.document.meeting, self.document.language
        self.model.show(self.findings, lambda: renumbered(meeting, language), language)
        self.summary_changed.emit(self.summary())

    def summary(self) -> str:
        return summary_text(self.findings)

    def count(self) -> int:
        return len(self.findings)

    def activate_row(self, row: int) -> None:
        """Go to what the finding in ``row`` is about (as a double-click does)."""
        self._on_activated(self.model.index(row, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.row() if index.isValid() else -1
        if 0 <= row < len(self.findings):
            target: Target = self.findings[row].target
            self.activated.emit(target)

    # -- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.model.set_headers([self.tr("Severity"), self.tr("Finding")])
        self.view.header().resizeSection(0, self._severity_width())
        self.model.reword()
        self.refresh()  # severities, messages and the summary in the new language

    def _severity_width(self) -> int:
        """Room for the widest severity with its icon, and for the column's title."""
        metrics = self.view.fontMetrics()
        style = self.view.style()
        icon_width = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        words = max(metrics.horizontalAdvance(severity_text(severity)) for severity in Severity)
        title = self.view.header().sectionSizeFromContents(0).width()
        return max(words + icon_width + 6 * margin, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
