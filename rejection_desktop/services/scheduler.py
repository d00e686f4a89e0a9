"""ReminderScheduler: one single-shot timer armed for the next due reminder. No polling loop.

Each planning round reads the reminders, asks ``domain.schedule.plan`` what is due now and when
the next one is, delivers everything due as ONE notice (a catch-up summary when several were
missed), persists ``last_fired`` before notifying (a restart neither repeats nor drops one), and
arms the timer for the earlier of the next due instant and a slow resync.

Rounds run at start, on every change (``replan()``, connected to ``reminders_changed``), when the
timer fires, and on the resync. The resync exists because Qt timers run on the monotonic clock,
which stops while the machine sleeps and ignores wall-clock changes: each round compares how far
the wall clock moved against the monotonic clock, and a difference beyond ``JUMP_TOLERANCE``
(sleep, or the clock being set) is logged and makes what is due a catch-up.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from rejection_desktop.domain.schedule import DAILY, plan, timer_delay_ms
from rejection_desktop.notifications.delivery import Notice
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.reminder_text import compose_notice
from rejection_desktop.services.reminders import (
    MAX_LOOKBACK,
    DueReminder,
    PlannedAsk,
    ScheduleInputs,
)

log = logging.getLogger(__name__)

RESYNC_INTERVAL = timedelta(minutes=10)
"""The slowest the scheduler ever sleeps while reminders exist."""
JUMP_TOLERANCE = timedelta(seconds=90)
LATE_GRACE = timedelta(minutes=5)
"""A reminder delivered later than this is reported as missed (a catch-up)."""


class OneShotTimer(Protocol):
    """A single-shot timer: ``arm`` replaces any pending shot."""

    def arm(self, delay_ms: int) -> None: ...

    def cancel(self) -> None: ...


class QtOneShotTimer:
    """The real timer: one ``QTimer``, single-shot, ``Qt.PreciseTimer``."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(callback)

    def arm(self, delay_ms: int) -> None:
        self.timer.start(delay_ms)

    def cancel(self) -> None:
        self.timer.stop()


TimerFactory = Callable[[Callable[[], None], QObject], OneShotTimer]


class ReminderSource(Protocol):
    """What the scheduler needs from ``ReminderService``."""

    def schedule_inputs(self, now: datetime | None = None) -> ScheduleInputs: ...

    def describe(self, due: Sequence[tuple[int, datetime]]) -> list[DueReminder]: ...

    def mark_fired(self, ids: Iterable[int], at: datetime) -> None: ...

    def planned_today(self, now: datetime | None = None) -> list[PlannedAsk]: ...


@dataclass(frozen=True)
class PlanRound:
    """What one planning round found and did."""

    at: datetime
    reason: str
    due: tuple[tuple[int, datetime], ...]
    next_at: datetime | None
    wake_at: datetime | None
    notice: Notice | None
    catch_up: bool
    clock_jump_s: float


