"""The Challenges page through its real widgets; assertions on the database."""

from __future__ import annotations

import pytest
from helpers.bracket_translator import bracketed
from helpers.tiny_translator import translated
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rejection_desktop.db.models import Challenge
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog
from rejection_desktop.ui.models.challenge_model import Status
from rejection_desktop.ui.pages.challenges import ChallengesPage
from rejection_desktop.ui.widgets.ladder_delegate import rung_summary


@pytest.fixture
def page(qtbot, services):
    widget = ChallengesPage(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def fill_and_save(qtbot, dialog: ChallengeDialog, title: str, distress: int) -> None:
    ascii_part = title.encode("ascii", "ignore").decode()
    qtbot.keyClicks(dialog.title_edit, ascii_part)  # QTest types ASCII only
    dialog.title_edit.insert(title[len(ascii_part):])
    dialog.distress_spin.setValue(distress)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    if dialog.rules_box.isVisible():
        assert not save.isEnabled()  # the ground rules come first
        dialog.rules_check.setFocus()
        qtbot.keyClick(dialog.rules_check, Qt.Key.Key_Space)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def when_dialog_opens(qtbot, action):
    """Run ``action(dialog)`` on the next modal ChallengeDialog."""
    def run():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ChallengeDialog) and w.isVisible())
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave a modal dialog blocking the test
    QTimer.singleShot(50, run)


def test_create_a_custom_challenge_through_the_form(qtbot, page):
    title = "Ask to swap seats \N{SLIGHTLY SMILING FACE}"
    when_dialog_opens(qtbot, lambda d: fill_and_save(qtbot, d, title, 42))
    new_id = page.add_challenge()
    row = Challenge.get_by_id(new_id)
    assert (row.title, row.distress, row.builtin_key) == (title, 42, None)
    assert page.selected_record().id == new_id


def test_an_empty_title_is_named_and_nothing_is_saved(qtbot, services):
    before = Challenge.select().count()
    dialog = ChallengeDialog(services.challenges)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.rules_check, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Title is required" in dialog.error_label.text()
    assert Challenge.select().count() == before


def test_edit_a_built_in_keeps_it_and_marks_it_edited(qtbot, page):
    first = page.model.record(0)
    page.select_challenge(first.id)

    def edit(dialog):
        dialog.title_edit.clear()
        fill_and_save(qtbot, dialog, "My version", 77)

    when_dialog_opens(qtbot, edit)
    page.edit_selected()
    row = Challenge.get_by_id(first.id)
    assert (row.title, row.distress, row.user_edited) == ("My version", 77, True)
    assert row.builtin_key == first.builtin_key


def test_search_and_filters_narrow_the_table(qtbot, page):
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.search_edit, "raise")
    assert 0 < page.proxy.rowCount() < total
    assert all("raise" in (page.proxy.index(r, 0).data() or "").lower()
               or "raise" in page.proxy.index(r, 0).data(Qt.ItemDataRole.ToolTipRole).lower()
               for r in range(page.proxy.rowCount()))
    page.search_edit.clear()
    page.category_combo.setCurrentIndex(page.category_combo.findData("work"))
    work = page.proxy.rowCount()
    assert work == Challenge.select().where(Challenge.category == "work").count()
    page.band_combo.setCurrentIndex(page.band_combo.findData("bold"))
    assert page.proxy.rowCount() == Challenge.select().where(
        (Challenge.category == "work") & (Challenge.distress > 60)).count()


def test_archive_hides_and_restore_brings_back(qtbot, page, services):
    record = page.model.record(0)
    page.select_challenge(record.id)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Challenge.get_by_id(record.id).archived)
    qtbot.waitUntil(lambda: page.model.record(page.model.row_of(record.id)).archived)
    assert not page.select_challenge(record.id)  # hidden from the active list
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.ARCHIVED)))
    assert page.proxy.rowCount() == 1
    assert page.select_challenge(record.id)
    assert page.archive_button.text().replace("&", "") == "Restore"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not Challenge.get_by_id(record.id).archived)


def test_duplicate_makes_an_editable_copy(qtbot, page):
    record = page.model.record(3)
    page.select_challenge(record.id)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = page.selected_record()
    assert copy.id != record.id and copy.title == record.title + " (copy)"
    assert copy.builtin_key is None


