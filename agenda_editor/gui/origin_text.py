"""Where a meeting came from, as the Meeting page says it: "Next session from “wg4.agenda”
(CFC/COP/WG.4/2026/1), on 3 December 2026"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agenda_editor.core.model import Origin, OriginKind
from agenda_editor.gui.finding_texts import interface_language
from agenda_editor.i18n.dates import full_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("Origin", text)


def origin_text(origin: Origin | None) -> str:
    """The origin in the interface language; what to say when none was recorded."""
    if origin is None:
        return _tr("Not recorded (not made from another document)")
    how = {
        OriginKind.NEXT_SESSION: _tr("Next session from {0}"),
        OriginKind.EXISTING: _tr("New meeting from the agenda of {0}"),
        OriginKind.WORD: _tr("Imported from the Word document {0}"),
        OriginKind.TEXT: _tr("Imported from the text file {0}"),
        OriginKind.PDF: _tr("Opened from the PDF {0}"),
    }[origin.kind]
    if origin.source and origin.symbol:
        what = _tr("“{0}” ({1})").format(origin.source, origin.symbol)
    elif origin.source:
        what = _tr("“{0}”").format(origin.source)
    elif origin.symbol:
        what = origin.symbol
    else:
        what = _tr("an unsaved meeting")
    # The file name and symbol keep their own direction in the Arabic interface.
    sentence = how.format("\u2068" + what + "\u2069")
    return _tr("{0}, on {1}").format(sentence, full_date(origin.made, interface_language()))
