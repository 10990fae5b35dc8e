"""The command line: ``agenda-editor [FILE]`` opens the window; ``export``, ``check``,
``merge-translation``, ``import``, ``next-session`` and ``versions`` work without one.

:func:`main` parses the arguments and returns the exit status instead of exiting, so tests call it
directly. Every failure a user can cause (a wrong argument, a missing, unreadable or invalid file)
is one line on standard error, ``agenda-editor: error: <message>``, and exit status 2; ``check``
exits with 1 when the meeting has errors, and so does ``export`` to a document (PDF or DOCX) of a
meeting with errors, which it refuses with the errors listed unless ``--allow-errors`` is given.
Qt is imported only to open the window, and the session file, PDF and Word modules only when a
``.agenda``, ``.pdf`` or ``.docx`` file is involved, so the headless commands start fast.

The rooms: :mod:`.parser` (the arguments), one module per command (:mod:`.open_window`,
:mod:`.export`, :mod:`.check`, :mod:`.merge`, :mod:`.import_agenda`, :mod:`.next_session`,
:mod:`.versions`),
:mod:`.meetings` (reading and writing meeting files) and :mod:`.messages` (what it says).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from agenda_editor.cli.meetings import load_meeting
from agenda_editor.cli.messages import CommandError, Refused, os_message, report
from agenda_editor.cli.parser import Exit, build_parser, with_command
from agenda_editor.interchange import InterchangeError

__all__ = ["CommandError", "build_parser", "load_meeting", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(with_command(arguments))
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except Exit as done:
        return done.status
    except Refused as refusal:
        report(str(refusal))
        for line in refusal.details:
            print(f"  {line}", file=sys.stderr)
        return 1
    except (CommandError, InterchangeError) as error:
        report(str(error))
    except OSError as error:
        report(os_message(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last resort: never a traceback in the user's terminal
        report(f"unexpected {type(error).__name__}: {error} (please report this problem)")
    return 2
