"""First-run onboarding: completing it stores the choices and it is not shown again."""

from __future__ import annotations

import pytest
from helpers.flow_driver import activate, click
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from rejection_desktop.app.assemble import assemble, build_shell
from rejection_desktop.db.models import Challenge, Reminder
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard


def nudges(services):
    return [(n.times, n.weekdays, n.enabled) for n in services.reminders.daily_nudges()]


def to_last_page(qtbot, wizard):
    while wizard.currentPage() is not wizard.page(wizard.pageIds()[-1]):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)


def test_completing_onboarding_seeds_the_ladder_and_the_reminder_time(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert len(wizard.sliders) == 5
    ratings = dict(zip(wizard.sliders, (5, 20, 40, 60, 80), strict=True))
    to_last_page(qtbot, wizard)
    for challenge_id, value in ratings.items():
        wizard.sliders[challenge_id].setValue(value)
    wizard.reminder_time.setTime(QTime(8, 15))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert services.settings.get("onboarding_done") is True
    assert nudges(services) == [(("08:15",), 127, True)]  # the one place nudges are kept
    for challenge_id, value in ratings.items():
        row = Challenge.get_by_id(challenge_id)
        assert (row.distress, row.user_edited) == (value, True)


def test_skipping_marks_it_done_without_changing_the_ladder(qtbot, services):
    before = {c.id: c.distress for c in Challenge.select()}
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert services.settings.get("onboarding_done") is True
    assert {c.id: c.distress for c in Challenge.select()} == before


def test_the_shell_shows_onboarding_once(qtbot, context, tmp_path):
    shell = build_shell(context)
    qtbot.addWidget(shell.window)
    shown = []

    def finish():
        wizard = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, OnboardingWizard) and w.isVisible())
        shown.append(wizard)
        wizard.button(QWizard.WizardButton.CancelButton).click()

    QTimer.singleShot(50, finish)
    shell.show_onboarding_if_new()
    assert len(shown) == 1
    shell.show_onboarding_if_new()  # returns at once: no wizard, nothing blocks
    assert len(shown) == 1


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 800)
    shell.window.show()
    yield shell, runtime
    runtime.shutdown()


def run_onboarding(qtbot, shell, action):
    """Open onboarding as a new user's first start does and let ``action`` drive it."""
    done = []

    def drive():
        wizard = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, OnboardingWizard) and w.isVisible())
        try:
            action(wizard)
        finally:
            done.append(wizard)
            if wizard.isVisible():
                wizard.reject()  # never leave a modal dialog blocking the test

    QTimer.singleShot(50, drive)
    shell.show_onboarding_if_new()
    assert len(done) == 1


def test_skip_on_the_first_page_creates_no_reminder(qtbot, assembled, services):
    shell, runtime = assembled

    def skip(wizard):
        assert wizard.currentId() == wizard.pageIds()[0]
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton),
                         Qt.MouseButton.LeftButton)

    run_onboarding(qtbot, shell, skip)
    assert services.settings.get("onboarding_done") is True
    assert Reminder.select().count() == 0
    runtime.scheduler.replan("check")
    assert runtime.scheduler.next_at is None  # nothing will ever nudge
    settings = shell.window.show_page("settings")
    section = next(s for s in settings._sections if hasattr(s, "empty_label"))
    qtbot.waitUntil(section.empty_label.isVisible)
    assert section.rows == []


def test_unticking_the_daily_nudge_creates_no_reminder(qtbot, assembled, services):
    shell, _ = assembled

    def finish_without_nudge(wizard):
        to_last_page(qtbot, wizard)
        click(qtbot, wizard.reminder_check)
        assert not wizard.reminder_time.isEnabled()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)

    run_onboarding(qtbot, shell, finish_without_nudge)
    assert services.settings.get("onboarding_done") is True
    assert Reminder.select().count() == 0


