"""``python -m agenda_editor`` and the `agenda-editor` command: the window or a headless command."""

from __future__ import annotations

import sys

from agenda_editor.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
