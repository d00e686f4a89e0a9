"""Every save that closes a form is confirmed where the user looks, with Undo where it fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.flow_driver import attempt_dialog, click, ctrl_enter, rate, reflection_dialog
from helpers.flow_driver import type_into as type_text
from PySide6.QtWidgets import QApplication, QScrollArea

from rejection_desktop.app.assemble import assemble
from rejection_desktop.db.models import Reflection
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import BeforeInput


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 720)
    shell.window.show()
    yield shell
    shell.flow.close_all()
    runtime.shutdown()


@pytest.fixture
def challenge(services):
    return services.challenges.list_challenges()[0]


def banner_shows(shell, words: str) -> bool:
    banner = shell.window.banner
    return banner.isVisible() and words in banner.text.text()


def test_a_plan_is_confirmed_and_can_be_undone(qtbot, assembled, services, challenge):
    dialog = assembled.flow.plan(challenge.id)
    click(qtbot, dialog.quick_times["hour"])
    rate(qtbot, dialog.predicted_no, 60)
    rate(qtbot, dialog.expected_badness, 40)
    ctrl_enter(qtbot, dialog.context_edit)
    assert len(services.attempts.open_attempts()) == 1
    banner = assembled.window.banner
    assert banner_shows(assembled, f"Planned: {challenge.title}")
    assert banner.action_button.isVisible() and banner.action_button.text() == "Undo"
    click(qtbot, banner.action_button)
    assert services.attempts.open_attempts() == []
    assert not banner.isVisible()


def test_a_log_on_a_plan_is_confirmed_and_undo_puts_the_plan_back(qtbot, assembled, services,
                                                                  challenge):
    plan_id = services.attempts.plan(challenge.id, BeforeInput(predicted_no=70,
                                                               expected_badness=50))
    assembled.flow.log(attempt_id=plan_id)
    log = attempt_dialog(assembled.flow)
    click(qtbot, log.outcome_buttons[Outcome.ACCEPTED])
    click(qtbot, log.save_only_button)
    assert services.attempts.get(plan_id).outcome is not None
    assert banner_shows(assembled, f"Logged: {challenge.title}")
    click(qtbot, assembled.window.banner.action_button)
    restored = services.attempts.get(plan_id)
    assert restored.outcome is None and restored.before.predicted_no == 70


def test_a_new_reflection_is_confirmed_and_can_be_undone(qtbot, assembled):
    assembled.flow.reflect()
    dialog = reflection_dialog(assembled.flow)
    type_text(qtbot, dialog.first_answer_edit(), "A calm day")
    ctrl_enter(qtbot, dialog.first_answer_edit())
    qtbot.waitUntil(lambda: banner_shows(assembled, "Reflection saved."))
    assert Reflection.select().count() == 1
    click(qtbot, assembled.window.banner.action_button)
    assert Reflection.select().count() == 0


def test_archiving_is_confirmed_with_undo(qtbot, assembled, services, challenge):
    page = assembled.window.show_page("challenges")
    assert page.select_challenge(challenge.id)
    click(qtbot, page.archive_button)
    assert services.challenges.get(challenge.id).archived
    assert page.banner.isVisible() and f"Archived: {challenge.title}" in page.banner.text.text()
    click(qtbot, page.banner.action_button)
    assert not services.challenges.get(challenge.id).archived


def test_export_reports_under_its_own_buttons(qtbot, assembled, tmp_path: Path, monkeypatch):
    settings = assembled.window.show_page("settings")
    section = next(s for s in settings._sections if hasattr(s, "export_buttons"))
    target = tmp_path / "journal.md"
    monkeypatch.setattr(section, "ask_save_path", lambda _kind: target)
    button = section.export_buttons["md"]
    settings_scroll = settings.findChild(QScrollArea)
    settings_scroll.ensureWidgetVisible(button)
    click(qtbot, button)
    status = section.panel.result_label  # the export runs as a job; its result shows here
    qtbot.waitUntil(lambda: status.isVisible() and str(target) in status.text(), timeout=20000)
    # right under the export buttons: on screen where the click was, above the import part
    below = status.mapTo(section, status.rect().topLeft()).y()
    assert button.mapTo(section, button.rect().bottomLeft()).y() < below < \
        section.import_button.mapTo(section, section.import_button.rect().topLeft()).y()
    viewport = settings_scroll.viewport()
    top = status.mapTo(viewport, status.rect().topLeft()).y()
    assert top >= 0 and top + status.height() <= viewport.height()
