"""Asks over time: stacked bars of yes / partly / no / no reply (and dares done) per week,
month or quarter."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QChart, QStackedBarSeries
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from rejection_desktop.services.progress import ProgressSnapshot
from rejection_desktop.ui.widgets.charts.base import ProgressChart, add_axes
from rejection_desktop.ui.widgets.charts.style import (
    count_axis,
    outcome_colour,
    period_axis,
    period_label,
    translate,
)


def outcome_series() -> tuple[tuple[str, str], ...]:
    """Stack order, bottom first: the yeses at the base make "no losing its power" visible."""
    return (("accepted", translate("charts", "Yes")),
            ("partial", translate("charts", "Partly")),
            ("rejected", translate("charts", "No")),
            ("no_reply", translate("charts", "No reply")),
            ("dares_done", translate("charts", "Dares done")))


class TimelineChart(ProgressChart):
    """Stacked bars of asks per period, coloured by outcome."""

    hover_series = QStackedBarSeries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("charts", "Asks over time, by outcome"), parent)

    @classmethod
    def populate(cls, chart: QChart, snapshot: ProgressSnapshot, palette: QPalette) -> None:
        series = QStackedBarSeries()
        series.setBarWidth(0.72)
        for key, name in outcome_series():
            bars = QBarSet(name)
            colour = outcome_colour(key)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append([float(getattr(p, key)) for p in snapshot.timeline])
            series.append(bars)
        x_axis = period_axis(snapshot.period_starts, snapshot.period)
        y_axis = count_axis(max((p.asks for p in snapshot.timeline), default=0))
        add_axes(chart, x_axis, y_axis, series)

    def _on_hovered(self, status: bool, index: int, bars: QBarSet) -> None:
        snapshot = self.snapshot
        if not status or snapshot is None or not 0 <= index < len(snapshot.timeline):
            self.show_tooltip("")
            return
        period = snapshot.timeline[index]
        self.show_tooltip(translate("charts", "{0}: {1} {2} of {3} asks").format(
            period_label(period.start, snapshot.period), int(bars.at(index)), bars.label(),
            period.asks))
