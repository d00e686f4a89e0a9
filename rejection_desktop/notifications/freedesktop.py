"""The freedesktop notification backend: ``Notify`` with buttons, and the clicks coming back.

Talks to ``org.freedesktop.Notifications`` on the session bus through jeepney (pure Python,
typed signatures: PySide6's QtDBus sends ``replaces_id`` as int32 and the server refuses the
call). jeepney has no event loop of its own: the connection's socket is watched by a
``QSocketNotifier``, so ``ActionInvoked``, ``NotificationClosed`` and ``ActivationToken`` arrive
on the Qt event loop (no thread, no asyncio). Method calls block for at most ``CALL_TIMEOUT_S``.

``GetCapabilities`` decides whether buttons are sent at all ("actions") and whether the body
may carry markup (then it is escaped); the server's name decides how many buttons fit. A notice
still on screen is replaced (``replaces_id``) by the next one in its slot instead of stacking.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from rejection_desktop import APP_ID, APP_NAME
from rejection_desktop.notifications.delivery import (
    NOTIFICATIONS_SERVICE,
    SHOW_SECONDS,
    BackendUnavailableError,
    Notice,
    Sent,
    default_icon_path,
    session_bus_address,
)

log = logging.getLogger(__name__)

OBJECT_PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 3.0
DEFAULT_ACTION = "default"
CATEGORY = "x-rejection-desktop.reminder"
URGENCY_NORMAL = 1
KEEP_SHOWN = 200
"""How many shown notices are remembered for their clicks."""

BUTTON_LIMITS: dict[str, int | None] = {
    "dunst": None, "mako": None, "swaync": None, "xfce4-notifyd": None, "Plasma": None,
    "gnome-shell": 3, "Notification Daemon": 3, "notify-osd": 0,
}
"""How many buttons a server shows (None: all of them; dunst and mako in a menu). An unknown
server gets ``UNKNOWN_SERVER_BUTTONS``: the spec sets no limit, GNOME drops buttons beyond 3."""
UNKNOWN_SERVER_BUTTONS = 3

CLOSE_REASONS = {1: "expired", 2: "dismissed", 3: "closed by the app", 4: "closed"}


@dataclass(frozen=True)
class ServerInfo:
    """What ``GetServerInformation`` and ``GetCapabilities`` said."""

    name: str
    version: str
    capabilities: frozenset[str]

    @property
    def actions(self) -> bool:
        """True when the server shows buttons."""
        return "actions" in self.capabilities and self.max_buttons != 0

    @property
    def max_buttons(self) -> int | None:
        """How many buttons fit (None: no limit)."""
        return BUTTON_LIMITS.get(self.name, UNKNOWN_SERVER_BUTTONS)

    def describe(self) -> str:
        return f"{self.name} {self.version}".strip()


def _jeepney() -> Any:
    """jeepney's modules, imported when first needed (an optional dependency at run time)."""
    try:
        import jeepney  # noqa: PLC0415
        from jeepney.io import blocking  # noqa: PLC0415
    except ImportError as exc:
        raise BackendUnavailableError(f"jeepney is not installed ({exc})") from None
    return jeepney, blocking


