"""Generated hostile exports that look valid: values at the edges of what the format allows.

Where ``test_import_fuzz`` breaks files, these files are built to be *accepted* when they can:
every instant, setting, reminder, rating, id and text limit is pushed to (and just past) its
edge, in every time zone the app may meet. ``HostileRun`` imports each one into a live journal
and, for every file accepted, checks that the journal still starts, plans its reminders,
computes its figures, exports in all three formats, and that the JSON export imports again.
Run it as a test (``tests/integration/test_hostile_imports.py``) or as a script:

    python tests/helpers/hostile_imports.py [N] [SEED]
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

EDGE_INSTANTS = [
    "1900-01-01T00:00:00Z", "1900-01-01T00:00:00+14:00", "1900-01-01T11:59:59-12:00",
    "1900-01-01T00:00:00.000001Z", "2999-12-31T23:59:59.999999Z", "2999-12-31T23:59:59-12:00",
    "3000-01-01T00:00:00+14:00", "3000-01-01T13:59:59+14:00", "0001-01-01T00:00:00Z",
    "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00",
    "2026-06-01T09:00:00.5+05:45", "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z",
    "2026-06-01T24:00:00Z", "2026-06-01T09:00:00-00:00", "2026-06-01T09:00:00+23:59",
    "2026-06-01T09:00:00+24:00", "2026-06-02T09:00:00Z", "2026-06-01T09:10:00Z",
    "2027-01-01T00:00:00+13:45", "2026-10-25T02:30:00+01:00", "2026-03-29T02:30:00+02:00",
]
"""The export's instants: each boundary year, with the widest offsets, and odd real dates."""
SETTING_INSTANTS = [
    *EDGE_INSTANTS, "2026-06-01T09:00:00", "2026-06-01 09:00:00+00:00", "20260601T090000Z",
    "2026-W23-1T09:00:00+00:00", "2026-06-01T09:00:00+00:00\n", "2026-06-01", None,
    "2026-06-01T10:00:00.123456+00:00", "2036-06-01T09:00:00+00:00",
]
"""What a pause or snooze end may hold: everything ``datetime.fromisoformat`` reads, and more."""
HHMM = ["00:00", "23:59", "24:00", "9:30", "09:60", "\u0661\u0662:\u0660\u0660", "0\u00b2:00",
        "12:00\n", " 12:00", "12:00:00", "", 1200]
ZONES = ["", "UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "America/St_Johns",
         "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/Berlin", "America", "zone.tab",
         "../../etc/passwd", "Europe/Berlin ", "posix/Europe/Paris", "Factory", "right/UTC", 5]
NUMBERS = [0, 1, -1, 20, 21, 127, 128, 1440, 1441, 2**31, 2**63, 1.0, 1.5, -0.0, True, None,
           "1", 1e308, 5e-324]
SETTING_VALUES: dict[str, list[Any]] = {
    "paused_until": SETTING_INSTANTS, "snoozed_until": SETTING_INSTANTS,
    "reminder_time": HHMM, "quiet_hours_start": HHMM, "quiet_hours_end": HHMM,
    "timezone": ZONES,
    "daily_goal": NUMBERS, "rest_days_per_week": NUMBERS, "reminder_weekdays": NUMBERS,
    "planned_minutes_before": NUMBERS, "followup_minutes": NUMBERS,
    "theme": ["system", "light", "dark", "Dark", "", None, 1],
    "onboarding_done": [True, False, 1, "true", None],
    "quiet_hours_enabled": [True, False, 0], "close_to_tray": [True, False, "yes"],
    "close_to_tray_explained": [True, False], "start_at_login": [True, False, 1],
}
UNKNOWN_VALUES: list[Any] = [
    1e308, -1e308, 5e-324, -0.0, 2**63, 10**300, [], {}, {"a": [1, {"b": None}]},
    "x" * 9_990, "é" * 4_000, ["a"] * 1_000, [[[[[[[[1]]]]]]]], "\u202eRTL", "\U0001f9d7\u200d",
]
ODD_TEXTS = ["", " ", "\u202e\u202d", "\U0001f9d7\u200d\u2640\ufe0f" * 20, "a\u0301" * 50,
             "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "\r\n\r\n", "\t", "\ufeff",
             "\u2028\u2029", "x" * 1_000]


