"""Crash recovery for one window: the unsaved meeting kept shortly after each edit.

A :class:`RecoveryKeeper` writes a copy of the unsaved meeting to the recovery folder on a
timer (the first edit after a save or a copy goes out at once, later ones every
:data:`AUTOSAVE_DELAY_MS`), in a background thread so that typing never waits for the disk,
and drops it when the changes are saved or given up. A copy that cannot be written is told to
the user once (and in the status bar each time), not only logged. Bringing a copy back is the
file controller's (:meth:`agenda_editor.gui.files.FileController.recover`).
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.problem_texts import error_text
from agenda_editor.storage.recovery import RecoveryStore
from agenda_editor.storage.session import SessionWriter

log = logging.getLogger(__name__)

#: How long after an edit the recovery copy is written, in milliseconds (the first edit after
#: a save or recovery copy is written at once); with the write itself, at most 2 s are lost.
AUTOSAVE_DELAY_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class RecoveryKeeper(QObject):
    """Keeps the unsaved work of the document ``document()`` returns in ``store``."""

    #: A recovery copy could not be written (why); emitted by the worker thread.
    failed = Signal(str)

    def __init__(
        self,
        store: RecoveryStore,
        document: Callable[[], MeetingDocument],
        tell: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = RecoveryStore.new_key()
        self._document = document
        self._tell = tell
        self._parent = parent
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.write)
        #: A recovery copy of the current unsaved changes exists (or is being written).
        self.kept = False
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="recovery")
        #: Writes the copies, changing only the rows an edit changed since the last copy
        #: (kept after a save too: the first copy after it changes the rows of one edit); used
        #: by the worker thread alone (its database in memory belongs to that thread).
        self._writer = SessionWriter(copies=True)
        self._pending: concurrent.futures.Future[None] | None = None
        #: The user was told that recovery copies fail (until one succeeds again).
        self._warned = False
        self.failed.connect(self._tell_failed)  # queued: another thread emits

    def start_over(self, key: str | None = None) -> None:
        """A new document: nothing kept for it yet (``key``: the copy it was recovered from)."""
        self.key = key or RecoveryStore.new_key()
        self.kept = False

    def schedule(self) -> None:
        """The document changed: keep a copy soon."""
        # Not restarted by later edits: a long burst of typing is still kept every 1.5 s. The
        # first change since nothing was kept goes out at the next turn of the event loop.
        if not self.autosave.isActive():
            self.autosave.start(AUTOSAVE_DELAY_MS if self.kept else 0)

    def on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.autosave.stop()
            self.discard()

    def write(self) -> None:
        """Keep the unsaved meeting in the recovery folder (written by a background thread)."""
        self.autosave.stop()
        document = self._document()
        if not document.is_modified():
            return
        self.kept = True
        # A copy taken now, written meanwhile: typing never waits for the disk.
        self._pending = self._io.submit(
            self._write, self.store.write, self.key, document.kept_copy(), document.path,
            list(document.versions), self._writer,
        )  # fmt: skip

    def _write(self, write: Callable[..., object], *args: object) -> None:
        """In the worker: keep the copy; a failure is told to the user, not only logged."""
        try:
            write(*args)
        except Exception as error:
            log.warning("recovery copy: %s", error)
            self.failed.emit(error_text(error))
        else:
            self._warned = False

    def _tell_failed(self, reason: str) -> None:
        self._tell(_tr("Unsaved work could not be kept for crash recovery: {0}").format(reason))
        if self._warned:
            return
        self._warned = True
        QMessageBox.warning(
            self._parent,
            _tr("Crash Recovery Not Working"),
            _tr(
                "Agenda Editor could not keep a copy of your unsaved work, which would bring it "
                "back after a crash:\n\n{0}\n\nSave your work to keep it safe."
            ).format(reason),
        )

    def stop(self) -> None:
        """Nothing more to keep for this document: the timer stops and its copy goes."""
        self.autosave.stop()
        self.discard()

    def discard(self) -> None:
        self.kept = False
        self._submit(self.store.discard, self.key)

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until the recovery writes and discards asked for so far are done."""
        pending, self._pending = self._pending, None
        if pending is not None:
            concurrent.futures.wait([pending], timeout=timeout)

    def _submit(self, function: Callable[..., object], *args: object) -> None:
        # One worker: writes and discards happen in the order they were asked for.
        self._pending = self._io.submit(_quietly, function, *args)


def _quietly(function: Callable[..., object], *args: object) -> None:
    """Run a recovery write or discard; a full disk must not disturb the user's work."""
    try:
        function(*args)
    except Exception as error:
        log.warning("recovery copy: %s", error)
