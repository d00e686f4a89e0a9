"""The Reminders section of Settings: daily nudges, planned asks, quiet hours, pause, start at
login, close to tray, privacy, a test notification, the reminder history and diagnostics.

Edits are saved when a field is finished (not per keystroke) through ``ReminderService`` and
``SettingsService``; a refused value shows its message and is put back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.notifications.delivery import Delivery
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.reminder_history import ReminderHistory, kind_name, plain_delivery
from rejection_desktop.services.reminders import (
    ALL_WEEKDAYS_MASK,
    MAX_TIMES_PER_NUDGE,
    DailyNudge,
    ReminderService,
)
from rejection_desktop.services.settings import SettingsService
from rejection_desktop.services.start_at_login import StartAtLogin
from rejection_desktop.ui.reminder_status import clock_text, hold_text, quiet_note
from rejection_desktop.ui.validation_text import error_text
from rejection_desktop.ui.widgets.common import WrappingCheckBox, button, label, show_now
from rejection_desktop.ui.widgets.day_buttons import WeekdayRow
from rejection_desktop.ui.widgets.flow_layout import FlowLayout

TIMES_PER_LINE = 4

def title_choices() -> tuple[tuple[str, str], ...]:
    """When notifications show an ask's title: setting value and translated label."""
    translate = QCoreApplication.translate
    return (("not_personal", translate("ReminderSettings",
                                       "Except asks to friends, family and colleagues")),
            ("all", translate("ReminderSettings", "Always")),
            ("none", translate("ReminderSettings", "Never")))


def pause_choices() -> tuple[tuple[int, str], ...]:
    """How long a pause lasts: days (0: until resumed) and translated label."""
    translate = QCoreApplication.translate
    return ((1, translate("ReminderSettings", "for today")),
            (3, translate("ReminderSettings", "for 3 days")),
            (7, translate("ReminderSettings", "for a week")),
            (0, translate("ReminderSettings", "until I resume")))


