"""No two visible controls in a window answer the same Alt+letter (issue 13).

Qt does not click either of two buttons that share a mnemonic; it only moves the focus
between them, so a collision silently breaks the keyboard path.
"""

from __future__ import annotations

import pytest
from helpers.every_view import every_view, journal_with_entries
from helpers.languages import LANGUAGES, speak
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QWidget,
)

from rejection_desktop.app.assemble import assemble


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+key -> the texts of the visible controls in ``window`` that answer it."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            found.setdefault(key, []).append(text)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
    return found


@pytest.fixture(params=LANGUAGES)
def assembled(request, qtbot, context):
    speak(request.param, context)
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 720)
    yield shell
    runtime.shutdown()


def test_every_page_and_dialog_has_unique_mnemonics(assembled, services):
    ids = journal_with_entries(services)
    collisions = {}
    checked = []
    for name, window in every_view(assembled, ids):
        checked.append(name)
        clashes = {key: texts for key, texts in visible_mnemonics(window).items()
                   if len(texts) > 1}
        if clashes:
            collisions[name] = clashes
    assert {"journal-ask", "form-plan", "form-log", "settings", "onboarding-3"} <= set(checked)
    assert collisions == {}, "\n".join(f"{k}: {v}" for k, v in collisions.items())
