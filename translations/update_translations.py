"""Refresh the ``.ts`` sources from the code, or check that they are up to date.

Usage: ``python translations/update_translations.py [--check]``.

The strings are extracted by ``pyside6-lupdate`` (``self.tr(...)`` and
``QCoreApplication.translate("Context", "...")``). lupdate does not see strings passed through a
small helper such as ``def _tr(text): return QCoreApplication.translate("Files", text)``, and
files a module-level ``tr(...)`` helper under an empty context; those calls are found here by
reading the code (``ast``) and filed under the helper's context, as Qt looks them up at run time.

Existing translations are kept; strings no longer in the code are dropped. ``--check`` changes
nothing and exits with status 1 when a ``.ts`` file lacks a string of the code, still holds one
the code no longer has, or has an unfinished (untranslated) entry.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_translations import LANGUAGES, ROOT, ToolError, find_tool, ts_path

#: Where translatable strings live.
PACKAGE = ROOT / "agenda_editor"

#: The ``language`` attribute of each ``.ts`` file (lrelease takes plural rules from it).
TS_LANGUAGE = {"ar": "ar", "zh": "zh_CN", "fr": "fr", "ru": "ru", "es": "es"}

Key = tuple[str, str, str]  # (context, source, disambiguation)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    #: The translation: a string, or the plural forms of a numerus message.
    translation: str | list[str] = ""
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    def is_translated(self) -> bool:
        if isinstance(self.translation, list):
            return self.finished and bool(self.translation) and all(self.translation)
        return self.finished and bool(self.translation)


@dataclass
class Catalogue:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)


# -- reading and writing .ts files ---------------------------------------------------------------


def read_ts(path: Path) -> Catalogue:
    """The messages of a ``.ts`` file (vanished and obsolete entries are left out)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ToolError(f"{path} is not a valid .ts file: {error}") from error
    catalogue = Catalogue(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = element.get("numerus") == "yes"
            text: str | list[str] = ""
            if translation is not None:
                if numerus:
                    text = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    text = translation.text or ""
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                numerus,
                text,
                finished=kind == "",
            )
            catalogue.messages[message.key] = message
    return catalogue


