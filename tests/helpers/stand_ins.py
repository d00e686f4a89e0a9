"""Stand-ins shared by GUI tests: a flow that records what a page asked for, and notification
backends with no server behind them."""

from __future__ import annotations

from rejection_desktop.notifications.delivery import BackendUnavailableError, Notice


class RecordingFlow:
    """Stands in for the attempt dialogs: records what the page asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def plan(self, challenge_id: int) -> None:
        self.calls.append(("plan", challenge_id))

    def log(self, challenge_id: int | None = None, attempt_id: int | None = None) -> None:
        self.calls.append(("log", challenge_id, attempt_id))


class NoDesktop:
    """The freedesktop backend on a desktop without a notification server."""

    name = "freedesktop"
    native = True

    def send(self, notice: Notice) -> str:
        raise BackendUnavailableError("no notification server")


class TrayOnly:
    """A backend that always shows a tray message."""

    name = "tray"
    native = True

    def send(self, notice: Notice) -> str:
        return "system tray message"
