"""Builds the main window's pages, menus and actions and connects them to the services."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from rejection_desktop.context import AppContext
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.pages.coming_soon import ComingSoonPage


def build_shell(context: AppContext, ui_state: QSettings) -> MainWindow:
    """The main window with every page registered."""
    window = MainWindow(context, ui_state)
    tr = window.tr
    for key, title, promise in (
        ("today", tr("Today"), tr("Your daily ask.")),
        ("challenges", tr("Challenges"), tr("The challenge library and your ladder.")),
        ("journal", tr("Journal"), tr("Your attempts and reflections.")),
        ("progress", tr("Progress"), tr("Charts of how 'no' loses its power.")),
        ("settings", tr("Settings"), tr("Theme, reminders and your data.")),
    ):
        window.add_page(key, title, lambda t=title, p=promise: ComingSoonPage(t, p))
    window.show_page("today")
    return window
