"""Print preview and printing: the pages of the real PDF, in the language version shown.

The preview is a dock (File > Print Preview) that shows every page as the export lays it out.
It follows the edits: a moment after the last change (:data:`DELAY_MS`), the PDF is made and
rendered again in a worker thread, so typing never waits for it; a result overtaken by a newer
edit is dropped. File > Print (Ctrl+P) sends the same pages to a printer through Qt's print
dialog.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agenda_editor.core.model import Meeting
from agenda_editor.export.plan import ExportError
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.meeting_widgets import language_name
from agenda_editor.gui.plurals import english_s

if TYPE_CHECKING:
    from agenda_editor.export.pages import PageImage
    from agenda_editor.gui.window_roles import PreviewWindow

#: The pause after the last edit (milliseconds) before the preview is made again.
DELAY_MS = 700
#: Resolution of the preview pictures (dots per inch); they are scaled to the dock's width.
PREVIEW_DPI = 110
#: Highest resolution sent to a printer (dots per inch).
MAX_PRINT_DPI = 300
#: How wide the preview dock opens: a page readable beside the editor (it opened about 70 pixels
#: wide, squeezed by the tabs). The room comes from the tabs, as far as their own minimum allows.
PREVIEW_WIDTH = 420


def _count(source: str, n: int) -> str:
    return english_s(QCoreApplication.translate("Preview", source, "", n), source, n)


def _qimage(page: PageImage) -> QImage:
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_ARGB32)
    return image.copy()  # owns its pixels once the buffer is gone


class _Relay(QObject):
    """Carries a worker thread's result to the interface thread (a queued signal)."""

    done = Signal(int, object)


