"""GUI tests of the Progress page: empty and demo journals, ranges, refreshes, exports, themes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from PySide6.QtCharts import QAbstractBarSeries, QChart, QScatterSeries, QXYSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rejection_desktop.app.context import AppContext, Services
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.progress import RANGE_PRESETS, ProgressService
from rejection_desktop.ui.pages.progress import ProgressPage
from rejection_desktop.ui.theme import apply_theme, dark_palette
from rejection_desktop.ui.widgets.charts.base import ProgressChart
from rejection_desktop.ui.widgets.charts.heatmap import CalendarHeatmap, geometry_for


@pytest.fixture
def demo(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """A two-year demo journal (2,000 attempts) ending at the fake clock's now."""
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:  # benchmarks/ lives next to the package, not inside it
        sys.path.insert(0, root)
    from benchmarks.demo_data import generate

    context = generate(data_dir, years=2, attempts=2_000, challenges=200, now=clock())
    context.services.settings.set("timezone", "Europe/Berlin")
    yield context
    context.close()


def make_page(qtbot: QtBot, services: Services, clock: FakeClock) -> ProgressPage:
    progress = ProgressService(services.attempts, services.settings, services.challenges, clock)
    page = ProgressPage(services, progress)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def chart_of(page: ProgressPage, key: str) -> QChart:
    view = page.charts[key]
    assert isinstance(view, ProgressChart)
    return view.chart()


def bar_values(chart: QChart) -> list[list[float]]:
    """Every bar set's values, in series order."""
    series = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
    return [[bars.at(i) for i in range(bars.count())] for s in series for bars in s.barSets()]


def points(chart: QChart, name: str) -> list[float]:
    """The x, y, x, y, ... of the points of the series called ``name``."""
    series = next(s for s in chart.series() if isinstance(s, QXYSeries) and s.name() == name)
    return [value for p in series.points() for value in (p.x(), p.y())]


def log(services: Services, when_days_ago: float, clock: FakeClock,
        outcome: str = "accepted") -> int:
    challenge = services.challenges.list_challenges()[0].id
    return services.attempts.log(
        challenge, BeforeInput(predicted_no=70, expected_badness=60),
        OutcomeInput(outcome, attempted_at=clock() - timedelta(days=when_days_ago),
                     actual_badness=20))


# --- empty states -------------------------------------------------------------------------------


def test_a_new_user_sees_a_friendly_empty_state(qtbot: QtBot, services: Services,
                                                clock: FakeClock) -> None:
    page = make_page(qtbot, services, clock)
    assert page.stack.currentWidget() is page.new_user_state
    assert "first ask" in page.new_user_state.text_label.text()
    assert not page.toolbar.isVisible()
    assert not page.pdf_button.isEnabled()
    assert not page.grab().isNull()


