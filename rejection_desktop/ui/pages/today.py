"""The Today page: the daily goal, the streak, the next suggested ask, and what is planned."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain import ladder
from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.domain.schedule import MAX_TIMER_MS
from rejection_desktop.domain.stats.calendar import Streak
from rejection_desktop.services.attempts import AttemptData
from rejection_desktop.services.clock import Clock
from rejection_desktop.services.container import Services
from rejection_desktop.services.local_text import clock
from rejection_desktop.ui.models.challenge_model import band_label, category_label
from rejection_desktop.ui.reminder_status import hold_text
from rejection_desktop.ui.widgets.common import (
    Card,
    PageHeader,
    add_shown,
    button,
    label,
    primary_button,
    scrolling_page,
)
from rejection_desktop.ui.widgets.date_fields import local_date
from rejection_desktop.ui.widgets.flow_layout import FlowLayout
from rejection_desktop.ui.widgets.program_card import ProgramCard

MAX_LISTED = 8
"""Open asks listed on the page (today's plans first); the rest are counted, not listed."""


class AttemptStarter(Protocol):
    """What the page needs from the attempt flow."""

    def plan(self, challenge_id: int) -> object: ...

    def log(self, challenge_id: int | None = None, attempt_id: int | None = None) -> object: ...


class TodayPage(QWidget):
    """What to do today, at a glance."""

    suggestion_changed = Signal(str)
    """The suggested challenge's title ("" when there is none)."""
    review_requested = Signal()
    """"Start the review" on the weekly review's card."""

    def __init__(self, services: Services, clock: Clock, flow: AttemptStarter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._flow = flow
        self._shown: list[int] = []
        self.suggestion: ChallengeRecord | None = None
        self._facts = ladder.LadderFacts(frozenset(), frozenset(), None)
        self.log_buttons: dict[int, QPushButton] = {}
        """The "Log outcome" button of each listed attempt, by attempt id."""
        self.follow_up_buttons: dict[int, QPushButton] = {}
        """The "Plan a follow-up" button of each listed ask long without a reply."""

        layout = scrolling_page(self)
        self.header = PageHeader(self.tr("Today"))
        layout.addWidget(self.header)

        numbers = QGridLayout()
        numbers.setHorizontalSpacing(16)
        self.goal_card = Card(self.tr("Today's asks"))
        self.goal_number = label("0 / 1", "bigNumber")
        self.goal_bar = QProgressBar()
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setFixedHeight(8)
        self.goal_bar.setAccessibleName(self.tr("Daily goal progress"))
        self.goal_text = label("", "muted", wrap=True)
        for widget in (self.goal_number, self.goal_bar, self.goal_text):
            self.goal_card.body.addWidget(widget)
        self.streak_card = Card(self.tr("Streak"))
        self.streak_number = label("0", "bigNumber", wrap=True)  # "Fresh start" fits 800 px
        self.streak_text = label("", "muted", wrap=True)
        self.streak_card.body.addWidget(self.streak_number)
        self.streak_card.body.addWidget(self.streak_text)
        self.week_card = Card(self.tr("This week"))
        self.week_number = label("0", "bigNumber")
        self.week_text = label("", "muted", wrap=True)
        self.week_card.body.addWidget(self.week_number)
        self.week_card.body.addWidget(self.week_text)
        for column, card in enumerate((self.goal_card, self.streak_card, self.week_card)):
            card.body.addStretch(1)
            numbers.addWidget(card, 0, column)
            numbers.setColumnStretch(column, 1)
        layout.addLayout(numbers)

        self.disk_card = Card(self.tr("Backups on one disk"))
        self.disk_text = label(self.tr(
            "For 30 days every backup has been on the same disk as your journal: if that disk "
            "fails, both are gone. Choose a second backup folder on another disk or a synced "
            "folder; every backup is then copied there too."), wrap=True)
        self.disk_button = primary_button(self.tr("Choose a second backup folder"))
        self.disk_card.body.addWidget(self.disk_text)
        self.disk_card.body.addWidget(self.disk_button)
        self.disk_card.hide()
        self.disk_button.clicked.connect(self._choose_second_folder)
        layout.addWidget(self.disk_card)

        self.review_card = Card(self.tr("Your weekly review"))
        self.review_text = label(self.tr(
            "A few minutes to look back: what you predicted against what happened, the "
            "surprise of the week, how much you still believe each thought, and what to vary "
            "next week."), wrap=True)
        self.review_button = primary_button(self.tr("Start the review"))
        self.review_button.clicked.connect(self.review_requested)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_button)
        review_row.addStretch(1)
        self.review_card.body.addWidget(self.review_text)
        self.review_card.body.addLayout(review_row)
        self.review_card.hide()
        layout.addWidget(self.review_card)

        self.suggestion_card = Card(self.tr("Your next step"))
        self.suggestion_title = label("", "pageTitle", wrap=True)
        self.suggestion_title.setStyleSheet("font-size: 16pt;")
        self.suggestion_meta = label("", "muted", wrap=True)
        self.suggestion_text = label("", wrap=True)
        self.suggestion_tip = label("", "muted", wrap=True)
        for widget in (self.suggestion_title, self.suggestion_meta, self.suggestion_text,
                       self.suggestion_tip):
            self.suggestion_card.body.addWidget(widget)
        row = QWidget()
        buttons = FlowLayout(row)  # wraps when the words are longer (another language)
        self.plan_button = primary_button(self.tr("Plan it"))
        self.log_button = button(self.tr("Log an attempt"))
        self.another_button = button(self.tr("Another suggestion"))
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.another_button)
        self.suggestion_card.body.addWidget(row)
        layout.addWidget(self.suggestion_card)

        self.planned_card = Card(self.tr("Planned today and waiting for an answer"))
        self.planned_card.setAccessibleDescription(self.tr(
            "Today's plans with or without a time, and asks still waiting for a reply"))
        self.hold_label = label("", "muted", wrap=True)
        self.hold_label.setAccessibleName(self.tr("Held reminders"))
        self.hold_label.hide()
        self.planned_card.body.addWidget(self.hold_label)
        self.planned_list = QVBoxLayout()
        self.planned_list.setSpacing(6)
        self.planned_card.body.addLayout(self.planned_list)
        layout.addWidget(self.planned_card)

        # the 100 days come after today's asks, so the daily loop's keys reach Log first
        self.program_card = ProgramCard(services.program, self._plan_program_ask)
        layout.addWidget(self.program_card)
        layout.addStretch(1)
        self.footer = label(self.tr(
            "One ask a day that could be refused is the whole game. Be kind, ask for what you "
            "would accept, and respect the no."), "muted", wrap=True)
        layout.addWidget(self.footer)

        self.plan_button.clicked.connect(self._plan)
        self.log_button.clicked.connect(self._log)
        self.another_button.clicked.connect(self.next_suggestion)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self._disk_timer = QTimer(self)  # the backups code loads after the page is painted
        self._disk_timer.setSingleShot(True)
        self._disk_timer.timeout.connect(self._show_disk_notice)
        self.midnight_timer = QTimer(self)  # a new day: new date, goal, streak, suggestion
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self._schedule_refresh)
        self.hold_timer = QTimer(self)  # a hold starts or ends: say so
        self.hold_timer.setSingleShot(True)
        self.hold_timer.timeout.connect(self.show_hold)
        services.reminders.reminders_changed.connect(self.show_hold)
        attempts = services.attempts
        for signal in (attempts.attempt_planned, attempts.attempt_logged,
                       attempts.attempt_updated, attempts.attempt_deleted,
                       attempts.attempt_restored, services.challenges.challenge_updated,
                       services.challenges.challenge_archived,
                       services.challenges.challenge_added,
                       services.challenges.challenge_restored, services.settings.setting_changed,
                       services.reflections.reflection_saved,
                       services.reflections.reflection_deleted,
                       services.reflections.reflection_restored):
            signal.connect(self._schedule_refresh)
        self._filled = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: fill in the figures from the journal before the page is painted.

        At start-up the window is already on screen (see ``startup.py``) when this page is
        built, so reading the journal here holds back nothing but the page itself.
        """
        super().showEvent(event)
        self.fill()

    def fill(self) -> None:
        """Fill in the figures unless they are current. Called before the page is first shown,
        its rows appear with it (one layout pass) instead of one by one."""
        if not self._filled:
            self._filled = True
            self.refresh()

    def _schedule_refresh(self) -> None:
        """A change: refresh in the next turn, or, while the page is not on screen, the next
        time it shows (each refresh reads the journal; hidden, it only cost time on the GUI
        thread: after an import, two of them held the window about 50 ms)."""
        if self.isVisible():
            self._refresh_timer.start(0)
        else:
            self._filled = False

    def data_replaced(self) -> None:
        """An import or a restore replaced data (``Shell.reload_pages``)."""
        self._schedule_refresh()

    # content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute everything on the page from the services."""
        zone = self._services.settings.zone()
        now = self._clock().astimezone(zone)
        today = now.date()
        next_midnight = datetime.combine(today + timedelta(days=1), time.min, zone)
        self.midnight_timer.start(min(MAX_TIMER_MS, int(
            (next_midnight - now).total_seconds() * 1000) + 1000))
        locale = QLocale()
        self.header.set_subtitle(locale.toString(local_date(today), QLocale.FormatType.LongFormat))
        progress = self._services.progress  # asks per day: counted in SQL, not read as records
        streak = progress.streak()
        settings = self._services.settings
        weekly = streak.unit == "week"
        self._show_goal(streak, settings.get("weekly_goal" if weekly else "daily_goal"))
        self._show_streak(streak)
        self.streak_card.setVisible(bool(settings.get("show_streak")))
        week_start = today - timedelta(days=today.weekday())
        week = sum(n for day, n in progress.asks_since(week_start).items() if day <= today)
        self.week_number.setText(str(week))
        self.week_text.setText(self.tr("asks since Monday") if week != 1
                               else self.tr("ask since Monday"))
        self._facts = self._services.attempts.ladder_facts(zone, today)
        self._show_suggestion(self._next_suggestion())
        start = datetime.combine(today, time.min, zone)
        attempts = self._services.attempts
        planned = attempts.planned_on(start, start + timedelta(days=1))
        waiting, waiting_total = attempts.waiting(MAX_LISTED)
        self._show_planned((planned + waiting)[:MAX_LISTED], len(planned) + waiting_total, now)
        self.program_card.refresh()
        self.review_card.setVisible(self._services.weekly_review.due())
        self._disk_timer.start(0)
        self.show_hold()

    def _show_disk_notice(self) -> None:
        """Say once (ever, on this computer) that every backup is on the journal's own disk."""
        backups = self._services.backups
        if backups.same_disk_notice_due():
            backups.same_disk_notice_shown()
            self.disk_card.show()
        elif backups.second_folder() is not None:
            self.disk_card.hide()

    def _choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        if not folder:
            return
        from rejection_desktop.services.backups import BackupFileError  # noqa: PLC0415
        from rejection_desktop.ui.problem_text import problem_text  # noqa: PLC0415

        try:
            self._services.backups.set_second_folder(Path(folder))
        except BackupFileError as exc:
            QMessageBox.warning(self, self.tr("Second backup folder"), problem_text(exc))
            return
        self.disk_card.hide()

    def show_hold(self) -> None:
        """Say what quiet hours or a snooze hold back and until when (hidden when nothing)."""
        now = self._clock()
        status = self._services.reminders.hold_status(now)
        text = hold_text(status, now, self._services.settings.zone())
        self.hold_label.setText(text)
        self.hold_label.setVisible(bool(text))
        if status.recheck_at is None:
            self.hold_timer.stop()
        else:
            self.hold_timer.start(min(MAX_TIMER_MS, max(0, int(
                (status.recheck_at - now).total_seconds() * 1000)) + 1000))

    def _show_goal(self, streak: Streak, goal: int) -> None:
        self.goal_card.title_label.setText(self.tr("This week's goal") if streak.unit == "week"
                                           else self.tr("Today's asks"))
        self.goal_number.setText(f"{streak.today_count} / {goal}")
        self.goal_bar.setRange(0, goal)
        self.goal_bar.setValue(min(goal, streak.today_count))
        if streak.unit == "week":
            self.goal_text.setText(self.tr("Goal met for this week.") if streak.goal_met_today
                                   else self.tr("Asks since Monday, towards your weekly goal."))
        elif streak.goal_met_today:
            self.goal_text.setText(self.tr("Goal met. Anything more is a bonus."))
        elif streak.today_count:
            self.goal_text.setText(self.tr("Nice start. {0} more to reach today's goal.").format(
                goal - streak.today_count))
        else:
            self.goal_text.setText(self.tr("One ask that could be refused. That's all."))

    def _show_streak(self, streak: Streak) -> None:
        """The run of days (or weeks) at the user's pace; a broken run is a fresh start, not
        a big zero."""
        weekly = streak.unit == "week"
        if not streak.current:
            self.streak_number.setText(self.tr("Fresh start"))
            self.streak_text.setText(self.tr(
                "Runs come and go. One ask, or an honest note about why not, starts a new one.")
                if not weekly else self.tr("Runs come and go. Reach this week's goal to start "
                                           "one."))
            return
        if weekly:
            self.streak_number.setText(self.tr("{0} weeks").format(streak.current)
                                       if streak.current != 1 else self.tr("1 week"))
        else:
            self.streak_number.setText(self.tr("{0} days").format(streak.current)
                                       if streak.current != 1 else self.tr("1 day"))
        if streak.longest > streak.current:
            self.streak_text.setText((self.tr("Longest so far: {0} weeks") if weekly
                                      else self.tr("Longest so far: {0} days")).format(
                streak.longest))
        else:
            self.streak_text.setText(self.tr("Rest days are part of it. Be kind to yourself.")
                                     if not weekly else self.tr("Weeks in a row at your pace."))

    def _show_suggestion(self, record: ChallengeRecord | None) -> None:
        self.suggestion = record
        self.suggestion_changed.emit(record.title if record else "")
        has = record is not None
        self.plan_button.setEnabled(has and self._flow is not None)
        self.log_button.setEnabled(has and self._flow is not None)
        if record is None:
            self.suggestion_title.setText(self.tr("You have seen every suggestion"))
            self.suggestion_meta.setText("")
            self.suggestion_text.setText(self.tr("Start the round again, or pick any challenge "
                                                 "on the Challenges page."))
            self.suggestion_tip.setText("")
            self.another_button.setText(self.tr("Start again"))
            return
        self.another_button.setText(self.tr("Another suggestion"))
        self.suggestion_title.setText(record.title)
        band = next(b for b in ladder.DISTRESS_BANDS if b.key == ladder.band_of(record.distress))
        self.suggestion_meta.setText(self.tr("{0} · expected distress {1}/100 · {2}").format(
            category_label(record.category), record.distress, band_label(band.key)))
        self.suggestion_text.setText(record.description)
        self.suggestion_tip.setText(self.tr("Tip: {0}").format(record.tip) if record.tip else "")

    def _show_planned(self, open_asks: list[AttemptData], total: int, now: datetime) -> None:
        """List today's timed plans, plans without a time and asks waiting for a reply."""
        self.log_buttons.clear()
        self.follow_up_buttons.clear()
        while self.planned_list.count():
            item = self.planned_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        zone = self._services.settings.zone()
        for attempt in open_asks:
            self._add_to_planned(self._open_row(attempt, now, zone))
        if total > len(open_asks):
            self._add_to_planned(label(self.tr(
                "and {0} more open asks: see the Journal.").format(total - len(open_asks)),
                "muted"))
        if not open_asks:
            self._add_to_planned(label(self.tr(
                "Nothing planned yet. Plan the suggestion above, or log an ask you made on the "
                "spur of the moment."), "muted", wrap=True))
        self._tab_through_rows()

    def _tab_through_rows(self) -> None:
        """Tab goes down the page: the rows, made after the cards below them, come between
        the suggestion's buttons and the program card (else Tab jumped past them)."""
        previous: QWidget = self.another_button
        for index in range(self.planned_list.count()):
            item = self.planned_list.itemAt(index)
            row = item.widget() if item is not None else None
            for row_button in row.findChildren(QPushButton) if row is not None else ():
                QWidget.setTabOrder(previous, row_button)
                previous = row_button
        QWidget.setTabOrder(previous, self.program_card)

    def _open_row(self, attempt: AttemptData, now: datetime, zone: ZoneInfo) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        title = attempt.challenge_title
        since = attempt.waiting_since()
        if since is not None:
            days = (now.astimezone(zone).date() - since.astimezone(zone).date()).days
            text = self.tr("{0} (no reply yet)").format(title) if days < 1 else (
                self.tr("{0} (no reply yet, 1 day)").format(title) if days == 1
                else self.tr("{0} (no reply yet, {1} days)").format(title, days))
        elif attempt.before.planned_at is not None:
            when = clock(attempt.before.planned_at, zone)
            text = f"{when}  {title}"
        else:
            text = self.tr("{0} (planned, no time set)").format(title)
        line.addWidget(label(text, wrap=True), 1)
        if attempt.offers_follow_up(now):
            follow = button(self.tr("Plan a follow-up"),
                            self.tr("Plan a follow-up to {0}").format(title))
            follow.setToolTip(self.tr("Still no reply after a few days: a short, polite "
                                      "follow-up is another ask. Plan it like any other."))
            follow.setEnabled(self._flow is not None)
            follow.clicked.connect(lambda _=False, a=attempt: self._plan_follow_up(a))
            self.follow_up_buttons[attempt.id] = follow
            line.addWidget(follow)
        log = button(self.tr("Log outcome"), self.tr("Log outcome of {0}").format(title))
        log.setEnabled(self._flow is not None)
        log.clicked.connect(lambda _=False, a=attempt: self._log_attempt(a))
        self.log_buttons[attempt.id] = log
        line.addWidget(log)
        return row

    def _add_to_planned(self, widget: QWidget) -> None:
        add_shown(self.planned_list, widget)

    # actions -------------------------------------------------------------------------------
    def next_suggestion(self) -> None:
        """Show another challenge (the ones already shown are skipped until the round ends)."""
        if self.suggestion is None:
            self._shown.clear()
        else:
            self._shown.append(self.suggestion.id)
        self._show_suggestion(self._next_suggestion())

    def _next_suggestion(self) -> ChallengeRecord | None:
        """The ladder's next step, skipping the ones shown in this round."""
        return self._services.challenges.suggest(
            self._facts, exclude=self._shown,
            personal_track=bool(self._services.settings.get("personal_track")))

    def focus_suggestion(self) -> None:
        """Put the keyboard on the suggestion's "Plan it" (or on "Start again" without one)."""
        if not self._filled:
            self._filled = True
            self.refresh()
        target = self.plan_button if self.plan_button.isEnabled() else self.another_button
        target.setFocus()

    def _plan(self) -> None:
        if self.suggestion is not None and self._flow is not None:
            self._flow.plan(self.suggestion.id)

    def _plan_program_ask(self, challenge_id: int) -> None:
        if self._flow is not None:
            self._flow.plan(challenge_id)

    def _log(self) -> None:
        if self.suggestion is not None and self._flow is not None:
            self._flow.log(challenge_id=self.suggestion.id)

    def _plan_follow_up(self, attempt: AttemptData) -> None:
        if self._flow is not None:
            self._flow.plan(attempt.challenge_id)

    def _log_attempt(self, attempt: AttemptData) -> None:
        if self._flow is not None:
            self._flow.log(challenge_id=attempt.challenge_id, attempt_id=attempt.id)


