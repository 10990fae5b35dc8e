"""``export --lang LANG -o FILE.xlf`` and ``merge-translation``: the translation round trip from
the command line, its report and its refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.core import translation_status as ts
from agenda_editor.interchange import load_json, save_json
from agenda_editor.storage import session
from tests.cli.test_cli import one_error_line
from tests.core.test_exchange import english_only
from tests.factories import sample_meeting


@pytest.fixture
def english(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.json"
    save_json(english_only(), path)
    return path


def translate(path: Path, replacements: dict[str, str]) -> None:
    """A translator at work on the file: source texts copied into targets, some replaced."""
    text = path.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_export_writes_xliff_for_a_language_the_meeting_does_not_have(
    english: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ru.xlf"
    assert main(["export", str(english), "--lang", "ru", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert 'target-language="ru"' in text and "<target" not in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([], "needs --lang"),
        (["--lang", "all"], "needs --lang"),
        (["--lang", "fr", "--part", "annex"], "neither --part"),
        (["--lang", "en"], "original language"),
    ],
)
def test_export_to_xliff_needs_one_translation_language(
    english: Path,
    tmp_path: Path,
    options: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.xlf"
    assert main(["export", str(english), "-o", str(out), *options]) == 2
    assert message in one_error_line(capsys)
    assert not out.exists()


def test_merge_fills_the_version_and_writes_a_session_file(
    english: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlf = tmp_path / "fr.xlf"
    main(["export", str(english), "--lang", "fr", "-o", str(xlf)])
    translate(xlf, {"<source>Vienna</source>": "<source>Vienna</source><target>Vienne</target>"})
    out = tmp_path / "merged.agenda"
    assert main(["merge-translation", str(english), str(xlf), "-o", str(out)]) == 0
    merged = session.load(out).meeting
    assert merged.venue["fr"] == "Vienne" and "fr" in merged.languages
    assert "1 texts filled in 'fr', 0 units not merged" in capsys.readouterr().out
    assert "fr" not in load_json(english).languages  # the input is untouched


def test_merge_reports_a_changed_original_with_both_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = sample_meeting()
    before, xlf = tmp_path / "before.json", tmp_path / "fr.xlf"
    save_json(meeting, before)
    main(["export", str(before), "--lang", "fr", "-o", str(xlf)])
    translate(xlf, {'<target state="translated">Vienne<': "<target>Vienne (Autriche)<"})
    meeting.venue["en"] = "Geneva"
    after = tmp_path / "after.json"
    save_json(meeting, after)
    out = tmp_path / "out.json"
    assert main(["merge-translation", str(after), str(xlf), "-o", str(out)]) == 1
    report = capsys.readouterr().out
    assert "unit meeting/venue (Meeting, venue): the original has changed" in report
    assert "original now: Geneva" in report and "original in the file: Vienna" in report
    assert "translation: Vienne (Autriche)" in report
    assert load_json(out).venue["fr"] == "Vienne"  # ours kept


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({'original="XYZ/WG.9/2026/1"': 'original="A/OTHER/1"'}, "'A/OTHER/1'"),
        ({'target-language="fr"': 'target-language="es"'}, "not into 'fr'"),
        ({"<body>": "<body><!-- cut"}, "not well-formed XML"),
    ],
)
def test_a_file_that_cannot_be_merged_writes_nothing(
    tmp_path: Path, change: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = english_only()
    meeting.symbol = "XYZ/WG.9/2026/1"
    source, xlf, out = tmp_path / "m.json", tmp_path / "fr.xlf", tmp_path / "out.json"
    save_json(meeting, source)
    main(["export", str(source), "--lang", "fr", "-o", str(xlf)])
    translate(xlf, change)
    assert main(["merge-translation", str(source), str(xlf), "-o", str(out), "--lang", "fr"]) == 2
    assert message in one_error_line(capsys)
    assert not out.exists()


def test_merge_into_the_input_itself_when_asked(english: Path, tmp_path: Path) -> None:
    xlf = tmp_path / "fr.xlf"
    main(["export", str(english), "--lang", "fr", "-o", str(xlf)])
    translate(xlf, {"<source>Vienna</source>": "<source>Vienna</source><target>Vienne</target>"})
    assert main(["merge-translation", str(english), str(xlf), "-o", str(english)]) == 0
    meeting = load_json(english)
    assert meeting.venue["fr"] == "Vienne"
    assert ts.progress(meeting, "fr").translated == 1


def test_copy_source_gives_untranslated_texts_a_target_that_merges_as_untranslated(
    english: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlf, out = tmp_path / "es.xlf", tmp_path / "out.json"
    assert main(["export", str(english), "--lang", "es", "--copy-source", "-o", str(xlf)]) == 0
    text = xlf.read_text(encoding="utf-8")
    assert text.count('<target state="needs-translation">') == text.count("<source>")
    assert main(["merge-translation", str(english), str(xlf), "-o", str(out)]) == 0
    assert "es" not in load_json(out).languages
    assert main(["export", str(english), "--copy-source", "-o", str(tmp_path / "x.json")]) == 2
    assert "--copy-source applies only to XLIFF" in one_error_line(capsys)


def test_merging_into_a_session_file_keeps_its_named_versions(tmp_path: Path) -> None:
    from agenda_editor.storage.versions import make_version

    source = tmp_path / "meeting.agenda"
    meeting = english_only()
    session.save(meeting, source, versions=[make_version(meeting, "sent to the Bureau")])
    xlf = tmp_path / "fr.xlf"
    main(["export", str(source), "--lang", "fr", "-o", str(xlf)])
    translate(xlf, {"<source>Vienna</source>": "<source>Vienna</source><target>Vienne</target>"})
    assert main(["merge-translation", str(source), str(xlf), "-o", str(source)]) == 0
    loaded = session.load(source)
    assert loaded.meeting.venue["fr"] == "Vienne"
    assert [version.name for version in loaded.versions] == ["sent to the Bureau"]
    assert loaded.versions[0].meeting() == meeting