def test_a_range_without_asks_offers_all_time(qtbot: QtBot, services: Services,
                                              clock: FakeClock) -> None:
    log(services, 200, clock)
    page = make_page(qtbot, services, clock)
    qtbot.mouseClick(page.range_buttons["4w"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.empty_range_state
    assert page.empty_range_state.title_label.text() == "No asks in the last 4 weeks"
    assert page.toolbar.isVisible()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.preset == "all" and page.range_buttons["all"].isChecked()
    assert page.stack.currentWidget() is page.scroll_area
    assert sum(map(sum, bar_values(chart_of(page, "timeline")))) == 1


# --- the demo journal ---------------------------------------------------------------------------


def test_the_demo_journal_fills_every_chart(qtbot: QtBot, demo: AppContext,
                                            clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)
    snapshot = page.snapshot
    assert snapshot is not None and snapshot.preset == "3m"
    assert page.stack.currentWidget() is page.scroll_area
    assert page.asks_tile.number.text() == str(snapshot.courage.asks_made)
    assert page.tested_tile.number.text() == str(snapshot.courage.predictions_tested)

    yes, partly, no, no_reply, dares = bar_values(chart_of(page, "timeline"))
    assert yes == [float(p.accepted) for p in snapshot.timeline]
    assert no == [float(p.rejected) for p in snapshot.timeline]
    assert dares == [float(p.dares_done) for p in snapshot.timeline]
    assert sum(dares) > 0  # the demo has public dares: done, not a "yes"
    assert sum(yes) + sum(partly) + sum(no) + sum(no_reply) + sum(dares) == snapshot.counts.asks

    calibration = chart_of(page, "calibration")
    assert points(calibration, "Real no") == pytest.approx(
        [v for b in snapshot.calibration for v in (b.predicted_mean, b.actual_no_rate)])
    assert points(calibration, "Exactly right") == [0, 0, 100, 100]
    assert any(isinstance(s, QScatterSeries) for s in calibration.series())

    expected, felt = bar_values(chart_of(page, "badness"))
    assert expected == pytest.approx([b.mean_expected for b in snapshot.badness_bands])
    assert felt == pytest.approx([b.mean_actual for b in snapshot.badness_bands])
    before = points(chart_of(page, "anxiety"), "Before the ask")
    assert before[1::2] == pytest.approx(
        [p.mean_before for p in snapshot.anxiety_trend])
    done, tried = bar_values(chart_of(page, "ladder"))
    assert tried == [float(r.highest_tried) for r in reversed(snapshot.ladder)]
    assert done == [float(r.highest_done or 0) for r in reversed(snapshot.ladder)]

    heatmap = page.charts["calendar"]
    assert isinstance(heatmap, CalendarHeatmap)
    assert dict(heatmap.data.daily) == snapshot.daily
    for card in page.cards.values():
        assert card.caption.text()
        assert card.chart.accessibleDescription() == card.caption.text()
    prediction = snapshot.prediction
    assert page.prediction_line.text() == (
        f"You expected a no {round(prediction.mean_predicted_no or 0)} % of the time; it came "
        f"{round(prediction.actual_no_rate or 0)} % of the time.")
    assert page.disproved_line.text().startswith(
        f"Predictions disproved: {snapshot.disproved.count} of {snapshot.disproved.of_total}")


def test_changing_the_range_changes_the_series(qtbot: QtBot, demo: AppContext,
                                               clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)
    totals = {}
    for preset in RANGE_PRESETS:
        qtbot.mouseClick(page.range_buttons[preset], Qt.MouseButton.LeftButton)
        snapshot = page.snapshot
        assert snapshot is not None and snapshot.preset == preset
        bars = bar_values(chart_of(page, "timeline"))
        assert all(len(values) == len(snapshot.period_starts) for values in bars)
        totals[preset] = (sum(map(sum, bars)), len(bars[0]))
        assert totals[preset][0] == snapshot.counts.asks
        assert page.header.subtitle_label.text().endswith("1 June 2026")
    asks = [totals[p][0] for p in RANGE_PRESETS]
    assert asks == sorted(asks) and len(set(asks)) == 4
    assert [totals[p][1] for p in RANGE_PRESETS] == [5, 14, 13, 25]  # weeks, weeks, months, months


def test_the_page_follows_new_attempts(qtbot: QtBot, demo: AppContext, clock: FakeClock) -> None:
    services = demo.services
    page = make_page(qtbot, services, clock)
    before = page.snapshot.counts.asks if page.snapshot else -1
    log(services, 0, clock, "rejected")
    qtbot.waitUntil(lambda: page.snapshot is not None and page.snapshot.counts.asks == before + 1)
    assert page.asks_tile.number.text() == str(page.snapshot.courage.asks_made)

    page.hide()
    log(services, 0, clock, "accepted")
    qtbot.wait(20)
    assert page.snapshot.counts.asks == before + 1  # hidden pages wait to be shown
    page.show()
    assert page.snapshot.counts.asks == before + 2


def test_charts_share_one_or_two_columns_by_width(qtbot: QtBot, demo: AppContext,
                                                  clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)

    def position(key: str) -> tuple[int, int]:
        row, column, _, _ = page.grid.getItemPosition(page.grid.indexOf(page.cards[key]))
        return row, column

    assert position("calibration")[0] == position("badness")[0]
    assert position("badness")[1] == 1
    page.resize(620, 720)
    qtbot.waitUntil(lambda: position("badness")[1] == 0)
    assert position("badness")[0] == position("calibration")[0] + 1


# --- exports ------------------------------------------------------------------------------------


def test_every_chart_exports_as_a_png(qtbot: QtBot, demo: AppContext, clock: FakeClock,
                                      tmp_path: Path) -> None:
    page = make_page(qtbot, demo.services, clock)
    for key, card in page.cards.items():
        path = page.export_chart_png(key, tmp_path / key)
        assert path == tmp_path / f"{key}.png"
        image = QImage(str(path))
        assert not image.isNull()
        assert image.width() >= 2 * card.chart.width()
        assert path.stat().st_size > 5_000


def test_the_save_button_writes_the_chosen_file(
    qtbot: QtBot, demo: AppContext, clock: FakeClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, demo.services, clock)
    target = tmp_path / "timeline.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PNG images (*.png)"))
    qtbot.mouseClick(page.cards["timeline"].save_button, Qt.MouseButton.LeftButton)
    assert target.stat().st_size > 0
    assert page.panel.result_label.text() == "Saved timeline.png"
    assert page.panel.isVisible() and page.panel.show_button.isVisible()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (make system-deps-test)")
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return re.sub(r"\s+", " ", result.stdout)


