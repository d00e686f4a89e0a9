"""The assembled app on a Wayland compositor, raised by a click on its notification.

``python wayland_raise_app.py DATA_DIR``: opens a journal in DATA_DIR, assembles the app (window
hidden, as in the tray), sends the test notification through the freedesktop backend to the
server on ``DBUS_SESSION_BUS_ADDRESS`` (which clicks it and hands over an activation token),
waits until the click brought the window forward, and prints one JSON line: the Qt platform,
the delivery, what the window shows, and ``XDG_ACTIVATION_TOKEN`` as the C environment holds it
afterwards (Qt's Wayland plugin takes it out when it uses it).
"""

from __future__ import annotations

import ctypes
import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from rejection_desktop.app.assemble import assemble
from rejection_desktop.app.context import open_context


def c_getenv(name: str) -> str | None:
    libc = ctypes.CDLL(None)
    libc.getenv.restype = ctypes.c_char_p
    value = libc.getenv(name.encode())
    return value.decode() if value is not None else None


def main(data_dir: str) -> None:
    app = QApplication([sys.argv[0]])
    context = open_context(Path(data_dir))
    context.services.settings.set("quiet_hours_enabled", False)
    shell, runtime = assemble(app, context)
    window = shell.window
    hidden_before = not window.isVisible()
    delivery = runtime.send_test_notification()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not (window.isVisible()
                                               and window.current_page_key() == "today"):
        app.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + 1.0  # let the surface be configured and activation go out
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    print(json.dumps({
        "platform": app.platformName(), "backend": delivery.backend,
        "buttons": delivery.buttons, "hidden_before": hidden_before,
        "visible": window.isVisible(), "page": window.current_page_key(),
        "token_left": c_getenv("XDG_ACTIVATION_TOKEN"),
    }), flush=True)
    runtime.shutdown()
    shell.flow.close_all()
    context.close()


if __name__ == "__main__":
    main(sys.argv[1])
