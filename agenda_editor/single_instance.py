"""One running copy per user and profile: a second launch hands its files to the first one.

When the desktop opens a ``.agenda`` file while the editor is already running, a second copy that
opened the same session would fight over it. Instead, the second launch connects to a local
socket (a named pipe on Windows) that the first copy listens on, sends the file paths, waits for
the acknowledgement and exits. Usage from ``gui/app.py`` once the ``QApplication`` exists::

    instance = SingleInstance(APP_ID, settings_folder=folders.dirs.config)  # keyed by profile
    if instance.try_forward(paths):
        return 0  # the running copy opens them
    instance.listen()
    instance.files_received.connect(window.open_files)

``files_received`` carries a list of absolute path strings; an empty list means "a second launch
without files": the running copy should just raise its window. Only QtCore and QtNetwork are
used, so this module works in a headless process too.

Like LibreOffice's pipe, the socket's name is keyed by the settings folder in use (and the
display on X11/Wayland): a copy started with another profile (``AGENDA_EDITOR_HOME``), from
another installation with its own settings, or on another display runs on its own instead of
handing its files to a copy the user cannot see or that keeps other settings.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: Application id shared with the desktop files, installers and bundle ids.
APP_ID = "org.agendaeditor.AgendaEditor"

#: Bumped if the message format ever changes: an older copy ignores messages it cannot read.
PROTOCOL_VERSION = 1

_ACK = b"OK\n"
_MAX_MESSAGE_BYTES = 1 << 20  # a list of paths never comes near this; refuse anything bigger


def _user_name() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # no login name (containers, some services): fall back to the uid
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return name


def _display() -> str:
    """The X11 and Wayland displays this process shows its windows on ("" elsewhere)."""
    return ";".join(os.environ.get(name, "") for name in ("DISPLAY", "WAYLAND_DISPLAY"))


def instance_key(settings_folder: str | os.PathLike[str] | None, display: str | None = None) -> str:
    """A short digest of the settings folder in use and the display: one copy per pair."""
    folder = "" if settings_folder is None else str(Path(settings_folder).expanduser().absolute())
    display = _display() if display is None else display
    raw = f"{os.path.normcase(folder)}\0{display}".encode("utf-8", "surrogateescape")
    return hashlib.sha256(raw).hexdigest()[:12]


def server_name_for(
    app_id: str,
    user: str | None = None,
    *,
    settings_folder: str | os.PathLike[str] | None = None,
    display: str | None = None,
) -> str:
    """The socket name: one running copy per user, settings folder and display."""
    user = _user_name() if user is None else user
    raw = f"{app_id}-{instance_key(settings_folder, display)}-{user}"
    # Keep it a valid file name / pipe name and short enough for a Unix socket path (~107 bytes).
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", raw)
    return safe[:80]


class SingleInstance(QObject):
    """The listening side for the first copy and the forwarding side for later ones."""

    #: Absolute paths (``list[str]``) another launch asked this copy to open.
    files_received = Signal(list)

    def __init__(
        self,
        app_id: str = APP_ID,
        *,
        settings_folder: str | os.PathLike[str] | None = None,
        timeout_ms: int = 3000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_id = app_id
        self.server_name = server_name_for(app_id, settings_folder=settings_folder)
        self.timeout_ms = timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    # ----------------------------------------------------------------- second launch

    def try_forward(self, paths: Iterable[str | os.PathLike[str]] = ()) -> bool:
        """Send ``paths`` to a running copy; True when it acknowledged them (the caller exits).

        Relative paths are made absolute against this process's working directory, since the
        running copy has its own.
        """
        absolute = [str(Path(p).expanduser().absolute()) for p in paths]
        message = json.dumps(
            {"protocol": PROTOCOL_VERSION, "app": self.app_id, "paths": absolute},
            ensure_ascii=True,
        ).encode("ascii")
        socket = QLocalSocket()
        try:
            socket.connectToServer(self.server_name)
            if not socket.waitForConnected(self.timeout_ms):
                return False
            socket.write(message + b"\n")
            socket.flush()
            while socket.bytesToWrite() > 0:
                if not socket.waitForBytesWritten(self.timeout_ms):
                    return False
            return self._wait_for_ack(socket)
        finally:
            socket.abort()

    def _wait_for_ack(self, socket: QLocalSocket) -> bool:
        if QCoreApplication.instance() is None:
            # No event loop possible: block on the socket (the other copy is another process).
            reply = bytearray()
            while len(reply) < len(_ACK) and socket.waitForReadyRead(self.timeout_ms):
                reply += bytes(socket.readAll().data())
            return bytes(reply).startswith(_ACK)
        # A nested event loop, so that a server living in this same thread (tests) can answer.
        loop = QEventLoop()
        reply = bytearray()

        def on_ready_read() -> None:
            reply.extend(bytes(socket.readAll().data()))
            if len(reply) >= len(_ACK):
                loop.quit()

        # A timer object of our own, stopped before returning: a bare ``singleShot`` would fire
        # later on the deleted loop.
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        socket.readyRead.connect(on_ready_read)
        socket.disconnected.connect(loop.quit)
        try:
            if socket.bytesAvailable():
                on_ready_read()
            if len(reply) < len(_ACK):
                timer.start(self.timeout_ms)
                loop.exec()
        finally:
            timer.stop()
            socket.readyRead.disconnect(on_ready_read)
            socket.disconnected.disconnect(loop.quit)
        return bytes(reply).startswith(_ACK)

    # ----------------------------------------------------------------- first launch

    def listen(self) -> bool:
        """Start receiving files from later launches. False when another copy already listens.

        A socket file left behind by a copy that crashed (Unix) is removed and reused.
        """
        if self._server is not None and self._server.isListening():
            return True
        # Ask first: with access options set, Qt on Unix binds in a private folder and renames
        # the socket into place, which would silently replace the socket of a running copy.
        if self._someone_listens():
            log.info("another copy already listens on %s", self.server_name)
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self.server_name):
            # Nobody answered: the name is held by a stale socket from a crashed copy.
            QLocalServer.removeServer(self.server_name)
            if not server.listen(self.server_name):
                log.warning("cannot listen on %s: %s", self.server_name, server.errorString())
                server.deleteLater()
                return False
        self._server = server
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        """Stop listening (also done when the process exits)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._buffers.clear()

    def _someone_listens(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.server_name)
        alive = probe.waitForConnected(min(self.timeout_ms, 1000))
        probe.abort()
        return alive

    # Slots are methods of this object (never lambdas) so that Qt drops the connections when it
    # is destroyed, before the sockets it owns emit ``disconnected`` on their way out.

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(self._on_socket_disconnected)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._on_ready_read(socket)

    @Slot()
    def _on_socket_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:  # already answered or refused
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > _MAX_MESSAGE_BYTES:
            log.warning("refused an oversized message on %s", self.server_name)
            self._hang_up(socket)
            return
        if b"\n" not in buffer:
            return
        paths = self._parse(bytes(buffer[: buffer.index(b"\n")]))
        if paths is None:
            self._hang_up(socket)  # no acknowledgement: the sender does not exit
            return
        del self._buffers[socket]
        socket.write(_ACK)
        socket.flush()
        self.files_received.emit(paths)

    def _hang_up(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.disconnectFromServer()

    def _parse(self, line: bytes) -> list[str] | None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("ignored an unreadable message on %s", self.server_name)
            return None
        if not isinstance(message, dict) or message.get("app") != self.app_id:
            log.warning("ignored a message for another application on %s", self.server_name)
            return None
        paths = message.get("paths")
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            log.warning("ignored a message without a list of paths on %s", self.server_name)
            return None
        return list(paths)
