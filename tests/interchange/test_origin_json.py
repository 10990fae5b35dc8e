"""Where a meeting came from, in the JSON interchange: written and read back, left out when
there is none (older documents read as before), and a wrong origin named by its place."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from agenda_editor.core.model import Origin, OriginKind
from agenda_editor.interchange import InterchangeError, dumps_json, read_json
from tests.factories import sample_meeting


def test_the_origin_is_written_and_read_back() -> None:
    meeting = sample_meeting()
    meeting.origin = Origin(OriginKind.WORD, "agenda 2025.docx", "", dt.date(2026, 2, 1))
    text = dumps_json(meeting)
    assert json.loads(text)["meeting"]["origin"] == {
        "kind": "word", "source": "agenda 2025.docx", "symbol": "", "date": "2026-02-01",
    }  # fmt: skip
    assert read_json(text) == meeting


def test_a_meeting_without_origin_is_written_without_it() -> None:
    text = dumps_json(sample_meeting())
    assert "origin" not in json.loads(text)["meeting"]
    assert read_json(text).origin is None


def _with_origin(origin: object) -> str:
    doc = json.loads(dumps_json(sample_meeting()))
    doc["meeting"]["origin"] = origin
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("origin", "where", "problem"),
    [
        ({"kind": "fax", "date": "2026-01-01"}, "meeting.origin.kind", "expected one of"),
        ({"kind": "pdf"}, "meeting.origin.date", "missing"),
        ({"kind": "pdf", "date": "2026-01-01", "file": "x"}, "meeting.origin.file", "unknown"),
        ({"kind": "pdf", "date": "1 Jan"}, "meeting.origin.date", "YYYY-MM-DD"),
        ("pdf", "meeting.origin", "expected an object"),
    ],
)
def test_a_wrong_origin_is_named_by_its_place(origin: object, where: str, problem: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        read_json(_with_origin(origin))
    assert caught.value.location == where
    assert problem in caught.value.problem
