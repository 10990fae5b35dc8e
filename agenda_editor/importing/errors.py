"""The error of a file that cannot be imported: its problem, which names the file."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from agenda_editor.core.problems import Problem, ProblemError
from agenda_editor.core.validation import printable


class ImportFileError(ProblemError):
    """A file that cannot be imported. ``problem`` says why (its ``file`` param names the
    file); ``str()`` is that problem in English."""

    @classmethod
    def of(cls, path: Path, code: str, **params: str) -> Self:
        """The error of ``code`` about the file at ``path``."""
        return cls(Problem(code, {"file": printable(str(path)), **params}))
