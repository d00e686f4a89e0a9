"""Expected vs felt badness: paired bars grouped by how bad the ask was expected to feel."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.widgets.charts.base import ProgressChart, add_axes
from rejection_desktop.ui.widgets.charts.style import (
    accent_colour,
    muted_colour,
    percent_axis,
    translate,
)


def band_label(low: int, high: int) -> str:
    return f"{low}\u2013{high}"


class BadnessChart(ProgressChart):
    """For asks expected to feel 0-19, 20-39, ... bad: how bad they were expected and felt."""

    hover_series = QBarSeries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("charts",
                                   "How bad you expected a no to feel against how it felt"), parent)

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        bands = snapshot.badness_bands
        series = QBarSeries()
        series.setBarWidth(0.7)
        for name, colour, values in (  # neutral: an outcome's red or green would judge the bars
            (translate("charts", "Expected"), muted_colour(palette),
             [b.mean_expected for b in bands]),
            (translate("charts", "Felt"), accent_colour(palette), [b.mean_actual for b in bands]),
        ):
            bars = QBarSet(name)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append(values)
            series.append(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append([band_label(b.low, b.high) for b in bands])
        x_axis.setTitleText(translate("charts", "Expected to feel this bad"))
        x_axis.setGridLineVisible(False)
        x_axis.setTruncateLabels(False)
        y_axis = percent_axis(translate("charts", "Badness (0-100)"))
        add_axes(chart, x_axis, y_axis, series)

    def _on_hovered(self, status: bool, index: int, bars: QBarSet) -> None:
        snapshot = self.snapshot
        if not status or snapshot is None or not 0 <= index < len(snapshot.badness_bands):
            self.show_tooltip("")
            return
        band = snapshot.badness_bands[index]
        self.show_tooltip(translate("charts",
                                    "Expected {0}, felt {1} on average ({2} asks)").format(
            round(band.mean_expected), round(band.mean_actual), band.count))