class HostileFiles:
    """Makes edge-case variants of one real export, deterministically from a seed."""

    def __init__(self, base: bytes, seed: int) -> None:
        self.base = base
        self.rng = random.Random(seed)

    def fresh(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.base)
        return document

    def encode(self, document: dict[str, Any]) -> bytes:
        try:
            return json.dumps(document, ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, ValueError):  # a surrogate or a non-finite number
            return json.dumps(document).encode("ascii")

    def record(self, document: dict[str, Any], table: str) -> dict[str, Any]:
        rows = document[table]
        if not rows:
            raise LookupError(table)
        row: dict[str, Any] = self.rng.choice(rows)
        return row

    def open_attempt(self, document: dict[str, Any]) -> dict[str, Any]:
        """An attempt made into a plan that is still open (so its reminders matter)."""
        attempt = self.record(document, "attempts")
        attempt["outcome"] = self.rng.choice([None, None, "no_reply"])
        return attempt

    # kinds -----------------------------------------------------------------------------------
    def edge_instant(self) -> dict[str, Any]:
        document = self.fresh()
        for _ in range(self.rng.randint(1, 3)):
            table = self.rng.choice(["challenges", "attempts", "reflections", "prompts",
                                     "reminders", "settings"])
            row = self.record(document, table)
            names = [k for k in row if k.endswith(("_at", "last_fired"))]
            row[self.rng.choice(names)] = self.rng.choice(EDGE_INSTANTS)
        if self.rng.random() < 0.2:
            document["exported_at"] = self.rng.choice(EDGE_INSTANTS)
        return document

    def edge_plan(self) -> dict[str, Any]:
        document = self.fresh()
        attempt = self.open_attempt(document)
        attempt["planned_at"] = self.rng.choice(EDGE_INSTANTS)
        if self.rng.random() < 0.5:
            attempt["attempted_at"] = self.rng.choice([None, *EDGE_INSTANTS])
        if self.rng.random() < 0.5:  # a file without the plan's reminders
            document["reminders"] = [r for r in document["reminders"]
                                     if r["attempt_uid"] != attempt["uid"]]
        return document

    def edge_setting(self) -> dict[str, Any]:
        document = self.fresh()
        for _ in range(self.rng.randint(1, 4)):
            key = self.rng.choice(sorted(SETTING_VALUES))
            value = copy.deepcopy(self.rng.choice(SETTING_VALUES[key]))
            document["settings"] = [s for s in document["settings"] if s["key"] != key]
            document["settings"].append({"key": key, "value": value,
                                         "updated_at": self.rng.choice(EDGE_INSTANTS[:8])})
        return document

    def unknown_setting(self) -> dict[str, Any]:
        document = self.fresh()
        key = self.rng.choice(["from_a_newer_app", "x", "ключ", "a" * 100, "a" * 101,
                               "k\u202e", "daily goal"])
        document["settings"].append({"key": key,
                                     "value": copy.deepcopy(self.rng.choice(UNKNOWN_VALUES)),
                                     "updated_at": "2026-06-01T09:00:00Z"})
        return document

    def edge_reminder(self) -> dict[str, Any]:
        document = self.fresh()
        attempt = self.open_attempt(document)
        kind = self.rng.choice(["daily", "planned", "followup"])
        reminder = {
            "uid": f"hostile-{self.rng.randrange(10**9)}", "kind": kind,
            "times": self.rng.choice([[], ["00:00"], ["23:59", "00:00"], ["12:00"] * 12,
                                      [f"{h:02d}:00" for h in range(12)]]),
            "weekdays": self.rng.choice([0, 1, 64, 127]),
            "attempt_uid": None if kind == "daily" else attempt["uid"],
            "due_at": None if kind == "daily" else self.rng.choice(EDGE_INSTANTS),
            "offset_minutes": self.rng.choice([0, 15, -527_040, 527_040]),
            "enabled": self.rng.random() < 0.8,
            "last_fired": self.rng.choice([None, *EDGE_INSTANTS]),
            "created_at": self.rng.choice(EDGE_INSTANTS),
            "updated_at": self.rng.choice(EDGE_INSTANTS),
        }
        if self.rng.random() < 0.5:  # replace: one reminder of each kind per attempt
            document["reminders"] = [r for r in document["reminders"]
                                     if (r["attempt_uid"], r["kind"]) != (attempt["uid"], kind)]
        document["reminders"].append(reminder)
        return document

    def edge_values(self) -> dict[str, Any]:
        document = self.fresh()
        for _ in range(self.rng.randint(1, 4)):
            table = self.rng.choice(["challenges", "attempts", "reflections", "prompts"])
            row = self.record(document, table)
            name = self.rng.choice([k for k in row if k not in ("id", "uid") and
                                    not k.endswith(("_at", "_uid"))])
            value = row[name]
            if isinstance(value, bool) or value is None:
                row[name] = self.rng.choice([True, False, None])
            elif isinstance(value, int):
                row[name] = self.rng.choice([0, 100, -1, 101, -(2**31), 2**31 - 1, 2**31])
            elif isinstance(value, str) and name in ("audience", "outcome"):
                row[name] = self.rng.choice(["anyone", "stranger", "no_reply", "accepted", ""])
            elif isinstance(value, str):
                row[name] = self.rng.choice(ODD_TEXTS)
            elif isinstance(value, list) and name == "answers":
                row[name] = [{"key": "k", "prompt": self.rng.choice(ODD_TEXTS),
                              "answer": self.rng.choice(ODD_TEXTS)}] * self.rng.choice([0, 1, 100])
            elif isinstance(value, list):
                row[name] = self.rng.choice([[], ["rejected"], ["accepted", "partial"]])
        return document

    def edge_ids(self) -> dict[str, Any]:
        document = self.fresh()
        table = self.rng.choice(["challenges", "attempts", "reflections", "reminders"])
        row = self.record(document, table)
        old, new = row["uid"], self.rng.choice(["a", "-", "_", "Z" * 64, "0" * 64, "a-b_c"])
        if any(r["uid"] == new for r in document[table]):
            return document
        row["uid"] = new
        ref = {"challenges": "challenge_uid", "attempts": "attempt_uid"}.get(table)
        for other in ("attempts", "reflections", "reminders"):
            for record in document[other]:
                if ref and record.get(ref) == old:
                    record[ref] = new
        if self.rng.random() < 0.5:
            row["id"] = self.rng.choice([1, 2**62, 2**62 + 1, 0])
        return document

    def edge_builtin(self) -> dict[str, Any]:
        document = self.fresh()
        row = self.record(document, "challenges")
        choice = self.rng.randrange(4)
        if choice == 0:
            row["builtin_key"] = self.rng.choice(["not-shipped", "x" * 200, " padded"])
        elif choice == 1:
            row["user_edited"], row["archived"] = True, True
        elif choice == 2:
            document["challenges"] = [c for c in document["challenges"]
                                      if c["builtin_key"] is None or c is row
                                      or any(a["challenge_uid"] == c["uid"]
                                             for a in document["attempts"])]
        else:
            prompt = self.record(document, "prompts")
            prompt["hidden"], prompt["builtin"] = True, self.rng.random() < 0.5
        return document

    def header(self) -> dict[str, Any]:
        document = self.fresh()
        document["app_version"] = self.rng.choice(["", "9" * 40, "9" * 41, "v\u202e1"])
        document["schema_version"] = self.rng.choice([0, 1, 10_000, 10_001])
        return document

    KINDS = ("edge_instant", "edge_plan", "edge_plan", "edge_setting", "edge_setting",
             "unknown_setting", "edge_reminder", "edge_reminder", "edge_values", "edge_ids",
             "edge_builtin", "header")

    def next(self) -> tuple[str, bytes]:
        kind = self.rng.choice(self.KINDS)
        return kind, self.encode(getattr(self, kind)())


