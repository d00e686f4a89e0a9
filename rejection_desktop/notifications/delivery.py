"""The notifier chain: the desktop's notifications -> tray message -> in-app banner.

On Linux the first backend is the freedesktop interface itself (``notifications_dbus``: buttons,
replacing, clicks routed back); plyer stays as the plain fallback behind it and is the native
backend elsewhere.

Every backend failure is caught and logged; none reaches the user as a crash. On Linux plyer is
only trusted once the session bus shows an owner for ``org.freedesktop.Notifications`` (plyer's
``notify-send`` path ignores the tool's exit code, so it would otherwise fail silently). A rate
limit keeps a burst from flooding the desktop: beyond it, notices go to the in-app banner.

Why ``notify-send`` and not dbus-python on Linux: dbus-python has no wheels (it compiles against
libdbus and GLib headers with meson), would have to be bundled by PyInstaller, and buys nothing
here: we probe the bus ourselves with QtDBus. ``notify-send`` comes from ``libnotify-bin``, a
small Debian package the .deb depends on. plyer's public ``notify()`` drops the icon and sends
"never expire" to notify-send, so for that one implementation we pass the arguments it reads.
Click actions are not supported through plyer; the tray message and the banner are clickable.

Notices carry only short fixed texts and challenge titles, never journal text.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import os
import sys
import time
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from rejection_desktop import APP_ID, APP_NAME
from rejection_desktop.domain.text import shorten
from rejection_desktop.platform.resources import resource

log = logging.getLogger(__name__)

TITLE_MAX = 60
"""Windows truncates notification titles around 64 characters."""
MESSAGE_MAX = 180
NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
RATE_LIMIT = 3
"""Native notifications allowed per ``RATE_WINDOW_S``."""
RATE_WINDOW_S = 60.0
SHOW_SECONDS = 10

DESKTOP_NOTIFIER = "desktop-notifier"
"""The name of ``crossplatform.DesktopNotifierBackend`` (asyncio: loaded only where it is used)."""
DESKTOP_NOTIFIER_PLATFORMS = ("win32", "darwin")
"""Where desktop-notifier is part of the chain by default."""

TARGET_TODAY = "today"
TARGET_ATTEMPT = "attempt"


@dataclass(frozen=True)
class NoticeAction:
    """A button on a notice: ``key`` is what comes back when it is pressed.

    Where the desktop shows only a few buttons, the ones not ``essential`` are left out.
    """

    key: str
    label: str
    essential: bool = True


@dataclass(frozen=True)
class Notice:
    """One notification: a short title and message, and what clicking it opens.

    ``target`` is ``"today"`` or ``"attempt"`` (then ``attempt_id`` is set). ``actions`` are its
    buttons, most important first (a click on the body does what the first one does);
    ``reminder_ids`` are the reminders it announces.
    """

    title: str
    message: str
    target: str = TARGET_TODAY
    attempt_id: int | None = None
    kind: str = "reminder"
    actions: tuple[NoticeAction, ...] = ()
    reminder_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", shorten(self.title, TITLE_MAX))
        object.__setattr__(self, "message", shorten(self.message, MESSAGE_MAX))

    @property
    def slot(self) -> str:
        """Notices in the same slot replace each other on screen instead of stacking."""
        return f"{self.kind}:{self.attempt_id or ''}"

    def buttons(self, limit: int | None = None) -> tuple[NoticeAction, ...]:
        """The buttons to show where at most ``limit`` fit (None: no limit)."""
        if limit is None or len(self.actions) <= limit:
            return self.actions
        return tuple(a for a in self.actions if a.essential)[:limit]

    @property
    def default_action(self) -> NoticeAction | None:
        """What a click on the notice itself does: the first button."""
        return self.actions[0] if self.actions else None


class BackendUnavailableError(Exception):
    """A backend cannot deliver here (no server, no tray ...); ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sent:
    """Where a backend showed a notice, and whether with its buttons."""

    detail: str
    buttons: bool = False


class Backend(Protocol):
    """Something that shows a notice, or raises (``BackendUnavailableError`` or anything else)."""

    name: str
    native: bool

    def send(self, notice: Notice) -> str | Sent:
        """Show ``notice``; returns a short description of where it went (or a ``Sent``)."""
        ...


