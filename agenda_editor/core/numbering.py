"""Numbers of agenda items, derived from their position and written as each language writes them.

Top-level items are numbered 1, 2, 3...; sub-items are lettered, deeper levels use roman numerals,
then letters and roman numerals again, as UN texts do: 1 -> (a) -> (i) -> a. -> i.
Each language has its own way of writing a sub-item's letter ("(a)" in English and Chinese,
"a)" in French, Spanish and Russian, "(أ)" in Arabic) and its own agenda punctuation.

Lettered sub-paragraphs of an annotation (see :data:`agenda_editor.core.markup.LETTERED`) are
lettered the same way, each run of consecutive marked paragraphs from the first letter.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from agenda_editor.core.markup import is_lettered
from agenda_editor.core.model import AgendaItem, Meeting

# The Arabic letters in the order Arabic UN documents use for enumeration (abjad order).
_ARABIC_LETTERS = (
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
    "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
)  # fmt: skip


@dataclass(frozen=True)
class Conventions:
    """How one language writes agenda numbers and the agenda's punctuation."""

    #: Wrapping of a sub-item label: "({})" gives "(a)", "{})" gives "a)".
    sub_item_pattern: str
    #: After a top-level number in the agenda list ("1.").
    item_number_suffix: str
    #: After an item that has sub-items.
    colon: str
    #: After a sub-item that is not the last of its group.
    semicolon: str
    #: At the end of an item, and of the last sub-item of a group.
    full_stop: str
    #: Separator between the item number and the sub-item label in a reference ("1 (a)").
    reference_separator: str = " "
    #: Letters used for lettered levels (and lettered sub-paragraphs).
    letters: tuple[str, ...] = tuple("abcdefghijklmnopqrstuvwxyz")


# Lettered sub-paragraphs follow each language's sub-item style, as UN texts letter both alike:
# "(a)" in English and Chinese, "a)" in French and Spanish; Russian UN texts keep the Latin
# letters of the other versions ("пункт 3 a)"), so that a reference to a sub-paragraph reads the
# same in every version; Arabic letters in abjad order, "(أ)", "(ب)".
CONVENTIONS: dict[str, Conventions] = {
    "en": Conventions("({})", ".", ":", ";", "."),
    "fr": Conventions("{})", ".", ":", ";", "."),
    "es": Conventions("{})", ".", ":", ";", "."),
    "ru": Conventions("{})", ".", ":", ";", "."),
    "zh": Conventions("({})", ".", "：", "；", "。"),
    # Arabic sub-item letters are not confirmed in the reference material; UN Arabic texts
    # enumerate with Arabic letters in abjad order. Reviewers: correct here, in one place.
    "ar": Conventions("({})", ".", ":", "؛", ".", letters=_ARABIC_LETTERS),
}


def _letter(index: int, letters: tuple[str, ...]) -> str:
    """0 -> a, 25 -> z, 26 -> aa (as long lists in UN texts continue)."""
    count = len(letters)
    return letters[index % count] * (index // count + 1)


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    result = []
    for value, numeral in numerals:
        while number >= value:
            result.append(numeral)
            number -= value
    return "".join(result)


def conventions(lang: str) -> Conventions:
    return CONVENTIONS.get(lang, CONVENTIONS["en"])


def level_label(index: int, depth: int, lang: str) -> str:
    """The label of the ``index``-th (from 0) item at ``depth`` (1 = top level), bare.

    1 -> "1", 2 -> "(a)" / "a)", 3 -> "(i)" / "i)", 4 -> "a.", 5+ -> "i.".
    """
    conv = conventions(lang)
    if depth == 1:
        return str(index + 1)
    if depth == 2:
        return conv.sub_item_pattern.format(_letter(index, conv.letters))
    if depth == 3:
        return conv.sub_item_pattern.format(_roman(index + 1))
    if depth == 4:
        return _letter(index, conv.letters) + "."
    return _roman(index + 1) + "."


def sub_paragraph_label(index: int, lang: str) -> str:
    """The letter of the ``index``-th (from 0) sub-paragraph of a run: "(a)", "a)", "(أ)".

    Lettered like the language's sub-items (see :data:`CONVENTIONS`)."""
    return level_label(index, 2, lang)


def sub_paragraph_labels(paragraphs: list[str], lang: str) -> list[str | None]:
    """For each annotation paragraph its letter, or ``None`` for an ordinary paragraph.

    Each run of consecutive lettered paragraphs starts again from the first letter.
    """
    labels: list[str | None] = []
    run = 0
    for paragraph in paragraphs:
        if is_lettered(paragraph):
            labels.append(sub_paragraph_label(run, lang))
            run += 1
        else:
            labels.append(None)
            run = 0
    return labels


def item_paths(meeting: Meeting) -> Mapping[str, tuple[int, ...]]:
    """For each item id, its path of indexes from the top level (``(1, 0)`` is item 2 (a)), in
    document order.

    Worked out once per state of the tree (the views of one edit all ask) and read-only.
    """
    return meeting.index.derived("paths", lambda: MappingProxyType(_item_paths(meeting)))


def _item_paths(meeting: Meeting) -> dict[str, tuple[int, ...]]:
    paths: dict[str, tuple[int, ...]] = {}

    def visit(items: list[AgendaItem], prefix: tuple[int, ...]) -> None:
        for index, item in enumerate(items):
            path = (*prefix, index)
            paths[item.id] = path
            if item.children:  # most items have none: no call for them (asked after each edit)
                visit(item.children, path)

    visit(meeting.items, ())
    return paths


def path_of(meeting: Meeting, item_id: str) -> tuple[int, ...]:
    """The item's path of indexes (as :func:`item_paths` gives it), without a walk of the tree;
    ``KeyError`` if there is no such item."""
    path: list[int] = []
    current: str | None = item_id
    while current is not None:
        item = meeting.item(current)
        parent = meeting.index.parent_id(current)
        siblings = meeting.items if parent is None else meeting.item(parent).children
        path.append(next(n for n, sibling in enumerate(siblings) if sibling is item))
        current = parent
    return tuple(reversed(path))


@functools.lru_cache(maxsize=65536)
def list_label(path: tuple[int, ...], lang: str) -> str:
    """The label printed before the item in the agenda list and its annotation heading.

    "1." for an item, "(a)" for a sub-item in English, "a)" in French.
    """
    label = level_label(path[-1], len(path), lang)
    return label + conventions(lang).item_number_suffix if len(path) == 1 else label


@functools.lru_cache(maxsize=65536)  # views and checks ask for every item after each edit
def reference(path: tuple[int, ...], lang: str) -> str:
    """The full reference used in the annex and in cross-references: "1", "1 (a)", "1 a) i)"."""
    conv = conventions(lang)
    return conv.reference_separator.join(
        level_label(index, depth, lang) for depth, index in enumerate(path, start=1)
    )


def trailing_punctuation(meeting: Meeting, item_id: str, lang: str) -> str:
    """The punctuation that ends the item's line in the agenda list.

    An item with sub-items ends with a colon; a sub-item with a semicolon, except the last one
    of its top-level group, which ends with a full stop; an item without sub-items with a full
    stop.
    """
    conv = conventions(lang)
    item = meeting.item(item_id)
    if item.children:
        return conv.colon
    top = item_id
    while (parent := meeting.index.parent_id(top)) is not None:
        top = parent
    if top == item_id:
        return conv.full_stop
    last_in_group = meeting.item(top)
    while last_in_group.children:
        last_in_group = last_in_group.children[-1]
    return conv.full_stop if last_in_group is item else conv.semicolon
