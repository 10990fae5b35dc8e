"""Checks of the writing conventions of UN documents (see UN-CONVENTIONS.md).

They do not make a document wrong the way a broken timetable does, so they are warnings: titles
typed with the agenda's punctuation, empty footnotes, footnote markers on the wrong side of
punctuation, and job numbers shared between language versions.
"""

from __future__ import annotations

from collections.abc import Callable

from agenda_editor.core import markup
from agenda_editor.core.findings import Finding, Severity, Target
from agenda_editor.core.findings import make as _make
from agenda_editor.core.model import Meeting

#: Punctuation the agenda list adds after a title, in any language: a title ending with one of
#: these would print it twice ("Opening of the session;;").
TITLE_END_PUNCTUATION = ".:;,。：；，؛،"


def check_style(meeting: Meeting, ref: Callable[[str], str]) -> list[Finding]:
    """Findings about the writing conventions; ``ref`` gives an item's reference ("1 (a)")."""
    out = []
    for item in meeting.walk():
        for lang, title in item.title.items():
            stripped = title.rstrip()
            if stripped and stripped[-1] in TITLE_END_PUNCTUATION:
                out.append(
                    _make(
                        Severity.WARNING, "item-title-punctuation",
                        f"The {lang} title of item {ref(item.id)} ends with {stripped[-1]!r}; "
                        "the agenda adds its own punctuation after titles.",
                        Target("item", item.id, field="title", lang=lang),
                        item=ref(item.id), lang=lang, mark=stripped[-1],
                    )
                )  # fmt: skip
        for lang, paragraphs in item.annotation.items():
            for number, paragraph in enumerate(paragraphs, start=1):
                if markup.validate(paragraph) is not None:
                    continue  # reported as broken markup
                if any(not note.plain.strip() for note in markup.footnotes(paragraph)):
                    out.append(
                        _make(
                            Severity.WARNING, "item-empty-footnote",
                            f"Paragraph {number} of the {lang} annotation of item "
                            f"{ref(item.id)} has an empty footnote.",
                            Target("item", item.id, field="annotation", lang=lang),
                            item=ref(item.id), lang=lang, paragraph=str(number),
                        )
                    )  # fmt: skip
    return out