class ReminderScheduler(QObject):
    """Arms one single-shot timer for the next due reminder and delivers what is due.

    ``notify`` receives one ``Notice`` per round with something due (the notifier chain).
    """

    round_done = Signal(object)
    """A ``PlanRound`` after every round."""
    delivered = Signal(object)
    """The ``Notice`` handed to ``notify``."""

    def __init__(self, source: ReminderSource, notify: Callable[[Notice], object], *,
                 clock: Clock = system_clock, monotonic: Callable[[], float] = time.monotonic,
                 timer_factory: TimerFactory = QtOneShotTimer,
                 resync: timedelta = RESYNC_INTERVAL,
                 today_title: Callable[[], str] = lambda: "",
                 private: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._notify = notify
        self._clock = clock
        self._monotonic = monotonic
        self._resync = resync
        self._today_title = today_title
        self._private = private
        self._told_until: datetime | None = None
        self._timer = timer_factory(self._on_timeout, self)
        self._running = False
        self._busy = False
        self._again = False
        self._armed: tuple[datetime, float] | None = None
        self.wake_at: datetime | None = None
        self.next_at: datetime | None = None
        self.wakeups = 0
        """How many times the timer fired."""
        self.jumps = 0
        """How many wall-clock jumps (sleep, clock changes) were seen."""

    # control -----------------------------------------------------------------------------------
    def start(self, told_until: datetime | None = None) -> PlanRound | None:
        """Plan for the first time: what came due while the app was closed is a catch-up.

        ``told_until``: generic nudges were already given up to then (before the journal was
        unlocked, from the schedule file); what was due by then is recorded, not announced.
        """
        self._running = True
        self._told_until = told_until
        try:
            return self.replan("start")
        finally:
            self._told_until = None

    def stop(self) -> None:
        self._running = False
        self._timer.cancel()
        self.wake_at = None

    @Slot()
    def replan(self, reason: str = "change") -> PlanRound | None:
        """Plan again now (safe to call from inside a round: it then runs once more after)."""
        if not self._running:
            return None
        if self._busy:
            self._again = True
            return None
        self._busy = True
        try:
            result = self._round(reason or "change")
            while self._again:
                self._again = False
                result = self._round("change")
            return result
        finally:
            self._busy = False

    def _on_timeout(self) -> None:
        self.wakeups += 1
        self.replan("timer")

    # one round ---------------------------------------------------------------------------------
    def _round(self, reason: str) -> PlanRound | None:
        now = self._clock()
        mono = self._monotonic()
        jump = self._clock_jump(now, mono)
        if jump:
            self.jumps += 1
            log.info("wall clock moved %+.0f s against the monotonic clock (sleep or a clock "
                     "change); re-planning reminders", jump)
        try:
            inputs = self._source.schedule_inputs(now)
            result = plan(inputs.specs, now, inputs.zone, quiet=inputs.quiet,
                          paused_until=inputs.snoozed_until, max_lookback=MAX_LOOKBACK)
        except Exception:
            log.exception("planning reminders failed; trying again at the next resync")
            self._arm(now, mono, None, fallback=True)
            return None
        catch_up = reason == "start" or jump > 0 or any(
            now - due > LATE_GRACE for _, due in result.due)
        due = result.due
        if self._told_until is not None and due:
            told = tuple(item for item in due if item[1] <= self._told_until)
            due = tuple(item for item in due if item[1] > self._told_until)
            self._record_told(told, now)
        notice = self._deliver(due, inputs, now, catch_up) if due else None
        self._arm(now, mono, result.next_at)
        done = PlanRound(now, reason, result.due, result.next_at, self.wake_at, notice,
                         catch_up and notice is not None, jump)
        self.round_done.emit(done)
        return done

    def _record_told(self, told: tuple[tuple[int, datetime], ...], now: datetime) -> None:
        """Mark as fired what a generic nudge already announced (nothing is sent)."""
        if not told:
            return
        try:
            self._source.mark_fired({reminder_id for reminder_id, _ in told}, now)
        except Exception:
            log.exception("could not record %d reminders announced while locked", len(told))
        log.info("%d reminders were announced before the journal was unlocked", len(told))

    def _deliver(self, due: tuple[tuple[int, datetime], ...], inputs: ScheduleInputs,
                 now: datetime, catch_up: bool) -> Notice | None:
        try:
            # persisted first: a crash after this can drop one notice but never repeat it
            self._source.mark_fired({reminder_id for reminder_id, _ in due}, now)
            items = self._source.describe(due)
        except Exception:
            log.exception("could not record %d due reminders; not notifying", len(due))
            return None
        if not items:
            return None
        private = self._private()
        title = ""
        planned: list[PlannedAsk] = []
        if not private and any(item.kind == DAILY for item in items):  # what today holds
            try:
                title = self._today_title()
                planned = self._source.planned_today(now)
            except Exception:
                log.warning("could not read today's plans for a reminder", exc_info=True)
        notice = compose_notice(items, inputs.zone, catch_up=catch_up, today_title=title,
                                planned_today=planned, private=private)
        try:
            self._notify(notice)
        except Exception:
            log.exception("the notifier failed")
        self.delivered.emit(notice)
        return notice

    def _arm(self, now: datetime, mono: float, next_at: datetime | None, *,
             fallback: bool = False) -> None:
        self.next_at = next_at
        if next_at is None and not fallback:
            self._timer.cancel()
            self.wake_at = None
            self._armed = (now, mono)
            return
        resync_at = now + self._resync
        self.wake_at = resync_at if next_at is None else min(next_at, resync_at)
        self._timer.arm(timer_delay_ms(now, self.wake_at))
        self._armed = (now, mono)

    def _clock_jump(self, now: datetime, mono: float) -> float:
        """Seconds the wall clock moved beyond the monotonic clock since the last round."""
        if self._armed is None:
            return 0.0
        wall_then, mono_then = self._armed
        drift = (now - wall_then).total_seconds() - (mono - mono_then)
        return drift if abs(drift) > JUMP_TOLERANCE.total_seconds() else 0.0
