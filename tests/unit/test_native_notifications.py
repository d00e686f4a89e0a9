"""The Windows/macOS backends: desktop-notifier's asyncio thread, osascript, the chain's order.

The desktop-notifier path itself is driven against dunst in
tests/integration/test_desktop_notifier_backend.py; the tests marked for win32 / darwin run in
the release workflow's unit-test step on those runners.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import pytest

from rejection_desktop.app import reminders as reminders_runtime
from rejection_desktop.notifications.crossplatform import (
    PLATFORMS,
    AsyncioThread,
    DesktopNotifierBackend,
    native_buttons,
)
from rejection_desktop.notifications.delivery import (
    BackendUnavailableError,
    BannerBackend,
    Notice,
    NoticeAction,
    NotifierChain,
)
from rejection_desktop.notifications.freedesktop import FreedesktopBackend
from rejection_desktop.notifications.macos import OSASCRIPT, OsascriptBackend, osascript_command

NOTICE = Notice('Ask "Anna" \\ back', "It's time; \" end tell", kind="followup", attempt_id=3,
                actions=(NoticeAction("log", "Log it now"),))


@pytest.fixture
def loop_thread():
    thread = AsyncioThread(name="test-asyncio")
    yield thread
    thread.stop()


def test_the_asyncio_thread_runs_coroutines_off_the_calling_thread(loop_thread) -> None:
    async def where() -> str:
        await asyncio.sleep(0)
        return threading.current_thread().name

    assert loop_thread.run(where()) == "test-asyncio"
    assert loop_thread.run(where()) == "test-asyncio"  # the same loop, still running
    loop_thread.stop()
    assert not [t for t in threading.enumerate() if t.name == "test-asyncio"]


def test_a_coroutine_that_hangs_is_cancelled_and_reported(loop_thread) -> None:
    cancelled = threading.Event()

    async def hang() -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    with pytest.raises(BackendUnavailableError, match="did not answer in 0 s"):
        loop_thread.run(hang(), timeout=0.2)
    assert cancelled.wait(5)


def test_errors_inside_the_loop_reach_the_caller(loop_thread) -> None:
    async def fail() -> None:
        raise ConnectionRefusedError("no server")

    with pytest.raises(ConnectionRefusedError):
        loop_thread.run(fail())


@pytest.mark.skipif(sys.platform in PLATFORMS, reason="Linux: desktop-notifier only when forced")
def test_elsewhere_desktop_notifier_waits_to_be_asked_for(qapp) -> None:
    backend = DesktopNotifierBackend()
    with pytest.raises(BackendUnavailableError, match="Windows and macOS only"):
        backend.send(NOTICE)
    assert native_buttons(available=lambda _: False) == "none:desktop-notifier"


def test_linux_keeps_the_freedesktop_backend_first(qapp, monkeypatch) -> None:
    monkeypatch.delenv(reminders_runtime.BACKEND_VARIABLE, raising=False)
    monkeypatch.setattr(reminders_runtime, "freedesktop_available", lambda: True)
    backends = reminders_runtime.default_backends(lambda: None, lambda: False)
    assert isinstance(backends[0], FreedesktopBackend)
    assert not any(isinstance(b, DesktopNotifierBackend) for b in backends)
    monkeypatch.setenv(reminders_runtime.BACKEND_VARIABLE, "desktop-notifier")
    backends = reminders_runtime.default_backends(lambda: None, lambda: False)
    assert isinstance(backends[0], DesktopNotifierBackend)
    assert isinstance(backends[1], FreedesktopBackend)  # still there behind it
    reminders_runtime.close_backends(backends)


# ---------------------------------------------------------------------- osascript (macOS)


class FakeRun:
    def __init__(self, returncode: int = 0, stderr: str = "") -> None:
        self.commands: list[list[str]] = []
        self.returncode, self.stderr = returncode, stderr

    def __call__(self, command, **_: object) -> subprocess.CompletedProcess[str]:
        self.commands.append(command)
        return subprocess.CompletedProcess(command, self.returncode, "", self.stderr)


def test_osascript_gets_the_texts_as_arguments_never_as_script() -> None:
    run = FakeRun()
    backend = OsascriptBackend(platform="darwin", which=lambda name: name, run=run)
    sent = backend.send(NOTICE)
    assert (sent.detail, sent.buttons) == ("macOS notification (osascript)", False)
    command = run.commands[0]
    assert command[0] == OSASCRIPT and command[-2:] == [NOTICE.title, NOTICE.message]
    script = "\n".join(command[2:-2:2])
    assert "Anna" not in script and "end tell" not in script
    assert command == osascript_command(NOTICE)


def test_a_failing_osascript_falls_back_down_the_chain(qapp) -> None:
    failing = OsascriptBackend(platform="darwin", which=lambda name: name,
                               run=FakeRun(1, "execution error: Not authorised (-1743)\n"))
    shown: list[Notice] = []
    delivery = NotifierChain([failing], BannerBackend(shown.append)).notify(NOTICE)
    assert delivery.backend == "banner" and shown == [NOTICE]
    assert delivery.failures == (
        ("osascript", "osascript failed: execution error: Not authorised (-1743)"),)
    with pytest.raises(BackendUnavailableError, match="macOS only"):
        OsascriptBackend(platform="linux", run=FakeRun()).send(NOTICE)


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS only (release workflow)")
def test_osascript_shows_a_notification_on_macos() -> None:
    assert OsascriptBackend().send(NOTICE).detail == "macOS notification (osascript)"


# ---------------------------------------------------------------------- on their platforms


@pytest.mark.skipif(sys.platform not in PLATFORMS, reason="Windows and macOS (release workflow)")
def test_desktop_notifier_loads_its_platform_backend() -> None:
    expected = {"win32": {"desktop-notifier:WinRTDesktopNotifier"},
                # outside an app bundle (the tests) macOS gives only the dummy centre
                "darwin": {"desktop-notifier:DummyNotificationCenter",
                           "desktop-notifier:CocoaNotificationCenter"}}
    assert native_buttons() in expected[sys.platform]


@pytest.mark.skipif(sys.platform != "win32", reason="Windows only (release workflow)")
def test_a_windows_toast_goes_out_with_its_buttons(qapp) -> None:
    backend = DesktopNotifierBackend()
    try:
        sent = backend.send(NOTICE)
    finally:
        backend.close()
    assert (sent.detail, sent.buttons) == ("desktop-notifier, Windows toast", True)


def test_a_notifier_that_cannot_start_is_reported_and_the_chain_goes_on(qapp, monkeypatch
                                                                        ) -> None:
    desktop_notifier = pytest.importorskip("desktop_notifier")

    def broken(**_: object) -> None:
        raise ModuleNotFoundError("No module named 'winrt.windows.ui.notifications'")

    monkeypatch.setattr(desktop_notifier, "DesktopNotifier", broken)
    backend = DesktopNotifierBackend(force=True)
    shown: list[Notice] = []
    delivery = NotifierChain([backend], BannerBackend(shown.append)).notify(NOTICE)
    assert delivery.backend == "banner" and shown == [NOTICE]
    assert delivery.failures == (("desktop-notifier", "desktop-notifier cannot start: "
                                  "ModuleNotFoundError: No module named "
                                  "'winrt.windows.ui.notifications'"),)
    assert not [t for t in threading.enumerate() if t.name == "notifications-asyncio"]
