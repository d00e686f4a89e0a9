"""The native backend with buttons on Windows and macOS: desktop-notifier on an asyncio thread.

desktop-notifier (winrt toasts on Windows, UNUserNotificationCenter on macOS, D-Bus on Linux)
is asyncio-only. Its loop runs in one dedicated daemon thread (``AsyncioThread``), not in Qt's
event loop: qasync would have to own the app's main loop (``app.exec()`` replaced, nested
modal loops and pytest-qt's waits then run asyncio re-entrantly), and a loop pumped from a
QTimer either polls for ever or answers clicks late. With the thread, the GUI thread's loop is
untouched, nothing polls, and on Windows winrt runs in its own (MTA) thread instead of Qt's STA
GUI thread. ``send`` waits for the thread at most ``CALL_TIMEOUT_S`` (like the freedesktop
backend's blocking D-Bus call), so the chain can fall back at once.

Clicks come back on the asyncio thread (Windows, Linux) or on the main thread's run loop
(macOS); either way the handler only emits ``_event``, a signal of this QObject, which Qt
queues to the GUI thread. There the notice is looked up and ``action_invoked`` /
``closed`` are emitted exactly like the freedesktop backend's.

On Linux the freedesktop backend (jeepney) stays first; this backend runs there only when
asked for (``force=True``), which the tests do to drive it against dunst on a private bus.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import sys
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from rejection_desktop import APP_NAME
from rejection_desktop.notifications.delivery import (
    DESKTOP_NOTIFIER,
    DESKTOP_NOTIFIER_PLATFORMS,
    SHOW_SECONDS,
    BackendUnavailableError,
    Notice,
    Sent,
    default_icon_path,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

CALL_TIMEOUT_S = 5.0
"""How long ``send`` waits for the notification centre (macOS asks for permission once)."""
KEEP_SHOWN = 200
BUTTON_LIMITS = {"win32": 5}
"""A Windows toast shows at most 5 buttons; elsewhere all of them (macOS: in a menu)."""
PLATFORMS = DESKTOP_NOTIFIER_PLATFORMS
"""Where this backend is part of the chain by default."""
DESCRIPTIONS = {
    "WinRTDesktopNotifier": "Windows toast",
    "CocoaNotificationCenter": "macOS Notification Center",
    "DBusDesktopNotifier": "D-Bus",
}
CLICKED, BUTTON, DISMISSED = "clicked", "button", "dismissed"


class AsyncioThread:
    """One asyncio event loop running in a daemon thread; ``run`` waits for a coroutine."""

    def __init__(self, name: str = "notifications-asyncio") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        with self._lock:
            if self.running:
                return
            loop = asyncio.new_event_loop()
            ready = threading.Event()
            thread = threading.Thread(target=self._run, args=(loop, ready), name=self._name,
                                      daemon=True)
            thread.start()
            ready.wait(CALL_TIMEOUT_S)
            self._loop, self._thread = loop, thread

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        _enter_windows_apartment()
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = CALL_TIMEOUT_S) -> T:
        """Run ``coroutine`` on the thread's loop and return its result; raises what it raises,
        or ``BackendUnavailableError`` after ``timeout`` seconds (the coroutine is cancelled)."""
        self.start()
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise BackendUnavailableError(
                f"the notification centre did not answer in {timeout:.0f} s") from None

    def submit(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        """Run ``coroutine`` on the loop without waiting; its failure is logged."""
        self.start()
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        future.add_done_callback(_log_failure)

    def stop(self) -> None:
        """Stop the loop and wait for the thread (briefly)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(CALL_TIMEOUT_S)
            if thread.is_alive():
                log.warning("the notification thread did not stop in %.0f s", CALL_TIMEOUT_S)


