"""Fixtures shared by every test folder.

The meetings themselves are built in :mod:`tests.factories` (import it for helpers such as
``item``, ``slot`` and ``bare_meeting``); the fixtures here hand out fresh copies.
"""

from __future__ import annotations

import pytest

from agenda_editor.core.model import Meeting
from tests import factories


@pytest.fixture
def sample_meeting() -> Meeting:
    """A fresh rich fictional meeting in English and French (see ``tests.factories``)."""
    return factories.sample_meeting()
