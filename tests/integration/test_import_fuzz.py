"""Import fuzzing: thousands of damaged and hostile export files against a live journal.

Every file is either refused (with the database and its WAL byte-for-byte unchanged and no
backup written) or imported completely (every record of the file is then in the journal).
Anything else, an exception that is not a refusal, or a partial import, fails the test.
Mutations are made in-process from one real export, so the run takes seconds.
"""

from __future__ import annotations

import copy
import json
import random
import time
import tracemalloc
from collections import Counter

import pytest
from helpers.clock import FakeClock
from helpers.journal_data import fill_journal, live_digest
from helpers.journals import new_journal

from rejection_desktop.db.backup import backup_database, restore_database
from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Challenge, Prompt, Reflection, Reminder, Setting
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import (
    DataTransferService,
    ImportMode,
    ImportRefusedError,
)
from rejection_desktop.services.export_format import MACHINE_SETTINGS, TABLE_NAMES

MUTATIONS = int(__import__("os").environ.get("FUZZ_N", "2400"))
UID_TABLES = {"challenges": Challenge, "attempts": Attempt, "reflections": Reflection,
              "reminders": Reminder}
ODD_VALUES = [None, True, False, 0, -1, 101, 2**70, 1.5, "", "x", "  ", "2026-99-99T00:00:00Z",
              "2026-06-01T09:00:00", [], {}, [1], {"a": 1}, ["rejected", "rejected"],
              "x" * 300_000, "\x00", "a\ud800b", "maybe", "../../etc/passwd", "f" * 65]


