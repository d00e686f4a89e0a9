"""The Journal page: lazy list, search and filters, empty states, details, delete with undo."""

from __future__ import annotations

import pytest
from helpers.flow_driver import activate, click, open_of, type_into
from PySide6.QtCore import Qt

from rejection_desktop.db.models import Attempt, Reflection
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.journal import JournalFilter, JournalService
from rejection_desktop.services.reflections import Answer
from rejection_desktop.ui.dialogs.attempt_dialog import AttemptDialog
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog
from rejection_desktop.ui.models.journal_model import PAGE_SIZE, JournalModel
from rejection_desktop.ui.pages.journal import JournalPage


@pytest.fixture
def page(journal_page):
    return journal_page


def fill(services, clock, count, outcome="rejected", reflect=True):
    challenge = services.challenges.list_challenges()[0].id
    ids = []
    for i in range(count):
        clock.advance(minutes=10)
        attempt = services.attempts.log(challenge, BeforeInput(predicted_no=70), OutcomeInput(
            outcome, actual_badness=30, what_happened=f"ask number {i}"))
        if reflect:
            services.reflections.save(attempt, [Answer("k", "What did you learn?",
                                                       f"lesson {i}")])
        ids.append(attempt)
    return ids


def test_model_passes_the_model_tester(qtmodeltester, services, clock):
    fill(services, clock, PAGE_SIZE + 30)
    services.reflections.save(None, [], "a lone thought")
    model = JournalModel(JournalService())
    model.set_filter(JournalFilter())
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == PAGE_SIZE + 31


def test_the_list_loads_a_page_at_a_time_as_you_scroll(qtbot, services, clock, flow):
    fill(services, clock, 2 * PAGE_SIZE + 20, reflect=False)
    page = JournalPage(services, flow)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.model.rowCount() == PAGE_SIZE
    qtbot.waitUntil(lambda: page.count_label.text() == f"{2 * PAGE_SIZE + 20} entries")
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE_SIZE)
    for _ in range(5):
        page.view.scrollToBottom()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE + 20)
    whats = [page.model.entry(r).preview for r in range(page.model.rowCount())]
    assert whats[0] == f"ask number {2 * PAGE_SIZE + 19}" and whats[-1] == "ask number 0"


def test_a_new_user_sees_a_welcome_and_can_write_straight_away(qtbot, page, flow):
    assert page.list_stack.currentWidget() is page.welcome
    assert not page.detail.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "0 entries")
    click(qtbot, page.welcome_button)
    assert [type(d) for d in flow.open_dialogs()] == [ReflectionDialog]


def test_no_results_has_its_own_message_and_clears(qtbot, services, clock, page):
    fill(services, clock, 3)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    type_into(qtbot, page.search_edit, "nothing-like-this")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.no_results)
    qtbot.waitUntil(lambda: page.count_label.text() == "0 found")
    click(qtbot, page.clear_button)
    assert page.search_edit.text() == "" and page.model.rowCount() == 3
    assert page.list_stack.currentWidget() is page.view


def test_search_box_syntax_never_breaks_the_page(qtbot, services, clock, page):
    fill(services, clock, 2)
    for text in ['"', 'lesson -', "NOT OR", "(*", "lesson 1", '"lesson 1"', "\\", "'"]:
        page.search_edit.setText(text)
        page.apply_filters()
        assert page.model.rowCount() in (0, 1, 2)
    page.search_edit.setText('"lesson 1"')
    page.apply_filters()
    assert [page.model.entry(r).preview for r in range(page.model.rowCount())] == [
        "ask number 1"]


def test_filters_by_outcome_category_and_date(qtbot, services, clock, page):
    rejected = fill(services, clock, 2, "rejected")
    accepted = fill(services, clock, 1, "accepted")
    lone = services.reflections.save(None, [], "just thinking")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("accepted"))
    assert [page.model.entry(r).id for r in range(page.model.rowCount())] == accepted
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("reflection"))
    assert [page.model.entry(r).id for r in range(page.model.rowCount())] == [lone]
    page.outcome_combo.setCurrentIndex(0)
    category = services.challenges.list_challenges()[0].category
    page.category_combo.setCurrentIndex(page.category_combo.findData(category))
    assert {page.model.entry(r).id for r in range(page.model.rowCount())} == {
        *rejected, *accepted}
    page.category_combo.setCurrentIndex(0)
    clock.advance(days=30)
    page.period_combo.setCurrentIndex(page.period_combo.findData("7"))
    assert page.model.rowCount() == 0
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    assert page.from_edit.isVisibleTo(page) and page.to_edit.isVisibleTo(page)
    page.from_edit.setDate(page.to_edit.date().addDays(-40))
    assert page.model.rowCount() == 4
    page.to_edit.setDate(page.to_edit.date().addDays(-35))
    assert page.model.rowCount() == 0