class PreviewWidget(QWidget):
    """The pages, one under the other, with a line that says what is shown."""

    #: The preview shows a new state (tests and the status line wait for it).
    updated = Signal()

    def __init__(self, window: PreviewWindow) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.pages_box)
        self.scroller.setBackgroundRole(QPalette.ColorRole.Mid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.scroller, 1)
        self.images: list[QImage] = []
        self.lang = ""
        self.generation = 0
        self.shown_generation = 0
        self.error = ""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        self._document: MeetingDocument | None = None
        self._follow_document()
        window.undo_group.indexChanged.connect(self.schedule)
        window.undo_group.activeStackChanged.connect(self.schedule)
        self.destroyed.connect(lambda: self._executor.shutdown(wait=False, cancel_futures=True))

    def _follow_document(self) -> None:
        document = self.window_.document
        if document is self._document:
            return
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # that meeting may be gone
                self._document.language_changed.disconnect(self.schedule)
        self._document = document
        document.language_changed.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        """Make the preview again a moment after the last edit (while it is shown)."""
        self._follow_document()
        if self.isVisible():
            self._timer.start()

    def update_now(self) -> None:
        self._timer.stop()
        self._follow_document()
        document = self.window_.document
        self.generation += 1
        self.status.setText(self.tr("Updating the preview…"))
        future = self._executor.submit(
            _make_pages, self.generation, document.snapshot(), document.language
        )
        future.add_done_callback(lambda done: self._deliver(done.result()))

    def _deliver(self, result: tuple[int, str, object]) -> None:
        """In the worker thread: hand the result over to the interface thread."""
        generation, lang, pages = result
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._relay.done.emit(generation, (lang, pages))

    def _on_done(self, generation: int, result: tuple[str, object]) -> None:
        if generation != self.generation:
            return  # a newer edit is being previewed already
        lang, pages = result
        self.shown_generation = generation
        self.lang = lang
        if isinstance(pages, str):
            self.error = pages
            self.status.setText(self.tr("The preview could not be made: {0}").format(pages))
        else:
            assert isinstance(pages, list)
            self.error = ""
            self.images = [_qimage(page) for page in pages]
            self._show_images()
            self.status.setText(
                _count("%n page(s) in {0}, as they will print", len(self.images)).format(
                    language_name(lang)
                )
            )
        self.updated.emit()

    def _show_images(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        width = max(200, self.scroller.viewport().width() - 24)
        for number, image in enumerate(self.images, start=1):
            page = QLabel(self.pages_box)
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
            page.setPixmap(pixmap)
            page.setAccessibleName(self.tr("Page {0}").format(number))
            page.setToolTip(self.tr("Page {0} of {1}").format(number, len(self.images)))
            self.pages_layout.addWidget(page)

    def page_count(self) -> int:
        return len(self.images)

    def showEvent(self, event: object) -> None:
        if self.shown_generation == 0 or self.window_.document.language != self.lang:
            self.update_now()
        super().showEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.images:
            self._show_images()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.images:
            self.status.setText(
                _count("%n page(s) in {0}, as they will print", len(self.images)).format(
                    language_name(self.lang)
                )
            )
        super().changeEvent(event)


def _make_pages(generation: int, meeting: Meeting, lang: str) -> tuple[int, str, object]:
    """In the worker thread: the PDF's pages, or the message that says why there are none."""
    # The PDF modules (ReportLab, pypdfium2) are imported when a preview is first made, not
    # when the window starts.
    from agenda_editor.export.pages import document_pdf, render_pages

    try:
        return generation, lang, render_pages(document_pdf(meeting, lang), PREVIEW_DPI)
    except ExportError as error:
        return generation, lang, str(error)
    except Exception as error:  # never let a preview take the window down
        return generation, lang, f"{type(error).__name__}: {error}"


class Preview(QObject):
    """File > Print Preview (the dock) and File > Print (Ctrl+P)."""

    def __init__(self, window: PreviewWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.widget = PreviewWidget(window)
        self.dock = QDockWidget(window.window())
        self.dock.setObjectName("preview_dock")
        self.dock.setWidget(self.widget)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.preview_action = self.dock.toggleViewAction()
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.toggled.connect(self._widen)
        self.print_action = QAction(window.window())
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_document)
        window.addAction(self.print_action)
        self.retranslate_ui()

    def actions_for_menu(self) -> list[QAction | None]:
        return [self.preview_action, self.print_action]

    def _widen(self, shown: bool) -> None:
        """Open the dock wide enough to read a page (once it is laid out)."""
        if shown and self.dock.width() < PREVIEW_WIDTH:
            QTimer.singleShot(
                0,
                lambda: self.window.resizeDocks(
                    [self.dock], [PREVIEW_WIDTH], Qt.Orientation.Horizontal
                ),
            )

    def retranslate_ui(self) -> None:
        self.dock.setWindowTitle(self.tr("Print Preview"))
        self.preview_action.setText(self.tr("Print Pre&view"))
        self.preview_action.setStatusTip(
            self.tr("Show the pages as they will print, in the language version shown")
        )
        self.print_action.setText(self.tr("&Print..."))
        self.print_action.setStatusTip(self.tr("Print the document in the language version shown"))

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer (Qt's print dialog) and print the pages chosen there."""
        from agenda_editor.export.pages import document_pdf, page_count, render_pages

        document = self.window.document
        lang = document.language
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = document_pdf(document.snapshot(), lang)
            count = page_count(pdf)
        except ExportError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window.window(),
                self.tr("Print"),
                self.tr("The document cannot be printed: {0}").format(error),
            )
            return False
        QApplication.restoreOverrideCursor()
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.meeting.symbol or "agenda")
        printer.setFromTo(1, count)
        dialog = QPrintDialog(printer, self.window.window())
        dialog.setMinMax(1, count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self.window.window(), self.tr("Print"), self.tr("The printer could not be started.")
            )
            return False
        try:
            for number in range(first - 1, last):
                if number > first - 1:
                    printer.newPage()
                image = _qimage(render_pages(pdf, dpi, [number])[0])
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        printed = last - first + 1
        self.window.show_status(_count("Sent %n page(s) to the printer.", printed))
        return True
