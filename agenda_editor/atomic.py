"""Replacing a file atomically and durably: the one way every writer of user files does it.

The new content goes to a temporary file beside the target (``.~NAME.XXXXXXXX.tmp``), which is
flushed to disk, given the permissions of the file it replaces, renamed over the target in one
step, and the folder is flushed so the rename itself survives a power loss. The target is
always the complete old or the complete new file; on failure the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a fresh temporary path to write; on leaving the block it replaces ``path``.

    A symbolic link is kept: the file it points to is replaced. An exception inside the block
    (or while replacing) removes the temporary file, leaves ``path`` untouched and propagates.
    """
    if path.is_symlink():
        path = path.resolve()
    temporary = _new_temporary(path)
    try:
        yield temporary
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)


def _new_temporary(path: Path) -> Path:
    """Create an empty, new file beside ``path`` (with the usual permissions for new files)."""
    while True:
        candidate = path.with_name(f".~{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(descriptor)
        return candidate


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
