"""An honest placeholder for a page whose feature has not landed yet."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from rejection_desktop.ui.widgets.common import EmptyState, PageHeader


class ComingSoonPage(QWidget):
    """Says plainly that the page is not built yet and what it will do."""

    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(PageHeader(title))
        layout.addWidget(EmptyState(self.tr("Coming soon"), promise), 1)
