"""The findings panel: what :func:`agenda_editor.core.rules.check` says about the meeting.

The list is refreshed shortly after every edit (the check runs once per burst of typing, not per
keystroke). Activating a finding (double-click, Enter) emits :attr:`FindingsPanel.activated` with
its :class:`~agenda_editor.core.rules.Target`; the main window goes there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.rules import Finding, Severity, Target, check
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
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    infos = sum(1 for f in findings if f.severity is Severity.INFO)
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemDoubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

        self._connect(document)
        self.retranslate_ui()

    # -- document ------------------------------------------------------------------------

    def set_document(self, document: MeetingDocument) -> None:
        self.document.changed.disconnect(self.schedule_refresh)
        self.document.language_changed.disconnect(self.schedule_refresh)
        self.document = document
        self._connect(document)
        self.refresh()

    def _connect(self, document: MeetingDocument) -> None:
        document.changed.connect(self.schedule_refresh)
        document.language_changed.connect(self.schedule_refresh)

    def schedule_refresh(self) -> None:
        """Refresh a moment after the last edit, once for a burst of edits."""
        self._timer.start()

    def refresh(self) -> None:
        """Run the checks now and show their findings."""
        self._timer.stop()
        self.findings = check(self.document.meeting)
        self.tree.clear()
        # Items numbered as the tree shows them: "3 b)" in French, "3 (ب)" in Arabic.
        references = renumbered(self.document.meeting, self.document.language)
        for finding in self.findings:
            text = finding_text(finding, references)
            row = QTreeWidgetItem([severity_text(finding.severity), text])
            row.setIcon(0, icon(_ICON_NAMES[finding.severity]))
            row.setToolTip(1, text)
            self.tree.addTopLevelItem(row)
        if not self.findings:
            empty = QTreeWidgetItem(["", self.tr("No problems found.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        self.summary_changed.emit(self.summary())

    def summary(self) -> str:
        return summary_text(self.findings)

    def count(self) -> int:
        return len(self.findings)

    def activate_row(self, row: int) -> None:
        """Go to what the finding in ``row`` is about (as a double-click does)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = self.tree.indexOfTopLevelItem(item)
        if 0 <= row < len(self.findings):
            target: Target = self.findings[row].target
            self.activated.emit(target)

    # -- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Finding")])
        self.refresh()  # severities, messages and the summary in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
