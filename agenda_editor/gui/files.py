"""Files of the window: new, open, save, revert, recent files, locks, recovery after a crash.

:class:`FileController` does for the main window everything that touches the disk, and asks
the user before anything could be lost or overwritten:

- opening takes the session file's lock; a file open elsewhere is named with who has it;
- saving goes through :func:`agenda_editor.storage.session.save` (atomic) with the fingerprint
  of the file as it was opened, so a file changed on disk meanwhile is never overwritten
  without asking;
- the first edit after a save is written to the recovery folder at the next turn of the event
  loop, later ones at most every 1.5 s, so that a crash loses at most 2 s of work; saving or
  closing discards it. Opening a file (at start, Open, Open Recent, a second launch) offers
  the unsaved work kept for that very file when it is newer than the file;
- a file that cannot be read is named in a message with the problem; it is never modified.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from agenda_editor import interchange
from agenda_editor.core.model import Meeting
from agenda_editor.core.pauses import without_collections
from agenda_editor.file_names import file_stem
from agenda_editor.gui import memory
from agenda_editor.gui.dialogs import recovery as recovery_dialog
from agenda_editor.gui.dialogs.messages import ask_choice
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.folders import HOME_ENV, AppFolders
from agenda_editor.gui.new_meeting import blank_meeting, interface_language, meeting_from_existing
from agenda_editor.gui.problem_texts import error_text, problem_text
from agenda_editor.gui.recovery_keeper import AUTOSAVE_DELAY_MS, RecoveryKeeper
from agenda_editor.gui.window_roles import FileWindow
from agenda_editor.interchange.pdf_attachment import NotOurPdf, load_pdf
from agenda_editor.storage import locks, session
from agenda_editor.storage.errors import ExternalChangeError, SessionFileError
from agenda_editor.storage.recovery import RecoveryEntry, RecoveryStore

log = logging.getLogger(__name__)


__all__ = [
    "AUTOSAVE_DELAY_MS",
    "HOME_ENV",
    "AppFolders",
    "FileController",
    "ask_choice",
    "blank_meeting",
    "interface_language",
    "meeting_from_existing",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class _Cancelled(Exception):
    """The user chose not to go on."""


# -- the controller ----------------------------------------------------------------------------


def _open_filters() -> str:
    """The file types of the Open dialog, in the interface language."""
    return ";;".join(
        [
            _tr("Agenda Editor files (*.agenda *.json *.pdf)"),
            _tr("Agenda Editor sessions (*.agenda)"),
            _tr("JSON meetings (*.json)"),
            _tr("PDFs made by Agenda Editor (*.pdf)"),
            _tr("All files (*)"),
        ]
    )


def _save_filter() -> str:
    return _tr("Agenda Editor sessions (*.agenda)")


Buttons = QMessageBox.StandardButton
Role = QMessageBox.ButtonRole


class FileController(QObject):
    """New, open, save, revert and close for one main window, with locks and crash recovery."""

    #: Something worth telling in the status bar ("Saved report.agenda").
    status_message = Signal(str)
    #: The list of recent files changed.
    recent_changed = Signal()

    def __init__(self, window: FileWindow, folders: AppFolders) -> None:
        super().__init__(window.window())
        self.window = window
        #: The widget the file dialogs and messages are shown over.
        self.parent_widget = window.window()
        self.folders = folders
        self.lock: locks.SessionLock | None = None
        #: Where Save As proposes to save an untitled document (e.g. beside an imported JSON).
        self.suggested_path: Path | None = None
        #: The unsaved work kept for crash recovery (:mod:`agenda_editor.gui.recovery_keeper`).
        self.keeper = RecoveryKeeper(
            RecoveryStore(folders.recovery_dir),
            lambda: self.document,
            self.status_message.emit,
            self.parent_widget,
        )
        self._watched: MeetingDocument | None = None
        #: Opened while someone else has it: Save writes under another name only.
        self.read_only = False
        self._opening_read_only = False

    @property
    def document(self) -> MeetingDocument:
        return self.window.document

    # -- switching documents ---------------------------------------------------------------

    def adopt(
        self,
        document: MeetingDocument,
        lock: locks.SessionLock | None = None,
        suggested_path: Path | None = None,
        recovery_key: str | None = None,
        read_only: bool = False,
    ) -> None:
        """Show ``document`` in the window in place of the current one (already agreed to).

        ``read_only``: the file is open elsewhere; Save writes under another name only.
        """
        self._let_go()
        self.lock = lock
        self.read_only = read_only
        self.suggested_path = suggested_path
        self.keeper.start_over(recovery_key)
        with without_collections():  # the views of a large meeting: all alive, then settled
            self.window.set_document(document)
            self.watch(document)
            memory.settle(document.meeting)

    def watch(self, document: MeetingDocument) -> None:
        """Autosave and recovery follow ``document`` (the window's current one)."""
        if self._watched is not None:
            self._watched.changed.disconnect(self.keeper.schedule)
            self._watched.undo_stack.cleanChanged.disconnect(self.keeper.on_clean_changed)
        self._watched = document
        document.changed.connect(self.keeper.schedule)
        document.undo_stack.cleanChanged.connect(self.keeper.on_clean_changed)

    def _let_go(self) -> None:
        """Release what the current document holds: its lock, its recovery copy and the
        database of its last save (a document replaced is not always freed at once)."""
        self.keeper.stop()
        self.document.writer.forget()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def shutdown(self) -> None:
        """The window closes (after the user agreed): release the lock, drop the recovery copy."""
        self._let_go()
        self.flush_recovery()

    # -- asking the user -------------------------------------------------------------------

    def ask_open_path(self, title: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, title, str(self._start_folder()), _open_filters()
        )
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        proposal = self.document.path or self.suggested_path
        if proposal is None:
            stem = file_stem(self.document.meeting.symbol, _tr("Untitled"))
            proposal = self._start_folder() / f"{stem}{session.EXTENSION}"
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            _tr("Save Meeting As"),
            str(proposal.with_suffix(session.EXTENSION)),
            _save_filter(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == session.EXTENSION else path.with_name(path.name + ".agenda")

    def _start_folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        recent = self.folders.recent_files()
        return recent[0].parent if recent else Path.home()

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent_widget, title, text)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; ``False`` when the user cancelled."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self.parent_widget,
            _tr("Unsaved Changes"),
            _tr("The meeting “{0}” has changes that are not saved. Save them?").format(
                self.window.document_name()
            ),
            Buttons.Save | Buttons.Discard | Buttons.Cancel,
            Buttons.Save,
        )
        if answer == Buttons.Save:
            return self.save()
        return answer == Buttons.Discard

    # -- new and open -------------------------------------------------------------------------

    def blank_meeting(self) -> Meeting:
        """A new meeting in the interface language, on the page size chosen in Preferences."""
        return blank_meeting(interface_language(), self.folders.settings.page_size)

    def new_blank(self) -> bool:
        if not self.maybe_save():
            return False
        self.adopt(MeetingDocument(self.blank_meeting()))
        self.status_message.emit(_tr("New meeting"))
        return True

    def new_from_existing(self, path: Path | None = None) -> bool:
        """A new untitled meeting with the agenda of an existing file (no dates, no timetable)."""
        if not self.maybe_save():
            return False
        path = path or self.ask_open_path(_tr("New Meeting From Existing"))
        if path is None:
            return False
        meeting = self._read(path)
        if meeting is None:
            return False
        self.adopt(MeetingDocument(meeting_from_existing(meeting, path.name)))
        self.status_message.emit(_tr("New meeting based on {0}").format(path.name))
        return True

    def new_next_session(self) -> bool:
        """The next session of the meeting shown, as a new unsaved meeting (the dialog's
        choices); the meeting shown and its file are left as they are."""
        from agenda_editor.gui.dialogs.next_session import ask_next_session

        current = self.document
        source = current.path
        name = self.window.document_name()
        source_name = source.name if source is not None else ""
        meeting = ask_next_session(
            current.meeting, current.language, self.parent_widget, source_name
        )
        if meeting is None or not self.maybe_save():
            return False
        folder = source.parent if source is not None else self._start_folder()
        stem = file_stem(meeting.symbol, _tr("Untitled"))
        suggested = folder / f"{stem}{session.EXTENSION}"
        if source is not None and suggested == source:
            suggested = folder / f"{stem} ({_tr('next session')}){session.EXTENSION}"
        document = MeetingDocument(meeting)
        document.undo_stack.resetClean()  # unsaved: closing asks, Save asks where
        self.adopt(document, suggested_path=suggested)
        self.status_message.emit(_tr("New session made from {0}; not saved yet").format(name))
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.ask_open_path(_tr("Open Meeting"))
        return self.open_path(path, ask=False) if path else False

    def open_path(self, path: Path, ask: bool = True, offer_recovery: bool = True) -> bool:
        """Open a session file (or import a JSON meeting); ``False`` if it was not opened.

        Unsaved work kept for this file after a crash, newer than the file, is offered first
        (unless ``offer_recovery`` is off, or the file is opened read-only).
        """
        path = Path(path).absolute()
        if self.document.path is not None and self.document.path == path:
            if not ask and self.document.is_modified():
                # The caller asked first and the user chose to discard the changes.
                return self._reload()
            self.status_message.emit(_tr("{0} is already open").format(path.name))
            return True
        if ask and not self.maybe_save():
            return False
        if path.suffix.lower() in (".json", ".pdf"):
            # A JSON meeting, or the meeting a PDF of ours carries: imported, never written back.
            meeting = self._read(path)
            if meeting is None:
                return False
            self.adopt(MeetingDocument(meeting), suggested_path=path.with_suffix(".agenda"))
            self.status_message.emit(
                _tr("Imported {0}; Save asks where to keep it as a session file").format(path.name)
            )
            return True
        self._opening_read_only = False
        try:
            lock = self._take_lock(path)
        except _Cancelled:
            return False
        read_only = self._opening_read_only
        if offer_recovery and not read_only and self._offer_recovery_for(path, lock):
            return True
        try:
            loaded = session.load(path)
        except SessionFileError as error:
            if lock:
                lock.release()
            if not path.exists() and path in self.folders.recent_files():
                self.folders.remove_recent(path)  # moved or deleted: no longer offered
                self.recent_changed.emit()
            self.show_error(_tr("Cannot Open File"), error_text(error))
            return False
        document = MeetingDocument(loaded.meeting, path)
        document.fingerprint = loaded.fingerprint
        document.versions = loaded.versions
        self.adopt(document, lock, read_only=read_only)
        self.folders.add_recent(path)
        self.recent_changed.emit()
        if read_only:
            self.status_message.emit(
                _tr("Opened {0} read-only: Save asks for another name").format(path.name)
            )
        else:
            self.status_message.emit(_tr("Opened {0}").format(path.name))
        return True

    def _offer_recovery_for(self, path: Path, lock: locks.SessionLock | None) -> bool:
        """Offer the unsaved work kept for ``path``; ``True`` when it was recovered."""
        entries = self.recovery.entries_for(path)
        if not entries:
            return False
        choice, entry = recovery_dialog.choose_recovery(self.parent_widget, entries)
        if choice == "discard":
            for kept in entries:
                self.recovery.discard(kept.key)
            return False
        return choice == "recover" and entry is not None and self.recover(entry, lock=lock)

    def _read(self, path: Path) -> Meeting | None:
        """The meeting in a session or JSON file, without locking it; errors are shown."""
        try:
            if path.suffix.lower() == ".json":
                return interchange.load_json(path)
            if path.suffix.lower() == ".pdf":
                return load_pdf(path)
            return session.load(path).meeting
        except NotOurPdf as error:
            self.show_error(
                _tr("Cannot Open File"),
                _tr(
                    "“{0}” was not made by Agenda Editor: it carries no meeting to open. Open "
                    "the .agenda or .json file it was made from instead."
                ).format(path.name)
                if error.foreign
                else error_text(error),
            )
        except (SessionFileError, interchange.InterchangeError) as error:
            self.show_error(_tr("Cannot Open File"), error_text(error))
        except OSError as error:
            self.show_error(
                _tr("Cannot Open File"),
                _tr("“{0}” cannot be read: {1}").format(path, error.strerror or error),
            )
        return None

    def _take_lock(self, path: Path, saving: bool = False) -> locks.SessionLock | None:
        """The file's lock; ``None`` to go on without one (read-only, or no lock possible).

        Raises :class:`_Cancelled` when the file is open elsewhere and the user chose not to
        go on.
        """
        try:
            return locks.acquire(path)
        except locks.LockedError as error:
            answer = self._ask_locked(path, error, saving)
            if answer == "read-only":
                return None
            if answer != "anyway":
                raise _Cancelled from None
            try:
                return locks.acquire(path, force=True)
            except locks.LockError:
                return None
        except locks.LockError as error:
            log.warning("working without a lock: %s", error)
            return None

    def _ask_locked(self, path: Path, error: locks.LockedError, saving: bool) -> str:
        who = problem_text(error.owner.problem())
        if saving:
            return ask_choice(
                self.parent_widget,
                _tr("File In Use"),
                _tr("“{0}” is open elsewhere: it was opened by {1}.").format(path.name, who),
                [
                    ("anyway", _tr("Replace Anyway"), Role.DestructiveRole),
                    ("cancel", _tr("Cancel"), Role.RejectRole),
                ],
                default="cancel",
                details=_tr("Replacing it would overwrite the work of whoever has it open."),
            )
        answer = ask_choice(
            self.parent_widget,
            _tr("File In Use"),
            _tr("“{0}” is already open: it was opened by {1}.").format(path.name, who),
            [
                ("read-only", _tr("Open Read-Only"), Role.AcceptRole),
                ("anyway", _tr("Open Anyway"), Role.DestructiveRole),
                ("cancel", _tr("Cancel"), Role.RejectRole),
            ],
            default="read-only",
            details=_tr(
                "Read-only: you can read and copy it, and save your changes under another name. "
                "Open it anyway only if you know it is no longer being edited."
            ),
        )
        self._opening_read_only = answer == "read-only"
        return answer

    # -- save -------------------------------------------------------------------------------

    def save(self) -> bool:
        document = self.document
        if document.path is None or self.read_only:
            return self.save_as()
        return self._save_to(document.path, document.fingerprint)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if path is None:
            return False
        path = path.absolute()
        if path == self.document.path and not self.read_only:
            return self._save_to(path, self.document.fingerprint)
        try:
            lock = self._take_lock(path, saving=True) if path.exists() else self._new_lock(path)
        except _Cancelled:
            return False
        # The user chose to replace the file in the save dialog: no fingerprint to compare.
        if not self._save_to(path, None, force=True):
            if lock:
                lock.release()
            return False
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        if self.read_only:
            self.read_only = False
            self.window.update_title()
        return True

    def _new_lock(self, path: Path) -> locks.SessionLock | None:
        try:
            return locks.acquire(path)
        except locks.LockError:
            return None

    def _save_to(self, path: Path, expected: Any, force: bool = False) -> bool:
        document = self.document
        try:
            fingerprint = document.writer.save(
                document.meeting, path, expected=expected, force=force, versions=document.versions
            )
        except ExternalChangeError as error:
            return self._external_change(path, error)
        except SessionFileError as error:
            self.show_error(_tr("Cannot Save"), error_text(error))
            return False
        except Exception as error:  # never let a failed save pass for a saved meeting
            log.exception("saving %s", path)
            self.show_error(_tr("Cannot Save"), _tr("“{0}” was not saved: {1}").format(path, error))
            return False
        document.mark_saved(path, fingerprint)
        self.discard_recovery()
        self.folders.add_recent(path)
        self.recent_changed.emit()
        self.status_message.emit(_tr("Saved {0}").format(path.name))
        return True

    def _external_change(self, path: Path, error: ExternalChangeError) -> bool:
        answer = ask_choice(
            self.parent_widget,
            _tr("File Changed on Disk"),
            error_text(error),
            [
                ("overwrite", _tr("Overwrite"), Role.DestructiveRole),
                ("save-as", _tr("Save As..."), Role.AcceptRole),
                ("cancel", _tr("Cancel"), Role.RejectRole),
            ],
            default="save-as",
            details=_tr(
                "Overwrite replaces the other changes with yours. Save As keeps both: yours "
                "go to a new file."
            ),
        )
        if answer == "overwrite":
            return self._save_to(path, None, force=True)
        if answer == "save-as":
            return self.save_as()
        return False

    # -- revert and close ---------------------------------------------------------------------

    def revert(self) -> bool:
        """Go back to the file on disk, dropping the unsaved changes (after asking)."""
        document = self.document
        if document.path is None or not document.is_modified():
            return False
        answer = QMessageBox.question(
            self.parent_widget,
            _tr("Revert"),
            _tr("Drop the unsaved changes and go back to the saved “{0}”?").format(
                document.path.name
            ),
            Buttons.Discard | Buttons.Cancel,
            Buttons.Cancel,
        )
        if answer != Buttons.Discard:
            return False
        return self._reload()

    def _reload(self) -> bool:
        """Show the saved file again, dropping the unsaved changes (the user agreed)."""
        document = self.document
        assert document.path is not None
        try:
            loaded = session.load(document.path)
        except SessionFileError as error:
            self.show_error(_tr("Cannot Revert"), error_text(error))
            return False
        document.fingerprint = loaded.fingerprint
        document.versions = loaded.versions
        document.replace_meeting(loaded.meeting)
        self.discard_recovery()
        self.status_message.emit(_tr("Reverted to the saved {0}").format(document.path.name))
        return True

    def close_document(self) -> bool:
        """Close the meeting (after asking about unsaved changes); a blank one takes its place."""
        if not self.maybe_save():
            return False
        self.adopt(MeetingDocument(self.blank_meeting()))
        return True

    # -- crash recovery ---------------------------------------------------------------------

    def recover(self, entry: RecoveryEntry, lock: locks.SessionLock | None = None) -> bool:
        """Bring back unsaved work kept before a crash; it stays unsaved until the user saves.

        When its file was changed after the work was kept, saving asks before overwriting.
        ``lock``: the file's lock, already taken by the caller (opening that file).
        """
        try:
            kept = entry.load()
        except SessionFileError as error:
            self.show_error(_tr("Cannot Recover"), error_text(error))
            return False
        path = entry.original_path
        fingerprint: Any = None
        self._opening_read_only = False
        if path is not None and path.is_file():
            if lock is None:
                try:
                    lock = self._take_lock(path)
                except _Cancelled:
                    return False
            try:
                fingerprint = session.fingerprint(path)
            except OSError:
                fingerprint = None
            else:
                if fingerprint.mtime_ns > entry.saved_at.timestamp() * 1e9:
                    # Changed on disk after the work was kept: Save must ask first.
                    fingerprint = session.Fingerprint(-1, -1, "")
        elif path is not None:
            path = None  # the file is gone: the work becomes an untitled meeting
        document = MeetingDocument(kept.meeting, path)
        document.fingerprint = fingerprint
        document.versions = kept.versions
        document.undo_stack.resetClean()  # unsaved: closing asks, Save writes it
        self.adopt(
            document,
            lock,
            suggested_path=entry.original_path,
            recovery_key=entry.key,
            read_only=self._opening_read_only,
        )
        self.status_message.emit(
            _tr("Recovered the unsaved work of {0}").format(self.window.document_name())
        )
        return True

    # The recovery copy of the current document, for the window and the tests.

    @property
    def recovery(self) -> RecoveryStore:
        return self.keeper.store

    @recovery.setter
    def recovery(self, store: RecoveryStore) -> None:
        self.keeper.store = store

    @property
    def recovery_key(self) -> str:
        return self.keeper.key

    def write_recovery(self) -> None:
        self.keeper.write()

    def discard_recovery(self) -> None:
        self.keeper.discard()

    def flush_recovery(self, timeout: float = 30.0) -> None:
        self.keeper.flush(timeout)
