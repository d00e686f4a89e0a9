"""First-run onboarding: what this is (and is not), the ground rules, a first ladder, a reminder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.domain.schedule import QuietHours
from rejection_desktop.services.backups import BackupFileError
from rejection_desktop.services.container import Services
from rejection_desktop.services.reminders import ALL_WEEKDAYS_MASK, DEFAULT_NUDGE_TIME
from rejection_desktop.ui.problem_text import problem_text
from rejection_desktop.ui.reminder_status import quiet_note
from rejection_desktop.ui.texts import (
    ground_rules_html,
    not_for_link_html,
    personal_track_note,
    self_help_html,
)
from rejection_desktop.ui.widgets.common import label
from rejection_desktop.ui.widgets.date_fields import python_time
from rejection_desktop.ui.widgets.day_buttons import WeekdayRow
from rejection_desktop.ui.widgets.rating import Slider

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
    """Skippable: the choices are stored when the user finishes; Skip stores none of them
    (no reminder either) and only marks onboarding as done."""

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
        self.not_for_link = rich_label(not_for_link_html())
        self.not_for_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.not_for_link.linkActivated.connect(self.show_not_for)
        layout.addWidget(self.not_for_link)
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
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # titles above sliders
        self.samples = self._sample_challenges()
        self.sliders: dict[int, Slider] = {}
        for record in self.samples:
            slider = Slider()
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
        self.reminder_check = QCheckBox(self.tr("Remind me"))
        self.reminder_check.setChecked(True)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        primary = services.reminders.primary_nudge()  # a re-run starts from the current one
        at = primary.times[0] if primary is not None else DEFAULT_NUDGE_TIME
        self.reminder_check.setChecked(primary is None or primary.enabled)
        self.reminder_time.setTime(QTime.fromString(at, "HH:mm"))
        self.reminder_days = WeekdayRow(
            lambda day: self.tr("Remind me on {0}").format(day),
            primary.weekdays if primary is not None else ALL_WEEKDAYS_MASK)
        days_note = label(self.tr("Untick the days you would rather not be reminded on."),
                          "muted", wrap=True)
        for nudge_field in (self.reminder_time, self.reminder_days):
            nudge_field.setEnabled(self.reminder_check.isChecked())
            self.reminder_check.toggled.connect(nudge_field.setEnabled)
        form.addRow(self.reminder_check)
        form.addRow(self.tr("At"), self.reminder_time)
        days_column = QVBoxLayout()
        days_column.setSpacing(4)
        days_column.addWidget(self.reminder_days)
        days_column.addWidget(days_note)
        form.addRow(self.tr("On"), days_column)
        settings = services.settings
        self.quiet_check = QCheckBox(self.tr("Quiet hours: hold the nudge from"))
        self.quiet_check.setAccessibleName(self.tr("Quiet hours on"))
        self.quiet_check.setChecked(bool(settings.get("quiet_hours_enabled")))
        self.quiet_start = self._time_field(settings.get("quiet_hours_start"),
                                            self.tr("Quiet hours start"))
        self.quiet_end = self._time_field(settings.get("quiet_hours_end"),
                                          self.tr("Quiet hours end"))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_check)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        form.addRow(quiet_row)
        self.review_check = QCheckBox(self.tr("A weekly review on"))
        self.review_check.setAccessibleName(self.tr("Weekly review on"))
        day = settings.get("weekly_review_day")
        self.review_check.setChecked(day >= 0 or not settings.get("onboarding_done"))
        self.review_day = QComboBox()
        self.review_day.setAccessibleName(self.tr("Weekly review day"))
        for weekday in range(7):
            self.review_day.addItem(QLocale().dayName(weekday + 1), weekday)
        self.review_day.setCurrentIndex(day if day >= 0 else 6)  # Sunday unless chosen
        self.review_time = self._time_field(settings.get("weekly_review_time"),
                                            self.tr("Weekly review time"))
        for widget in (self.review_day, self.review_time):
            widget.setEnabled(self.review_check.isChecked())
            self.review_check.toggled.connect(widget.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_day)
        review_row.addWidget(QLabel(self.tr("at")))
        review_row.addWidget(self.review_time)
        review_row.addStretch(1)
        form.addRow(review_row)
        form.addRow(rich_label(self.tr(
            "<p>Once a week, a few minutes to look back: what you predicted against what "
            "happened, how much you still believe your fears, and what to vary next.</p>")))
        self.quiet_note = QLabel()
        self.quiet_note.setWordWrap(True)
        self.quiet_note.setAccessibleName(self.tr("What quiet hours hold"))
        form.addRow(self.quiet_note)
        form.addRow(rich_label(self.tr(
            "<p>Quiet hours hold only daily nudges: a reminder for an ask you gave a time "
            "arrives at that time. You can change all this, or add more reminders, in "
            "Settings.</p>")))
        for signal in (self.reminder_check.toggled, self.quiet_check.toggled,
                       self.reminder_time.timeChanged, self.quiet_start.timeChanged,
                       self.quiet_end.timeChanged):
            signal.connect(self._show_quiet)
        self._show_quiet()
        self.addPage(self._backup_page())
        self.addPage(reminder)  # the last page (tests and a re-run start from the nudge)

        self.accepted.connect(self._store_choices)
        self.rejected.connect(self._mark_done)

    @staticmethod
    def _time_field(value: str, name: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(value, "HH:mm"))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def quiet_hours(self) -> QuietHours | None:
        """The quiet hours as chosen on the page (None when off or empty)."""
        if not self.quiet_check.isChecked():
            return None
        quiet = QuietHours(python_time(self.quiet_start.time()),
                           python_time(self.quiet_end.time()))
        return quiet if quiet.enabled else None

    def _show_quiet(self) -> None:
        """Say plainly when the chosen nudge time falls inside quiet hours."""
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(self.quiet_check.isChecked())
        quiet = self.quiet_hours()
        at = self.reminder_time.time()
        inside = (quiet is not None and self.reminder_check.isChecked()
                  and quiet.contains(python_time(at)))
        self.quiet_note.setText(quiet_note([at.toString("HH:mm")],
                                           self.quiet_end.time().toString("HH:mm"))
                                if inside else "")
        self.quiet_note.setVisible(inside)

    def _backup_page(self) -> QWizardPage:
        """Backups are made on their own; a second folder on another disk survives that disk."""
        page = QWizardPage()
        page.setTitle(self.tr("Backups"))
        page.setSubTitle(self.tr("Your journal is backed up on its own, on this computer."))
        layout = QVBoxLayout(page)
        layout.addWidget(rich_label(self.tr(
            "<p>If this disk fails, its backups go with it. You can have every backup copied "
            "to a second folder too: another disk, a USB stick or a synced folder. Only backup "
            "files go there, never the journal itself. You can do this later in Settings.</p>"
        )))
        self.second_folder_button = QPushButton(self.tr("Choose a second backup folder…"))
        self.second_folder_button.setAccessibleName(self.tr("Choose a second backup folder"))
        self.second_folder_button.clicked.connect(self._choose_second_folder)
        self.second_folder_label = QLabel()
        self.second_folder_label.setWordWrap(True)
        self.second_folder_label.setAccessibleName(self.tr("Second backup folder"))
        row = QHBoxLayout()
        row.addWidget(self.second_folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.second_folder_label)
        layout.addStretch(1)
        return page

    def ask_folder(self) -> Path | None:
        """The folder the user picks (None when cancelled)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a second backup folder"))
        return Path(chosen) if chosen else None

    def _choose_second_folder(self) -> None:
        folder = self.ask_folder()
        if folder is None:
            return
        try:
            self._services.backups.set_second_folder(folder)
        except (BackupFileError, OSError) as exc:
            self.second_folder_label.setText(problem_text(exc))
            return
        self.second_folder_label.setText(
            self.tr("Every backup is also copied to {0}.").format(folder))

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
        self.personal_choice = QCheckBox(self.tr("Also suggest asks of people close to me"))
        self.personal_choice.setChecked(bool(settings.get("personal_track")))
        layout.addWidget(self.personal_choice)
        layout.addWidget(rich_label("<p>" + personal_track_note() + "</p>"))
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
        settings.set("personal_track", self.personal_choice.isChecked())
        settings.set("weekly_review_time", self.review_time.time().toString("HH:mm"))
        settings.set("weekly_review_day", self.review_day.currentData()
                     if self.review_check.isChecked() else -1)
        reminders = self._services.reminders
        reminders.set_quiet_hours(self.quiet_start.time().toString("HH:mm"),
                                  self.quiet_end.time().toString("HH:mm"),
                                  self.quiet_hours() is not None)
        days = self.reminder_days.weekdays()
        reminders.choose_daily_nudge(
            self.reminder_time.time().toString("HH:mm")
            if self.reminder_check.isChecked() and days else None, days or ALL_WEEKDAYS_MASK)
        self._mark_done()

    def show_not_for(self, _href: str = "") -> None:
        from rejection_desktop.ui.dialogs.help_dialogs import not_for_dialog  # noqa: PLC0415

        not_for_dialog(self).exec()

    def _mark_done(self) -> None:
        self._services.settings.set("onboarding_done", True)
