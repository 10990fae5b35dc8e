"""Lock files beside session files: live owners refuse, stale locks are taken over."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agenda_editor.storage import locks
from agenda_editor.storage.locks import (
    LockedError,
    LockError,
    LockOwner,
    acquire,
    lock_path,
    process_alive,
    read_owner,
)


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "ninth session.agenda"
    path.write_bytes(b"")
    return path


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def write_lock(session: Path, *, host: str, pid: int, user: str = "amina") -> None:
    lock_path(session).write_text(
        json.dumps({"host": host, "user": user, "pid": pid, "time": "2031-04-07T08:15:00+00:00"}),
        encoding="utf-8",
    )


def test_lock_file_sits_beside_the_session_and_says_who(session_file: Path) -> None:
    with acquire(session_file) as lock:
        assert lock.lock_file == session_file.with_name(".~ninth session.agenda.lock")
        data = json.loads(lock.lock_file.read_text(encoding="utf-8"))
        assert data["host"] == socket.gethostname()
        assert data["pid"] == os.getpid()
        assert data["user"]
        assert dt.datetime.fromisoformat(data["time"]).tzinfo is not None
    assert not lock.lock_file.exists()


def test_live_owner_refuses_with_a_message(
    session_file: Path, other_process: subprocess.Popen[bytes]
) -> None:
    write_lock(session_file, host=socket.gethostname(), pid=other_process.pid)
    with pytest.raises(LockedError) as caught:
        acquire(session_file)
    owner = caught.value.owner
    assert (owner.user, owner.host, owner.pid) == ("amina", socket.gethostname(), other_process.pid)
    message = str(caught.value)
    assert "ninth session.agenda" in message
    assert f"is opened by amina on host {socket.gethostname()} since 2031-04-0" in message
    assert read_owner(session_file) == owner  # their lock is left in place


def test_stale_lock_of_a_dead_process_is_taken_over(
    session_file: Path, other_process: subprocess.Popen[bytes]
) -> None:
    write_lock(session_file, host=socket.gethostname(), pid=other_process.pid)
    other_process.kill()
    other_process.wait()
    assert not process_alive(other_process.pid)
    lock = acquire(session_file)
    owner = read_owner(session_file)
    assert owner is not None
    assert owner.pid == os.getpid()
    lock.release()


def test_lock_from_another_host_is_respected_unless_forced(session_file: Path) -> None:
    write_lock(session_file, host="pc-elsewhere-17", pid=1)
    with pytest.raises(LockedError, match="on host pc-elsewhere-17"):
        acquire(session_file)
    with acquire(session_file, force=True):
        owner = read_owner(session_file)
        assert owner is not None and owner.host == socket.gethostname()


def test_same_file_twice_in_one_process_is_refused(session_file: Path) -> None:
    first = acquire(session_file)
    with pytest.raises(LockedError):
        acquire(session_file)
    first.release()
    acquire(session_file).release()


def test_lock_left_by_this_process_id_but_not_held_is_stale(session_file: Path) -> None:
    """A lock with our pid that we do not hold came from an earlier process with that id."""
    write_lock(session_file, host=socket.gethostname(), pid=os.getpid())
    with acquire(session_file) as lock:
        assert lock.held


def test_unreadable_lock_file_is_taken_over(session_file: Path) -> None:
    lock_path(session_file).write_text("{half a lock", encoding="utf-8")
    with acquire(session_file):
        assert read_owner(session_file) is not None


def test_release_leaves_a_lock_taken_over_by_someone_else(session_file: Path) -> None:
    lock = acquire(session_file)
    write_lock(session_file, host="pc-elsewhere-17", pid=1)  # forced by another user
    lock.release()
    owner = read_owner(session_file)
    assert owner is not None and owner.host == "pc-elsewhere-17"
    lock.release()  # a second release does nothing


def test_folder_without_write_permission(
    session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locks.os, "open", refuse)
    with pytest.raises(LockError, match="cannot be locked for editing: Permission denied"):
        acquire(session_file)
    assert not lock_path(session_file).exists()


def test_owner_description_uses_local_time() -> None:
    owner = LockOwner("pc-1", "amina", 42, dt.datetime(2031, 4, 7, 8, 15, tzinfo=dt.UTC))
    local = owner.time.astimezone().strftime("%Y-%m-%d %H:%M")
    assert owner.describe() == f"amina on host pc-1 since {local}"