@dataclass(frozen=True)
class Delivery:
    """What happened to one notice."""

    notice: Notice
    backend: str | None
    """Name of the backend that showed it (``plyer``, ``tray``, ``banner``), or None."""
    detail: str = ""
    native: bool = False
    failures: tuple[tuple[str, str], ...] = ()
    rate_limited: bool = False
    missed: bool = False
    buttons: bool = False
    """True when the desktop showed the notice with its buttons."""

    def describe(self) -> str:
        """One line for logs and the command line: who delivered it, or why nobody could."""
        tried = "; ".join(f"{name}: {reason}" for name, reason in self.failures)
        if self.native:
            buttons = "with buttons" if self.buttons else "without buttons"
            return f"delivered by {self.backend} ({self.detail}) {buttons}"
        if self.backend is not None:
            return f"not shown by the desktop ({tried}); shown in the app by {self.backend}"
        return f"not delivered ({tried})" if tried else "not delivered"


# --------------------------------------------------------------------------- plyer and D-Bus


@dataclass(frozen=True)
class PlyerImplementation:
    """plyer's notification object here, or why there is none."""

    instance: Any
    label: str
    reason: str = ""


def load_plyer_notification() -> PlyerImplementation:
    """Resolve plyer's notification implementation without letting its warnings escape.

    plyer falls back to its base facade ``Notification`` (which raises NotImplementedError) when
    it finds nothing usable; that counts as unavailable.
    """
    try:
        from plyer.facades import Notification  # noqa: PLC0415
        from plyer.utils import platform  # noqa: PLC0415

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            module = importlib.import_module(f"plyer.platforms.{platform}.notification")
            implementation = module.instance()
        for warning in caught:
            log.debug("plyer: %s", str(warning.message).splitlines()[0])
    except Exception as exc:  # plyer raises anything from ImportError to OSError
        return PlyerImplementation(None, "", f"{type(exc).__name__}: {exc}")
    if type(implementation) is Notification:
        hint = " (install notify-send: Debian package libnotify-bin)" \
            if sys.platform.startswith("linux") else ""
        return PlyerImplementation(None, "", f"plyer found no notification tool{hint}")
    return PlyerImplementation(implementation, type(implementation).__name__)


def resolve_plyer_backend() -> str:
    """The name of plyer's notification implementation here, or ``unavailable: <reason>``.

    plyer picks its platform module at first use; in a frozen app a missing
    ``plyer.platforms.*`` module shows up here instead of at the first reminder.
    """
    found = load_plyer_notification()
    if found.instance is None:
        log.warning("plyer notification backend unavailable: %s", found.reason)
        return f"unavailable: {found.reason}"
    return f"plyer:{found.label}"


def session_bus_address(env: dict[str, str] | None = None) -> str | None:
    """The session bus address libdbus would use: the variable, else ``$XDG_RUNTIME_DIR/bus``."""
    env = dict(os.environ) if env is None else env
    address = env.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime_dir = env.get("XDG_RUNTIME_DIR")
    if runtime_dir and (Path(runtime_dir) / "bus").exists():
        return f"unix:path={Path(runtime_dir) / 'bus'}"
    return None


@dataclass(frozen=True)
class BusCheck:
    """Whether a notification server owns its name on the session bus."""

    ok: bool
    detail: str


_probe_ids = itertools.count(1)


def check_notification_server(service: str = NOTIFICATIONS_SERVICE,
                              address: str | None = None) -> BusCheck:
    """Ask the session bus whether ``service`` has an owner (starting it if it is activatable).

    Uses a private, short-lived QtDBus connection to the address in the environment now, so a
    changed ``DBUS_SESSION_BUS_ADDRESS`` is honoured. Never raises.
    """
    address = address or session_bus_address()
    if address is None:
        return BusCheck(False, "no session D-Bus (DBUS_SESSION_BUS_ADDRESS is not set)")
    name = f"rejection-desktop-probe-{next(_probe_ids)}"
    try:
        connection = QDBusConnection.connectToBus(address, name)
        try:
            if not connection.isConnected():
                return BusCheck(False, "cannot reach the session D-Bus: "
                                f"{connection.lastError().message()}")
            bus = connection.interface()
            if not _has_owner(bus, service):
                activatable = bus.activatableServiceNames()
                if activatable.isValid() and service in (activatable.value() or []):
                    bus.startService(service)
                if not _has_owner(bus, service):
                    return BusCheck(False, f"{service} has no owner on the session bus "
                                    "(no notification server is running)")
            return BusCheck(True, _server_name(connection, service))
        finally:
            del connection
            QDBusConnection.disconnectFromBus(name)
    except Exception as exc:  # QtDBus should not raise, but never let a probe crash the app
        log.warning("notification server probe failed: %s", exc)
        return BusCheck(False, f"D-Bus probe failed: {type(exc).__name__}")


