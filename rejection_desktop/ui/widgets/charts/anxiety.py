"""Anxiety before and after asks, averaged per week, month or quarter."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QLineSeries
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.widgets.charts.base import ProgressChart, add_axes
from rejection_desktop.ui.widgets.charts.style import (
    outcome_colour,
    percent_axis,
    period_axis,
    translate,
)


class AnxietyChart(ProgressChart):
    """Two lines over the range's periods: mean anxiety right before and right after asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("charts",
                                   "Anxiety before and after your asks over time"), parent)

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        position = {start: i for i, start in enumerate(snapshot.period_starts)}
        x_axis = period_axis(snapshot.period_starts, snapshot.period)
        y_axis = percent_axis(translate("charts", "Anxiety (0-100)"))
        lines = []
        for name, colour_key, attribute in (
            (translate("charts", "Before the ask"), "partial", "mean_before"),
            (translate("charts", "After the ask"), "accepted", "mean_after"),
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(outcome_colour(colour_key), 2.5))
            series.setPointsVisible(len(snapshot.period_starts) <= 30)
            series.append([
                QPointF(position[p.start], getattr(p, attribute))
                for p in snapshot.anxiety_trend
                if getattr(p, attribute) is not None and p.start in position
            ])
            lines.append(series)
        add_axes(chart, x_axis, y_axis, *lines)
