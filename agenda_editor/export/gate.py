"""Errors stop a document export: the one rule every document exporter (PDF, Word) goes through.

A meeting whose check reports errors (a day over its meeting limit, a missing or malformed symbol,
overlapping meetings...) would print a wrong document. The command line refuses to write such a
document unless told ``--allow-errors``; the window shows the errors and asks. Warnings and
information never stop an export, and converting between ``.agenda`` and ``.json`` never goes
through this gate: a meeting with errors must always be savable.

Some warnings are said before a document export, because the document would show them to every
reader (:func:`document_warnings`: a missing date of issue); they never stop it.

Untranslated texts are not errors here: the exporters refuse them themselves, with their own
"export anyway, marked" choice (``allow_missing``).
"""

from __future__ import annotations

from agenda_editor.core.findings import Target, make
from agenda_editor.core.model import Meeting
from agenda_editor.core.problems import Problem
from agenda_editor.core.rules import Finding, Severity, check
from agenda_editor.export.plan import ExportError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MeetingHasErrors",
    "blocking_errors",
    "document_warnings",
    "ensure_exportable",
]

#: The output formats that are documents (and so go through the gate), by file extension.
DOCUMENT_SUFFIXES = (".pdf", ".docx")


def blocking_errors(meeting: Meeting, findings: list[Finding] | None = None) -> list[Finding]:
    """The findings that stop a document export of ``meeting`` (its errors), in check order;
    ``findings``: the meeting's check already made (it is made here when not given)."""
    found = check(meeting) if findings is None else findings
    return [finding for finding in found if finding.severity is Severity.ERROR]


def document_warnings(meeting: Meeting, findings: list[Finding] | None = None) -> list[Finding]:
    """Warnings said before a document export of ``meeting`` (they never stop it): a masthead
    without a date of issue, and the check's warning about the date of issue (``findings``: the
    meeting's check already made, as for :func:`blocking_errors`)."""
    warnings: list[Finding] = []
    if meeting.issue_date is None:
        warnings.append(
            make(
                Severity.WARNING,
                "meeting-no-issue-date",
                Target("meeting", field="issue_date"),
            )
        )
    warnings += [
        finding
        for finding in (check(meeting) if findings is None else findings)
        if finding.severity is Severity.WARNING and finding.code == "meeting-issue-date"
    ]
    return warnings


class MeetingHasErrors(ExportError):
    """The meeting has errors and the export was not told to go ahead anyway."""

    def __init__(self, errors: list[Finding], option: str = "--allow-errors") -> None:
        self.errors = errors
        count = "1 error" if len(errors) == 1 else f"{len(errors)} errors"
        #: The refusal as the command line says it (the window asks in its own words, with
        #: the errors listed: ``gui/dialogs/export_gate.py``).
        self.problem = Problem("export-has-errors", {"errors": count, "option": option})
        super().__init__(self.problem.english())


def ensure_exportable(
    meeting: Meeting, allow_errors: bool = False, findings: list[Finding] | None = None
) -> list[Finding]:
    """Raise :class:`MeetingHasErrors` when ``meeting`` has errors, unless ``allow_errors``.

    Returns the errors (empty when there are none), so a caller that allowed them can still
    mention them. ``findings``: the meeting's check already made, as for :func:`blocking_errors`.
    """
    errors = blocking_errors(meeting, findings)
    if errors and not allow_errors:
        raise MeetingHasErrors(errors)
    return errors
