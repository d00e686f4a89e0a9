"""An encrypted journal against the same journal unencrypted, measured in one run.

    python benchmarks/encryption.py [--runs 7] [--attempts 5000] [--output FILE]

Targets (issue 16): unlock to Today shown <= +0.6 s over an unencrypted start (the Argon2id
KDF included: the passphrase comes on stdin); saving an attempt and its reflection <= 1.35x;
journal search p95 <= 1.2x; a backup <= 1.5x. The demo journal (benchmarks/demo_data.py) is
built once, copied, and the copy encrypted through the real ``encryption enable`` path.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from benchmarks.demo_data import generate
from benchmarks.harness import ROOT, Summary, child_env, machine_note, python
from rejection_desktop.app.context import open_context
from rejection_desktop.db.connection import close_db, db
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.backups import BackupKind
from rejection_desktop.services.container import AppContext
from rejection_desktop.services.journal import JournalFilter, JournalService
from rejection_desktop.services.reflections import Answer

PASS = "benchmark passphrase"
WORDS = ["coffee", "manager", "discount", "asked", "nervous", "stranger", "no", "smile",
         "refund", "xyzzy"]


def ready_ms(data: Path, passphrase: str | None) -> float:
    """Spawn the app and time until the Today page shows its figures (``ready``)."""
    cmd = [python(), str(ROOT / "benchmarks" / "app_probe.py"), "--data-dir", str(data)]
    if passphrase is not None:
        cmd.append("--passphrase-stdin")
    env = child_env()
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{passphrase or ''}\n")
    child.stdin.close()
    took = None
    for line in child.stdout:
        if line.startswith("ready"):
            took = (time.perf_counter() - started) * 1000
    child.wait(timeout=120)
    child.stdout.close()
    if took is None:
        raise RuntimeError(f"the app did not reach Today ({child.returncode})")
    return took


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def in_process(journals: dict[str, tuple[Path, object]], runs: int
               ) -> dict[str, dict[str, list[float]]]:
    """Save attempt+reflection, search and backup timings with every journal open side by side:
    each operation runs on one journal, then on the other (the order swapped each time), so
    both meet the same machine noise; the first searches read their pages from disk in both."""
    now = datetime.now(UTC)
    contexts = {name: open_context(data, lambda: now, key=key)  # type: ignore[arg-type]
                for name, (data, key) in journals.items()}
    challenges = {}
    for name, context in contexts.items():
        db.initialize(context.database)
        challenges[name] = context.services.challenges.list_challenges()[0].id
    figures: dict[str, dict[str, list[float]]] = {name: defaultdict(list) for name in contexts}
    turn = [0]

    def each(stat: str, action: Callable[[str, AppContext], object]) -> None:
        names = list(contexts) if turn[0] % 2 == 0 else list(reversed(contexts))
        turn[0] += 1
        for name in names:
            db.initialize(contexts[name].database)
            cpu = time.thread_time()
            figures[name][stat].append(timed(partial(action, name, contexts[name])))
            figures[name][f"{stat} cpu"].append((time.thread_time() - cpu) * 1000)

    def save(i: int, name: str, context: AppContext) -> None:
        s = context.services
        attempt = s.attempts.log(challenges[name], BeforeInput(
            planned_at=now - timedelta(hours=1), context=f"bench {i}", predicted_no=70,
            expected_badness=60, anxiety_before=50), OutcomeInput(
            "rejected", actual_badness=20, anxiety_after=30, what_happened=f"it went {i}"))
        s.reflections.save(attempt, [Answer("p1", "What did you expect?", f"answer {i}")],
                           free_text=f"reflection {i}")

    journal = JournalService()

    def search(word: str, _name: str, _context: AppContext) -> None:
        journal.page(JournalFilter(text=word), limit=100)

    def backup(_name: str, context: AppContext) -> None:
        context.services.backups.back_up(BackupKind.MANUAL, thin=False)

    for i in range(runs * 10):
        each("save", partial(save, i))
    for _ in range(runs * 2):
        for word in WORDS:
            each("search", partial(search, word))
    for _ in range(runs):
        each("backup", backup)
    for context in contexts.values():
        db.initialize(context.database)
        context.close()
    return figures


def load() -> str:
    """The 1-minute load average (the machine's other work during a figure)."""
    return f"{os.getloadavg()[0]:.1f}"


def kdf_ms(runs: int) -> float:
    """The median time of one Argon2id derivation with the key file's parameters."""
    from rejection_desktop.db.keyfile import DEFAULT_KDF, derive  # noqa: PLC0415

    return Summary.of([timed(lambda: derive(PASS.encode(), bytes(16), DEFAULT_KDF))
                       for _ in range(runs)]).median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--attempts", type=int, default=5000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    root = Path(tempfile.mkdtemp(prefix="rd-bench-enc-"))
    plain, locked = root / "plain", root / "encrypted"
    generate(plain, years=5, attempts=args.attempts).close()
    close_db()
    shutil.copytree(plain, locked)
    started = time.perf_counter()
    made = encryption.new_key(PASS)
    encryption.enable(DataPaths(locked), made)
    enable_s = time.perf_counter() - started

    loads = [load()]
    ready_ms(plain, None), ready_ms(locked, PASS)  # warm the page cache
    plain_ready, locked_ready = [], []
    for _ in range(args.runs):
        plain_ready.append(ready_ms(plain, None))
        locked_ready.append(ready_ms(locked, PASS))
    loads.append(load())
    os.sync()  # the set-up's copies are on disk before the first save waits for its own sync
    figures = in_process({"plain": (plain, None), "encrypted": (locked, made.key)}, args.runs)
    plain_in, locked_in = figures["plain"], figures["encrypted"]
    loads.append(load())
    kdf = kdf_ms(args.runs)

    p_ready, l_ready = Summary.of(plain_ready), Summary.of(locked_ready)
    rows = [("unlock to Today shown (median ms)", p_ready.median, l_ready.median,
             f"+{(l_ready.median - p_ready.median) / 1000:.2f} s", "<= +0.6 s")]
    for name, stat, target in (("save attempt + reflection (median ms)", "save", "<= 1.35x"),
                               ("search (p95 ms)", "search", "<= 1.2x"),
                               ("backup (median ms)", "backup", "<= 1.5x")):
        a, b = Summary.of(plain_in[stat]), Summary.of(locked_in[stat])
        pa, pb = (a.p95, b.p95) if stat == "search" else (a.median, b.median)
        rows.append((name, pa, pb, f"{pb / pa:.2f}x", target))
    for name, stat, pick in (("save: CPU time of the thread (median ms)", "save cpu", "median"),
                             ("search: CPU time of the thread (p95 ms)", "search cpu", "p95")):
        pa, pb = (getattr(Summary.of(figures[n][stat]), pick) for n in ("plain", "encrypted"))
        rows.append((name, pa, pb, f"{pb / pa:.2f}x", "(no target: the work itself)"))
    lines = [
        "# Encrypted journal vs the same journal unencrypted\n",
        f"Command: `nice python benchmarks/encryption.py --runs {args.runs} --attempts "
        f"{args.attempts}` ({machine_note()}, offscreen, same run; 5-year demo journal of "
        f"{args.attempts} attempts and reflections; enabling took {enable_s:.1f} s; one "
        f"Argon2id derivation (t=3, 64 MiB, 4 lanes) took {kdf:.0f} ms, median of "
        f"{args.runs}; load average {' / '.join(loads)} at the start, after the app starts "
        f"and after the in-process figures; {len(plain_in['save'])} saves, "
        f"{len(plain_in['search'])} searches and {len(plain_in['backup'])} backups each, "
        "plain and encrypted alternating operation by operation).\n",
        "| | plain | encrypted | difference | target |",
        "|---|---:|---:|---:|---|",
        *(f"| {n} | {a:.1f} | {b:.1f} | {d} | {t} |" for n, a, b, d, t in rows),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
