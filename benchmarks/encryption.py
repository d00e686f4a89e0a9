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
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from benchmarks.demo_data import generate
from benchmarks.harness import ROOT, Summary, child_env, machine_note, python
from rejection_desktop.app.context import open_context
from rejection_desktop.db.connection import close_db
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.backups import BackupKind
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


def in_process(data: Path, key: object, runs: int, figures: dict[str, list[float]]) -> None:
    """One round of save attempt+reflection, search and backup timings on one open journal,
    added to ``figures``."""
    now = datetime.now(UTC)
    context = open_context(data, lambda: now, key=key)  # type: ignore[arg-type]
    s = context.services
    challenge = s.challenges.list_challenges()[0].id

    def save(i: int) -> None:
        attempt = s.attempts.log(challenge, BeforeInput(
            planned_at=now - timedelta(hours=1), context=f"bench {i}", predicted_no=70,
            expected_badness=60, anxiety_before=50), OutcomeInput(
            "rejected", actual_badness=20, anxiety_after=30, what_happened=f"it went {i}"))
        s.reflections.save(attempt, [Answer("p1", "What did you expect?", f"answer {i}")],
                           free_text=f"reflection {i}")

    journal = JournalService()
    for i in range(runs * 5):
        figures["save"].append(timed(lambda i=i: save(i)))
    for _ in range(runs):
        for word in WORDS:
            figures["search"].append(timed(lambda word=word: journal.page(
                JournalFilter(text=word), limit=100)))
    for _ in range(runs):
        figures["backup"].append(timed(lambda: s.backups.back_up(BackupKind.MANUAL,
                                                                  thin=False)))
    context.close()


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

    ready_ms(plain, None), ready_ms(locked, PASS)  # warm the page cache
    plain_ready, locked_ready = [], []
    for _ in range(args.runs):
        plain_ready.append(ready_ms(plain, None))
        locked_ready.append(ready_ms(locked, PASS))
    plain_in: dict[str, list[float]] = {"save": [], "search": [], "backup": []}
    locked_in: dict[str, list[float]] = {"save": [], "search": [], "backup": []}
    rounds = 3  # alternating, so both journals share the machine's noise
    for _ in range(rounds):
        in_process(plain, None, max(1, args.runs // rounds), plain_in)
        in_process(locked, made.key, max(1, args.runs // rounds), locked_in)
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
    lines = [
        "# Encrypted journal vs the same journal unencrypted\n",
        f"Command: `nice python benchmarks/encryption.py --runs {args.runs} --attempts "
        f"{args.attempts}` ({machine_note()}, offscreen, same run; 5-year demo journal of "
        f"{args.attempts} attempts and reflections; enabling took {enable_s:.1f} s; one "
        f"Argon2id derivation (t=3, 64 MiB, 4 lanes) took {kdf:.0f} ms, median of "
        f"{args.runs}).\n",
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
