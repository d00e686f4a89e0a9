"""The plain reminder schedule beside an encrypted journal, and the nudges it gives before unlock.

While the journal is encrypted, the running app keeps ``reminder-schedule.json`` up to date:
the next reminders' delivery times and kinds (daily, planned, followup) and nothing else, no
titles, no ids, no text. At a start at login the journal stays locked until the user types
the passphrase, so ``LockedNudges`` reads this file and fires a generic notice at each time;
once unlocked, the real scheduler is told how far these went so nothing is announced twice.

The file is written private (0600) and atomically, only when its content changes; reading it is
tolerant: a missing, damaged or foreign file means no nudges, never an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rejection_desktop.domain.schedule import KINDS, MAX_TIMER_MS, timer_delay_ms, upcoming
from rejection_desktop.notifications.delivery import Notice
from rejection_desktop.platform.paths import write_private_file
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.reminder_text import generic_notice
from rejection_desktop.services.reminders import ScheduleInputs

log = logging.getLogger(__name__)

FORMAT = "rejection-desktop-reminder-schedule"
VERSION = 1
HORIZON = timedelta(days=8)
"""How far ahead the file looks (a week of daily nudges and a day to spare)."""
MAX_ENTRIES = 64
MAX_FILE_BYTES = 64 * 1024
LATE_GRACE = timedelta(minutes=5)
"""An entry this late at start (the app started after it) is still announced once."""

Entry = tuple[datetime, str]


def entries_from(inputs: ScheduleInputs, now: datetime) -> list[Entry]:
    """The upcoming ``(time, kind)`` deliveries the file should hold."""
    return upcoming(inputs.specs, now, inputs.zone, horizon=HORIZON, quiet=inputs.quiet,
                    paused_until=inputs.snoozed_until, limit=MAX_ENTRIES)


def to_bytes(entries: Sequence[Entry]) -> bytes:
    return (json.dumps({
        "format": FORMAT, "version": VERSION,
        "upcoming": [{"at": at.astimezone(UTC).isoformat(timespec="seconds"), "kind": kind}
                     for at, kind in entries],
    }, indent=1) + "\n").encode("ascii")


def write_schedule(path: Path, entries: Sequence[Entry]) -> bool:
    """Write ``entries`` to ``path`` unless it already holds them; True when written."""
    data = to_bytes(entries)
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_private_file(path, data)
    return True


def read_schedule(path: Path) -> list[Entry]:
    """The entries in ``path``, earliest first; [] for a missing, damaged or newer file (the
    reason is logged, never raised)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.warning("cannot read the reminder schedule: %s", exc.strerror or exc)
        return []
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_FILE_BYTES else None
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or data.get("version") != VERSION or not isinstance(data.get("upcoming"), list):
            raise ValueError("not a reminder schedule of this version")
        entries = []
        for item in data["upcoming"][:MAX_ENTRIES]:
            at = datetime.fromisoformat(item["at"])
            if at.tzinfo is None or item["kind"] not in KINDS:
                raise ValueError("an entry without a time zone or with an unknown kind")
            entries.append((at.astimezone(UTC), str(item["kind"])))
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        log.warning("ignoring the reminder schedule: %s", exc)
        return []
    return sorted(entries)


class LockedNudges(QObject):
    """Generic notices at the times of the schedule file, while the journal is still locked.

    One single-shot timer for the next entry; ``told_until`` is the latest time announced
    (the scheduler, once the journal is open, does not announce anything due up to it again).
    """

    nudged = Signal(object)  # the Notice

    def __init__(self, entries: Sequence[Entry], notify: Callable[[Notice], object], *,
                 clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notify = notify
        self._clock = clock
        now = clock()
        self._entries = [entry for entry in entries if entry[0] > now - LATE_GRACE]
        self.told_until: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def start(self) -> None:
        self._fire()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def next_at(self) -> datetime | None:
        return self._entries[0][0] if self._entries else None

    def _fire(self) -> None:
        now = self._clock()
        due = [entry for entry in self._entries if entry[0] <= now]
        self._entries = self._entries[len(due):]
        if due:
            self.told_until = due[-1][0]
            notice = generic_notice([kind for _at, kind in due])
            try:
                self._notify(notice)
            except Exception:
                log.exception("the notifier failed")
            self.nudged.emit(notice)
        if self._entries:
            self._timer.start(min(timer_delay_ms(now, self._entries[0][0]), MAX_TIMER_MS - 1))
