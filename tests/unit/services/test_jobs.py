"""The job runner: progress in order, cancel at random points changes nothing, one job at a
time, the window's own writes and the reminder scheduler wait for the job's transaction instead
of failing, the GUI thread gets the GIL back when a worker starves it."""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from helpers.journal_data import fill_journal, raw_dump
from helpers.scheduler_rig import SchedulerRig

from rejection_desktop.app.context import open_context
from rejection_desktop.services import jobs
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.importer import ImportRefusedError
from rejection_desktop.services.jobs import Job, JobBusyError, JobRunner, JobState, JobSteps
from rejection_desktop.services.steps import LET_GO_SLICE, Phase, Steps, let_go

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def source(tmp_path: Path, qapp: object) -> Path:
    """An export of another journal: 2 years, 1,500 attempts and reflections."""
    from benchmarks.demo_data import generate

    other = generate(tmp_path / "other", years=2, attempts=1500, challenges=60, now=NOW)
    path = tmp_path / "other.json"
    DataTransferService(BackupService(other.paths, other.clock), other.services.settings.zone,
                        other.clock).export("json", path)
    other.close()
    return path


class Journal:
    """The test's journal, which can be put back byte for byte after a job changed it."""

    def __init__(self, data_dir: Path, clock: object) -> None:
        self.data_dir, self.clock = data_dir, clock
        self.context = open_context(data_dir, clock)  # type: ignore[arg-type]
        fill_journal(self.context, size=6)
        self.context.close()  # checkpointed: the main file is the whole journal
        self.pristine = data_dir.parent / "pristine.sqlite3"
        shutil.copy(self.database, self.pristine)
        self.context = open_context(data_dir, clock)  # type: ignore[arg-type]
        self.backups = BackupService(self.context.paths, self.context.clock)
        self.transfer = DataTransferService(self.backups, self.context.services.settings.zone,
                                            self.context.clock)

    @property
    def database(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    def reset(self) -> None:
        """Put the journal back as it was after filling (and forget every backup)."""
        self.context.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.pristine, self.database)
        shutil.rmtree(self.context.paths.backups, ignore_errors=True)
        self.context = open_context(self.data_dir, self.clock)  # type: ignore[arg-type]

    def files(self) -> list[str]:
        """Every file in the data dir and its backups, but SQLite's own."""
        return sorted(str(p.relative_to(self.data_dir)) for p in self.data_dir.rglob("*")
                      if p.is_file() and not p.name.endswith(("-wal", "-shm")))


@pytest.fixture
def journal(source: Path, data_dir: Path, clock: object) -> Iterator[Journal]:
    made = Journal(data_dir, clock)
    yield made
    made.context.close()


def run(qtbot, runner: JobRunner, job: Job, cancel_at: int | None = None) -> list[tuple]:
    """Start ``job`` and wait for its end; returns its progress signals. ``cancel_at``: the
    user presses Cancel just before the work's n-th check for it (1 = the first)."""
    seen: list[tuple] = []
    job.progress.connect(lambda done, total, phase: seen.append((done, total, phase)))
    checks = 0
    original = job.steps.check

    def check() -> None:
        nonlocal checks
        checks += 1
        if checks == cancel_at:
            job.cancel()
        original()

    job.steps.check = check  # type: ignore[method-assign]
    with qtbot.waitSignal(job.finished, timeout=120_000):
        runner.start(job)
    job.checks = checks  # type: ignore[attr-defined]
    return seen


def assert_in_order(seen: list[tuple], phases: list[str]) -> None:
    """Phases come in the given order; inside each, ``done`` never goes back and the last
    report of a counted phase reaches its total."""
    order = [phase for index, (_, _, phase) in enumerate(seen)
             if index == 0 or seen[index - 1][2] != phase]
    assert order == phases
    for phase in phases:
        reports = [(done, total) for done, total, name in seen if name == phase]
        dones = [done for done, total in reports if total]
        assert dones == sorted(dones)
        assert all(done <= total for done, total in reports if total)
        if any(total for _, total in reports):
            assert reports[-1][0] == reports[-1][1] > 0, phase


def test_import_progress_arrives_in_order_and_reaches_the_total(qtbot, journal, source):
    runner = JobRunner()
    load = journal.transfer.load_job(source)
    seen = run(qtbot, runner, load)
    assert load.state is JobState.SUCCEEDED
    assert_in_order(seen, [Phase.READING, Phase.CHECKING])
    assert load.result.merge.in_file["attempts"] == 1500
    job = journal.transfer.import_job(load.result, ImportMode.MERGE)
    seen = run(qtbot, runner, job)
    assert job.state is JobState.SUCCEEDED, job.error
    assert_in_order(seen, [Phase.BACKING_UP, Phase.WRITING])  # every import backs up first
    assert seen[-1][1] == sum(job.result.added.values()) >= 3000
    # the records were freed by the worker: where the job object goes (the GUI thread), a
    # 10-year file's records took 50-80 ms to free
    assert load.result.document.tables == {}


