"""No missing-glyph boxes: every printed character is in the font it is set in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reportlab.platypus import Flowable, Paragraph, Table

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.export import fonts
from agenda_editor.export.footnotes import NoteAnchor, NotesArea
from agenda_editor.export.pdf import story
from agenda_editor.export.plan import build_plan
from agenda_editor.export.rtl import RtlParagraph, characters
from agenda_editor.export.styles import Styles


def flatten(flowables: list[Flowable]) -> Iterator[Flowable]:
    for flowable in flowables:
        if isinstance(flowable, NoteAnchor):
            yield flowable.paragraph
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                yield from flatten([c for c in row if isinstance(c, Flowable)])
        else:
            yield flowable


def printed(flowable: Flowable) -> list[tuple[str, str]]:
    """(character, font name) of everything the flowable prints."""
    if isinstance(flowable, RtlParagraph):
        return characters(flowable)
    if isinstance(flowable, Paragraph):
        out = [(c, frag.fontName) for frag in flowable.frags for c in getattr(frag, "text", "")]
        if flowable.bulletText:
            out += [(c, flowable.style.bulletFontName) for c in flowable.bulletText]
        return out
    return []


def missing_glyphs(meeting: Meeting, lang: str) -> list[tuple[str, str]]:
    faces = fonts.register()
    plan = build_plan(meeting, lang)
    notes = NotesArea(400, lambda n: [])
    flowables = story(plan, Styles(lang, plan.rtl), notes)
    flowables += [f for note in plan.notes for f in notes.make_note(note.number)]
    seen = [pair for f in flatten(flowables) for pair in printed(f)]
    assert len(seen) > 500  # the check looked at the document's text
    return sorted(
        {(c, font) for c, font in seen if not c.isspace() and ord(c) not in faces[font].chars}
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_is_in_its_font(meeting6: Meeting, lang: str) -> None:
    assert missing_glyphs(meeting6, lang) == []


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_mixed_scripts_pick_a_font_that_has_them(meeting6: Meeting, lang: str) -> None:
    meeting6.item("needs").title[lang] += " Ωμέγα Москва 北京 القاهرة Ærø „quotes“ № ‰"
    assert missing_glyphs(meeting6, lang) == []


def test_a_character_no_font_has_is_reported(meeting6: Meeting) -> None:
    # The check can fail: a character outside every bundled font is found.
    meeting6.item("needs").title["en"] += " \U0001f980"
    assert {c for c, _ in missing_glyphs(meeting6, "en")} == {"\U0001f980"}
