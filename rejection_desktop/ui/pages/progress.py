"""The Progress page: courage first, then what the user's own predictions and outcomes show.

Everything on it comes from one ``ProgressSnapshot`` (services/progress.py) for the chosen range.
The page refreshes when the service reports a change, at once if it is visible, otherwise the
next time it is shown. Each chart can be saved as a PNG; the whole page as a PDF report, drawn
as a job (a few charts per event-loop turn, with progress and Cancel under the toolbar).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rejection_desktop.domain.stats.periods import RangePreset
from rejection_desktop.domain.text import shorten
from rejection_desktop.services.container import Services
from rejection_desktop.services.jobs import Job, JobBusyError, JobState
from rejection_desktop.services.progress import (
    DEFAULT_RANGE,
    RANGE_PRESETS,
    ProgressService,
    ProgressSnapshot,
)
from rejection_desktop.services.weekly_review import ReviewRecord
from rejection_desktop.ui.dialogs.weekly_review import short_vary
from rejection_desktop.ui.theme import light_palette
from rejection_desktop.ui.widgets.charts import captions
from rejection_desktop.ui.widgets.charts.anxiety import AnxietyChart
from rejection_desktop.ui.widgets.charts.badness import BadnessChart
from rejection_desktop.ui.widgets.charts.base import ProgressChart
from rejection_desktop.ui.widgets.charts.beliefs import BeliefChart, belief_caption
from rejection_desktop.ui.widgets.charts.calibration import CalibrationChart
from rejection_desktop.ui.widgets.charts.export import (
    Draw,
    ExportError,
    Figure,
    Look,
    Report,
    pdf_slices,
    save_png,
    write_pdf,
)
from rejection_desktop.ui.widgets.charts.heatmap import (
    CalendarHeatmap,
    HeatmapData,
    draw_heatmap,
    geometry_for,
)
from rejection_desktop.ui.widgets.charts.ladder import LadderChart
from rejection_desktop.ui.widgets.charts.timeline import TimelineChart
from rejection_desktop.ui.widgets.common import (
    Card,
    EmptyState,
    PageHeader,
    button,
    label,
    primary_button,
)
from rejection_desktop.ui.widgets.date_fields import date_text
from rejection_desktop.ui.widgets.flow_layout import FlowLayout
from rejection_desktop.ui.widgets.job_panel import JobPanel

log = logging.getLogger(__name__)

MAX_REVIEWS_LISTED = 8
"""Older weekly reviews are counted here and read in the journal."""
TWO_COLUMNS_FROM = 780
"""Content width (px) from which the smaller charts sit side by side."""


@dataclass(frozen=True)
class ChartSpec:
    """A chart on the page: its key, title, caption and how to draw it for the report."""

    key: str
    title: str
    caption: Callable[[ProgressSnapshot], str]
    wide: bool  # spans both columns


class ChartCard(Card):
    """A card with a title, a "Save as PNG" button, the chart and its caption."""

    def __init__(self, spec: ChartSpec, chart: ProgressChart | CalendarHeatmap,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.spec = spec
        self.chart = chart
        header = QHBoxLayout()
        self.title_label = label(spec.title, "sectionTitle", wrap=True)
        header.addWidget(self.title_label, 1)
        self.save_button = button(self.tr("Save as PNG…"),
                                  self.tr("Save the chart {0} as a PNG image").format(spec.title))
        self.save_button.setToolTip(self.tr("Save this chart, with its caption, as an image"))
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(header)
        self.body.addWidget(chart, 1)
        self.caption = label("", "caption", wrap=True)
        self.body.addWidget(self.caption)

    def figure(self) -> Figure:
        """The chart as shown, for a PNG."""
        widget = self.chart
        return Figure(self.spec.title, self.caption.text(),
                      lambda painter, rect, _palette: widget.paint_into(painter, rect))


class StatTile(QWidget):
    """A big number with a short label under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.number = label("0", "bigNumber")
        self.name = label(name, "muted", wrap=True)
        layout.addWidget(self.number)
        layout.addWidget(self.name)
        layout.addStretch(1)

    def set_value(self, value: str, name: str | None = None) -> None:
        self.number.setText(value)
        if name is not None:
            self.name.setText(name)
        self.setAccessibleName(f"{self.name.text()}: {value}")


BELIEF_CHARS = 36
"""A belief's words in the list of saved reviews, cut to this many characters."""


