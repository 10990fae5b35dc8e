"""Problems worded in the interface language.

A problem (:mod:`agenda_editor.core.problems`) is worded from its template, translated under the
context ``Problems`` of the ``.ts`` files; the errors of the session file, the interchange
format, the PDF attachment, the agenda import and the versions carry their problem, so the
window says in French what the command line says in English. Findings of the rules are worded by
:mod:`agenda_editor.gui.finding_texts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agenda_editor.core.exchange import ExchangeError
from agenda_editor.core.problems import Problem, ProblemError, word
from agenda_editor.gui.finding_texts import interface_language
from agenda_editor.interchange.errors import InterchangeError
from agenda_editor.storage import locks
from agenda_editor.storage.errors import SessionFileError
from agenda_editor.storage.versions import VersionError


def problem_text(problem: Problem) -> str:
    """``problem`` in the interface language (English where its translation is missing), its
    numbers grouped as that language groups them."""
    return word(problem, QCoreApplication.translate, _number)


def _number(number: int) -> str:
    """``number`` grouped as the interface language groups digits ("5 000" in French), in the
    Latin digits the interface writes every number in, Arabic included."""
    from babel.numbers import format_decimal

    return str(format_decimal(number, locale=interface_language()))


def error_text(error: Exception) -> str:
    """What to tell the user about ``error``: its problem in the interface language, for the
    errors that carry one; their own message for the others."""
    if isinstance(
        error, SessionFileError | locks.LockError | ExchangeError | ProblemError | VersionError
    ):
        return problem_text(error.problem)
    if isinstance(error, InterchangeError):
        parts = [part for part in (error.file, error.location) if part]
        return ": ".join([*parts, problem_text(error.detail)])
    return str(error)
