"""Every page and dialog of the assembled app, opened as a user opens them, one at a time.

``every_view(shell)`` yields ``(name, window)`` for each page of the main window (in the states
that show different controls: the library and the ladder, an ask, a reflection and a weekly
review in the Journal) and each dialog (the forms in their modes, the weekly review and a saved
one, the challenge form, each onboarding page, the draft offer, the help texts). The window is
shown when yielded and closed afterwards, so the checks run on what a user would see.
``journal_with_entries`` fills a journal first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from rejection_desktop.services.attempts import BeforeInput, BeliefInput, OutcomeInput
from rejection_desktop.services.container import Services
from rejection_desktop.services.reflections import Answer
from rejection_desktop.services.weekly_review import ReviewInput
from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog
from rejection_desktop.ui.dialogs.help_dialogs import (
    about_dialog,
    crisis_dialog,
    ground_rules_dialog,
)
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard
from rejection_desktop.ui.shell import Shell


def journal_with_entries(services: Services) -> dict[str, int]:
    """A few asks (one waiting for a reply, one not made), a plan and reflections; ids."""
    challenges = services.challenges.list_challenges()
    first, second, third = challenges[0].id, challenges[1].id, challenges[2].id
    rejected = services.attempts.log(first, BeforeInput(
        predicted_no=80, expected_badness=70,
        belief=BeliefInput(text="They will think I am needy", rating=70)),
                                     OutcomeInput("rejected", actual_badness=30,
                                                  what_happened="She said no, kindly"))
    waiting = services.attempts.log(second, BeforeInput(predicted_no=60),
                                    OutcomeInput("no_reply", what_happened="Sent the email"))
    skipped = services.attempts.log(third, BeforeInput(),
                                    OutcomeInput("not_attempted", what_stopped_me="The queue"))
    planned = services.attempts.plan(third, BeforeInput(predicted_no=50, expected_badness=40))
    reflection = services.reflections.save(rejected, [Answer(
        "predicted-vs-happened", "What happened?", "Less bad than I thought")], "")
    services.reflections.save(None, [], "A quiet day of noticing")
    [belief] = services.beliefs.list_beliefs()
    review = services.weekly_review.save(services.weekly_review.summary(), ReviewInput(
        {belief.id: 55}, ("person", "rung"), "Ask at the market on Saturday", "It was fine"))
    return {"rejected": rejected, "waiting": waiting, "skipped": skipped, "planned": planned,
            "reflection": reflection, "challenge": first, "review": review}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def every_view(shell: Shell, ids: dict[str, int]) -> Iterator[tuple[str, QWidget]]:
    """Open each page and dialog in turn; yields (name, its window) while it is shown."""
    window = shell.window
    window.show()
    for key in window.page_keys():
        page = window.show_page(key)
        settle()
        if key == "challenges":
            page.table.selectRow(0)
            settle()
            yield "challenges-library", window
            page.ladder_button.click()
            settle()
            yield "challenges-ladder", window
            page.table_button.click()
        elif key == "journal":
            page.refresh()
            for name, kind, entry in (("ask", "attempt", "rejected"),
                                      ("waiting", "attempt", "waiting"),
                                      ("planned", "attempt", "planned"),
                                      ("reflection", "reflection", "reflection"),
                                      ("review", "reflection", "review")):
                row = page.model.row_of(kind, ids[entry])
                page.select_row(row)
                settle()
                yield f"journal-{name}", window
        else:
            yield key, window

    flow = shell.flow
    services = shell.services
    forms: dict[str, Callable[[], QDialog | None]] = {
        "form-plan": lambda: flow.plan(ids["challenge"]),
        "form-log": lambda: flow.log(challenge_id=ids["challenge"]),
        "form-log-new": flow.log,
        "form-edit-ask": lambda: flow.edit_attempt(ids["rejected"]),
        "form-did-they-answer": lambda: flow.log(attempt_id=ids["waiting"]),
        "form-reflection": lambda: flow.reflect(ids["rejected"]),
        "form-reflection-not-asked": lambda: flow.reflect(ids["skipped"]),
        "form-reflection-alone": flow.reflect,
        "form-weekly-review": flow.weekly_review,
        "dialog-weekly-review": lambda: flow.show_review(ids["review"]),
        "dialog-challenge": lambda: ChallengeDialog(services.challenges, parent=window),
        "dialog-about": lambda: about_dialog("/tmp/data", window),
        "dialog-rules": lambda: ground_rules_dialog(window),
        "dialog-crisis": lambda: crisis_dialog(window),
    }
    for name, open_it in forms.items():
        dialog = open_it()
        assert dialog is not None, name
        dialog.show()
        settle()
        yield name, dialog
        close(dialog)

    wizard = OnboardingWizard(services, window)
    wizard.show()
    settle()
    for index in range(len(wizard.pageIds())):
        yield f"onboarding-{index + 1}", wizard
        wizard.next()
        settle()
    wizard.done(QDialog.DialogCode.Rejected.value)
    wizard.deleteLater()

    services.drafts.save(f"attempt:plan:{ids['challenge']}", {
        "form": "attempt", "mode": "plan", "challenge_id": ids["challenge"],
        "fields": {"context": "the market"}})
    offer = flow.offer_drafts()
    assert offer is not None
    settle()
    yield "dialog-draft-offer", offer
    close(offer)


def close(dialog: QDialog) -> None:
    """Close without questions (nothing was typed; a wizard is simply dismissed)."""
    close_without_asking = getattr(dialog, "close_keeping_draft", None)
    if callable(close_without_asking):
        close_without_asking()
    elif isinstance(dialog, QWizard):
        dialog.done(0)
    else:
        dialog.reject()
    settle()