@pytest.mark.parametrize("kind", ["json", "csv", "md"])
def test_export_progress_arrives_in_order_and_reaches_the_total(qtbot, journal, tmp_path,
                                                                kind):
    job = journal.transfer.export_job(kind, tmp_path / f"out.{kind}")
    seen = run(qtbot, JobRunner(), job)
    assert job.state is JobState.SUCCEEDED, job.error
    phases = {"json": [Phase.READING, Phase.CHECKING, Phase.WRITING],
              "csv": [Phase.WRITING], "md": [Phase.READING, Phase.WRITING]}[kind]
    assert_in_order(seen, phases)
    assert (tmp_path / f"out.{kind}").stat().st_size == job.result.size


def cancel_trials(qtbot, journal: Journal, make_job, rounds: int, seed: int) -> set[str]:
    """Cancel ``make_job()`` at random checks; a cancelled job must leave the journal and
    its files exactly as they were. Returns the outcomes seen."""
    runner = JobRunner()
    counted = make_job()
    run(qtbot, runner, counted)
    assert counted.state is JobState.SUCCEEDED, counted.error
    total_checks = counted.checks
    journal.reset()
    rng = random.Random(seed)
    outcomes = set()
    for _ in range(rounds):
        job = make_job()
        before, files = raw_dump(journal.database), journal.files()
        run(qtbot, runner, job, cancel_at=rng.randint(1, total_checks))
        outcomes.add(job.state.value)
        if job.state is JobState.CANCELLED:
            assert raw_dump(journal.database) == before
            assert journal.files() == files
        else:  # the cancel came after the point of no return
            assert job.state is JobState.SUCCEEDED, job.error
            journal.reset()
    return outcomes


@pytest.mark.parametrize("mode", list(ImportMode))
def test_cancelling_an_import_at_random_points_changes_nothing(qtbot, journal, source, mode):
    outcomes = cancel_trials(  # an import uses its loaded file up: each trial loads anew
        qtbot, journal, lambda: journal.transfer.import_job(journal.transfer.load(source), mode),
        10, seed=20)
    assert "cancelled" in outcomes


def test_cancelling_a_restore_at_random_points_changes_nothing(qtbot, journal):
    backup = journal.backups.back_up_now().path
    kept = journal.pristine.with_name("kept.sqlite3")
    shutil.copy(backup, kept)

    def make_job() -> Job:
        if not backup.exists():
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(kept, backup)
        journal.context.services.challenges.add(ChallengeInput("After the backup", "shops", 9))
        return journal.backups.restore_job(backup)

    outcomes = cancel_trials(qtbot, journal, make_job, 8, seed=3)
    assert "cancelled" in outcomes


def test_cancelling_an_export_leaves_the_old_file(qtbot, journal, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("the old export")
    for cancel_at in (1, 4, 9):
        job = journal.transfer.export_job("json", target)
        run(qtbot, JobRunner(), job, cancel_at=cancel_at)
        assert job.state is JobState.CANCELLED
        assert target.read_text() == "the old export"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "out"))
                      ) == ["out.json"]


def test_one_job_at_a_time(qtbot, journal, source):
    runner = JobRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    first = journal.transfer.load_job(source)
    runner.start(first)
    with pytest.raises(JobBusyError, match="checking the file"):
        runner.start(journal.transfer.export_job("csv", source.with_suffix(".csv")))
    qtbot.waitUntil(lambda: runner.active is None, timeout=60_000)
    assert busy == [True, False]


