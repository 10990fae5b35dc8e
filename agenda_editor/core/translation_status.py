"""How far each language version of a meeting is translated, text by text.

A *text* is anything of the original language version that a translator translates: the
masthead fields (body, subsidiary body, session, venue, title), for each item its title,
each annotation paragraph, each footnote of a paragraph, and each reference document's title,
and the names of the bodies when several meet side by side (the annex prints them then).
Numbering, dates, the timetable and document symbols are shared by every version and are not
texts. A text counts as translated when the version has non-blank text in the same place (the
same paragraph, the same footnote of that paragraph).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from agenda_editor.core import markup
from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import TRANSLATED_MEETING_FIELDS, AgendaItem, Meeting


@dataclass(frozen=True)
class TextRef:
    """Where a text is: ``kind`` is "meeting", "title", "paragraph", "footnote", "document" or
    "body".

    ``field`` names a masthead field ("meeting") or a body's id ("body"); ``index`` is the
    paragraph ("paragraph",
    "footnote") or the document ("document"); ``note`` the footnote within its paragraph.
    """

    kind: str
    item_id: str | None = None
    field: str | None = None
    index: int = 0
    note: int = 0


@dataclass(frozen=True)
class Progress:
    """``translated`` of the ``total`` texts of the original are translated in ``lang``."""

    lang: str
    translated: int
    total: int

    @property
    def complete(self) -> bool:
        return self.translated == self.total

    @property
    def missing(self) -> int:
        return self.total - self.translated


def _filled(text: str | None) -> bool:
    return bool(text and text.strip())


def _paragraph_plain(paragraph: str) -> str:
    try:
        return markup.plain_text(paragraph)
    except markup.MarkupError:
        return paragraph  # broken markup still holds text; the checks report the markup


def _footnotes(paragraph: str) -> list[str]:
    try:
        return [note.plain for note in markup.footnotes(paragraph)]
    except markup.MarkupError:
        return []


def _item_texts(item: AgendaItem, lang: str) -> Iterator[TextRef]:
    if _filled(item.title.get(lang)):
        yield TextRef("title", item.id)
    for index, paragraph in enumerate(item.annotation.get(lang, [])):
        if _filled(_paragraph_plain(paragraph)):
            yield TextRef("paragraph", item.id, index=index)
        for note, text in enumerate(_footnotes(paragraph)):
            if _filled(text):
                yield TextRef("footnote", item.id, index=index, note=note)
    for index, document in enumerate(item.documents):
        if _filled(document.title.get(lang)):
            yield TextRef("document", item.id, index=index)


def item_texts(item: AgendaItem, original: str) -> list[TextRef]:
    """The texts of one item (not its sub-items) in the original language ``original``."""
    return list(_item_texts(item, original))


def meeting_texts(meeting: Meeting) -> list[TextRef]:
    """The texts of the masthead, in the order of :data:`MEETING_FIELDS`."""
    original = meeting.original_language
    return [
        TextRef("meeting", field=name)
        for name in TRANSLATED_MEETING_FIELDS
        if _filled(getattr(meeting, name).get(original))
    ]


def body_texts(meeting: Meeting) -> list[TextRef]:
    """The names of the bodies, when several meet side by side (else none)."""
    if not meeting.timetable.parallel:
        return []
    original = meeting.original_language
    return [
        TextRef("body", field=body.id)
        for body in meeting.timetable.bodies
        if _filled(body.name.get(original))
    ]


def texts(meeting: Meeting) -> list[TextRef]:
    """Every text of the original language version, in document order."""
    original = meeting.original_language
    found = meeting_texts(meeting)
    for item in meeting.walk():
        found += _item_texts(item, original)
    return found + body_texts(meeting)


def text_of(meeting: Meeting, ref: TextRef, lang: str) -> str | None:
    """The text at ``ref`` in ``lang`` (a paragraph as its markup), or ``None`` if it has none.

    A footnote is returned as its plain text.
    """
    if ref.kind == "meeting":
        return getattr(meeting, ref.field or "").get(lang) or None
    if ref.kind == "body":
        for body in meeting.timetable.bodies:
            if body.id == ref.field:
                return body.name.get(lang) or None
        return None
    if ref.item_id is None or not meeting.has_item(ref.item_id):
        return None
    item = meeting.item(ref.item_id)
    if ref.kind == "title":
        return item.title.get(lang) or None
    if ref.kind == "document":
        if ref.index < len(item.documents):
            return item.documents[ref.index].title.get(lang) or None
        return None
    paragraphs = item.annotation.get(lang, [])
    if ref.index >= len(paragraphs):
        return None
    if ref.kind == "paragraph":
        return paragraphs[ref.index] or None
    notes = _footnotes(paragraphs[ref.index])
    return notes[ref.note] if ref.note < len(notes) else None


def is_translated(meeting: Meeting, ref: TextRef, lang: str) -> bool:
    """Whether ``lang`` has non-blank text at ``ref``."""
    text = text_of(meeting, ref, lang)
    if ref.kind == "paragraph" and text is not None:
        text = _paragraph_plain(text)
    return _filled(text)


def untranslated(meeting: Meeting, lang: str) -> list[TextRef]:
    """The texts of the original that ``lang`` lacks, in document order."""
    return [ref for ref in texts(meeting) if not is_translated(meeting, ref, lang)]


def progress(meeting: Meeting, lang: str) -> Progress:
    """How many texts of the original are translated into ``lang``."""
    refs = texts(meeting)
    done = sum(1 for ref in refs if is_translated(meeting, ref, lang))
    return Progress(lang, done, len(refs))


def progress_by_language(meeting: Meeting) -> list[Progress]:
    """The progress of each version other than the original, in the meeting's order."""
    return [
        progress(meeting, lang) for lang in meeting.languages if lang != meeting.original_language
    ]