def time_edit(value: str, accessible_name: str) -> QTimeEdit:
    """A 24-hour "HH:mm" time field holding ``value``."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(accessible_name)
    hours, minutes = value.split(":")
    edit.setTime(QTime(int(hours), int(minutes)))
    return edit


def hhmm(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


def heading(text: str) -> QLabel:
    widget = label(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


class NudgeRow(QFrame):
    """One daily nudge: on/off, its times, its weekdays, remove."""

    changed = Signal(int, object)
    """(nudge id, {"times": [...]} or {"weekdays": mask} or {"enabled": bool})"""
    remove_requested = Signal(int)

    def __init__(self, nudge: DailyNudge, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nudgeRow")
        self.setStyleSheet("QToolButton#addTime { padding: 3px 8px; }")
        self.nudge = nudge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.enabled_check = QCheckBox(self.tr("Reminder {0}").format(number))
        self.enabled_check.setAccessibleName(
            self.tr("Daily reminder {0} on").format(number))
        self.enabled_check.toggled.connect(
            lambda on: self.changed.emit(self.nudge.id, {"enabled": on}))
        self.enabled_check.setMinimumWidth(120)
        top.addWidget(self.enabled_check)
        self.days = WeekdayRow(
            lambda day: self.tr("{0} for reminder {1}").format(day, number), nudge.weekdays)
        self.days.changed.connect(
            lambda mask: self.changed.emit(self.nudge.id, {"weekdays": mask}))
        self.day_buttons = self.days.buttons
        top.addWidget(self.days, 1)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove reminder {0}")
                                    .format(number))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.nudge.id))
        layout.addLayout(top)
        times_row = QHBoxLayout()
        times_row.setContentsMargins(24, 0, 0, 0)
        self.times_grid = QGridLayout()
        self.times_grid.setHorizontalSpacing(10)
        self.times_grid.setVerticalSpacing(4)
        times_row.addLayout(self.times_grid)
        times_row.addStretch(1)
        times_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)  # the day row
        layout.addLayout(times_row)  # is full at 800 px wide
        self.add_time_button = QToolButton()
        self.add_time_button.setObjectName("addTime")
        self.add_time_button.setText(self.tr("+ Time"))
        self.add_time_button.setAccessibleName(self.tr("Add a time to reminder {0}")
                                               .format(number))
        self.add_time_button.clicked.connect(self._add_time)
        self.time_edits: list[QTimeEdit] = []
        self.set_nudge(nudge)

    def set_nudge(self, nudge: DailyNudge) -> None:
        """Show ``nudge`` (in place, so focus survives a refresh)."""
        self.nudge = nudge
        self.enabled_check.blockSignals(True)
        self.enabled_check.setChecked(nudge.enabled)
        self.enabled_check.blockSignals(False)
        self.days.set_weekdays(nudge.weekdays)
        if [hhmm(e) for e in self.time_edits] == list(nudge.times):
            return
        while self.times_grid.count():
            item = self.times_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.add_time_button:
                widget.deleteLater()
        self.time_edits = []
        for index, value in enumerate(nudge.times):
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            edit = time_edit(value, self.tr("Reminder time {0}").format(index + 1))
            edit.editingFinished.connect(self._times_edited)
            self.time_edits.append(edit)
            cell_layout.addWidget(edit)
            if len(nudge.times) > 1:
                drop = QToolButton()
                drop.setText("×")
                drop.setAccessibleName(self.tr("Remove time {0}").format(value))
                drop.setToolTip(self.tr("Remove this time"))
                drop.clicked.connect(lambda _=False, i=index: self._drop_time(i))
                cell_layout.addWidget(drop)
            self.times_grid.addWidget(cell, index // TIMES_PER_LINE, index % TIMES_PER_LINE)
            show_now(cell)
        count = len(nudge.times)
        self.times_grid.addWidget(self.add_time_button, count // TIMES_PER_LINE,
                                  count % TIMES_PER_LINE)
        self.add_time_button.setVisible(count < MAX_TIMES_PER_NUDGE)

    def _emit_times(self, times: list[str]) -> None:
        self.changed.emit(self.nudge.id, {"times": times})

    def _times_edited(self) -> None:
        times = [hhmm(e) for e in self.time_edits]
        if sorted(set(times)) != sorted(self.nudge.times):
            self._emit_times(times)

    def _add_time(self) -> None:
        last = time.fromisoformat(self.nudge.times[-1])
        candidate = f"{(last.hour + 3) % 24:02d}:{last.minute:02d}"
        self._emit_times([*self.nudge.times, candidate])

    def _drop_time(self, index: int) -> None:
        times = list(self.nudge.times)
        del times[index]
        self._emit_times(times)


class ReminderSettings(QWidget):
    """Everything about reminders, for a card on the Settings page."""

    def __init__(self, reminders: ReminderService, settings: SettingsService,
                 start_at_login: StartAtLogin, send_test: Callable[[], Delivery], *,
                 clock: Clock = system_clock, tray_available: bool = True,
                 history: ReminderHistory | None = None,
                 diagnostics: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._settings = settings
        self._start_at_login = start_at_login
        self._send_test = send_test
        self._clock = clock
        self._history = history
        self._diagnostics = diagnostics
        self.rows: list[NudgeRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.error_label = label("", "error", wrap=True)
        self.error_label.hide()
        layout.addWidget(self._daily_part())
        layout.addWidget(self._divider())
        layout.addLayout(self._attempt_part())
        layout.addWidget(self._divider())
        layout.addLayout(self._quiet_part())
        layout.addWidget(self._divider())
        layout.addLayout(self._pause_part())
        layout.addWidget(self._divider())
        layout.addLayout(self._app_part(tray_available))
        layout.addWidget(self._divider())
        layout.addLayout(self._privacy_part())
        layout.addWidget(self._divider())
        layout.addLayout(self._test_part())
        layout.addWidget(self.error_label)
        if history is not None:
            history.changed.connect(self._show_history)
        self._show_history()
        reminders.reminders_changed.connect(self.refresh)
        settings.setting_changed.connect(self._on_setting_changed)
        self.refresh()

    @staticmethod
    def _divider() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    # parts -------------------------------------------------------------------------------------
    def _daily_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Daily nudges")))
        layout.addWidget(label(self.tr(
            "\"Time for today's ask\", at the times and on the days you choose."), "muted",
            wrap=True))
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        layout.addLayout(self.rows_layout)
        self.empty_label = label(self.tr(
            "No daily nudges. Add one and the app will remind you to make your ask."),
            "muted", wrap=True)
        layout.addWidget(self.empty_label)
        add_row = QHBoxLayout()
        self.add_button = button(self.tr("Add a daily nudge"))
        self.add_button.clicked.connect(self._add_nudge)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        return part

    def _attempt_part(self) -> QFormLayout:
        form = self._form(self.tr("Planned asks"))
        self.before_spin = self._minutes_spin(self.tr("Minutes before a planned ask"),
                                              "planned_minutes_before")
        form.addRow(self.tr("Remind me before a planned ask"), self.before_spin)
        self.followup_spin = self._minutes_spin(self.tr("Minutes after a planned ask"),
                                                "followup_minutes")
        form.addRow(self.tr("Ask \"how did it go?\" after"), self.followup_spin)
        form.addRow(label(self.tr(
            "0 minutes reminds you at the planned time. The follow-up is cancelled once you "
            "log the ask."), "muted", wrap=True))
        return form

    def _minutes_spin(self, name: str, key: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 24 * 60)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setAccessibleName(name)
        spin.setValue(int(self._settings.get(key)))
        spin.editingFinished.connect(lambda: self._store(key, spin.value()))
        return spin

    def _quiet_part(self) -> QFormLayout:
        form = self._form(self.tr("Quiet hours"))
        self.quiet_check = QCheckBox(self.tr("Hold daily nudges from"))
        self.quiet_check.setAccessibleName(self.tr("Quiet hours on"))
        self.quiet_start = time_edit(self._settings.get("quiet_hours_start"),
                                     self.tr("Quiet hours start"))
        self.quiet_end = time_edit(self._settings.get("quiet_hours_end"),
                                   self.tr("Quiet hours end"))
        holder = QWidget()
        row = FlowLayout(holder)  # flows onto two lines where the words are longer
        row.addWidget(self.quiet_check)
        row.addWidget(self.quiet_start)
        row.addWidget(label(self.tr("to")))
        row.addWidget(self.quiet_end)
        form.addRow(holder)
        form.addRow(label(self.tr(
            "A daily nudge that falls inside quiet hours arrives, once, when they end. "
            "Reminders of an ask you gave a time arrive at their time."), "muted", wrap=True))
        self.hold_label = label("", wrap=True)
        self.hold_label.setAccessibleName(self.tr("What quiet hours hold"))
        form.addRow(self.hold_label)
        self.quiet_check.toggled.connect(self._store_quiet)
        self.quiet_start.editingFinished.connect(self._store_quiet)
        self.quiet_end.editingFinished.connect(self._store_quiet)
        self._load_quiet()
        return form

    def _pause_part(self) -> QFormLayout:
        form = self._form(self.tr("Snooze and pause"))
        self.status_label = label("", wrap=True)
        self.status_label.setAccessibleName(self.tr("Reminder status"))
        form.addRow(self.status_label)
        holder = QWidget()
        row = FlowLayout(holder)  # flows onto two lines where the words are longer
        self.snooze_button = button(self.tr("Snooze 1 h"), self.tr("Snooze reminders 1 hour"))
        self.snooze_button.clicked.connect(lambda: self._run(lambda: self._reminders.snooze(60)))
        row.addWidget(self.snooze_button)
        self.pause_combo = QComboBox()
        self.pause_combo.setAccessibleName(self.tr("Pause length"))
        for days, text in pause_choices():
            self.pause_combo.addItem(text, days)
        self.pause_button = button(self.tr("Pause"), self.tr("Pause reminders"))
        self.pause_button.clicked.connect(self._pause)
        row.addWidget(self.pause_button)
        row.addWidget(self.pause_combo)
        self.resume_button = button(self.tr("Resume"), self.tr("Resume reminders"))
        self.resume_button.clicked.connect(lambda: self._run(self._reminders.resume))
        row.addWidget(self.resume_button)
        form.addRow(holder)
        form.addRow(label(self.tr(
            "Snoozed reminders arrive when the snooze ends; paused ones are skipped."),
            "muted", wrap=True))
        return form

    def _app_part(self, tray_available: bool) -> QFormLayout:
        form = self._form(self.tr("When the window closes"))
        self.login_check = WrappingCheckBox(self.tr("Start at login, waiting in the tray"))
        self.login_check.setAccessibleName(self.tr("Start at login"))
        self.login_check.setToolTip(self._start_at_login.backend.location)
        self.login_check.setChecked(self._start_at_login.enabled())
        self.login_check.toggled.connect(self._toggle_login)
        form.addRow(self.login_check)
        self.tray_check = WrappingCheckBox(
            self.tr("Keep running in the tray when I close the window"))
        self.tray_check.setAccessibleName(self.tr("Keep running in the tray"))
        self.tray_check.setChecked(bool(self._settings.get("close_to_tray")))
        self.tray_check.toggled.connect(lambda on: self._store("close_to_tray", on))
        form.addRow(self.tray_check)
        if not tray_available:
            self.tray_check.setEnabled(False)
            form.addRow(label(self.tr(
                "This desktop has no system tray, so closing the window quits the app and "
                "reminders wait until you open it again."), "muted", wrap=True))
        return form

    def _privacy_part(self) -> QFormLayout:
        form = self._form(self.tr("Privacy"))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fits 800 px wide
        self.titles_combo = QComboBox()
        # as wide as its longest choice where there is room, narrower (the list still shows
        # every choice whole) where a longer language would not fit
        self.titles_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.titles_combo.setMinimumContentsLength(28)
        self.titles_combo.setAccessibleName(self.tr("Show ask titles in notifications"))
        for key, text in title_choices():
            self.titles_combo.addItem(text, key)
        self.titles_combo.setCurrentIndex(
            max(0, self.titles_combo.findData(self._settings.get("notification_titles"))))
        self.titles_combo.activated.connect(lambda _i: self._store(
            "notification_titles", self.titles_combo.currentData()))
        form.addRow(self.tr("Show ask titles in notifications"), self.titles_combo)
        form.addRow(label(self.tr(
            "Notifications can appear on a lock screen or a shared screen; hidden titles are "
            "replaced by words like \"Time for your planned ask\"."), "muted", wrap=True))
        return form

    def _test_part(self) -> QFormLayout:
        form = self._form(self.tr("Check notifications"))
        holder = QWidget()
        row = FlowLayout(holder)  # flows onto two lines where the words are longer
        self.test_button = button(self.tr("Send a test notification"))
        self.test_button.clicked.connect(self._test)
        row.addWidget(self.test_button)
        self.copy_button = button(self.tr("Copy diagnostics"),
                                  self.tr("Copy reminder diagnostics to the clipboard"))
        self.copy_button.clicked.connect(self._copy_diagnostics)
        self.copy_button.setVisible(self._diagnostics is not None)
        row.addWidget(self.copy_button)
        form.addRow(holder)
        self.test_result = label("", "muted", wrap=True)
        self.test_result.setAccessibleName(self.tr("Test notification result"))
        self.test_result.hide()
        form.addRow(self.test_result)
        form.addRow(heading(self.tr("Last reminders")))
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Last reminders"))
        self.history_list.setMaximumHeight(160)
        form.addRow(self.history_list)
        return form

    def _show_history(self) -> None:
        self.history_list.clear()
        entries = self._history.entries() if self._history is not None else []
        zone = self._settings.zone()
        for entry in entries:
            self.history_list.addItem(f"{self._when(datetime.fromisoformat(entry.at), zone)}  "
                                      f"{kind_name(entry.kind)}: {entry.describe()}")
        if not entries:
            self.history_list.addItem(self.tr("No reminders yet."))

    def _copy_diagnostics(self) -> None:
        if self._diagnostics is None:
            return
        QGuiApplication.clipboard().setText(self._diagnostics())
        self.test_result.setText(self.tr(
            "Diagnostics copied: version, system, notification server, the next reminders' "
            "times and the log's last lines. No titles and nothing you wrote."))
        self.test_result.show()

    def _form(self, title: str) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels go above
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(heading(title))
        return form

    # refresh -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what is stored now (rows are updated in place when the nudges are the same)."""
        nudges = self._reminders.daily_nudges()
        if [r.nudge.id for r in self.rows] != [n.id for n in nudges]:
            for row in self.rows:
                row.deleteLater()
            self.rows = []
            for number, nudge in enumerate(nudges, start=1):
                row = NudgeRow(nudge, number)
                row.changed.connect(self._nudge_changed)
                row.remove_requested.connect(self._remove_nudge)
                self.rows_layout.addWidget(row)
                show_now(row)
                self.rows.append(row)
        else:
            for row, nudge in zip(self.rows, nudges, strict=True):
                row.set_nudge(nudge)
        self.empty_label.setVisible(not nudges)
        self._show_status()
        self._show_hold()

    def _show_hold(self) -> None:
        """Which nudges quiet hours hold, and what is held right now and until when."""
        now = self._clock()
        lines = [quiet_note(self._reminders.nudge_times_in_quiet_hours(),
                            self._settings.get("quiet_hours_end")),
                 hold_text(self._reminders.hold_status(now), now, self._settings.zone())]
        text = "\n".join(line for line in lines if line)
        self.hold_label.setText(text)
        self.hold_label.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_hold()  # time passed since it was last shown

    def _show_status(self) -> None:
        now = self._clock()
        status = self._reminders.status()
        zone = self._settings.zone()
        if status.paused(now) and status.paused_until is not None:
            if status.indefinite(now):
                text = self.tr("Reminders are paused until you resume them.")
            else:
                text = self.tr("Reminders are paused until {0}; what falls before is skipped.") \
                    .format(self._when(status.paused_until, zone))
        elif status.snoozed(now) and status.snoozed_until is not None:
            text = self.tr("Reminders are snoozed until {0}.").format(
                self._when(status.snoozed_until, zone))
        else:
            text = self.tr("Reminders are on.")
        self.status_label.setText(text)
        active = status.paused(now) or status.snoozed(now)
        self.resume_button.setEnabled(active)

    def _when(self, instant: datetime, zone: ZoneInfo) -> str:
        return clock_text(instant, self._clock(), zone)

    def _on_setting_changed(self, key: str, value: object) -> None:
        if key == "close_to_tray":
            self.tray_check.blockSignals(True)
            self.tray_check.setChecked(bool(value))
            self.tray_check.blockSignals(False)
        elif key in ("paused_until", "snoozed_until", "timezone"):
            self._show_status()
            self._show_hold()
        elif key in ("quiet_hours_start", "quiet_hours_end", "quiet_hours_enabled"):
            self._load_quiet()
            self._show_hold()
        elif key == "notification_titles":
            self.titles_combo.setCurrentIndex(max(0, self.titles_combo.findData(value)))
        elif key == "planned_minutes_before":
            self.before_spin.setValue(int(self._settings.get(key)))
        elif key == "followup_minutes":
            self.followup_spin.setValue(int(self._settings.get(key)))

    # actions -----------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        """Run a service call; show a refusal instead of raising. Returns True on success."""
        try:
            action()
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            self.refresh()
            return False
        except OSError as error:
            self.error_label.setText(self.tr("Could not save: {0}").format(
                error.strerror or str(error)))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True

    def _store(self, key: str, value: object) -> None:
        self._run(lambda: self._settings.set(key, value))

    def _add_nudge(self) -> None:
        self._run(lambda: self._reminders.add_daily(["09:00"], ALL_WEEKDAYS_MASK))

    def _nudge_changed(self, nudge_id: int, change: dict[str, object]) -> None:
        self._run(lambda: self._reminders.update_daily(nudge_id, **change))  # type: ignore[arg-type]

    def _remove_nudge(self, nudge_id: int) -> None:
        self._run(lambda: self._reminders.remove_daily(nudge_id))

    def _store_quiet(self) -> None:
        enabled = self.quiet_check.isChecked()
        self.quiet_start.setEnabled(enabled)
        self.quiet_end.setEnabled(enabled)
        ok = self._run(lambda: self._reminders.set_quiet_hours(
            hhmm(self.quiet_start), hhmm(self.quiet_end), enabled))
        if not ok:
            self._load_quiet()

    def _load_quiet(self) -> None:
        for edit, key in ((self.quiet_start, "quiet_hours_start"),
                          (self.quiet_end, "quiet_hours_end")):
            hours, minutes = self._settings.get(key).split(":")
            edit.setTime(QTime(int(hours), int(minutes)))
        enabled = bool(self._settings.get("quiet_hours_enabled"))
        self.quiet_check.blockSignals(True)
        self.quiet_check.setChecked(enabled)
        self.quiet_check.blockSignals(False)
        self.quiet_start.setEnabled(enabled)
        self.quiet_end.setEnabled(enabled)

    def _pause(self) -> None:
        days = int(self.pause_combo.currentData())
        if days == 1:
            self._run(self._reminders.pause_for_today)
        else:
            self._run(lambda: self._reminders.pause_for(days))

    def _toggle_login(self, enabled: bool) -> None:
        if not self._run(lambda: self._start_at_login.set_enabled(enabled)):
            self.login_check.blockSignals(True)
            self.login_check.setChecked(self._start_at_login.enabled())
            self.login_check.blockSignals(False)

    def _test(self) -> None:
        self.test_result.setText(plain_delivery(self._send_test()))
        self.test_result.show()
