"""Palette-aware chart styling and the period axis shared by the time charts.

Charts follow the widget palette (light or dark) through explicit brushes rather than a
QChart theme, so backgrounds, labels and grid lines match the cards they sit in. Data colours
come from ``ui.theme.OUTCOME_COLOURS``; everything else from palette roles.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QAbstractAxis, QCategoryAxis, QChart, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen

from rejection_desktop.domain.stats.periods import Period
from rejection_desktop.ui.theme import OUTCOME_COLOURS

MAX_TIME_LABELS = 6
"""At most this many dates under a time axis; the rest of the bars go unlabelled."""
PERCENT_MARGIN = 4
"""A 0-100 axis runs from -4 to 104, so a point at 0 or 100 is drawn whole, not on the edge."""
MIN_COUNT_TOP = 5
"""A count axis reaches at least 5: one ask is one small bar, not a full one."""


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "charts" so lupdate extracts it."""


def outcome_colour(key: str) -> QColor:
    """The colour of an outcome ("accepted", "partial", "rejected", "no_reply", ...)."""
    return QColor(OUTCOME_COLOURS[key])


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0-1) of the way towards ``other``."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def text_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def muted_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def grid_colour(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Base), text_colour(palette), 0.12)


def accent_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def new_chart() -> QChart:
    """A chart with no animation, square corners and tight margins."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 4, 18, 2))
    layout = chart.layout()
    if layout is not None:
        layout.setContentsMargins(0, 0, 0, 0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def style_chart(chart: QChart, palette: QPalette) -> None:
    """Background, legend and every axis of ``chart`` in ``palette``'s colours."""
    base = palette.color(QPalette.ColorRole.Base)
    chart.setBackgroundBrush(QBrush(base))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(text_colour(palette)))
    legend = chart.legend()
    legend.setLabelColor(text_colour(palette))
    legend.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    legend.setPen(QPen(Qt.PenStyle.NoPen))
    for axis in chart.axes():
        style_axis(axis, palette)


def style_axis(axis: QAbstractAxis, palette: QPalette) -> None:
    axis.setLabelsBrush(QBrush(text_colour(palette)))
    axis.setTitleBrush(QBrush(muted_colour(palette)))
    axis.setLinePen(QPen(grid_colour(palette), 1))
    axis.setGridLineColor(grid_colour(palette))
    axis.setShadesVisible(False)
    title_font = QFont(axis.titleFont())
    title_font.setBold(False)
    axis.setTitleFont(title_font)


def percent_axis(title: str) -> QValueAxis:
    """A 0-100 axis with ticks every 20 and a little room beyond both ends."""
    axis = QValueAxis()
    axis.setRange(-PERCENT_MARGIN, 100 + PERCENT_MARGIN)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(20)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


def count_axis(highest: int, title: str = "") -> QValueAxis:
    """A 0-based axis of whole numbers that fits ``highest`` with round ticks."""
    axis = QValueAxis()
    top, ticks = nice_count_range(highest)
    axis.setRange(0, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    return axis


def nice_count_range(highest: int, max_ticks: int = 6) -> tuple[int, int]:
    """(top, tick count) for a count axis: whole, round steps; at least 0-5."""
    highest = max(MIN_COUNT_TOP, highest)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        intervals = math.ceil(highest / step)
        if intervals + 1 <= max_ticks:
            return intervals * step, intervals + 1
    step = 10 ** math.ceil(math.log10(highest / (max_ticks - 1)))
    intervals = math.ceil(highest / step)
    return intervals * step, intervals + 1


def period_label(start: date, period: Period, locale: QLocale | None = None) -> str:
    """A short name for the week, month or quarter beginning on ``start``."""
    locale = locale or QLocale()
    qdate = QDate(start.year, start.month, start.day)
    if period == "week":
        return locale.toString(qdate, translate("charts", "d MMM"))
    if period == "month":
        return locale.toString(qdate, translate("charts", "MMM yy"))
    return translate("charts",
                     "Q{0} {1}").format((start.month - 1) // 3 + 1, locale.toString(qdate, "yy"))


def period_axis(starts: Sequence[date], period: Period,
                max_labels: int = MAX_TIME_LABELS) -> QCategoryAxis:
    """An x axis for bars at positions 0..n-1 with a readable subset of period names.

    The newest period is always labelled; older labels are spaced evenly back from it.
    """
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    count = len(starts)
    axis.setRange(-0.5, max(0, count - 1) + 0.5)
    axis.setGridLineVisible(False)
    if not count:
        return axis
    step = max(1, math.ceil(count / max_labels))
    locale = QLocale()
    for index in range((count - 1) % step, count, step):
        axis.append(period_label(starts[index], period, locale), index)
    return axis
