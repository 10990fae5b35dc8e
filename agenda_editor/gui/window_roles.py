"""What the parts of the window need of it, as narrow interfaces (``typing.Protocol``).

The file controller (:mod:`agenda_editor.gui.files`) is given a :class:`FileWindow`, not the
concrete main window: it can be tested and changed without the whole window, and it does not
import :mod:`agenda_editor.gui.main_window` (which imports it), not even to check types.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from agenda_editor.gui.document import MeetingDocument


class DocumentHolder(Protocol):
    """Something that shows one open document at a time."""

    document: MeetingDocument


class FileWindow(DocumentHolder, Protocol):
    """What the file controller needs of the window it serves."""

    def document_name(self) -> str:
        """What the title bar calls the document ("report.agenda", "Untitled")."""
        ...

    def set_document(self, document: MeetingDocument) -> None:
        """Show ``document`` in place of the current one."""
        ...

    def update_title(self) -> None:
        """Say again in the title bar which file is open and whether it has unsaved changes."""
        ...

    def window(self) -> QWidget:
        """The top-level widget the file dialogs and messages are shown over."""
        ...
