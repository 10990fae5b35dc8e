"""Entry point of the standalone build: the same ``main`` as the ``agenda-editor`` command."""

from __future__ import annotations

import multiprocessing
import sys

from agenda_editor.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless something starts a process on Windows
    sys.exit(main())