class Mutator:
    """Makes damaged variants of one export, deterministically from a seed."""

    def __init__(self, base: bytes, seed: int) -> None:
        self.base = base
        self.document = json.loads(base)
        self.rng = random.Random(seed)

    def pick_record(self, document):
        tables = [t for t in TABLE_NAMES if document[t]]
        table = self.rng.choice(tables)
        return table, self.rng.randrange(len(document[table]))

    def fresh(self) -> dict:
        """A new copy of the export to change (parsing is much faster than deepcopy)."""
        return json.loads(self.base)

    def as_bytes(self, document) -> bytes:
        try:
            return json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: only JSON's \u escape can carry it
            return json.dumps(document).encode("ascii")

    # byte-level ------------------------------------------------------------------------------
    def truncated(self) -> bytes:
        return self.base[: self.rng.randrange(len(self.base))]

    def flipped(self) -> bytes:
        data = bytearray(self.base)
        for _ in range(self.rng.randint(1, 8)):
            data[self.rng.randrange(len(data))] ^= self.rng.randint(1, 255)
        return bytes(data)

    def with_bom(self) -> bytes:
        choice = self.rng.randrange(8)
        if choice == 0:  # a UTF-8 BOM is allowed: this one imports
            return b"\xef\xbb\xbf" + self.base
        if choice in (1, 2):
            return self.base.decode().encode(self.rng.choice(["utf-16", "utf-32"]))
        if choice in (3, 4):
            return self.rng.choice([b"\xff\xfe", b"\xfe\xff"]) + self.base
        at = self.rng.randrange(len(self.base))
        return self.base[:at] + b"\xef\xbb\xbf" + self.base[at:]

    def with_nul(self) -> bytes:
        if self.rng.random() < 0.5:
            at = self.rng.randrange(len(self.base))
            return self.base[:at] + b"\x00" + self.base[at:]
        document = self.fresh()
        table, index = self.pick_record(document)
        field = self.rng.choice([k for k, v in document[table][index].items()
                                 if isinstance(v, str)] or ["uid"])
        document[table][index][field] = "before\x00after"
        return self.as_bytes(document)

    def junk(self) -> bytes:
        return self.rng.choice([
            b"", b"   \n", b"null", b"[]", b"{}", b"true", b"42", b'"text"',
            b"SQLite format 3\x00" + bytes(200), b"PK\x03\x04" + bytes(100),
            bytes(self.rng.randrange(256) for _ in range(300)),
            b"[" * 50_000, b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
            b'{"format": "rejection-desktop-export", "format": "x"}',
            b'{"n": ' + b"9" * 5_000 + b"}",
            self.base.replace(b'"predicted_no": 0', b'"predicted_no": NaN', 1),
            self.base.replace(b"{", b'{"format": "again",', 1),
        ])

    # structure-level --------------------------------------------------------------------------
    def duplicated(self) -> bytes:
        document = self.fresh()
        table, index = self.pick_record(document)
        rows = document[table]
        if self.rng.random() < 0.5 or len(rows) < 2:
            rows.insert(self.rng.randrange(len(rows) + 1), copy.deepcopy(rows[index]))
        else:
            other = (index + 1) % len(rows)
            key = "uid" if "uid" in rows[index] else "key"
            rows[other][key] = rows[index][key]
        return self.as_bytes(document)

    def future_version(self) -> bytes:
        document = self.fresh()
        document["format_version"] = self.rng.choice([2, 3, 99, 10**6, "1", 1.0, True, None, 0,
                                                       -1, [1]])
        return self.as_bytes(document)

    def wrong_type(self) -> bytes:
        document = self.fresh()
        for _ in range(self.rng.randint(1, 3)):
            table, index = self.pick_record(document)
            record = document[table][index]
            record[self.rng.choice(list(record))] = copy.deepcopy(self.rng.choice(ODD_VALUES))
        return self.as_bytes(document)

    def reshaped(self) -> bytes:
        document = self.fresh()
        choice = self.rng.randrange(7)
        table, index = self.pick_record(document)
        record = document[table][index]
        if choice == 0:
            del record[self.rng.choice(list(record))]
        elif choice == 1:
            record["unexpected"] = "field"
        elif choice == 2:
            del document[self.rng.choice(TABLE_NAMES)]
        elif choice == 3:
            document[self.rng.choice(TABLE_NAMES)] = {"not": "a list"}
        elif choice == 4:
            document[table][index] = self.rng.choice([None, 1, "x", []])
        elif choice == 5:
            ref = "challenge_uid" if table == "attempts" else "attempt_uid"
            record[ref] = "0" * 32
        else:
            document["settings"].append({"key": "daily_goal", "value": {"deep": [[[[1]]]]},
                                         "updated_at": "2026-06-01T09:00:00Z"})
        return self.as_bytes(document)

    def nested_setting(self) -> bytes:
        document = self.fresh()
        value: object = 1
        for _ in range(50 if self.rng.random() < 0.15 else 5_000):
            value = [value]
        document["settings"].append({"key": "deep", "value": value,
                                     "updated_at": "2026-06-01T09:00:00Z"})
        try:
            return self.as_bytes(document)
        except RecursionError:
            return b'{"settings": ' + b"[" * 5_000 + b"1" + b"]" * 5_000 + b"}"

    KINDS = ("truncated", "flipped", "flipped", "with_bom", "with_nul", "junk", "duplicated",
             "future_version", "wrong_type", "wrong_type", "reshaped", "nested_setting")

    def next(self) -> tuple[str, bytes]:
        kind = self.rng.choice(self.KINDS)
        return kind, getattr(self, kind)()


def uids_in_journal() -> dict[str, set[str]]:
    found = {name: {uid for (uid,) in model.select(model.uid).tuples()}
             for name, model in UID_TABLES.items()}
    found["builtin_keys"] = {k for (k,) in Challenge.select(Challenge.builtin_key).tuples()}
    found["prompts"] = {k for (k,) in Prompt.select(Prompt.key).tuples()}
    found["settings"] = {k for (k,) in Setting.select(Setting.key).tuples()}
    return found


def check_complete(data: bytes, mode: ImportMode, before: dict[str, set[str]], result) -> None:
    """An accepted import holds every record of the file (and, merging, nothing else new)."""
    document = json.loads(data.removeprefix(b"\xef\xbb\xbf"))
    after = uids_in_journal()
    for table in UID_TABLES:
        wanted = {row["uid"] for row in document[table]}
        if mode is ImportMode.REPLACE and table != "challenges":
            assert after[table] == wanted, table
            continue
        stand_ins = {row["uid"] for row in document[table] if table == "challenges"
                     and row["builtin_key"] in after["builtin_keys"]}
        assert wanted - stand_ins <= after[table], table
        if mode is ImportMode.MERGE:
            assert len(after[table]) - len(before[table]) == result.added[table], table
    assert {row["key"] for row in document["prompts"]} <= after["prompts"]
    assert {row["key"] for row in document["settings"]} - MACHINE_SETTINGS <= after["settings"]


