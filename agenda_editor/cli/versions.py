"""``agenda-editor versions FILE [--compare A [B]] [--lang LANG]``: the named versions a session
file keeps, and what changed from one to another or to the meeting as saved.

Versions are named by their number in the list (1 is the oldest) or by their name; ``now`` (the
default for B) is the meeting as saved in the file. In the comparison, removed words are written
``[-like this-]`` and added ones ``{+like this+}``, as ``wdiff`` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from agenda_editor.cli.meetings import language_choice, load_session, suffix_of
from agenda_editor.cli.messages import PROG, CommandError, plural
from agenda_editor.core.compare import Comparison, ItemChange, Part, Sitting, Status, TextChange
from agenda_editor.core.model import Body, Meeting
from agenda_editor.core.numbering import path_of, reference
from agenda_editor.core.word_diff import Kind

if TYPE_CHECKING:
    from agenda_editor.storage.session import LoadedSession

NAME = "versions"
USAGE = f"{PROG} versions FILE [--compare A [B]] [--lang LANG]"
NOW = "now"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lister = commands.add_parser(
        NAME,
        prog=f"{PROG} versions",
        usage=USAGE,
        help="list the named versions a session file keeps, or compare two of them",
        description="List the named versions kept in a .agenda session file (File > Save "
        "Version... in the editor), oldest first. With --compare A B, print what changed from "
        "version A to version B: items added, removed, moved and renumbered, texts word by word "
        "([-removed-] {+added+}), the meeting's fields and the timetable. A and B are numbers "
        f"from the list or names; B defaults to '{NOW}', the meeting as saved in the file.",
    )
    lister.add_argument("file", type=Path, metavar="FILE", help="a .agenda session file")
    lister.add_argument(
        "--compare",
        nargs="+",
        metavar="VERSION",
        help=f"A, or A and B: the versions to compare (B defaults to '{NOW}')",
    )
    lister.add_argument(
        "--lang",
        type=language_choice,
        metavar="LANG",
        help="number and title the items in LANG and show only its texts (default: all)",
    )
    lister.set_defaults(handler=run)


def _created(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    if suffix_of(path) != ".agenda":
        raise CommandError(f"{path}: only .agenda session files keep versions")
    loaded = load_session(path)
    versions = loaded.versions
    if not args.compare:
        if not versions:
            print(f"{path}: no versions (File > Save Version... in the editor keeps one)")
            return 0
        print(f"{path}: {plural(len(versions), 'version')}")
        width = len(str(len(versions)))
        for number, version in enumerate(versions, start=1):
            print(f"  {number:>{width}}  {_created(version.created)}  {version.name}")
        return 0
    if len(args.compare) > 2:
        raise CommandError("--compare takes one or two versions (A, or A and B)")
    first, second = (*args.compare, NOW)[:2]
    old, old_name = _pick(path, loaded, first)
    new, new_name = _pick(path, loaded, second)
    from agenda_editor.core.compare import compare

    lang = args.lang if args.lang not in (None, "all") else None
    print(f"Changes from {old_name} to {new_name}:")
    lines = report_lines(compare(old, new), old, new, lang)
    print("\n".join(lines) if lines else "  none: the two are the same")
    return 0


def _pick(path: Path, loaded: LoadedSession, wanted: str) -> tuple[Meeting, str]:
    from agenda_editor.storage.versions import VersionError

    if wanted == NOW:
        return loaded.meeting, "the meeting as saved"
    versions = loaded.versions
    found = None
    if wanted.isdigit() and 1 <= int(wanted) <= len(versions):
        found = int(wanted)
    else:
        named = [n for n, version in enumerate(versions, start=1) if version.name == wanted]
        found = named[-1] if named else None
    if found is None:
        kept = ", ".join(f'{n} "{v.name}"' for n, v in enumerate(versions, start=1))
        raise CommandError(
            f"{path} keeps no version {wanted!r}"
            + (f"; it keeps: {kept}" if kept else "; it keeps none")
        )
    version = versions[found - 1]
    try:
        meeting = version.meeting()
    except VersionError as error:
        raise CommandError(f"{path}: version {found} ({version.name!r}): {error}") from error
    return meeting, f'version {found} "{version.name}" ({_created(version.created)})'


# -- the report --------------------------------------------------------------------------------

_PARTS: dict[str, str] = {
    Part.TITLE: "title",
    Part.ANNOTATION: "annotation",
    Part.FOOTNOTES: "footnotes",
}


def marked(change: TextChange) -> str:
    """The text with ``[-removed-]`` and ``{+added+}`` words, paragraphs on their own lines."""
    parts = []
    for piece in change.pieces:
        if piece.kind == Kind.REMOVED:
            parts.append(f"[-{piece.text}-]")
        elif piece.kind == Kind.ADDED:
            parts.append(f"{{+{piece.text}+}}")
        else:
            parts.append(piece.text)
    return "".join(parts).replace("\n", "\n      ")


def _part(change: TextChange) -> str:
    if change.part == Part.DOCUMENT:
        return f"title of document {change.symbol}"
    if change.formatting_only:
        return "annotation (formatting only)"
    return _PARTS.get(change.part, change.part)


def _sitting(sitting: Sitting) -> str:
    date, start, end, body = sitting
    return f"{date.isoformat()} {start:%H:%M}-{end:%H:%M}" + (
        f" ({body})" if body != "plenary" else ""
    )


def report_lines(comparison: Comparison, old: Meeting, new: Meeting, lang: str | None) -> list[str]:
    """The comparison as lines of text; items numbered and titled in ``lang`` (default: the
    new meeting's original language), texts of ``lang`` only, or of every language."""
    shown = lang or new.original_language

    def item(change: ItemChange, numbers: str) -> str:
        title = change.title.get(shown) or next(iter(change.title.values()), "(no title)")
        return f"  {numbers}  {title}"

    def number(path: tuple[int, ...] | None) -> str:
        return reference(path, shown) if path else ""

    lines: list[str] = []
    sections = [
        (Status.ADDED, "Items added"),
        (Status.REMOVED, "Items removed"),
        (Status.MOVED, "Items moved"),
        (Status.RENUMBERED, "Items renumbered"),
    ]
    for status, heading in sections:
        if status == Status.RENUMBERED:
            changes = comparison.renumbered_alone()
        else:
            changes = comparison.with_status(status)
        if changes:
            lines.append(f"{heading}:")
        for change in changes:
            if status == Status.ADDED:
                numbers = number(change.new_path)
            elif status == Status.REMOVED:
                numbers = number(change.old_path)
            else:
                numbers = f"{number(change.old_path)} -> {number(change.new_path)}"
            carried = status in (Status.MOVED, Status.RENUMBERED)
            suffix = (
                " (with its sub-items)" if carried and comparison.carries_sub_items(change) else ""
            )
            lines.append(item(change, numbers) + suffix)
    for code in [lang] if lang else comparison.languages() or []:
        block: list[str] = []
        for change in comparison.texts_changed:
            texts = [text for text in change.texts if text.lang == code]
            if not texts:
                continue
            block.append(item(change, number(change.new_path)))
            block += [f"    {_part(text)}: {marked(text)}" for text in texts]
        texts = [text for text in comparison.meeting_texts if text.lang == code]
        block += [f"  meeting {_part(text)}: {marked(text)}" for text in texts]
        if block:
            lines += [f"Texts changed ({code}):", *block]
    documents = [c for c in comparison.texts_changed if c.documents_added or c.documents_removed]
    if documents:
        lines.append("Documents:")
    for change in documents:
        lines.append(item(change, number(change.new_path)))
        if change.documents_added:
            lines.append(f"    added: {', '.join(change.documents_added)}")
        if change.documents_removed:
            lines.append(f"    removed: {', '.join(change.documents_removed)}")
    if comparison.fields:
        lines.append("Meeting:")
        lines += [
            f"  {f.name}: {f.old or '(none)'} -> {f.new or '(none)'}" for f in comparison.fields
        ]
    timetable = [comparison.days_added, comparison.days_removed, comparison.placements]
    bodies = [comparison.bodies_added, comparison.bodies_removed, comparison.body_names]
    if any(timetable) or any(bodies):
        lines.append("Organization of work:")

    def body_name(body: Body) -> str:
        return body.name.get(shown) or next(iter(body.name.values()), body.id)

    lines += [f"  body added: {body_name(body)}" for body in comparison.bodies_added]
    lines += [f"  body removed: {body_name(body)}" for body in comparison.bodies_removed]
    lines += [
        f"  name of body {text.symbol} ({text.lang}): {marked(text)}"
        for text in comparison.body_names
        if lang is None or text.lang == lang
    ]
    lines += [f"  day added: {date.isoformat()}" for date in comparison.days_added]
    lines += [f"  day removed: {date.isoformat()}" for date in comparison.days_removed]
    for placement in comparison.placements:
        meeting = new if new.has_item(placement.item_id) else old
        if not meeting.has_item(placement.item_id):
            continue  # a placement of an item neither meeting has (not in a checked file)
        title = meeting.item(placement.item_id).title
        name = title.get(shown) or next(iter(title.values()), "(no title)")
        before = "; ".join(_sitting(s) for s in placement.old) or "not scheduled"
        after = "; ".join(_sitting(s) for s in placement.new) or "not scheduled"
        numbers = reference(path_of(meeting, placement.item_id), shown)
        lines.append(f"  {numbers}  {name}: {before} -> {after}")
    return lines
