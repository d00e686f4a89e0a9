"""The Reminders section of Settings, driven through its widgets; assertions on the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox

from rejection_desktop.db.models import Reminder
from rejection_desktop.notifications.delivery import Delivery, Notice
from rejection_desktop.platform.autostart import XdgAutostart
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.start_at_login import StartAtLogin
from rejection_desktop.ui.widgets.reminder_settings import ReminderSettings

COMMAND = ["rejection-desktop", "--hidden"]


class Sender:
    """Stands in for the runtime's test-notification call."""

    def __init__(self, delivery: Delivery) -> None:
        self.delivery = delivery
        self.calls = 0

    def __call__(self) -> Delivery:
        self.calls += 1
        return self.delivery


NOTICE = Notice("Test notification", "x", kind="test")


@pytest.fixture
def reminders(services, clock):
    services.settings.set("timezone", "Europe/Berlin")
    return ReminderService(services.settings, services.attempts, clock)


@pytest.fixture
def login(services, tmp_path):
    return StartAtLogin(services.settings, XdgAutostart(tmp_path / "xdg"), COMMAND)


@pytest.fixture
def sender():
    return Sender(Delivery(NOTICE, "plyer", "NotifySendNotification to dunst 1.9.0", True))


@pytest.fixture
def section(*, qtbot, reminders, services, login, clock, sender):
    widget = ReminderSettings(reminders, services.settings, login, sender, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    return widget


def click(qtbot, widget) -> None:
    """Click a button; a check box on its box (its text may not fill the row)."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_time(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def nudges() -> list[tuple[list[str], int, bool]]:
    return [(r.times, r.weekdays, r.enabled)
            for r in Reminder.select().where(Reminder.kind == "daily").order_by(Reminder.id)]


def test_every_control_has_an_accessible_name(section, qtbot) -> None:
    click(qtbot, section.add_button)
    controls = [*section.findChildren(QAbstractButton), *section.findChildren(QAbstractSpinBox),
                *section.findChildren(QComboBox)]
    assert len(controls) > 20
    unnamed = [type(c).__name__ for c in controls
               if not c.accessibleName() and not getattr(c, "text", lambda: "")()]
    assert unnamed == []


def test_adding_a_nudge_replaces_the_empty_state(section, qtbot) -> None:
    assert section.empty_label.isVisible() and section.rows == []
    click(qtbot, section.add_button)
    assert nudges() == [(["09:00"], 127, True)]
    assert not section.empty_label.isVisible()
    assert len(section.rows) == 1


def test_editing_times_and_days_is_saved(section, reminders, qtbot) -> None:
    reminders.add_daily(["09:00"])
    row = section.rows[0]
    type_time(qtbot, row.time_edits[0], "0745")
    assert nudges() == [(["07:45"], 127, True)]
    click(qtbot, row.add_time_button)
    assert nudges() == [(["07:45", "10:45"], 127, True)]
    assert [e.time().toString("HH:mm") for e in section.rows[0].time_edits] == ["07:45", "10:45"]
    click(qtbot, row.day_buttons[6])  # Sunday off
    click(qtbot, row.day_buttons[5])  # Saturday off
    assert nudges() == [(["07:45", "10:45"], 0b0011111, True)]
    drop = next(b for b in row.findChildren(QAbstractButton)
                if b.accessibleName() == "Remove time 07:45")
    click(qtbot, drop)
    assert nudges() == [(["10:45"], 0b0011111, True)]
    click(qtbot, row.enabled_check)
    assert nudges() == [(["10:45"], 0b0011111, False)]


def test_unticking_every_day_is_refused_with_a_message(section, reminders, qtbot) -> None:
    reminders.add_daily(["09:00"], weekdays=0b0000001)
    row = section.rows[0]
    click(qtbot, row.day_buttons[0])
    assert section.error_label.isVisible()
    assert section.error_label.text() == "Choose at least one day of the week."
    assert row.day_buttons[0].isChecked()
    assert nudges() == [(["09:00"], 1, True)]


def test_removing_a_nudge(section, reminders, qtbot) -> None:
    reminders.add_daily(["09:00"])
    reminders.add_daily(["18:00"])
    click(qtbot, section.rows[0].remove_button)
    assert nudges() == [(["18:00"], 127, True)]
    assert len(section.rows) == 1


def test_minutes_before_and_after_are_saved(section, services, qtbot) -> None:
    section.before_spin.setFocus()
    section.before_spin.selectAll()
    qtbot.keyClicks(section.before_spin, "45")
    qtbot.keyClick(section.before_spin, Qt.Key.Key_Return)
    assert services.settings.get("planned_minutes_before") == 45
    section.followup_spin.setFocus()
    section.followup_spin.selectAll()
    qtbot.keyClicks(section.followup_spin, "90")
    qtbot.keyClick(section.followup_spin, Qt.Key.Key_Return)
    assert services.settings.get("followup_minutes") == 90


def test_quiet_hours_are_saved_and_can_be_switched_off(section, services, qtbot) -> None:
    assert section.quiet_check.isChecked()
    type_time(qtbot, section.quiet_end, "0630")
    assert services.settings.get("quiet_hours_end") == "06:30"
    click(qtbot, section.quiet_check)
    assert services.settings.get("quiet_hours_enabled") is False
    assert not section.quiet_start.isEnabled()


def test_equal_quiet_hours_are_refused_and_put_back(section, services, qtbot) -> None:
    type_time(qtbot, section.quiet_end, "2200")
    assert section.error_label.text() == "Quiet hours must start and end at different times."
    assert services.settings.get("quiet_hours_end") == "08:00"
    assert section.quiet_end.time().toString("HH:mm") == "08:00"


def test_snooze_pause_and_resume(section, reminders, clock, qtbot) -> None:
    assert section.status_label.text() == "Reminders are on."
    assert not section.resume_button.isEnabled()
    click(qtbot, section.snooze_button)
    assert reminders.status().snoozed_until == clock.now + timedelta(hours=1)
    assert section.status_label.text() == "Reminders are snoozed until 12:00."
    click(qtbot, section.resume_button)
    assert section.status_label.text() == "Reminders are on."
    section.pause_combo.setCurrentIndex(section.pause_combo.findText("for 3 days"))
    click(qtbot, section.pause_button)
    assert reminders.status().paused_until == clock.now + timedelta(days=3)
    assert section.status_label.text() == (
        "Reminders are paused until Thu 4 Jun 11:00; what falls before is skipped.")
    section.pause_combo.setCurrentIndex(section.pause_combo.findText("until I resume"))
    click(qtbot, section.pause_button)
    assert section.status_label.text() == "Reminders are paused until you resume them."


def test_a_snooze_from_the_tray_updates_the_section(section, reminders) -> None:
    reminders.snooze(30)
    assert section.status_label.text() == "Reminders are snoozed until 11:30."


def test_start_at_login_writes_and_removes_the_entry(section, login, services, qtbot) -> None:
    assert not section.login_check.isChecked()
    click(qtbot, section.login_check)
    assert login.backend.path.is_file()
    assert services.settings.get("start_at_login") is True
    click(qtbot, section.login_check)
    assert not login.backend.path.exists()
    assert services.settings.get("start_at_login") is False


def test_a_failing_start_at_login_shows_why_and_stays_off(*, qtbot, reminders, services,
                                                          tmp_path, clock, sender) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    login = StartAtLogin(services.settings, XdgAutostart(blocked), COMMAND)
    widget = ReminderSettings(reminders, services.settings, login, sender, clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    click(qtbot, widget.login_check)
    assert not widget.login_check.isChecked()
    assert widget.error_label.text().startswith("Could not save: ")
    assert services.settings.get("start_at_login") is False


def test_close_to_tray_option(*, section, services, qtbot, reminders, login, clock,
                              sender) -> None:
    click(qtbot, section.tray_check)
    assert services.settings.get("close_to_tray") is False
    without_tray = ReminderSettings(reminders, services.settings, login, sender, clock=clock,
                                    tray_available=False)
    qtbot.addWidget(without_tray)
    assert not without_tray.tray_check.isEnabled()


def test_the_test_button_says_in_plain_words_how_reminders_show(section, sender,
                                                                qtbot) -> None:
    click(qtbot, section.test_button)
    assert sender.calls == 1
    text = section.test_result.text()
    assert text == ("Your desktop shows reminders, but without buttons: the buttons appear in "
                    "the app's banner.")
    assert "plyer" not in text and "Notify" not in text
    sender.delivery = Delivery(NOTICE, "freedesktop", "dunst 1.9.0", True, buttons=True)
    click(qtbot, section.test_button)
    assert section.test_result.text() == "Your desktop shows reminders with buttons."
    sender.delivery = Delivery(NOTICE, "tray", "system tray message", True)
    click(qtbot, section.test_button)
    assert section.test_result.text().startswith("Reminders appear as tray messages")


def test_the_test_button_explains_a_fallback(qtbot, reminders, services, login, clock) -> None:
    sender = Sender(Delivery(NOTICE, "banner", "in-app banner", False, (
        ("freedesktop", "org.freedesktop.Notifications has no owner on the session bus"),
        ("tray", "no system tray"))))
    widget = ReminderSettings(reminders, services.settings, login, sender, clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    click(qtbot, widget.test_button)
    assert widget.test_result.text() == (
        "Your desktop did not show it, so reminders appear in the app's banner, only while "
        "the app runs. Copy the diagnostics below to find out why.")


def test_settings_say_which_nudge_quiet_hours_hold_and_what_is_held_now(section, reminders,
                                                                        clock, qtbot) -> None:
    click(qtbot, section.add_button)
    assert not section.hold_label.isVisible()  # 09:00 is outside 22:00-08:00
    type_time(qtbot, section.rows[0].time_edits[0], "2315")
    qtbot.waitUntil(section.hold_label.isVisible)
    assert section.hold_label.text() == (
        "The nudge at 23:15 falls inside quiet hours: it arrives at 08:00.")
    clock.now = clock.now.replace(hour=21, minute=30)  # 23:30 in Berlin: held right now
    section.hide()
    section.show()  # coming back to Settings
    assert section.hold_label.text().splitlines() == [
        "The nudge at 23:15 falls inside quiet hours: it arrives at 08:00.",
        "Quiet hours: your daily nudge waits until 08:00 tomorrow."]
    click(qtbot, section.quiet_check)  # quiet hours off: nothing held, nothing said
    assert not section.hold_label.isVisible()
