"""The bodies that meet during a session (plenary, Committee of the Whole...) and their edits.

A timetable has at least one body; every meeting (slot) belongs to one. Like the edits of
:mod:`agenda_editor.core.timetable`, each edit here changes the timetable in place or raises
:class:`~agenda_editor.core.timetable.TimetableError` and changes nothing.
"""

from __future__ import annotations

from agenda_editor.core.languages import LangText
from agenda_editor.core.model import Body, Slot, Timetable, new_body_id
from agenda_editor.core.timetable import Refusal, TimetableError, group_by_body


def _refuse(code: str, message: str, **params: object) -> TimetableError:
    return TimetableError(Refusal(code, message, tuple((k, str(v)) for k, v in params.items())))


def _index(timetable: Timetable, body_id: str) -> int:
    index = timetable.body_index(body_id)
    if index >= len(timetable.bodies):
        raise _refuse("no-body", f"There is no body {body_id!r} in the timetable.", body=body_id)
    return index


def body_name(body: Body, lang: str, original: str) -> tuple[str, bool]:
    """The body's name in ``lang``, else in ``original``; and whether it fell back."""
    own = body.name.get(lang, "").strip()
    if own:
        return own, False
    return body.name.get(original, "").strip(), True


def add_body(
    timetable: Timetable,
    name: LangText | None = None,
    position: int | None = None,
    body_id: str | None = None,
) -> int:
    """Add a body (after the others unless ``position``); returns its index."""
    taken = {body.id for body in timetable.bodies}
    if body_id is None:
        body_id = new_body_id()
        while body_id in taken:
            body_id = new_body_id()
    elif not body_id.strip() or body_id in taken:
        raise _refuse("body-id-taken", f"A body already has the id {body_id!r}.", body=body_id)
    index = len(timetable.bodies) if position is None else max(0, position)
    index = min(index, len(timetable.bodies))
    timetable.bodies.insert(index, Body(body_id, {k: v for k, v in (name or {}).items() if v}))
    group_by_body(timetable)
    return index


def set_body_name(timetable: Timetable, body_id: str, lang: str, text: str) -> None:
    """Name the body in ``lang`` (an empty text removes that language's name)."""
    body = timetable.bodies[_index(timetable, body_id)]
    if text.strip():
        body.name[lang] = text.strip()
    else:
        body.name.pop(lang, None)


def move_body(timetable: Timetable, body_id: str, position: int) -> int:
    """Put the body at ``position`` in the order of bodies (the annex's columns); returns it."""
    index = _index(timetable, body_id)
    body = timetable.bodies.pop(index)
    position = max(0, min(position, len(timetable.bodies)))
    timetable.bodies.insert(position, body)
    group_by_body(timetable)
    return position


def remove_body(timetable: Timetable, body_id: str) -> list[tuple[int, Slot]]:
    """Remove a body and its meetings; returns (day index, meeting) of the meetings removed.

    The last body cannot be removed: every timetable has one.
    """
    index = _index(timetable, body_id)
    if len(timetable.bodies) == 1:
        raise _refuse("last-body", "The timetable needs at least one body.", body=body_id)
    removed = [
        (d, slot)
        for d, day in enumerate(timetable.days)
        for slot in day.slots
        if slot.body == body_id
    ]
    for day in timetable.days:
        day.slots = [slot for slot in day.slots if slot.body != body_id]
    del timetable.bodies[index]
    return removed


def body_items(timetable: Timetable, body_id: str) -> list[str]:
    """Ids of the items the body's meetings take up (each once, first appearance first)."""
    seen: dict[str, None] = {}
    for day in timetable.days:
        for slot in day.slots:
            if slot.body == body_id:
                seen.update((item_id, None) for item_id in slot.items)
    return list(seen)
