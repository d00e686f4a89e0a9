"""A real notification server: a private session D-Bus, Xvfb and dunst, started by the test.

A due reminder goes through the real ReminderScheduler (a real QTimer and the real clock), the
real notifier chain, plyer and notify-send; ``dbus-monitor`` and ``dunstctl history`` prove the
``Notify`` call reached dunst with our app name. Without a server (a bus with nobody owning
``org.freedesktop.Notifications``, or no bus at all) the in-app banner shows the reminder.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.notification_desktop import (
    dunst_history,
    needs_tools,
    notify_calls,
    top_level_strings,
    wait_for,
)

from rejection_desktop import APP_ID, APP_NAME
from rejection_desktop.app.assemble import build_shell
from rejection_desktop.app.reminders import ReminderRuntime, run_test_notification
from rejection_desktop.notifications.delivery import (
    BannerBackend,
    NotifierChain,
    PlyerBackend,
)
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.scheduler import ReminderScheduler

pytestmark = pytest.mark.notifications


def plan_soon(context, seconds: float = 1.5) -> tuple[int, str]:
    services = context.services
    challenge = services.challenges.list_challenges()[0]
    planned_at = datetime.now(UTC) + timedelta(seconds=seconds)
    return services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                            planned_at=planned_at)), \
        challenge.title


@needs_tools
def test_a_due_reminder_reaches_dunst_with_our_app_name(notification_server, real_time_context,
                                                         qtbot) -> None:
    context = real_time_context
    services = context.services
    reminders = ReminderService(services.settings, services.attempts)
    banner: list = []
    chain = NotifierChain([PlyerBackend()], BannerBackend(banner.append))
    scheduler = ReminderScheduler(reminders, chain.notify)
    reminders.reminders_changed.connect(scheduler.replan)
    scheduler.start()
    try:
        _, title = plan_soon(context)
        assert scheduler.wake_at is not None  # armed by the attempt_planned signal
        with qtbot.waitSignal(chain.delivered, timeout=15_000) as delivered:
            pass
    finally:
        scheduler.stop()
    delivery = delivered.args[0]
    assert delivery.backend == "plyer", delivery.describe()
    assert delivery.detail.startswith("NotifySendNotification to dunst")
    assert banner == [] and chain.missed == 0
    assert scheduler.wakeups == 1

    monitor = notification_server.root / "monitor.log"
    wait_for(lambda: notify_calls(monitor), 10, "the Notify call in dbus-monitor")
    [call] = notify_calls(monitor)
    app_name, icon, summary, body = top_level_strings(call)
    assert app_name == APP_NAME
    assert (summary, body) == ("Time for your planned ask", title)
    assert icon == "" or Path(icon).exists()
    text = "\n".join(call)
    assert f'string "{APP_ID}"' in text  # the desktop-entry hint
    assert call[-1].strip() == "int32 10000"  # expires after 10 s, not "never"
    history = dunst_history(notification_server)
    assert [(n["appname"]["data"], n["summary"]["data"]) for n in history] == [
        (APP_NAME, "Time for your planned ask")]


@needs_tools
def test_the_test_notification_command_reports_the_server(notification_server,
                                                          real_time_context, capsys) -> None:
    assert run_test_notification(real_time_context) == 0
    out = capsys.readouterr().out
    assert out == "test notification delivered by freedesktop (dunst 1.9.0) with buttons\n"
    wait_for(lambda: notify_calls(notification_server.root / "monitor.log"), 10, "Notify")
    [call] = notify_calls(notification_server.root / "monitor.log")
    app_name, _, summary, _ = top_level_strings(call)
    assert (app_name, summary) == (APP_NAME, "Test notification")


def run_runtime_until_delivered(context, tmp_path, qtbot):
    window = build_shell(context).window
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QApplication

    runtime = ReminderRuntime(QApplication.instance(), window, context, tray_available=False)
    try:
        _, title = plan_soon(context)
        with qtbot.waitSignal(runtime.chain.delivered, timeout=15_000) as delivered:
            pass
    finally:
        runtime.shutdown()
    return window, runtime, delivered.args[0], title


def test_without_a_server_the_banner_shows_the_reminder(bus_only, real_time_context, tmp_path,
                                                        qtbot) -> None:
    window, runtime, delivery, title = run_runtime_until_delivered(real_time_context, tmp_path,
                                                                   qtbot)
    assert delivery.backend == "banner"
    reasons = dict(delivery.failures)
    assert "org.freedesktop.Notifications has no owner" in reasons["plyer"]
    assert reasons["tray"] == "no system tray"
    assert window.banner.isVisibleTo(window)
    assert "Time for your planned ask" in window.banner.text.text()
    assert title.split()[0] in window.banner.text.text()
    assert runtime.chain.missed == 1  # the window was not on screen


def test_without_any_session_bus_nothing_raises(real_time_context, tmp_path, qtbot,
                                                monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    window, runtime, delivery, _ = run_runtime_until_delivered(real_time_context, tmp_path, qtbot)
    assert delivery.backend == "banner"
    assert window.banner.isVisibleTo(window)
    assert runtime.chain.missed == 1


def test_the_test_notification_command_fails_clearly_without_a_server(
        bus_only, real_time_context, capsys) -> None:
    assert run_test_notification(real_time_context) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(
        "rejection-desktop: test notification not delivered (freedesktop: "
        "org.freedesktop.Notifications has no owner on the session bus")
    assert "; plyer: org.freedesktop.Notifications has no owner" in captured.err


def test_waking_from_sleep_replans_at_once(bus_only, real_time_context, tmp_path, qtbot) -> None:
    """logind's PrepareForSleep(false) on the (here: private) system bus triggers a round."""
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QApplication

    address = bus_only.env["DBUS_SESSION_BUS_ADDRESS"]
    bus = QDBusConnection.connectToBus(address, "sleep-watch-test")
    window = build_shell(real_time_context).window
    qtbot.addWidget(window)
    runtime = ReminderRuntime(QApplication.instance(), window, real_time_context,
                              tray_available=False, sleep_bus=bus)
    try:
        assert runtime.watching_sleep
        with qtbot.waitSignal(runtime.scheduler.round_done, timeout=10_000,
                              check_params_cb=lambda r: r.reason == "resume"):
            subprocess.run(["dbus-send", f"--bus={address}", "--type=signal",
                            "/org/freedesktop/login1",
                            "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false"],
                           check=True, timeout=10)
    finally:
        runtime.shutdown()
        QDBusConnection.disconnectFromBus("sleep-watch-test")
