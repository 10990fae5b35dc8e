"""Reading and writing the meeting files the commands take and make (``.agenda``, ``.json``, and
the meeting a PDF made by Agenda Editor carries).

The session file and PDF modules are imported only when such a file is involved, so the headless
commands start fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from agenda_editor.cli.messages import CommandError
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.interchange import load_json, save_json

if TYPE_CHECKING:
    from agenda_editor.storage.session import LoadedSession
    from agenda_editor.storage.versions import SavedVersion

INPUT_SUFFIXES = (".agenda", ".json")
#: A PDF made by Agenda Editor carries its meeting: it can be read back (export, check).
READABLE_SUFFIXES = (*INPUT_SUFFIXES, ".pdf")


def suffix_of(path: Path) -> str:
    return path.suffix.lower()


def language_choice(value: str) -> str:
    """The ``--lang`` argument: a language code or ``all``."""
    # Codes are written in any case ("EN", "Fr"), as people type them.
    value = value.strip().lower()
    if value != "all" and value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)} or 'all'"
        )
    return value


def one_language(lang: str | None, what: str) -> None:
    """Refuse ``--lang all`` for a command whose ``--lang`` names one language, ``what`` one
    ("the document is written in")."""
    if lang == "all":
        raise CommandError(f"--lang names the one language {what}, not 'all'")


def load_meeting(path: Path) -> Meeting:
    """The meeting in a ``.agenda`` or ``.json`` file, or attached to a PDF Agenda Editor made;
    :class:`CommandError` (or :class:`InterchangeError`) when it cannot be."""
    suffix = suffix_of(path)
    if suffix not in READABLE_SUFFIXES:
        raise CommandError(
            f"{path}: not a meeting file; expected a .agenda or .json file "
            "(or a PDF made by Agenda Editor)"
        )
    if path.is_dir():
        raise CommandError(f"{path}: is a folder, not a meeting file")
    if suffix == ".json":
        return load_json(path)
    if suffix == ".pdf":
        from agenda_editor.interchange.pdf_attachment import load_pdf

        return load_pdf(path)
    return load_session(path).meeting


def load_session(path: Path) -> LoadedSession:
    """A session file opened, or the problem with it as a :class:`CommandError`."""
    from agenda_editor.storage import session

    try:
        return session.load(path)
    except session.SessionFileError as error:
        raise CommandError(str(error)) from error


def load_with_versions(path: Path) -> tuple[Meeting, list[SavedVersion]]:
    """The meeting of any readable file and the named versions it keeps (only a ``.agenda``
    file keeps any), reading the file once."""
    if suffix_of(path) != ".agenda":
        return load_meeting(path), []
    loaded = load_session(path)
    return loaded.meeting, loaded.versions


def saved_versions(path: Path) -> list[SavedVersion]:
    """The named versions a ``.agenda`` file keeps (none for other files)."""
    if suffix_of(path) != ".agenda":
        return []
    return load_session(path).versions


def save_session(meeting: Meeting, path: Path, versions: list[SavedVersion] | None = None) -> None:
    from agenda_editor.storage import locks, session

    try:
        # A session file open in the editor is locked: do not write it behind the user's back.
        with locks.acquire(path):
            session.save(meeting, path, versions=versions)
    except (session.SessionFileError, locks.LockError) as error:
        raise CommandError(str(error)) from error


def save_meeting(meeting: Meeting, path: Path, versions: list[SavedVersion] | None = None) -> None:
    """Write ``meeting`` as a ``.json`` file (which keeps no named versions), or else as a
    ``.agenda`` session file with its named ``versions``."""
    if suffix_of(path) == ".json":
        save_json(meeting, path)
    else:
        save_session(meeting, path, versions)


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (through links, ``..`` or another spelling)."""
    try:
        return first.samefile(second)
    except OSError:  # one of them does not exist (yet): compare where they lead
        return first.resolve() == second.resolve()


def require_meeting_suffix(output: Path, what: str) -> None:
    """Refuse an output that is not a ``.agenda`` or ``.json`` file; ``what`` names it."""
    if suffix_of(output) not in INPUT_SUFFIXES:
        raise CommandError(f"{output}: {what} is written as a .agenda or .json file")


def require_folder(output: Path) -> None:
    if not output.parent.is_dir():
        raise CommandError(f"{output}: the folder {output.parent} does not exist")


def refuse_input_as_output(source: Path, output: Path) -> None:
    if same_file(source, output):
        raise CommandError(f"{output}: is the input file; choose another name for the output")
