"""Long work without freezing the window: one job at a time, with progress, cancel and its own
database connection.

A ``Job`` wraps ``work(steps) -> result``. ``JobRunner.start`` runs it on a worker thread that
opens its own SQLite connection to the journal: peewee keeps one connection per thread, and
``db.connection_context()`` opens the worker's for the job and closes it afterwards, with the
same pragmas. In WAL mode the window keeps reading through its own connection while the job
writes; a write on either side waits for the other's write lock (``busy_timeout``) instead of
failing. Progress crosses to the GUI thread as queued signals, at most every
``REPORT_INTERVAL`` seconds plus every change of phase and the end of each phase. ``cancel``
sets a flag the work sees at its next step; it then unwinds through its own rollback and
clean-up, so a cancelled job changes nothing.

While a worker job runs, Python's automatic cycle collection is paused: a parse makes
millions of objects, and each full collection of them holds the GIL for 100 ms or more,
which freezes the window as surely as doing the work on its thread. At the end the objects
still alive are set aside (``gc.freeze``, so turning collection back on does not scan them
all at once on the GUI thread); the next job puts them back first (``gc.unfreeze``).

The GUI thread also needs the GIL for every Python slot and every Python override Qt calls
(a timer, the progress bar, a label's size hint), and CPython makes the holder hand it over
only after a waiting thread has waited a whole switch interval (5 ms by default) without being
woken: each Python call of a layout pass waits about that long, so a pass with 130 calls
(Settings laid out while an import started) froze the window for 110-120 ms even at 1 ms. So
while a worker job runs, the switch interval is ``JOB_SWITCH_INTERVAL`` (0.2 ms), put back at
its end (it only costs anything when another thread waits for the GIL). Measured on the
10-year journal with the window's own widgets, longest gaps: JSON export 34-53 ms at 5 ms,
12-18 ms at 1 ms, 11-13 ms at 0.2 ms; that import layout pass 42-51 ms at 0.2 ms, and none
over 36 ms once the worker also waits ``LAUNCH_TURNS``; job times the same within the noise.

Work that lets go of the GIL for many short moments (every SQLite row stepped, every file
write) wakes a waiting GUI thread each time, restarting that wait, and takes the GIL straight
back: the waiting GUI thread can starve for 50-200 ms. So the runner beats a
``HEARTBEAT_MS`` timer on the GUI thread, and the work's ``check`` (each step, and each row a
read goes through) sleeps ``HANDOVER`` seconds, once per ``GUI_STARVED``, when the last beat
is older than that: the GUI thread runs meanwhile. It costs nothing while the window keeps up.

Work that Qt allows only on the GUI thread (drawing charts) is a generator instead
(``on_gui_thread=True``): the runner resumes it in event-loop turns of up to ``GUI_SLICE``
seconds (the next slice only starts while the turn is shorter), with the same progress and
cancel. ``done`` runs on the GUI thread after a success (services emit their
signals there) and returns what ``job.result`` holds.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable, Generator
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.services.steps import Cancelled, Steps

log = logging.getLogger(__name__)

REPORT_INTERVAL = 0.05
"""Seconds between progress signals within one phase (the bar moves smoothly enough)."""

HEARTBEAT_MS = 10
"""How often the GUI thread tells a running worker job that it got the GIL (a Python slot)."""
GUI_STARVED = 0.02
"""Seconds without a heartbeat after which the worker lets the GUI thread have the GIL."""
HANDOVER = 0.001
"""Seconds the worker sleeps (without the GIL) to let the GUI thread have it."""
JOB_SWITCH_INTERVAL = 0.0002
"""The interpreter's switch interval while a worker job runs (see the module's docstring)."""
LAUNCH_TURNS = 2
"""Event-loop turns a worker job waits before its thread starts: the window first lays out
and paints what the start changed (the progress row). Every Python layout or model call of
that pass would otherwise wait for the GIL the worker holds: the first paint of Settings
during an import made gaps of 40-120 ms; after two turns, none over 36 ms."""
GUI_SLICE = 0.015
"""Seconds of GUI-thread work one event-loop turn may start slices in (a report's slices
take 1-9 ms; one slice per turn ran the whole event loop between every two charts)."""

Work = Callable[[Steps], Any]
GuiWork = Callable[[Steps], Generator[None, None, Any]]


class JobState(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobBusyError(Exception):
    """Another long job is still running; the message names it."""


class JobSteps(Steps):
    """The ``Steps`` a job's work gets: throttled signals to the GUI thread, and the cancel."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = weakref.proxy(job)
        """A proxy, not a reference: job and steps in a cycle would outlive the job, as cycles
        made during a job are frozen (never collected), and the job holds its result."""
        self._last_phase: str | None = None
        self._last_time = 0.0
        self.committed = False
        self.gui_seen = time.monotonic()
        """When the GUI thread last ran Python (set there by the runner's heartbeat)."""
        self._handover_after = 0.0

    def check(self) -> None:
        if self._job.cancel_requested and not self.committed:
            raise Cancelled
        now = time.monotonic()
        if now - self.gui_seen > GUI_STARVED and now >= self._handover_after:
            time.sleep(HANDOVER)  # the GUI thread takes the GIL meanwhile
            self._handover_after = time.monotonic() + GUI_STARVED

    def commit_point(self) -> None:
        self.check()
        self.committed = True
        self._job.relay_commit.emit()

    def reported(self) -> None:
        now = time.monotonic()
        phase = str(self.phase_name or "")
        if (phase != self._last_phase or (self.total and self.done >= self.total)
                or now - self._last_time >= REPORT_INTERVAL):
            self._last_phase, self._last_time = phase, now
            self._job.relay_progress.emit(self.done, self.total, phase)


