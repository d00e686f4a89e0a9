"""The tray menu, close-to-tray, the reminder banner and the missed badge, wired by the runtime.

Drives the real tray actions, window and banner; assertions on the database and on signals.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rejection_desktop.app.assemble import build_shell
from rejection_desktop.app.reminders import ReminderRuntime
from rejection_desktop.db.models import Setting
from rejection_desktop.notifications.delivery import BackendUnavailableError, Notice
from rejection_desktop.platform.autostart import XdgAutostart
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.start_at_login import StartAtLogin
from rejection_desktop.ui.tray import ReminderTray

BERLIN = ZoneInfo("Europe/Berlin")


class NoDesktop:
    """A native backend that is never available (as on a desktop without a server)."""

    name = "plyer"
    native = True

    def send(self, notice: Notice) -> str:
        raise BackendUnavailableError("no notification server")


@pytest.fixture
def window(qtbot, context, tmp_path):
    context.services.settings.set("timezone", "Europe/Berlin")
    context.services.settings.set("onboarding_done", True)  # no wizard in these tests
    win = build_shell(context).window
    qtbot.addWidget(win)
    return win


def make_runtime(window, context, tmp_path, *, tray: bool) -> ReminderRuntime:
    login = StartAtLogin(context.services.settings, XdgAutostart(tmp_path / "xdg"),
                         ["rejection-desktop", "--hidden"])
    return ReminderRuntime(QApplication.instance(), window, context, start_at_login=login,
                           tray_available=tray, backends=[NoDesktop()])


@pytest.fixture
def runtime(window, context, tmp_path):
    runtime = make_runtime(window, context, tmp_path, tray=True)
    yield runtime
    runtime.shutdown()


def setting(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else row.value


def test_the_tray_menu_offers_the_reminder_actions(qtbot) -> None:
    tray = ReminderTray()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["No reminder planned", "Log an ask…", "Plan an ask…", "Weekly review…",
                     "Snooze reminders 1 h", "Pause until tomorrow", "Resume reminders",
                     "If you need support now…", "Open Rejection Desktop", "Quit"]
    assert not tray.next_action.isEnabled()  # information, not a command
    assert tray.icon.contextMenu() is tray.menu
    assert not tray.icon.icon().isNull()
    for action, signal in ((tray.plan_action, tray.plan_requested),
                           (tray.log_action, tray.log_requested),
                           (tray.review_action, tray.review_requested),
                           (tray.snooze_action, tray.snooze_requested),
                           (tray.pause_action, tray.pause_requested),
                           (tray.resume_action, tray.resume_requested),
                           (tray.open_action, tray.open_requested),
                           (tray.crisis_action, tray.crisis_requested),
                           (tray.quit_action, tray.quit_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    tray.set_today_title("Ask for a discount on a coffee")
    assert tray.plan_action.toolTip() == "Today: Ask for a discount on a coffee"


def test_snooze_and_pause_from_the_tray_are_stored(runtime, clock) -> None:
    runtime.tray.snooze_action.trigger()
    assert setting("snoozed_until") == (clock.now + timedelta(hours=1)).isoformat()
    assert runtime.tray.resume_action.isVisible()
    runtime.tray.pause_action.trigger()
    midnight = datetime(2026, 6, 2, tzinfo=BERLIN).astimezone(UTC)
    assert setting("paused_until") == midnight.isoformat()
    assert "Reminders paused until" in runtime.tray.icon.toolTip()
    assert not runtime.tray.pause_action.isVisible()
    runtime.tray.resume_action.trigger()
    assert not runtime.reminders.status().paused(clock.now)
    assert not runtime.tray.resume_action.isVisible()


def test_open_today_and_log_from_the_tray(runtime, window, qtbot) -> None:
    window.show_page("settings")
    runtime.tray.open_action.trigger()
    assert window.isVisible()
    window.show_page("settings")
    with qtbot.waitSignal(runtime.plan_ask_requested, timeout=1000):
        runtime.tray.plan_action.trigger()
    assert window.current_page_key() == "today"
    with qtbot.waitSignal(runtime.log_requested, timeout=1000):
        runtime.tray.log_action.trigger()


def test_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(
        runtime, window, qtbot) -> None:
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    window.close()
    assert not window.isVisible() and quits == []
    box = runtime.close_explanation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "keeps running in the tray" in box.text()
    assert setting("close_to_tray_explained") is True
    keep = next(b for b in box.buttons() if b.text() == "Keep running")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    window.show()
    window.close()
    assert runtime.close_explanation is None or not runtime.close_explanation.isVisible()
    assert quits == []


def test_escape_dismisses_the_tray_explanation_and_keeps_the_app_running(
        runtime, window, qtbot) -> None:
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    window.close()
    box = runtime.close_explanation
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.activateWindow()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert quits == [] and setting("close_to_tray") is not False


def test_choosing_quit_on_close_quits_now_and_next_time(runtime, window, qtbot,
                                                        services) -> None:
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    window.close()
    box = runtime.close_explanation
    quit_button = next(b for b in box.buttons() if b.text() == "Quit when I close the window")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert services.settings.get("close_to_tray") is False
    assert quits


def test_without_a_tray_closing_says_once_that_reminders_stop_then_quits(
        window, context, tmp_path, qtbot) -> None:
    runtime = make_runtime(window, context, tmp_path, tray=False)
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    window.close()
    box = runtime.close_explanation
    assert quits == [] and isinstance(box, QMessageBox) and box.isVisible()
    assert "reminders stop when Rejection Desktop quits" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep the window open")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert quits == [] and window.isMinimized()
    window.showNormal()
    window.close()  # said once: now closing quits at once
    assert quits == [1]
    assert not runtime.should_start_hidden(True)


def test_without_a_tray_the_explanation_can_quit(window, context, tmp_path, qtbot) -> None:
    runtime = make_runtime(window, context, tmp_path, tray=False)
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    window.close()
    quit_button = next(b for b in runtime.close_explanation.buttons() if b.text() == "Quit")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert quits == [1] and not window.isVisible()


def test_hidden_start_needs_a_tray(runtime) -> None:
    assert runtime.should_start_hidden(True)
    assert not runtime.should_start_hidden(False)


def test_the_tray_quit_closes_past_the_tray_handler(runtime, window) -> None:
    quits: list[int] = []
    window.quit_requested.connect(lambda: quits.append(1))
    window.show()
    runtime.tray.quit_action.trigger()
    assert quits and not window.isVisible()
    assert runtime.close_explanation is None


def test_a_follow_up_banner_opens_the_attempt_and_can_snooze(runtime, window, qtbot,
                                                             clock) -> None:
    notice = Notice("How did it go?", "Ask for a discount: log it while it's fresh.",
                    target="attempt", attempt_id=7, kind="followup")
    window.show()
    window.show_page("settings")
    runtime.show_banner(notice)
    assert window.banner.isVisibleTo(window)
    assert "How did it go?" in window.banner.text.text()
    assert window.banner.action_button.text() == "Log it"
    with qtbot.waitSignal(runtime.attempt_requested, timeout=1000) as opened:
        qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    assert opened.args == [7]
    assert window.current_page_key() == "today"

    runtime.show_banner(notice)
    window.banner.text.linkActivated.emit("rejection-desktop:snooze")
    assert setting("snoozed_until") == (clock.now + timedelta(hours=1)).isoformat()
    assert window.banner.text.text() == "Reminders snoozed until 12:00."


def test_a_reminder_missed_while_away_shows_a_badge_until_the_window_is_used(
        runtime, window, context, clock, qtbot) -> None:
    counts: list[int] = []
    runtime.missed_changed.connect(counts.append)
    services = context.services
    challenge = services.challenges.list_challenges()[0]
    services.settings.set("planned_minutes_before", 0)
    services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                     planned_at=clock.now + timedelta(minutes=5)))
    clock.advance(minutes=5)
    runtime.scheduler.replan("timer")  # as the timer would, at the due time
    assert counts == [1]
    assert "1 missed reminder" in runtime.tray.icon.toolTip()
    assert window.banner.isVisibleTo(window)
    assert challenge.title[:20] in window.banner.text.text()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert counts == [1, 0]
    assert "missed" not in runtime.tray.icon.toolTip()


def test_clicking_a_tray_message_opens_its_target(runtime, window, qtbot) -> None:
    class Tray:
        name = "tray"
        native = True

        def send(self, notice):
            return "system tray message"

    runtime.chain._backends = [Tray()]
    runtime.chain.notify(Notice("How did it go?", "x", target="attempt", attempt_id=3))
    with qtbot.waitSignal(runtime.attempt_requested, timeout=1000) as opened:
        runtime.tray.icon.messageClicked.emit()
    assert opened.args == [3] and window.isVisible()


def test_start_at_login_entry_is_refreshed_at_start(window, context, tmp_path) -> None:
    context.services.settings.set("start_at_login", True)
    runtime = make_runtime(window, context, tmp_path, tray=True)
    path = tmp_path / "xdg" / "autostart"
    assert [p.name for p in path.iterdir()] == [
        "io.github.rejectiondesktop.RejectionDesktop.desktop"]
    assert "Exec=rejection-desktop --hidden" in next(path.iterdir()).read_text()
    runtime.shutdown()
