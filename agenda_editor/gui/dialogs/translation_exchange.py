"""File > Export for Translation... and File > Import Translation...: XLIFF files for CAT tools.

Export asks for the language (any of the six but the original, also one without a version yet)
and a file name, and writes the XLIFF file. Import reads a translated file, merges it into the
open meeting as one undo step, reports the units it could not place and marks those whose
original changed since the export for review in the translation mode. A file that cannot be
merged (not XLIFF, for another meeting...) changes nothing and says why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from agenda_editor.core import exchange_merge
from agenda_editor.core import translation_status as ts
from agenda_editor.core.exchange import ExchangeError
from agenda_editor.core.exchange_merge import MergeResult, Skipped, merge
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.file_names import file_stem
from agenda_editor.gui.commands.translation import ImportTranslationCommand
from agenda_editor.gui.finding_texts import language_name
from agenda_editor.gui.findings import english_plural
from agenda_editor.gui.problem_texts import error_text
from agenda_editor.interchange.xliff_reader import load_xliff
from agenda_editor.interchange.xliff_writer import save_xliff

if TYPE_CHECKING:
    from agenda_editor.gui.window_roles import TranslationWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("TranslationExchange", text)


def _xliff_filter() -> str:
    return _tr("XLIFF files (*.xlf *.xliff)")


def _count(source: str, one: str, many: str, n: int) -> str:
    """The translation of ``source`` ("%n unit(s) ...") for ``n``: ``one`` or ``many`` in
    English, where no catalogue translates it."""
    text = QCoreApplication.translate("TranslationExchange", source, "", n)
    return english_plural(text, source, one, many, n)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a large meeting is written or merged (a second or so)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> None:
    """A message box (one function, so that tests can replace it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


class ExportForTranslationDialog(QDialog):
    """The language to translate into, and whether untranslated texts get a copy of the
    original (for tools such as OmegaT)."""

    def __init__(self, meeting: Meeting, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for Translation"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Writes the texts of the original ({0}) as an XLIFF file that translation "
                "tools read. Translations the version has already go with them."
            ).format(language_name(meeting.original_language)),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            if code == meeting.original_language:
                continue
            if code in meeting.languages:
                progress = ts.progress(meeting, code)
                label = self.tr("{0} ({1} of {2} texts translated)").format(
                    language_name(code), progress.translated, progress.total
                )
            else:
                label = self.tr("{0} (no version yet)").format(language_name(code))
            self.language.addItem(label, code)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Translate into:"), self.language)
        self.copy_source = QCheckBox(
            self.tr("Give untranslated texts a copy of the original (for OmegaT)"), self
        )
        self.copy_source.setObjectName("copy_source")
        self.copy_source.setToolTip(
            self.tr(
                "Some tools translate only the targets a file has. The copies are marked as "
                "needing translation and are not imported back as translations."
            )
        )
        form.addRow(self.copy_source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def _stem(window: TranslationWindow) -> str:
    document = window.document
    if document.path is not None:
        return document.path.stem
    return file_stem(document.meeting.symbol, _tr("Untitled"))


def _folder(window: TranslationWindow) -> Path:
    path = window.document.path
    return path.parent if path is not None else Path.home()


def export_for_translation(
    window: TranslationWindow, lang: str, path: Path, copy_source: bool = False
) -> bool:
    """Write the XLIFF file; says so in the status bar, or shows why it could not."""
    try:
        with _busy():
            save_xliff(window.document.snapshot(), lang, path, copy_source)
    except (OSError, ValueError) as error:
        show_message(
            window.window(),
            QMessageBox.Icon.Critical,
            _tr("Export Failed"),
            _tr("The file {0} could not be written.").format(path.name),
            error_text(error),
        )
        return False
    window.show_status(_tr("Texts for translation into {0} written to {1}").format(
        language_name(lang), str(path)
    ))  # fmt: skip
    return True


def run_export_for_translation(window: TranslationWindow) -> None:
    """The File > Export for Translation... command."""
    document = window.document
    dialog = ExportForTranslationDialog(document.meeting, document.language, window.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    lang = dialog.chosen_language()
    suggested = _folder(window) / f"{_stem(window)}-{lang}.xlf"
    name, _filter = QFileDialog.getSaveFileName(
        window.window(), _tr("Export for Translation"), str(suggested), _xliff_filter()
    )
    if name:
        path = Path(name)
        if path.suffix.lower() not in (".xlf", ".xliff"):
            path = path.with_name(path.name + ".xlf")
        export_for_translation(window, lang, path, dialog.copy_source.isChecked())


def _reason(skipped: Skipped) -> str:
    """Why the unit was left out, in the interface language (the technical detail of a
    markup problem as the reader worded it)."""
    reasons = {
        exchange_merge.UNKNOWN: _tr("No text of the meeting has this id."),
        exchange_merge.DUPLICATE: _tr("The file has more than one unit with this id."),
        exchange_merge.UNREADABLE: _tr("The unit holds markup our texts do not allow: {0}"),
        exchange_merge.CHANGED: _tr(
            "The original has changed since the file was made: our text is kept, and the "
            "text is marked for review."
        ),
        exchange_merge.MARKUP: _tr(
            "The translation has formatting or footnotes this text cannot hold: {0}"
        ),
        exchange_merge.ALONE: _tr(
            "The paragraph of this footnote has no translation to put the footnote in: "
            "translate the paragraph too."
        ),
    }
    return reasons.get(skipped.code, "{0}").format(skipped.reason)


def _skipped_text(skipped: Skipped) -> str:
    lines = [f"{skipped.unit_id}" + (f" ({skipped.where})" if skipped.where else "")]
    lines.append("    " + _reason(skipped))
    for label, text in (
        (_tr("Original now:"), skipped.ours),
        (_tr("Original in the file:"), skipped.theirs),
        (_tr("Translation:"), skipped.translation),
    ):
        if text:
            lines.append(f"    {label} {text}")
    return "\n".join(lines)


def import_translation(window: TranslationWindow, path: Path) -> MergeResult | None:
    """Merge the file into the open meeting as one undo step and report what happened."""
    document = window.document
    title = _tr("Import Translation")
    try:
        with _busy():
            result = merge(document.meeting, load_xliff(path))
    except (ExchangeError, OSError) as error:
        show_message(
            window.window(),
            QMessageBox.Icon.Warning,
            title,
            _tr("The translation in {0} cannot be imported; the meeting is unchanged.").format(
                path.name
            ),
            error_text(error),
        )
        return None
    name = language_name(result.lang)
    command = ImportTranslationCommand(document, result, name)
    if not command.is_empty():
        with _busy():
            document.push(command)
    progress = result.progress
    filled = len(result.filled)
    summary = _tr("{0} in {1}; {2} of {3} texts are translated.").format(
        _count("%n text(s) filled", "%n text filled", "%n texts filled", filled),
        name,
        progress.translated,
        progress.total,
    )
    if result.skipped:
        text = _count(
            "%n unit(s) of the file could not be placed and were left out.",
            "%n unit of the file could not be placed and was left out.",
            "%n units of the file could not be placed and were left out.",
            len(result.skipped),
        )
        if result.review:
            text += " " + _count(
                "%n text(s) changed in the original after the export: our text is kept and "
                "marked for review in the translation mode.",
                "%n text changed in the original after the export: our text is kept and "
                "marked for review in the translation mode.",
                "%n texts changed in the original after the export: our text is kept and "
                "marked for review in the translation mode.",
                len(result.review),
            )
        details = "\n\n".join(_skipped_text(skipped) for skipped in result.skipped)
        show_message(
            window.window(), QMessageBox.Icon.Warning, title, summary + "\n\n" + text, details
        )
    else:
        window.show_status(summary)
    if command.steps or result.review:
        panel = window.translation_panel
        if result.lang in document.meeting.languages:
            document.set_language(result.lang)
            panel.set_target_language(result.lang)
        window.show_tab(panel)
    return result


def run_import_translation(window: TranslationWindow) -> None:
    """The File > Import Translation... command."""
    name, _filter = QFileDialog.getOpenFileName(
        window.window(), _tr("Import Translation"), str(_folder(window)), _xliff_filter()
    )
    if name:
        import_translation(window, Path(name))
