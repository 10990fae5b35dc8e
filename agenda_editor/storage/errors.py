"""Errors of the storage layer: each carries a :class:`~agenda_editor.core.problems.Problem`
(a code and its values), worded in English by ``str()`` and in the interface language by the
window (``gui/problem_texts.py``)."""

from __future__ import annotations

from pathlib import Path

from agenda_editor.core.problems import Problem, ProblemError


def _printable(text: str) -> str:
    # A file name or a damaged file's text can hold lone surrogates: keep it printable.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _value(value: object) -> str | Problem:
    # A problem (or an error that carries one) is worded in the reader's language in turn.
    if isinstance(value, ProblemError):
        return value.problem
    if isinstance(value, Problem):
        return value
    return _printable(str(value))


class SessionFileError(Exception):
    """A session file that cannot be opened or saved: ``code`` (one of
    :data:`agenda_editor.core.problems.TEMPLATES`) and the values its wording names."""

    def __init__(self, path: Path | str, code: str, **params: object) -> None:
        self.path = Path(path)
        values = {name: _value(value) for name, value in params.items()}
        self.problem = Problem(code, {"file": _printable(str(self.path)), **values})
        super().__init__(path, code)

    def __str__(self) -> str:
        return self.problem.english()


class ExternalChangeError(SessionFileError):
    """The file on disk was changed by someone else since it was opened; nothing was written."""

    def __init__(self, path: Path | str, code: str = "session-changed") -> None:
        super().__init__(path, code)


class SessionContentError(ProblemError):
    """The content of a session database is inconsistent (read from a connection, no path); its
    problem (``stored-*``) says what does not fit together."""


class MeetingNotStorableError(ProblemError):
    """A meeting that cannot be written as it is; its problem says what is wrong with it."""
