"""The export's speed-ups change nothing a reader sees: every page of a longer six-language
meeting has the text it had when the record was made (``tests/export/stable_layout.py``)."""

from __future__ import annotations

import json

from tests.export import stable_layout


def test_pages_keep_their_text_and_their_breaks() -> None:
    recorded = json.loads(stable_layout.RECORD.read_text(encoding="utf-8"))
    current = stable_layout.current_record()
    for lang in stable_layout.LANGUAGES:
        assert len(current[lang]) == len(recorded[lang]), f"{lang}: another number of pages"
        for page, (now, then) in enumerate(zip(current[lang], recorded[lang], strict=True), 1):
            assert now == then, (
                f"{lang}: page {page} reads differently; if the layout changed on purpose, "
                "run python -m tests.export.stable_layout and say so in the commit"
            )