@dataclass
class Figures:
    """What a hostile run found."""

    tried: int = 0
    refused: int = 0
    accepted: int = 0
    started: int = 0
    exported: int = 0
    reimported: int = 0
    gui_started: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.tried} files tried: {self.refused} refused, {self.accepted} accepted; "
                f"of the accepted, {self.started} started and planned, {self.exported} exported "
                f"(JSON, CSV, Markdown), {self.reimported} imported again; {self.gui_started} "
                f"also opened in the assembled window; {len(self.failures)} failures")


def check_started(context: Any, clock: Any) -> None:
    """What start-up and the first minutes of a running app do with the journal."""
    from helpers.scheduler_rig import FakeTimer

    from rejection_desktop.services.scheduler import ReminderScheduler
    from rejection_desktop.services.settings import SETTINGS

    services = context.services
    for key in SETTINGS:
        services.settings.get(key)
    services.settings.zone()
    services.reminders.arm_open_plans()
    services.reminders.status()
    services.reminders.daily_nudges()
    scheduler = ReminderScheduler(services.reminders, lambda notice: None, clock=clock,
                                  timer_factory=FakeTimer)
    for reason in ("start", "timer"):
        planned = scheduler.start() if reason == "start" else scheduler.replan(reason)
        if planned is None:
            raise AssertionError(f"planning reminders failed ({reason})")
        clock.advance(minutes=10)
    scheduler.stop()
    services.progress.reload()
    services.progress.snapshot()
    services.progress.streak()
    services.attempts.records()
    services.attempts.open_attempts()
    services.challenges.list_challenges()


