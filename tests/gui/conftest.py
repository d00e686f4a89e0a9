"""Fixtures shared by the GUI tests of the attempt flow and the Journal page."""

from __future__ import annotations

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
