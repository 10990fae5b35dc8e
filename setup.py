"""Build hook: put the run-time files into the package when a wheel is built.

All metadata lives in pyproject.toml; this file only extends ``build_py`` so that a wheel (and
so ``pip install``) carries, inside the package, ``agenda_editor/_resources/``:

* a copy of the top-level ``resources/`` folder (fonts with their licences, samples, icons);
* ``translations/*.qm``, compiled from ``translations/*.ts`` by
  ``translations/build_translations.py --out DIR`` when that script exists.

``agenda_editor/resources.py`` looks in ``_resources`` first, so an installed copy never needs
the source tree. An editable install (``pip install -e .``) skips the copy: it reads
``resources/`` in the checkout directly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
TRANSLATIONS_SCRIPT = ROOT / "translations" / "build_translations.py"
TARGET = ("agenda_editor", "_resources")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".DS_Store", "Thumbs.db", "*.qm.tmp")


class BuildPyWithResources(build_py):
    """``build_py`` that also copies the resources and compiles the translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib).joinpath(*TARGET)
        self.copy_resources(target)
        self.compile_translations(target / "translations")

    def copy_resources(self, target: Path) -> None:
        if not RESOURCES.is_dir():
            raise SystemExit(f"error: {RESOURCES} is missing; the package cannot run without it")
        if target.exists():
            shutil.rmtree(target)
        self.announce(f"copying {RESOURCES} -> {target}", level=2)

        # resources/translations/ may hold .qm files compiled in the checkout by an earlier
        # run: the package gets freshly compiled ones instead (compile_translations).
        def ignore(folder: str, names: list[str]) -> set[str]:
            skipped = set(IGNORED(folder, names))
            if Path(folder) == RESOURCES:
                skipped.add("translations")
            return skipped

        shutil.copytree(RESOURCES, target, ignore=ignore)

    def compile_translations(self, out: Path) -> None:
        if not TRANSLATIONS_SCRIPT.is_file():
            self.warn(f"{TRANSLATIONS_SCRIPT.relative_to(ROOT)} not found: no translations built")
            return
        out.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, str(TRANSLATIONS_SCRIPT), "--out", str(out)]
        self.announce("running " + " ".join(command), level=2)
        result = subprocess.run(command, cwd=ROOT, check=False)
        if result.returncode != 0:
            raise SystemExit(
                f"error: {TRANSLATIONS_SCRIPT.name} failed with status {result.returncode}"
            )

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        """Declare the copied files, so that tools listing the build outputs see them."""
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib).joinpath(*TARGET)
        if target.is_dir():
            outputs += [str(path) for path in target.rglob("*") if path.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildPyWithResources})