class HostileRun:
    """Imports generated files into a live journal and checks what an accepted one leaves."""

    def __init__(self, work: Path, count: int, seed: int, *, gui_every: int = 0) -> None:
        self.work = work
        self.count = count
        self.seed = seed
        self.gui_every = gui_every
        self.figures = Figures()

    def run(self) -> Figures:
        from helpers.clock import FakeClock
        from helpers.journal_data import fill_journal

        from rejection_desktop.app.context import open_context
        from rejection_desktop.db.backup import backup_database, restore_database
        from rejection_desktop.db.connection import close_db, db
        from rejection_desktop.services.backups import BackupService
        from rejection_desktop.services.data_transfer import (
            DataTransferService,
            ImportMode,
            ImportRefusedError,
        )

        source = open_context(self.work / "source", FakeClock())
        fill_journal(source, size=8)
        base = self.work / "base.json"
        DataTransferService(BackupService(source.paths, source.clock),
                            source.services.settings.zone, source.clock).export("json", base)
        source.close()
        live = self.work / "live"
        context = open_context(live, FakeClock())
        fill_journal(context, size=3)
        baseline = backup_database(db.obj, self.work / "baseline.sqlite3")
        context.close()
        files = HostileFiles(base.read_bytes(), self.seed)
        target = self.work / "hostile.json"
        figures = self.figures
        for number in range(self.count):
            kind, data = files.next()
            target.write_bytes(data)
            mode = ImportMode.REPLACE if number % 3 == 0 else ImportMode.MERGE
            figures.tried += 1
            clock = FakeClock()
            context = open_context(live, clock)
            restore_database(baseline, db.obj)
            transfer = DataTransferService(BackupService(context.paths, clock),
                                           context.services.settings.zone, clock)
            where = f"#{number} {kind} ({mode.value})"
            try:
                transfer.import_file(target, mode)
            except ImportRefusedError as refused:
                figures.refused += 1
                figures.kinds[f"{kind}: refused"] += 1
                message = str(refused)
                if "\n" in message.strip() or "Traceback" in message or not message.strip():
                    figures.failures.append(f"{where}: refused without one clear line")
                context.close()
                continue
            except Exception as crash:  # counted as a failure of the run
                figures.failures.append(f"{where}: import crashed: {crash!r}")
                context.close()
                continue
            figures.accepted += 1
            figures.kinds[f"{kind}: accepted"] += 1
            context.close()
            try:
                self.after_accepted(live, figures, number)
            except Exception as problem:  # counted as a failure of the run
                figures.failures.append(f"{where}: accepted, then {problem!r}")
            finally:
                close_db()
                shutil.rmtree(live / "backups", ignore_errors=True)  # safety copies add up
        return figures

    def after_accepted(self, live: Path, figures: Figures, number: int) -> None:
        """Start the journal (twice: the second start must find nothing to repair), export it
        three ways, import the JSON export again."""
        from helpers.clock import FakeClock

        from rejection_desktop.app.context import open_context
        from rejection_desktop.services.backups import BackupService
        from rejection_desktop.services.data_transfer import DataTransferService, ImportMode

        clock = FakeClock()
        context = open_context(live, clock)
        try:
            check_started(context, clock)
            if self.gui_every and number % self.gui_every == 0:
                self.start_window(context)
                figures.gui_started += 1
        finally:
            context.close()
        figures.started += 1
        clock = FakeClock(FakeClock().now + timedelta(days=1))
        context = open_context(live, clock)
        try:
            transfer = DataTransferService(BackupService(context.paths, clock),
                                           context.services.settings.zone, clock)
            export = self.work / "again.json"
            for kind in ("json", "csv", "md"):
                summary = transfer.export(kind, self.work / f"again.{kind}")
                if summary.problem:
                    raise AssertionError(f"{kind} export: {summary.problem}")
            figures.exported += 1
            transfer.import_file(export, ImportMode.REPLACE)
            transfer.import_file(export, ImportMode.MERGE)
            figures.reimported += 1
        finally:
            context.close()

    @staticmethod
    def start_window(context: Any) -> None:
        """The assembled window, every page shown once (needs a QApplication)."""
        from PySide6.QtWidgets import QApplication

        from rejection_desktop.app.assemble import assemble

        shell, runtime = assemble(QApplication.instance(), context)
        try:
            for key in shell.window.page_keys():
                shell.window.show_page(key)
            if runtime.scheduler.start() is None:
                raise AssertionError("the window's scheduler could not plan")
        finally:
            runtime.shutdown()
            shell.window.close()
            shell.window.deleteLater()


def main() -> int:
    import tempfile

    here = Path(__file__).resolve().parent
    sys.path[:0] = [str(here.parent), str(here.parents[1])]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need it
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20260601
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        figures = HostileRun(Path(work), count, seed, gui_every=25).run()
    print(figures.line(), f"in {time.perf_counter() - started:.0f} s")
    print(dict(sorted(figures.kinds.items())))
    for failure in figures.failures[:40]:
        print(" ", failure)
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
