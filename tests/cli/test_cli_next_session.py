"""``agenda-editor next-session``: the next session written, the input never changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenda_editor.cli import main
from agenda_editor.interchange import load_json
from agenda_editor.storage import session
from tests.cli.test_cli import one_error_line


def test_next_session_writes_the_rolled_meeting_and_leaves_the_input(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample.read_bytes()
    output = tmp_path / "next.agenda"
    assert main(["next-session", str(sample), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert "MDC/COP/WG.1/2026/1 -> MDC/COP/WG.1/2027/1" in out
    assert "MDC/COP/WG.1/2026/CRP.1 -> MDC/COP/WG.1/2027/CRP.1" in out
    assert out.splitlines()[-1].startswith(f"wrote {output}: MDC/COP/WG.1/2027/1, ")
    assert sample.read_bytes() == before
    original = load_json(sample)
    result = session.load(output).meeting
    assert result.symbol == "MDC/COP/WG.1/2027/1"
    assert result.start is None and result.timetable.days == []
    assert result.languages == original.languages
    symbols = {d.symbol for item in result.walk() for d in item.documents}
    assert "MDC/COP/WG.1/2025/4" in symbols  # another session's document stays
    assert not any(symbol.startswith("MDC/COP/WG.1/2026/") for symbol in symbols)


def test_next_session_with_a_given_symbol_to_json(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "next.json"
    argv = ["next-session", str(sample), "-o", str(output), "--symbol", "MDC/COP/WG.2/2027/1"]
    assert main(argv) == 0
    result = load_json(output)
    assert result.symbol == "MDC/COP/WG.2/2027/1"
    symbols = {d.symbol for item in result.walk() for d in item.documents}
    assert "MDC/COP/WG.2/2027/2" in symbols


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["-o", "{in}"], "is the input file"),
        (["-o", "{dir}/next.pdf"], "written as a .agenda or .json file"),
        (["-o", "{dir}/none/next.agenda"], "does not exist"),
        (["-o", "{dir}/next.agenda", "--symbol", " "], "the new symbol is empty"),
    ],
)
def test_next_session_refuses_bad_arguments_in_one_line(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    expected: str,
) -> None:
    argv = [a.format(**{"in": sample, "dir": tmp_path}) for a in extra]
    before = sample.read_bytes()
    assert main(["next-session", str(sample), *argv]) == 2
    assert expected in one_error_line(capsys)
    assert sample.read_bytes() == before


def test_next_session_of_a_broken_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["next-session", str(broken), "-o", str(tmp_path / "out.agenda")]) == 2
    assert "broken.json" in one_error_line(capsys)
    assert not (tmp_path / "out.agenda").exists()


def test_symbols_in_kept_annotations_roll_and_are_listed(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "next.json"
    argv = ["next-session", str(sample), "-o", str(output), "--keep-annotations"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "MDC/COP/WG.1/2026/2 -> MDC/COP/WG.1/2027/2 (annotation, fr)" in out
    texts = [p for item in load_json(output).walk() for ps in item.annotation.values() for p in ps]
    assert any("MDC/COP/WG.1/2027/2" in p for p in texts)
    assert not any("MDC/COP/WG.1/2026/" in p for p in texts)


def test_annotations_cleared_list_no_change_of_their_symbols(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["next-session", str(sample), "-o", str(tmp_path / "next.json")]) == 0
    assert "(annotation" not in capsys.readouterr().out
