"""A second launch hands its files to the running copy instead of opening a second one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from agenda_editor.single_instance import SingleInstance, server_name_for


@pytest.fixture
def app_id() -> str:
    """A fresh id per test, so tests never talk to each other or to a running editor."""
    return f"org.agendaeditor.Test{uuid.uuid4().hex[:10]}"


@pytest.fixture
def first(qtbot, app_id: str):
    instance = SingleInstance(app_id, timeout_ms=2000)
    assert instance.listen()
    yield instance
    instance.close()


def test_second_launch_forwards_its_files_to_the_running_copy(qtbot, first, app_id, tmp_path):
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    session = tmp_path / "budget.agenda"
    second = SingleInstance(app_id, timeout_ms=2000)

    assert second.try_forward([session]) is True
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received == [[str(session)]]


def test_relative_paths_arrive_absolute(qtbot, first, app_id, tmp_path, monkeypatch):
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    monkeypatch.chdir(tmp_path)

    assert SingleInstance(app_id).try_forward(["a.agenda", "sub/b.agenda"])
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received[0] == [str(tmp_path / "a.agenda"), str(tmp_path / "sub" / "b.agenda")]


def test_launch_without_files_asks_the_running_copy_to_show_itself(qtbot, first, app_id):
    received: list[list[str]] = []
    first.files_received.connect(received.append)

    assert SingleInstance(app_id).try_forward([])
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received == [[]]


def test_without_a_running_copy_forwarding_fails_and_this_launch_listens(qtbot, app_id):
    lonely = SingleInstance(app_id, timeout_ms=500)
    assert lonely.try_forward(["x.agenda"]) is False
    assert lonely.listen() is True
    assert lonely.is_listening()
    lonely.close()


def test_only_one_copy_can_listen(qtbot, first, app_id):
    rival = SingleInstance(app_id)
    assert rival.listen() is False
    assert first.is_listening()


def test_after_the_running_copy_closes_a_new_one_can_take_over(qtbot, first, app_id):
    first.close()
    assert SingleInstance(app_id, timeout_ms=500).try_forward(["x.agenda"]) is False
    successor = SingleInstance(app_id)
    assert successor.listen() is True
    successor.close()


def test_many_forwards_arrive_in_order(qtbot, first, app_id):
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    for n in range(5):
        assert SingleInstance(app_id).try_forward([f"/sessions/{n}.agenda"])
    qtbot.waitUntil(lambda: len(received) == 5)
    assert received == [[f"/sessions/{n}.agenda"] for n in range(5)]


@pytest.mark.skipif(sys.platform == "win32", reason="stale socket files exist only on Unix")
def test_a_socket_left_by_a_crashed_copy_is_reclaimed(qtbot, app_id):
    path = Path(QDir.tempPath()) / server_name_for(app_id)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))  # bound, never listening, closed without unlinking: a stale file
    crashed.close()
    assert path.exists()
    try:
        received: list[list[str]] = []
        instance = SingleInstance(app_id, timeout_ms=500)
        assert instance.try_forward(["x.agenda"]) is False
        assert instance.listen() is True
        instance.files_received.connect(received.append)
        assert SingleInstance(app_id).try_forward(["/y.agenda"])
        qtbot.waitUntil(lambda: received == [["/y.agenda"]])
        instance.close()
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.parametrize(
    "payload",
    [
        b"not json at all\n",
        b'{"protocol": 1, "app": "org.example.Other", "paths": ["/a.agenda"]}\n',
        b'{"protocol": 1, "app": "APP", "paths": "/a.agenda"}\n',
        b"\xff\xfe\n",
    ],
    ids=["garbage", "other-app", "paths-not-a-list", "not-utf8"],
)
def test_malformed_messages_are_ignored_and_the_server_keeps_working(qtbot, first, app_id, payload):
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    raw = QLocalSocket()
    raw.connectToServer(first.server_name)
    assert raw.waitForConnected(1000)
    raw.write(payload.replace(b"APP", app_id.encode()))
    raw.flush()
    qtbot.waitUntil(lambda: raw.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []
    assert raw.readAll().data() == b""  # no acknowledgement: the sender would not exit

    assert SingleInstance(app_id).try_forward(["/still/works.agenda"])
    qtbot.waitUntil(lambda: received == [["/still/works.agenda"]])


def test_each_user_gets_their_own_server_name():
    alice = server_name_for("org.agendaeditor.AgendaEditor", "alice")
    bob = server_name_for("org.agendaeditor.AgendaEditor", "bob")
    assert alice != bob
    assert "alice" in alice
    odd = server_name_for("org.agendaeditor.AgendaEditor", "DOMAIN\\jean dupont/x")
    assert "/" not in odd and "\\" not in odd and " " not in odd


def test_a_launch_in_another_process_hands_over_its_file(qtbot, first, app_id, tmp_path):
    """The real situation: the desktop starts a second process (it has no Qt event loop yet)."""
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    code = (
        "import sys\n"
        "from agenda_editor.single_instance import SingleInstance\n"
        "sys.exit(0 if SingleInstance(sys.argv[1]).try_forward(sys.argv[2:]) else 3)\n"
    )
    second = subprocess.Popen(
        [sys.executable, "-c", code, app_id, "minutes.agenda"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    assert second.returncode == 0
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received == [[str(tmp_path / "minutes.agenda")]]


def test_separate_settings_folders_and_displays_each_keep_their_own_copy(qtbot, app_id, tmp_path):
    """A launch with another profile handed its files to whatever copy ran, and vanished."""
    mine = SingleInstance(app_id, settings_folder=tmp_path / "profile-a", timeout_ms=500)
    assert mine.listen()
    try:
        other = SingleInstance(app_id, settings_folder=tmp_path / "profile-b", timeout_ms=500)
        assert other.server_name != mine.server_name
        assert other.try_forward(["x.agenda"]) is False  # not handed to profile a's copy
        assert other.listen()
        other.close()
        same = SingleInstance(app_id, settings_folder=tmp_path / "profile-a", timeout_ms=500)
        assert same.try_forward(["x.agenda"]) is True
    finally:
        mine.close()
    folder = tmp_path / "profile-a"
    assert server_name_for(app_id, "amina", settings_folder=folder, display=":0") != (
        server_name_for(app_id, "amina", settings_folder=folder, display=":1")
    )
    assert server_name_for(app_id, "amina", settings_folder=folder, display=":0") == (
        server_name_for(app_id, "amina", settings_folder=folder, display=":0")
    )
    long_user = server_name_for(app_id, "u" * 200, settings_folder=folder, display=":0")
    assert long_user != server_name_for(app_id, "u" * 200, settings_folder=tmp_path, display=":0")
