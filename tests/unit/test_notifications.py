"""The notifier chain: plyer resolution, the D-Bus probe, fallbacks, rate limit, missed badge."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rejection_desktop import APP_ID, APP_NAME
from rejection_desktop.notifications.delivery import (
    MESSAGE_MAX,
    TITLE_MAX,
    BackendUnavailableError,
    BannerBackend,
    BusCheck,
    Delivery,
    Notice,
    NotifierChain,
    PlyerBackend,
    RateLimiter,
    TrayBackend,
    check_notification_server,
    load_plyer_notification,
    resolve_plyer_backend,
    session_bus_address,
)

NOTICE = Notice("Time for today's ask", "Ask a stranger for directions")


@pytest.fixture
def bare_path(tmp_path, monkeypatch) -> Path:
    """A PATH with nothing on it (no notify-send), and no dbus-python importable."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    return empty


@pytest.fixture
def fake_notify_send(bare_path) -> Path:
    """A notify-send on PATH that records its arguments, one per line."""
    log = bare_path.parent / "notify-send.args"
    script = bare_path / "notify-send"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "{log}"\n')
    script.chmod(0o755)
    return log


class Recorder:
    """A backend that records notices (or fails in a chosen way)."""

    def __init__(self, name: str, *, native: bool = True, error: Exception | None = None):
        self.name = name
        self.native = native
        self.error = error
        self.sent: list[Notice] = []

    def send(self, notice: Notice) -> str:
        if self.error is not None:
            raise self.error
        self.sent.append(notice)
        return f"{self.name} detail"


class Ticks:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------- notices


def test_notices_are_one_line_and_short() -> None:
    notice = Notice("A\nvery " + "long " * 30 + "title", "x" * 500)
    assert "\n" not in notice.title
    assert len(notice.title) == TITLE_MAX and notice.title.endswith("…")
    assert len(notice.message) == MESSAGE_MAX


# --------------------------------------------------------------------------- plyer


def test_no_notify_send_and_no_dbus_python_is_unavailable_without_warnings(bare_path) -> None:
    found = load_plyer_notification()  # plyer warns twice here; pytest turns warnings into errors
    assert found.instance is None
    assert "notify-send" in found.reason and "libnotify-bin" in found.reason
    assert resolve_plyer_backend().startswith("unavailable: plyer found no notification tool")


def test_notify_send_is_resolved_when_on_path(fake_notify_send) -> None:
    assert resolve_plyer_backend() == "plyer:NotifySendNotification"


@pytest.mark.subprocess  # runs a validator or a notify-send script
def test_plyer_sends_app_name_icon_and_timeout_through_notify_send(fake_notify_send,
                                                                    tmp_path) -> None:
    icon = tmp_path / "icon.png"
    backend = PlyerBackend(platform="linux", probe=lambda service: BusCheck(True, "dunst 1.9"),
                           icon=icon)
    where = backend.send(NOTICE)
    assert where == "NotifySendNotification to dunst 1.9"
    arguments = fake_notify_send.read_text().splitlines()
    assert arguments[:2] == [NOTICE.title, NOTICE.message]
    options = dict(zip(arguments[2::2], arguments[3::2], strict=True))
    assert options["-a"] == APP_NAME
    assert options["-i"] == str(icon)
    assert options["-t"] == "10000"
    assert options["-h"] == f"string:desktop-entry:{APP_ID}"


def test_plyer_is_not_trusted_without_a_notification_server(fake_notify_send) -> None:
    backend = PlyerBackend(platform="linux", probe=lambda service: BusCheck(
        False, "org.freedesktop.Notifications has no owner on the session bus"))
    with pytest.raises(BackendUnavailableError, match="has no owner"):
        backend.send(NOTICE)
    assert not fake_notify_send.exists()  # notify-send was never run


@pytest.mark.subprocess  # runs a validator or a notify-send script
def test_other_platforms_skip_the_bus_probe(fake_notify_send) -> None:
    def probe(service: str) -> BusCheck:
        raise AssertionError("no D-Bus outside Linux")

    backend = PlyerBackend(platform="win32", probe=probe)
    assert backend.send(NOTICE) == "NotifySendNotification"


# --------------------------------------------------------------------------- the D-Bus probe


