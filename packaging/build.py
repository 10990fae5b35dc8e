"""Build the standalone Agenda Editor for the platform this runs on.

    python packaging/build.py                 # dist/ and the platform's package
    python packaging/build.py --dist DIR --work DIR --no-package

Steps: compile ``translations/*.ts`` (``translations/build_translations.py``, when it exists),
run PyInstaller on ``packaging/agenda-editor.spec`` (one folder), check that the result starts
(``--version``), then make the platform's package:

* Linux: ``agenda-editor-<version>-linux-<arch>.tar.gz`` holding the program folder, the
  desktop files under ``share/`` and ``install.sh`` (per user under ``~/.local``, or any prefix);
* Windows: the Inno Setup installer, when ``ISCC.exe`` is found (``packaging/windows/``);
* macOS: ``Agenda Editor.app`` (built by the spec) zipped with ``ditto`` for distribution.

Every failure ends with one line naming the problem and exit status 1 or 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "org.agendaeditor.AgendaEditor"
NAME = "agenda-editor"
MIME_ICON = "application-x-agenda-editor-session"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


class BuildError(Exception):
    """A step failed; the message says which and why."""


def version() -> str:
    text = (ROOT / "agenda_editor" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise BuildError("agenda_editor/__init__.py has no __version__ line")
    return found.group(1)


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(command), flush=True)
    result = subprocess.run(command, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed with status {result.returncode}")


# ----------------------------------------------------------------------------- steps


def compile_translations(out: Path) -> Path | None:
    script = ROOT / "translations" / "build_translations.py"
    if not script.is_file():
        print(f"note: {script.relative_to(ROOT)} not found; building without our .qm files")
        return None
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    run([sys.executable, str(script), "--out", str(out)], cwd=ROOT)
    return out


def windows_version_file(work: Path, ver: str) -> Path:
    """A version resource for the .exe files (Explorer's Details tab)."""
    numbers = [int(n) for n in re.findall(r"\d+", ver)[:4]] + [0, 0, 0, 0]
    quad = tuple(numbers[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Agenda Editor contributors'),
      StringStruct('FileDescription', 'Agenda Editor'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', '{NAME}'),
      StringStruct('OriginalFilename', '{NAME}.exe'),
      StringStruct('ProductName', 'Agenda Editor'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = work / "version-info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def pyinstaller(dist: Path, work: Path, qm_dir: Path | None, ver: str) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            f"PyInstaller is not installed: {sys.executable} -m pip install pyinstaller"
        )
    env = dict(os.environ)
    env.pop("AGENDA_EDITOR_QM_DIR", None)
    if qm_dir is not None:
        env["AGENDA_EDITOR_QM_DIR"] = str(qm_dir)
    if sys.platform == "win32":
        env["AGENDA_EDITOR_VERSION_FILE"] = str(windows_version_file(work, ver))
    spec = HERE / "agenda-editor.spec"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(spec),
        ],
        cwd=ROOT,
        env=env,
    )
    folder = dist / NAME
    if not folder.is_dir():
        raise BuildError(f"PyInstaller did not produce {folder}")
    return folder


def executable_in(folder: Path) -> Path:
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def smoke_test(folder: Path, ver: str) -> None:
    """The build starts and knows its version (offscreen: no display needed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory() as elsewhere:
        result = subprocess.run(
            [str(executable_in(folder)), "--version"],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if result.returncode != 0 or ver not in result.stdout:
        raise BuildError(
            f"the built program does not start: status {result.returncode}, "
            f"output {result.stdout.strip()!r} {result.stderr.strip()[-500:]!r}"
        )
    print(f"ok: {executable_in(folder)} --version -> {result.stdout.strip()}")


# ----------------------------------------------------------------------------- packages


def linux_share_tree(share: Path) -> None:
    """The freedesktop files, laid out as under /usr/share or ~/.local/share."""
    linux = HERE / "linux"
    icons = ROOT / "resources" / "icons"
    copies = {
        linux / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        linux / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        linux / f"{APP_ID}.mime.xml": share / "mime" / "packages" / f"{APP_ID}.xml",
        icons / "agenda-editor.svg": share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
        icons / "agenda-document.svg": share
        / "icons/hicolor/scalable/mimetypes"
        / f"{MIME_ICON}.svg",
    }
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}"
        copies[icons / f"agenda-editor-{size}.png"] = folder / "apps" / f"{APP_ID}.png"
        copies[icons / f"agenda-document-{size}.png"] = folder / "mimetypes" / f"{MIME_ICON}.png"
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def linux_tarball(folder: Path, dist: Path, ver: str) -> Path:
    base = f"{NAME}-{ver}-linux-{machine()}"
    with tempfile.TemporaryDirectory() as temporary:
        stage = Path(temporary) / base
        shutil.copytree(folder, stage / NAME, symlinks=True)
        linux_share_tree(stage / "share")
        for script in ("install.sh",):
            shutil.copy2(HERE / "linux" / script, stage / script)
            (stage / script).chmod(0o755)
        shutil.copy2(HERE / "linux" / "README-tarball.txt", stage / "README.txt")
        archive = dist / f"{base}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(stage, arcname=base)
    print(f"ok: {archive}")
    return archive


def windows_installer(dist: Path, ver: str) -> Path | None:
    candidates = [
        shutil.which("iscc"),
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        print("note: Inno Setup (ISCC.exe) not found; the program folder is built, no installer")
        return None
    script = HERE / "windows" / "agenda-editor.iss"
    run([iscc, f"/DAppVersion={ver}", f"/DSourceDir={dist / NAME}", f"/O{dist}", str(script)])
    return dist / f"{NAME}-{ver}-setup.exe"


def macos_archive(dist: Path, ver: str) -> Path | None:
    app = dist / "Agenda Editor.app"
    if not app.is_dir():
        raise BuildError(f"PyInstaller did not produce {app}")
    archive = dist / f"{NAME}-{ver}-macos-{machine()}.zip"
    if shutil.which("ditto") is None:
        print("note: ditto not found; the .app is built, not zipped")
        return None
    run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)])
    return archive


# ----------------------------------------------------------------------------- main


def build(dist: Path, work: Path, package: bool) -> Path:
    ver = version()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    qm_dir = compile_translations(work / "translations")
    folder = pyinstaller(dist, work, qm_dir, ver)
    smoke_test(folder, ver)
    if not package:
        return folder
    if sys.platform.startswith("linux"):
        return linux_tarball(folder, dist, ver)
    if sys.platform == "win32":
        return windows_installer(dist, ver) or folder
    if sys.platform == "darwin":
        return macos_archive(dist, ver) or folder
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the standalone Agenda Editor.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--no-package", action="store_true", help="stop after the program folder (no tarball)"
    )
    args = parser.parse_args(argv)
    try:
        result = build(args.dist.resolve(), args.work.resolve(), package=not args.no_package)
    except BuildError as error:
        print(f"build.py: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"build.py: error: {error.filename or ''} {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"built: {result}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
