"""Fixtures of the export tests: the sample meeting in six languages and PDF reading helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from agenda_editor.core.model import Meeting
from tests.export.six_languages import six_language_meeting


@pytest.fixture
def meeting6() -> Meeting:
    """The factories sample meeting with all six language versions."""
    return six_language_meeting()


def page_texts(path: Path) -> list[str]:
    """The text of every page of a PDF, as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))
