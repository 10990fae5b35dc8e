"""``agenda-editor export IN -o OUT.docx``: the Word export from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx
import pytest

from agenda_editor.cli import main
from agenda_editor.interchange import load_json


def test_export_docx_of_every_version_named_like_the_pdfs(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", str(sample), "-o", str(tmp_path / "agenda.docx"), "--lang", "all"]
    assert main(argv) == 0
    languages = load_json(sample).languages
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx")
    assert names == sorted(f"agenda-{lang}.docx" for lang in languages)
    french = docx.Document(str(tmp_path / "agenda-fr.docx"))
    assert any(p.text.startswith("Questions d'organisation") for p in french.paragraphs)
    out = capsys.readouterr().out
    assert f"wrote {tmp_path / 'agenda-fr.docx'}: French" in out


def test_export_docx_part_and_untranslated_rules(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(sample.read_text(encoding="utf-8"))
    doc["items"][2]["title"].pop("fr")
    sample.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "fr.docx"
    assert main(["export", str(sample), "-o", str(target), "--lang", "fr"]) == 2
    assert "not fully translated" in capsys.readouterr().err
    assert not target.exists()
    argv = ["export", str(sample), "-o", str(target), "--lang", "fr", "--part", "agenda"]
    assert main([*argv, "--allow-missing"]) == 0
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert any(text.startswith("[non traduit]") for text in paragraphs)


def test_export_docx_of_a_meeting_with_errors_goes_through_the_gate(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(sample.read_text(encoding="utf-8"))
    doc["timetable"]["days"][0]["slots"][1]["start"] = "12:00"  # two meetings overlap
    sample.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "agenda.docx"
    assert main(["export", str(sample), "-o", str(target)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert not target.exists()
    assert main(["export", str(sample), "-o", str(target), "--allow-errors"]) == 0
    assert target.exists()


def test_word_export_missing_from_the_installation_is_one_line_to_report(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setitem(sys.modules, "agenda_editor.export.word", None)
    assert main(["export", str(sample), "-o", str(tmp_path / "a.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("agenda-editor: error: unexpected ModuleNotFoundError: ")
