"""The Today page on a demo journal shows the figures a full recount of every record gives."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from rejection_desktop.domain import ladder
from rejection_desktop.domain.stats.calendar import asks_per_day, streak
from rejection_desktop.services.attempts import summary_until
from rejection_desktop.services.progress import kept_days
from rejection_desktop.ui.pages.today import TodayPage

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.demo_data import generate


def test_today_shows_the_recounted_figures_on_a_demo_journal(qtbot, tmp_path, clock):
    context = generate(tmp_path / "data", years=2, attempts=1500, challenges=60, now=clock.now)
    try:
        services = context.services
        page = TodayPage(services, context.clock)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.goal_number.text() != "0 / 1" or page.suggestion)
        zone = services.settings.zone()
        today = clock.now.astimezone(zone).date()
        records = services.attempts.records()
        daily = asks_per_day(records, zone)
        goal = int(services.settings.get("daily_goal"))
        expected = streak(daily, today, goal, int(services.settings.get("rest_days_per_week")),
                          kept_days(records, zone))
        assert expected.longest > 1  # the demo journal has streaks to show
        assert page.goal_number.text() == f"{expected.today_count} / {goal}"
        assert page.streak_number.text() == (f"{expected.current} days"
                                             if expected.current != 1 else "1 day")
        week_start = today - timedelta(days=today.weekday())
        assert page.week_number.text() == str(
            sum(n for d, n in daily.items() if week_start <= d <= today))
        suggested = ladder.suggest(services.challenges.list_challenges(include_archived=False),
                                   records, today, zone,
                                   personal_track=bool(services.settings.get("personal_track")))
        assert page.suggestion == suggested
        assert page.suggestion_title.text() == suggested.title
        assert not services.progress.loaded  # Today never loaded every record
        assert summary_until(zone) is not None  # it built the asks-per-day summary instead
    finally:
        context.close()
