"""The weekly review as the user meets it: the day and time in Settings, its own reminder with
"Start the review" (banner, tray message, tray menu), the review dialog, and past reviews on
the Progress page and in the journal.

The assembled app (shell and reminder runtime wired as at start-up) on a fake clock (Monday
1 June 2026, 11:00 in Berlin), with a desktop that shows nothing so reminders reach the banner;
real clicks and keys on real widgets.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers.stand_ins import NoDesktop, TrayOnly
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from rejection_desktop.app import reminders as reminders_runtime
from rejection_desktop.app.assemble import assemble
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput
from rejection_desktop.services.reminder_history import BANNER, SENT_BUTTONS, SENT_PLAIN
from rejection_desktop.ui.dialogs.weekly_review import ReviewViewer, WeeklyReviewDialog

BERLIN_OFFSET = timedelta(hours=2)  # summer time






@pytest.fixture
def app(qtbot, context, monkeypatch):
    services = context.services
    services.settings.set("timezone", "Europe/Berlin")
    services.settings.set("onboarding_done", True)
    services.settings.set("quiet_hours_enabled", False)
    monkeypatch.setattr(reminders_runtime, "default_backends", lambda *_: [NoDesktop()])
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 760)
    shell.window.show()
    yield shell, runtime
    runtime.shutdown()
    shell.flow.close_all()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReviewViewer):
            widget.close()


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall-clock time in June 2026, as UTC."""
    return datetime(2026, 6, day, hour, minute, tzinfo=UTC) - BERLIN_OFFSET


def review_dialogs(shell) -> list[WeeklyReviewDialog]:
    return [d for d in shell.flow.open_dialogs()
            if isinstance(d, WeeklyReviewDialog) and d.isVisible()]


def review_notices(runtime) -> int:
    """How many weekly review reminders went out (here: to the banner)."""
    return sum(1 for entry in runtime.history.entries() if entry.kind == "weekly_review"
               and entry.what in (BANNER, SENT_BUTTONS, SENT_PLAIN))


def choose_review_day(shell, qtbot, day_name: str, at: str) -> None:
    """Settings: pick the review day by typing its name into the combo, then type the time."""
    page = shell.window.show_page("settings")
    combo = page.review_day_combo
    combo.setFocus()
    if day_name == "Off":  # the first choice
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    else:
        qtbot.keyClicks(combo, day_name)
    qtbot.waitUntil(lambda: combo.currentText() == day_name, timeout=2000)
    if at:
        edit = page.review_time
        assert edit.isEnabled()
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton,
                         pos=QPoint(8, edit.height() // 2))
        qtbot.keyClicks(edit, at.replace(":", ""))
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: edit.time().toString("HH:mm") == at, timeout=2000)


def plan_and_log(services, clock, challenge, predicted_no, outcome, *, belief=None):
    before = BeforeInput(predicted_no=predicted_no, expected_badness=50,
                         belief=None if belief is None else BeliefInput(text=belief, rating=80))
    attempt = services.attempts.plan(challenge.id, before)
    clock.advance(minutes=30)
    services.attempts.log(challenge.id, None, OutcomeInput(outcome), attempt_id=attempt)
    return attempt


def test_the_reminder_comes_on_the_chosen_day_and_time_and_not_otherwise(app, services, clock,
                                                                         qtbot) -> None:
    shell, runtime = app
    choose_review_day(shell, qtbot, "Wednesday", "19:30")
    assert (services.settings.get("weekly_review_day"),
            services.settings.get("weekly_review_time")) == (2, "19:30")
    runtime.scheduler.replan("test")
    assert runtime.scheduler.next_at == local(3, 19, 30)
    assert runtime.tray.next_action.text() == "Next reminder: Wed 19:30"

    for moment in (local(2, 19, 30), local(3, 19, 29)):  # Tuesday; a minute early
        clock.now = moment
        runtime.scheduler.replan("timer")
        assert review_notices(runtime) == 0
    clock.now = local(3, 19, 30)
    runtime.scheduler.replan("timer")
    assert review_notices(runtime) == 1
    notice = runtime.chain.last.notice
    assert (notice.kind, notice.title) == ("weekly_review", "Time for your weekly review")
    banner = shell.window.banner
    assert banner.isVisible()
    assert [b.text() for b in banner.buttons] == ["Start the review"]

    for moment in (local(3, 19, 45), local(4, 19, 30), local(9, 19, 30)):  # once a week only
        clock.now = moment
        runtime.scheduler.replan("timer")
    assert review_notices(runtime) == 1
    clock.now = local(10, 19, 30)  # the next Wednesday
    runtime.scheduler.replan("timer")
    assert review_notices(runtime) == 2

    choose_review_day(shell, qtbot, "Off", "")  # off: nothing the Wednesday after
    assert not shell.window.page("settings").review_time.isEnabled()
    clock.now = local(17, 19, 30)
    runtime.scheduler.replan("timer")
    assert review_notices(runtime) == 2


