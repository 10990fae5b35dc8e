"""Numbers and punctuation of agenda items, as each language version prints them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.core.numbering import (
    item_paths,
    level_label,
    list_label,
    reference,
    trailing_punctuation,
)
from agenda_editor.core.tree import Position, move_item
from agenda_editor.core.tree import remove_item as delete_item
from tests.factories import SAMPLE_ORDER, bare_meeting, item

# The second sub-item of an item, in each language.
SECOND_SUB_ITEM = {
    "en": "(b)",
    "fr": "b)",
    "es": "b)",
    "ru": "b)",
    "zh": "(b)",
    "ar": "(ب)",
}


def agenda_lines(meeting: Meeting, lang: str) -> list[str]:
    """The agenda list as printed: label, title and closing punctuation of each item."""
    paths = item_paths(meeting)
    return [
        f"{list_label(paths[node.id], lang)} {node.title[lang]}"
        f"{trailing_punctuation(meeting, node.id, lang)}"
        for node in meeting.walk()
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_top_level_items_are_numbered_with_a_full_stop_in_every_language(lang: str) -> None:
    assert [list_label((n,), lang) for n in range(3)] == ["1.", "2.", "3."]
    assert list_label((11,), lang) == "12."


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sub_items_are_lettered_as_the_language_writes_them(lang: str) -> None:
    assert list_label((2, 1), lang) == SECOND_SUB_ITEM[lang]


def test_english_and_chinese_wrap_the_letter_french_spanish_russian_follow_it() -> None:
    assert [list_label((0, 0), lang) for lang in ("en", "zh")] == ["(a)", "(a)"]
    assert [list_label((0, 0), lang) for lang in ("fr", "es", "ru")] == ["a)", "a)", "a)"]


def test_arabic_sub_items_use_arabic_letters_in_abjad_order() -> None:
    labels = [list_label((0, n), "ar") for n in range(5)]
    assert labels == ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)"]
    assert not any(ch.isascii() and ch.isalpha() for label in labels for ch in label)


def test_deeper_levels_follow_the_un_sequence_item_letter_roman_letter_roman() -> None:
    assert [list_label((0,) * depth, "en") for depth in range(1, 6)] == [
        "1.",
        "(a)",
        "(i)",
        "a.",
        "i.",
    ]
    assert [list_label((0,) * depth, "fr") for depth in range(1, 4)] == ["1.", "a)", "i)"]


@pytest.mark.parametrize(
    ("index", "roman"),
    [(0, "i"), (1, "ii"), (3, "iv"), (4, "v"), (8, "ix"), (13, "xiv"), (38, "xxxix")],
)
def test_third_level_counts_in_lower_case_roman_numerals(index: int, roman: str) -> None:
    assert level_label(index, 3, "en") == f"({roman})"
    assert level_label(index, 3, "fr") == f"{roman})"
    assert level_label(index, 5, "en") == f"{roman}."


def test_more_than_26_sub_items_continue_with_doubled_letters() -> None:
    labels = [list_label((0, n), "en") for n in range(30)]
    assert labels[25] == "(z)"
    assert labels[26:30] == ["(aa)", "(bb)", "(cc)", "(dd)"]
    assert len(set(labels)) == 30
    assert list_label((0, 52), "fr") == "aaa)"
    arabic = [list_label((0, n), "ar") for n in range(60)]
    assert len(set(arabic)) == 60


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "3 (b) (ii)"),
        ("zh", "3 (b) (ii)"),
        ("fr", "3 b) ii)"),
        ("es", "3 b) ii)"),
        ("ru", "3 b) ii)"),
        ("ar", "3 (ب) (ii)"),
    ],
)
def test_reference_joins_every_level(lang: str, expected: str) -> None:
    assert reference((2, 1, 1), lang) == expected
    assert reference((2,), lang) == "3"


def test_references_of_the_sample_meeting_as_the_annex_prints_them(
    sample_meeting: Meeting,
) -> None:
    paths = item_paths(sample_meeting)
    assert list(paths) == list(SAMPLE_ORDER)
    assert [reference(paths[i], "en") for i in SAMPLE_ORDER] == [
        "1",
        "1 (a)",
        "1 (b)",
        "2",
        "3",
        "3 (a)",
        "3 (b)",
        "3 (b) (i)",
        "3 (b) (ii)",
        "4",
        "5",
    ]
    assert reference(paths["adoption"], "fr") == "1 b)"


def test_english_agenda_punctuation(sample_meeting: Meeting) -> None:
    assert agenda_lines(sample_meeting, "en") == [
        "1. Organizational matters:",
        "(a) Opening of the meeting;",
        "(b) Adoption of the agenda and organization of work.",
        "2. Review of capacity-building needs.",
        "3. Cooperation among providers of technical assistance:",
        "(a) Exchange of information;",
        "(b) Joint programming:",
        "(i) Regional programmes;",
        "(ii) National programmes.",
        "4. Mobilization of resources.",
        "5. Adoption of the report.",
    ]


def test_french_agenda_punctuation(sample_meeting: Meeting) -> None:
    lines = agenda_lines(sample_meeting, "fr")
    assert lines[:3] == [
        "1. Questions d'organisation:",
        "a) Ouverture de la réunion;",
        "b) Adoption de l'ordre du jour et organisation des travaux.",
    ]
    assert lines[6:9] == [
        "b) Programmation conjointe:",
        "i) Programmes régionaux;",
        "ii) Programmes nationaux.",
    ]


def test_chinese_uses_full_width_punctuation(sample_meeting: Meeting) -> None:
    punctuation = [trailing_punctuation(sample_meeting, i, "zh") for i in SAMPLE_ORDER]
    assert punctuation == ["：", "；", "。", "。", "：", "；", "：", "；", "。", "。", "。"]


def test_arabic_separates_sub_items_with_the_arabic_semicolon(sample_meeting: Meeting) -> None:
    assert trailing_punctuation(sample_meeting, "open", "ar") == "؛"
    assert trailing_punctuation(sample_meeting, "adoption", "ar") == "."
    assert trailing_punctuation(sample_meeting, "org", "ar") == ":"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_punctuation_rule_holds_in_every_language(lang: str) -> None:
    meeting = bare_meeting(
        item("a", "A", None, item("a1", "A1"), item("a2", "A2"), item("a3", "A3")),
        item("b", "B"),
        item("c", "C", None, item("c1", "C1")),
    )
    punct = {i: trailing_punctuation(meeting, i, lang) for i in ("a", "a1", "a2", "a3", "b")}
    colon, semicolon, full_stop = punct["a"], punct["a1"], punct["a3"]
    assert len({colon, semicolon, full_stop}) == 3
    assert punct["a2"] == semicolon
    assert punct["b"] == full_stop
    # A single sub-item is the last of its group.
    assert trailing_punctuation(meeting, "c1", lang) == full_stop
    assert trailing_punctuation(meeting, "c", lang) == colon


def test_numbers_and_punctuation_follow_moves(sample_meeting: Meeting) -> None:
    move_item(sample_meeting, "report", Position(None, 0))
    paths = item_paths(sample_meeting)
    assert list_label(paths["report"], "en") == "1."
    assert list_label(paths["org"], "en") == "2."
    assert reference(paths["coop-national"], "en") == "4 (b) (ii)"

    move_item(sample_meeting, "adoption", Position("org", 0))
    paths = item_paths(sample_meeting)
    assert list_label(paths["adoption"], "fr") == "a)"
    assert list_label(paths["open"], "fr") == "b)"
    assert trailing_punctuation(sample_meeting, "adoption", "en") == ";"
    assert trailing_punctuation(sample_meeting, "open", "en") == "."


def test_an_item_losing_its_last_sub_item_ends_with_a_full_stop(
    sample_meeting: Meeting,
) -> None:
    move_item(sample_meeting, "coop-regional", Position(None, 0))
    move_item(sample_meeting, "coop-national", Position(None, 0))
    assert trailing_punctuation(sample_meeting, "coop-joint", "en") == "."
    assert trailing_punctuation(sample_meeting, "coop-info", "en") == ";"
    assert trailing_punctuation(sample_meeting, "coop-national", "en") == "."


def test_every_lettered_level_uses_the_languages_letters() -> None:
    assert level_label(1, 4, "en") == "b."
    assert level_label(1, 4, "ar") == "ب."


def test_the_last_of_a_nested_list_ends_with_a_semicolon_when_its_group_goes_on(
    sample_meeting: Meeting,
) -> None:
    # 3 (a) Joint programming: (i) ...; (ii) ...; (b) Exchange of information.
    move_item(sample_meeting, "coop-info", Position("coop", 1))
    lines = agenda_lines(sample_meeting, "en")
    assert lines[4:9] == [
        "3. Cooperation among providers of technical assistance:",
        "(a) Joint programming:",
        "(i) Regional programmes;",
        "(ii) National programmes;",
        "(b) Exchange of information.",
    ]


def test_the_path_of_one_item_is_the_one_of_all_paths(sample_meeting) -> None:
    from agenda_editor.core.numbering import item_paths, path_of

    paths = item_paths(sample_meeting)
    assert {item_id: path_of(sample_meeting, item_id) for item_id in paths} == paths


def _fresh_paths(meeting: Meeting) -> dict[str, tuple[int, ...]]:
    paths: dict[str, tuple[int, ...]] = {}

    def visit(items: list[AgendaItem], prefix: tuple[int, ...]) -> None:
        for n, node in enumerate(items):
            paths[node.id] = (*prefix, n)
            visit(node.children, (*prefix, n))

    visit(meeting.items, ())
    return paths


@pytest.mark.parametrize(
    "change",
    [
        lambda m: move_item(m, "open", Position(None, 2)),
        lambda m: m.item("coop").children.append(AgendaItem(id="late")),
        lambda m: m.item("coop").children.reverse(),
        lambda m: setattr(m.item("coop"), "children", [AgendaItem(id="only")]),
        lambda m: m.item("coop").children[0].children.insert(0, AgendaItem(id="deep")),
        lambda m: setattr(m.item("coop-info"), "id", "renamed"),
        lambda m: setattr(m, "items", list(reversed(m.items))),
        lambda m: m.items.pop(0),
        lambda m: delete_item(m, "coop-joint"),
    ],
)
def test_item_paths_follow_every_change_of_the_tree(
    sample_meeting: Meeting, change: Callable[[Meeting], object]
) -> None:
    before = item_paths(sample_meeting)
    assert before == _fresh_paths(sample_meeting)
    change(sample_meeting)
    assert item_paths(sample_meeting) == _fresh_paths(sample_meeting)
    assert item_paths(sample_meeting) != before
    with pytest.raises(TypeError):
        item_paths(sample_meeting)["open"] = (9,)  # type: ignore[index]
