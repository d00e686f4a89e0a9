"""Helpers for benchmark scripts: run commands repeatedly, summarise, write result tables.

Figures are compared with a baseline measured in the same command run (machines are noisy),
so every table reports the baseline next to the measured value and their ratio.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"(\w+)=([0-9.]+)")


@dataclass(frozen=True)
class Summary:
    """Median, p95 and extremes of a list of numbers."""

    median: float
    p95: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return cls(statistics.median(ordered), p95, ordered[0], ordered[-1], len(ordered))


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a measured process: offscreen unless told otherwise, and with
    Python's bytecode cache on, as on any installed system (a shell that sets
    ``PYTHONDONTWRITEBYTECODE`` would otherwise make every run compile the app from source).
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def run_reporting(cmd: Sequence[str], *, env: dict[str, str] | None = None,
                  timeout: float = 120) -> dict[str, float]:
    """Run ``cmd`` once and parse the ``key=value`` numbers from its last stdout line."""
    full_env = child_env(env)
    result = subprocess.run(list(cmd), capture_output=True, text=True, env=full_env,
                            timeout=timeout, check=True, cwd=ROOT)
    lines = [line for line in result.stdout.splitlines() if "=" in line]
    return {key: float(value) for key, value in LINE.findall(lines[-1])}


def time_until_shown(cmd: Sequence[str], *, env: dict[str, str] | None = None,
                     timeout: float = 120) -> dict[str, float]:
    """Start ``cmd`` and time until it prints its ``shown ...`` line (process start included).

    Returns ``shown_ms`` (wall time from spawn to the line) plus the numbers on the line
    (``rss_kb``). A command that goes on to print a ``ready ...`` line (the app, once its
    journal is open and the Today page filled in) also gets ``ready_ms`` and ``ready_rss_kb``.
    """
    full_env = child_env(env)
    start = time.perf_counter()
    child = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=full_env, cwd=ROOT)
    assert child.stdout is not None
    values: dict[str, float] = {}
    for line in child.stdout:
        if line.startswith("shown"):
            values["shown_ms"] = (time.perf_counter() - start) * 1000
            values.update({key: float(value) for key, value in LINE.findall(line)})
        elif line.startswith("ready"):
            values["ready_ms"] = (time.perf_counter() - start) * 1000
            values.update({f"ready_{key}": float(value) for key, value in LINE.findall(line)})
    child.wait(timeout=timeout)
    if "shown_ms" not in values:
        raise RuntimeError(f"{cmd[0]} exited ({child.returncode}) without showing a window")
    return values


def interleaved(commands: dict[str, Sequence[str]], runs: int,
                env: dict[str, str] | None = None) -> dict[str, list[dict[str, float]]]:
    """Run each command ``runs`` times, alternating between them to share the machine's noise."""
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            results[name].append(run_reporting(cmd, env=env))
    return results


def python() -> str:
    """The interpreter running the benchmarks (the project's venv under make)."""
    return sys.executable


def machine_note() -> str:
    """One line describing where the figures were measured."""
    cpu = os.cpu_count()
    return f"{sys.platform}, {cpu} CPUs, Python {sys.version.split()[0]}"


CLOCK_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_ticks(pid: int) -> int | None:
    """utime + stime of process ``pid`` (all its threads), in clock ticks; None once gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of proc(5)


def rss_kb(pid: int) -> int | None:
    """The current resident set (VmRSS) of ``pid`` in KiB; None once gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def watch_start(cmd: Sequence[str], *, env: dict[str, str] | None = None, quiet_ms: float = 300,
                rss_at_s: float = 2.0, timeout: float = 60, expect_ready: bool = False
                ) -> dict[str, float]:
    """Start ``cmd`` (a process that stays running), and watch it from outside.

    Returns ``shown_ms`` / ``ready_ms`` (its own lines, as ``time_until_shown``) with their
    peak RSS, ``busy_ms`` (from spawn to the process's last CPU use, read from
    ``/proc/PID/stat``, before the first ``quiet_ms`` without any after its ``shown``, or its
    ``ready`` with ``expect_ready``) and ``rss2_kb`` (VmRSS at
    ``rss_at_s`` after spawn). The process is then sent SIGTERM (killed if it lingers).
    """
    import selectors  # noqa: PLC0415
    import signal  # noqa: PLC0415

    full_env = child_env(env)
    start = time.perf_counter()
    child = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=full_env, cwd=ROOT, bufsize=1)
    assert child.stdout is not None
    os.set_blocking(child.stdout.fileno(), False)
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    values: dict[str, float] = {}
    last_ticks = -1
    last_busy = 0.0
    buffer = ""
    try:
        while True:
            now_ms = (time.perf_counter() - start) * 1000
            for _key, _mask in selector.select(timeout=0.002):
                buffer += child.stdout.read() or ""
            while "\n" in buffer:
                line, buffer = buffer.split("\n", 1)
                stage = line.split(" ", 1)[0]
                if stage in ("shown", "ready"):
                    values[f"{stage}_ms"] = now_ms
                    prefix = "" if stage == "shown" else "ready_"
                    values.update({f"{prefix}{k}": float(v) for k, v in LINE.findall(line)})
            ticks = cpu_ticks(child.pid)
            if ticks is None or child.poll() is not None:
                raise RuntimeError(f"{cmd[0]} ended ({child.returncode}) while watched")
            if ticks != last_ticks:
                last_ticks, last_busy = ticks, now_ms
            if "rss2_kb" not in values and now_ms >= rss_at_s * 1000:
                values["rss2_kb"] = float(rss_kb(child.pid) or 0)
            started = "shown_ms" in values and (not expect_ready or "ready_ms" in values)
            if "busy_ms" not in values and started and now_ms - last_busy >= quiet_ms:
                values["busy_ms"] = last_busy
            if "busy_ms" in values and "rss2_kb" in values:
                break
            if now_ms > timeout * 1000:
                raise RuntimeError(f"{cmd[0]} never went quiet")
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    if "shown_ms" not in values:
        raise RuntimeError(f"{cmd[0]} never showed a window")
    return values
