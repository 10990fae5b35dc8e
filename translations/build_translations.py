"""Compile the interface translations: ``translations/*.ts`` -> ``agenda_editor_<lang>.qm``.

Usage: ``python translations/build_translations.py [--out DIR]`` (default DIR:
``resources/translations/``). The wheel build (setup.py) and the test suite call it; the
compiled ``.qm`` files are build products and are never committed.

``pyside6-lrelease`` ships in the PySide6(-Essentials) wheel: it is looked for inside the
PySide6 package, then next to the running Python, then on ``PATH``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_OUT = ROOT / "resources" / "translations"

#: The interface languages other than English (the source language), in the UN order.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "fr", "ru", "es")

#: The name of the catalogue: ``agenda_editor_<lang>.ts`` / ``.qm``.
CATALOGUE = "agenda_editor"


class ToolError(Exception):
    """A Qt Linguist tool that cannot be found or that failed; the message says which."""


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def qm_name(lang: str) -> str:
    return f"{CATALOGUE}_{lang}.qm"


def find_tool(name: str) -> list[str]:
    """The command that runs the Qt tool ``name`` ("lrelease" or "lupdate")."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "bin" / f"{name}{exe}"]
    except ImportError:
        pass
    scripts = Path(sys.executable).parent
    candidates += [scripts / f"pyside6-{name}{exe}", scripts / f"pyside6-{name}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return [found]
    raise ToolError(
        f"pyside6-{name} was not found (it comes with PySide6: pip install PySide6-Essentials)"
    )


def build(out: Path, languages: Sequence[str] = LANGUAGES, quiet: bool = True) -> list[Path]:
    """Compile each language's ``.ts`` into ``out``; returns the ``.qm`` files written."""
    out.mkdir(parents=True, exist_ok=True)
    lrelease = find_tool("lrelease")
    written = []
    for lang in languages:
        source = ts_path(lang)
        if not source.is_file():
            raise ToolError(f"{source} is missing")
        target = out / qm_name(lang)
        command = [*lrelease, *(["-silent"] if quiet else []), str(source), "-qm", str(target)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not target.is_file():
            detail = (result.stderr or result.stdout).strip()
            raise ToolError(f"lrelease failed on {source.name}: {detail or result.returncode}")
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
    )
    parser.add_argument("--verbose", action="store_true", help="show lrelease's report")
    args = parser.parse_args(argv)
    try:
        written = build(args.out, quiet=not args.verbose)
    except (ToolError, OSError) as error:
        print(f"build_translations: {error}", file=sys.stderr)
        return 1
    print(f"build_translations: {len(written)} catalogues written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