def test_a_changed_day_does_not_announce_an_occasion_already_past(app, services, clock,
                                                                 qtbot) -> None:
    shell, runtime = app
    clock.now = local(1, 20, 0)  # Monday evening
    choose_review_day(shell, qtbot, "Monday", "18:00")  # already past today: next Monday
    runtime.scheduler.replan("test")
    assert review_notices(runtime) == 0
    assert runtime.scheduler.next_at == local(8, 18, 0)


def test_start_the_review_from_the_banner_the_tray_message_and_the_tray_menu(
        app, services, clock, qtbot) -> None:
    shell, runtime = app
    choose_review_day(shell, qtbot, "Monday", "12:00")
    shell.window.show_page("journal")
    clock.now = local(1, 12, 0)
    runtime.scheduler.replan("timer")
    banner = shell.window.banner
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(review_dialogs(shell)) == 1, timeout=3000)
    dialog = review_dialogs(shell)[0]
    assert dialog.windowTitle() == "Weekly review"
    dialog.reject()
    qtbot.waitUntil(lambda: not review_dialogs(shell), timeout=3000)

    runtime.chain._backends = [TrayOnly()]  # the desktop shows a tray message: a click on it
    runtime.deliver(runtime.chain.last.notice)
    runtime.tray.icon.messageClicked.emit()
    qtbot.waitUntil(lambda: len(review_dialogs(shell)) == 1, timeout=3000)
    review_dialogs(shell)[0].reject()
    qtbot.waitUntil(lambda: not review_dialogs(shell), timeout=3000)

    shell.window.hide()
    runtime.tray.review_action.trigger()
    qtbot.waitUntil(lambda: len(review_dialogs(shell)) == 1, timeout=3000)
    assert shell.window.isVisible()


def test_a_saved_review_shows_in_progress_the_belief_chart_and_the_journal(
        app, services, clock, qtbot) -> None:
    shell, _runtime = app
    challenges = [c for c in services.challenges.list_challenges() if not c.dare][:2]
    plan_and_log(services, clock, challenges[0], 80, Outcome.REJECTED,
                 belief="People will think I am needy")
    clock.advance(hours=3)
    plan_and_log(services, clock, challenges[1], 90, Outcome.ACCEPTED)  # the surprise
    clock.advance(hours=3)
    [belief] = services.beliefs.list_beliefs()

    window = shell.window
    window.show_page("journal")
    progress = window.show_page("progress")
    qtbot.waitUntil(progress.reviews_card.isVisible, timeout=3000)
    assert not progress.reviews_box.isVisible()  # no review yet
    assert progress.reviews_caption.text().startswith("No review yet.")
    qtbot.mouseClick(progress.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(review_dialogs(shell)) == 1, timeout=3000)
    dialog = review_dialogs(shell)[0]
    assert dialog.count_label.text() == "2 asks"
    assert dialog.predicted_label.text().startswith(
        "Predicted against actual: you expected a no 85 % of the time on average; 50 %")
    assert challenges[1].title in dialog.surprise_label.text()
    [row] = dialog.belief_rows
    assert row.text_label.text() == "\u201cPeople will think I am needy\u201d"

    qtbot.keyClicks(dialog.surprise_edit, "A yes where I was sure of a no")
    spin = row.rating.spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "35")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert row.rating.value() == 35
    qtbot.mouseClick(dialog.vary_checks["person"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.vary_checks["time"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.next_edit, "Ask at the Saturday market")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review_dialogs(shell), timeout=3000)
    assert shell.window.banner.text.text().startswith("Weekly review saved.")

    # Progress: the belief chart holds the re-rating; the list names the review
    qtbot.waitUntil(progress.reviews_box.isVisible, timeout=3000)
    [series] = progress.belief_chart.lines()
    assert [round(p.y()) for p in series.points()] == [80, 35]
    [(line_label, open_button)] = progress.review_lines
    assert line_label.isVisible()
    line = line_label.text()
    assert "Vary: who, when" in line and "\u201cPeople will think I am needy\u201d 80 \u2192 35" \
        in line
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    viewer = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReviewViewer) and w.isVisible())
    text = viewer.browser.toPlainText()
    assert "A yes where I was sure of a no" in text
    assert "Who I ask, When I ask" in text and "35/100 (before: 80/100)" in text
    assert "Ask at the Saturday market" in text
    viewer.close()

    # the journal lists it as an entry, and search finds it
    journal = window.show_page("journal")
    journal.search_edit.setFocus()
    qtbot.keyClicks(journal.search_edit, "Saturday market")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=5000)
    assert journal.model.index(0, 0).data() == "Weekly review"
    journal.view.setCurrentIndex(journal.model.index(0, 0))
    qtbot.waitUntil(journal.detail.browser.isVisible, timeout=3000)
    detail = journal.detail.browser.toPlainText()
    assert detail.startswith("Weekly review") and "35/100 (before: 80/100)" in detail
    assert not journal.detail.edit_button.isVisible()  # kept as it was
    assert journal.detail.delete_button.isVisible()
    assert belief.id == services.weekly_review.reviews()[0].ratings[0].belief_id


