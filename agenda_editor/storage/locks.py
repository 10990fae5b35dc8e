"""Lock files that tell other users a session file is open: ``.~name.agenda.lock`` beside it.

The lock is advisory: it holds JSON with the host, process id, user and time of whoever opened
the file, so that a second person (or a second window) is told "opened by X on host Y since Z"
instead of silently editing the same meeting. A lock left by a process that no longer runs on
this host is stale and is taken over; a lock from another host cannot be checked and needs
``force=True`` (after asking the user).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import secrets
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from agenda_editor.atomic import os_lock, owned_temporary
from agenda_editor.core.problems import Problem

#: errno values of a file system that has no hard links (FAT, some network shares).
_NO_HARD_LINKS = {getattr(errno, name) for name in ("EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV")}

#: Lock files of this process, so that a second open of the same file in it is refused.
_held: set[Path] = set()


def lock_path(path: Path | str) -> Path:
    """The lock file of the session file ``path``."""
    path = Path(path)
    return path.with_name(f".~{path.name}.lock")


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock."""

    host: str
    user: str
    pid: int
    time: dt.datetime
    token: str = ""

    def problem(self) -> Problem:
        """Who holds the lock, as a problem's values (code ``lock-owner``)."""
        since = self.time.astimezone().strftime("%Y-%m-%d %H:%M")
        return Problem("lock-owner", {"user": self.user, "host": self.host, "time": since})

    def describe(self) -> str:
        """``alice on host pc-12 since 2031-04-07 09:14`` (time in the local time zone)."""
        return self.problem().english()

    def to_json(self) -> str:
        return json.dumps(
            {"host": self.host, "user": self.user, "pid": self.pid,
             "time": self.time.isoformat(), "token": self.token}
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        """The owner written in a lock file, or ``None`` when the content is not a lock."""
        try:
            data = json.loads(text)
            owner = cls(
                host=str(data["host"]),
                user=str(data["user"]),
                pid=int(data["pid"]),
                time=dt.datetime.fromisoformat(str(data["time"])),
                token=str(data.get("token", "")),
            )
        except (ValueError, TypeError, KeyError):
            return None
        if owner.time.tzinfo is None:
            owner = LockOwner(
                owner.host, owner.user, owner.pid, owner.time.replace(tzinfo=dt.UTC), owner.token
            )
        return owner


class LockError(Exception):
    """A lock that could not be taken (for example in a folder we may not write to)."""

    def __init__(self, path: Path, code: str, **params: str) -> None:
        self.path = path
        self.problem = Problem(code, {"file": str(path), **params})
        super().__init__(path, code)

    def __str__(self) -> str:
        return self.problem.english()


class LockedError(LockError):
    """The session file is open elsewhere; ``owner`` says by whom, where and since when."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.owner = owner
        super().__init__(path, "lock-held", owner=owner.describe())


def current_owner() -> LockOwner:
    """A lock owner describing this process, now."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "unknown user"
    return LockOwner(
        host=socket.gethostname(),
        user=user,
        pid=os.getpid(),
        time=dt.datetime.now(dt.UTC).replace(microsecond=0),
        token=secrets.token_hex(8),
    )


def read_owner(path: Path | str) -> LockOwner | None:
    """Who holds the lock of session file ``path`` (``None``: nobody, or an unreadable lock)."""
    try:
        return LockOwner.from_json(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _is_stale(lock: Path, owner: LockOwner | None) -> bool:
    if owner is None:
        return True  # not a lock we can read: nobody can be told about it, take it over
    if owner.host != socket.gethostname():
        return False
    if owner.pid == os.getpid():
        return lock not in _held
    return not process_alive(owner.pid)


class SessionLock:
    """A held lock; :meth:`release` (or leaving a ``with`` block) removes the lock file."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.owner = owner
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Remove the lock file if it is still ours; calling it again does nothing."""
        if not self._held:
            return
        self._held = False
        _held.discard(self.lock_file.absolute())
        with contextlib.suppress(OSError):
            fd = os.open(self.lock_file, os.O_RDONLY)
            with os.fdopen(fd, "rb") as stream, os_lock(stream.fileno()):
                current = LockOwner.from_json(stream.read().decode("utf-8", "replace"))
                same = os.stat(self.lock_file).st_ino == os.fstat(stream.fileno()).st_ino
                if same and current is not None and current.token == self.owner.token:
                    self.lock_file.unlink()

    def __enter__(self) -> SessionLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire(path: Path | str, *, force: bool = False) -> SessionLock:
    """Take the lock of session file ``path``.

    Raises :class:`LockedError` when a live process (or one on another host) holds it, unless
    ``force`` is given; a stale lock is taken over. Raises :class:`LockError` when the lock file
    cannot be written at all.

    Exclusive under races: a lock file appears whole, in one link of a file already holding its
    content (a rival never reads an empty lock), and a takeover replaces the lock only while it
    holds an OS lock on the very file it judged stale, so of two takeovers one wins.
    """
    path = Path(path)
    lock = lock_path(path)
    key = lock.absolute()
    owner = current_owner()
    try:
        for _attempt in range(20):
            if _create(lock, owner):
                break
            existing = read_owner(path)
            if existing is not None and not force and not _is_stale(key, existing):
                raise LockedError(path, existing)
            if existing is None and not force and key in _held:
                raise LockError(path, "lock-this-window")
            if _take_over(lock, owner, key, force):
                break
        else:
            raise LockError(path, "lock-contended")
    except OSError as error:
        raise LockError(path, "lock-failed", detail=str(error.strerror or error)) from error
    winner = read_owner(path)
    if winner is None or winner.token != owner.token:
        if winner is not None:
            raise LockedError(path, winner)
        raise LockError(path, "lock-vanished")
    _held.add(key)
    return SessionLock(path, owner)


def _create(lock: Path, owner: LockOwner) -> bool:
    """Link a complete lock file into place if there is none; ``False`` when one exists."""
    with owned_temporary(lock, owner.to_json().encode("utf-8")) as temporary:
        try:
            os.link(temporary, lock)
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno not in _NO_HARD_LINKS:
                raise
            return _create_exclusive(lock, owner)  # a file system without hard links
    return True


def _create_exclusive(lock: Path, owner: LockOwner) -> bool:
    """Where hard links are missing: create exclusively, written under an OS lock."""
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as stream, os_lock(stream.fileno()):
        stream.write(owner.to_json())
    return True


def _take_over(lock: Path, owner: LockOwner, key: Path, force: bool) -> bool:
    """Replace the lock file if, under an OS lock on it, it is still the stale one.

    ``False`` when it changed meanwhile (someone else took it over or released it): the caller
    looks again.
    """
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        return False
    with os.fdopen(fd, "rb") as stream, os_lock(stream.fileno()):
        try:
            same = os.stat(lock).st_ino == os.fstat(stream.fileno()).st_ino
        except FileNotFoundError:
            return False
        if not same:
            return False
        try:
            current = LockOwner.from_json(stream.read().decode("utf-8"))
        except UnicodeDecodeError:
            current = None
        if not force and current is not None and not _is_stale(key, current):
            return False
        with owned_temporary(lock, owner.to_json().encode("utf-8")) as temporary:
            os.replace(temporary, lock)
    return True
