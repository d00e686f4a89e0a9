"""Run the real app, set up a scene through its own widgets, then wait to be signalled.

    python signal_target.py SCENE [app arguments...]

The app starts through its entry point (``rejection_desktop.__main__.main``) exactly as a user
starts it; only this helper adds a step after the journal is open: it builds the scene with
real clicks and key presses, then prints ``ready`` and leaves the app idle in its event loop,
so the test can send SIGTERM or SIGINT. Scenes:

- ``idle``: nothing open.
- ``form``: Today's "Plan it" clicked, the plan form open, nothing typed.
- ``typed``: the plan form open with ``NOTE_TEXT`` typed into "Where / with whom".
- ``message``: a message box in a nested ``exec()`` loop.
- ``form-message``: the plan form open, and above it a message box in a nested ``exec()``.
- ``typed-stuck``: as ``typed``, and quitting hangs (a step connected to ``aboutToQuit``
  that sleeps for a minute).
- ``hidden``: the window hidden (as in the tray).
- ``onboarding``: the first-run wizard (its own ``exec()``) on a new journal.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

NOTE_TEXT = "typed before the signal"


def when(condition: Callable[[], bool], then: Callable[[], None], *, tries: int = 300) -> None:
    """Call ``then`` once ``condition`` holds (checked every 50 ms, up to 15 s)."""
    if condition():
        then()
    elif tries <= 0:
        print("scene failed", flush=True)
    else:
        QTimer.singleShot(50, lambda: when(condition, then, tries=tries - 1))


def ready() -> None:
    print("ready", flush=True)


def open_form(shell: object, then: Callable[[object], None]) -> None:
    window = shell.window  # type: ignore[attr-defined]
    today = window.show_page("today")
    button = today.plan_button
    when(button.isEnabled, lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))
    flow = shell.flow  # type: ignore[attr-defined]
    when(lambda: any(d.isVisible() for d in flow.open_dialogs()),
         lambda: then(flow.open_dialogs()[0]))


def nested_message() -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Nested", "A message box in exec().")
    QTimer.singleShot(100, ready)
    box.exec()
    print("message box closed", flush=True)


def set_scene(scene: str, shell: object) -> None:
    window = shell.window  # type: ignore[attr-defined]
    if scene == "idle":
        ready()
    elif scene == "form":
        open_form(shell, lambda _dialog: ready())
    elif scene == "typed-stuck":
        QApplication.instance().aboutToQuit.connect(lambda: time.sleep(60))
        set_scene("typed", shell)
    elif scene == "typed":
        def type_note(dialog: object) -> None:
            edit = dialog.context_edit  # type: ignore[attr-defined]
            edit.setFocus()
            QTest.keyClicks(edit, NOTE_TEXT)
            ready()

        open_form(shell, type_note)
    elif scene == "message":
        nested_message()
    elif scene == "form-message":
        open_form(shell, lambda _dialog: nested_message())
    elif scene == "hidden":
        window.hide()
        when(lambda: not window.isVisible(), ready)
    elif scene == "onboarding":
        when(lambda: QApplication.activeModalWidget() is not None, ready)
    else:
        raise SystemExit(f"unknown scene {scene}")


def main() -> int:
    scene = sys.argv[1]
    from rejection_desktop import startup

    original = startup.JournalStart.open_journal

    def open_journal(self: startup.JournalStart) -> None:
        original(self)
        if self.running is not None:
            shell = self.running.shell
            QTimer.singleShot(100, lambda: set_scene(scene, shell))

    startup.JournalStart.open_journal = open_journal  # type: ignore[method-assign]
    from rejection_desktop.__main__ import main as app_main

    code = app_main(sys.argv[2:])
    print(f"exited {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
