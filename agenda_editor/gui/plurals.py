"""English plurals for ``%n`` strings where no catalogue is loaded (the interface's own
language): "Copied %n item(s)." reads "Copied 1 item." and "Copied 2 items."; "%n match(es)"
reads "1 match" and "2 matches"."""

from __future__ import annotations

import re

_ENDING = re.compile(r"\((e?s)\)")


def english_s(text: str, source: str, n: int) -> str:
    """``text``, the translation of ``source`` for ``n``; left untranslated, "(s)" and "(es)"
    become the English singular or plural ending."""
    if text == source.replace("%n", str(n)):
        return _ENDING.sub("" if n == 1 else r"\1", text)
    return text