def write_ts(path: Path, lang: str, messages: Iterable[Message]) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": TS_LANGUAGE[lang]})
    root.set("sourcelanguage", "en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = message.translation if isinstance(message.translation, list) else []
                for form in forms or [""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = str(message.translation or "")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# -- extracting the strings of the code ----------------------------------------------------------


def source_files() -> list[Path]:
    """The package's modules that may hold translatable strings."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "tr(" in text or "translate(" in text:
            found.append(path)
    return found


def run_lupdate(files: Sequence[Path]) -> list[Message]:
    """What pyside6-lupdate extracts from ``files``."""
    lupdate = find_tool("lupdate")
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "files.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        target = Path(folder) / "extracted.ts"
        command = [*lupdate, "-silent", "-locations", "none", f"@{listing}", "-ts", str(target)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not target.is_file():
            detail = (result.stderr or result.stdout).strip()
            raise ToolError(f"lupdate failed: {detail or result.returncode}")
        return list(read_ts(target).messages.values())


@dataclass(frozen=True)
class _Helper:
    """A function that passes its argument ``text_arg`` to ``translate(context, ...)``."""

    context: str
    text_arg: int
    comment_arg: int | None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "translate"


def _helpers_of(tree: ast.Module) -> dict[str, _Helper]:
    helpers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [arg.arg for arg in node.args.args]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and _is_translate(call) and len(call.args) >= 2):
                continue
            context, text = call.args[0], call.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                continue
            if not (isinstance(text, ast.Name) and text.id in params):
                continue
            comment = call.args[2] if len(call.args) > 2 else None
            comment_arg = (
                params.index(comment.id)
                if isinstance(comment, ast.Name) and comment.id in params
                else None
            )
            helpers[node.name] = _Helper(context.value, params.index(text.id), comment_arg)
    return helpers


def _module_name(path: Path) -> str:
    """``agenda_editor.gui.files`` for a module of the package (the file name elsewhere)."""
    resolved = path.resolve()
    if not resolved.is_relative_to(PACKAGE):  # a file elsewhere, even in the checkout (.pt/)
        return path.stem
    return ".".join(resolved.relative_to(ROOT).with_suffix("").parts)


def helper_messages(files: Sequence[Path]) -> list[Message]:
    """Strings passed as literals to translating helpers, under the helpers' contexts."""
    trees = {_module_name(f): ast.parse(f.read_text(encoding="utf-8")) for f in files}
    defined = {module: _helpers_of(tree) for module, tree in trees.items()}
    messages = []
    for module, tree in trees.items():
        helpers = dict(defined[module])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                for alias in node.names:
                    helper = defined[node.module].get(alias.name)
                    if helper is not None:
                        helpers[alias.asname or alias.name] = helper
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            helper = helpers.get(call.func.id)
            if helper is None or len(call.args) <= helper.text_arg:
                continue
            text = call.args[helper.text_arg]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            comment = ""
            if helper.comment_arg is not None and len(call.args) > helper.comment_arg:
                value = call.args[helper.comment_arg]
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    comment = value.value
            messages.append(Message(helper.context, text.value, comment, "%n" in text.value))
    return messages


def extract(files: Sequence[Path] | None = None) -> dict[Key, Message]:
    """Every translatable string of the code, keyed by (context, source, disambiguation)."""
    files = list(files) if files is not None else source_files()
    from_helpers = helper_messages(files)
    helped_sources = {m.source for m in from_helpers}
    result: dict[Key, Message] = {}
    for message in run_lupdate(files):
        if message.context == "" and message.source in helped_sources:
            continue  # a module-level tr() helper: filed under its real context below
        result[message.key] = message
    for message in from_helpers:
        result.setdefault(message.key, message)
    return result


# -- update and check ----------------------------------------------------------------------------


def merged(wanted: dict[Key, Message], existing: Catalogue) -> list[Message]:
    """The wanted messages with the existing translations carried over."""
    out = []
    for key, message in wanted.items():
        old = existing.messages.get(key)
        new = Message(message.context, message.source, message.comment, message.numerus)
        if old is not None and old.numerus == message.numerus:
            new.translation, new.finished = old.translation, old.finished
        out.append(new)
    return out


def problems(wanted: dict[Key, Message], catalogue: Catalogue) -> list[str]:
    """Why a catalogue is stale: strings missing, no longer used, or not translated."""
    found = []
    for key in wanted:
        message = catalogue.messages.get(key)
        if message is None:
            found.append(f"missing: [{key[0]}] {key[1]!r}")
        elif not message.is_translated():
            found.append(f"untranslated: [{key[0]}] {key[1]!r}")
    found += [
        f"no longer in the code: [{k[0]}] {k[1]!r}" for k in catalogue.messages if k not in wanted
    ]
    return found


def load(lang: str) -> Catalogue:
    path = ts_path(lang)
    return read_ts(path) if path.is_file() else Catalogue(TS_LANGUAGE[lang])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail when stale")
    parser.add_argument("--limit", type=int, default=20, help="problems listed per language")
    args = parser.parse_args(argv)
    try:
        wanted = extract()
        status = 0
        for lang in LANGUAGES:
            catalogue = load(lang)
            if args.check:
                found = problems(wanted, catalogue)
                if found:
                    status = 1
                    print(f"{ts_path(lang).name}: {len(found)} problem(s)")
                    for line in found[: args.limit]:
                        print(f"  {line}")
            else:
                messages = merged(wanted, catalogue)
                write_ts(ts_path(lang), lang, messages)
                todo = sum(1 for m in messages if not m.is_translated())
                print(f"{ts_path(lang).name}: {len(messages)} strings, {todo} to translate")
    except (ToolError, OSError, SyntaxError) as error:
        print(f"update_translations: {error}", file=sys.stderr)
        return 2
    if args.check and status == 0:
        print(f"translations are up to date ({len(wanted)} strings, {len(LANGUAGES)} languages)")
    return status


if __name__ == "__main__":
    sys.exit(main())
