"""Linux desktop integration: the launcher, the software-centre entry and the .agenda file type."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import agenda_editor
from agenda_editor.single_instance import APP_ID
from agenda_editor.storage import session

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-agenda-editor-session"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates():
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_validates():
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_opens_session_files_with_the_installed_command():
    entry = _desktop_entry()
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "agenda-editor"
    assert "%F" in entry["Exec"].split() or "%f" in entry["Exec"].split()
    assert entry["Icon"] == APP_ID


def test_metainfo_matches_the_launcher_and_the_package_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "agenda-editor"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == agenda_editor.__version__, "add a <release> for this version"


def test_mime_magic_is_the_storage_application_id():
    """The file type is recognised from the header the storage layer writes."""
    from agenda_editor.storage.schema import APPLICATION_ID

    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", namespace)
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    inner = mime_type.find("m:magic/m:match/m:match", namespace)
    assert inner is not None
    assert int(inner.get("offset", "-1")) == 68
    assert inner.get("value", "").encode("ascii") == APPLICATION_ID.to_bytes(4, "big")
    assert mime_type.find("m:glob", namespace).get("pattern") == "*.agenda"  # type: ignore[union-attr]


_QUERY = """
import sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
"""


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info absent")
def test_desktop_recognises_session_files_by_name_and_by_content(tmp_path, sample_meeting):
    """Install the MIME package in a private data folder and ask Qt (which reads the same
    database as the file managers) what our files are."""
    data = tmp_path / "share"
    packages = data / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if system.exists():
        shutil.copy(system, packages)
    result = _run("update-mime-database", str(data / "mime"))
    assert result.returncode == 0, result.stderr

    saved = tmp_path / "files" / "budget.agenda"
    saved.parent.mkdir()
    session.save(sample_meeting, saved)
    renamed = tmp_path / "files" / "attachment-without-extension"
    shutil.copy(saved, renamed)
    other_sqlite = tmp_path / "files" / "other-database"
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sqlite3; sqlite3.connect({str(other_sqlite)!r}).execute("
            "'create table t(a)').connection.commit()",
        ],
        check=True,
    )

    env = {
        **os.environ,
        "XDG_DATA_DIRS": str(data),
        "XDG_DATA_HOME": str(tmp_path / "no-home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    answer = subprocess.run(
        [sys.executable, "-c", _QUERY, str(saved), str(renamed), str(other_sqlite)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    ).stdout.split()
    assert answer[0] == MIME_TYPE  # by the .agenda name
    assert answer[1] == MIME_TYPE  # by the "AGED" application id in the SQLite header
    assert answer[2] != MIME_TYPE  # another program's SQLite file is not ours
