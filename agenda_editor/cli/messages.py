"""What the command line says: its errors, the wording of counts, versions and file problems.

Every failure a user can cause is one line on standard error, ``agenda-editor: error: <message>``;
the commands raise :class:`CommandError` (or :class:`Refused`) and :func:`agenda_editor.cli.main`
prints it through :func:`report`.
"""

from __future__ import annotations

import sys

from agenda_editor.core.model import Meeting
from agenda_editor.i18n.labels import LANGUAGE_NAMES

PROG = "agenda-editor"
NAMES = LANGUAGE_NAMES["en"]


class CommandError(Exception):
    """A problem the user can fix (bad argument, bad file); the message is shown as it is."""


class Refused(CommandError):
    """The export was refused because of the meeting's errors: exit status 1, errors listed."""

    def __init__(self, message: str, details: list[str]) -> None:
        super().__init__(message)
        self.details = details


def report(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def versions(meeting: Meeting) -> str:
    """ "2 items, languages English, French": what a session or JSON file written holds."""
    names = ", ".join(NAMES[lang] for lang in meeting.languages)
    items = plural(len(meeting.items), "agenda item")
    label = "language" if len(meeting.languages) == 1 else "languages"
    return f"{items}, {label} {names}"


def require_version(meeting: Meeting, lang: str) -> None:
    """The one wording, for ``export`` and ``check``, of asking for a version the meeting lacks."""
    if lang in meeting.languages:
        return
    names = ", ".join(NAMES[code] for code in meeting.languages)
    raise CommandError(
        f"the meeting has no {NAMES[lang]} version ({lang}); its versions: {names}. "
        f'Add it in the editor (Meeting page, Language versions) or to "languages" '
        f"in the JSON file"
    )
