"""Fixtures shared by the GUI tests of the attempt flow and the Journal page."""

from __future__ import annotations

import threading

import pytest
from helpers.flow_driver import running_flow

from rejection_desktop.ui.pages.journal import JournalPage


@pytest.fixture
def flow(qtbot, services, clock):
    """The real attempt flow; its forms are closed (text kept as drafts) at the end."""
    with running_flow(services, clock) as running:
        yield running


@pytest.fixture
def journal_page(qtbot, services, flow):
    page = JournalPage(services, flow)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """Every window a test left open (a message box, a form, a wizard) is closed after it and
    every background job it started has ended, so the next test starts with none: a left-over
    modal box would take its keys and clicks, a left-over job its journal."""
    yield
    for thread in threading.enumerate():
        if thread.name == "job":  # a background job must not reach into the next test's journal
            thread.join(30)
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()  # a message box without an escape button refuses to close
            widget.hide()
            widget.deleteLater()
    qapp.processEvents()
