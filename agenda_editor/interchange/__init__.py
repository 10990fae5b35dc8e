"""JSON import and export of a whole meeting in the stable "agenda-editor/1" format.

The format is documented in ``docs/interchange.md``. :func:`read_json` and :func:`load_json`
check every value and raise :class:`InterchangeError` naming the JSON path of the first problem;
:func:`to_json_dict`, :func:`dump_json` and :func:`save_json` write the canonical form, so that
JSON -> meeting -> JSON gives back the same text.
"""

from __future__ import annotations

from agenda_editor.interchange.errors import InterchangeError
from agenda_editor.interchange.reader import FORMAT, FORMAT_VERSION, load_json, read_json
from agenda_editor.interchange.writer import dump_json, dumps_json, save_json, to_json_dict

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "InterchangeError",
    "dump_json",
    "dumps_json",
    "load_json",
    "read_json",
    "save_json",
    "to_json_dict",
]
