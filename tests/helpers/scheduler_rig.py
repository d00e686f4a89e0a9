"""A reminder scheduler driven by a fake clock, a fake monotonic clock and a fake timer.

The rig moves time the way a laptop does: ``run_until`` lets the single timer fire at each armed
instant (wall and monotonic clocks advance together); ``sleep`` moves only the wall clock, as a
suspended machine does, and then lets the overdue timer fire once on wake-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from rejection_desktop.notifications.delivery import Notice
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.scheduler import RESYNC_INTERVAL, ReminderScheduler


class FakeTimer:
    """Records the delay it was armed with; the rig fires it."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        self.callback = callback
        self.delay_ms: int | None = None
        self.arms: list[int] = []

    def arm(self, delay_ms: int) -> None:
        self.delay_ms = delay_ms
        self.arms.append(delay_ms)

    def cancel(self) -> None:
        self.delay_ms = None

    def fire(self) -> None:
        self.delay_ms = None
        self.callback()


class FakeMonotonic:
    """Seconds of awake time; the rig advances it."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


class SchedulerRig:
    """A real ``ReminderScheduler`` + ``ReminderService`` on a real database, with fake time."""

    def __init__(self, reminders: ReminderService, clock, *, start: bool = True,
                 notify: Callable[[Notice], object] | None = None,
                 resync: timedelta = RESYNC_INTERVAL,
                 today_title: Callable[[], str] = lambda: "") -> None:
        self.clock = clock
        self.reminders = reminders
        self.mono = FakeMonotonic()
        self.notices: list[tuple[datetime, Notice]] = []
        self.timers: list[FakeTimer] = []

        def record(notice: Notice) -> None:
            self.notices.append((clock(), notice))
            if notify is not None:
                notify(notice)

        def make_timer(callback: Callable[[], None], parent: QObject) -> FakeTimer:
            timer = FakeTimer(callback, parent)
            self.timers.append(timer)
            return timer

        self.scheduler = ReminderScheduler(reminders, record, clock=clock, monotonic=self.mono,
                                           timer_factory=make_timer, resync=resync,
                                           today_title=today_title)
        reminders.reminders_changed.connect(self.scheduler.replan)
        if start:
            self.scheduler.start()

    @property
    def timer(self) -> FakeTimer:
        return self.timers[0]

    def awake(self, delta: timedelta) -> None:
        """Let time pass with the machine awake (no timer fires)."""
        self.clock.now += delta
        self.mono.value += delta.total_seconds()

    def run_until(self, end: datetime) -> None:
        """Fire the timer at every armed instant up to ``end``, then move the clock to ``end``."""
        while self.timer.delay_ms is not None:
            fire_at = self.clock.now + timedelta(milliseconds=self.timer.delay_ms)
            if fire_at > end:
                break
            self.awake(fire_at - self.clock.now)
            self.timer.fire()
        if end > self.clock.now:
            self.awake(end - self.clock.now)

    def sleep(self, delta: timedelta) -> None:
        """Suspend for ``delta`` (wall clock only), then wake: an armed timer fires once."""
        self.clock.now += delta
        if self.timer.delay_ms is not None:
            self.timer.fire()

    def jump(self, delta: timedelta) -> None:
        """The wall clock is set by ``delta`` (awake), then the resync or timer runs."""
        self.clock.now += delta
        self.scheduler.replan("resync")
