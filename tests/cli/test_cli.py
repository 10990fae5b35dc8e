"""The command line, called as ``main([...])``: what a user sees and the exit status."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from agenda_editor import __version__
from agenda_editor.cli import check as check_command
from agenda_editor.cli import main
from agenda_editor.export.plan import ExportError
from agenda_editor.interchange import dumps_json, load_json
from agenda_editor.storage import locks
from tests.cli.conftest import Recorder


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line written to standard error (and check nothing went to standard output)."""
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("agenda-editor: error: ")
    assert "Traceback" not in captured.err
    return lines[0].removeprefix("agenda-editor: error: ")


def edit(path: Path, change: Any) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


# -- general ----------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"agenda-editor {__version__}\n"


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["export", "--help"], ["check", "-h"]])
def test_help_exits_0_and_shows_the_usage(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: agenda-editor")
    assert "INPUT" in out or "FILE" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["export"], "the following arguments are required: INPUT, -o/--output"),
        (["export", "in.json"], "the following arguments are required: -o/--output"),
        (["check"], "the following arguments are required: FILE"),
        (["check", "a.json", "b.json"], "unrecognized arguments: b.json"),
        (["export", "a.json", "-o", "b.pdf", "--part", "cover"], "argument --part: invalid choice"),
        (["export", "a.json", "-o", "b.pdf", "--lang", "de"], "unknown language 'de'"),
        (["one.json", "two.json"], "unrecognized arguments: two.json"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert expected in one_error_line(capsys)


def test_an_unexpected_failure_is_one_line_not_a_traceback(
    sample: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("something broke")

    monkeypatch.setattr(check_command, "check", broken)
    assert main(["check", str(sample)]) == 2
    assert "RuntimeError: something broke" in one_error_line(capsys)


# -- the window -------------------------------------------------------------------------------


def test_a_file_argument_opens_the_window_on_it(sample: Path, fake_gui: Recorder) -> None:
    fake_gui.result = 0
    assert main([str(sample)]) == 0
    assert fake_gui.calls == [(sample,)]


def test_no_argument_opens_the_window_without_a_file(fake_gui: Recorder) -> None:
    fake_gui.result = 3
    assert main([]) == 3
    assert fake_gui.calls == [(None,)]


def test_the_window_is_not_started_on_a_missing_file(
    tmp_path: Path, fake_gui: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent.agenda")]) == 2
    assert "absent.agenda: no such file" in one_error_line(capsys)
    assert fake_gui.calls == []


def test_a_window_that_cannot_be_imported_is_a_problem_to_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A broken installation is a failure, not an option: one line, exit 2, never a traceback.
    monkeypatch.setitem(sys.modules, "agenda_editor.gui.app", None)
    assert main([]) == 2
    line = one_error_line(capsys)
    assert line.startswith("unexpected ModuleNotFoundError: ") and "please report" in line


# -- check ------------------------------------------------------------------------------------


def test_check_of_a_clean_meeting_exits_0(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample)]) == 0
    assert capsys.readouterr().out == f"{sample}: no problems found\n"


def test_check_prints_each_error_and_exits_1(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def overlap_and_bad_symbol(doc: dict[str, Any]) -> None:
        doc["timetable"]["days"][0]["slots"][1]["start"] = "12:00"
        doc["items"][1]["documents"][0]["symbol"] = "MDC COP 2"

    edit(sample, overlap_and_bad_symbol)
    assert main(["check", str(sample)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"{sample}: 2 errors, 0 warnings, 0 info"
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 2
    assert any("overlap" in line for line in errors)
    assert any("'MDC COP 2'" in line for line in errors)


def test_check_with_only_warnings_exits_0(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(sample, lambda doc: doc["timetable"]["days"][1]["slots"][1]["items"].remove("other"))
    assert main(["check", str(sample)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("warning: Item 5 ")
    assert lines[-1] == f"{sample}: 0 errors, 1 warning, 0 info"


def test_check_of_a_language_version_treats_untranslated_texts_as_errors(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(sample, lambda doc: doc["items"][2]["title"].pop("fr"))
    assert main(["check", str(sample)]) == 0  # untranslated: information only
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 errors, 0 warnings, 1 info")
    assert main(["check", str(sample), "--lang", "fr"]) == 1
    assert main(["check", str(sample), "--lang", "en"]) == 0
    assert main(["check", str(sample), "--lang", "all"]) == 1
    assert "error: Item 3 is not fully translated into fr" in capsys.readouterr().out


def test_check_of_an_invalid_file_names_the_file_and_the_path(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(sample, lambda doc: doc["meeting"].update(date="20/03/2026"))
    assert main(["check", str(sample)]) == 2
    assert one_error_line(capsys) == (
        f'{sample}: meeting.date: expected a date as YYYY-MM-DD, got "20/03/2026"'
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.txt", b"hello", "notes.txt: not a meeting file; expected a .agenda or .json file"),
        ("scan.pdf", b"%PDF-1.4\n%%EOF\n", "scan.pdf: the PDF cannot be read"),
        ("fake.pdf", b"hello", "fake.pdf: not a PDF file"),
        ("broken.json", b'{"format": ', "broken.json: invalid JSON at line 1, column 12"),
        ("garbage.agenda", b"not a database", 'garbage.agenda" is not an Agenda Editor session'),
        ("empty.agenda", b"", 'empty.agenda" is empty'),
    ],
)
def test_check_of_bad_files_exits_2(
    tmp_path: Path, name: str, content: bytes, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    assert expected in one_error_line(capsys)
    assert path.read_bytes() == content


def test_check_of_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "absent.json")]) == 2
    assert one_error_line(capsys) == f"{tmp_path / 'absent.json'}: No such file or directory"


# -- export -----------------------------------------------------------------------------------


def test_export_json_to_session_file_and_back_is_identical(sample: Path, tmp_path: Path) -> None:
    assert main(["export", str(sample), "-o", str(tmp_path / "meeting.agenda")]) == 0
    assert (
        main(["export", str(tmp_path / "meeting.agenda"), "-o", str(tmp_path / "back.json")]) == 0
    )
    assert (tmp_path / "back.json").read_text(encoding="utf-8") == sample.read_text(
        encoding="utf-8"
    )


def test_export_json_to_json_writes_the_canonical_form(sample: Path, tmp_path: Path) -> None:
    edit(sample, lambda doc: doc["meeting"].update(venue="Vienna", languages=["fr", "en"]))
    target = tmp_path / "out.json"
    assert main(["export", str(sample), "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert written == dumps_json(load_json(sample))
    assert '"languages": [\n      "en",\n      "fr"\n    ]' in written


def test_export_of_an_invalid_file_writes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(sample, lambda doc: doc["timetable"]["days"][0]["slots"][0]["items"].append("xyz"))
    existing = tmp_path / "existing.json"
    existing.write_text("keep me", encoding="utf-8")
    for target in (tmp_path / "new.json", tmp_path / "new.agenda", existing):
        assert main(["export", str(sample), "-o", str(target)]) == 2
        assert 'timetable.days[0].slots[0].items[3]: no agenda item has the id "xyz"' in (
            one_error_line(capsys)
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["existing.json", "sample.json"]
    assert existing.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["-o", "out.odt"], "out.odt: cannot tell the output format"),
        (["-o", "out"], "out: cannot tell the output format"),
        (["-o", "out.json", "--lang", "fr"], "--lang applies only to PDF and DOCX output"),
        (["-o", "out.agenda", "--part", "annex"], "--part applies only to PDF and DOCX output"),
        (["-o", "out.json", "--allow-missing"], "--allow-missing applies only to PDF and DOCX"),
        (["-o", "missing-folder/out.json"], "the folder"),
    ],
)
def test_export_refuses_options_that_do_not_apply(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(sample), *options]) == 2
    assert expected in one_error_line(capsys)
    assert [path.name for path in tmp_path.iterdir()] == ["sample.json"]


def test_export_onto_its_own_input_is_refused_and_leaves_it_untouched(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A hand-written file (a plain string where the canonical form has a language map) would
    # be rewritten in the canonical form, or a session file upgraded, behind the user's back.
    edit(sample, lambda doc: doc["meeting"].update(venue="Vienna"))
    before = sample.read_bytes()
    monkeypatch.chdir(tmp_path)
    for output in (str(sample), "sample.json", f"./{sample.name}"):
        assert main(["export", str(sample), "-o", output]) == 2
        assert "is the input file" in one_error_line(capsys)
    assert sample.read_bytes() == before
    link = tmp_path / "link.json"
    link.symlink_to(sample)
    assert main(["export", str(link), "-o", str(sample)]) == 2
    assert "is the input file" in one_error_line(capsys)
    assert sample.read_bytes() == before


def test_export_to_a_session_file_open_in_the_editor_is_refused(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "open.agenda"
    assert main(["export", str(sample), "-o", str(target)]) == 0
    before = target.read_bytes()
    edit(sample, lambda doc: doc["meeting"].update(symbol="MDC/COP/WG.1/2026/9"))
    with locks.acquire(target):
        assert main(["export", str(sample), "-o", str(target)]) == 2
    assert "is opened by" in one_error_line(capsys) or "already open" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_export_pdf_in_the_original_language_by_default(
    sample: Path, tmp_path: Path, fake_pdf: Recorder
) -> None:
    target = tmp_path / "agenda.pdf"
    assert main(["export", str(sample), "-o", str(target)]) == 0
    assert fake_pdf.calls == [
        ("MDC/COP/WG.1/2026/1", target, {"lang": "en", "part": "full", "allow_missing": False})
    ]


def test_export_pdf_options_are_passed_on(sample: Path, tmp_path: Path, fake_pdf: Recorder) -> None:
    target = tmp_path / "annex.pdf"
    argv = ["export", str(sample), "-o", str(target), "--lang", "fr", "--part", "annex"]
    assert main([*argv, "--allow-missing"]) == 0
    assert fake_pdf.calls == [
        ("MDC/COP/WG.1/2026/1", target, {"lang": "fr", "part": "annex", "allow_missing": True})
    ]


def test_export_pdf_of_all_languages_writes_one_file_per_version(
    sample: Path, tmp_path: Path, fake_pdf: Recorder
) -> None:
    assert main(["export", str(sample), "-o", str(tmp_path / "agenda.pdf"), "--lang", "all"]) == 0
    assert [(call[1].name, call[2]["lang"]) for call in fake_pdf.calls] == [
        ("agenda-en.pdf", "en"),
        ("agenda-fr.pdf", "fr"),
    ]
    assert (tmp_path / "agenda-fr.pdf").exists()
    assert not (tmp_path / "agenda.pdf").exists()


def test_export_pdf_of_a_language_the_meeting_does_not_have_is_refused(
    sample: Path, tmp_path: Path, fake_pdf: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sample), "-o", str(tmp_path / "a.pdf"), "--lang", "ru"]) == 2
    assert one_error_line(capsys) == NO_RUSSIAN
    assert fake_pdf.calls == []


NO_RUSSIAN = (
    "the meeting has no Russian version (ru); its versions: English, French. Add it in the "
    'editor (Meeting page, Language versions) or to "languages" in the JSON file'
)


def test_check_of_a_language_the_meeting_does_not_have_says_what_export_says(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Not "every text is untranslated into Russian": the version itself is missing.
    assert main(["check", str(sample), "--lang", "ru"]) == 2
    assert one_error_line(capsys) == NO_RUSSIAN


@pytest.mark.parametrize("code", ["FR", "Fr", " fr"])
def test_language_codes_are_accepted_in_any_case(
    code: str, sample: Path, tmp_path: Path, fake_pdf: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sample), "-o", str(tmp_path / "a.pdf"), "--lang", code]) == 0
    assert [call[2]["lang"] for call in fake_pdf.calls] == ["fr"]
    assert capsys.readouterr().out == f"wrote {tmp_path / 'a.pdf'}: French\n"
    assert main(["check", str(sample), "--lang", code.upper()]) == 0


@pytest.mark.parametrize(("typed", "meant"), [("chek", "check"), ("exprot", "export")])
def test_a_mistyped_command_suggests_the_command(
    typed: str, meant: str, tmp_path: Path, fake_gui: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([typed, "meeting.json"]) == 2
    assert one_error_line(capsys) == (
        f"unknown command {typed!r}; did you mean {meant!r}? (see 'agenda-editor --help')"
    )
    assert fake_gui.calls == []


def test_a_file_named_like_a_command_still_opens(
    tmp_path: Path, fake_gui: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text("{}", encoding="utf-8")
    assert main(["chek"]) == 0
    assert fake_gui.calls == [(Path("chek"),)]


def test_export_pdf_without_the_pdf_module_is_a_problem_to_report(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "agenda_editor.export.pdf", None)
    assert main(["export", str(sample), "-o", str(tmp_path / "a.pdf")]) == 2
    assert one_error_line(capsys).startswith("unexpected ModuleNotFoundError: ")
    assert not (tmp_path / "a.pdf").exists()


def test_a_pdf_export_error_is_one_line(
    sample: Path, tmp_path: Path, fake_pdf: Recorder, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def refuse(meeting: object, path: Path, **options: object) -> None:
        raise ExportError("The fr version is not fully translated: item 3.")

    monkeypatch.setattr(sys.modules["agenda_editor.export.pdf"], "write_pdf", refuse)
    assert main(["export", str(sample), "-o", str(tmp_path / "a.pdf"), "--lang", "fr"]) == 2
    assert one_error_line(capsys) == "The fr version is not fully translated: item 3."


def test_export_pdf_with_the_real_exporter(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sample), "-o", str(tmp_path / "agenda.pdf"), "--lang", "all"]) == 0
    french = pypdf.PdfReader(tmp_path / "agenda-fr.pdf")
    assert "Questions d'organisation" in french.pages[0].extract_text()
    assert (tmp_path / "agenda-en.pdf").read_bytes().startswith(b"%PDF")

    edit(sample, lambda doc: doc["items"][2]["title"].pop("fr"))
    assert main(["export", str(sample), "-o", str(tmp_path / "fr.pdf"), "--lang", "fr"]) == 2
    assert "fr" in one_error_line(capsys)
    assert not (tmp_path / "fr.pdf").exists()
    argv = ["export", str(sample), "-o", str(tmp_path / "fr.pdf"), "--lang", "fr"]
    assert main([*argv, "--allow-missing"]) == 0
    assert (tmp_path / "fr.pdf").exists()


# -- errors stop a document export ------------------------------------------------------------


def _overlap(doc: dict[str, Any]) -> None:
    doc["timetable"]["days"][0]["slots"][1]["start"] = "12:00"


def test_export_pdf_of_a_meeting_with_errors_is_refused_with_the_errors_listed(
    sample: Path, tmp_path: Path, fake_pdf: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(sample, _overlap)
    target = tmp_path / "agenda.pdf"
    assert main(["export", str(sample), "-o", str(target), "--lang", "all"]) == 1
    captured = capsys.readouterr()
    first, *listed = captured.err.splitlines()
    assert first.startswith("agenda-editor: error: the meeting has 1 error; nothing was written")
    assert "--allow-errors" in first
    assert len(listed) == 1 and "overlap" in listed[0] and listed[0].startswith("  error: ")
    assert "Traceback" not in captured.err
    assert fake_pdf.calls == []
    assert list(tmp_path.iterdir()) == [sample]


def test_export_pdf_with_allow_errors_writes_the_document(
    sample: Path, tmp_path: Path, fake_pdf: Recorder
) -> None:
    edit(sample, _overlap)
    target = tmp_path / "agenda.pdf"
    assert main(["export", str(sample), "-o", str(target), "--allow-errors"]) == 0
    assert [call[1] for call in fake_pdf.calls] == [target]


def test_warnings_never_stop_a_pdf_export(sample: Path, tmp_path: Path, fake_pdf: Recorder) -> None:
    edit(sample, lambda doc: doc["timetable"]["days"][1]["slots"][1]["items"].remove("other"))
    assert main(["export", str(sample), "-o", str(tmp_path / "agenda.pdf")]) == 0
    assert len(fake_pdf.calls) == 1


def test_a_meeting_with_errors_always_converts_between_session_and_json(
    sample: Path, tmp_path: Path
) -> None:
    edit(sample, _overlap)
    session_file = tmp_path / "wg.agenda"
    assert main(["export", str(sample), "-o", str(session_file)]) == 0
    assert main(["export", str(session_file), "-o", str(tmp_path / "back.json")]) == 0
    assert load_json(tmp_path / "back.json") == load_json(sample)


def test_allow_errors_is_refused_for_conversions(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "wg.json"
    assert main(["export", str(sample), "-o", str(target), "--allow-errors"]) == 2
    assert "--allow-errors applies only to documents" in one_error_line(capsys)
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (["import", "agenda.txt"], "the document is written in"),
        (["merge-translation", "meeting.json", "fr.xlf"], "the file translates into"),
    ],
)
def test_lang_all_is_refused_where_lang_names_one_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], what: str
) -> None:
    out = tmp_path / "out.json"
    arguments = [command[0], *(str(tmp_path / name) for name in command[1:])]
    assert main([*arguments, "-o", str(out), "--lang", "all"]) == 2
    assert one_error_line(capsys).endswith(f"--lang names the one language {what}, not 'all'")
    assert not out.exists()
