"""The wheel carries everything the application needs: installed alone, it runs.

Builds the sdist and the wheel from it (``python -m build``, as a release does), installs the
wheel into a fresh virtual environment that fetches the dependencies from the package index,
and runs the installed ``agenda-editor`` from a folder outside the source tree.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import agenda_editor
from agenda_editor.interchange import load_json

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(importlib.util.find_spec("build") is None, reason="pip install build"),
]


@dataclass
class Installed:
    wheel: Path
    venv: Path
    cwd: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if sys.platform == "win32" else "bin")

    def run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            args, cwd=self.cwd, env=env, capture_output=True, text=True, timeout=timeout
        )


def _check(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    _check(
        subprocess.run(
            [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=900,
        )
    )
    wheels = list(dist.glob("agenda_editor-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    cwd = work / "elsewhere"
    cwd.mkdir()
    result = Installed(wheels[0], env_dir, cwd)
    _check(
        result.run(
            str(result.bin / "python"), "-m", "pip", "install", "-q", str(wheels[0]), timeout=900
        )
    )
    return result


def test_wheel_contains_resources_and_compiled_translations(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = {
        f"agenda_editor/_resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        # resources/translations/ holds build products of the checkout, compiled afresh
        and path.parent.name != "translations"
    }
    assert expected, "resources/ is empty"
    assert expected <= names, sorted(expected - names)[:10]
    sources = sorted((ROOT / "translations").glob("*.ts"))
    for ts in sources:
        assert f"agenda_editor/_resources/translations/{ts.stem}.qm" in names


def test_installed_command_reports_its_version(installed: Installed):
    result = _check(installed.run(str(installed.bin / "agenda-editor"), "--version"))
    assert agenda_editor.__version__ in result.stdout


def test_installed_copy_uses_its_own_files_not_the_checkout(installed: Installed):
    code = (
        "import agenda_editor, agenda_editor.resources as r; "
        "print(agenda_editor.__file__); print(r.resources_dir()); print(r.sample_path().is_file())"
    )
    module, resources, sample_ok = _check(
        installed.run(str(installed.bin / "python"), "-c", code)
    ).stdout.split()
    assert Path(module).is_relative_to(installed.venv)
    assert Path(resources).is_relative_to(installed.venv)
    assert Path(resources).name == "_resources"
    assert sample_ok == "True"


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_installed_command_exports_a_sample_to_json(installed: Installed, sample: Path):
    source = installed.cwd / sample.name
    source.write_bytes(sample.read_bytes())
    out = installed.cwd / f"{sample.stem}-out.json"
    _check(
        installed.run(str(installed.bin / "agenda-editor"), "export", source.name, "-o", out.name)
    )
    json.loads(out.read_text(encoding="utf-8"))  # well-formed
    assert load_json(out) == load_json(sample)  # the same meeting came back out


@pytest.mark.parametrize("sample", SAMPLES[:1], ids=[s.stem for s in SAMPLES[:1]])
def test_installed_command_exports_a_sample_to_pdf(installed: Installed, sample: Path):
    source = installed.cwd / sample.name
    source.write_bytes(sample.read_bytes())
    out = installed.cwd / f"{sample.stem}.pdf"
    _check(
        installed.run(
            str(installed.bin / "agenda-editor"),
            "export",
            source.name,
            "-o",
            out.name,
            "--allow-missing",
        )
    )
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 2000