def _has_owner(bus: Any, service: str) -> bool:
    reply = bus.isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def _server_name(connection: QDBusConnection, service: str) -> str:
    """``"dunst 1.9.0"`` from GetServerInformation, or the bus name when it does not answer."""
    if service != NOTIFICATIONS_SERVICE:
        return service
    interface = QDBusInterface(service, "/org/freedesktop/Notifications", service, connection)
    interface.setTimeout(2000)
    reply = interface.call("GetServerInformation")
    arguments = reply.arguments()
    if reply.type() == QDBusMessage.MessageType.ReplyMessage and len(arguments) >= 3:
        return f"{arguments[0]} {str(arguments[2]).split()[0]}"
    return service


class PlyerBackend:
    """The native notification through plyer (Linux: trusted only with a server on the bus)."""

    name = "plyer"
    native = True

    def __init__(self, *, platform: str = sys.platform,
                 probe: Callable[[str], BusCheck] = check_notification_server,
                 load: Callable[[], PlyerImplementation] = load_plyer_notification,
                 icon: Path | None = None) -> None:
        self._platform = platform
        self._probe = probe
        self._load = load
        self._icon = icon if icon is not None else default_icon_path(platform)

    def send(self, notice: Notice) -> str:
        found = self._load()
        if found.instance is None:
            raise BackendUnavailableError(found.reason)
        where = found.label
        if self._platform.startswith("linux"):
            service = PORTAL_SERVICE if found.label == "NotifyDesktopPortals" \
                else NOTIFICATIONS_SERVICE
            check = self._probe(service)
            if not check.ok:
                raise BackendUnavailableError(check.detail)
            where = f"{found.label} to {check.detail}"
        icon = str(self._icon) if self._icon is not None else ""
        arguments: dict[str, Any] = {
            "title": notice.title, "message": notice.message, "app_name": APP_NAME,
            "app_icon": icon, "timeout": SHOW_SECONDS,
        }
        if found.label == "NotifySendNotification":
            # plyer's notify() forwards neither the icon nor a timeout to notify-send
            found.instance._notify(**arguments, icon=icon, expire_time=str(SHOW_SECONDS * 1000),
                                   hint=f"string:desktop-entry:{APP_ID}", category="",
                                   urgency="normal")
        else:
            found.instance.notify(**arguments)
        return where


def default_icon_path(platform: str = sys.platform) -> Path | None:
    """The app icon plyer can use here (Windows needs an .ico), if it is bundled."""
    names = ["icons/rejection-desktop.ico"] if platform.startswith("win") else \
        ["icons/rejection-desktop.png", "icons/rejection-desktop.svg"]
    for name in names:
        path = resource(name)
        if path.exists():
            return path
    return None


# --------------------------------------------------------------------------- tray and banner


class TrayLike(Protocol):
    def isVisible(self) -> bool: ...

    def supportsMessages(self) -> bool: ...

    def showMessage(self, title: str, message: str, icon: Any, msecs: int) -> None: ...


class TrayBackend:
    """A message from the tray icon (Qt routes it to the desktop's own notifications when it can).

    ``tray`` returns the tray icon or None; ``available`` says whether a system tray exists.
    """

    name = "tray"
    native = True

    def __init__(self, tray: Callable[[], TrayLike | None],
                 available: Callable[[], bool]) -> None:
        self._tray = tray
        self._available = available

    def send(self, notice: Notice) -> str:
        tray = self._tray()
        if tray is None or not self._available():
            raise BackendUnavailableError("no system tray")
        if not tray.isVisible():
            raise BackendUnavailableError("the tray icon is not shown")
        if not tray.supportsMessages():
            raise BackendUnavailableError("the tray cannot show messages")
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        tray.showMessage(notice.title, notice.message,
                         QSystemTrayIcon.MessageIcon.Information, SHOW_SECONDS * 1000)
        return "system tray message"


