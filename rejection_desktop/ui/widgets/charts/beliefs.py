"""Beliefs over time: how strongly each belief was held, one line per belief, and a caption
naming the asks that tested it."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from rejection_desktop.services.beliefs import BeliefSummary
from rejection_desktop.ui.journal_format import outcome_label
from rejection_desktop.ui.widgets.charts.base import CHART_HEIGHT
from rejection_desktop.ui.widgets.charts.style import (
    new_chart,
    percent_axis,
    style_chart,
)

MAX_LINES = 6
"""More lines than this would be unreadable: the most recently rated beliefs are drawn."""

LINE_COLOURS = ("#4a7fb0", "#c8553d", "#3a9d5d", "#d49a2a", "#8a5fb0", "#2f9c9c")


translate = QCoreApplication.translate


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def belief_caption(summaries: Sequence[BeliefSummary]) -> str:
    """What the lines show, in plain words: first and latest rating, and the asks that tested
    each belief (never a claim beyond the user's own ratings)."""
    if not summaries:
        return translate(
            "BeliefsChart",
            "When you plan an ask, you can write what a no would mean about you and how "
            "much you believe it. Each belief then shows here with every re-rating.",
        )
    lines = []
    for summary in summaries:
        asked = [f"{a.title} ({outcome_label(a.outcome)})" for a in summary.asks[-3:]]
        if summary.first is None or summary.latest is None:
            rated = translate("BeliefsChart", "not rated yet")
        elif len(summary.ratings) == 1:
            rated = translate("BeliefsChart", "rated {0}/100").format(summary.first)
        else:
            rated = translate("BeliefsChart", "{0}/100 at first, {1}/100 most recently").format(
                summary.first, summary.latest
            )
        line = translate("BeliefsChart", "\u201c{0}\u201d: {1}.").format(summary.text, rated)
        if summary.asks:
            line += " " + (
                translate("BeliefsChart", "Tested by 1 ask: {0}.")
                if len(summary.asks) == 1
                else translate("BeliefsChart", "Tested by {1} asks, most recently: {0}.")
            ).format("; ".join(asked), len(summary.asks))
        if summary.fairer:
            line += " " + translate("BeliefsChart", "Your fairer version: \u201c{0}\u201d").format(
                summary.fairer
            )
        lines.append(line)
    return "\n".join(lines)


class BeliefChart(QChartView):
    """One line per belief: its ratings (0-100) over time, before asks, after them and in
    weekly reviews."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            translate("BeliefsChart", "How strongly you believed each thought over time")
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summaries: list[BeliefSummary] = []

    def show_beliefs(self, summaries: Sequence[BeliefSummary]) -> None:
        self.summaries = [s for s in summaries if s.ratings][:MAX_LINES]
        self._rebuild()

    def lines(self) -> list[QLineSeries]:
        """The series drawn (for tests and the accessible description)."""
        return [s for s in self.chart().series() if isinstance(s, QLineSeries)]

    def _rebuild(self) -> None:
        chart = new_chart()
        palette = self.palette()
        self.populate(chart, self.summaries)
        style_chart(chart, palette)
        old = self.chart()
        self.setChart(chart)
        shiboken6.delete(old)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))

    @staticmethod
    def populate(chart: QChart, summaries: Sequence[BeliefSummary]) -> None:
        if not summaries:
            return
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        instants = [p.rated_at for s in summaries for p in s.ratings]
        first, last = min(instants), max(instants)
        if first == last:
            first = first.replace(hour=0, minute=0)
            last = first.replace(hour=23, minute=59)
        x_axis.setRange(
            QDateTime.fromSecsSinceEpoch(int(first.timestamp())),
            QDateTime.fromSecsSinceEpoch(int(last.timestamp())),
        )
        x_axis.setTickCount(5)
        y_axis = percent_axis(translate("BeliefsChart", "Belief (0-100)"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for index, summary in enumerate(summaries):
            series = QLineSeries()
            series.setName(short(summary.text))
            series.setPen(QPen(QColor(LINE_COLOURS[index % len(LINE_COLOURS)]), 2.5))
            series.setPointsVisible(True)
            series.append(
                [QPointF(p.rated_at.timestamp() * 1000.0, p.rating) for p in summary.ratings]
            )
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._rebuild()
        super().changeEvent(event)
