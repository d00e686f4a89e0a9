"""Headless Wayland compositors for tests: Weston (the bundle tests) and sway (xdg-activation).

Weston 10 (Debian 12) does not offer ``xdg_activation_v1``, so a client cannot hand it an
activation token there; sway 1.7 (wlroots) does. sway refuses to run as root: as root it is
started as ``nobody`` (setpriv) in a runtime folder owned by that user. Each compositor is
stopped by its PID.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534
SWAY_CONFIG = "output HEADLESS-1 resolution 1024x768\n"


def _wait_for_socket(process: subprocess.Popen[bytes], socket: Path, name: str) -> None:
    deadline = time.monotonic() + 20
    while not socket.exists():
        assert process.poll() is None, f"{name} exited"
        assert time.monotonic() < deadline, f"{name} did not open its socket"
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def weston_display(runtime_dir: Path) -> Iterator[dict[str, str]]:
    """A headless Weston compositor; yields the environment a Wayland client needs."""
    runtime_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime_dir))
    socket = runtime_dir / "wayland-test"
    with subprocess.Popen(["weston", "--backend=headless-backend.so", "--socket=wayland-test",
                           "--idle-time=0"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as weston:
        try:
            _wait_for_socket(weston, socket, "weston")
            yield {"XDG_RUNTIME_DIR": str(runtime_dir), "WAYLAND_DISPLAY": "wayland-test"}
        finally:
            _stop(weston)


@contextmanager
def sway_display() -> Iterator[dict[str, str]]:
    """A headless sway (software rendering, no input devices); yields the client environment.

    The runtime folder is made under the system temp folder (not pytest's, which only root may
    enter) and removed afterwards.
    """
    runtime_dir = Path(tempfile.mkdtemp(prefix="rd-sway-"))
    try:
        (runtime_dir / "config").write_text(SWAY_CONFIG)
        command = ["sway", "-c", str(runtime_dir / "config")]
        if os.geteuid() == 0:
            for path in (runtime_dir, runtime_dir / "config"):
                os.chown(path, NOBODY, NOBODY)
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                       *command]
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime_dir), HOME=str(runtime_dir),
                   WLR_BACKENDS="headless", WLR_LIBINPUT_NO_DEVICES="1", WLR_RENDERER="pixman",
                   WAYLAND_DISPLAY="")
        env.pop("DISPLAY", None)
        with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) as sway:
            try:
                deadline = time.monotonic() + 20
                while not (sockets := sorted(p.name for p in runtime_dir.glob("wayland-*")
                                             if p.is_socket())):
                    assert sway.poll() is None, "sway exited"
                    assert time.monotonic() < deadline, "sway did not open its socket"
                    time.sleep(0.1)
                yield {"XDG_RUNTIME_DIR": str(runtime_dir), "WAYLAND_DISPLAY": sockets[0]}
            finally:
                _stop(sway)
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)
