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
language, or problems of their own (a :class:`Problem` as a param: "expected text, got *a
list*"), worded with the same translator.
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
    # -- the content of a session database (storage/codec.py, storage/versions.py): the detail
    # of session-inconsistent and session-not-saved; {what} is one of the stored-what-* names --
    "stored-same-item-id": QT_TRANSLATE_NOOP("Problems", "two agenda items have the same id {id}"),
    "stored-same-body-id": QT_TRANSLATE_NOOP("Problems", "two bodies have the same id {id}"),
    "stored-no-body": QT_TRANSLATE_NOOP("Problems", "the timetable has no body"),
    "stored-slot-body": QT_TRANSLATE_NOOP(
        "Problems", "a meeting of {date} belongs to the body {body}, which is not in the timetable"
    ),
    "stored-slot-item": QT_TRANSLATE_NOOP(
        "Problems", "the timetable of {date} lists the item {id}, which is not in the agenda"
    ),
    "stored-at": "{location}: {detail}",  # where in the meeting, as the JSON reader says it
    "stored-sqlite": QT_TRANSLATE_NOOP("Problems", "part of the meeting cannot be read ({detail})"),
    "stored-missing-key": QT_TRANSLATE_NOOP(
        "Problems", "it refers to {key} which it does not contain"
    ),
    "stored-not-ours": QT_TRANSLATE_NOOP("Problems", "it is not an Agenda Editor session database"),
    "stored-schema": QT_TRANSLATE_NOOP("Problems", "its schema version is {version}, not {latest}"),
    "stored-refers": QT_TRANSLATE_NOOP(
        "Problems", "the table {table} refers to missing {parent} rows"
    ),
    "stored-placement-item": QT_TRANSLATE_NOOP(
        "Problems", "the timetable lists an item that is not in the agenda"
    ),
    "stored-placement-slot": QT_TRANSLATE_NOOP(
        "Problems", "the timetable lists items for a meeting that does not exist"
    ),
    "stored-slot-day": QT_TRANSLATE_NOOP(
        "Problems", "the timetable has a meeting on a day that does not exist"
    ),
    "stored-slot-missing-body": QT_TRANSLATE_NOOP(
        "Problems", "the timetable has a meeting of a body that does not exist"
    ),
    "stored-name-body": QT_TRANSLATE_NOOP(
        "Problems", "a body's name belongs to a body that does not exist"
    ),
    "stored-item-parent": QT_TRANSLATE_NOOP(
        "Problems", "an agenda item is a sub-item of an item that does not exist"
    ),
    "stored-text-kind": QT_TRANSLATE_NOOP(
        "Problems", "it has a meeting text of an unknown kind {kind}"
    ),
    "stored-item-cycle": QT_TRANSLATE_NOOP(
        "Problems", "some agenda items are sub-items of themselves"
    ),
    "stored-origins": QT_TRANSLATE_NOOP(
        "Problems", "it records more than one origin of the meeting"
    ),
    "stored-timetable-no-body": QT_TRANSLATE_NOOP("Problems", "its timetable has no body"),
    "stored-no-record": QT_TRANSLATE_NOOP("Problems", "it has no {what} record"),
    "stored-records": QT_TRANSLATE_NOOP("Problems", "it has more than one {what} record"),
    "stored-not-text": QT_TRANSLATE_NOOP("Problems", "{what} is not text ({value})"),
    "stored-not-count": QT_TRANSLATE_NOOP(
        "Problems", "the number of {what} is not a whole number ({value})"
    ),
    "stored-not-date": QT_TRANSLATE_NOOP("Problems", "{what} is not a valid date ({detail})"),
    "stored-not-time": QT_TRANSLATE_NOOP("Problems", "{what} is not a valid time ({value})"),
    "stored-unknown-value": QT_TRANSLATE_NOOP(
        "Problems", "the {what} {value} is not a known value"
    ),
    "stored-versions": QT_TRANSLATE_NOOP(
        "Problems", "it keeps {count} versions, more than the {limit} any Agenda Editor file has"
    ),
    "stored-versions-size": QT_TRANSLATE_NOOP(
        "Problems",
        "its versions take {size} MB, more than the {limit} MB any Agenda Editor file has",
    ),
    "stored-version-name": QT_TRANSLATE_NOOP("Problems", "version {n} has no proper name"),
    "stored-version-encoding": QT_TRANSLATE_NOOP(
        "Problems", "version {n} ({name}) is stored in an unknown way"
    ),
    "stored-version-empty": QT_TRANSLATE_NOOP("Problems", "version {n} ({name}) holds no meeting"),
    "stored-version-date": QT_TRANSLATE_NOOP("Problems", "version {n} ({name}) has no proper date"),
    # what a stored value is, in "{what} is not text" --
    "stored-what-meeting": QT_TRANSLATE_NOOP("Problems", "meeting"),
    "stored-what-timetable": QT_TRANSLATE_NOOP("Problems", "timetable"),
    "stored-what-distribution": QT_TRANSLATE_NOOP("Problems", "distribution"),
    "stored-what-page-size": QT_TRANSLATE_NOOP("Problems", "page size"),
    "stored-what-origin": QT_TRANSLATE_NOOP("Problems", "origin"),
    "stored-what-date-of-issue": QT_TRANSLATE_NOOP("Problems", "date of issue"),
    "stored-what-first-day": QT_TRANSLATE_NOOP("Problems", "first day"),
    "stored-what-last-day": QT_TRANSLATE_NOOP("Problems", "last day"),
    "stored-what-meetings-per-day": QT_TRANSLATE_NOOP("Problems", "meetings per day"),
    "stored-what-meetings-on-a-day": QT_TRANSLATE_NOOP("Problems", "meetings on a day"),
    "stored-what-the-document-symbol": QT_TRANSLATE_NOOP("Problems", "the document symbol"),
    "stored-what-the-original-language": QT_TRANSLATE_NOOP("Problems", "the original language"),
    "stored-what-a-language": QT_TRANSLATE_NOOP("Problems", "a language"),
    "stored-what-an-item-id": QT_TRANSLATE_NOOP("Problems", "an item id"),
    "stored-what-an-item-title": QT_TRANSLATE_NOOP("Problems", "an item title"),
    "stored-what-an-annotation-paragraph": QT_TRANSLATE_NOOP("Problems", "an annotation paragraph"),
    "stored-what-a-document-symbol": QT_TRANSLATE_NOOP("Problems", "a document symbol"),
    "stored-what-a-document-title": QT_TRANSLATE_NOOP("Problems", "a document title"),
    "stored-what-the-file-the-meeting-came-from": QT_TRANSLATE_NOOP(
        "Problems", "the file the meeting came from"
    ),
    "stored-what-the-symbol-the-meeting-came-from": QT_TRANSLATE_NOOP(
        "Problems", "the symbol the meeting came from"
    ),
    "stored-what-the-date-the-meeting-was-made": QT_TRANSLATE_NOOP(
        "Problems", "the date the meeting was made"
    ),
    "stored-what-a-body-id": QT_TRANSLATE_NOOP("Problems", "a body id"),
    "stored-what-a-body-s-name": QT_TRANSLATE_NOOP("Problems", "a body's name"),
    "stored-what-a-day-of-the-timetable": QT_TRANSLATE_NOOP("Problems", "a day of the timetable"),
    "stored-what-a-start-time": QT_TRANSLATE_NOOP("Problems", "a start time"),
    "stored-what-an-end-time": QT_TRANSLATE_NOOP("Problems", "an end time"),
    "stored-what-field": "{field}",
    # -- bringing a session database to the current schema (storage/migrations.py) --
    "schema-newer": QT_TRANSLATE_NOOP(
        "Problems", "schema version {version} is newer than this program knows ({latest})"
    ),
    "schema-unknown": QT_TRANSLATE_NOOP(
        "Problems", "schema version {version} is not a known version"
    ),
    "schema-step-failed": QT_TRANSLATE_NOOP(
        "Problems", "upgrading the schema from version {version} to {next} failed: {detail}"
    ),
    # -- the markup of a paragraph (core/markup.py): the detail of json-markup; {at} counts
    # characters from 1 --
    "markup-not-opened": QT_TRANSLATE_NOOP(
        "Problems", "</{tag}> has no <{tag}> before it to close (at character {at})"
    ),
    "markup-crossed": QT_TRANSLATE_NOOP(
        "Problems",
        "</{tag}> comes before </{inner}>: <{inner}> was opened inside <{tag}> and must be "
        "closed first (at character {at})",
    ),
    "markup-footnote-in-footnote": QT_TRANSLATE_NOOP(
        "Problems", "a footnote cannot contain another footnote (at character {at})"
    ),
    "markup-reopened": QT_TRANSLATE_NOOP(
        "Problems", "<{tag}> is opened again inside <{tag}> (at character {at})"
    ),
    "markup-not-closed": QT_TRANSLATE_NOOP(
        "Problems", "<{tag}> is never closed (opened at character {at})"
    ),
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
    "xliff-unknown-language": QT_TRANSLATE_NOOP(
        "Problems", "unknown language {lang}; expected one of {languages}"
    ),
    "xliff-original-language": QT_TRANSLATE_NOOP(
        "Problems", "{lang} is the original language of the meeting; choose another"
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
    "json-long-number": QT_TRANSLATE_NOOP(
        "Problems", "invalid JSON: a number of {digits} digits is too long"
    ),
    "json-long-decimal": QT_TRANSLATE_NOOP(
        "Problems", "invalid JSON: a number of {characters} characters is too long"
    ),
    "json-constant": QT_TRANSLATE_NOOP(
        "Problems", "invalid JSON: {name} is not a valid JSON value"
    ),
    "json-too-deep": QT_TRANSLATE_NOOP("Problems", "invalid JSON: nested too deeply"),
    "json-format-missing": QT_TRANSLATE_NOOP("Problems", 'missing; expected "{expected}"'),
    "json-format-newer": QT_TRANSLATE_NOOP(
        "Problems",
        '{value} was made by a newer version of Agenda Editor; this version reads "{expected}"',
    ),
    "json-format-other": QT_TRANSLATE_NOOP("Problems", 'expected "{expected}", got {value}'),
    # -- the JSON interchange format: a value (what is wrong at the place the error names) --
    "json-top-not-object": QT_TRANSLATE_NOOP(
        "Problems", "expected a JSON object at the top level, got {value}"
    ),
    "json-not-object": QT_TRANSLATE_NOOP("Problems", "expected an object, got {value}"),
    "json-repeated-field": QT_TRANSLATE_NOOP(
        "Problems", 'the field "{field}" is given more than once'
    ),
    "json-unknown-field-like": QT_TRANSLATE_NOOP(
        "Problems", 'unknown field; did you mean "{field}"?'
    ),
    "json-unknown-field": QT_TRANSLATE_NOOP("Problems", "unknown field; expected one of {fields}"),
    "json-required": QT_TRANSLATE_NOOP("Problems", "missing; this field is required"),
    "json-not-text": QT_TRANSLATE_NOOP("Problems", "expected text, got {value}"),
    "json-not-texts": QT_TRANSLATE_NOOP(
        "Problems", "expected text (or a map of language codes to text), got {value}"
    ),
    "json-not-paragraphs": QT_TRANSLATE_NOOP(
        "Problems", "expected paragraphs (or a map of language codes to paragraphs), got {value}"
    ),
    "json-repeated-language": QT_TRANSLATE_NOOP(
        "Problems", 'the language "{lang}" is given more than once'
    ),
    "json-list-paragraphs": QT_TRANSLATE_NOOP(
        "Problems", "expected a list of paragraphs, got {value}"
    ),
    "json-list-languages": QT_TRANSLATE_NOOP(
        "Problems", "expected a list of language codes, got {value}"
    ),
    "json-list-items": QT_TRANSLATE_NOOP(
        "Problems", "expected a list of agenda items, got {value}"
    ),
    "json-list-documents": QT_TRANSLATE_NOOP(
        "Problems", "expected a list of documents, got {value}"
    ),
    "json-list-bodies": QT_TRANSLATE_NOOP("Problems", "expected a list of bodies, got {value}"),
    "json-list-days": QT_TRANSLATE_NOOP("Problems", "expected a list of days, got {value}"),
    "json-list-meetings": QT_TRANSLATE_NOOP("Problems", "expected a list of meetings, got {value}"),
    "json-list-item-ids": QT_TRANSLATE_NOOP(
        "Problems", "expected a list of agenda item ids, got {value}"
    ),
    "json-not-count": QT_TRANSLATE_NOOP("Problems", "expected a whole number, got {value}"),
    "json-not-time": QT_TRANSLATE_NOOP(
        "Problems", "expected a time as HH:MM (24-hour clock), got {value}"
    ),
    "json-no-such-time": QT_TRANSLATE_NOOP("Problems", "{value} is not a time of day"),
    "json-not-choice": QT_TRANSLATE_NOOP("Problems", "expected one of {choices}, got {value}"),
    "json-markup": QT_TRANSLATE_NOOP("Problems", "broken markup: {detail}"),
    "json-no-bodies": QT_TRANSLATE_NOOP(
        "Problems", "expected at least one body (leave the field out for one plenary)"
    ),
    "json-not-writable": QT_TRANSLATE_NOOP("Problems", "cannot be written as JSON: {detail}"),
    # how a JSON value is named in "got {value}" (text is shown in quotes, null, true and false
    # as they are)
    "json-value-number": QT_TRANSLATE_NOOP("Problems", "the number {number}"),
    "json-value-list": QT_TRANSLATE_NOOP("Problems", "a list"),
    "json-value-object": QT_TRANSLATE_NOOP("Problems", "an object"),
    # -- named versions kept in a session file (storage/versions.py); "it" is the version --
    "version-no-name": QT_TRANSLATE_NOOP("Problems", "a version needs a name"),
    "version-long-name": QT_TRANSLATE_NOOP(
        "Problems", "the name of a version has at most {limit} characters"
    ),
    "version-name-lines": QT_TRANSLATE_NOOP(
        "Problems", "the name of a version is one line without control characters"
    ),
    "version-too-large": QT_TRANSLATE_NOOP(
        "Problems",
        "the meeting is too large to keep as a version ({size} MB compressed; at most {limit} MB)",
    ),
    "version-not-zlib": QT_TRANSLATE_NOOP(
        "Problems", "it is damaged (it cannot be uncompressed: {detail})"
    ),
    "version-inflates": QT_TRANSLATE_NOOP(
        "Problems",
        "it is larger than {limit} MB once uncompressed, which no meeting is: it is damaged or "
        "crafted",
    ),
    "version-cut-short": QT_TRANSLATE_NOOP(
        "Problems", "it is damaged (its compressed data is cut short or has extra bytes)"
    ),
    "version-no-meeting": QT_TRANSLATE_NOOP(
        "Problems", "it is damaged (it does not hold a meeting)"
    ),
    "version-not-ours": QT_TRANSLATE_NOOP(
        "Problems", "it is damaged (it does not hold an Agenda Editor meeting)"
    ),
    "version-newer": QT_TRANSLATE_NOOP(
        "Problems",
        "it was made by a newer version of Agenda Editor (format {version}; this version reads "
        "formats up to {latest})",
    ),
    "version-unknown-format": QT_TRANSLATE_NOOP("Problems", "it has an unknown format ({version})"),
    "version-foreign": QT_TRANSLATE_NOOP(
        "Problems",
        "it contains {detail}, which Agenda Editor files never have: it was crafted or changed "
        "by another program, and was not opened",
    ),
    "version-sqlite": QT_TRANSLATE_NOOP("Problems", "it is damaged (SQLite reports: {detail})"),
    "version-nested": QT_TRANSLATE_NOOP("Problems", "it is damaged (it holds versions of its own)"),
    "version-unreadable": QT_TRANSLATE_NOOP("Problems", "it cannot be read: {detail}"),
    "version-inconsistent": QT_TRANSLATE_NOOP("Problems", "its content is inconsistent: {detail}"),
    "version-slow": QT_TRANSLATE_NOOP(
        "Problems", "it took too long to read: it is damaged or crafted"
    ),
    "version-damaged": QT_TRANSLATE_NOOP("Problems", "it is damaged ({detail})"),
    "version-huge-value": QT_TRANSLATE_NOOP(
        "Problems", "it is damaged (it holds a value of more than {megabytes} MB)"
    ),
    # -- agendas imported from Word documents and text files (agenda_editor/importing) --
    "import-not-agenda": QT_TRANSLATE_NOOP(
        "Problems", "{file}: not an agenda to import; expected a .docx or .txt file"
    ),
    "import-missing": QT_TRANSLATE_NOOP("Problems", "{file}: no such file"),
    "import-unreadable": QT_TRANSLATE_NOOP("Problems", "{file}: cannot be read ({detail})"),
    "import-text-too-large": QT_TRANSLATE_NOOP(
        "Problems", "{file}: too large for an agenda's text"
    ),
    "import-not-utf8": QT_TRANSLATE_NOOP(
        "Problems",
        "{file}: not UTF-8 text (byte {offset}); save it as UTF-8 and import it again",
    ),
    "import-not-text": QT_TRANSLATE_NOOP("Problems", "{file}: holds characters that are not text"),
    "import-docx-too-large": QT_TRANSLATE_NOOP("Problems", "{file}: too large for an agenda"),
    "import-docx-unpacks": QT_TRANSLATE_NOOP(
        "Problems", "{file}: unpacks to more than an agenda can hold"
    ),
    "import-docx-no-document": QT_TRANSLATE_NOOP(
        "Problems", "{file}: not a Word document (no word/document.xml)"
    ),
    "import-docx-not-zip": QT_TRANSLATE_NOOP(
        "Problems", "{file}: not a Word document (not a .docx archive)"
    ),
    "import-docx-damaged": QT_TRANSLATE_NOOP(
        "Problems", "{file}: the Word document is damaged ({detail})"
    ),
    # -- a PDF opened for the meeting attached to it (interchange/pdf_attachment.py) --
    "pdf-not-pdf": QT_TRANSLATE_NOOP("Problems", "not a PDF file"),
    "pdf-not-ours": QT_TRANSLATE_NOOP(
        "Problems",
        "this PDF was not made by Agenda Editor (it carries no meeting to open); open the "
        ".agenda or .json file it was made from instead",
    ),
    "pdf-unreadable": QT_TRANSLATE_NOOP("Problems", "the PDF cannot be read ({detail})"),
    # -- what every meeting read from a file must satisfy (core/validation.py) --
    "meeting-surrogate": QT_TRANSLATE_NOOP(
        "Problems",
        "the text contains a character that cannot be stored (a lone surrogate, U+{code}, at "
        "character {position}); it comes from broken text, remove it",
    ),
    "meeting-text-too-long": QT_TRANSLATE_NOOP(
        "Problems", "the text is too long: {length} characters, at most {limit} are accepted"
    ),
    "meeting-language": QT_TRANSLATE_NOOP(
        "Problems", "{value} is not a UN language code; expected one of {languages}"
    ),
    "meeting-too-deep": QT_TRANSLATE_NOOP(
        "Problems", "too deep: the agenda has at most {levels} levels of items"
    ),
    "meeting-empty-id": QT_TRANSLATE_NOOP("Problems", "an id cannot be empty"),
    "meeting-id-used": QT_TRANSLATE_NOOP("Problems", "the id {id} is already used by {owner}"),
    "meeting-negative": QT_TRANSLATE_NOOP(
        "Problems", "expected a whole number of 0 or more, got {value}"
    ),
    "meeting-too-many": QT_TRANSLATE_NOOP(
        "Problems", "expected a whole number of at most {limit}, got {value}"
    ),
    "meeting-not-date": QT_TRANSLATE_NOOP("Problems", "expected a date as YYYY-MM-DD, got {value}"),
    "meeting-no-such-date": QT_TRANSLATE_NOOP("Problems", "{value} is not a date of the calendar"),
    "meeting-no-body": QT_TRANSLATE_NOOP("Problems", "expected at least one body"),
    "meeting-unknown-body": QT_TRANSLATE_NOOP(
        "Problems", "no body has the id {id}; the bodies are {bodies}"
    ),
    "meeting-unknown-item": QT_TRANSLATE_NOOP("Problems", "no agenda item has the id {id}"),
}


#: The codes whose wording is not marked for translation: the refusal only the command line says
#: (the window asks its own question, with the plural forms of its language: export_gate.py), the
#: name of a stored meeting text (its field's name in the file, in any language) and the place of
#: a problem in a stored meeting (said before it as the JSON reader says it, error_text).
ENGLISH_ONLY = frozenset({"export-has-errors", "stored-what-field", "stored-at"})


@dataclass(frozen=True)
class Problem:
    """Why not: a code of :data:`TEMPLATES`, the values its wording names, a severity."""

    code: str
    #: A number (a count of characters, digits) is written as the reader's language writes it.
    params: Mapping[str, str | int | Problem] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def english(self) -> str:
        return word(self)


class ProblemError(ValueError):
    """An error that carries its :class:`Problem`; ``str()`` is the problem in English."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.english())


def _same(context: str, source: str) -> str:
    return source


def _english_number(number: int) -> str:
    return f"{number:,}"


def _values(
    problem: Problem, translate: Callable[[str, str], str], number: Callable[[int], str]
) -> dict[str, str]:
    """The params of ``problem`` as words: a param that is a problem is worded in turn, a
    number written by ``number``."""
    values = {}
    for name, value in problem.params.items():
        if isinstance(value, Problem):
            values[name] = word(value, translate, number)
        elif isinstance(value, int):
            values[name] = number(value)
        else:
            values[name] = value
    return values


def word(
    problem: Problem,
    translate: Callable[[str, str], str] = _same,
    number: Callable[[int], str] = _english_number,
) -> str:
    """``problem`` in words: its template passed through ``translate(context, source)``
    (English as it is by default), filled with its params, numbers written by ``number``
    (English digit grouping by default). A translation that does not fit the params falls back
    to English: a problem is never lost for want of words."""
    template = TEMPLATES.get(problem.code, "{detail}")
    params = {"detail": "", **_values(problem, translate, number)}
    try:
        return translate(CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
