"""User preferences stored in the database, with defaults and validation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimeZone, Signal

from rejection_desktop.db.models import Setting
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.clock import Clock, system_clock

log = logging.getLogger(__name__)


def is_hhmm(value: object) -> bool:
    """True for a 24-hour "HH:MM" string."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60


def int_between(low: int, high: int) -> Callable[[object], bool]:
    """A validator for whole numbers in [low, high]."""
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def is_bool(value: object) -> bool:
    return isinstance(value, bool)


def is_zone_name(value: object) -> bool:
    if value == "":
        return True
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


SETTINGS: dict[str, tuple[Any, Callable[[object], bool]]] = {
    "daily_goal": (1, int_between(1, 20)),
    "rest_days_per_week": (0, int_between(0, 3)),
    "theme": ("system", lambda v: v in ("system", "light", "dark")),
    "onboarding_done": (False, is_bool),
    "timezone": ("", is_zone_name),  # "" = the system's; not in the UI (forms use the system's)
    "reminder_time": ("18:00", is_hhmm),
    "reminder_weekdays": (127, int_between(0, 127)),
    "quiet_hours_start": ("22:00", is_hhmm),
    "quiet_hours_end": ("08:00", is_hhmm),
    "paused_until": (None, lambda v: v is None or isinstance(v, str)),
    "snoozed_until": (None, lambda v: v is None or isinstance(v, str)),
    "quiet_hours_enabled": (True, is_bool),
    "close_to_tray": (True, is_bool),
    "close_to_tray_explained": (False, is_bool),
    "start_at_login": (False, is_bool),
    "planned_minutes_before": (15, int_between(0, 24 * 60)),
    "followup_minutes": (30, int_between(0, 24 * 60)),
    "auto_lock_minutes": (15, int_between(0, 24 * 60)),  # 0: never (an encrypted journal only)
}
"""Each setting's default and validator."""


def system_zone_name() -> str:
    """The IANA name of the system time zone, or "UTC" when it cannot be found."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_zone_name(name) and name else "UTC"


class SettingsService(QObject):
    """Typed access to preferences; emits ``setting_changed(key, value)`` after a write."""

    setting_changed = Signal(str, object)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def get(self, key: str) -> Any:
        """The stored value of ``key``, or its default (also when the stored value is invalid)."""
        default, valid = SETTINGS[key]
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            return default
        if not valid(row.value):
            log.warning("stored setting %s is invalid; using the default", key)
            return default
        return row.value

    def set(self, key: str, value: Any) -> None:
        """Validate and store ``value``; raises ValidationError for an unknown key or bad value."""
        if key not in SETTINGS:
            raise ValidationError(key, f"Unknown setting {key!r}.")
        if not SETTINGS[key][1](value):
            raise ValidationError(key, f"{value!r} is not a valid value for {key}.")
        if self.get(key) == value and Setting.get_or_none(Setting.key == key) is not None:
            return
        Setting.insert(key=key, value=value, updated_at=self._clock()).on_conflict_replace(
        ).execute()
        self.setting_changed.emit(key, value)

    def zone(self) -> ZoneInfo:
        """The user's IANA time zone (the chosen one, else the system's)."""
        return ZoneInfo(self.get("timezone") or system_zone_name())