def test_the_nudge_days_are_the_users_choice(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    days = wizard.reminder_days.buttons
    assert all(b.isVisible() and b.isChecked() and b.accessibleName() for b in days)
    for weekend in days[5:]:  # Saturday and Sunday, by mouse
        qtbot.mouseClick(weekend, Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in days] == [True] * 5 + [False] * 2
    click(qtbot, wizard.reminder_check)
    assert not any(b.isEnabled() for b in days)  # no nudge: no days to pick
    click(qtbot, wizard.reminder_check)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert nudges(services) == [(("18:00",), 0b0011111, True)]


def test_no_day_ticked_means_no_nudge(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    for day in wizard.reminder_days.buttons:
        qtbot.mouseClick(day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert nudges(services) == []


def test_running_onboarding_again_starts_from_the_nudge_and_moves_it(qtbot, services):
    services.reminders.add_daily(["07:30", "21:00"], 0b0011111)
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    assert wizard.reminder_check.isChecked()
    assert wizard.reminder_time.time() == QTime(7, 30)
    wizard.reminder_time.setTime(QTime(6, 45))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert nudges(services) == [(("06:45", "21:00"), 0b0011111, True)]  # its days kept


def test_the_nudge_page_shows_quiet_hours_with_the_nudge_time(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    for widget in (wizard.reminder_time, wizard.quiet_check, wizard.quiet_start,
                   wizard.quiet_end):
        assert widget.isVisible()
    assert wizard.quiet_check.isChecked()  # on by default, and shown here
    assert (wizard.quiet_start.time(), wizard.quiet_end.time()) == (QTime(22, 0), QTime(8, 0))
    assert not wizard.quiet_note.isVisible()  # 18:00 is outside them

    activate(qtbot, wizard)
    wizard.reminder_time.setFocus()
    qtbot.keyClicks(wizard.reminder_time, "2330")
    qtbot.waitUntil(wizard.quiet_note.isVisible)
    assert wizard.quiet_note.text() == (
        "The nudge at 23:30 falls inside quiet hours: it arrives at 08:00.")
    wizard.quiet_end.setFocus()
    qtbot.keyClicks(wizard.quiet_end, "0645")
    assert wizard.quiet_note.text().endswith("it arrives at 06:45.")
    click(qtbot, wizard.quiet_check)  # no quiet hours: nothing is held
    assert not wizard.quiet_note.isVisible() and not wizard.quiet_end.isEnabled()
    click(qtbot, wizard.quiet_check)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert nudges(services) == [(("23:30",), 127, True)]
    quiet = services.reminders.quiet_hours()
    assert quiet is not None and (quiet.start.isoformat(), quiet.end.isoformat()) == (
        "22:00:00", "06:45:00")
    assert services.reminders.nudge_times_in_quiet_hours() == ["23:30"]


def test_quiet_hours_switched_off_in_onboarding_stay_off(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    click(qtbot, wizard.quiet_check)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert services.reminders.quiet_hours() is None
    assert services.settings.get("quiet_hours_enabled") is False


def test_onboarding_offers_a_weekly_goal_and_hiding_the_streak(qtbot, services):
    from PySide6.QtCore import QPoint, Qt

    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    while not wizard.weekly_choice.isVisible():
        wizard.next()
    assert wizard.daily_choice.isChecked()  # daily with a rest day is the default
    assert services.settings.get("rest_days_per_week") == 1
    qtbot.mouseClick(wizard.weekly_choice, Qt.MouseButton.LeftButton)
    assert wizard.weekly_goal.isEnabled()
    wizard.weekly_goal.setValue(4)
    box = wizard.streak_choice  # a wide row: click on its box, not the empty space after it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    while wizard.currentPage() is not wizard.page(wizard.pageIds()[-1]):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert services.settings.get("goal_period") == "week"
    assert services.settings.get("weekly_goal") == 4
    assert services.settings.get("show_streak") is False


def test_onboarding_offers_a_second_backup_folder(qtbot, services, tmp_path, monkeypatch):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    other_disk = tmp_path / "usb-stick"
    other_disk.mkdir()
    monkeypatch.setattr(wizard, "ask_folder", lambda: other_disk)
    while not wizard.second_folder_button.isVisible():
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
    click(qtbot, wizard.second_folder_button)
    assert services.backups.second_folder() == other_disk.resolve()
    assert str(other_disk) in wizard.second_folder_label.text()
    services.backups.back_up_now()
    assert list(other_disk.glob("journal-*.sqlite3"))  # every backup is copied there too


def test_onboarding_offers_a_weekly_review_day_and_time(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    to_last_page(qtbot, wizard)
    assert wizard.review_check.isVisible() and wizard.review_check.isChecked()
    assert wizard.review_day.currentText() == "Sunday"
    activate(qtbot, wizard.review_day)
    qtbot.keyClicks(wizard.review_day, "Friday")
    qtbot.waitUntil(lambda: wizard.review_day.currentText() == "Friday", timeout=2000)
    wizard.review_time.setTime(QTime(17, 45))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert (services.settings.get("weekly_review_day"),
            services.settings.get("weekly_review_time")) == (4, "17:45")

    again = OnboardingWizard(services)  # a re-run shows the choice; unticking switches it off
    qtbot.addWidget(again)
    again.show()
    to_last_page(qtbot, again)
    assert again.review_day.currentText() == "Friday"
    click(qtbot, again.review_check)
    assert not again.review_day.isEnabled()
    click(qtbot, again.button(QWizard.WizardButton.FinishButton))
    assert services.settings.get("weekly_review_day") == -1