def test_a_refused_file_fails_the_job_with_the_reason(qtbot, journal, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rejection-desktop-export", "format_version": 7}')
    job = journal.transfer.load_job(bad)
    run(qtbot, JobRunner(), job)
    assert job.state is JobState.FAILED
    assert isinstance(job.error, ImportRefusedError) and "newer version" in str(job.error)


def test_work_on_the_gui_thread_runs_one_slice_per_turn(qtbot):
    turns: list[int] = []

    def work(steps: Steps) -> Iterator[None]:
        steps.phase(Phase.DRAWING, 3)
        for index in range(3):
            turns.append(index)
            steps.advance()
            yield
        return "drawn"

    job = Job("drawing", work, on_gui_thread=True, uses_journal=False)
    seen = run(qtbot, JobRunner(), job)
    assert job.result == "drawn" and turns == [0, 1, 2]
    assert seen[-1] == (3, 3, "drawing")


def test_the_windows_own_writes_wait_for_the_import_instead_of_failing(qtbot, journal, source):
    loaded = journal.transfer.load(source)
    job = journal.transfer.import_job(loaded, ImportMode.REPLACE)
    saved: list[str] = []
    drafts = journal.context.services.drafts

    def write_while_writing(_done: int, _total: int, phase: str) -> None:
        if phase == Phase.WRITING and not saved:
            drafts.save("reflection:new", {"text": "typed during the import"})
            saved.append("yes")

    job.progress.connect(write_while_writing)
    run(qtbot, JobRunner(), job)
    assert job.state is JobState.SUCCEEDED, job.error
    assert saved and drafts.load("reflection:new") == {"text": "typed during the import"}


def test_a_reminder_that_comes_due_during_an_import_is_delivered_once(qtbot, journal, source):
    """The scheduler's round runs while the import holds the write lock: it waits for the
    lock, delivers the nudge and records it (a restart does not repeat it)."""
    services = journal.context.services
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("quiet_hours_enabled", False)
    due = journal.clock.now.astimezone(ZoneInfo("Europe/Berlin")) + timedelta(minutes=5)
    services.reminders.add_daily([due.strftime("%H:%M")])  # due 5 minutes from now
    rig = SchedulerRig(services.reminders, journal.clock)
    job = journal.transfer.import_job(journal.transfer.load(source), ImportMode.MERGE)
    during: list[bool] = []

    def come_due_while_writing(_done: int, _total: int, phase: str) -> None:
        if phase == Phase.WRITING and not during:
            during.append(job.running)
            rig.run_until(journal.clock.now + timedelta(minutes=10))

    job.progress.connect(come_due_while_writing)
    run(qtbot, JobRunner(), job)
    assert job.state is JobState.SUCCEEDED, job.error
    assert during == [True]
    assert len(rig.notices) == 1
    assert SchedulerRig(services.reminders, journal.clock).notices == []


def test_the_runner_beats_on_the_gui_thread_while_a_worker_job_runs(qtbot):
    def work(steps: JobSteps) -> bool:
        first = steps.gui_seen
        deadline = time.monotonic() + 30
        while steps.gui_seen == first and time.monotonic() < deadline:
            time.sleep(0.01)
        return steps.gui_seen > first

    job = Job("waiting for a beat", work, uses_journal=False)
    run(qtbot, JobRunner(), job)
    assert job.state is JobState.SUCCEEDED, job.error
    assert job.result is True


def test_a_worker_hands_the_gil_to_a_starved_gui_thread_once_per_interval(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(jobs, "time", SimpleNamespace(monotonic=time.monotonic,
                                                      sleep=slept.append))
    job = Job("work", lambda steps: None)  # steps only refer to their job weakly
    steps = job.steps
    steps.gui_seen = time.monotonic()
    steps.check()
    assert slept == []  # the window keeps up: nothing to do
    steps.gui_seen -= 1.0  # no beat for a second
    steps.check()
    steps.check()
    assert slept == [jobs.HANDOVER]  # once, then not again within GUI_STARVED


class CountingList(list):
    def __init__(self, items: list[object]) -> None:
        super().__init__(items)
        self.deletions = 0

    def __delitem__(self, index: object) -> None:
        self.deletions += 1
        super().__delitem__(index)  # type: ignore[arg-type]


def test_let_go_empties_a_document_a_slice_at_a_time():
    attempts = CountingList([{"n": n} for n in range(2 * LET_GO_SLICE + 1)])
    settings = [{"key": "k"}]
    document = {"format": "rejection-desktop", "attempts": attempts, "settings": settings}
    let_go(document)
    assert document == {} and attempts == [] and settings == []
    assert attempts.deletions == 3


def test_short_slices_on_the_gui_thread_share_a_turn_and_long_ones_do_not(qtbot):
    turns: list[int] = []
    runner = JobRunner()
    ticks: list[int] = []
    runner._turn.timeout.connect(lambda: ticks.append(len(turns)))  # each event-loop turn

    def work(steps: Steps) -> Iterator[None]:
        for pause in (0.0, 0.0, 0.0, jobs.GUI_SLICE, jobs.GUI_SLICE):
            time.sleep(pause)
            turns.append(len(turns))
            yield

    job = Job("drawing", work, on_gui_thread=True, uses_journal=False)
    run(qtbot, runner, job)
    assert job.state is JobState.SUCCEEDED, job.error
    assert turns == [0, 1, 2, 3, 4]
    assert len(ticks) < 5  # quick slices share a turn
    assert 4 in ticks  # a slice that used up the turn's time ends it
