"""A large meeting's objects are left out of the garbage collector's passes while it is open,
and a document that was replaced is freed."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from agenda_editor.core.model import AgendaItem, Meeting
from agenda_editor.gui import memory
from agenda_editor.gui.document import MeetingDocument
from tests import factories


def large_meeting() -> Meeting:
    items = [
        AgendaItem(id=f"i{n}", title={"en": f"Item {n}"}, annotation={"en": [f"Text {n}."]})
        for n in range(memory.LARGE_MEETING)
    ]
    return Meeting(symbol="A/1", original_language="en", items=items)


def test_a_large_meeting_is_left_out_of_collections_until_another_is_opened(make_window):
    window = make_window()
    try:
        large = large_meeting()
        window.files.adopt(MeetingDocument(large))
        assert gc.get_freeze_count() > 0
        gone = weakref.ref(large)
        del large
        window.files.adopt(MeetingDocument(factories.sample_meeting()))
        assert gc.get_freeze_count() == 0  # a small meeting: the collector sees everything
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old document
        gc.collect()
        assert gone() is None  # the large meeting was not kept for good
    finally:
        gc.unfreeze()


def test_a_small_meeting_leaves_the_collector_as_it_is(make_window):
    window = make_window(factories.sample_meeting())
    assert gc.get_freeze_count() == 0
    assert window.document.meeting.items
