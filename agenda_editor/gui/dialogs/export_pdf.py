"""Export PDF and Export Word Document: choose the language versions and the part, then write
one file per version (the same dialog for both formats, ``kind`` "pdf" or "docx")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStyle,
    QWidget,
)

from agenda_editor.core.findings import Target
from agenda_editor.core.languages import sort_languages
from agenda_editor.core.model import Meeting
from agenda_editor.export.gate import document_warnings
from agenda_editor.file_names import file_stem
from agenda_editor.gui.dialogs.export_gate import confirm_export
from agenda_editor.gui.finding_texts import finding_text
from agenda_editor.gui.meeting_page import language_name

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import ExportWindow

#: The parts of the document an export can hold (values of ``export.plan.Part``).
PARTS = ("full", "agenda", "annex")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportPdfDialog", text)


class ExportPdfDialog(QDialog):
    """Which versions, which part, where, and whether to open the files afterwards."""

    def __init__(
        self, meeting: Meeting, current: str, base_path: Path, parent: QWidget | None = None,
        kind: str = "pdf",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.kind = kind
        self.suffix = f".{kind}"
        self.setWindowTitle(self.title())
        form = QFormLayout(self)
        #: Where the user asked to go instead of exporting ("Set It"), if anywhere.
        self.go_to: Target | None = None
        self.warnings = document_warnings(meeting)
        if self.warnings:
            form.addRow(self._warnings_row())
        languages = QWidget(self)
        grid = QGridLayout(languages)
        grid.setContentsMargins(0, 0, 0, 0)
        self.languages: dict[str, QCheckBox] = {}
        for n, code in enumerate(sort_languages(meeting.languages)):
            box = QCheckBox(language_name(code), languages)
            box.setChecked(code == current)
            box.toggled.connect(self._update_ok)
            self.languages[code] = box
            grid.addWidget(box, n // 3, n % 3)
        form.addRow(self.tr("Language versions:"), languages)
        self.part = QComboBox(self)
        for value, text in zip(
            PARTS,
            (
                self.tr("Agenda, annotations and annex"),
                self.tr("Agenda only"),
                self.tr("Annex (organization of work) only"),
            ),
            strict=True,
        ):
            self.part.addItem(text, value)
        form.addRow(self.tr("&Part:"), self.part)
        self.allow_missing = QCheckBox(
            self.tr("Export even if texts are not translated (marked in the original)"), self
        )
        form.addRow("", self.allow_missing)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(str(base_path), row)
        browse = QPushButton(self.tr("&Browse..."), row)
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        form.addRow(self.tr("&File:"), row)
        self.open_when_done = QCheckBox(self.tr("&Open the file when done"), self)
        self.open_when_done.setChecked(True)
        form.addRow("", self.open_when_done)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._update_ok()

    def _warnings_row(self) -> QWidget:
        """What the document would show every reader (a missing date of issue), said before
        the export and never stopping it, with a button that goes to the field."""
        row = QFrame(self)
        row.setObjectName("export_warnings")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        icon = QLabel(row)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.warning_text = QLabel("\n".join(finding_text(f) for f in self.warnings), row)
        self.warning_text.setWordWrap(True)
        layout.addWidget(self.warning_text, 1)
        self.go_button = QPushButton(self.tr("&Set It"), row)
        self.go_button.setToolTip(self.tr("Close this dialog and go to the field"))
        self.go_button.clicked.connect(self._go_to_warning)
        layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _go_to_warning(self) -> None:
        self.go_to = self.warnings[0].target
        self.reject()

    def chosen_languages(self) -> list[str]:
        return [code for code, box in self.languages.items() if box.isChecked()]

    def chosen_part(self) -> str:
        return str(self.part.currentData())

    def title(self) -> str:
        return self.tr("Export Word Document") if self.kind == "docx" else self.tr("Export PDF")

    def targets(self) -> dict[str, Path]:
        """The file for each chosen version ("-fr" is added when there are several)."""
        base = Path(self.path.text()).with_suffix(self.suffix)
        chosen = self.chosen_languages()
        if len(chosen) == 1:
            return {chosen[0]: base}
        return {code: base.with_name(f"{base.stem}-{code}{self.suffix}") for code in chosen}

    def _browse(self) -> None:
        files = (
            self.tr("Word documents (*.docx)")
            if self.kind == "docx"
            else self.tr("PDF files (*.pdf)")
        )
        name, _filter = QFileDialog.getSaveFileName(self, self.title(), self.path.text(), files)
        if name:
            self.path.setText(name)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_languages()))


def exporter(kind: str = "pdf") -> Callable[..., Path]:
    """The PDF (or Word, ``kind`` "docx") exporter; imported when first used, so that the
    window starts without ReportLab or python-docx loaded."""
    if kind == "docx":
        from agenda_editor.export.word import export_docx

        return export_docx
    from agenda_editor.export.pdf import export_pdf

    return export_pdf


def run_export(window: ExportWindow, kind: str = "pdf") -> None:
    """The File > Export PDF (``kind`` "pdf") and Export Word Document ("docx") commands."""
    export_pdf = exporter(kind)
    document = window.document
    folder = document.path.parent if document.path else Path.home()
    stem = (
        document.path.stem if document.path else file_stem(document.meeting.symbol, _tr("Untitled"))
    )
    dialog = ExportPdfDialog(
        document.meeting, document.language, folder / f"{stem}.{kind}", window.window(), kind
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.go_to is not None:
            window.go_to(dialog.go_to)
        return
    export_files(
        window,
        document.snapshot(),
        dialog.targets(),
        dialog.chosen_part(),
        dialog.allow_missing.isChecked(),
        dialog.open_when_done.isChecked(),
        export_pdf,
    )


#: An export that takes longer than this shows its progress, with a Cancel button.
PROGRESS_AFTER_MS = 500


class ExportCancelled(BaseException):
    """Raised from the progress report when the user pressed Cancel: it goes through the
    exporter like an interruption, which removes the unfinished file (nothing is replaced)."""


def export_files(
    window: ExportWindow,
    meeting: Meeting,
    targets: dict[str, Path],
    part: str,
    allow_missing: bool,
    open_when_done: bool,
    export_pdf: Callable[..., Any],
) -> list[Path]:
    """Write each version with a progress dialog; returns the files written.

    A meeting with errors is exported only when the user says so (:func:`confirm_export`).
    """
    if not confirm_export(window, meeting):
        return []
    untranslated = None if allow_missing else _untranslated_text(meeting, list(targets), part)
    if untranslated:
        # Found before anything is written: not one version out of two, as if the export worked.
        QMessageBox.critical(window.window(), _tr("Export Failed"), untranslated)
        return []
    steps = 100
    progress = QProgressDialog(
        _tr("Exporting..."), _tr("Cancel"), 0, steps * len(targets), window.window()
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    written: list[Path] = []
    for n, (lang, path) in enumerate(targets.items()):
        if progress.wasCanceled():
            break
        progress.setLabelText(_tr("Exporting the {0} version...").format(language_name(lang)))

        def report(*args: Any, offset: int = n * steps) -> None:
            fraction = _fraction(args)
            if fraction is not None:
                progress.setValue(offset + int(fraction * steps))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ExportCancelled

        try:
            export_pdf(meeting, path, lang, part, allow_missing, report)
        except ExportCancelled:
            window.show_status(
                _tr("Export cancelled: {0} was not written").format(path.name)
                if not written
                else _tr("Export cancelled after {0}").format(", ".join(p.name for p in written))
            )
            return written
        except Exception as error:  # the exporter's errors say what is wrong; show them
            progress.cancel()
            QMessageBox.critical(
                window.window(),
                _tr("Export Failed"),
                _tr("The {0} version could not be exported to “{1}”: {2}").format(
                    language_name(lang), path, error
                ),
            )
            return written
        written.append(path)
        progress.setValue((n + 1) * steps)
    progress.close()
    if written:
        window.show_status(_tr("Exported {0}").format(", ".join(p.name for p in written)))
        if open_when_done:
            for path in written:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return written


def _untranslated_text(meeting: Meeting, languages: list[str], part: str) -> str | None:
    """What stops these versions from being exported for want of translations, in the words of
    this dialog; ``None`` when they are complete."""
    from agenda_editor.export.plan import Part, missing_translations

    lines = []
    for lang in languages:
        items, fields = missing_translations(meeting, lang, Part(part))
        what = [_tr("item {0}").format(ref) for ref in items]
        what += [QCoreApplication.translate("FindingTexts", name) for name in fields]
        if what:
            lines.append(_tr("{0}: {1}").format(language_name(lang), ", ".join(what)))
    if not lines:
        return None
    box = _tr("Export even if texts are not translated (marked in the original)")
    return _tr(
        "These versions are not fully translated:\n{0}\n\nTranslate these texts, or tick "
        "“{1}” to print the original-language text, marked."
    ).format("\n".join(lines), box)


def _fraction(args: tuple[Any, ...]) -> float | None:
    """A progress report as a fraction: ``(done, total)`` or a single value between 0 and 1."""
    numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
    if len(numbers) >= 2 and numbers[1]:
        return max(0.0, min(1.0, numbers[0] / numbers[1]))
    if len(numbers) == 1:
        return max(0.0, min(1.0, float(numbers[0])))
    return None
