"""The main window: sidebar navigation, the pages, menus and shortcuts, saved geometry.

The window is cheap to build and needs no journal: start-up shows it first, with each page's
title over "Opening your journal…", and the shell then gives it the real pages (see
``startup.py``). Keep this module's imports to Qt and small widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop import APP_NAME

if TYPE_CHECKING:
    from rejection_desktop.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

PAGE_KEYS = ("today", "challenges", "journal", "progress", "settings")
"""The sidebar, top to bottom (Ctrl+1 to Ctrl+5)."""
LOOK_KEY = "ui/look"
"""The look ("dark" or "light") the theme setting last resolved to, kept in ``ui-state.ini`` so
the first paint, before the journal is open, has the right colours."""


class MainWindow(QMainWindow):
    """The window people open every day."""

    page_changed = Signal(str)
    quit_requested = Signal()
    first_shown = Signal()
    """Emitted once, the first time the window is shown (also when the app started hidden)."""

    def __init__(self, ui_state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_state = ui_state
        self._titles = {"today": self.tr("Today"), "challenges": self.tr("Challenges"),
                        "journal": self.tr("Journal"), "progress": self.tr("Progress"),
                        "settings": self.tr("Settings")}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self.page_actions: list[QAction] = []
        self._shown_once = False
        self.cover: QWidget | None = None
        """The unlock screen while it covers every page (pages are not switched to then)."""
        self._close_handler: Callable[[QCloseEvent], bool] | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 460)  # fits an 800x600 screen with its panels

        central = QWidget()
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 12)
        title = plain_label(self.tr("Rejection\nDesktop"), "appTitle")
        title.setWordWrap(True)  # a longer name in another language wraps
        side.addWidget(title)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        side.addWidget(self.navigation, 1)
        self.footer = plain_label(self.tr("Self-help, not therapy."), "muted")
        self.footer.setWordWrap(True)
        self.footer.setContentsMargins(16, 0, 16, 0)
        side.addWidget(self.footer)
        root.addWidget(sidebar)

        content = QWidget()
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.setSpacing(0)
        self._banner: Banner | None = None
        self.stack = QStackedWidget()
        self._content_layout.addWidget(self.stack, 1)
        root.addWidget(content, 1)
        self.setCentralWidget(central)
        self.menus = self._build_menus()
        for key in PAGE_KEYS:
            self._add_navigation(key)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.itemSelectionChanged.connect(self._on_selection_changed)
        self.navigation.setCurrentRow(0)

    def _build_menus(self) -> dict[str, QMenu]:
        """The menu bar's menus (the shell fills them); View lists the pages."""
        bar = self.menuBar()
        return {"file": bar.addMenu(self.tr("&File")), "edit": bar.addMenu(self.tr("&Edit")),
                "view": bar.addMenu(self.tr("&View")), "help": bar.addMenu(self.tr("&Help"))}

    @property
    def banner(self) -> Banner:
        """The message strip above the pages (built on first use)."""
        if self._banner is None:
            from rejection_desktop.ui.widgets.banner import Banner  # noqa: PLC0415

            self._banner = Banner()
            self._content_layout.insertWidget(0, self._banner)
        return self._banner

    def _add_navigation(self, key: str) -> None:
        """The page's sidebar entry and its View menu action (the shell adds Ctrl+1..5:
        setting a shortcut loads Qt's enums, which start-up keeps until after the first paint).
        """
        title = self._titles[key]
        self.navigation.addItem(QListWidgetItem(title))
        action = QAction(title, self)
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self.addAction(action)
        self.menus["view"].addAction(action)
        self.page_actions.append(action)

    # pages -----------------------------------------------------------------------------------
    def set_page_builder(self, key: str, build: Callable[[], QWidget]) -> None:
        """How to build page ``key``; it is built the first time it is shown.

        A placeholder already on screen stays until the page is next shown (``show_page``).
        """
        if key not in self._titles:
            raise KeyError(key)
        self._builders[key] = build

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built now if it can be (else its placeholder)."""
        if key in self._pages:
            return self._pages[key]
        build = self._builders.get(key)
        if build is None:
            return self._placeholder(key)
        widget = build()
        self._pages[key] = widget
        self.stack.addWidget(widget)
        placeholder = self._placeholders.pop(key, None)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return widget

    def _placeholder(self, key: str) -> QWidget:
        """The page's title over a line saying the journal is still being opened."""
        if key not in self._placeholders:
            widget = QWidget()
            layout = QVBoxLayout(widget)
            layout.setContentsMargins(32, 28, 32, 28)
            layout.setSpacing(2)
            layout.addWidget(plain_label(self._titles[key], "pageTitle"))
            layout.addWidget(plain_label(self.tr("Opening your journal…"), "pageSubtitle"))
            layout.addStretch(1)
            self._placeholders[key] = widget
            self.stack.addWidget(widget)
        return self._placeholders[key]

    def set_badge(self, key: str, count: int) -> None:
        """Show ``count`` next to a page's name in the sidebar (hidden when 0)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see plain_label
        title = self._titles[key]
        item = self.navigation.item(PAGE_KEYS.index(key))
        item.setText(f"{title}   ({count})" if count else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("{0}, {1} missed reminders").format(title, count) if count else title)

    def page_keys(self) -> list[str]:
        """Every page key, in sidebar order."""
        return list(PAGE_KEYS)

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_page_key(self) -> str:
        row = self.navigation.currentRow()
        return PAGE_KEYS[row] if 0 <= row < len(PAGE_KEYS) else ""

    def show_page(self, key: str) -> QWidget:
        """Switch to page ``key`` (and select it in the sidebar)."""
        row = PAGE_KEYS.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._switch_to(key)
        return self.page(key)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self._switch_to(PAGE_KEYS[row])

    def _on_selection_changed(self) -> None:
        """An entry selected without becoming current (a screen reader's selection or its
        "Toggle" action through AT-SPI) shows its page too."""
        rows = [index.row() for index in self.navigation.selectedIndexes()]
        if len(rows) == 1 and rows[0] != self.navigation.currentRow():
            self.navigation.setCurrentRow(rows[0])

    def _switch_to(self, key: str) -> None:
        widget = self.page(key)
        if self.cover is not None:
            return  # locked: the page is shown once the cover goes
        if self.stack.currentWidget() is not widget:
            self.stack.setCurrentWidget(widget)
            self.page_changed.emit(key)

    def when_first_shown(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the window has been shown (soon, if it already has been)."""
        if self._shown_once:
            QTimer.singleShot(0, self, callback)
        else:
            self.first_shown.connect(callback)

    # geometry ----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Restore the saved geometry, moved back on screen if it lies off every screen."""
        geometry = self.ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.ui_state.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        ensure_on_screen(self)

    def save_state(self) -> None:
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.setValue("window/state", self.saveState())
        self.ui_state.sync()

    def set_close_handler(self, handler: Callable[[QCloseEvent], bool]) -> None:
        """``handler(event)`` decides what closing does (e.g. hide to the tray)."""
        self._close_handler = handler

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, self.first_shown.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the geometry; then the close handler decides, else closing quits the app."""
        self.save_state()
        if self._close_handler is not None:
            if self._close_handler(event):
                event.accept()
            return
        event.accept()
        self.quit_requested.emit()

    def bring_to_front(self) -> None:
        """Show, un-minimise and raise the window (a second launch asks for this)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see plain_label
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()


def ensure_on_screen(window: QWidget) -> None:
    """Move ``window`` onto the primary screen when its frame is not on any screen."""
    frame = window.frameGeometry()
    screens = QGuiApplication.screens()
    if any(screen.availableGeometry().intersects(frame) for screen in screens):
        visible = max(
            (screen.availableGeometry().intersected(frame) for screen in screens),
            key=lambda r: r.width() * r.height(),
        )
        if visible.width() >= 100 and visible.height() >= 50:
            return
    primary = QGuiApplication.primaryScreen()
    if primary is None:
        return
    available = primary.availableGeometry()
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    window.resize(width, height)
    window.move(available.x() + (available.width() - width) // 2,
                available.y() + (available.height() - height) // 2)


def plain_label(text: str, name: str) -> QLabel:
    """A styled label for the window's frame (``widgets.common.label`` makes text selectable,
    which touches Qt's enums: about 15 ms that start-up keeps until after the first paint)."""
    widget = QLabel(text)
    widget.setObjectName(name)
    return widget
