"""The standalone build (PyInstaller, one folder) runs without Python and installs on Linux.

Runs ``packaging/build.py`` once for the module (a few minutes), then uses the result the way a
user would: from a folder outside the source tree, offscreen, through the Linux tarball's
``install.sh``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import agenda_editor
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.interchange import load_json, save_json

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.agendaeditor.AgendaEditor"
SAMPLE = ROOT / "resources" / "samples" / "working-group-sample.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="pip install pyinstaller"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]


@dataclass
class Build:
    folder: Path
    tarball: Path
    cwd: Path

    def run(self, program: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            [str(program), *args],
            cwd=self.cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    work = tmp_path_factory.mktemp("standalone")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    tarballs = list((work / "dist").glob("agenda-editor-*-linux-*.tar.gz"))
    assert len(tarballs) == 1, tarballs
    cwd = work / "elsewhere"
    cwd.mkdir()
    return Build(work / "dist" / "agenda-editor", tarballs[0], cwd)


def test_program_reports_its_version(build: Build):
    result = _ok(build.run(build.folder / "agenda-editor", "--version"))
    assert agenda_editor.__version__ in result.stdout


def test_program_exports_the_sample_to_json_and_pdf(build: Build):
    shutil.copy(SAMPLE, build.cwd / "sample.json")
    _ok(build.run(build.folder / "agenda-editor", "export", "sample.json", "-o", "copy.json"))
    assert load_json(build.cwd / "copy.json") == load_json(SAMPLE)
    _ok(build.run(build.folder / "agenda-editor", "export", "sample.json", "-o", "sample.pdf"))
    assert (build.cwd / "sample.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("language", "font"), [("ar", b"Amiri"), ("zh", b"DroidSansFallback"), ("zh", b"UMingCN")]
)
def test_bundled_fonts_print_arabic_and_chinese(build: Build, language: str, font: bytes):
    """The fonts and the CLDR data for every UN language travel inside the build."""
    meeting = load_json(SAMPLE)
    meeting.languages = list(LANGUAGES)
    meeting.body[language] = {
        "ar": "الفريق العامل المعني بالمسائل الإدارية",
        "zh": "行政问题工作组",
    }[language]
    save_json(meeting, build.cwd / f"six-{language}.json")
    out = f"six-{language}.pdf"
    _ok(
        build.run(
            build.folder / "agenda-editor",
            "export",
            f"six-{language}.json",
            "-o",
            out,
            "--lang",
            language,
            "--allow-missing",
        )
    )
    assert font in (build.cwd / out).read_bytes()


def test_qt_translations_for_right_to_left_arabic_are_inside(build: Build):
    internal = build.folder / "_internal"
    assert list(internal.rglob("qtbase_ar.qm")), "Arabic would not mirror the layout"
    assert list(internal.rglob("qtbase_zh_CN.qm"))
    ours = sorted(p.stem for p in (ROOT / "translations").glob("*.ts"))
    bundled = internal / "agenda_editor" / "_resources" / "translations"
    for stem in ours:
        assert (bundled / f"{stem}.qm").is_file(), f"{stem}.qm is missing from the build"


def _unpack(build: Build, into: Path) -> Path:
    with tarfile.open(build.tarball) as tar:
        tar.extractall(into, filter="tar")
    (folder,) = into.iterdir()
    return folder


def test_tarball_installs_for_the_user_and_uninstalls_cleanly(build: Build, tmp_path: Path):
    unpacked = _unpack(build, tmp_path / "unpacked")
    prefix = tmp_path / "home" / ".local"
    env = {**os.environ, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    install = subprocess.run(
        [str(unpacked / "install.sh"), "--prefix", str(prefix)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    command = prefix / "bin" / "agenda-editor"
    assert agenda_editor.__version__ in _ok(build.run(command, "--version")).stdout
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{command}" %F' in desktop.read_text(encoding="utf-8")
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (
        share / "icons/hicolor/scalable/mimetypes/application-x-agenda-editor-session.svg"
    ).is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-agenda-editor-session" in (share / "mime" / "types").read_text()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout

    removal = subprocess.run(
        [
            str(prefix / "lib" / "agenda-editor" / "install.sh"),
            "--uninstall",
            "--prefix",
            str(prefix),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert removal.returncode == 0, removal.stdout + removal.stderr
    assert not command.exists() and not command.is_symlink()
    assert not (prefix / "lib" / "agenda-editor").exists()
    left = [p for p in share.rglob("*") if p.is_file() and "agenda" in p.name.lower()]
    assert left == []


def test_second_launch_hands_its_file_to_the_running_program(build: Build, tmp_path: Path):
    """What a double-click on a second .agenda file does: no second copy of the program."""
    from agenda_editor.single_instance import server_name_for
    from agenda_editor.storage.settings import AppDirs

    # Qt puts the local socket here, away from a real session. A short folder of its own, not
    # under tmp_path: a Unix socket's path is limited to 107 bytes, and pytest's numbered
    # folders (/tmp/pytest-of-root/pytest-293/test_second_launch_.../tmp/) pass that.
    private_tmp = Path(tempfile.mkdtemp(prefix="ae-sock-"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(private_tmp),
        AGENDA_EDITOR_HOME=str(tmp_path / "home"),
    )
    shutil.copy(SAMPLE, build.cwd / "handover.json")
    program = build.folder / "agenda-editor"
    _ok(build.run(program, "export", "handover.json", "-o", "first.agenda"))
    _ok(build.run(program, "export", "handover.json", "-o", "second.agenda"))

    first = subprocess.Popen(
        [str(program), "first.agenda"],
        cwd=build.cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # One running copy per settings folder: the one under AGENDA_EDITOR_HOME.
        settings = AppDirs(tmp_path / "home").config
        socket_path = private_tmp / server_name_for(APP_ID, settings_folder=settings)
        deadline = time.monotonic() + 120
        while not socket_path.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert first.poll() is None, "the first copy did not stay open"
        found = sorted(p.name for p in private_tmp.iterdir())
        assert socket_path.exists(), f"no socket {socket_path.name} among {found}"

        second = subprocess.run(
            [str(program), "second.agenda"],
            cwd=build.cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the running copy goes on, now with the second file
    finally:
        first.terminate()
        first.wait(timeout=30)
        shutil.rmtree(private_tmp, ignore_errors=True)
