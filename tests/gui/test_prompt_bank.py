"""Prompt-bank edits in Settings persist and change what the next reflection asks."""

from __future__ import annotations

import pytest
from helpers.flow_driver import click, type_into

from rejection_desktop.app.context import open_context
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.reflections import Answer
from rejection_desktop.ui.widgets.prompt_bank import PromptBankWidget


@pytest.fixture
def bank(qtbot, services):
    widget = PromptBankWidget(services.prompts)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


def ask(services, outcome="rejected", audience="stranger"):
    challenge = next(c for c in services.challenges.list_challenges() if c.audience == audience)
    return services.attempts.log(challenge.id, BeforeInput(), OutcomeInput(outcome))


def asked(flow, attempt_id):
    """(key, text) of the prompts the next reflection on ``attempt_id`` shows, in order."""
    dialog = flow.reflect(attempt_id)
    shown = [(box.key, box.prompt) for box in dialog.answer_boxes]
    flow.close_all()
    return shown


def select_key(bank, key):
    prompt = next(p for p in bank.prompts.list_prompts() if p.key == key)
    bank.select(prompt.id)
    return prompt


def test_adding_a_prompt_for_rejections_only(qtbot, services, data_dir, bank, flow):
    editor = bank.add_prompt()
    type_into(qtbot, editor.text_edit, "Did you breathe out afterwards?")
    for outcome, check in editor.outcome_checks.items():
        if outcome != "rejected":
            click(qtbot, check)
    click(qtbot, editor.save_button)
    assert not editor.isVisible()
    added = services.prompts.list_prompts()[-1]
    assert (added.text, added.outcomes, added.personal_only) == (
        "Did you breathe out afterwards?", ("rejected",), False)
    assert bank.selected().id == added.id

    assert asked(flow, ask(services, "rejected"))[-1] == (added.key, added.text)
    assert added.key not in [key for key, _ in asked(flow, ask(services, "accepted"))]


def test_the_editor_refuses_an_empty_prompt_or_no_outcome(qtbot, services, bank):
    before = len(services.prompts.list_prompts())
    editor = bank.add_prompt()
    click(qtbot, editor.save_button)
    assert editor.isVisible() and editor.text_error.text() == "Prompt is required."
    type_into(qtbot, editor.text_edit, "A question")
    for check in editor.outcome_checks.values():
        click(qtbot, check)
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.outcome_error.text() == "Choose at least one outcome this prompt is for."
    assert len(services.prompts.list_prompts()) == before
    editor.reject()


def test_rewording_changes_the_next_reflection_but_not_past_answers(qtbot, services, bank,
                                                                    flow):
    attempt = ask(services)
    original = select_key(bank, "predicted-vs-happened")
    services.reflections.save(attempt, [Answer(original.key, original.text, "close guess")])
    editor = bank.edit_selected()
    editor.text_edit.selectAll()
    qtbot.keyClicks(editor.text_edit, "Your guess versus what happened?")
    click(qtbot, editor.save_button)
    shown = dict(asked(flow, ask(services)))
    assert shown["predicted-vs-happened"] == "Your guess versus what happened?"
    [past] = services.reflections.for_attempt(attempt)
    assert past.answers[0].prompt == original.text


def test_hiding_and_showing_a_prompt(qtbot, services, bank, flow):
    attempt = ask(services)
    select_key(bank, "what-took-courage")
    click(qtbot, bank.hide_button)
    assert bank.hide_button.text() == "&Show"
    assert "what-took-courage" not in dict(asked(flow, attempt))
    click(qtbot, bank.hide_button)
    assert "what-took-courage" in dict(asked(flow, attempt))


def test_reordering_changes_the_order_asked(qtbot, services, bank, flow):
    attempt = ask(services)
    first, second = [key for key, _ in asked(flow, attempt)][:2]
    select_key(bank, second)
    click(qtbot, bank.up_button)
    assert [key for key, _ in asked(flow, attempt)][:2] == [second, first]
    assert bank.selected().key == second
    click(qtbot, bank.down_button)
    assert [key for key, _ in asked(flow, attempt)][:2] == [first, second]


def test_personal_only_prompts_are_for_asks_of_people_close_to_you(qtbot, services, bank,
                                                                   flow):
    editor = bank.add_prompt()
    type_into(qtbot, editor.text_edit, "Do you want to talk to them again about it?")
    click(qtbot, editor.personal_check)
    click(qtbot, editor.save_button)
    key = services.prompts.list_prompts()[-1].key
    assert key in dict(asked(flow, ask(services, audience="family")))
    assert key not in dict(asked(flow, ask(services, audience="stranger")))


def test_edits_persist_after_a_restart(qtbot, services, data_dir, clock, bank):
    select_key(bank, "what-took-courage")
    click(qtbot, bank.hide_button)
    select_key(bank, "how-bad-really")
    click(qtbot, bank.down_button)
    expected = [(p.key, p.hidden) for p in services.prompts.list_prompts()]
    reopened = open_context(data_dir, clock)  # the same file, opened again
    try:
        assert [(p.key, p.hidden) for p in reopened.services.prompts.list_prompts()] == expected
    finally:
        reopened.close()
