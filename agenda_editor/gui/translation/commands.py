"""The undo commands of the translation mode: a translation typed for one text of the meeting
(a masthead field, a body's name, a title, a document's title, a paragraph or a footnote)."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from agenda_editor.core import markup
from agenda_editor.core import translation_status as ts
from agenda_editor.core.model import Meeting
from agenda_editor.gui.commands.bodies import SetBodyNameCommand
from agenda_editor.gui.commands.texts import (
    SetAnnotationCommand,
    SetDocumentsCommand,
    SetItemTitleCommand,
    SetMeetingFieldCommand,
)
from agenda_editor.gui.document import MeetingDocument


def translation_command(
    document: MeetingDocument, ref: ts.TextRef, lang: str, text: str
) -> QUndoCommand | None:
    """The undo command that writes ``text`` as the ``lang`` translation of ``ref``;
    ``None`` when there is nowhere to write it (a footnote the translation lacks)."""
    meeting = document.meeting
    if ref.kind == "meeting":
        value = dict(getattr(meeting, ref.field or ""))
        if text.strip():
            value[lang] = text
        else:
            value.pop(lang, None)
        return SetMeetingFieldCommand(document, ref.field or "", value)
    if ref.kind == "body":
        return SetBodyNameCommand(document, ref.field or "", lang, text)
    item_id = ref.item_id or ""
    if ref.kind == "title":
        return SetItemTitleCommand(document, item_id, lang, text)
    if ref.kind == "document":
        documents = copy.deepcopy(meeting.item(item_id).documents)
        if text.strip():
            documents[ref.index].title[lang] = text
        else:
            documents[ref.index].title.pop(lang, None)
        return SetDocumentsCommand(document, item_id, documents)
    paragraphs = list(meeting.item(item_id).annotation.get(lang, []))
    if ref.kind == "paragraph":
        paragraphs += [""] * (ref.index + 1 - len(paragraphs))
        typed = text.replace("\n", " ")
        lettered = bool(typed.strip()) and _lettered(meeting, ref, lang)
        paragraphs[ref.index] = markup.set_lettered(typed, lettered)
    else:
        paragraph = footnote_paragraph(meeting, ref, lang)
        if paragraph is None:
            return None
        paragraphs[ref.index] = _with_footnote(paragraph, ref.note, text)
    while paragraphs and not paragraphs[-1].strip():
        paragraphs.pop()
    return SetAnnotationCommand(document, item_id, lang, paragraphs, merge=False)


def footnote_paragraph(meeting: Meeting, ref: ts.TextRef, lang: str) -> str | None:
    """The translated paragraph that holds the footnote ``ref``, if it has that footnote."""
    paragraphs = meeting.item(ref.item_id or "").annotation.get(lang, [])
    if ref.index >= len(paragraphs):
        return None
    try:
        notes = markup.footnotes(paragraphs[ref.index])
    except markup.MarkupError:
        return None
    return paragraphs[ref.index] if ref.note < len(notes) else None


def _lettered(meeting: Meeting, ref: ts.TextRef, lang: str) -> bool:
    """Whether a paragraph typed in the translation mode is a lettered sub-paragraph: as the
    version's paragraph is when it has text, else as the original's paragraph is."""
    for code in (lang, meeting.original_language):
        paragraphs = meeting.item(ref.item_id or "").annotation.get(code, [])
        if ref.index < len(paragraphs) and paragraphs[ref.index].strip():
            return markup.is_lettered(paragraphs[ref.index])
    return False


def _with_footnote(paragraph: str, note: int, text: str) -> str:
    """``paragraph`` with the text of its footnote number ``note`` (0-based) replaced."""
    inlines = markup.parse(paragraph)
    seen = -1
    for index, inline in enumerate(inlines):
        if isinstance(inline, markup.Footnote):
            seen += 1
            if seen == note:
                inlines[index] = markup.Footnote([markup.Run(" ".join(text.split()))])
    return markup.keep_mark(paragraph, markup.serialize(inlines))
