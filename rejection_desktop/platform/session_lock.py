"""Noticing that the desktop session locks: logind's ``Lock`` and the screensaver's
``ActiveChanged``, where present (Linux).

logind sends ``Lock`` on this session's object (system bus) when the session is locked (e.g.
``loginctl lock-session``); screensavers (KDE, xfce, GNOME's own name) send
``ActiveChanged(true)`` on the session bus. Both are watched through jeepney (pure Python): its
blocking connection's socket is watched by a ``QSocketNotifier``, so the signals arrive on the
Qt event loop without a thread. Missing buses, services or jeepney itself mean nothing is
watched (logged once); the app then locks on idle time only.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 2.0
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                "org.mate.ScreenSaver", "org.cinnamon.ScreenSaver")


class _Bus:
    """One jeepney connection whose matching signals are read on the Qt event loop."""

    def __init__(self, connection: Any, owner: QObject, on_signal: Any) -> None:
        self.connection = connection
        self.queue: deque[Any] = deque(maxlen=64)
        self._filters: list[Any] = []
        self._on_signal = on_signal
        self.notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read,
                                        owner)
        self.notifier.activated.connect(self.drain)

    def watch(self, rule: Any) -> None:
        from jeepney.bus_messages import message_bus  # noqa: PLC0415

        self._filters.append(self.connection.filter(rule, queue=self.queue))
        self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)

    def drain(self) -> None:
        try:
            while True:
                self.connection.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:
            log.info("a D-Bus connection watched for the session lock closed (%s)",
                     type(exc).__name__)
            self.close()
        while self.queue:
            self._on_signal(self.queue.popleft())

    def close(self) -> None:
        self.notifier.setEnabled(False)
        try:
            self.connection.close()
        except OSError:
            log.debug("closing a D-Bus connection failed", exc_info=True)


class SessionLockWatch(QObject):
    """Emits ``locked(source)`` when the session locks ("logind" or "screensaver").

    ``session_bus`` and ``system_bus`` are D-Bus addresses (or jeepney's "SESSION" and
    "SYSTEM"); None skips that bus.
    """

    locked = Signal(str)

    def __init__(self, *, session_bus: str | None = "SESSION", system_bus: str | None = "SYSTEM",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._addresses = {"screensaver": session_bus, "logind": system_bus}
        self._buses: list[_Bus] = []

    def start(self) -> list[str]:
        """Start watching; returns what is watched (e.g. ["screensaver", "logind"])."""
        try:
            from jeepney.io import blocking  # noqa: PLC0415
        except ImportError:
            log.info("jeepney is missing: the session lock is not watched")
            return []
        watched = []
        for source, address in self._addresses.items():
            if address is None:
                continue
            try:
                connection = blocking.open_dbus_connection(bus=address,
                                                           auth_timeout=CALL_TIMEOUT_S)
            except (OSError, RuntimeError, ValueError, KeyError) as exc:
                log.info("no %s bus to watch for the session lock: %s", source, exc)
                continue
            bus = _Bus(connection, self, lambda message, s=source: self._on_signal(s, message))
            try:
                started = self._watch_screensavers(bus) if source == "screensaver" \
                    else self._watch_logind(bus)
            except (OSError, TimeoutError, ValueError) as exc:
                log.info("cannot watch %s for the session lock: %s", source, exc)
                started = False
            if started:
                self._buses.append(bus)
                watched.append(source)
            else:
                bus.close()
        log.info("watching the session lock through %s", ", ".join(watched) or "nothing")
        return watched

    def stop(self) -> None:
        for bus in self._buses:
            bus.close()
        self._buses.clear()

    def _watch_screensavers(self, bus: _Bus) -> bool:
        from jeepney import MatchRule  # noqa: PLC0415

        for interface in SCREENSAVERS:
            bus.watch(MatchRule(type="signal", interface=interface, member="ActiveChanged"))
        return True

    def _watch_logind(self, bus: _Bus) -> bool:
        from jeepney import DBusAddress, MatchRule, MessageType, new_method_call  # noqa: PLC0415

        manager = DBusAddress(LOGIND_PATH, LOGIND, f"{LOGIND}.Manager")
        reply = bus.connection.send_and_get_reply(
            new_method_call(manager, "GetSessionByPID", "u", (os.getpid(),)),
            timeout=CALL_TIMEOUT_S)
        if reply.header.message_type == MessageType.error and os.environ.get("XDG_SESSION_ID"):
            reply = bus.connection.send_and_get_reply(
                new_method_call(manager, "GetSession", "s", (os.environ["XDG_SESSION_ID"],)),
                timeout=CALL_TIMEOUT_S)
        if reply.header.message_type == MessageType.error or not reply.body:
            log.info("logind knows no session of this app")
            return False
        bus.watch(MatchRule(type="signal", interface=f"{LOGIND}.Session", member="Lock",
                            path=str(reply.body[0])))
        return True

    def _on_signal(self, source: str, message: Any) -> None:
        body = tuple(message.body)
        if source == "screensaver" and not (body and body[0] is True):
            return  # the screensaver went away
        log.info("the session locked (%s)", source)
        self.locked.emit(source)
