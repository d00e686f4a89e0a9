"""The Settings page: appearance, daily goal and rest days, data folder, feature sections."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.i18n import LANGUAGE_KEY, language_choices
from rejection_desktop.ui.texts import personal_track_note
from rejection_desktop.ui.theme import theme_choices
from rejection_desktop.ui.validation_text import error_text
from rejection_desktop.ui.widgets.common import (
    Card,
    PageHeader,
    WrappingCheckBox,
    button,
    label,
    scrolling_page,
)
from rejection_desktop.ui.widgets.date_fields import TimeField


def compact_form() -> QFormLayout:
    """A form whose fields keep their natural width instead of spanning the page."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels go above
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


class SettingsPage(QWidget):
    """Preferences stored in the journal; feature areas add their own sections."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._settings = context.services.settings
        self._layout = scrolling_page(self)
        self._layout.addWidget(PageHeader(self.tr("Settings")))
        self._layout.addWidget(self._appearance())
        self._layout.addWidget(self._practice())
        self._show_pace()
        self._layout.addWidget(self._data_folder())
        self._layout.addStretch(1)
        self._sections: list[QWidget] = []
        self._settings.setting_changed.connect(lambda *_: self._show_values())

    def add_section(self, title: str, widget: QWidget) -> Card:
        """Add a titled card holding ``widget`` (before the closing stretch)."""
        card = Card(title)
        card.body.addWidget(widget)
        self.add_card(card)
        self._sections.append(widget)
        return card

    def add_card(self, card: QWidget) -> None:
        """Add a widget that is already a card (before the closing stretch)."""
        self._layout.insertWidget(self._layout.count() - 1, card)
        if card not in self._sections:
            self._sections.append(card)

    def refresh(self) -> None:
        """Show the stored values again, here and in every section (after a restore)."""
        self._show_values()
        for section in self._sections:
            reload = getattr(section, "refresh", None) or getattr(section, "reload", None)
            if callable(reload):
                reload()

    def _show_values(self) -> None:
        """Put the stored preferences into the controls without writing them back."""
        self.theme_combo.blockSignals(True)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(
            self._settings.get("theme"))))
        self.theme_combo.blockSignals(False)
        for spin, key in ((self.goal_spin, "daily_goal"), (self.rest_spin, "rest_days_per_week"),
                          (self.weekly_spin, "weekly_goal")):
            spin.blockSignals(True)
            spin.setValue(self._settings.get(key))
            spin.blockSignals(False)
        widgets = (self.pace_combo, self.streak_check, self.personal_check,
                   self.review_day_combo, self.review_time)
        for widget in widgets:
            widget.blockSignals(True)
        self.pace_combo.setCurrentIndex(max(0, self.pace_combo.findData(
            self._settings.get("goal_period"))))
        self._show_review_day()
        self.streak_check.setChecked(bool(self._settings.get("show_streak")))
        self.personal_check.setChecked(bool(self._settings.get("personal_track")))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_pace()

    def _appearance(self) -> Card:
        card = Card(self.tr("Appearance"))
        form = compact_form()
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for key, text in theme_choices():
            self.theme_combo.addItem(text, key)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(
            self._settings.get("theme"))))
        self.theme_combo.currentIndexChanged.connect(
            lambda _: self._store("theme", self.theme_combo.currentData()))
        form.addRow(self.tr("&Theme"), self.theme_combo)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in language_choices():
            self.language_combo.addItem(name, code)
        ui_state = QSettings(str(self._context.paths.ui_state), QSettings.Format.IniFormat)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            str(ui_state.value(LANGUAGE_KEY, "")))))
        self.language_combo.currentIndexChanged.connect(lambda _: self._store_language())
        form.addRow(self.tr("Language"), self.language_combo)  # no free mnemonic left
        self.language_note = label(self.tr("A new language applies the next time you start "
                                           "the app."), wrap=True)
        form.addRow("", self.language_note)
        card.body.addLayout(form)
        return card

    def _store_language(self) -> None:
        """Keep the chosen language in ``ui-state.ini`` (read before the journal opens)."""
        ui_state = QSettings(str(self._context.paths.ui_state), QSettings.Format.IniFormat)
        ui_state.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        ui_state.sync()

    def _practice(self) -> Card:
        card = Card(self.tr("Your practice"))
        form = compact_form()
        self.pace_combo = QComboBox()
        self.pace_combo.setAccessibleName(self.tr("Goal"))
        self.pace_combo.addItem(self.tr("A daily goal, with rest days"), "day")
        self.pace_combo.addItem(self.tr("A weekly goal"), "week")
        self.pace_combo.setCurrentIndex(max(0, self.pace_combo.findData(
            self._settings.get("goal_period"))))
        self.pace_combo.currentIndexChanged.connect(
            lambda _: self._store("goal_period", self.pace_combo.currentData()))
        form.addRow(self.tr("&Pace"), self.pace_combo)
        self.weekly_spin = QSpinBox()
        self.weekly_spin.setRange(1, 21)
        self.weekly_spin.setValue(self._settings.get("weekly_goal"))
        self.weekly_spin.setAccessibleName(self.tr("Weekly goal"))
        self.weekly_spin.setSuffix(self.tr(" asks a week"))
        self.weekly_spin.valueChanged.connect(lambda v: self._store("weekly_goal", v))
        form.addRow(self.tr("Wee&kly goal"), self.weekly_spin)
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 20)
        self.goal_spin.setValue(self._settings.get("daily_goal"))
        self.goal_spin.setAccessibleName(self.tr("Daily goal"))
        self._goal_suffix(self.goal_spin.value())
        self.goal_spin.valueChanged.connect(self._goal_suffix)
        self.goal_spin.valueChanged.connect(lambda v: self._store("daily_goal", v))
        form.addRow(self.tr("Daily &goal"), self.goal_spin)
        self.rest_spin = QSpinBox()
        self.rest_spin.setRange(0, 3)
        self.rest_spin.setValue(self._settings.get("rest_days_per_week"))
        self.rest_spin.setAccessibleName(self.tr("Rest days per week"))
        self.rest_spin.setSuffix(self.tr(" per week"))
        self.rest_spin.valueChanged.connect(lambda v: self._store("rest_days_per_week", v))
        form.addRow(self.tr("&Rest days"), self.rest_spin)
        self.streak_check = QCheckBox(self.tr("Show my streak"))
        self.streak_check.setChecked(bool(self._settings.get("show_streak")))
        self.streak_check.toggled.connect(lambda on: self._store("show_streak", on))
        form.addRow("", self.streak_check)
        self.personal_check = WrappingCheckBox(self.tr("Suggest asks of people close to me"))
        self.personal_check.setAccessibleName(self.tr("The personal track"))
        self.personal_check.setChecked(bool(self._settings.get("personal_track")))
        self.personal_check.toggled.connect(lambda on: self._store("personal_track", on))
        form.addRow("", self.personal_check)
        form.addRow(self.tr("Weekl&y review"), self._review_row())
        self.practice_form = form
        card.body.addLayout(form)
        card.body.addWidget(label(self.tr(
            "The streak counts days (or weeks) you met your goal. Rest days do not break it, "
            "and neither does an honest \"did not ask\" that you reflected on: that is "
            "practice too. If streaks make you feel worse, hide it. Days and reminders follow "
            "your computer's time zone ({0}), so they stay right when you travel.").format(
            self._settings.zone().key), "muted", wrap=True))
        card.body.addWidget(label(personal_track_note(), "muted", wrap=True))
        self.error_label = label("", "error", wrap=True)
        self.error_label.hide()
        card.body.addWidget(self.error_label)
        return card

    def _review_row(self) -> QWidget:
        """The weekly review's day (or off) and the time its reminder comes."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.review_day_combo = QComboBox()
        self.review_day_combo.setAccessibleName(self.tr("Weekly review day"))
        self.review_day_combo.addItem(self.tr("Off"), -1)
        for day in range(7):
            self.review_day_combo.addItem(QLocale().dayName(day + 1), day)
        self.review_time = TimeField()
        self.review_time.setAccessibleName(self.tr("Weekly review time"))
        self._show_review_day()
        self.review_day_combo.currentIndexChanged.connect(
            lambda _: self._store("weekly_review_day", self.review_day_combo.currentData()))
        self.review_time.timeChanged.connect(
            lambda at: self._store("weekly_review_time", at.toString("HH:mm")))
        self.review_at_label = label(self.tr("at"))
        layout.addWidget(self.review_day_combo)
        layout.addWidget(self.review_at_label)
        layout.addWidget(self.review_time)
        return row

    def _show_review_day(self) -> None:
        day = self._settings.get("weekly_review_day")
        self.review_day_combo.setCurrentIndex(max(0, self.review_day_combo.findData(day)))
        self.review_time.setTime(QTime.fromString(self._settings.get("weekly_review_time"),
                                                  "HH:mm"))
        self.review_time.setEnabled(day >= 0)

    def _data_folder(self) -> Card:
        card = Card(self.tr("Data folder"))
        paths = self._context.paths
        card.body.addWidget(label(self.tr(
            "Your journal lives only on this computer, readable by your user account alone."),
            "muted", wrap=True))
        self.data_path_label = label(str(paths.root), wrap=True)
        self.data_path_label.setAccessibleName(self.tr("Data folder path"))
        card.body.addWidget(self.data_path_label)
        row = QHBoxLayout()
        self.open_data_button = button(self.tr("Open data folder"))
        self.open_data_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.root))))
        self.open_logs_button = button(self.tr("Open log folder"))
        self.open_logs_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.logs))))
        row.addWidget(self.open_data_button)
        row.addWidget(self.open_logs_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _show_pace(self) -> None:
        """A weekly goal needs no daily goal or rest days, and the other way round."""
        weekly = self.pace_combo.currentData() == "week"
        form = self.practice_form
        form.setRowVisible(self.weekly_spin, weekly)
        form.setRowVisible(self.goal_spin, not weekly)
        form.setRowVisible(self.rest_spin, not weekly)

    def _goal_suffix(self, value: int) -> None:
        self.goal_spin.setSuffix(self.tr(" ask a day") if value == 1 else self.tr(" asks a day"))

    def _store(self, key: str, value: object) -> None:
        try:
            self._settings.set(key, value)
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.error_label.hide()
