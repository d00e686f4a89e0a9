"""Notifications from inside a Flatpak sandbox: the XDG desktop portal's Notification interface.

A sandboxed app may not talk to ``org.freedesktop.Notifications``; it asks the portal
(``org.freedesktop.portal.Desktop``, interface ``org.freedesktop.portal.Notification``):
``AddNotification(id, {title, body, priority, default-action, buttons})`` and the
``ActionInvoked(id, action, parameter)`` signal, whose parameter carries the activation token
from portal version 2 on. The connection, the socket watch and the routing are the freedesktop
backend's; an id per slot replaces a notice still on screen. The portal does not say when a
notice closes, and always shows buttons.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import Any

from rejection_desktop.notifications.delivery import (
    PORTAL_SERVICE,
    Notice,
    Sent,
)
from rejection_desktop.notifications.freedesktop import FreedesktopBackend, freedesktop_available

log = logging.getLogger(__name__)

PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE = "org.freedesktop.portal.Notification"
PROPERTIES = "org.freedesktop.DBus.Properties"
FLATPAK_INFO = Path("/.flatpak-info")
ID_PREFIX = "rejection-desktop-"
TOKEN_KEY = "activation-token"


def in_flatpak(info: Path = FLATPAK_INFO) -> bool:
    """True inside a Flatpak sandbox (``/.flatpak-info`` exists there)."""
    return info.exists()


class PortalBackend(FreedesktopBackend):
    """Sends notices through the desktop portal; ``action_invoked`` as the freedesktop one."""

    name = "portal"
    bus_name = PORTAL_SERVICE
    object_path = PORTAL_PATH
    interface = PORTAL_INTERFACE

    def __init__(self, **kwargs: Any) -> None:
        self.version: int | None = None
        """The portal's Notification version, asked once per connection."""
        super().__init__(**kwargs)
        self._ids = itertools.count(1)

    def send(self, notice: Notice) -> Sent:
        if self.version is None:
            (version,) = self._call("Get", "ss", (PORTAL_INTERFACE, "version"), PROPERTIES)
            self.version = int(version[1])
        number = self._slots.get(notice.slot) or next(self._ids)  # same slot: replaced
        notification: dict[str, tuple[str, Any]] = {
            "title": ("s", notice.title),
            "body": ("s", notice.message),
            "priority": ("s", "normal"),
        }
        default = notice.default_action
        if default is not None:
            notification["default-action"] = ("s", default.key)
            notification["buttons"] = ("aa{sv}", [
                {"label": ("s", action.label), "action": ("s", action.key)}
                for action in notice.buttons()])
        self._call("AddNotification", "sa{sv}", (f"{ID_PREFIX}{number}", notification))
        self._remember(number, notice)
        log.info("notification %s sent to the desktop portal (version %s) with %d buttons",
                 number, self.version, len(notice.actions))
        return Sent(f"desktop portal {self.version}", buttons=bool(notice.actions))

    def disconnect_bus(self) -> None:
        """As the freedesktop backend's; the next connection asks for the version again."""
        super().disconnect_bus()
        self.version = None

    def _handle(self, member: str, body: tuple[Any, ...]) -> None:
        if member != "ActionInvoked" or len(body) < 2 or not str(body[0]).startswith(ID_PREFIX):
            return
        try:
            number = int(str(body[0])[len(ID_PREFIX):])
        except ValueError:
            return
        notice = self._shown.get(number)
        if notice is None:
            return
        token = activation_token(body[2] if len(body) > 2 else [])
        key = str(body[1])
        log.info("notification %s: action %s (portal)", number, key)
        self._forget(number)
        self.action_invoked.emit(notice, key, token)


def activation_token(parameter: Any) -> str:
    """The ``activation-token`` in an ``ActionInvoked`` parameter (``av``; version 2 puts the
    platform data, an ``a{sv}``, in it), or ""."""
    for item in parameter or []:
        value = item[1] if isinstance(item, tuple) and len(item) == 2 else item
        if isinstance(value, dict) and TOKEN_KEY in value:
            token = value[TOKEN_KEY]
            return str(token[1] if isinstance(token, tuple) else token)
    return ""


def portal_available(info: Path = FLATPAK_INFO) -> bool:
    """True inside a Flatpak sandbox with jeepney importable."""
    return in_flatpak(info) and freedesktop_available()
