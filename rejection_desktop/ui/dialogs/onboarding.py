"""First-run onboarding: what this is (and is not), the ground rules, a first ladder, a reminder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.services.container import Services
from rejection_desktop.ui.texts import ground_rules_html, self_help_html

SAMPLE_KEYS = (
    "everyday.ask-directions",
    "shops.discount-no-reason",
    "everyday.compliment-stranger",
    "work.candid-feedback",
    "family.favour-never-asked",
)
"""Built-ins the user rates first, one per area; missing keys are replaced by other built-ins."""


def rich_label(html: str) -> QLabel:
    widget = QLabel(html)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


class OnboardingWizard(QWizard):
    """Skippable; the choices are stored when the user finishes (or skips)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Welcome to Rejection Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))

        welcome = QWizardPage()
        welcome.setTitle(self.tr("Make \"no\" smaller"))
        layout = QVBoxLayout(welcome)
        layout.addWidget(rich_label(self_help_html()))
        self.addPage(welcome)

        rules = QWizardPage()
        rules.setTitle(self.tr("Ground rules"))
        rules.setSubTitle(self.tr("Every ask, every time."))
        layout = QVBoxLayout(rules)
        layout.addWidget(rich_label(ground_rules_html()))
        layout.addWidget(rich_label(self.tr(
            "<p>Start small. The aim is not to collect refusals but to test your predictions: "
            "before each ask you will guess how likely a no is and how bad it would feel, and "
            "afterwards you will see how it really went.</p>")))
        self.addPage(rules)

        ladder = QWizardPage()
        ladder.setTitle(self.tr("Your first rungs"))
        ladder.setSubTitle(self.tr("How scary would each ask feel to you? 0 = not at all, "
                                   "100 = terrifying. This orders your ladder."))
        form = QFormLayout(ladder)
        self.samples = self._sample_challenges()
        self.sliders: dict[int, QSlider] = {}
        for record in self.samples:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setValue(record.distress)
            slider.setAccessibleName(self.tr("Distress for {0}").format(record.title))
            value = QLabel(str(record.distress))
            value.setMinimumWidth(28)
            slider.valueChanged.connect(lambda v, lbl=value: lbl.setText(str(v)))
            row = QWidget()
            row_layout = QFormLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addRow(slider, value)
            title = QLabel(record.title)
            title.setWordWrap(True)
            form.addRow(title, row)
            self.sliders[record.id] = slider
        self.addPage(ladder)

        self.addPage(self._pace_page())

        reminder = QWizardPage()
        reminder.setTitle(self.tr("A daily nudge"))
        reminder.setSubTitle(self.tr("When should the app remind you to make today's ask?"))
        form = QFormLayout(reminder)
        self.reminder_check = QCheckBox(self.tr("Remind me every day"))
        self.reminder_check.setChecked(True)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        hours, minutes = services.settings.get("reminder_time").split(":")
        self.reminder_time.setTime(QTime(int(hours), int(minutes)))
        self.reminder_check.toggled.connect(self.reminder_time.setEnabled)
        form.addRow(self.reminder_check)
        form.addRow(self.tr("At"), self.reminder_time)
        form.addRow(rich_label(self.tr(
            "<p>You can change this, add more reminders or set quiet hours in Settings.</p>")))
        self.addPage(reminder)

        self.accepted.connect(self._store_choices)
        self.rejected.connect(self._mark_done)

    def _pace_page(self) -> QWizardPage:
        """Daily with a rest day, or a weekly goal; and whether to see a streak at all."""
        page = QWizardPage()
        page.setTitle(self.tr("Your pace"))
        page.setSubTitle(self.tr("Steady beats heroic. Choose what fits your life; you can "
                                 "change it in Settings."))
        layout = QVBoxLayout(page)
        settings = self._services.settings
        self.daily_choice = QRadioButton(self.tr("One ask a day, with a rest day each week"))
        self.weekly_choice = QRadioButton(self.tr("A few asks a week"))
        weekly = settings.get("goal_period") == "week"
        self.weekly_choice.setChecked(weekly)
        self.daily_choice.setChecked(not weekly)
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setRange(1, 21)
        self.weekly_goal.setValue(settings.get("weekly_goal"))
        self.weekly_goal.setSuffix(self.tr(" asks a week"))
        self.weekly_goal.setAccessibleName(self.tr("Asks a week"))
        self.weekly_goal.setEnabled(weekly)
        self.weekly_choice.toggled.connect(self.weekly_goal.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.weekly_choice)
        row.addWidget(self.weekly_goal)
        row.addStretch(1)
        layout.addWidget(self.daily_choice)
        layout.addLayout(row)
        self.streak_choice = QCheckBox(self.tr("Show a streak"))
        self.streak_choice.setChecked(bool(settings.get("show_streak")))
        layout.addWidget(self.streak_choice)
        layout.addWidget(rich_label(self.tr(
            "<p>Streaks spur some people on and make others feel bad. Missing a day is "
            "normal, and an honest \u201cI did not ask\u201d with a few words about why "
            "counts as practice too.</p>")))
        layout.addStretch(1)
        return page

    def _sample_challenges(self) -> list[ChallengeRecord]:
        built_ins = [c for c in self._services.challenges.list_challenges(include_archived=False)
                     if c.is_builtin]
        by_key = {c.builtin_key: c for c in built_ins}
        chosen = [by_key[key] for key in SAMPLE_KEYS if key in by_key]
        for record in built_ins:
            if len(chosen) >= len(SAMPLE_KEYS):
                break
            if record not in chosen and record.category not in {c.category for c in chosen}:
                chosen.append(record)
        return chosen

    def _store_choices(self) -> None:
        shown = {record.id: record.distress for record in self.samples}
        for challenge_id, slider in self.sliders.items():
            if slider.value() != shown[challenge_id]:  # an untouched one keeps future fixes
                self._services.challenges.set_distress(challenge_id, slider.value())
        settings = self._services.settings
        settings.set("goal_period", "week" if self.weekly_choice.isChecked() else "day")
        settings.set("weekly_goal", self.weekly_goal.value())
        settings.set("show_streak", self.streak_choice.isChecked())
        settings.set("reminder_time", self.reminder_time.time().toString("HH:mm"))
        settings.set("reminder_weekdays", 127 if self.reminder_check.isChecked() else 0)
        self._mark_done()

    def _mark_done(self) -> None:
        self._services.settings.set("onboarding_done", True)
