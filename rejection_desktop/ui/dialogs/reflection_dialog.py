"""The guided reflection: the prediction next to what happened, then the prompts for it.

Prompts come from the user's prompt bank, chosen by the attempt's outcome; an ask of a friend,
relative or colleague also gets the aftercare prompts. A reflection without an ask gets the
prompts that fit anything. Editing shows every stored answer with the prompt as it was asked,
then the current prompts not answered yet. Only answered prompts are stored.

When the ask tested a belief, the header shows it with how strongly it was believed before and
asks (optionally) how strongly now and for a fairer way to put it. After a no, the coping line
written in the plan is shown again.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.outcomes import Outcome, is_personal_audience
from rejection_desktop.domain.prompt_rules import Situation, needs_aftercare
from rejection_desktop.services.attempts import AttemptData
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.container import Services
from rejection_desktop.services.reflections import (
    Answer,
    BeliefAfter,
    ReflectionData,
    answer_field,
)
from rejection_desktop.ui.dialogs.form_base import FormDialog, LongTextEdit
from rejection_desktop.ui.journal_format import chip_icon, comparison, outcome_label
from rejection_desktop.ui.widgets.common import Card, label, scrolled_body
from rejection_desktop.ui.widgets.rating import RatingInput

FREE_TEXT_KEY = "free_text"
WHAT_STOPPED_KEY = "not-attempted-what-stopped"
"""The prompt the log form's "What stopped me" already answers."""
MIN_LINES = 3
MAX_LINES = 12


def reflection_draft_key(attempt_id: int | None, reflection_id: int | None) -> str:
    """One draft per reflection being written or edited."""
    if reflection_id is not None:
        return f"reflection:edit:{reflection_id}"
    if attempt_id is not None:
        return f"reflection:attempt:{attempt_id}"
    return "reflection:new"


class AnswerBox(QWidget):
    """One prompt and the box to answer it in."""

    def __init__(self, key: str, prompt: str, edit: LongTextEdit, error: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.prompt = prompt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.prompt_label = label(prompt, wrap=True)
        self.prompt_label.setObjectName("promptText")
        self.edit = edit
        self.edit.setAccessibleName(prompt)
        self.edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.edit.textChanged.connect(self._fit_height)
        self._fit_height()
        self.prompt_label.setBuddy(self.edit)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.edit)
        layout.addWidget(error)

    def text(self) -> str:
        return self.edit.toPlainText()

    def _fit_height(self) -> None:
        """Grow with the answer from 3 to 12 lines; longer answers scroll inside the box."""
        lines = int(self.edit.document().size().height())
        shown = max(MIN_LINES, min(MAX_LINES, lines + 1))
        margins = self.edit.contentsMargins()
        frame = 2 * self.edit.frameWidth() + margins.top() + margins.bottom()
        height = shown * self.edit.fontMetrics().lineSpacing() + frame + 8
        if self.edit.height() != height:
            self.edit.setFixedHeight(height)


