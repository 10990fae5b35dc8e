"""Errors of the storage layer, each worded so that it can be shown to a user as it is."""

from __future__ import annotations

from pathlib import Path


class SessionFileError(Exception):
    """A session file that cannot be opened or saved; ``str()`` names the file and the problem."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(path, reason)

    def __str__(self) -> str:
        # A file name or a damaged file's text can hold lone surrogates: keep it printable.
        return f'"{self.path}" {self.reason}'.encode("utf-8", "backslashreplace").decode("utf-8")


class ExternalChangeError(SessionFileError):
    """The file on disk was changed by someone else since it was opened; nothing was written."""

    def __init__(self, path: Path | str, reason: str | None = None) -> None:
        super().__init__(
            path,
            reason
            or "was changed by another program or person since it was opened; "
            "it was not overwritten",
        )


class SessionContentError(ValueError):
    """The content of a session database is inconsistent (read from a connection, no path)."""


class MeetingNotStorableError(ValueError):
    """A meeting that cannot be written as it is (the message says what is wrong with it)."""