def test_the_pdf_report_holds_the_range_captions_and_charts(
    qtbot: QtBot, demo: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo.services, clock)
    qtbot.mouseClick(page.range_buttons["1y"], Qt.MouseButton.LeftButton)
    path = page.export_pdf(tmp_path / "report")
    assert path.suffix == ".pdf" and path.stat().st_size > 10_000
    text = pdf_text(path)
    assert "Rejection practice: progress report" in text
    assert "2 June 2025 to 1 June 2026" in text
    assert page.prediction_line.text() in text
    for card in page.cards.values():
        assert card.spec.title in text
    for legend in ("No reply", "Better than feared", "Before the ask", "Hardest rung done"):
        assert legend in text  # charts are drawn as vectors with real text
    assert "Self-help, not therapy." in text


def test_a_failed_export_is_reported_not_raised(
    qtbot: QtBot, demo: AppContext, clock: FakeClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, demo.services, clock)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "missing" / "r.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *args: shown.append(text))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    assert "Could not write" in shown[0]
    assert not (tmp_path / "missing").exists()
    assert not page.panel.isVisible()


# --- look and accessibility ---------------------------------------------------------------------


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    palette, sheet, applied = qapp.palette(), qapp.styleSheet(), qapp.property("appliedTheme")
    apply_theme(qapp, "dark")
    yield
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("appliedTheme", applied)


def test_charts_follow_the_dark_palette(qtbot: QtBot, demo: AppContext, clock: FakeClock,
                                        dark: None) -> None:
    page = make_page(qtbot, demo.services, clock)
    palette = dark_palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for key in ("timeline", "calibration", "badness", "anxiety", "ladder"):
        chart = chart_of(page, key)
        assert chart.backgroundBrush().color() == base
        assert chart.legend().labelColor() == text
        for axis in chart.axes():
            assert axis.labelsBrush().color() == text
    image = page.cards["timeline"].chart.grab().toImage()
    assert image.pixelColor(2, 2).lightnessF() < 0.3  # the chart background really is dark


def test_the_heatmap_knows_each_day(qtbot: QtBot, demo: AppContext, clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)
    heatmap = page.charts["calendar"]
    assert isinstance(heatmap, CalendarHeatmap)
    data = heatmap.data
    geo = geometry_for(heatmap.width(), data.weeks, heatmap.font())
    day = data.end
    column = (day - data.first_monday).days // 7
    centre = geo.cell_rect(QPointF(0, 0), column, day.weekday()).center()
    assert heatmap.day_at(centre) == day
    assert heatmap.day_at(QPointF(1, 1)) is None
    count = data.daily.get(day, 0)
    assert heatmap.tooltip_for(day).startswith(
        "No asks" if not count else ("1 ask" if count == 1 else f"{count} asks"))
    assert heatmap.heightForWidth(800) > heatmap.heightForWidth(300) > 0


def test_every_button_has_an_accessible_name(qtbot: QtBot, demo: AppContext,
                                             clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)
    buttons = page.findChildren(QPushButton)
    assert len(buttons) >= 4 + 1 + len(page.cards)
    assert all(b.accessibleName() for b in buttons)
    for chart in page.charts.values():
        assert chart.accessibleName()