class ReflectionDialog(FormDialog):
    """Write or edit a reflection; ``saved_id`` holds the reflection id after saving."""

    FORM = "reflection"

    def __init__(self, services: Services, *, attempt_id: int | None = None,
                 reflection_id: int | None = None, parent: QWidget | None = None,
                 clock: Clock = system_clock, draft_key: str | None = None) -> None:
        self.services = services
        self.existing: ReflectionData | None = (
            services.reflections.get(reflection_id) if reflection_id is not None else None)
        if self.existing is not None:
            attempt_id = self.existing.attempt_id
        self.attempt: AttemptData | None = (
            services.attempts.get(attempt_id) if attempt_id is not None else None)
        super().__init__(services.drafts,
                         draft_key or reflection_draft_key(attempt_id, reflection_id),
                         parent, clock)
        self.setObjectName("reflectionDialog")
        self.setWindowTitle(self.tr("Reflect") if self.attempt else self.tr("Reflection"))
        self.setMinimumSize(560, 520)
        self.answer_boxes: list[AnswerBox] = []
        self.coping_label: QLabel | None = None
        self.belief_now: RatingInput | None = None
        self.fairer_edit: QLineEdit | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 18, 20, 14)
        root.setSpacing(10)
        root.addWidget(self._header())

        self.scroll_area, self.answers_layout = scrolled_body(14)
        root.addWidget(self.scroll_area, 1)

        standalone = self.attempt is None
        self.free_text = AnswerBox(
            FREE_TEXT_KEY,
            self.tr("What is on your mind?") if standalone else self.tr("Anything else?"),
            self.long_text("Reflection", "Reflection"), self.error_slot("Reflection", None))
        self.set_error_target("Reflection", self.free_text.edit)
        if not standalone:
            self.free_text.edit.setPlaceholderText(self.tr("Optional"))
        if self.existing is not None:
            self.free_text.edit.setPlainText(self.existing.free_text)
        self.answers_layout.addWidget(self.free_text)
        self.answers_layout.addStretch(1)
        for key, prompt, text in self._initial_answers():
            self._add_answer(key, prompt).edit.setPlainText(text)

        root.addWidget(self.general_error)
        root.addLayout(self.save_row(self.tr("Save reflection")))
        self.watch(self.free_text.edit, *(box.edit for box in self.answer_boxes))
        if self.belief_now is not None and self.fairer_edit is not None:
            self.watch(self.belief_now, self.fairer_edit)
        self.start()
        self.first_answer_edit().setFocus()

    # layout ------------------------------------------------------------------------------------
    def _header(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        attempt = self.attempt
        if attempt is None:
            layout.addWidget(label(self.tr("A reflection"), "pageTitle"))
            layout.addWidget(label(self.tr(
                "Write about a rejection, a worry or something you noticed. "
                "It stays on this computer."), "muted", wrap=True))
            return box
        layout.addWidget(label(self.tr("Reflect on your ask"), "pageTitle"))
        title_row = QHBoxLayout()
        chip = QLabel()
        outcome = attempt.outcome.outcome if attempt.outcome else None
        chip.setPixmap(chip_icon(outcome, 14).pixmap(14, 14))
        title_row.addWidget(chip)
        title = label(f"{attempt.challenge_title} · {outcome_label(outcome)}", "sectionTitle",
                      wrap=True)
        title_row.addWidget(title, 1)
        layout.addLayout(title_row)
        card = Card()
        self.comparison_label = label(comparison(attempt), wrap=True)
        self.comparison_label.setAccessibleName(self.tr("Your prediction and what happened"))
        card.body.addWidget(self.comparison_label)
        if attempt.outcome is not None and attempt.outcome.what_happened:
            card.body.addWidget(label(attempt.outcome.what_happened, "muted", wrap=True))
        if self._stopped_answer():
            card.body.addWidget(label(self.tr("What stopped me: {0}").format(
                self._stopped_answer()), "muted", wrap=True))
        if self._got_a_no() and attempt.before.coping_plan:
            self.coping_label = label(self.tr("Your plan for a no: {0}").format(
                attempt.before.coping_plan), wrap=True)
            self.coping_label.setObjectName("copingLine")
            card.body.addWidget(self.coping_label)
        layout.addWidget(card)
        if attempt.belief is not None:
            layout.addWidget(self._belief_card())
        if needs_aftercare(self.situation()):
            layout.addWidget(label(self.tr(
                "This one may stay with you for a while. Go gently: the first questions are "
                "about looking after yourself, and every box is optional."), "muted", wrap=True))
        layout.addWidget(self._crisis_link())
        return box

    def _crisis_link(self) -> QLabel:
        """A link to the crisis lines, always in view above the prompts."""
        link = QLabel("<a href='crisis'>" + self.tr(
            "Feeling very low or unsafe? Talk to someone now") + "</a>")
        link.setObjectName("crisisLink")
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        link.setAccessibleName(self.tr("Crisis resources"))
        link.linkActivated.connect(self.show_crisis_resources)
        self.crisis_link = link
        return link

    def show_crisis_resources(self, _link: str = "") -> None:
        from rejection_desktop.ui.dialogs.help_dialogs import crisis_dialog  # noqa: PLC0415

        crisis_dialog(self).exec()

    def _got_a_no(self) -> bool:
        outcome = self.attempt.outcome if self.attempt else None
        return outcome is not None and outcome.outcome in (Outcome.REJECTED.value,
                                                           Outcome.PARTIAL.value)

    def _belief_card(self) -> Card:
        """The belief this ask tested: re-rate it, and word a fairer version (both optional)."""
        assert self.attempt is not None and self.attempt.belief is not None
        belief = self.attempt.belief
        card = Card(self.tr("The thought behind the fear"))
        before = (self.tr("Before the ask you wrote: \u201c{0}\u201d. You believed it {1}/100.")
                  .format(belief.text, belief.before) if belief.before is not None
                  else self.tr("Before the ask you wrote: \u201c{0}\u201d.").format(belief.text))
        self.belief_label = label(before, wrap=True)
        card.body.addWidget(self.belief_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.belief_now = RatingInput(self.tr("How much you believe it now"),
                                      self.tr("not at all"), self.tr("completely"))
        now_label = QLabel(self.tr("How much do you believe it &now?"))
        now_label.setBuddy(self.belief_now.slider)
        form.addRow(now_label, self.belief_now)
        self.fairer_edit = QLineEdit()
        self.fairer_edit.setAccessibleName(self.tr("A fairer way to put it"))
        self.fairer_edit.setPlaceholderText(self.tr(
            "e.g. \"Some people might think that; most won't notice\" (optional)"))
        fairer_label = QLabel(self.tr("A &fairer way to put it"))
        fairer_label.setBuddy(self.fairer_edit)
        form.addRow(fairer_label, self.fairer_edit)
        card.body.addLayout(form)
        card.body.addWidget(self.error_slot("How much you believe it now", self.belief_now.slider))
        card.body.addWidget(self.error_slot("A fairer way to put it", self.fairer_edit))
        stored = (self.services.reflections.belief_after(self.existing.id)
                  if self.existing is not None else None)
        if stored is not None:
            self.belief_now.set_value(stored.rating)
            self.fairer_edit.setText(stored.fairer)
        return card


    def _add_answer(self, key: str, prompt: str) -> AnswerBox:
        """A box for ``prompt``: after the free text in a lone reflection, else before it."""
        box = AnswerBox(key, prompt, self.long_text("This answer", answer_field(key)),
                        self.error_slot(answer_field(key), None))
        self.set_error_target(answer_field(key), box.edit)
        offset = 1 if self.attempt is None else 0
        self.answers_layout.insertWidget(len(self.answer_boxes) + offset, box)
        self.answer_boxes.append(box)
        boxes = self.boxes_in_order()
        for first, second in pairwise(boxes):
            QWidget.setTabOrder(first.edit, second.edit)
        return box

    def boxes_in_order(self) -> list[AnswerBox]:
        """Every answer box as shown, top to bottom."""
        if self.attempt is None:
            return [self.free_text, *self.answer_boxes]
        return [*self.answer_boxes, self.free_text]

    # content -----------------------------------------------------------------------------------
    def _is_personal(self) -> bool:
        return self.attempt is not None and is_personal_audience(self.attempt.audience)

    def situation(self) -> Situation:
        """What the prompts are chosen by: the outcome, who was asked, the plan and the hurt."""
        attempt = self.attempt
        if attempt is None or attempt.outcome is None:
            return Situation(None)
        before, after = attempt.before, attempt.outcome
        return Situation(after.outcome, self._is_personal(), before.predicted_no,
                         after.actual_badness, after.anxiety_after,
                         bool(before.safety_behaviour.strip()))

    def prompts(self) -> list[tuple[str, str]]:
        """(key, text) of the prompts this reflection asks, in the bank's order."""
        prompts = self.services.prompts
        attempt = self.attempt
        if attempt is None or attempt.outcome is None:
            chosen = prompts.general_prompts()
        else:
            chosen = prompts.prompts_for(self.situation())
        # "what stopped me" is asked once: not again when the log form already has the answer
        skip = {WHAT_STOPPED_KEY} if self._stopped_answer() else set()
        return [(p.key, p.text) for p in chosen if p.key not in skip]

    def _stopped_answer(self) -> str:
        """What the log form says stopped the user, for an ask not made ("" otherwise)."""
        outcome = self.attempt.outcome if self.attempt else None
        return outcome.what_stopped_me.strip() if outcome is not None else ""

    def _initial_answers(self) -> list[tuple[str, str, str]]:
        stored = list(self.existing.answers) if self.existing else []
        answered = {a.key for a in stored}
        rows = [(a.key, a.prompt, a.answer) for a in stored]
        rows += [(key, text, "") for key, text in self.prompts() if key not in answered]
        return rows

    # FormDialog hooks --------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "answers": [{"key": b.key, "prompt": b.prompt, "answer": b.text()}
                        for b in self.answer_boxes],
            "free_text": self.free_text.text(),
        }
        if self.belief_now is not None and self.fairer_edit is not None:
            state["belief_now"] = self.belief_now.value()
            state["fairer"] = self.fairer_edit.text()
        return state

    def apply_state(self, state: dict[str, Any]) -> None:
        boxes = {box.key: box for box in self.answer_boxes}
        for item in state.get("answers", []):
            key, prompt, answer = str(item["key"]), str(item["prompt"]), str(item["answer"])
            box = boxes.get(key)
            if box is None:  # the prompt bank changed since: keep the answer anyway
                box = self._add_answer(key, prompt)
                self.watch(box.edit)
                boxes[key] = box
            box.edit.setPlainText(answer)
        self.free_text.edit.setPlainText(str(state.get("free_text", "")))
        if self.belief_now is not None and self.fairer_edit is not None:
            self.belief_now.set_value(state.get("belief_now"))
            self.fairer_edit.setText(str(state.get("fairer", "")))

    def draft_context(self) -> dict[str, Any]:
        return {"attempt_id": self.attempt.id if self.attempt else None,
                "reflection_id": self.existing.id if self.existing else None}

    def answers(self) -> list[Answer]:
        """The answered prompts (empty boxes are not stored)."""
        return [Answer(b.key, b.prompt, b.text()) for b in self.answer_boxes if b.text().strip()]

    def belief_after(self) -> BeliefAfter | None:
        """The re-rating as entered (None when the ask tested no belief)."""
        if self.belief_now is None or self.fairer_edit is None:
            return None
        return BeliefAfter(self.belief_now.value(), self.fairer_edit.text())

    def commit(self) -> int:
        return self.services.reflections.save(
            self.attempt.id if self.attempt else None, self.answers(), self.free_text.text(),
            reflection_id=self.existing.id if self.existing else None,
            belief_after=self.belief_after())

    def first_answer_edit(self) -> QPlainTextEdit:
        """Where typing starts: the first box shown."""
        return self.boxes_in_order()[0].edit
