"""A longer six-language meeting whose PDF pages are recorded, so that work on the speed of the
export can show it changes nothing a reader sees: the same text on the same pages.

``python -m tests.export.stable_layout`` rewrites ``data/stable_layout.json`` from the current
code. Do it only when a change of the layout is meant (typography, a new label), and say so in
the commit: the test then checks the new pages from there on.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.export.pdf import export_pdf
from tests.export.six_languages import six_language_meeting

RECORD = Path(__file__).parent / "data" / "stable_layout.json"
#: Left-to-right versions: their text is compared page by page. The Arabic version's page
#: count is compared (its extracted text depends on the PDF's text mapping, worked on apart).
TEXT_LANGUAGES = ("en", "fr", "ru", "zh")
LANGUAGES = (*TEXT_LANGUAGES, "ar")
COPIES = 3


def _renamed(item: AgendaItem, suffix: str) -> AgendaItem:
    twin = copy.deepcopy(item)
    for node in twin.walk():
        node.id = f"{node.id}-{suffix}"
    return twin


def layout_meeting() -> Meeting:
    """The six-language sample with its agenda three times over and one very long footnote
    (split across pages), so that pages break in the middle of annotations and notes."""
    meeting = six_language_meeting()
    originals = list(meeting.items)
    for copy_number in range(1, COPIES):
        meeting.items.extend(_renamed(item, str(copy_number)) for item in originals)
    first = meeting.items[0]
    for paragraphs in first.annotation.values():
        words = " ".join(paragraphs[0].split("<")[0].split()[:12]) or "text"
        note = " ".join([words] * 40)
        paragraphs.append(f"{words}<footnote>{note}.</footnote>")
    return meeting


def page_fingerprints(pdf: Path, with_text: bool) -> list[str]:
    """Per page: the digest of its text (or only that the page exists)."""
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    if not with_text:
        return ["page"] * len(pages)
    return [
        hashlib.sha256(" ".join((page.extract_text() or "").split()).encode()).hexdigest()[:16]
        for page in pages
    ]


def current_record() -> dict[str, list[str]]:
    meeting = layout_meeting()
    record: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            target = Path(folder) / f"{lang}.pdf"
            export_pdf(meeting, target, lang=lang, allow_missing=True)
            record[lang] = page_fingerprints(target, lang in TEXT_LANGUAGES)
    return record


if __name__ == "__main__":
    RECORD.parent.mkdir(exist_ok=True)
    RECORD.write_text(json.dumps(current_record(), indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {RECORD}\n")
