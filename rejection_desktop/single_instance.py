"""One running app per data dir: a lock file, and a local socket to hand over to it.

The first process takes ``instance.lock`` (a ``QLockFile``: a lock left by a killed process
is detected as stale and taken over) and, once its window is up, listens on a local socket. A
second launch cannot take the lock, so it connects to the socket (waiting a little for a first
instance that is still starting), asks the first to show its window, and exits without ever
opening the database. QtNetwork loads only when the socket is needed, after the first paint.

A command (import, restore...) takes the same lock, and while it holds it also ``command.lock``,
so a process refused the lock can tell a command from the app and say which.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
COMMAND_LOCK = "command.lock"
"""Held by a command, only while it holds the instance lock."""
START_WAIT_S = 3.0
"""How long a second launch waits for a first instance that holds the lock but is not yet
listening (it listens once its window is shown)."""


def lock_file(path: Path) -> QLockFile:
    """A lock that is stale only when its process is gone."""
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    return lock


def holder_pid(lock: QLockFile) -> int | None:
    """The process id written in a held lock (None when it cannot be read)."""
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a false value
    return int(info[0]) if isinstance(info, tuple) and info and info[0] else None


def server_name(data_dir: Path) -> str:
    """A socket name unique to the data dir (and short enough for every OS)."""
    import hashlib  # noqa: PLC0415 - 2.5 ms, needed only once the window is up

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"rejection-desktop-{digest}"


class SingleInstance(QObject):
    """Holds the instance lock and the hand-over socket; emits ``activation_requested``."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None, *,
                 command: bool = False) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = lock_file(data_dir / "instance.lock")
        self._command = lock_file(data_dir / COMMAND_LOCK) if command else None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another instance holds it. Then call ``listen``."""
        if not self._lock.tryLock(100):
            return False
        if self._command is not None and not self._command.tryLock(2000):
            log.warning("the command marker lock is unavailable")  # only a peek holds it
        return True

    def held_by_command(self) -> bool:
        """After ``acquire`` failed: True when a command holds the lock, not the app."""
        marker = lock_file(self._data_dir / COMMAND_LOCK)
        if marker.tryLock(0):
            marker.unlock()
            return False
        # held: by the lock's holder (a command), or for an instant by another process peeking
        return holder_pid(marker) == holder_pid(self._lock)

    def listen(self) -> None:
        """Accept hand-overs from later launches (needs the lock)."""
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - after the first paint

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self._data_dir)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a dead instance's socket file
            if not server.listen(name):
                log.warning("single-instance socket unavailable: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def release(self) -> None:
        """Stop listening and drop the lock."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._command is not None and self._command.isLocked():
            self._command.unlock()
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def activate_running(self, wait_s: float = START_WAIT_S) -> bool:
        """Ask the running instance to show its window; True when it was reached."""
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        socket = QLocalSocket()
        name = server_name(self._data_dir)
        deadline = time.monotonic() + wait_s
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(100)  # the first instance may still be starting
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True
