"""Small building blocks shared by pages: cards, headings, empty states."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

SEARCH_WIDTH = 220
"""The least width of a search box, so its hint stays readable in a narrow window."""


def label(text: str, name: str | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel with an object name for styling."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def show_now(widget: QWidget) -> None:
    """Show a widget just added to a layout at once when its parent is on screen.

    Qt shows it only on the next pass of the event loop, so until then the page is laid out,
    painted and clicked without it. Under a hidden parent it is left alone: it then appears
    with the parent (hiding it explicitly would keep it hidden for good).
    """
    parent = widget.parentWidget()
    if parent is not None and parent.isVisible():
        widget.show()


def primary_button(text: str, accessible_name: str | None = None) -> QPushButton:
    """A highlighted button for the main action of a view."""
    button = QPushButton(text)
    button.setObjectName("primary")
    button.setAccessibleName(accessible_name or text.replace("&", ""))
    return button


def button(text: str, accessible_name: str | None = None) -> QPushButton:
    """A plain button with an accessible name."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible_name or text.replace("&", ""))
    return widget


def add_shown(layout: QBoxLayout, widget: QWidget) -> None:
    """Add a row built at run time to ``layout`` so that it shows whenever its page does
    (``show_now``). Never ``setVisible(False)`` it "to match the page": that marks it hidden
    for good, and it stays hidden when the page shows."""
    layout.addWidget(widget)
    show_now(widget)


def scrolled_body(spacing: int, margins: tuple[int, int, int, int] = (0, 0, 8, 0)
                  ) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area that resizes its body; returns it and the body's layout."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return scroll, layout


def scrolling_page(page: QWidget) -> QVBoxLayout:
    """Fill ``page`` with a frameless scroll area; returns the layout of the scrolled body."""
    scroll, layout = scrolled_body(16, (32, 28, 32, 28))
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout


class RowLabel(QLabel):
    """A form row's label: on one line where there is room, wrapped where a longer language
    would not fit beside its field."""

    def __init__(self, text: str, parent: QWidget | None = None, *, max_chars: int = 40
                 ) -> None:
        super().__init__(text, parent)
        self.max_chars = max_chars
        """Wider than about this many characters, the label wraps to leave room to its
        field."""
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        one_line = min(metrics.horizontalAdvance(self.text().replace("&", "")),
                       metrics.horizontalAdvance("x") * self.max_chars)
        margins = self.contentsMargins()
        return QSize(max(hint.width(), one_line + margins.left() + margins.right() + 2),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as its size hint: a form layout gives its label column the labels' size
        hints, so a smaller minimum let the form squeeze the fields past their own minimum."""
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps onto more lines where its row is narrow (a longer
    language, a small screen); where there is room it looks like any check box."""

    FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
             | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """The indicator and the gap before the text."""
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width >= super().sizeHint().width():
            return super().sizeHint().height()  # on one line
        room = max(1, width - self._indent() - 2)
        text = self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), int(self.FLAGS),
                                               self.text())
        return max(super().sizeHint().height(), text.height() + 4)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word)
                       for word in self.text().replace("&", "").split()), default=0)
        return QSize(self._indent() + longest + 4, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option,
                                               self)
        painter.drawItemText(contents, int(self.FLAGS), self.palette(), self.isEnabled(), text,
                             QPalette.ColorRole.WindowText)


class Card(QFrame):
    """A rounded panel with an optional title."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 16, 18, 16)
        self.body.setSpacing(8)
        if title:
            self.title_label = label(title, "sectionTitle", wrap=True)
            self.body.addWidget(self.title_label)


class EmptyState(QWidget):
    """A friendly message in place of an empty list, saying what to do next."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = label(title, "emptyTitle", wrap=True)
        self.text_label = label(text, "muted", wrap=True)
        for widget in (self.title_label, self.text_label):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        self.action_box = QVBoxLayout()
        self.action_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(self.action_box)
        layout.addStretch(2)


class PageHeader(QWidget):
    """A page title with a subtitle line under it."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        self.title_label = label(title, "pageTitle", wrap=True)
        self.subtitle_label = label(subtitle, "pageSubtitle", wrap=True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        self.subtitle_label.setVisible(bool(subtitle))

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))
