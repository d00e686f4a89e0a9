"""The last line of defence: log any uncaught exception and tell the user kindly."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("rejection_desktop.platform.crash")

ShowDialog = Callable[[str], None]


def make_excepthook(show_dialog: ShowDialog | None) -> Callable[..., None]:
    """An ``sys.excepthook`` that logs the traceback and shows a dialog (never a traceback).

    Works when ``sys.stderr`` is None (a windowed frozen app). A failure while showing the
    dialog is logged too, never raised.
    """

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        import traceback  # noqa: PLC0415 - only on a crash

        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("uncaught exception:\n%s", text)
        if show_dialog is None:
            return
        try:
            show_dialog(f"{kind.__name__}: {value}")
        except Exception:
            log.exception("the crash dialog itself failed")

    return hook


def install_excepthook(show_dialog: ShowDialog | None) -> None:
    """Install the hook for the main thread and for worker threads."""
    hook = make_excepthook(show_dialog)
    sys.excepthook = hook

    def thread_hook(args: object) -> None:
        hook(args.exc_type, args.exc_value, args.exc_traceback)  # type: ignore[attr-defined]

    import threading  # noqa: PLC0415

    threading.excepthook = thread_hook
