"""Python's garbage collector and a large meeting's long-lived objects.

A meeting of thousands of items is hundreds of thousands of Python objects. Python's cyclic
garbage collector walks every one of them in each full collection (50-70 ms of CPU with the
3,036-item meeting open), and edits, which create many objects that live a while (findings,
lines of the grid), set one off every few edits: a pause the user sees. What the window holds
once a document is open lives until the next one is opened, so it is moved out of the
collector's reach (:func:`gc.freeze`); collections then walk only what edits created.
"""

from __future__ import annotations

import gc

from agenda_editor.core.model import Meeting

#: From how many items on a document's objects are left out of collections: below it a full
#: collection is short, and not worth one at each opening.
LARGE_MEETING = 1000


def settle(meeting: Meeting) -> bool:
    """``meeting`` was just opened: leave what is now alive out of later collections (when it
    is large). Returns whether it did.

    What was left out for the document before is given back to the collector first. No
    collection is run here: the document before is still alive (Qt deletes it once the window
    is back in its event loop) and is then freed by its reference counts; a full collection
    at this moment walked every object of the new meeting (40-80 ms with 3,036 items) and
    found nothing to free.
    """
    gc.unfreeze()
    if len(meeting.index.items()) < LARGE_MEETING:
        return False
    gc.freeze()
    return True