@pytest.fixture
def live(tmp_path, qapp):
    """The journal under attack: open, with its own records, and one real export to mutate."""
    source = new_journal(tmp_path / "source", FakeClock())
    fill_journal(source, size=10)
    backups = BackupService(source.paths, source.clock)
    export = tmp_path / "export.json"
    DataTransferService(backups, source.services.settings.zone,
                        source.clock).export("json", export)
    source.close()
    clock = FakeClock()
    context = new_journal(tmp_path / "live", clock)
    fill_journal(context, size=4)
    backups = BackupService(context.paths, clock)
    transfer = DataTransferService(backups, context.services.settings.zone, clock)
    baseline = backup_database(db.obj, tmp_path / "baseline.sqlite3")
    yield context, backups, transfer, export.read_bytes(), baseline
    context.close()


@pytest.mark.slow
def test_mutated_exports_are_refused_or_imported_whole(live, tmp_path):
    context, backups, transfer, base, baseline = live
    database = context.paths.database
    mutator = Mutator(base, seed=20260601)
    target = tmp_path / "mutated.json"
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    started = time.perf_counter()
    before = uids_in_journal()  # unchanged by refusals; re-read after each reset
    for number in range(MUTATIONS):
        kind, data = mutator.next()
        mode = ImportMode.REPLACE if number % 4 == 0 else ImportMode.MERGE
        target.write_bytes(data)
        digest = live_digest(database)
        saved = len(backups.list_backups())
        try:
            result = transfer.import_file(target, mode)
        except ImportRefusedError as refused:
            outcomes[f"{kind}: refused"] += 1
            if live_digest(database) != digest:
                failures.append(f"#{number} {kind}: refused but the database changed")
            if len(backups.list_backups()) != saved:
                failures.append(f"#{number} {kind}: refused but a backup was written")
            if not str(refused).strip() or "Traceback" in str(refused):
                failures.append(f"#{number} {kind}: unhelpful message {refused!r}")
            continue
        except Exception as crash:
            failures.append(f"#{number} {kind} ({mode}): crashed with {crash!r}")
            continue
        outcomes[f"{kind}: imported"] += 1
        try:
            check_complete(data, mode, before, result)
        except AssertionError as partial:
            failures.append(f"#{number} {kind} ({mode}): partial import {partial}")
        restore_database(baseline, db.obj)
        db.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = uids_in_journal()
    elapsed = time.perf_counter() - started
    print(f"\n{MUTATIONS} mutated exports in {elapsed:.1f} s:", dict(sorted(outcomes.items())))
    assert failures == []
    assert sum(outcomes.values()) == MUTATIONS >= 2_000
    assert sum(n for k, n in outcomes.items() if k.endswith("refused")) > MUTATIONS // 2
    leftovers = [p for p in context.paths.root.rglob("*.partial")]
    assert leftovers == []


def test_a_100_mb_file_is_refused_without_being_read(live, tmp_path):
    context, backups, transfer, _, _ = live
    huge = tmp_path / "huge.json"
    chunk = b"x" * (1024 * 1024)
    with huge.open("wb") as handle:
        handle.write(b'{"format": "rejection-desktop-export", "padding": "')
        for _ in range(100):
            handle.write(chunk)
        handle.write(b'"}')
    assert huge.stat().st_size > 100 * 1024 * 1024
    digest = live_digest(context.paths.database)
    tracemalloc.start()
    try:
        for mode in ImportMode:
            with pytest.raises(ImportRefusedError, match=r"100\.0 MB; the limit"):
                transfer.import_file(huge, mode)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # the file was never read into memory
    assert live_digest(context.paths.database) == digest
    assert backups.list_backups() == []
