"""The session lock seen on real D-Bus daemons: a screensaver's ActiveChanged on the session bus,
and logind's Lock for this session on a bus standing in for the system bus (a fake logind
answers GetSessionByPID)."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator

import pytest

jeepney = pytest.importorskip("jeepney")
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402

from rejection_desktop.platform.session_lock import SessionLockWatch  # noqa: E402

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="no dbus-daemon")
OURS = "/org/freedesktop/login1/session/_32"


@pytest.fixture
def bus() -> Iterator[str]:
    """A private D-Bus daemon's address."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


def emit(address: str, path: str, interface: str, member: str, *,
         signature: str | None = None, body: tuple = ()) -> None:
    connection = open_dbus_connection(bus=address)
    try:
        connection.send(jeepney.new_signal(jeepney.DBusAddress(path, interface=interface),
                                           member, signature, body))
    finally:
        connection.close()


class FakeLogind(threading.Thread):
    """Owns org.freedesktop.login1 and says this process is in session ``OURS``."""

    def __init__(self, address: str) -> None:
        super().__init__(daemon=True)
        self.connection = open_dbus_connection(bus=address)
        self.connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
        self.stopping = False
        self.asked: list[int] = []

    def run(self) -> None:
        while not self.stopping:
            try:
                message = self.connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            member = message.header.fields.get(jeepney.HeaderFields.member)
            if member == "GetSessionByPID":
                self.asked.append(int(message.body[0]))
                self.connection.send(jeepney.new_method_return(message, "o", (OURS,)))

    def stop(self) -> None:
        self.stopping = True
        self.join(timeout=5)
        self.connection.close()


def test_a_screensaver_turning_on_locks_and_turning_off_does_not(qtbot, bus):
    watch = SessionLockWatch(session_bus=bus, system_bus=None)
    assert watch.start() == ["screensaver"]
    seen: list[str] = []
    watch.locked.connect(seen.append)
    emit(bus, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
         signature="b", body=(False,))
    emit(bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
         signature="b", body=(True,))
    qtbot.waitUntil(lambda: seen == ["screensaver"], timeout=10_000)
    watch.stop()


def test_logind_locking_this_session_locks_and_another_session_does_not(qtbot, bus):
    logind = FakeLogind(bus)
    logind.start()
    try:
        watch = SessionLockWatch(session_bus=None, system_bus=bus)
        assert watch.start() == ["logind"]
        assert logind.asked == [os.getpid()]
        seen: list[str] = []
        watch.locked.connect(seen.append)
        emit(bus, "/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session",
             "Lock")
        emit(bus, OURS, "org.freedesktop.login1.Session", "Lock")
        qtbot.waitUntil(lambda: seen == ["logind"], timeout=10_000)
        qtbot.wait(200)
        assert seen == ["logind"]
        watch.stop()
    finally:
        logind.stop()


def test_without_a_bus_nothing_is_watched(tmp_path):
    watch = SessionLockWatch(session_bus=f"unix:path={tmp_path}/none",
                             system_bus=f"unix:path={tmp_path}/none")
    assert watch.start() == []