def review_line(record: ReviewRecord) -> str:
    """One saved review in the list: its day, what to vary and the belief re-ratings."""
    vary = QCoreApplication.translate("ProgressPage", "Vary: {0}").format(short_vary(record.vary))
    parts = [date_text(record.saved_on), vary]
    if record.ratings:
        parts.append("; ".join(
            f"\u201c{shorten(r.text, BELIEF_CHARS)}\u201d "
            + (f"{r.previous} \u2192 {r.rating}" if r.previous is not None else f"{r.rating}")
            for r in record.ratings))
    return " · ".join(parts)


class ProgressPage(QWidget):
    """Courage, predictions against outcomes, and the charts, for a chosen range."""

    review_requested = Signal()
    """"Weekly review…": start (or go on with) this week's review."""
    show_review_requested = Signal(int)
    """Open a saved review, read-only."""

    def __init__(self, services: Services, progress: ProgressService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._progress = progress
        self.preset: RangePreset = DEFAULT_RANGE
        self.snapshot: ProgressSnapshot | None = None
        self._dirty = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 12)
        outer.setSpacing(8)
        self.header = PageHeader(self.tr("Progress"))
        outer.addWidget(self.header)
        self.toolbar = QWidget()
        self.toolbar.setLayout(self._build_toolbar())
        outer.addWidget(self.toolbar)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content = QWidget()
        self.scroll_area.setWidget(self.content)
        self.stack.addWidget(self.scroll_area)
        self.new_user_state = EmptyState(
            self.tr("Your progress will show here"),
            self.tr("Log your first ask on the Today page, whatever the answer. From then on "
                    "this page shows what your own notes say: how often the no really comes, "
                    "how much it really hurts, and how far you have climbed."))
        self.stack.addWidget(self.new_user_state)
        self.empty_range_state = EmptyState(self.tr("No asks in this range"), "")
        self.show_all_button = primary_button(self.tr("Show all time"))
        self.show_all_button.clicked.connect(lambda: self.set_range("all"))
        self.empty_range_state.action_box.addWidget(self.show_all_button)
        self.stack.addWidget(self.empty_range_state)

        self._build_content()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        progress.progress_changed.connect(self._on_progress_changed)
        services.jobs.busy_changed.connect(self._update_pdf_button)
        services.beliefs.beliefs_changed.connect(self._on_progress_changed)
        services.settings.setting_changed.connect(
            lambda key, _value: self._on_progress_changed() if key == "weekly_review_day" else None)

    # building ----------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        choices = QWidget()
        flow = FlowLayout(choices, spacing=6)  # wraps when the words are longer
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[RangePreset, QPushButton] = {}
        names = {"4w": self.tr("4 weeks"), "3m": self.tr("3 months"), "1y": self.tr("Year"),
                 "all": self.tr("All time")}
        for preset in RANGE_PRESETS:
            range_button = button(names[preset], self.tr("Show {0}").format(names[preset]))
            range_button.setCheckable(True)
            range_button.setChecked(preset == self.preset)
            range_button.clicked.connect(lambda _=False, p=preset: self.set_range(p))
            self.range_group.addButton(range_button)
            self.range_buttons[preset] = range_button
            flow.addWidget(range_button)
        row.addWidget(choices, 3)
        self.panel = JobPanel()  # in the toolbar: showing it does not move the charts
        row.addWidget(self.panel, 2)
        self.pdf_button = button(self.tr("Export report (PDF)…"),
                                 self.tr("Export the progress report as a PDF"))
        self.pdf_button.setToolTip(self.tr("A PDF with every chart and caption, to keep or to "
                                           "share with a therapist or friend"))
        self.pdf_button.clicked.connect(self._ask_export_pdf)
        flow.addWidget(self.pdf_button)
        return row

    def _build_content(self) -> None:
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 4, 8, 16)
        layout.setSpacing(16)

        self.courage_card = Card(self.tr("What you did"))
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        self.asks_tile = StatTile(self.tr("asks made"))
        self.tested_tile = StatTile(self.tr("predictions tested"))
        self.variety_tile = StatTile(self.tr("different challenges"))
        for tile in (self.asks_tile, self.tested_tile, self.variety_tile):
            tiles.addWidget(tile, 1)
        self.courage_card.body.addLayout(tiles)
        self.courage_caption = label("", "caption", wrap=True)
        self.courage_card.body.addWidget(self.courage_caption)
        layout.addWidget(self.courage_card)

        self.evidence_card = Card(self.tr("What you found out"))
        self.prediction_line = label("", wrap=True)
        self.disproved_line = label("", wrap=True)
        for line in (self.prediction_line, self.disproved_line):
            line.setStyleSheet("font-size: 13pt;")
            self.evidence_card.body.addWidget(line)
        layout.addWidget(self.evidence_card)

        self.beliefs_card = Card(self.tr("The thoughts behind the fear"))
        self.belief_chart = BeliefChart()
        self.beliefs_card.body.addWidget(self.belief_chart)
        self.beliefs_caption = label("", "caption", wrap=True)
        self.beliefs_card.body.addWidget(self.beliefs_caption)
        layout.addWidget(self.beliefs_card)
        layout.addWidget(self._reviews_card())

        self.specs = [
            ChartSpec("timeline", self.tr("Asks over time"), captions.timeline_caption, True),
            ChartSpec("calendar", self.tr("Days you asked"),
                      lambda s: captions.heatmap_caption(s, self.heatmap.data.is_cut,
                                                         self._show_streak()), True),
            ChartSpec("calibration", self.tr("Forecast and reality"),
                      captions.calibration_caption, False),
            ChartSpec("badness", self.tr("How much it hurt"),
                      captions.badness_caption, False),
            ChartSpec("anxiety", self.tr("Anxiety around asks"),
                      captions.anxiety_caption, True),
            ChartSpec("ladder", self.tr("Ladder by category"),
                      captions.ladder_caption, True),
        ]
        self.heatmap = CalendarHeatmap()
        self.charts: dict[str, ProgressChart | CalendarHeatmap] = {
            "timeline": TimelineChart(),
            "calendar": self.heatmap,
            "calibration": CalibrationChart(),
            "badness": BadnessChart(),
            "anxiety": AnxietyChart(),
            "ladder": LadderChart(),
        }
        self.cards: dict[str, ChartCard] = {}
        for spec in self.specs:
            card = ChartCard(spec, self.charts[spec.key])
            card.save_button.clicked.connect(lambda _=False, k=spec.key: self._ask_save_png(k))
            self.cards[spec.key] = card
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._columns = 0
        self._place_cards(2)
        self.scroll_area.viewport().installEventFilter(self)

    def _reviews_card(self) -> Card:
        """Past weekly reviews, newest first; each opens read-only."""
        self.reviews_card = Card()
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Weekly reviews"), "sectionTitle"), 1)
        self.review_button = button(self.tr("&Weekly review…"),
                                    self.tr("Start this week's review"))
        self.review_button.clicked.connect(self.review_requested)
        header.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        self.reviews_card.body.addLayout(header)
        self.reviews_box = QWidget()
        self.reviews_box.setAccessibleName(self.tr("Past weekly reviews"))
        self.reviews_rows = QVBoxLayout(self.reviews_box)
        self.reviews_rows.setContentsMargins(0, 0, 0, 0)
        self.reviews_rows.setSpacing(4)
        self.reviews_card.body.addWidget(self.reviews_box)
        self.review_lines: list[tuple[QLabel, QPushButton]] = []
        """Each listed review: its line and its "Open" button."""
        self.reviews_caption = label("", "caption", wrap=True)
        self.reviews_card.body.addWidget(self.reviews_caption)
        return self.reviews_card

    def _show_reviews(self) -> None:
        reviews = self._services.weekly_review.reviews(MAX_REVIEWS_LISTED)
        while self.reviews_rows.count():
            item = self.reviews_rows.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()  # gone from the screen now, not at the next event-loop turn
                old.deleteLater()
        self.review_lines = []
        for record in reviews:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            line = label(review_line(record), wrap=True)
            open_button = button(self.tr("Open"), self.tr("Open the review of {0}").format(
                date_text(record.saved_on)))
            open_button.clicked.connect(
                lambda _=False, i=record.id: self.show_review_requested.emit(i))
            layout.addWidget(line, 1)
            layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
            self.reviews_rows.addWidget(row)
            self.review_lines.append((line, open_button))
        self.reviews_box.setVisible(bool(reviews))
        day = self._services.settings.get("weekly_review_day")
        if reviews:
            text = (self.tr("Each review re-rates your beliefs: those ratings are points in "
                            "the chart above.") if self.beliefs_card.isVisibleTo(self)
                    else self.tr("Each review re-rates the beliefs your plans name."))
            older = self._services.weekly_review.review_count() - len(reviews)
            if older > 0:
                text += " " + self.tr("%n older reviews are in your journal.", "", older)
        elif day is not None and day >= 0:
            text = self.tr("No review yet. Your review day is {0}; you can also start one "
                           "now.").format(QLocale().dayName(day + 1))
        else:
            text = self.tr("No review yet. Once a week, look back at your asks and choose "
                           "what to vary next. Choose a review day in Settings for a "
                           "reminder.")
        self.reviews_caption.setText(text)

    def _place_cards(self, columns: int) -> None:
        """Lay the chart cards out in one or two columns (wide charts span both)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        row = column = 0
        for spec in self.specs:
            card = self.cards[spec.key]
            if spec.wide or columns == 1:
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(card, row, 0, 1, columns)
                row += 1
            else:
                self.grid.addWidget(card, row, column)
                column += 1
                if column == columns:
                    row, column = row + 1, 0
        for index in range(2):
            self.grid.setColumnStretch(index, 1 if index < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            width = self.scroll_area.viewport().width()
            self._place_cards(2 if width >= TWO_COLUMNS_FROM else 1)
        return super().eventFilter(watched, event)

    # filling -----------------------------------------------------------------------------------
    def set_range(self, preset: RangePreset) -> None:
        """Show range ``preset`` ("4w", "3m", "1y" or "all")."""
        self.preset = preset
        self.range_buttons[preset].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the snapshot for the current range and show it."""
        self._dirty = False
        snapshot = self._progress.snapshot(self.preset)
        self.snapshot = snapshot
        self._update_pdf_button()
        self.toolbar.setVisible(not snapshot.is_new_user)
        if snapshot.is_new_user:
            self.header.set_subtitle(self.tr("What your own asks show, once you start."))
            self.stack.setCurrentWidget(self.new_user_state)
            return
        self.header.set_subtitle(captions.range_title(snapshot))
        if snapshot.is_empty:
            self.empty_range_state.title_label.setText(self.tr("No asks {0}").format(
                captions.range_phrase(snapshot)))
            self.empty_range_state.text_label.setText(self.tr(
                "Your earlier asks are still here: choose a longer range to see them. "
                "One small ask today starts this range again."))
            self.show_all_button.setVisible(snapshot.preset != "all")
            self.stack.setCurrentWidget(self.empty_range_state)
            return
        self.stack.setCurrentWidget(self.scroll_area)
        self._show_courage(snapshot)
        self._show_beliefs()
        self._show_reviews()
        self.prediction_line.setText(captions.prediction_headline(snapshot))
        self.disproved_line.setText(captions.disproved_headline(snapshot))
        self.heatmap.set_data(HeatmapData(snapshot.daily, snapshot.start, snapshot.end,
                                          snapshot.end))
        for chart in self.charts.values():
            if isinstance(chart, ProgressChart):
                chart.show_snapshot(snapshot)
        for spec in self.specs:
            text = spec.caption(snapshot)
            self.cards[spec.key].caption.setText(text)
            self.charts[spec.key].setAccessibleDescription(text)

    def _update_pdf_button(self, *_args: object) -> None:
        idle = self._services.jobs.active is None
        self.pdf_button.setEnabled(idle and self.snapshot is not None
                                   and not self.snapshot.is_empty)

    def _show_courage(self, snapshot: ProgressSnapshot) -> None:
        courage = snapshot.courage
        number = QLocale().toString
        self.asks_tile.set_value(number(courage.asks_made))
        self.tested_tile.set_value(number(courage.predictions_tested))
        self.variety_tile.set_value(number(courage.challenges_tried))
        self.courage_caption.setText(captions.courage_caption(snapshot))

    def _show_streak(self) -> bool:
        return bool(self._services.settings.get("show_streak"))

    def _show_beliefs(self) -> None:
        """Every active belief over the whole journal (a belief outlives any range)."""
        summaries = self._services.beliefs.summaries()
        self.belief_chart.show_beliefs(summaries)
        self.belief_chart.setVisible(any(s.ratings for s in summaries))
        text = belief_caption(summaries)
        self.beliefs_caption.setText(text)
        self.belief_chart.setAccessibleDescription(text)

    def _on_progress_changed(self) -> None:
        if self.isVisible():
            self._refresh_timer.start(0)
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # exports -----------------------------------------------------------------------------------
    def _default_path(self, name: str, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{name}-{date.today().isoformat()}.{suffix}"

    def _ask_save_png(self, key: str) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"),
            str(self._default_path(f"progress-{key}", "png")), self.tr("PNG images (*.png)"))
        if chosen:
            self._report_export(lambda: self.export_chart_png(key, Path(chosen)))

    def _ask_export_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export progress report"),
            str(self._default_path("progress-report", "pdf")), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        job = self.pdf_job(Path(chosen))
        self.panel.watch(job)
        job.finished.connect(lambda: self._pdf_ended(job) if isValid(self) else None,
                             Qt.ConnectionType.SingleShotConnection)  # not once gone; then it goes
        try:
            self._services.jobs.start(job)
        except JobBusyError as exc:
            job.finished.disconnect()
            self.panel.progress_row.hide()
            QMessageBox.warning(self, self.tr("Could not export"), str(exc))

    def _pdf_ended(self, job: Job) -> None:
        if job.state is JobState.SUCCEEDED:
            self._saved(job.result)
        elif job.state is JobState.CANCELLED:
            self.panel.show_result(self.tr("Stopped. No report was saved."))
        else:
            self._failed(job.error)

    def _report_export(self, export: Callable[[], Path]) -> None:
        try:
            path = export()
        except (ExportError, OSError) as exc:
            self._failed(exc)
            return
        self._saved(path)

    def _saved(self, path: Path) -> None:
        log.info("progress export saved")
        self.panel.show_result(self.tr("Saved {0}").format(path.name), path)

    def _failed(self, exc: BaseException | None) -> None:
        log.warning("progress export failed: %s", exc)
        self.panel.hide()
        text = str(exc) if isinstance(exc, (ExportError, OSError)) else self.tr(
            "The report could not be drawn ({0}); the details are in the log file.").format(
            type(exc).__name__)
        QMessageBox.warning(self, self.tr("Could not export"), text)

    def export_chart_png(self, key: str, path: Path) -> Path:
        """Save chart ``key`` as shown (title, chart, caption) to ``path`` (.png added)."""
        path = path if path.suffix.lower() == ".png" else path.with_suffix(".png")
        card = self.cards[key]
        save_png(path, card.figure(), card.chart.size(), Look(card.chart.palette(), self.font()))
        log.info("chart %s exported as PNG", key)
        return path

    def export_pdf(self, path: Path) -> Path:
        """Write the whole page for the current range as a PDF report to ``path`` at once."""
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        snapshot = self.snapshot or self._progress.snapshot(self.preset)
        write_pdf(path, self.report(snapshot), Look(light_palette(), self.font()))
        log.info("progress report exported as PDF")
        return path

    def pdf_job(self, path: Path) -> Job:
        """A job drawing the PDF report of the current range, chart by chart in short turns of
        the event loop; its result is the path written (``.pdf`` added)."""
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        snapshot = self.snapshot or self._progress.snapshot(self.preset)
        report, look = self.report(snapshot), Look(light_palette(), self.font())
        return Job(self.tr("the report"), lambda steps: pdf_slices(path, report, look, steps),
                   on_gui_thread=True, uses_journal=False)

    def report(self, snapshot: ProgressSnapshot) -> Report:
        """The PDF's content for ``snapshot``: headlines, then every chart with its caption."""
        courage = snapshot.courage
        headlines = [
            self.tr("What you did: {0}, {1} predictions tested, {2} different challenges.")
            .format(captions.asks(courage.asks_made), courage.predictions_tested,
                    courage.challenges_tried),
            captions.prediction_headline(snapshot),
            captions.disproved_headline(snapshot),
        ]
        heat = HeatmapData(snapshot.daily, snapshot.start, snapshot.end, None)
        font = QFont(self.font())

        def draw_calendar(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
            draw_heatmap(painter, rect, heat, palette, font)

        figures = []
        for spec in self.specs:
            chart = self.charts[spec.key]
            height = 280.0
            draw: Draw
            if isinstance(chart, ProgressChart):
                draw = self._offscreen(type(chart), snapshot)
            else:
                draw = draw_calendar
                height = geometry_for(680, heat.weeks, font).height()
            caption = (captions.heatmap_caption(snapshot, heat.is_cut, self._show_streak())
                       if spec.key == "calendar" else spec.caption(snapshot))
            figures.append(Figure(spec.title, caption, draw, height))
        return Report(
            title=self.tr("Rejection practice: progress report"),
            subtitle=captions.range_title(snapshot),
            headlines=headlines,
            figures=figures,
            footer=self.tr("Made with Rejection Desktop from my own journal. "
                           "Self-help, not therapy."),
        )

    @staticmethod
    def _offscreen(kind: type[ProgressChart], snapshot: ProgressSnapshot) -> Draw:
        def draw(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
            kind.render_offscreen(painter, rect, snapshot, palette)
        return draw