class BannerBackend:
    """The in-app banner: always works while the app runs, but is seen only in the window."""

    name = "banner"
    native = False

    def __init__(self, show: Callable[[Notice], None]) -> None:
        self._show = show

    def send(self, notice: Notice) -> Sent:
        self._show(notice)
        return Sent("in-app banner", buttons=bool(notice.actions))


# --------------------------------------------------------------------------- the chain


@dataclass
class RateLimiter:
    """At most ``limit`` events in any ``window_s`` seconds (monotonic clock)."""

    limit: int = RATE_LIMIT
    window_s: float = RATE_WINDOW_S
    monotonic: Callable[[], float] = time.monotonic
    _events: deque[float] = field(default_factory=deque)

    def allow(self) -> bool:
        """Record and allow an event, or refuse it when the window is full."""
        now = self.monotonic()
        while self._events and now - self._events[0] >= self.window_s:
            self._events.popleft()
        if len(self._events) >= self.limit:
            return False
        self._events.append(now)
        return True


class NotifierChain(QObject):
    """Tries each backend in order; the last-resort fallback is the in-app banner.

    A notice that only reached the fallback while the user was not looking counts as missed:
    ``missed_changed(count)`` lets the window show a badge; ``acknowledge_missed()`` clears it.
    """

    delivered = Signal(object)
    missed_changed = Signal(int)

    def __init__(self, backends: Sequence[Backend], fallback: Backend | None = None, *,
                 limiter: RateLimiter | None = None,
                 user_present: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backends = list(backends)
        self._fallback = fallback
        self._limiter = limiter or RateLimiter()
        self._user_present = user_present
        self._missed = 0
        self.last: Delivery | None = None

    @property
    def missed(self) -> int:
        return self._missed

    def acknowledge_missed(self) -> None:
        if self._missed:
            self._missed = 0
            self.missed_changed.emit(0)

    def notify(self, notice: Notice) -> Delivery:
        """Deliver ``notice`` through the first backend that accepts it. Never raises."""
        failures: list[tuple[str, str]] = []
        rate_limited = not self._limiter.allow()
        if rate_limited:
            failures.append(("rate limit", f"more than {self._limiter.limit} in "
                             f"{self._limiter.window_s:.0f} s"))
            log.info("notification rate-limited; using the in-app banner")
        else:
            for backend in self._backends:
                outcome = self._try(backend, notice, failures)
                if outcome is not None:
                    return self._finish(Delivery(notice, backend.name, outcome.detail,
                                                 backend.native, tuple(failures),
                                                 buttons=outcome.buttons))
        if self._fallback is not None:
            outcome = self._try(self._fallback, notice, failures)
            if outcome is not None:
                missed = not self._safe_present()
                return self._finish(Delivery(notice, self._fallback.name, outcome.detail, False,
                                             tuple(failures), rate_limited, missed,
                                             buttons=outcome.buttons))
        return self._finish(Delivery(notice, None, "", False, tuple(failures), rate_limited,
                                     missed=True))

    def _try(self, backend: Backend, notice: Notice,
             failures: list[tuple[str, str]]) -> Sent | None:
        try:
            outcome = backend.send(notice)
            return outcome if isinstance(outcome, Sent) else Sent(outcome)
        except BackendUnavailableError as exc:
            log.info("notification backend %s unavailable: %s", backend.name, exc.reason)
            failures.append((backend.name, exc.reason))
        except Exception as exc:
            log.warning("notification backend %s failed", backend.name, exc_info=True)
            failures.append((backend.name, f"failed: {type(exc).__name__}"))
        return None

    def _safe_present(self) -> bool:
        try:
            return bool(self._user_present())
        except Exception:
            log.warning("could not tell whether the window is in use", exc_info=True)
            return False

    def _finish(self, delivery: Delivery) -> Delivery:
        self.last = delivery
        log.info("notification (%s): %s", delivery.notice.kind,
                 f"{delivery.backend}" if delivery.backend else "not delivered")
        if delivery.missed:
            self._missed += 1
            self.missed_changed.emit(self._missed)
        self.delivered.emit(delivery)
        return delivery
