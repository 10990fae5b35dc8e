"""Replacing a file atomically and durably: the one way every writer of user files does it.

The new content goes to a temporary file beside the target (``.~NAME.XXXXXXXX.tmp``), which is
flushed to disk, given the permissions of the file it replaces, renamed over the target in one
step, and the folder is flushed so the rename itself survives a power loss. The target is
always the complete old or the complete new file; on failure the temporary file is removed.

A process killed while writing leaves its temporary file (and SQLite's ``-journal`` of it)
behind. Every temporary file is held under an OS lock (``flock``) by its writer for as long as
it exists, so the next successful write in that folder can tell a left-over from a write in
progress (of this or another process) and removes only the left-overs, only ours.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; left-overs are recognised by their age instead
    fcntl = None  # type: ignore[assignment]

#: Our temporary files: ``.~NAME.<8 or 16 hex digits>.tmp``, and SQLite's journal of them.
_TEMPORARY = re.compile(r"\.~.+\.(?:[0-9a-f]{8}|[0-9a-f]{16})\.tmp(?:-journal)?")

#: Where OS locks are missing, a temporary file this old (seconds) is a left-over.
_LEFTOVER_AGE = 3600.0


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a fresh temporary path to write; on leaving the block it replaces ``path``.

    A symbolic link is kept: the file it points to is replaced. An exception inside the block
    (or while replacing) removes the temporary file, leaves ``path`` untouched and propagates.
    """
    if path.is_symlink():
        path = path.resolve()
    with owned_temporary(path, digits=4) as temporary:
        yield temporary
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    sync_folder(path.parent)
    remove_leftovers(path.parent)


@contextlib.contextmanager
def owned_temporary(beside: Path, content: bytes | None = None, digits: int = 8) -> Iterator[Path]:
    """A new temporary file beside ``beside``, held under an OS lock until the block ends.

    ``content`` is written and flushed to disk first. On leaving the block the file is removed
    if it is still there (it is not once renamed or linked into place and then removed).
    """
    while True:
        candidate = beside.with_name(f".~{beside.name}.{secrets.token_hex(digits)}.tmp")
        try:
            descriptor = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o666)
        except FileExistsError:
            continue
        stream = os.fdopen(descriptor, "r+b")
        _lock(descriptor, wait=True)
        if os.fstat(descriptor).st_nlink == 0:  # taken for a left-over before we locked it
            stream.close()
            continue
        break
    identity = os.fstat(descriptor).st_ino
    try:
        if content is not None:
            stream.write(content)
            stream.flush()
            os.fsync(descriptor)
        if fcntl is None:
            stream.close()  # Windows renames no open file; nothing to hold there anyway
        yield candidate
    finally:
        with contextlib.suppress(OSError):
            if os.stat(candidate).st_ino == identity:
                candidate.unlink()
        stream.close()


@contextlib.contextmanager
def os_lock(descriptor: int) -> Iterator[None]:
    """Hold an exclusive OS lock on an open file for the block (nothing where there is none)."""
    _lock(descriptor, wait=True)
    yield  # closing the file releases the lock


def _lock(descriptor: int, *, wait: bool) -> bool:
    """Lock an open file exclusively; ``False`` when ``wait`` is off and someone holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without locks: nothing to wait for
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove our temporary files in ``folder`` that no live writer holds; returns them.

    Only names of ours (``.~NAME.<hex>.tmp`` and its ``-journal``) are looked at; a file is
    removed only while we hold its OS lock, so a write in progress is never disturbed.
    """
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if _TEMPORARY.fullmatch(entry.name)]
    except OSError:
        return removed
    for name in sorted(names):
        path = folder / name
        if name.endswith("-journal"):
            if not path.with_name(name[: -len("-journal")]).exists() and _unlink(path):
                removed.append(path)
        elif _remove_if_left_over(path):
            removed.append(path)
            journal = path.with_name(name + "-journal")
            if journal.exists() and _unlink(journal):
                removed.append(journal)
    return removed


def _remove_if_left_over(path: Path) -> bool:
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if fcntl is None:
            left_over = time.time() - os.fstat(descriptor).st_mtime > _LEFTOVER_AGE
        else:
            left_over = _lock(descriptor, wait=False)
        if not left_over or os.stat(path).st_ino != os.fstat(descriptor).st_ino:
            return False
        return _unlink(path)
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


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
