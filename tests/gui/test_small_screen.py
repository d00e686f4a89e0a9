"""Every page and dialog at 800x600: no clipped label or button, no sideways scrolling.

A label that does not wrap, a button, a check box or a radio button narrower than its size
hint shows its text cut ("ew challeng"); a line edit squeezed below a readable width shows
"S…"; a horizontal scroll bar means the page does not fit. Dialogs open at their natural size
limited to the screen, as a window manager would show them.
"""

from __future__ import annotations

import pytest
from helpers.every_view import every_view, journal_with_entries
from helpers.fit import SCREEN, fit_on_screen
from helpers.languages import LANGUAGES, speak
from PySide6.QtWidgets import QApplication

from rejection_desktop.app.assemble import assemble


@pytest.fixture(params=LANGUAGES)
def assembled(request, qtbot, context):
    speak(request.param, context)
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    yield shell
    runtime.shutdown()


def test_every_page_and_dialog_fits_800_by_600(assembled, services):
    ids = journal_with_entries(services)
    window = assembled.window
    window.resize(*SCREEN)
    problems: dict[str, list[str]] = {}
    seen = []
    for name, shown in every_view(assembled, ids):
        seen.append(name)
        found = fit_on_screen(shown)
        if found:
            problems.setdefault(name, []).extend(found)
    assert "challenges-ladder" in seen and "form-log" in seen
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
