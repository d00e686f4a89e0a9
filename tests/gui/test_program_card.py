"""The 100 days of rejection on the real Today page: started with a click, day N with its ask,
a pause and a resume, and day 10's look back."""

from __future__ import annotations

from helpers.stand_ins import RecordingFlow
from PySide6.QtCore import Qt

from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.pages.today import TodayPage


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_start_see_day_one_with_its_ask_then_day_ten_looks_back(qtbot, services, clock):
    flow = RecordingFlow()
    page = TodayPage(services, clock, flow)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    card = page.program_card
    qtbot.waitUntil(card.start_button.isVisible)
    assert not card.day_label.isVisible()

    click(qtbot, card.start_button)
    qtbot.waitUntil(card.day_label.isVisible)
    assert card.day_label.text() == "Day 1 of 100"
    assert card.ask_label.isVisible() and card.ask_label.text()
    assert "Warm-up" in card.ask_meta.text()
    assert not card.start_button.isVisible()
    click(qtbot, card.plan_button)
    first_ask = flow.calls[-1][1]
    assert flow.calls == [("plan", first_ask)]

    for day in range(10):
        ask = page.program_card._ask_id
        planned = services.attempts.plan(ask, BeforeInput(predicted_no=80, expected_badness=70))
        outcome = OutcomeInput("accepted" if day % 2 else "rejected", actual_badness=20)
        services.attempts.log(ask, None, outcome, attempt_id=planned)
        qtbot.waitUntil(lambda d=day: card.text.text().startswith(f"Day {d + 1} done"))
        if day < 9:
            assert not card.look_back_label.isVisible()
            clock.advance(days=1)
            page.refresh()
            assert card.day_label.text() == f"Day {day + 2} of 100"
        if day == 4:  # a pause: asks while paused do not count, the day stays
            click(qtbot, card.pause_button)
            qtbot.waitUntil(card.resume_button.isVisible)
            assert not card.plan_button.isVisible()
            click(qtbot, card.resume_button)
            qtbot.waitUntil(card.pause_button.isVisible)
            assert card.day_label.text() == "Day 6 of 100"

    assert card.day_label.text() == "Day 10 of 100"
    assert card.look_back_label.isVisible()
    text = card.look_back_label.text()
    assert "Look back at day 10: 10 asks so far." in text
    assert "You predicted a 80% chance of a no; 50% were a no" in text
    assert "expected it to feel 70/100 bad; it felt 20/100" in text
    click(qtbot, card.look_back_button)
    qtbot.waitUntil(lambda: not card.look_back_label.isVisible())
    clock.advance(days=1)
    page.refresh()
    assert card.day_label.text() == "Day 11 of 100"
    assert not card.look_back_label.isVisible()
