"""User preferences stored in the database, with defaults and validation.

Strict on write, tolerant on read: ``SETTINGS`` holds each key's one validator, used by
``set``, by the importer and by ``get``. A stored value that fails it (written by an older
version, another tool or a damaged file) never raises: ``get`` logs the key (never the value),
returns the default and emits ``invalid_found`` once per key so the window can say so.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimeZone, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Setting
from rejection_desktop.domain.program import is_program_state
from rejection_desktop.domain.validation import Code, ValidationError, is_hhmm, is_instant_text
from rejection_desktop.services.clock import Clock, system_clock

log = logging.getLogger(__name__)

ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*", re.ASCII)


def int_between(low: int, high: int) -> Callable[[object], bool]:
    """A validator for whole numbers in [low, high]."""
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def is_bool(value: object) -> bool:
    return isinstance(value, bool)


def is_zone_name(value: object) -> bool:
    """True for "" (the system's zone) or the name of an IANA zone this computer has."""
    if value == "":
        return True
    if not isinstance(value, str) or len(value) > 64 or not ZONE_NAME.fullmatch(value):
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def is_optional_instant(value: object) -> bool:
    """None (unset) or an instant text within the years every time zone can show."""
    return value is None or is_instant_text(value)


SETTINGS: dict[str, tuple[Any, Callable[[object], bool]]] = {
    "daily_goal": (1, int_between(1, 20)),
    "rest_days_per_week": (1, int_between(0, 3)),
    "goal_period": ("day", lambda v: v in ("day", "week")),  # a daily or a weekly goal
    "weekly_goal": (3, int_between(1, 21)),
    "show_streak": (True, is_bool),
    "personal_track": (False, is_bool),  # Today may suggest asks of people close to the user
    "weekly_review_day": (-1, int_between(-1, 6)),  # -1 = no weekly review; 0 = Monday
    "weekly_review_time": ("18:00", is_hhmm),  # when its reminder comes, local
    "weekly_review_reminded": (None, is_optional_instant),  # its reminder's last_fired
    "theme": ("system", lambda v: v in ("system", "light", "dark")),
    "onboarding_done": (False, is_bool),
    "timezone": ("", is_zone_name),  # "" = the system's; not in the UI (forms use the system's)
    "quiet_hours_start": ("22:00", is_hhmm),
    "quiet_hours_end": ("08:00", is_hhmm),
    "paused_until": (None, is_optional_instant),
    "snoozed_until": (None, is_optional_instant),
    "daily_skipped_until": (None, is_optional_instant),
    "quiet_hours_enabled": (True, is_bool),
    "close_to_tray": (True, is_bool),
    "close_to_tray_explained": (False, is_bool),
    "start_at_login": (False, is_bool),
    "planned_minutes_before": (15, int_between(0, 24 * 60)),
    "followup_minutes": (30, int_between(0, 24 * 60)),
    "notification_titles": ("not_personal", lambda v: v in ("all", "not_personal", "none")),
    "close_without_tray_explained": (False, is_bool),
    "auto_lock_minutes": (15, int_between(0, 24 * 60)),  # 0: never (an encrypted journal only)
    "rejection_program": (None, is_program_state),  # the 100 days, see domain/program.py
}
"""Each setting's default and validator."""


def system_zone_name() -> str:
    """The IANA name of the system time zone, or "UTC" when it cannot be found."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_zone_name(name) and name else "UTC"


def is_valid_setting(key: str, value: object) -> bool:
    """True when ``value`` may be stored for ``key`` (any value for a key this version does not
    know); never raises."""
    if key not in SETTINGS:
        return True
    try:
        return bool(SETTINGS[key][1](value))
    except Exception as exc:  # a validator must not raise; if one does, the value is invalid
        log.warning("validating setting %s raised %s", key, type(exc).__name__)  # no value
        return False


MISSING = object()


class SettingsService(QObject):
    """Typed access to preferences; emits ``setting_changed(key, value)`` after a write, and
    ``invalid_found(key)`` the first time a stored value cannot be used (its default is)."""

    setting_changed = Signal(str, object)
    invalid_found = Signal(str)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._invalid: set[str] = set()

    def invalid_keys(self) -> frozenset[str]:
        """Keys whose stored value was found unusable since start (their defaults are used)."""
        return frozenset(self._invalid)

    def get(self, key: str) -> Any:
        """The stored value of ``key``, or its default (also when the stored value is invalid:
        then the key is logged, never the value, and ``invalid_found`` emitted once)."""
        default = SETTINGS[key][0]
        value = self._stored(key)
        if value is MISSING:
            return default
        if not is_valid_setting(key, value):
            self._found_invalid(key)
            return default
        return value

    def _stored(self, key: str) -> Any:
        """The stored JSON value of ``key``; MISSING when unset or not readable JSON."""
        # a raw statement: pages read settings dozens of times at start-up, and building a
        # peewee query costs several times the read itself
        texts = db.execute_sql("SELECT CAST(value AS TEXT) FROM setting WHERE key = ?",
                               (key,)).fetchall()
        if not texts:
            return MISSING
        try:
            return json.loads(texts[0][0])
        except (TypeError, ValueError, RecursionError):
            self._found_invalid(key)
            return MISSING

    def _found_invalid(self, key: str) -> None:
        if key in self._invalid:
            return
        self._invalid.add(key)
        log.warning("stored setting %s is invalid; using its default", key)
        self.invalid_found.emit(key)

    def set(self, key: str, value: Any) -> None:
        """Validate and store ``value``; raises ValidationError for an unknown key or bad value."""
        if key not in SETTINGS:
            raise ValidationError.of(key, Code.UNKNOWN_SETTING, key=key)
        if not is_valid_setting(key, value):
            raise ValidationError.of(key, Code.INVALID_SETTING, key=key, value=value)
        stored = self._stored(key)
        if type(stored) is type(value) and stored == value:
            return
        Setting.insert(key=key, value=value, updated_at=self._clock()).on_conflict_replace(
        ).execute()
        self._invalid.discard(key)
        self.setting_changed.emit(key, value)

    def zone(self) -> ZoneInfo:
        """The user's IANA time zone (the chosen one, else the system's)."""
        return ZoneInfo(self.get("timezone") or system_zone_name())