class Job(QObject):
    """One piece of long work and its outcome; every public signal is emitted on the GUI
    thread. ``finished`` comes last, once, whatever the outcome (see ``state``)."""

    progress = Signal(int, int, str)  # done, total, phase (a steps.Phase value)
    cancellable_changed = Signal(bool)
    finished = Signal()
    relay_progress = Signal(int, int, str)  # from the worker, delivered queued
    relay_commit = Signal()
    relay_finished = Signal()

    def __init__(self, title: str, work: Work | GuiWork, *,
                 done: Callable[[Any], Any] | None = None, on_gui_thread: bool = False,
                 uses_journal: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.state = JobState.WAITING
        self.result: Any = None
        self.error: BaseException | None = None
        self.on_gui_thread = on_gui_thread
        self.uses_journal = uses_journal
        self.steps = JobSteps(self)
        self.cancellable = True
        self._work = work
        self._done = done
        self._cancel = threading.Event()
        self._outcome: tuple[JobState, Any] = (JobState.FAILED, None)
        self.released: Callable[[], None] = lambda: None
        """Set by the runner: called when the job ends, before ``finished`` (so a slot of
        ``finished`` may start the next job)."""
        queued = Qt.ConnectionType.QueuedConnection
        self.relay_progress.connect(self.progress, queued)
        self.relay_commit.connect(self._on_commit, queued)
        self.relay_finished.connect(self._on_finished, queued)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self.state is JobState.RUNNING

    def cancel(self) -> None:
        """Ask the work to stop at its next step (ignored past its commit point)."""
        if self.cancellable:
            self._cancel.set()

    # running (called by the runner) ------------------------------------------------------------
    def run_work(self) -> None:
        """Run the work to the end in the calling (worker) thread; reports through the relays."""
        try:
            if self.uses_journal:
                with db.connection_context():
                    result = self._work(self.steps)
            else:
                result = self._work(self.steps)
            self._outcome = (JobState.SUCCEEDED, result)
        except Cancelled:
            self._outcome = (JobState.CANCELLED, None)
        except Exception as exc:  # reported to the user by whoever watches the job
            log.exception("job %r failed", self.title)
            self._outcome = (JobState.FAILED, exc)
        finally:
            self.relay_finished.emit()

    def outcome_from(self, state: JobState, value: Any) -> None:
        """Set the outcome of GUI-thread work and finish (after the progress already queued)."""
        self._outcome = (state, value)
        self.relay_finished.emit()

    def _on_commit(self) -> None:
        self.cancellable = False
        self.cancellable_changed.emit(False)

    def _on_finished(self) -> None:
        state, value = self._outcome
        if state is JobState.SUCCEEDED:
            self.result = value
            if self._done is not None:
                try:
                    self.result = self._done(value)
                except Exception as exc:
                    log.exception("job %r: reporting its result failed", self.title)
                    state, self.error = JobState.FAILED, exc
        elif state is JobState.FAILED:
            self.error = value
        self.state = state
        self.released()
        self.finished.emit()


class JobRunner(QObject):
    """Runs long jobs one at a time (they all work on the one journal)."""

    busy_changed = Signal(bool)
    job_started = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active: Job | None = None
        self._thread: threading.Thread | None = None
        self._gui_work: Generator[None, None, Any] | None = None
        self._collecting = False  # whether to turn cycle collection back on after a job
        self._switch_interval = sys.getswitchinterval()  # to put back after a job
        self._beat = QTimer(self)
        self._beat.setInterval(HEARTBEAT_MS)
        self._beat.timeout.connect(self._on_beat)
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._resume_gui_work)

    @property
    def active(self) -> Job | None:
        """The job running now, or None."""
        return self._active

    def start(self, job: Job) -> Job:
        """Start ``job``; raises JobBusyError while another one runs."""
        if self._active is not None:
            raise JobBusyError(self.tr("Please wait: {0} is still running.").format(
                self._active.title))
        self._active = job
        job.state = JobState.RUNNING
        job.released = self._release
        log.info("job started: %s", job.title)
        self.busy_changed.emit(True)
        self.job_started.emit(job)
        if job.on_gui_thread:
            self._gui_work = job._work(job.steps)
            self._turn.start()
        else:
            self._collecting = gc.isenabled()
            gc.disable()
            gc.unfreeze()
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(JOB_SWITCH_INTERVAL)
            job.steps.gui_seen = time.monotonic()
            self._beat.start()
            self._thread = threading.Thread(target=job.run_work, name="job", daemon=True)
            self._launch(self._thread, LAUNCH_TURNS)
        return job

    def _launch(self, thread: threading.Thread, turns: int) -> None:
        """Start ``thread`` after ``turns`` event-loop turns (unless it started meanwhile)."""
        if turns:
            QTimer.singleShot(0, lambda: self._launch(thread, turns - 1))
        elif thread.ident is None:
            thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread ends (for quitting); True when none is left. A
        worker still waiting to start starts now (a cancelled one stops at its first step)."""
        thread = self._thread
        if thread is not None:
            if thread.ident is None:
                thread.start()
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def cancel_and_wait(self, timeout: float = 10.0) -> None:
        """On quit: stop the running job (what it had started is undone) and wait for it."""
        if self._active is not None:
            self._active.cancel()
            self.wait(timeout)

    def _on_beat(self) -> None:
        if self._active is not None:
            self._active.steps.gui_seen = time.monotonic()

    def _resume_gui_work(self) -> None:
        job, work = self._active, self._gui_work
        if job is None or work is None:
            return
        started = time.monotonic()
        try:
            next(work)
            while time.monotonic() - started < GUI_SLICE:
                next(work)
        except StopIteration as stop:
            self._gui_work = None
            job.outcome_from(JobState.SUCCEEDED, stop.value)
        except Cancelled:
            self._gui_work = None
            job.outcome_from(JobState.CANCELLED, None)
        except Exception as exc:
            log.exception("job %r failed", job.title)
            self._gui_work = None
            job.outcome_from(JobState.FAILED, exc)
        else:
            self._turn.start()

    def _release(self) -> None:
        job = self._active
        if job is None:
            return
        log.info("job %s: %s", job.state.value, job.title)
        if self._thread is not None:
            self._beat.stop()
            sys.setswitchinterval(self._switch_interval)
            gc.freeze()
            if self._collecting:
                gc.enable()
        self._active = None
        self._thread = None
        self.busy_changed.emit(False)
