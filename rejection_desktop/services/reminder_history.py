"""What happened to the last reminders, the plain-language delivery line, and diagnostics.

The history keeps kinds, times and outcomes only (never a challenge title, never journal
text) in ``reminder-history.json`` in the data folder, private from its first byte. The
diagnostics text is what a user pastes into a bug report.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from rejection_desktop import APP_NAME, __version__
from rejection_desktop.domain.schedule import (
    DAILY,
    FOLLOWUP,
    PLANNED,
    deliver_at,
    occurrences,
)
from rejection_desktop.notifications.delivery import Delivery
from rejection_desktop.services.local_text import clock
from rejection_desktop.services.reminders import ScheduleInputs

log = logging.getLogger(__name__)

HISTORY_FILE = "reminder-history.json"
KEEP = 30
LOG_TAIL_LINES = 40

SENT_BUTTONS = "sent_buttons"
SENT_PLAIN = "sent_plain"
BANNER = "banner"
FAILED = "failed"
HELD = "held"
SNOOZED = "snoozed"
ACTION = "action"
CLOSED = "closed"


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ReminderHistory" so lupdate extracts it."""


def kind_name(kind: str) -> str:
    """A reminder kind's translated name."""
    names = {DAILY: translate("ReminderHistory", "daily nudge"),
             PLANNED: translate("ReminderHistory", "planned ask"),
             FOLLOWUP: translate("ReminderHistory", "follow-up"),
             "summary": translate("ReminderHistory", "several reminders"),
             "test": translate("ReminderHistory", "test notification")}
    return names.get(kind) or translate("ReminderHistory", "reminder")


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a reminder: ``what`` is one of the constants above."""

    at: str
    kind: str
    what: str
    detail: str = ""

    def when(self, zone: ZoneInfo) -> datetime:
        return datetime.fromisoformat(self.at).astimezone(zone)

    def describe(self) -> str:
        """The outcome in plain words (no titles: ``detail`` holds only technical words)."""
        texts = {
            SENT_BUTTONS: translate("ReminderHistory", "sent with buttons"),
            SENT_PLAIN: translate("ReminderHistory", "sent plain (no buttons)"),
            BANNER: translate("ReminderHistory", "shown in the app's banner"),
            FAILED: translate("ReminderHistory", "failed"),
            HELD: translate("ReminderHistory", "held by quiet hours until {0}"),
            SNOOZED: translate("ReminderHistory", "snoozed until {0}"),
            ACTION: translate("ReminderHistory", "you chose \"{0}\""),
            CLOSED: translate("ReminderHistory", "{0}"),
        }
        text = texts.get(self.what, self.what)
        if "{0}" in text:
            return text.format(self.detail)
        return f"{text} ({self.detail})" if self.detail else text


def plain_delivery(delivery: Delivery) -> str:
    """The Settings line for a delivery, in plain words (no library or class names)."""
    if delivery.native and delivery.buttons:
        return translate("ReminderHistory", "Your desktop shows reminders with buttons.")
    if delivery.native and delivery.backend == "tray":
        return translate("ReminderHistory",
                         "Reminders appear as tray messages; click one to open it. Their buttons "
                  "are in the app's banner.")
    if delivery.native:
        return translate("ReminderHistory",
                         "Your desktop shows reminders, but without buttons: the buttons appear in "
                  "the app's banner.")
    if delivery.backend is not None:
        return translate("ReminderHistory",
                         "Your desktop did not show it, so reminders appear in the app's banner, "
                  "only while the app runs. Copy the diagnostics below to find out why.")
    return translate("ReminderHistory",
                     "Reminders could not be shown. Copy the diagnostics below to find out why.")


class ReminderHistory(QObject):
    """The last ``KEEP`` reminder events, kept in a private JSON file; ``changed`` after each."""

    changed = Signal()

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._entries: deque[HistoryEntry] = deque(maxlen=KEEP)
        self._held: set[tuple[tuple[int, ...], str]] = set()
        self._load()

    def entries(self) -> list[HistoryEntry]:
        """Newest first."""
        return list(reversed(self._entries))

    def add(self, at: datetime, kind: str, what: str, detail: str = "") -> HistoryEntry:
        entry = HistoryEntry(at.isoformat(), kind, what, detail)
        self._entries.append(entry)
        self._save()
        self.changed.emit()
        return entry

    def delivered(self, delivery: Delivery, at: datetime) -> HistoryEntry:
        """Record how a notice went out."""
        kind = delivery.notice.kind
        failures = "; ".join(f"{name}: {reason}" for name, reason in delivery.failures)
        if delivery.native:
            what = SENT_BUTTONS if delivery.buttons else SENT_PLAIN
            return self.add(at, kind, what, f"{delivery.backend}: {delivery.detail}")
        if delivery.backend is not None:
            return self.add(at, kind, BANNER, failures)
        return self.add(at, kind, FAILED, failures)

    def held(self, reminder_ids: Sequence[int], kinds: Sequence[str], until: datetime,
             at: datetime, zone: ZoneInfo) -> None:
        """Record once that quiet hours hold these reminders until ``until``."""
        key = (tuple(sorted(reminder_ids)), until.isoformat())
        if key in self._held:
            return
        self._held.add(key)
        kind = kinds[0] if len(set(kinds)) == 1 else "summary"
        self.add(at, kind, HELD, clock(until, zone))

    # storage -----------------------------------------------------------------------------------
    def _load(self) -> None:
        if self._path is None or not self._path.exists():
            return
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            for item in raw[-KEEP:]:
                entry = HistoryEntry(str(item["at"]), str(item["kind"]), str(item["what"]),
                                     str(item.get("detail", "")))
                datetime.fromisoformat(entry.at)
                self._entries.append(entry)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the reminder history could not be read; starting a new one",
                        exc_info=True)
            self._entries.clear()

    def _save(self) -> None:
        if self._path is None:
            return
        data = json.dumps([asdict(e) for e in self._entries], ensure_ascii=False, indent=0)
        temporary = self._path.with_name(self._path.name + ".tmp")
        try:
            fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(temporary, self._path)
        except OSError:
            log.warning("could not write the reminder history", exc_info=True)


def upcoming(inputs: ScheduleInputs, now: datetime, count: int = 5,
             horizon: timedelta = timedelta(days=8)) -> list[tuple[datetime, str]]:
    """The next ``count`` deliveries (instant after quiet hours and snooze, kind), earliest
    first. Pause and staleness are already applied in ``inputs``."""
    found: list[tuple[datetime, str]] = []
    for spec in inputs.specs:
        if not spec.enabled:
            continue
        if spec.kind == DAILY and spec.rule is not None:
            start = max(t for t in (now, spec.last_fired, spec.created_at) if t is not None)
            found += [(t, DAILY) for t in occurrences(spec.rule, start, now + horizon,
                                                      inputs.zone)]
        elif spec.at is not None and spec.at > now and (
                spec.last_fired is None or spec.last_fired < spec.at):
            found.append((spec.at, spec.kind))
    snooze = inputs.snoozed_until

    def delivery(instant: datetime) -> datetime:
        if snooze is not None and instant < snooze:
            instant = snooze
        return deliver_at(instant, inputs.quiet, inputs.zone)

    return sorted((delivery(t), kind) for t, kind in found)[:count]


@dataclass(frozen=True)
class DiagnosticsInput:
    """Everything the diagnostics text reports."""

    platform_name: str
    backend: str
    capabilities: str
    tray: bool
    next_reminders: list[tuple[datetime, str]]
    zone: ZoneInfo
    log_file: Path | None
    history: list[HistoryEntry]


def session_kind(platform_name: str, env: dict[str, str] | None = None) -> str:
    """"Wayland", "X11", or the Qt platform's name."""
    env = dict(os.environ) if env is None else env
    if platform_name == "wayland" or (platform_name != "xcb" and env.get("WAYLAND_DISPLAY")):
        return "Wayland"
    if platform_name == "xcb":
        return "X11" + (" (XWayland)" if env.get("WAYLAND_DISPLAY") else "")
    return platform_name or "unknown"


