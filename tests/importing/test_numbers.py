"""Agenda numbers as other tools type them, at every depth and in every script: letters that
are also roman numerals read by their place in the list."""

from __future__ import annotations

import pytest

from agenda_editor.core.numbering import item_paths
from agenda_editor.importing import import_text
from agenda_editor.importing.words import chinese_number, numbered, reference


@pytest.mark.parametrize(
    ("line", "lang", "depth", "index"),
    [
        ("12. Other matters", "en", 1, 11),
        ("١٢. مسائل أخرى", "ar", 1, 11),
        ("1.组织事项", "zh", 1, 0),
        ("１．组织事项", "zh", 1, 0),
        ("三、通过报告", "zh", 1, 2),
        ("十二、其他事项", "zh", 1, 11),
        ("（b）通过议程", "zh", 2, 1),
        ("(هـ) مسائل", "ar", 2, 4),
        ("(iv) National programmes", "en", 3, 3),
        ("ii) Programmes nationaux", "fr", 3, 1),
        ("b. Coastal States", "en", 4, 1),
    ],
)
def test_a_number_gives_its_depth_and_place(line: str, lang: str, depth: int, index: int) -> None:
    found = numbered(line, lang)
    assert found is not None and (found.depth, found.index) == (depth, index)


@pytest.mark.parametrize("line", ["1.5 million tonnes", "i.e. the States", "(note) see below"])
def test_a_sentence_is_not_a_number(line: str) -> None:
    assert numbered(line, "en") is None


def test_chinese_numerals() -> None:
    assert [chinese_number(t) for t in ("一", "十", "十一", "二十", "二十一", "一百零一")] == [
        1, 10, 11, 20, 21, 101,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "path"),
    [("2", (1,)), ("1 (a)", (0, 0)), ("3 (b) (ii)", (2, 1, 1)), ("3 b) ii) a.", (2, 1, 1, 0)),
     ("١ (ب)", (0, 1)), ("2 x", None)],
)  # fmt: skip
def test_an_annex_reference_names_an_item_at_any_depth(text: str, path: object) -> None:
    assert reference(text, "ar" if "ب" in text else "en") == path


LETTERS_AND_NUMERALS = """\
Provisional agenda
1. Organizational matters.
2. Reports:
(a) Report A;
(b) Report B;
(c) Report C;
(d) Report D;
(e) Report E;
(f) Report F;
(g) Report G;
(h) Regional reports:
(i) Africa;
(ii) Asia;
(iii) Europe;
(iv) Latin America;
(v) Pacific;
(i) Report I;
(j) Report J.
3. Other matters.
"""


def test_i_and_v_are_numerals_under_a_sub_item_and_letters_after_it() -> None:
    meeting = import_text(LETTERS_AND_NUMERALS, "en").meeting
    paths = {item.title["en"]: item_paths(meeting)[item.id] for item in meeting.walk()}
    assert paths["Africa"] == (1, 7, 0)
    assert paths["Pacific"] == (1, 7, 4)
    assert paths["Report I"] == (1, 8)
    assert paths["Report J"] == (1, 9)
    assert paths["Other matters"] == (2,)


def test_a_footnote_whose_marker_is_nowhere_is_reported_not_dropped() -> None:
    text = (
        "Provisional agenda\n1. Opening of the session.\nAnnotations\n1. Opening of the session\n"
        "The session will be opened at 10 a.m.\n³ A footnote that nothing points to.\n"
    )
    result = import_text(text, "en")
    assert result.meeting.items[0].annotation["en"] == ["The session will be opened at 10 a.m."]
    assert [(n.line, n.reason) for n in result.notes] == [
        (6, "a footnote whose marker is not in the annotation")
    ]