def test_constructing_and_refreshing_is_enough_to_render(
    demo: AppContext, clock: FakeClock, qapp: QApplication
) -> None:
    """What scripts/screenshots.py does: build the page, refresh, grab (no event loop)."""
    services = demo.services
    challenge = services.challenges.add(ChallengeInput("Ask to swap seats", "public", 40))
    services.attempts.log(challenge, BeforeInput(predicted_no=90),
                          OutcomeInput(Outcome.ACCEPTED.value, attempted_at=clock()))
    progress = ProgressService(services.attempts, services.settings, services.challenges, clock)
    page = ProgressPage(services, progress)
    page.resize(900, 720)
    page.refresh()
    pixmap = page.grab()
    assert not pixmap.isNull() and pixmap.width() == 900
    page.deleteLater()


def test_an_ask_waiting_for_a_reply_is_not_a_tested_prediction(qtbot: QtBot, services: Services,
                                                               clock: FakeClock) -> None:
    challenge = services.challenges.list_challenges()[0].id
    plan = services.attempts.plan(challenge, BeforeInput(predicted_no=80, expected_badness=60))
    services.attempts.log(challenge, None, OutcomeInput("no_reply"), plan)
    page = make_page(qtbot, services, clock)
    assert page.asks_tile.number.text() == "1"
    assert page.tested_tile.number.text() == "0"
    services.attempts.log(challenge, None, OutcomeInput("rejected"), plan)  # the reply came
    qtbot.waitUntil(lambda: page.tested_tile.number.text() == "1")


def test_one_ask_is_a_small_bar_and_a_point_at_100_is_drawn_whole(
        qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    challenge = services.challenges.list_challenges()[0].id
    services.attempts.log(challenge, BeforeInput(predicted_no=100, anxiety_before=100),
                          OutcomeInput("rejected", anxiety_after=100, actual_badness=100))
    page = make_page(qtbot, services, clock)
    [count_axis] = chart_of(page, "timeline").axes(Qt.Orientation.Vertical)
    assert count_axis.max() >= 5  # one ask fills a fifth of the bar's height at most
    for key in ("calibration", "anxiety"):
        for axis in chart_of(page, key).axes():
            if axis.type() == axis.AxisType.AxisTypeValue:
                assert axis.min() < 0 and axis.max() > 100, key  # room beyond both ends


def test_beliefs_show_their_strength_over_time_and_the_asks_that_tested_them(
        qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    from rejection_desktop.services.attempts import BeliefInput
    from rejection_desktop.services.reflections import BeliefAfter

    challenge = services.challenges.add(ChallengeInput("Ask for a discount", "shops", 30))
    page = make_page(qtbot, services, clock)
    services.attempts.log(challenge, BeforeInput(), OutcomeInput("accepted", attempted_at=clock()))
    page.refresh()
    assert not page.belief_chart.isVisible()
    assert "write what a no would mean" in page.beliefs_caption.text()

    for day, (before, after, outcome) in enumerate([(80, 60, "rejected"), (70, 40, "partial")]):
        asked = services.attempts.plan(challenge, BeforeInput(
            predicted_no=70, expected_badness=60,
            belief=BeliefInput(text="They'll think I'm cheap", rating=before)))
        clock.advance(days=1)
        services.attempts.log(challenge, None, OutcomeInput(outcome, attempted_at=clock()),
                              attempt_id=asked)
        services.reflections.save(asked, [], belief_after=BeliefAfter(
            after, "Asking is normal" if day else ""))
    qtbot.waitUntil(page.belief_chart.isVisible)
    [line] = page.belief_chart.lines()
    assert [point.y() for point in line.points()] == [80, 60, 70, 40]
    caption = page.beliefs_caption.text()
    assert "\u201cThey'll think I'm cheap\u201d: 80/100 at first, 40/100 most recently." in caption
    assert "Tested by 2 asks" in caption and "Rejected" in caption
    assert "Your fairer version: \u201cAsking is normal\u201d" in caption


def test_the_page_rewards_no_escalation_and_claims_only_what_the_records_show(
        qtbot: QtBot, demo: AppContext, clock: FakeClock) -> None:
    page = make_page(qtbot, demo.services, clock)
    tiles = [w for w in page.courage_card.findChildren(QWidget) if hasattr(w, "set_value")]
    names = [tile.name.text() for tile in tiles]
    assert names == ["asks made", "predictions tested", "different challenges"]
    texts = " ".join([page.courage_caption.text(), *(c.caption.text()
                                                     for c in page.cards.values())])
    assert "harder than" not in texts
    assert "predict progress" not in texts and "asking does" not in texts
    demo.services.settings.set("show_streak", False)
    page.refresh()
    assert "in a row" not in page.cards["calendar"].caption.text()