class FreedesktopBackend(QObject):
    """Sends notices over D-Bus with their buttons and reports what the user did with them.

    ``action_invoked(notice, key, activation_token)``: a button (or the body: the first
    button's key) was pressed. ``closed(notice, reason)``: the notice left the screen.
    """

    name = "freedesktop"
    native = True
    bus_name = NOTIFICATIONS_SERVICE
    object_path = OBJECT_PATH
    interface = NOTIFICATIONS_SERVICE

    action_invoked = Signal(object, str, str)
    closed = Signal(object, str)

    def __init__(self, *, address: Callable[[], str | None] = session_bus_address,
                 icon: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._icon = icon if icon is not None else default_icon_path()
        self._connection: Any = None
        self._connected_to: str | None = None
        self._notifier: QSocketNotifier | None = None
        self._signals: deque[Any] = deque(maxlen=KEEP_SHOWN)
        self._filter: Any = None
        self._shown: dict[int, Notice] = {}
        self._slots: dict[str, int] = {}
        self._tokens: dict[int, str] = {}
        self.server: ServerInfo | None = None
        """What the server said at the last send or probe."""

    # connection --------------------------------------------------------------------------------
    def _connect(self) -> Any:
        address = self._address()
        if address is None:
            raise BackendUnavailableError("no session D-Bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        if self._connection is not None and self._connected_to == address:
            return self._connection
        self.disconnect_bus()
        jeepney, blocking = _jeepney()
        try:
            connection = blocking.open_dbus_connection(bus=address, auth_timeout=CALL_TIMEOUT_S)
        except (OSError, RuntimeError, ValueError) as exc:
            raise BackendUnavailableError(
                f"cannot reach the session D-Bus: {type(exc).__name__}: {exc}") from None
        rule = jeepney.MatchRule(type="signal", interface=self.interface,
                                 path=self.object_path)
        try:
            self._filter = connection.filter(rule, queue=self._signals)
            connection.send_and_get_reply(
                jeepney.bus_messages.message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        except Exception:
            connection.close()
            raise
        self._connection = connection
        self._connected_to = address
        notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._drain)
        self._notifier = notifier
        return connection

    def disconnect_bus(self) -> None:
        """Close the connection (a later send opens a new one); forgets shown notices."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._connection is not None:
            try:
                self._connection.close()
            except OSError:
                log.debug("closing the notification connection failed", exc_info=True)
        self._connection = None
        self._connected_to = None
        self._shown.clear()
        self._slots.clear()
        self._tokens.clear()

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = (),
              interface: str | None = None) -> tuple[Any, ...]:
        """Call a method of the notification server; raises BackendUnavailableError."""
        jeepney, _ = _jeepney()
        connection = self._connect()
        message = jeepney.new_method_call(
            jeepney.DBusAddress(self.object_path, self.bus_name, interface or self.interface),
            method, signature, body)
        try:
            reply = connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        except TimeoutError:
            raise BackendUnavailableError(
                f"the notification server did not answer {method} in {CALL_TIMEOUT_S:.0f} s"
            ) from None
        except OSError as exc:
            self.disconnect_bus()
            raise BackendUnavailableError(f"lost the session D-Bus: {exc}") from None
        finally:
            QTimer.singleShot(0, self._drain)  # signals read along with the reply
        if reply.header.message_type == jeepney.MessageType.error:
            error = str(reply.header.fields.get(jeepney.HeaderFields.error_name, ""))
            if error.endswith(("ServiceUnknown", "NameHasNoOwner")):
                raise BackendUnavailableError(
                    f"{self.bus_name} has no owner on the session bus "
                    "(no notification server is running)")
            raise BackendUnavailableError(f"{method} failed: {error}")
        return tuple(reply.body)

    def probe(self) -> ServerInfo:
        """Ask the server who it is and what it can do; raises BackendUnavailableError."""
        capabilities = self._call("GetCapabilities")[0]
        name, _vendor, version, _spec = self._call("GetServerInformation")
        self.server = ServerInfo(str(name), str(version).split()[0] if version else "",
                                 frozenset(str(c) for c in capabilities))
        return self.server

    # sending -----------------------------------------------------------------------------------
    def send(self, notice: Notice) -> Sent:
        server = self.probe()
        buttons = notice.buttons(server.max_buttons) if server.actions else ()
        actions: list[str] = []
        if buttons:
            actions = [DEFAULT_ACTION, buttons[0].label]
            for action in buttons:
                actions += [action.key, action.label]
        body = escape(notice.message, quote=False) if "body-markup" in server.capabilities \
            else notice.message
        hints: dict[str, tuple[str, Any]] = {
            "desktop-entry": ("s", APP_ID),
            "urgency": ("y", URGENCY_NORMAL),
            "category": ("s", CATEGORY),
        }
        icon = str(self._icon) if self._icon is not None and self._icon.exists() else ""
        if icon:
            hints["image-path"] = ("s", icon)
        replaces = self._slots.get(notice.slot, 0)
        timeout = SHOW_SECONDS * 1000 if not buttons else -1  # the server's own, longer stay
        (notification_id,) = self._call(
            "Notify", "susssasa{sv}i",
            (APP_NAME, replaces, icon, notice.title, body, actions, hints, timeout))
        notification_id = int(notification_id)
        self._remember(notification_id, notice)
        replaced = f", replacing {replaces}" if replaces else ""
        log.info("notification %s sent to %s with %d buttons%s", notification_id,
                 server.describe(), len(buttons), replaced)
        return Sent(server.describe(), buttons=bool(buttons))

    def _remember(self, notification_id: int, notice: Notice) -> None:
        self._shown.pop(notification_id, None)
        self._shown[notification_id] = notice
        self._slots[notice.slot] = notification_id
        while len(self._shown) > KEEP_SHOWN:
            self._forget(next(iter(self._shown)))

    def _forget(self, notification_id: int) -> Notice | None:
        notice = self._shown.pop(notification_id, None)
        self._tokens.pop(notification_id, None)
        if notice is not None and self._slots.get(notice.slot) == notification_id:
            del self._slots[notice.slot]
        return notice

    def shown(self) -> dict[int, Notice]:
        """The notices the server may still show, by notification id."""
        return dict(self._shown)

    # signals from the server -------------------------------------------------------------------
    def _drain(self) -> None:
        """Read what the socket holds (never blocks), then handle the queued signals."""
        connection = self._connection
        if connection is None:
            return
        try:
            while True:
                connection.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:
            log.info("the session D-Bus connection closed (%s); reconnecting at the next "
                     "notification", type(exc).__name__)
            self._handle_queued()
            self.disconnect_bus()
            return
        self._handle_queued()

    def _handle_queued(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            try:
                self._handle(str(message.header.fields.get(_member_field(), "")),
                             tuple(message.body))
            except Exception:
                log.exception("could not handle a notification signal")

    def _handle(self, member: str, body: tuple[Any, ...]) -> None:
        if member == "ActivationToken" and len(body) == 2:
            if int(body[0]) in self._shown:
                self._tokens[int(body[0])] = str(body[1])
        elif member == "ActionInvoked" and len(body) == 2:
            notification_id, key = int(body[0]), str(body[1])
            notice = self._shown.get(notification_id)
            if notice is None:
                return  # another application's notification
            if key == DEFAULT_ACTION:
                default = notice.default_action
                if default is None:
                    return
                key = default.key
            token = self._tokens.pop(notification_id, "")
            log.info("notification %s: action %s", notification_id, key)
            self.action_invoked.emit(notice, key, token)
        elif member == "NotificationClosed" and len(body) == 2:
            notification_id = int(body[0])
            notice = self._forget(notification_id)
            if notice is not None:
                reason = CLOSE_REASONS.get(int(body[1]), "closed")
                log.info("notification %s %s", notification_id, reason)
                self.closed.emit(notice, reason)


def _member_field() -> Any:
    jeepney, _ = _jeepney()
    return jeepney.HeaderFields.member


def freedesktop_available() -> bool:
    """True on Linux (and other freedesktop systems) with jeepney importable."""
    if os.name != "posix" or os.uname().sysname == "Darwin":
        return False
    try:
        _jeepney()
    except BackendUnavailableError:
        return False
    return True


def notification_buttons() -> str:
    """For ``--smoke``: "freedesktop" where reminders can carry buttons here, "n/a" on
    platforms without the freedesktop interface, "none" where jeepney is missing."""
    if os.name != "posix" or os.uname().sysname == "Darwin":
        return "n/a"
    return "freedesktop" if freedesktop_available() else "none"