def test_details_show_the_prediction_next_to_the_outcome_and_the_reflection(
        qtbot, services, clock, page):
    [attempt] = fill(services, clock, 1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.detail.entry.id == attempt
    shown = page.detail.browser.toPlainText()
    assert "You put the chance of a no at 70 %, and the no came." in shown
    assert "What did you learn?" in shown and "lesson 0" in shown
    assert page.detail.edit_button.isVisibleTo(page)
    assert not page.detail.log_button.isVisibleTo(page)  # already logged


def test_user_text_is_shown_as_text_not_markup(qtbot, services, clock, page):
    challenge = services.challenges.list_challenges()[0].id
    services.attempts.log(challenge, BeforeInput(), OutcomeInput(
        "rejected", what_happened="<b>bold</b> & <script>x</script>"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "<b>bold</b> & <script>x</script>" in page.detail.browser.toPlainText()


def test_opening_an_entry_opens_the_right_form(qtbot, services, clock, page, flow):
    [logged] = fill(services, clock, 1)
    planned = services.attempts.plan(services.challenges.list_challenges()[1].id,
                                     BeforeInput(predicted_no=40, expected_badness=30))
    lone = services.reflections.save(None, [], "a thought")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    for kind, entry_id, form in (("attempt", logged, AttemptDialog),
                                 ("attempt", planned, AttemptDialog),
                                 ("reflection", lone, ReflectionDialog)):
        page.select_row(page.model.row_of(kind, entry_id))
        activate(qtbot, page.view)
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        [dialog] = open_of(flow, form)
        if kind == "attempt":
            assert dialog.attempt.id == entry_id
            assert dialog.mode.value == "log"  # a plan opens to log what happened
            assert dialog.predicted_no.value() == (70 if entry_id == logged else 40)
        else:
            assert dialog.existing.id == lone
        flow.close_all()
    page.select_row(page.model.row_of("attempt", planned))
    click(qtbot, page.detail.edit_button)  # "Edit ask" on a plan: the plan form
    [dialog] = open_of(flow, AttemptDialog)
    assert dialog.mode.value == "plan" and dialog.attempt.id == planned


def test_delete_and_undo_bring_back_the_same_entry(qtbot, services, clock, page):
    [first, second] = fill(services, clock, 2)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.select_row(page.model.row_of("attempt", second))
    reflection_ids = [r.id for r in services.reflections.for_attempt(second)]
    click(qtbot, page.detail.delete_button)
    assert Attempt.get_or_none(Attempt.id == second) is None
    assert Reflection.select().where(Reflection.id.in_(reflection_ids)).count() == 0
    assert page.banner.isVisibleTo(page) and page.model.rowCount() == 1
    assert page.detail.entry.id == first  # the next entry is selected
    click(qtbot, page.banner.action_button)
    assert Attempt.get_or_none(Attempt.id == second) is not None
    assert [r.id for r in services.reflections.for_attempt(second)] == reflection_ids
    assert page.model.rowCount() == 2 and page.detail.entry.id == second
    assert not page.banner.isVisibleTo(page)


def test_the_details_are_ready_to_click_as_soon_as_the_first_entries_show(
        qtbot, services, clock, page):
    assert not page.detail.isVisibleTo(page)  # an empty journal: the welcome, no details
    [attempt] = fill(services, clock, 1)
    page.refresh()  # what the deferred refresh runs; nothing else gets to run before the click
    assert page.detail.entry.id == attempt
    click(qtbot, page.detail.delete_button)
    assert Attempt.get_or_none(Attempt.id == attempt) is None


def test_delete_key_deletes_a_lone_reflection_with_undo(qtbot, services, page):
    lone = services.reflections.save(None, [], "delete me")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    activate(qtbot, page.view)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert Reflection.get_or_none(Reflection.id == lone) is None
    assert page.list_stack.currentWidget() is page.welcome
    page.undo_delete()
    assert services.reflections.get(lone).free_text == "delete me"
    assert page.model.rowCount() == 1


def test_focus_search(qtbot, page):
    activate(qtbot, page)
    page.focus_search()
    assert page.focusWidget() is page.search_edit


def test_new_entries_appear_without_reloading_by_hand(qtbot, services, clock, page):
    fill(services, clock, 1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    services.reflections.save(None, [], "fresh")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.entry(0).preview == "fresh"


def test_renamed_challenges_and_new_categories_show_up(qtbot, services, clock, page):
    from rejection_desktop.services.challenges import ChallengeInput

    fill(services, clock, 1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    challenge = services.challenges.list_challenges()[0]
    services.challenges.update(challenge.id, ChallengeInput(
        title="A brand new title", category=challenge.category, distress=challenge.distress))
    qtbot.waitUntil(lambda: page.model.entry(0).challenge_title == "A brand new title")
    services.challenges.add(ChallengeInput(title="Sing", category="karaoke", distress=40))
    assert page.category_combo.findData("karaoke") >= 0
