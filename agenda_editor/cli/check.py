"""``agenda-editor check FILE``: the findings of the rules, one per line, then a summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from agenda_editor.cli.meetings import language_choice, load_meeting
from agenda_editor.cli.messages import PROG, plural, require_version
from agenda_editor.core.rules import Severity, check

NAME = "check"
USAGE = f"{PROG} check FILE [--lang LANG|all]"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checker = commands.add_parser(
        NAME,
        prog=f"{PROG} check",
        usage=USAGE,
        help="list the problems of a meeting; exit status 1 when there are errors",
        description="Print every finding of the rules about the meeting in FILE, one per line, "
        "then a summary. The exit status is 1 when there are errors, 0 otherwise.",
    )
    checker.add_argument(
        "file", type=Path, metavar="FILE",
        help="a .agenda or .json file, or a PDF made by Agenda Editor",
    )  # fmt: skip
    checker.add_argument(
        "--lang",
        type=language_choice,
        metavar="LANG|all",
        help="check the language version(s) about to be exported: untranslated texts are errors",
    )
    checker.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    meeting = load_meeting(path)
    languages: list[str] | None = None
    if args.lang == "all":
        languages = list(meeting.languages)
    elif args.lang:
        require_version(meeting, args.lang)
        languages = [args.lang]
    findings = check(meeting, languages)
    for finding in findings:
        print(finding)
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    if findings:
        summary = ", ".join(
            [
                plural(counts[Severity.ERROR], "error"),
                plural(counts[Severity.WARNING], "warning"),
                f"{counts[Severity.INFO]} info",
            ]
        )
    else:
        summary = "no problems found"
    print(f"{path}: {summary}")
    return 1 if counts[Severity.ERROR] else 0
