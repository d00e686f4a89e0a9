"""The window as the app assembles it (reminders, tray, backups, import wired in)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from rejection_desktop.app.assemble import assemble
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.widgets.common import Card


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1000, 700)
    yield shell
    runtime.shutdown()


def test_a_restore_refreshes_settings_and_forgets_an_undo_that_no_longer_fits(
        qtbot, assembled, services):
    services.settings.set("daily_goal", 2)
    backup = services.backups.back_up_now()
    services.settings.set("daily_goal", 5)
    settings_page = assembled.window.show_page("settings")
    assert settings_page.goal_spin.value() == 5

    challenge = services.challenges.list_challenges()[0].id
    services.attempts.log(challenge, BeforeInput(predicted_no=60), OutcomeInput("accepted"))
    journal = assembled.window.show_page("journal")
    journal.refresh()
    journal.select_row(0)
    journal.delete_selected()
    assert journal.banner.isVisibleTo(journal)  # "Undo" is on offer

    services.backups.restore(backup.path)
    assert settings_page.goal_spin.value() == 2
    assert not journal.banner.isVisibleTo(journal)
    journal.undo_delete()  # nothing to undo any more: must not raise
    assert services.settings.get("daily_goal") == 2


def test_every_page_and_settings_section_builds(qtbot, assembled):
    for key in assembled.window.page_keys():
        assert assembled.window.show_page(key) is not None
    settings_page = assembled.window.page("settings")
    titles = {card.title_label.text() for card in settings_page.findChildren(Card)
              if hasattr(card, "title_label")}
    assert {"Reminders", "Your data", "Reflection prompts"} <= titles