def test_no_session_bus_is_reported(monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    check = check_notification_server()
    assert not check.ok and "no session D-Bus" in check.detail


def test_an_unreachable_bus_is_reported(tmp_path) -> None:
    check = check_notification_server(address=f"unix:path={tmp_path / 'nobody.sock'}")
    assert not check.ok and "cannot reach the session D-Bus" in check.detail


def test_the_bus_address_falls_back_to_the_runtime_dir(tmp_path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == \
        f"unix:path={tmp_path / 'bus'}"


# --------------------------------------------------------------------------- tray backend


class FakeTray:
    def __init__(self, *, visible: bool = True, messages: bool = True) -> None:
        self.visible = visible
        self.messages = messages
        self.shown: list[tuple[str, str, int]] = []

    def isVisible(self) -> bool:
        return self.visible

    def supportsMessages(self) -> bool:
        return self.messages

    def showMessage(self, title, message, icon, msecs) -> None:
        self.shown.append((title, message, msecs))


def test_the_tray_backend_needs_a_visible_tray_that_shows_messages() -> None:
    with pytest.raises(BackendUnavailableError, match="no system tray"):
        TrayBackend(lambda: None, lambda: True).send(NOTICE)
    with pytest.raises(BackendUnavailableError, match="no system tray"):
        TrayBackend(FakeTray, lambda: False).send(NOTICE)
    with pytest.raises(BackendUnavailableError, match="not shown"):
        TrayBackend(lambda: FakeTray(visible=False), lambda: True).send(NOTICE)
    with pytest.raises(BackendUnavailableError, match="cannot show messages"):
        TrayBackend(lambda: FakeTray(messages=False), lambda: True).send(NOTICE)
    tray = FakeTray()
    assert TrayBackend(lambda: tray, lambda: True).send(NOTICE) == "system tray message"
    assert tray.shown == [(NOTICE.title, NOTICE.message, 10000)]


# --------------------------------------------------------------------------- the chain


def test_the_first_backend_that_works_delivers(qtbot) -> None:
    broken = Recorder("plyer", error=RuntimeError("dbus exploded"))
    absent = Recorder("tray", error=BackendUnavailableError("no system tray"))
    works = Recorder("third")
    banner = Recorder("banner", native=False)
    chain = NotifierChain([broken, absent, works], banner)
    with qtbot.waitSignal(chain.delivered) as signal:
        delivery = chain.notify(NOTICE)
    assert signal.args == [delivery]
    assert (delivery.backend, delivery.native, delivery.detail) == ("third", True, "third detail")
    assert delivery.failures == (("plyer", "failed: RuntimeError"), ("tray", "no system tray"))
    assert works.sent == [NOTICE] and banner.sent == []
    assert delivery.describe() == "delivered by third (third detail) without buttons"


def test_every_failure_is_logged_and_the_banner_catches_it(qtbot, caplog) -> None:
    shown: list[Notice] = []
    chain = NotifierChain([Recorder("plyer", error=OSError("boom"))], BannerBackend(shown.append))
    delivery = chain.notify(NOTICE)
    assert delivery.backend == "banner" and not delivery.native
    assert shown == [NOTICE]
    assert "notification backend plyer failed" in caplog.text
    assert "OSError" in caplog.text
    assert NOTICE.message not in caplog.text  # challenge titles stay out of the log
    assert delivery.describe() == ("not shown by the desktop (plyer: failed: OSError); "
                                   "shown in the app by banner")


def test_banner_only_notices_count_as_missed_until_acknowledged(qtbot) -> None:
    present = [False]
    chain = NotifierChain([Recorder("plyer", error=BackendUnavailableError("none"))],
                          Recorder("banner", native=False), user_present=lambda: present[0])
    counts: list[int] = []
    chain.missed_changed.connect(counts.append)
    chain.notify(NOTICE)
    chain.notify(NOTICE)
    present[0] = True
    chain.notify(NOTICE)  # seen: the window was in front
    assert chain.missed == 2 and counts == [1, 2]
    chain.acknowledge_missed()
    chain.acknowledge_missed()
    assert chain.missed == 0 and counts == [1, 2, 0]


def test_a_burst_is_rate_limited_to_the_banner(qtbot) -> None:
    ticks = Ticks()
    native = Recorder("plyer")
    banner = Recorder("banner", native=False)
    chain = NotifierChain([native], banner, limiter=RateLimiter(3, 60, ticks))
    deliveries = [chain.notify(NOTICE) for _ in range(5)]
    assert [d.backend for d in deliveries] == ["plyer"] * 3 + ["banner"] * 2
    assert [d.rate_limited for d in deliveries] == [False] * 3 + [True] * 2
    ticks.now += 60
    assert chain.notify(NOTICE).backend == "plyer"
    assert len(native.sent) == 4 and len(banner.sent) == 2


def test_nothing_raises_when_even_the_fallback_fails(qtbot) -> None:
    chain = NotifierChain([Recorder("plyer", error=ValueError("x"))],
                          Recorder("banner", native=False, error=RuntimeError("no window")))
    delivery = chain.notify(NOTICE)
    assert delivery.backend is None and delivery.missed
    assert delivery.describe() == ("not delivered (plyer: failed: ValueError; "
                                   "banner: failed: RuntimeError)")
    assert Delivery(NOTICE, None).describe() == "not delivered"


def test_a_present_check_that_raises_counts_as_away(qtbot) -> None:
    def broken() -> bool:
        raise RuntimeError("window gone")

    chain = NotifierChain([], Recorder("banner", native=False), user_present=broken)
    assert chain.notify(NOTICE).missed


@pytest.mark.skipif(not os.path.exists("/usr/bin/notify-send"), reason="needs libnotify-bin")
def test_the_real_notify_send_resolves(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert resolve_plyer_backend() == "plyer:NotifySendNotification"
