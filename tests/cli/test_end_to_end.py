"""The installed command as a user runs it: ``python -m agenda_editor ...`` in a new process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from agenda_editor import __version__
from agenda_editor.resources import sample_path


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agenda_editor", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=cwd,
    )


def test_version_and_help() -> None:
    version = run("--version")
    assert (version.returncode, version.stdout) == (0, f"agenda-editor {__version__}\n")
    helped = run("--help")
    assert helped.returncode == 0
    assert "agenda-editor export INPUT -o OUTPUT" in helped.stdout


def test_export_and_check_of_the_sample(tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    exported = run("export", str(sample_path()), "-o", str(copy))
    wrote = f"wrote {copy}: 6 agenda items, languages English, French\n"
    assert (exported.returncode, exported.stdout, exported.stderr) == (0, wrote, "")
    quiet = run("export", str(sample_path()), "-o", str(copy), "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    assert copy.read_text(encoding="utf-8") == sample_path().read_text(encoding="utf-8")
    checked = run("check", str(copy))
    assert (checked.returncode, checked.stdout) == (0, f"{copy}: no problems found\n")


def test_check_exits_1_on_errors(tmp_path: Path) -> None:
    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc["meeting"]["end"] = "2026-09-01"  # before the start, and every day is now outside
    path = tmp_path / "late.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    checked = run("check", str(path))
    assert checked.returncode == 1
    assert "error: The meeting ends (2026-09-01) before it starts (2026-09-17)." in checked.stdout
    assert checked.stderr == ""


def test_bad_arguments_and_bad_files_give_one_line_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"format": "agenda-editor/1", "items": [}', "utf-8")
    for args in (["--no-such-option"], ["export", str(tmp_path / "bad.json"), "-o", "x.json"]):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("agenda-editor: error: ")
    assert "bad.json: invalid JSON at line 1, column 41" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_a_pdf_export_says_which_file_language_and_pages_it_wrote(tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    exported = run("export", str(sample_path()), "-o", str(target), "--lang", "FR")
    assert exported.returncode == 0, exported.stderr
    from pypdf import PdfReader

    pages = len(PdfReader(target).pages)
    assert pages > 1
    assert exported.stdout == f"wrote {target}: French, {pages} pages\n"


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    sample, target = str(sample_path()), str(tmp_path / "o.json")
    script = (
        "import sys\n"
        "from agenda_editor.cli import main\n"
        f"assert main(['check', {sample!r}]) == 0\n"
        f"assert main(['export', {sample!r}, '-o', {target!r}]) == 0\n"
        "qt = ('PySide6', 'agenda_editor.gui')\n"
        "print(sorted(name for name in sys.modules if name.startswith(qt)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
