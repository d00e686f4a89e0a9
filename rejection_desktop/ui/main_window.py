"""The main window: sidebar navigation, the pages, menus and shortcuts, saved geometry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop import APP_NAME
from rejection_desktop.context import AppContext
from rejection_desktop.ui.widgets.banner import Banner
from rejection_desktop.ui.widgets.common import label

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    """A page in the sidebar, built on first use."""

    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """The window people open every day."""

    page_changed = Signal(str)
    quit_requested = Signal()
    first_shown = Signal()
    """Emitted once, the first time the window is shown (also when the app started hidden)."""

    def __init__(self, context: AppContext, ui_state: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self._ui_state = ui_state
        self._pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = []
        self.page_actions: list[QAction] = []
        self._shown_once = False
        self._close_handler: Callable[[QCloseEvent], bool] | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(820, 560)

        central = QWidget()
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 12)
        side.addWidget(label(self.tr("Rejection\nDesktop"), "appTitle"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        side.addWidget(self.navigation, 1)
        self.footer = label(self.tr("Self-help, not therapy."), "muted", wrap=True)
        self.footer.setContentsMargins(16, 0, 16, 0)
        side.addWidget(self.footer)
        root.addWidget(sidebar)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        self.banner = Banner()
        content_layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        content_layout.addWidget(self.stack, 1)
        root.addWidget(content, 1)
        self.setCentralWidget(central)

    # pages -----------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        """Register a page; it is built the first time it is shown."""
        self._specs.append(PageSpec(key, title, build))
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        index = len(self._specs)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self.addAction(action)
        self.page_actions.append(action)

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built now if needed."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            widget = spec.build()
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def set_badge(self, key: str, count: int) -> None:
        """Show ``count`` next to a page's name in the sidebar (hidden when 0)."""
        row = self.page_keys().index(key)
        title = self._specs[row].title
        item = self.navigation.item(row)
        item.setText(f"{title}   ({count})" if count else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("{0}, {1} missed reminders").format(title, count) if count else title)

    def page_keys(self) -> list[str]:
        """Every registered page key, in sidebar order."""
        return [spec.key for spec in self._specs]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_page_key(self) -> str:
        item = self.navigation.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_page(self, key: str) -> QWidget:
        """Switch to page ``key`` (and select it in the sidebar)."""
        row = self.page_keys().index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return self.page(key)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        widget = self.page(spec.key)
        self.stack.setCurrentWidget(widget)
        self.page_changed.emit(spec.key)

    # geometry ----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Restore the saved geometry, moved back on screen if it lies off every screen."""
        geometry = self._ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self._ui_state.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        ensure_on_screen(self)

    def save_state(self) -> None:
        self._ui_state.setValue("window/geometry", self.saveGeometry())
        self._ui_state.setValue("window/state", self.saveState())
        self._ui_state.sync()

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
