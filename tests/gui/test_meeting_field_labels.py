"""Every table that names the meeting's text fields names all of them.

The fields come from one list (``core/model.MEETING_TEXT_FIELDS``); the labels a user reads for
them live in several tables (the findings, the translation panel, the XLIFF notes, the versions
report). A field added to the list without a label would show its internal name, e.g.
"reissue_note", to the user: these tests fail first.
"""

from __future__ import annotations

import pytest

from agenda_editor.core import exchange
from agenda_editor.core import translation_status as ts
from agenda_editor.core.model import MEETING_TEXT_FIELDS, TRANSLATED_MEETING_FIELDS
from agenda_editor.gui import finding_texts, versions_report
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.translation import TranslationPanel
from tests import factories


@pytest.mark.parametrize("name", TRANSLATED_MEETING_FIELDS)
def test_findings_name_every_translated_field(name: str) -> None:
    assert name in finding_texts._PART_NAMES


@pytest.mark.parametrize("name", TRANSLATED_MEETING_FIELDS)
def test_xliff_notes_name_every_translated_field(name: str) -> None:
    assert name in exchange._FIELD_NAMES


@pytest.mark.parametrize("name", MEETING_TEXT_FIELDS)
def test_the_versions_report_names_every_field(name: str) -> None:
    assert name in versions_report._field_labels()


def test_the_translation_panel_names_every_translated_field(qtbot) -> None:
    panel = TranslationPanel(MeetingDocument(factories.sample_meeting()))
    qtbot.addWidget(panel)
    for name in TRANSLATED_MEETING_FIELDS:
        label = panel._where(ts.TextRef(kind="meeting", field=name), {})
        assert label.startswith("Meeting: "), (name, label)
