"""Drag-and-drop MIME types: permanent contracts, carrying identifiers only."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

#: Agenda item ids, as a JSON list of strings (from the tree, to the tree or the timetable).
ITEM_IDS_MIME = "application/x-agenda-editor-item-ids"
#: Placements in the timetable, as a JSON list of [day, slot, position] triples.
PLACEMENTS_MIME = "application/x-agenda-editor-placements"


def encode_item_ids(item_ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(ITEM_IDS_MIME, json.dumps(item_ids).encode())
    return data


def decode_item_ids(data: QMimeData) -> list[str]:
    """The ids a drag carries; empty when it carries none or something malformed."""
    if not data.hasFormat(ITEM_IDS_MIME):
        return []
    try:
        value = json.loads(bytes(data.data(ITEM_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return []


def encode_placements(placements: list[tuple[int, int, int]]) -> QMimeData:
    data = QMimeData()
    data.setData(PLACEMENTS_MIME, json.dumps([list(p) for p in placements]).encode())
    return data


def decode_placements(data: QMimeData) -> list[tuple[int, int, int]]:
    if not data.hasFormat(PLACEMENTS_MIME):
        return []
    try:
        value = json.loads(bytes(data.data(PLACEMENTS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if isinstance(value, list) and all(
        isinstance(p, list) and len(p) == 3 and all(isinstance(n, int) for n in p) for p in value
    ):
        return [(p[0], p[1], p[2]) for p in value]
    return []
