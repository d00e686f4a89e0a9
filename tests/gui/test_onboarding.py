"""First-run onboarding: completing it stores the choices and it is not shown again."""

from __future__ import annotations

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from rejection_desktop.app.assemble import build_shell
from rejection_desktop.db.models import Challenge
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard


def test_completing_onboarding_seeds_the_ladder_and_the_reminder_time(qtbot, services):
    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert len(wizard.sliders) == 5
    ratings = dict(zip(wizard.sliders, (5, 20, 40, 60, 80), strict=True))
    while wizard.currentPage() is not wizard.page(wizard.pageIds()[-1]):
        wizard.next()
    for challenge_id, value in ratings.items():
        wizard.sliders[challenge_id].setValue(value)
    wizard.reminder_time.setTime(QTime(8, 15))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert services.settings.get("onboarding_done") is True
    assert services.settings.get("reminder_time") == "08:15"
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