def next_untranslated(
    meeting: Meeting,
    lang: str,
    after: TextRef | None = None,
    also: Collection[TextRef] = (),
) -> TextRef | None:
    """The first untranslated text after ``after`` (from the start when ``None`` or when
    ``after`` is no longer a text), wrapping around; ``None`` when all are translated.

    The texts in ``also`` (translations to review) count as untranslated here."""
    refs = texts(meeting)
    start = refs.index(after) + 1 if after in refs else 0
    for ref in refs[start:] + refs[:start]:
        if ref in also or not is_translated(meeting, ref, lang):
            return ref
    return None


class UntranslatedItems:
    """Which items are not fully translated into each language (``rules.untranslated_parts``),
    kept up to date item by item: a window shows the counts after every edit of a text."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self._ids: dict[str, set[str]] | None = None
        self._original = meeting.original_language

    def count(self, lang: str) -> int:
        """How many items are not fully translated into ``lang``."""
        return len(self._by_language().get(lang, ()))

    def recount(self) -> None:
        """Anything may have changed (another meeting, another original language)."""
        self._ids = None

    def item_changed(self, item_id: str) -> None:
        if self._ids is None or self._original != self.meeting.original_language:
            self._ids = None
            return
        if not self.meeting.has_item(item_id):
            return
        self._update(self.meeting.item(item_id).walk(), remove=False)

    def items_removed(self, item: AgendaItem) -> None:
        """``item`` and its sub-items are about to leave the agenda."""
        if self._ids is not None:
            self._update(item.walk(), remove=True)

    def _update(self, items: Iterator[AgendaItem], remove: bool) -> None:
        assert self._ids is not None
        for node in items:
            missing = () if remove else _missing_in(node, self._original, self._ids)
            for lang, ids in self._ids.items():
                if lang in missing:
                    ids.add(node.id)
                else:
                    ids.discard(node.id)

    def _by_language(self) -> dict[str, set[str]]:
        if self._ids is None:
            self._original = original = self.meeting.original_language
            self._ids = {lang: set() for lang in LANGUAGES if lang != original}
            # One walk for every language (opening the huge meeting walked it five times).
            for node in self.meeting.walk():
                for lang in _missing_in(node, original, self._ids):
                    self._ids[lang].add(node.id)
        return self._ids


def _has(text: str | None) -> bool:
    return bool(text and text.strip())


def _missing_in(item: AgendaItem, original: str, langs: Collection[str]) -> list[str]:
    """The languages of ``langs`` into which ``item`` is not fully translated: those for which
    :func:`~agenda_editor.core.rules.untranslated_parts` names something, the item's original
    texts looked at once for all of them."""
    title = _has(item.title.get(original))
    annotation = any(map(_has, item.annotation.get(original, ())))
    documents = [d for d in item.documents if _has(d.title.get(original))]
    if not (title or annotation or documents):
        return []
    return [
        lang
        for lang in langs
        if (title and not _has(item.title.get(lang)))
        or (annotation and not any(map(_has, item.annotation.get(lang, ()))))
        or any(not _has(d.title.get(lang)) for d in documents)
    ]