def _log_failure(future: concurrent.futures.Future[Any]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.warning("notification task failed", exc_info=future.exception())


def _enter_windows_apartment() -> None:
    """winrt needs the thread in a COM apartment; Qt's GUI thread is STA, this one is MTA."""
    if sys.platform != "win32":
        return
    try:
        from winrt import _winrt  # noqa: PLC0415

        _winrt.init_apartment()
    except Exception:  # already initialised, or another pywinrt layout: implicit MTA then
        log.debug("winrt apartment not initialised explicitly", exc_info=True)


def _library() -> Any:
    """The desktop_notifier module, imported when first needed (a platform dependency)."""
    try:
        import desktop_notifier  # noqa: PLC0415
    except ImportError as exc:
        raise BackendUnavailableError(f"desktop-notifier is not installed ({exc})") from None
    return desktop_notifier


def backend_class_name() -> str:
    """The class desktop-notifier picks here (``WinRTDesktopNotifier`` ...), for --smoke."""
    from desktop_notifier.main import get_backend_class  # noqa: PLC0415

    return str(get_backend_class().__name__)


def desktop_notifier_available(platform: str = sys.platform) -> bool:
    """True on Windows and macOS with desktop-notifier importable."""
    if platform not in PLATFORMS:
        return False
    try:
        _library()
    except BackendUnavailableError:
        return False
    return True


class DesktopNotifierBackend(QObject):
    """Sends notices with buttons through desktop-notifier; reports clicks on the GUI thread.

    ``action_invoked(notice, key, activation_token)`` and ``closed(notice, reason)`` as in
    ``FreedesktopBackend`` (the token is always empty: no platform here hands one over).
    """

    name = DESKTOP_NOTIFIER
    native = True

    action_invoked = Signal(object, str, str)
    closed = Signal(object, str)
    _event = Signal(str, str, str)
    """(identifier, what, button key) from the loop thread, queued to the GUI thread."""

    def __init__(self, *, app_name: str = APP_NAME, icon: Path | None = None,
                 platform: str = sys.platform, force: bool = False,
                 loop: AsyncioThread | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon if icon is not None else default_icon_path(platform)
        self._platform = platform
        self._force = force
        self._loop = loop or AsyncioThread()
        self._notifier: Any = None
        self._kind = ""
        self._shown: dict[str, Notice] = {}
        self._slots: dict[str, str] = {}
        self._event.connect(self._on_event)
        self.buttons_shown: bool | None = None
        """Whether the notification centre showed buttons at the last send (None: not yet)."""

    @property
    def kind(self) -> str:
        """What desktop-notifier drives here ("Windows toast" ...), once started."""
        return self._kind

    def _start(self) -> Any:
        if self._notifier is not None:
            return self._notifier
        if self._platform not in PLATFORMS and not self._force:
            raise BackendUnavailableError("desktop-notifier is used on Windows and macOS only")
        library = _library()
        icon = library.Icon(path=self._icon) if self._icon is not None and self._icon.exists() \
            else None

        async def create() -> Any:  # on the loop thread: the backend binds to its loop
            return library.DesktopNotifier(app_name=self._app_name, app_icon=icon)

        try:
            notifier = self._loop.run(create())
        except BackendUnavailableError:
            raise
        except Exception as exc:  # e.g. a winrt or rubicon module missing from the bundle
            self._loop.stop()
            raise BackendUnavailableError(
                f"desktop-notifier cannot start: {type(exc).__name__}: {exc}") from None
        kind = type(notifier._backend).__name__  # the platform backend it picked
        if kind == "DummyNotificationCenter":
            self._loop.stop()
            raise BackendUnavailableError(
                "desktop-notifier has no notification centre here (macOS: not an app bundle)")
        notifier.on_clicked = lambda identifier: self._event.emit(identifier, CLICKED, "")
        notifier.on_button_pressed = lambda identifier, key: self._event.emit(
            identifier, BUTTON, key)
        notifier.on_dismissed = lambda identifier: self._event.emit(identifier, DISMISSED, "")
        self._notifier = notifier
        self._kind = DESCRIPTIONS.get(kind, kind)
        # macOS asks the user once; the answer may take longer than a send may wait, so the
        # question goes out now and a reminder sent before the answer takes the next backend
        self._loop.submit(self._authorise(notifier))
        return notifier

    async def _authorise(self, notifier: Any) -> None:
        granted = await notifier.request_authorisation()
        log.info("%s: notifications %s", self._kind, "allowed" if granted else "not allowed")

    def send(self, notice: Notice) -> Sent:
        notifier = self._start()
        library = _library()
        previous = self._slots.get(notice.slot)
        try:
            capabilities = self._loop.run(self._capabilities(notifier, previous))
        except BackendUnavailableError:
            raise
        except Exception as exc:  # no notification centre: D-Bus errors, winrt's OSError ...
            raise BackendUnavailableError(
                f"{self._kind} is not available: {type(exc).__name__}: {exc}") from None
        can_click = library.Capability.BUTTONS in capabilities
        buttons = notice.buttons(BUTTON_LIMITS.get(self._platform)) if can_click else ()
        dispatched = threading.Event()
        notification = library.Notification(
            title=notice.title, message=notice.message,
            buttons=tuple(library.Button(title=b.label, identifier=b.key) for b in buttons),
            on_dispatched=dispatched.set, timeout=-1 if buttons else SHOW_SECONDS)
        identifier = self._loop.run(notifier.send_notification(notification))
        if not dispatched.is_set():  # desktop-notifier logs the failure instead of raising
            raise BackendUnavailableError(f"{self._kind} refused the notification (see the log)")
        self._remember(str(identifier), notice)
        self.buttons_shown = bool(buttons)
        log.info("notification sent by desktop-notifier (%s) with %d buttons", self._kind,
                 len(buttons))
        return Sent(f"desktop-notifier, {self._kind}", buttons=bool(buttons))

    @staticmethod
    async def _capabilities(notifier: Any, replace: str | None) -> frozenset[Any]:
        if replace is not None:  # the notice still on screen in this slot goes first
            try:
                await notifier.clear(replace)
            except Exception:
                log.debug("could not clear the previous notification", exc_info=True)
        return frozenset(await notifier.get_capabilities())

    def _remember(self, identifier: str, notice: Notice) -> None:
        self._shown[identifier] = notice
        self._slots[notice.slot] = identifier
        while len(self._shown) > KEEP_SHOWN:
            self._forget(next(iter(self._shown)))

    def _forget(self, identifier: str) -> Notice | None:
        notice = self._shown.pop(identifier, None)
        if notice is not None and self._slots.get(notice.slot) == identifier:
            del self._slots[notice.slot]
        return notice

    def _on_event(self, identifier: str, what: str, key: str) -> None:
        """On the GUI thread: a click or a dismissal of one of our notices."""
        notice = self._forget(identifier)
        if notice is None:
            return
        if what == DISMISSED:
            log.info("notification dismissed")
            self.closed.emit(notice, "dismissed")
            return
        if what == CLICKED:
            default = notice.default_action
            if default is None:
                return
            key = default.key
        log.info("notification action %s (desktop-notifier)", key)
        self.action_invoked.emit(notice, key, "")

    def close(self) -> None:
        """Stop the loop thread (a later send starts a new one); forgets shown notices."""
        notifier, self._notifier = self._notifier, None
        self._shown.clear()
        self._slots.clear()
        if notifier is not None and self._loop.running:
            try:
                self._loop.run(_disconnect(notifier))
            except Exception:
                log.warning("could not close desktop-notifier's connection", exc_info=True)
        self._loop.stop()


async def _disconnect(notifier: Any) -> None:
    """Close the D-Bus connection desktop-notifier's Linux backend opened (it has no close)."""
    bus = getattr(notifier._backend, "bus", None)
    if bus is not None and bus.connected:
        bus.disconnect()
        await bus.wait_for_disconnect()


def native_buttons(platform: str = sys.platform,
                   available: Callable[[str], bool] = desktop_notifier_available) -> str:
    """For ``--smoke`` on Windows and macOS: ``desktop-notifier:<its backend class>``, or
    ``none:<why>`` when the library or its platform modules are missing from the bundle."""
    if not available(platform):
        return "none:desktop-notifier"
    try:
        return f"desktop-notifier:{backend_class_name()}"
    except Exception as exc:  # a backend module missing from the bundle
        log.warning("desktop-notifier cannot pick its backend: %s", exc)
        return f"none:{type(exc).__name__}"
