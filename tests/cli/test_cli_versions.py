"""``agenda-editor versions``: list the named versions of a session file and compare them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from agenda_editor.cli import main
from agenda_editor.cli.versions import report_lines
from agenda_editor.core.compare import Status, compare
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.storage import session
from agenda_editor.storage.versions import SavedVersion, make_version
from tests.cli.test_cli import one_error_line
from tests.factories import sample_meeting
from tests.storage.test_roundtrip import meetings


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    """A session file with two versions, and changes after the second."""
    path = tmp_path / "meeting.agenda"
    meeting = sample_meeting()
    first = make_version(meeting, "sent to the Bureau")
    meeting.item("needs").title["en"] = "Review of urgent capacity-building needs"
    second = make_version(meeting, "Rev.1")
    later = copy.deepcopy(meeting)
    later.items.insert(1, AgendaItem(id="elect", title={"en": "Election of officers"}))
    session.save(later, path, versions=[first, second])
    return path


def test_lists_the_versions_oldest_first(kept: Path, capsys) -> None:
    assert main(["versions", str(kept)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{kept}: 2 versions"
    assert out[1].startswith("  1  ") and out[1].endswith("  sent to the Bureau")
    assert out[2].startswith("  2  ") and out[2].endswith("  Rev.1")


def test_a_file_without_versions_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "plain.agenda"
    session.save(sample_meeting(), path)
    assert main(["versions", str(path)]) == 0
    assert "no versions" in capsys.readouterr().out


def test_compare_two_versions_word_by_word(kept: Path, capsys) -> None:
    assert main(["versions", str(kept), "--compare", "1", "Rev.1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith('Changes from version 1 "sent to the Bureau"')
    assert "Texts changed (en):" in out
    assert "    title: Review of{+ urgent+} capacity-building needs" in out
    assert "Election of officers" not in out


def test_compare_with_the_meeting_as_saved(kept: Path, capsys) -> None:
    assert main(["versions", str(kept), "--compare", "Rev.1"]) == 0
    out = capsys.readouterr().out
    assert "to the meeting as saved:" in out
    assert "Items added:\n  2  Election of officers" in out
    assert "Items renumbered:\n  2 -> 3  Review of urgent capacity-building needs" in out


def test_french_numbers_and_texts_only(kept: Path, capsys) -> None:
    assert main(["versions", str(kept), "--compare", "1", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Texts changed (en)" not in out  # only the English title changed
    assert (
        "  3 -> 4  Coopération entre prestataires d'assistance technique (with its sub-items)"
        in out
    )
    assert "Programmes régionaux" not in out  # 3 b) i) became 4 b) i), as its parent did


def test_an_unknown_version_lists_those_kept(kept: Path, capsys) -> None:
    assert main(["versions", str(kept), "--compare", "Rev.2"]) == 2
    message = one_error_line(capsys)
    assert "keeps no version 'Rev.2'" in message
    assert '1 "sent to the Bureau", 2 "Rev.1"' in message


def test_a_damaged_version_is_an_error_not_a_traceback(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.agenda"
    meeting = sample_meeting()
    good = make_version(meeting, "good")
    session.save(meeting, path, versions=[good, SavedVersion("bad", good.created, b"garbage")])
    assert main(["versions", str(path), "--compare", "bad"]) == 2
    assert "version 2 ('bad')" in one_error_line(capsys)


def test_json_files_keep_no_versions(tmp_path: Path, capsys) -> None:
    path = tmp_path / "meeting.json"
    path.write_text("{}", encoding="utf-8")
    assert main(["versions", str(path)]) == 2
    assert "only .agenda session files keep versions" in one_error_line(capsys)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), meetings())
def test_any_two_meetings_compare_and_print(old: Meeting, new: Meeting) -> None:
    comparison = compare(old, new)
    lines = report_lines(comparison, old, new, None)
    if not comparison:
        assert lines == []
    if comparison.items or comparison.fields or comparison.meeting_texts:
        assert lines
    assert not compare(old, copy.deepcopy(old))
    # Every item of either meeting that differs is reported once.
    ids = [change.id for change in comparison.items]
    assert len(ids) == len(set(ids))
    assert {c.id for c in comparison.with_status(Status.ADDED)} == (
        {i.id for i in new.walk()} - {i.id for i in old.walk()}
    )


def test_bodies_added_and_renamed(tmp_path: Path, capsys) -> None:
    from agenda_editor.core.model import Body
    from tests.factories import two_body_meeting

    path = tmp_path / "bodies.agenda"
    meeting = two_body_meeting()
    first = make_version(meeting, "first")
    meeting.timetable.bodies.append(Body("wg", {"en": "Working group"}))
    meeting.timetable.bodies[1].name["en"] += " on Resources"
    session.save(meeting, path, versions=[first])
    assert main(["versions", str(path), "--compare", "first", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "  body added: Working group" in out
    assert "  name of body cow (en): Committee of the Whole{+ on Resources+}" in out
