"""The base of every Progress chart: built from a snapshot, styled by the palette, exportable."""

from __future__ import annotations

from typing import ClassVar

import shiboken6
from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QChart, QChartView
from PySide6.QtCore import QEvent, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGraphicsScene, QSizePolicy, QToolTip, QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.widgets.charts.style import new_chart, style_chart

CHART_HEIGHT = 280


def add_axes(chart: QChart, x_axis: QAbstractAxis, y_axis: QAbstractAxis,
             *series: QAbstractSeries) -> None:
    """Put ``x_axis`` at the bottom and ``y_axis`` on the left; add and attach each series."""
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        chart.addSeries(one)
        one.attachAxis(x_axis)
        one.attachAxis(y_axis)


class ProgressChart(QChartView):
    """A QChartView whose content comes from ``populate(chart, snapshot, palette)``.

    Subclasses implement ``populate`` as a classmethod so the PDF report can draw the same
    chart without a view (``render_offscreen``). The view repopulates itself when the palette
    changes, so a theme switch recolours data series as well as axes.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.snapshot: ProgressSnapshot | None = None

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        """Fill an empty ``chart`` with the series and axes for ``snapshot``."""
        raise NotImplementedError

    def show_snapshot(self, snapshot: ProgressSnapshot) -> None:
        """Rebuild the chart from ``snapshot``."""
        self.snapshot = snapshot
        self._rebuild()

    def _rebuild(self) -> None:
        """Swap in a freshly populated chart and delete the old one at once.

        A new chart rather than removing series and axes: QtCharts deletes removed axes' items
        later, so a grab or export before the event loop runs would show old and new labels.
        """
        chart = new_chart()
        palette = self.palette()
        if self.snapshot is not None:
            self.populate(chart, self.snapshot, palette)
            self.connect_tooltips(chart)
        style_chart(chart, palette)
        old = self.chart()
        self.setChart(chart)
        shiboken6.delete(old)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))

    hover_series: ClassVar[type[QAbstractSeries] | None] = None
    """Series of this type get their ``hovered`` signal connected to ``_on_hovered``."""

    def connect_tooltips(self, chart: QChart) -> None:
        """Hook the hover signals of the fresh series (when the chart has tooltips)."""
        if self.hover_series is None:
            return
        for series in chart.series():
            if isinstance(series, self.hover_series):
                series.hovered.connect(self._on_hovered)  # type: ignore[attr-defined]

    def show_tooltip(self, text: str) -> None:
        """Show ``text`` at the mouse (hide the tooltip when empty)."""
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._rebuild()
        super().changeEvent(event)

    def paint_into(self, painter: QPainter, target: QRectF) -> None:
        """Draw the chart as shown into ``target`` (for PNG export)."""
        self.render(painter, target, self.viewport().rect())

    @classmethod
    def render_offscreen(cls, painter: QPainter, target: QRectF, snapshot: ProgressSnapshot,
                         palette: QPalette) -> None:
        """Draw this kind of chart for ``snapshot`` into ``target`` without any view."""
        scene = QGraphicsScene()
        chart = new_chart()
        scene.addItem(chart)
        cls.populate(chart, snapshot, palette)
        style_chart(chart, palette)
        chart.resize(QSizeF(target.width(), target.height()))
        source = QRectF(0, 0, target.width(), target.height())
        painter.fillRect(target, palette.color(QPalette.ColorRole.Base))
        scene.render(painter, target, source)
        scene.removeItem(chart)
        chart.deleteLater()
        scene.deleteLater()
