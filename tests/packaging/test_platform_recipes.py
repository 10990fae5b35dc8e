"""The Windows and macOS recipes cannot be built here: check that they agree with the rest.

Same application id, same file type, same executable names, icons that exist, and one version
source (agenda_editor/__init__.py), across the Inno Setup script, the macOS Info.plist, the
PyInstaller spec, the Linux files and the single-instance socket.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import sys
from pathlib import Path

import agenda_editor
from agenda_editor import single_instance

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.agendaeditor.AgendaEditor"
MIME_TYPE = "application/x-agenda-editor-session"
ISS = (PACKAGING / "windows" / "agenda-editor.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "agenda-editor.spec").read_text(encoding="utf-8")
with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
    PLIST = plistlib.load(handle)


def _iss_define(name: str) -> str:
    found = re.search(rf'^#define {name} "([^"]*)"', ISS, re.M)
    assert found, f"agenda-editor.iss defines no {name}"
    return found.group(1)


def _load_build_module():
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["packaging_build"] = module
    spec.loader.exec_module(module)
    return module


def test_every_recipe_uses_the_same_application_id():
    assert single_instance.APP_ID == APP_ID
    assert _iss_define("AppIdentifier") == APP_ID
    assert PLIST["CFBundleIdentifier"] == APP_ID
    assert f'APP_ID = "{APP_ID}"' in SPEC
    assert _load_build_module().APP_ID == APP_ID
    assert (PACKAGING / "linux" / f"{APP_ID}.desktop").is_file()


def test_version_comes_from_the_package_only():
    assert _load_build_module().version() == agenda_editor.__version__
    assert "AppVersion={#AppVersion}" in ISS
    assert not re.search(r"^AppVersion=\d", ISS, re.M), "the installer must not hard-code a version"
    assert "CFBundleShortVersionString" not in PLIST and "CFBundleVersion" not in PLIST
    assert 'info_plist["CFBundleShortVersionString"] = VERSION' in SPEC


def test_windows_installer_associates_agenda_files_with_the_built_program():
    exe = _iss_define("ExeName")
    assert exe == "agenda-editor.exe"
    assert 'NAME = "agenda-editor"' in SPEC  # PyInstaller names the .exe after NAME
    assert _iss_define("MimeType") == MIME_TYPE
    prog_id = _iss_define("ProgId")
    assert re.search(r'Subkey: "Software\\Classes\\\.agenda"; .*ValueData: "\{#ProgId\}"', ISS)
    assert re.search(r"\\shell\\open\\command\".*\{app\}\\\{#ExeName\}\"\" \"\"%1\"\"\"", ISS)
    assert prog_id and "ChangesAssociations=yes" in ISS
    assert "{autoprograms}" in ISS  # the Start-menu entry
    for icon in re.findall(r'(?:SetupIconFile=|Source: ")([\w.-]+\.ico)', ISS):
        assert (PACKAGING / "windows" / icon).is_file(), icon


def test_macos_bundle_declares_and_owns_the_agenda_document_type():
    (exported,) = PLIST["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["agenda"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = PLIST["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    for icon in {document["CFBundleTypeIconFile"], exported["UTTypeIconFile"]}:
        assert (PACKAGING / "macos" / icon).is_file(), icon
        assert f'"{icon}"' in SPEC, f"the spec must put {icon} in the bundle's Resources"
    assert set(PLIST["CFBundleLocalizations"]) >= {"ar", "en", "fr", "ru", "es"}


def test_linux_mime_type_name_is_shared_with_the_other_platforms():
    mime = (PACKAGING / "linux" / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    assert f'type="{MIME_TYPE}"' in mime
    assert 'pattern="*.agenda"' in mime