def test_the_copy_is_titled_in_the_users_language(qtbot, page, tmp_path):
    record = page.model.record(3)
    page.select_challenge(record.id)
    with translated(tmp_path, {("ChallengeService", "{0} (copy)"): "{0} (Kopie)"}):
        qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = page.selected_record()
    assert copy.id != record.id and copy.title == record.title + " (Kopie)"
    assert page.model.record(page.model.row_of(copy.id)).title == copy.title


def test_never_tried_and_tried_filters_follow_the_log(qtbot, page, services):
    record = page.model.record(0)
    services.attempts.log(record.id, BeforeInput(predicted_no=70), OutcomeInput("rejected"))
    qtbot.waitUntil(lambda: page.model.data(page.model.index(page.model.row_of(record.id), 3)) == 1)
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.DONE)))
    assert page.proxy.rowCount() == 1
    page.status_combo.setCurrentIndex(page.status_combo.findData(int(Status.NEVER_TRIED)))
    assert not page.select_challenge(record.id)


def test_the_ladder_orders_by_distress_and_shows_progress(qtbot, page, services):
    record = page.model.record(0)
    for _ in range(2):  # predictions typed in with the outcome: hindsight, no climb
        services.attempts.log(record.id, BeforeInput(predicted_no=70), OutcomeInput("accepted"))
    for _ in range(2):  # planned first: two predictions tested
        planned = services.attempts.plan(record.id, BeforeInput(predicted_no=70,
                                                                expected_badness=50))
        services.attempts.log(record.id, None, OutcomeInput("accepted"), attempt_id=planned)
    qtbot.mouseClick(page.ladder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ladder_model.rowCount() > 0)
    distress = [page.ladder_model.rung(r).challenge.distress
                for r in range(page.ladder_model.rowCount())]
    assert distress == sorted(distress)
    rung = next(page.ladder_model.rung(r) for r in range(page.ladder_model.rowCount())
                if page.ladder_model.rung(r).challenge.id == record.id)
    assert rung.done and (rung.asks, rung.predictions_tested) == (4, 2)


def test_my_ladder_lists_the_users_rungs_not_the_whole_library(qtbot, page, services):
    click_ladder = page.ladder_button
    qtbot.mouseClick(click_ladder, Qt.MouseButton.LeftButton)
    assert page.ladder_empty.isVisible() and not page.ladder_view.isVisible()
    assert page.count_label.text() == "0 rungs"
    asked, planned, rated = (page.model.record(row) for row in range(3))
    plan = services.attempts.plan(asked.id, BeforeInput(predicted_no=70, expected_badness=40))
    services.attempts.log(asked.id, None, OutcomeInput("accepted"), plan)  # a forecast tested
    services.attempts.plan(planned.id, BeforeInput(predicted_no=50, expected_badness=30))
    services.challenges.set_distress(rated.id, 44)
    qtbot.waitUntil(lambda: page.ladder_model.rowCount() == 3)
    assert page.ladder_view.isVisible() and page.count_label.text() == "3 rungs"
    assert page.model.rowCount() > 100  # the library still holds everything
    summaries = {page.ladder_model.rung(r).challenge.id: rung_summary(page.ladder_model.rung(r))
                 for r in range(3)}
    assert summaries[planned.id] == "Planned, not tried yet"
    assert "1 prediction tested" in summaries[asked.id]
    assert "prediction(s)" not in summaries[asked.id]
    assert "last on 1 Jun 2026" in summaries[asked.id]  # not 2026-06-01


def test_ladder_rows_fit_the_view_without_sideways_scrolling(qtbot, page, services):
    for row in range(30):
        services.challenges.set_distress(page.model.record(row).id, row)
    qtbot.mouseClick(page.ladder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ladder_model.rowCount() == 30)
    page.resize(800 - 200, 520)
    qtbot.wait(50)
    view = page.ladder_view
    assert view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()
    first = view.visualRect(page.ladder_model.index(0, 0))
    assert first.width() == view.viewport().width()


def test_the_refusal_is_shown_in_the_interface_language(qtbot, services):
    """The service refuses with a code; the form words it through the translator."""
    with bracketed():
        dialog = ChallengeDialog(services.challenges)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog.rules_check, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert dialog.error_label.text() == "[[Title] is required.]"
