"""The error of the JSON interchange format: what is wrong, and where in the document."""

from __future__ import annotations

from agenda_editor.core.problems import Problem
from agenda_editor.core.validation import printable


class InterchangeError(ValueError):
    """A JSON document that is not a valid "agenda-editor/1" meeting.

    ``location`` is the JSON path of the faulty value (``items[2].children[0].title``), or an
    empty string when the problem is the document as a whole; ``detail`` says what is wrong as a
    :class:`~agenda_editor.core.problems.Problem`, ``problem`` the same in English; ``file``
    names the file it was read from, when there was one. ``str()`` joins them into the message
    shown to the user.
    """

    def __init__(self, location: str, problem: Problem, file: str | None = None) -> None:
        self.detail = _printable(problem)
        self.location = printable(location)
        self.problem = self.detail.english()
        self.file = None if file is None else printable(file)
        super().__init__(self._message())

    def _message(self) -> str:
        parts = [part for part in (self.file, self.location) if part]
        return ": ".join([*parts, self.problem])

    def in_file(self, file: str) -> InterchangeError:
        """The same error, naming the file it was found in."""
        return InterchangeError(self.location, self.detail, file)


def _printable(problem: Problem) -> Problem:
    """``problem`` with every text it names printable (lone surrogates escaped)."""
    params: dict[str, str | int | Problem] = {}
    for name, value in problem.params.items():
        if isinstance(value, Problem):
            params[name] = _printable(value)
        else:
            params[name] = printable(value) if isinstance(value, str) else value
    return Problem(problem.code, params, problem.severity)
