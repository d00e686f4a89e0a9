"""Ladder progress per category: the hardest rung tried and the hardest rung done."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.models.challenge_model import category_label
from rejection_desktop.ui.widgets.charts.base import ProgressChart, add_axes
from rejection_desktop.ui.widgets.charts.style import accent_colour, mix, percent_axis, translate


class LadderChart(ProgressChart):
    """Horizontal bars per category on the 0-100 distress scale of the ladder."""

    hover_series = QHorizontalBarSeries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("charts",
                                   "How far up the ladder you climbed in each category"), parent)

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        rows = list(reversed(snapshot.ladder))  # the first category ends up on top
        accent = accent_colour(palette)
        series = QHorizontalBarSeries()
        series.setBarWidth(0.75)
        for name, colour, values in (
            (translate("charts",
                       "Hardest rung done"), accent, [float(r.highest_done or 0) for r in rows]),
            (translate("charts", "Hardest rung tried"),
             mix(accent, palette.color(QPalette.ColorRole.Base), 0.55),
             [float(r.highest_tried) for r in rows]),
        ):
            bars = QBarSet(name)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append(values)
            series.append(bars)
        y_axis = QBarCategoryAxis()
        y_axis.append([category_label(r.category) for r in rows])
        y_axis.setGridLineVisible(False)
        y_axis.setTruncateLabels(False)
        x_axis = percent_axis(translate("charts", "Distress of the rung"))
        add_axes(chart, x_axis, y_axis, series)

    def _on_hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        snapshot = self.snapshot
        rows = [] if snapshot is None else list(reversed(snapshot.ladder))
        if not status or not 0 <= index < len(rows):
            self.show_tooltip("")
            return
        row = rows[index]
        self.show_tooltip(translate("charts",
                                    "{0}: {1} asks on {2} challenges, {3} rungs done").format(
            category_label(row.category), row.asks, row.rungs_tried, row.rungs_done))
