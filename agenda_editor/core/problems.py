"""Why something cannot be done: one model for files, locks, the interchange format and the rules.

A :class:`Problem` is a stable ``code``, the values its wording names (``params``) and a
severity. Its wording lives in one place, :data:`TEMPLATES`, in English and marked for Qt
Linguist under the context ``Problems``: the command line says a problem in English
(:meth:`Problem.english`), the window says the same problem in the interface language by giving
:func:`word` its translator (``gui/problem_texts.py``). The findings of the rules
(:mod:`agenda_editor.core.findings`) follow the same model (severity, code, params) with their
templates under the context ``FindingTexts``.

In the templates ``{file}`` is the file's path and ``{detail}`` what the system or SQLite said,
in its own words; the other names are values (numbers, names) that read the same in any
language.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

CONTEXT = "Problems"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads
    """Marks ``source`` for translation under ``context``; translated when shown."""
    return source


#: One wording per code; the names in braces are the problem's ``params``.
TEMPLATES: dict[str, str] = {
    # -- session files: opening --
    "session-missing": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" does not exist (it may have been moved or deleted)'
    ),
    "session-folder": QT_TRANSLATE_NOOP("Problems", '"{file}" is a folder, not a session file'),
    "session-permission": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" cannot be read: permission denied'
    ),
    "session-unreadable": QT_TRANSLATE_NOOP("Problems", '"{file}" cannot be read: {detail}'),
    "session-unsteady": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" kept changing while it was being read; try again later'
    ),
    "session-empty": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is empty: it is not an Agenda Editor session file'
    ),
    "session-not-ours": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is not an Agenda Editor session file'
    ),
    "session-truncated": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is incomplete (the file is truncated)'
    ),
    "session-other-program": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is a database of another program, not an Agenda Editor session file'
    ),
    "session-newer": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" was saved by a newer version of Agenda Editor (file format {version}; this '
        "version reads formats up to {latest}). Update Agenda Editor to open it.",
    ),
    "session-unknown-format": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" has an unknown file format ({version})'
    ),
    "session-journal": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" was not opened: {journals} beside it holds changes that another program made '
        "to it and never finished. Agenda Editor neither applies nor deletes them; finish them "
        "with the program that made them, or move that file away to open the file without them",
    ),
    "session-slow": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" took more than {seconds} seconds to read, which no Agenda Editor file does: '
        "it is damaged or was crafted to make programs hang; it was not opened",
    ),
    "session-huge-value": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" holds a value of more than {megabytes} MB, which no Agenda Editor file does: '
        "it is damaged or crafted; it was not opened",
    ),
    "session-damaged": QT_TRANSLATE_NOOP("Problems", '"{file}" is damaged ({detail})'),
    "session-damaged-sqlite": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is damaged (SQLite reports: {detail})'
    ),
    "session-cannot-open": QT_TRANSLATE_NOOP("Problems", '"{file}" cannot be opened ({detail})'),
    "session-foreign": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" contains {detail}, which Agenda Editor files never have: it was crafted or '
        "changed by another program, and was not opened",
    ),
    "session-inconsistent": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" has inconsistent content: {detail}'
    ),
    # -- session files: saving --
    "session-not-saved": QT_TRANSLATE_NOOP("Problems", '"{file}" was not saved: {detail}'),
    "session-changed": QT_TRANSLATE_NOOP(
        "Problems",
        '"{file}" was changed by another program or person since it was opened; it was not '
        "overwritten",
    ),
    "session-moved": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" was moved or deleted since it was opened; it was not written again'
    ),
    "session-save-folder": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" is a folder; a session file cannot be saved there'
    ),
    "session-save-permission": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" could not be saved: permission denied'
    ),
    "session-save-failed": QT_TRANSLATE_NOOP("Problems", '"{file}" could not be saved: {detail}'),
    "session-save-sqlite": QT_TRANSLATE_NOOP("Problems", '"{file}" could not be saved ({detail})'),
    # -- edit locks --
    "lock-owner": QT_TRANSLATE_NOOP("Problems", "{user} on host {host} since {time}"),
    "lock-held": QT_TRANSLATE_NOOP("Problems", '"{file}" is opened by {owner}'),
    "lock-this-window": QT_TRANSLATE_NOOP("Problems", '"{file}" is already open in this window'),
    "lock-contended": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" cannot be locked for editing: others keep changing its lock'
    ),
    "lock-failed": QT_TRANSLATE_NOOP("Problems", '"{file}" cannot be locked for editing: {detail}'),
    "lock-vanished": QT_TRANSLATE_NOOP(
        "Problems", '"{file}" cannot be locked for editing: the lock file disappeared'
    ),
    # -- translation files (XLIFF) --
    "xliff-other-meeting": QT_TRANSLATE_NOOP(
        "Problems", "the file is a translation of {theirs}, not of this meeting ({ours})"
    ),
    "xliff-other-original": QT_TRANSLATE_NOOP(
        "Problems",
        "the file translates from {source}, but the original of this meeting is {original}",
    ),
    "xliff-unknown-target": QT_TRANSLATE_NOOP(
        "Problems",
        "the file translates into {target}, which is not one of the languages {languages}",
    ),
    "xliff-into-original": QT_TRANSLATE_NOOP(
        "Problems", "the file translates into {target}, the original language itself"
    ),
    "xliff-other-target": QT_TRANSLATE_NOOP(
        "Problems", "the file is a translation into {target}, not into {lang}"
    ),
    "xliff-entities": QT_TRANSLATE_NOOP(
        "Problems",
        "{file}: declares XML entities, which translation files do not need and which can expand "
        "without end (refused)",
    ),
    "xliff-external": QT_TRANSLATE_NOOP(
        "Problems", "{file}: refers to external files or addresses (refused)"
    ),
    "xliff-xml": QT_TRANSLATE_NOOP(
        "Problems", "{file}: not well-formed XML: {detail} at line {line}, column {column}"
    ),
    "xliff-not-xliff": QT_TRANSLATE_NOOP(
        "Problems", "{file}: not an XLIFF file (its root element is <{root}>)"
    ),
    "xliff-version": QT_TRANSLATE_NOOP(
        "Problems", "{file}: XLIFF version {version}; only XLIFF 1.2 files can be merged"
    ),
    "xliff-files": QT_TRANSLATE_NOOP(
        "Problems", "{file}: holds {count} <file> elements; a translation of a meeting has one"
    ),
    "xliff-no-target": QT_TRANSLATE_NOOP(
        "Problems", "{file}: does not say which language it translates into"
    ),
    "xliff-folder": QT_TRANSLATE_NOOP("Problems", "{file}: is a folder, not a translation file"),
    "xliff-too-big": QT_TRANSLATE_NOOP(
        "Problems",
        "{file}: {size} MB is far more than the translation of a meeting (at most {limit} MB are "
        "read)",
    ),
    # -- documents: the export gate (agenda_editor.export.gate); the window asks in its own
    # words, with the number of errors in the plural forms of its language (export_gate.py)
    "export-has-errors": "the meeting has {errors}; nothing was written. Correct them (see "
    "'agenda-editor check'), or export with {option} to write the document as it is",
    # -- the JSON interchange format (what is wrong; the file and the place come before it) --
    "json-empty": QT_TRANSLATE_NOOP("Problems", "the document is empty"),
    "json-not-utf8": QT_TRANSLATE_NOOP(
        "Problems", "not UTF-8 text (invalid byte at offset {offset})"
    ),
    "json-syntax": QT_TRANSLATE_NOOP(
        "Problems", "invalid JSON at line {line}, column {column}: {detail}"
    ),
    "json-number": QT_TRANSLATE_NOOP("Problems", "invalid JSON: {detail}"),
    "json-too-deep": QT_TRANSLATE_NOOP("Problems", "invalid JSON: nested too deeply"),
    "json-format-missing": QT_TRANSLATE_NOOP("Problems", 'missing; expected "{expected}"'),
    "json-format-newer": QT_TRANSLATE_NOOP(
        "Problems",
        '{value} was made by a newer version of Agenda Editor; this version reads "{expected}"',
    ),
    "json-format-other": QT_TRANSLATE_NOOP("Problems", 'expected "{expected}", got {value}'),
    #: A problem of the document's content, said in English where it was found.
    "json-content": "{detail}",
}


#: The codes whose wording is not marked for translation: the reader's own English words about
#: the content of a JSON document, and the refusal only the command line says.
ENGLISH_ONLY = frozenset({"json-content", "export-has-errors"})


@dataclass(frozen=True)
class Problem:
    """Why not: a code of :data:`TEMPLATES`, the values its wording names, a severity."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def english(self) -> str:
        return word(self)


def predicate(problem: Problem) -> str:
    """What a file problem says of the file, in English, without naming it ("is damaged
    (...)"), for a sentence about something else ("the version ... is damaged (...)")."""
    return TEMPLATES[problem.code].removeprefix('"{file}" ').format(**problem.params)


def _same(context: str, source: str) -> str:
    return source


def word(problem: Problem, translate: Callable[[str, str], str] = _same) -> str:
    """``problem`` in words: its template passed through ``translate(context, source)``
    (English as it is by default), filled with its params. A translation that does not fit the
    params falls back to English: a problem is never lost for want of words."""
    template = TEMPLATES.get(problem.code, "{detail}")
    params = {"detail": "", **problem.params}
    try:
        return translate(CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