def test_today_offers_the_review_on_its_day_until_it_is_done(app, services, clock,
                                                            qtbot) -> None:
    shell, _runtime = app
    services.settings.set("weekly_review_day", 0)  # Monday: today
    today = shell.window.show_page("today")
    qtbot.waitUntil(today.review_card.isVisible, timeout=3000)
    qtbot.mouseClick(today.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(review_dialogs(shell)) == 1, timeout=3000)
    dialog = review_dialogs(shell)[0]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing entered
    assert dialog.isVisible()
    assert "Re-rate a belief, choose what to vary" in dialog.visible_errors()["Review"]
    qtbot.keyClicks(dialog.next_edit, "Ask a stranger for the time")
    qtbot.keyClick(dialog.next_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not review_dialogs(shell), timeout=3000)
    qtbot.waitUntil(lambda: not today.review_card.isVisible(), timeout=3000)

    clock.now = local(4, 10, 0)  # Thursday: past the review's days
    today.refresh()
    assert not today.review_card.isVisible()
    clock.now = local(8, 10, 0)  # the next Monday
    today.refresh()
    assert today.review_card.isVisible()


def test_a_review_being_written_survives_a_crash_as_a_draft(app, services, clock,
                                                            qtbot) -> None:
    shell, _runtime = app
    dialog = shell.flow.weekly_review()
    qtbot.mouseClick(dialog.vary_checks["rung"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.next_edit, "One rung up")
    with qtbot.waitSignal(dialog.draft_written, timeout=5000):
        pass
    dialog.close_keeping_draft()  # as if the app were killed after the autosave
    qtbot.waitUntil(lambda: not review_dialogs(shell), timeout=3000)
    [pending] = shell.flow.pending_drafts()
    assert pending.title == "Weekly review"
    reopened = shell.flow.open_draft(pending.key)
    assert isinstance(reopened, WeeklyReviewDialog)
    assert reopened.next_edit.text() == "One rung up"
    assert reopened.vary_checks["rung"].isChecked()
    assert reopened.draft_status.text() == "Restored what you typed last time."


def test_a_new_journal_with_the_review_card_fits_800_by_600(app, services, qtbot) -> None:
    shell, _runtime = app
    services.settings.set("weekly_review_day", 0)  # due today: the card shows
    shell.window.resize(800, 600)
    today = shell.window.show_page("today")
    qtbot.waitUntil(today.review_card.isVisible, timeout=3000)
    assert today.streak_number.text() == "Fresh start"
    scroll = today.findChild(QScrollArea)
    qtbot.wait(50)
    assert not scroll.horizontalScrollBar().isVisible()  # the big "Fresh start" wraps
