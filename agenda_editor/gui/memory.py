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

    What an earlier document left behind and the collector has not freed yet (objects in
    reference cycles) is freed first, so that it is not kept for good.
    """
    gc.unfreeze()
    if len(meeting.index.items()) < LARGE_MEETING:
        return False
    gc.collect()
    gc.freeze()
    return True
