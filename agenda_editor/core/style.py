"""Checks of the writing conventions of UN documents (see UN-CONVENTIONS.md).

They do not make a document wrong the way a broken timetable does, so they are warnings: titles
typed with the agenda's punctuation, empty footnotes, footnote markers on the wrong side of
punctuation, job numbers shared between language versions, and a paragraph lettered as a
sub-paragraph in one version but not in the original (or the other way round).
"""

from __future__ import annotations

import functools

from agenda_editor.core import markup
from agenda_editor.core.findings import Finding, Severity, Target
from agenda_editor.core.findings import make as _make
from agenda_editor.core.languages import sort_languages
from agenda_editor.core.model import AgendaItem, Meeting

#: Where a footnote marker stands against the punctuation next to it (UN-CONVENTIONS.md):
#: after it in English ("States,¹"), before it in French and Spanish ("États¹,").
MARKER_AFTER_PUNCTUATION = frozenset({"en"})
MARKER_BEFORE_PUNCTUATION = frozenset({"fr", "es"})
_MARKER_PUNCTUATION = ".,;:"

#: Punctuation the agenda list adds after a title, in any language: a title ending with one of
#: these would print it twice ("Opening of the session;;").
TITLE_END_PUNCTUATION = ".:;,。：；，؛،"


def item_style(item: AgendaItem, ref: str) -> list[Finding]:
    """Findings about the writing conventions of one item's texts (its titles, the footnotes of
    its annotation); ``ref`` is the item's reference ("1 (a)")."""
    out = []
    for lang, title in item.title.items():
        stripped = title.rstrip()
        if stripped and stripped[-1] in TITLE_END_PUNCTUATION:
            out.append(
                _make(
                    Severity.WARNING, "item-title-punctuation",
                    Target("item", item.id, field="title", lang=lang),
                    item=ref, lang=lang, mark=stripped[-1],
                )
            )  # fmt: skip
    for lang, paragraphs in item.annotation.items():
        for number, paragraph in enumerate(paragraphs, start=1):
            if markup.validate(paragraph) is not None:
                continue  # reported as broken markup
            misplaced = _misplaced_marker(paragraph, lang)
            if misplaced:
                side = "after" if lang in MARKER_AFTER_PUNCTUATION else "before"
                out.append(
                    _make(
                        Severity.WARNING, "item-footnote-placement",
                        Target("item", item.id, field="annotation", lang=lang),
                        item=ref, lang=lang, paragraph=str(number),
                        mark=misplaced, variant=side,
                    )
                )  # fmt: skip
            if _has_empty_footnote(paragraph):
                out.append(
                    _make(
                        Severity.WARNING, "item-empty-footnote",
                        Target("item", item.id, field="annotation", lang=lang),
                        item=ref, lang=lang, paragraph=str(number),
                    )
                )  # fmt: skip
    return out


def item_lettering(item: AgendaItem, original: str, ref: str) -> list[Finding]:
    """A version's paragraph lettered differently from the original's at the same place
    (both with text): the versions are parallel, so one of them was probably missed."""
    out = []
    source = item.annotation.get(original, [])
    for lang in sort_languages(item.annotation):
        if lang == original:
            continue
        for number, (theirs, ours) in enumerate(
            zip(source, item.annotation[lang], strict=False), start=1
        ):
            if not (theirs.strip() and ours.strip()):
                continue
            if markup.is_lettered(theirs) != markup.is_lettered(ours):
                out.append(
                    _make(
                        Severity.WARNING, "item-lettering-differs",
                        Target("item", item.id, field="annotation", lang=lang),
                        item=ref, lang=lang, paragraph=str(number), original=original,
                    )
                )  # fmt: skip
    return out


@functools.lru_cache(maxsize=16384)  # the check reads every paragraph after each edit
def _has_empty_footnote(paragraph: str) -> bool:
    return any(not note.plain.strip() for note in markup.footnotes(paragraph))


@functools.lru_cache(maxsize=16384)
def _misplaced_marker(paragraph: str, lang: str) -> str | None:
    """The punctuation mark a footnote marker stands on the wrong side of, if any."""
    inlines = markup.parse(paragraph)
    for index, inline in enumerate(inlines):
        if not isinstance(inline, markup.Footnote):
            continue
        before = inlines[index - 1] if index > 0 else None
        after = inlines[index + 1] if index + 1 < len(inlines) else None
        following = after.text[:1] if isinstance(after, markup.Run) else ""
        preceding = before.text[-1:] if isinstance(before, markup.Run) else ""
        if lang in MARKER_AFTER_PUNCTUATION and following and following in _MARKER_PUNCTUATION:
            return following
        if lang in MARKER_BEFORE_PUNCTUATION and preceding and preceding in _MARKER_PUNCTUATION:
            return preceding
    return None


def check_job_numbers(meeting: Meeting) -> list[Finding]:
    """Each language version has its own job number: two versions sharing one is a slip."""
    out = []
    by_number: dict[str, list[str]] = {}
    for lang, number in meeting.job_number.items():
        if number.strip():
            by_number.setdefault(number.strip(), []).append(lang)
    for number, langs in by_number.items():
        if len(langs) > 1:
            listed = ", ".join(sort_languages(langs))
            out.append(
                _make(
                    Severity.WARNING, "job-number-shared",
                    Target("meeting", field="job_number"), number=number, langs=listed,
                )
            )  # fmt: skip
    return out
