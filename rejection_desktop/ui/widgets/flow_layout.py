"""A layout that puts its widgets in a row and wraps them onto more rows when space runs out.

Used for rows of buttons and filters, so a narrow window (800x600) shows every button whole
on two lines instead of cutting their text ("ew challeng") or scrolling the page sideways.
After Qt's flow layout example; each item keeps its size hint (a line edit may stretch to
``stretch_minimum`` wide and grows to fill the rest of its line).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QLineEdit, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line; line edits fill their line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)

    # QLayout -----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self.spacing() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(
                QSize(min(item.sizeHint().width(), 200), item.sizeHint().height()))
        return size

    # layout ------------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if (widget := item.widget()) is None or not widget.isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in lines within ``rect``; returns the height used."""
        spacing = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + spacing + width > rect.width():
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._place_line(line, rect, y, height)
            y += height + spacing
        return max(0, y - spacing - rect.y())

    def _place_line(self, line: list[QLayoutItem], rect: QRect, y: int, height: int) -> None:
        spacing = self.spacing()
        natural = sum(item.sizeHint().width() for item in line) + spacing * (len(line) - 1)
        stretchy = [item for item in line if isinstance(item.widget(), QLineEdit)]
        extra = max(0, rect.width() - natural)
        x = rect.x()
        for item in line:
            width = item.sizeHint().width()
            if item in stretchy:
                width += extra // len(stretchy)
            width = min(width, rect.width())
            top = y + (height - item.sizeHint().height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
            x += width + spacing