def log_tail(path: Path | None, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last lines of the app's log (which never holds journal text, see logging_setup)."""
    if path is None or not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=lines)]
    except OSError as exc:
        return [f"(log not readable: {exc.strerror})"]


def diagnostics_text(info: DiagnosticsInput) -> str:
    """The text "Copy diagnostics" puts on the clipboard: no titles, no journal text."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"OS: {platform.platform()} (Python {sys.version.split()[0]})",
        f"Session: {session_kind(info.platform_name)} (Qt platform {info.platform_name})",
        f"Notifications: {info.backend}",
        f"Capabilities: {info.capabilities or '-'}",
        f"System tray: {'yes' if info.tray else 'no'}",
        "Next reminders:",
    ]
    lines += [f"  {at.astimezone(info.zone).strftime('%a %Y-%m-%d %H:%M')} "
              f"{kind_name(kind)}" for at, kind in info.next_reminders] or ["  none"]
    lines.append("Reminder history (newest first):")
    lines += [f"  {e.when(info.zone).strftime('%a %Y-%m-%d %H:%M')} "
              f"{kind_name(e.kind)}: {e.what} {e.detail}".rstrip()
              for e in info.history[:10]] or ["  none"]
    lines.append("Log tail:")
    lines += [f"  {line}" for line in log_tail(info.log_file)] or ["  (empty)"]
    return "\n".join(lines) + "\n"
