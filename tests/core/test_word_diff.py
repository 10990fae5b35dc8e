"""Word-by-word differences of two texts, in the scripts of the six languages."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from agenda_editor.core.word_diff import Kind, Piece, new_text, old_text, tokens, word_diff


def changes(pieces: list[Piece]) -> list[tuple[str, str]]:
    return [(piece.kind.value, piece.text) for piece in pieces if piece.kind != Kind.SAME]


def test_a_changed_word_is_the_only_change() -> None:
    pieces = word_diff("The meeting will open at 10 a.m.", "The meeting will open at 3 p.m.")
    assert pieces[0] == Piece(Kind.SAME, "The meeting will open at ")
    assert changes(pieces) == [("removed", "10 a"), ("added", "3 p")]


def test_changes_separated_by_a_space_read_as_one() -> None:
    pieces = word_diff("the quick brown fox", "a slow brown fox")
    assert changes(pieces) == [("removed", "the quick"), ("added", "a slow")]
    assert pieces[-1] == Piece(Kind.SAME, " brown fox")


def test_a_word_added_at_the_end_and_a_word_removed_at_the_start() -> None:
    assert changes(word_diff("Opening", "Opening of the session")) == [("added", " of the session")]
    assert changes(word_diff("Provisional agenda", "agenda")) == [("removed", "Provisional ")]


def test_an_arabic_word_keeps_its_vowel_signs() -> None:
    # "الدَّورة" carries a shadda and a fatha (combining marks): one word, not three.
    assert tokens("افتتاح الدَّورة") == ["افتتاح", " ", "الدَّورة"]
    assert changes(word_diff("افتتاح الدورة", "افتتاح الدَّورة")) == [
        ("removed", "الدورة"),
        ("added", "الدَّورة"),
    ]


def test_chinese_is_compared_character_by_character() -> None:
    # No spaces between Chinese words: one changed character is one change.
    assert changes(word_diff("通过议程", "通过报告")) == [("removed", "议程"), ("added", "报告")]
    # "会" is in both: kept, with "届" added before it and "议" taken out after it.
    assert word_diff("会议开幕", "届会开幕") == [
        Piece(Kind.ADDED, "届"),
        Piece(Kind.SAME, "会"),
        Piece(Kind.REMOVED, "议"),
        Piece(Kind.SAME, "开幕"),
    ]


def test_punctuation_is_its_own_token() -> None:
    assert tokens("items 1-3, (a)") == ["items", " ", "1", "-", "3", ",", " ", "(", "a", ")"]
    assert changes(word_diff("item 1.", "item 1;")) == [("removed", "."), ("added", ";")]


def test_paragraph_breaks_are_never_joined_into_a_change() -> None:
    pieces = word_diff("First one.\nSecond one.", "First two.\nSecond two.")
    assert changes(pieces) == [("removed", "one"), ("added", "two")] * 2
    assert Piece(Kind.SAME, ".\nSecond ") in pieces


def test_equal_texts_are_one_kept_piece_and_empty_texts_no_piece() -> None:
    assert word_diff("Adoption of the agenda", "Adoption of the agenda") == [
        Piece(Kind.SAME, "Adoption of the agenda")
    ]
    assert word_diff("", "") == []
    assert word_diff("", "New") == [Piece(Kind.ADDED, "New")]
    assert word_diff("Old", "") == [Piece(Kind.REMOVED, "Old")]


words = st.sampled_from(
    ["the", "agenda", "item", "ordre", "du", "jour", "议程", "项目", "البند", "пункт", "1", "(a)"]
)
texts = st.lists(
    st.one_of(words, st.sampled_from([" ", "  ", "\n", ",", ".", "-"]), st.text(max_size=3)),
    max_size=25,
).map("".join)


@given(texts, texts)
def test_the_pieces_give_back_both_texts(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert old_text(pieces) == old
    assert new_text(pieces) == new
    assert all(piece.text for piece in pieces)
    # Neighbours differ in kind (joined otherwise), and a removal comes before its addition.
    for first, second in itertools.pairwise(pieces):
        assert first.kind != second.kind
        assert (first.kind, second.kind) != (Kind.ADDED, Kind.REMOVED)


@given(texts)
def test_tokens_cover_the_text(text: str) -> None:
    assert "".join(tokens(text)) == text
    assert all(tokens(text))


@given(texts, texts)
def test_only_what_differs_is_marked(old: str, new: str) -> None:
    # With a shared prefix and suffix, the shared words are kept.
    pieces = word_diff(f"Opening {old} closing", f"Opening {new} closing")
    assert pieces[0].kind == Kind.SAME and pieces[0].text.startswith("Opening")
    assert pieces[-1].kind == Kind.SAME and pieces[-1].text.endswith("closing")
