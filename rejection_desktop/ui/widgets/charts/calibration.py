"""Calibration: the chance of a no the user predicted against how often the no came."""

from __future__ import annotations

from PySide6.QtCharts import QAreaSeries, QChart, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.widgets.charts.base import ProgressChart, add_axes
from rejection_desktop.ui.widgets.charts.style import (
    muted_colour,
    outcome_colour,
    percent_axis,
    translate,
)


def line(points: list[tuple[float, float]], name: str = "") -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.append([QPointF(x, y) for x, y in points])
    return series


class CalibrationChart(ProgressChart):
    """Predicted vs actual chance of a no per prediction bucket, with the perfect diagonal.

    Points under the diagonal are predictions that were gloomier than what happened; the area
    under it is shaded as "better than you feared".
    """

    hover_series = QScatterSeries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("charts",
                                   "Predicted chance of a no against how often it came"), parent)

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        better = QAreaSeries()
        upper, lower = line([(0, 0), (100, 100)]), line([(0, 0), (100, 0)])
        upper.setParent(better)  # the area owns its edges
        lower.setParent(better)
        better.setUpperSeries(upper)
        better.setLowerSeries(lower)
        better.setName(translate("charts", "Better than feared"))
        shade = QColor(outcome_colour("accepted"))
        shade.setAlphaF(0.16)
        better.setBrush(QBrush(shade))
        better.setPen(QPen(Qt.PenStyle.NoPen))

        diagonal = line([(0, 0), (100, 100)], translate("charts", "Exactly right"))
        diagonal.setPen(QPen(muted_colour(palette), 1.5, Qt.PenStyle.DashLine))

        points = [(b.predicted_mean, b.actual_no_rate) for b in snapshot.calibration]
        happened = line(points, translate("charts", "Real no"))
        no_colour = outcome_colour("rejected")
        happened.setPen(QPen(no_colour, 2.5))
        markers = QScatterSeries()
        markers.setName(translate("charts", "Asks per prediction"))
        markers.append([QPointF(x, y) for x, y in points])
        markers.setMarkerSize(10)
        markers.setColor(no_colour)
        markers.setBorderColor(palette.color(QPalette.ColorRole.Base))

        x_axis = percent_axis(translate("charts", "You predicted a no (%)"))
        y_axis = percent_axis(translate("charts", "The no came (%)"))
        add_axes(chart, x_axis, y_axis, better, diagonal, happened, markers)
        for hidden in (diagonal, markers):  # the caption explains the dashed line
            for marker in chart.legend().markers(hidden):
                marker.setVisible(False)

    def _on_hovered(self, point: QPointF, state: bool) -> None:
        snapshot = self.snapshot
        if not state or snapshot is None:
            self.show_tooltip("")
            return
        bucket = min(snapshot.calibration, key=lambda b: abs(b.predicted_mean - point.x())
                     + abs(b.actual_no_rate - point.y()))
        self.show_tooltip(translate("charts",
                                    "Predicted {0}-{1} %: the no came {2} % of the time ({3} asks)")
                          .format(bucket.low, bucket.high, round(bucket.actual_no_rate),
                                  bucket.count))
