"""Plan an ask (when, where, the prediction, the safety behaviour to drop) or log what happened.

Two modes share one form:
- ``plan``: the "before" part only; the prediction (chance of a no, how bad a no would feel) is
  the point of planning, so those two are required (a dare, where nobody is asked, predicts only
  how bad it will feel). Optional, and costing nothing when left empty: what a no would mean
  about the user (a belief, reusable) with how strongly they believe it, and a coping line.
- ``log``: what happened on the left, the prediction on the right (prefilled from the plan, or
  filled in hindsight for an unplanned ask). "No reply yet" keeps the attempt open; opening it
  again later updates it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.platform.l10n import safety_behaviours, shown_safety, stored_safety
from rejection_desktop.services.attempts import (
    AttemptData,
    BeforeInput,
    BeliefInput,
    DeletedAttempt,
    OutcomeInput,
)
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.container import Services
from rejection_desktop.ui.dialogs.form_base import FormDialog, show_shortcut
from rejection_desktop.ui.journal_format import (
    chip_icon,
    from_qdatetime,
    outcome_label,
    to_qdatetime,
)
from rejection_desktop.ui.widgets.common import Card, RowLabel, label
from rejection_desktop.ui.widgets.date_fields import DateTimeField, QuickTimes
from rejection_desktop.ui.widgets.rating import RatingInput

log = logging.getLogger(__name__)

OUTCOME_ORDER = [Outcome.REJECTED, Outcome.ACCEPTED, Outcome.PARTIAL, Outcome.NO_REPLY,
                 Outcome.NOT_ATTEMPTED]
WITH_BADNESS = {Outcome.REJECTED, Outcome.ACCEPTED, Outcome.PARTIAL}
WITH_ASKED_WHY = {Outcome.REJECTED, Outcome.PARTIAL}


class AttemptMode(StrEnum):
    PLAN = "plan"
    LOG = "log"


def narrow_combo(combo: QComboBox) -> None:
    """A combo box sized for about 20 characters, not for its longest item (a long suggestion
    or belief, or a longer language, would widen the whole form past a small screen); the
    pop-up list still shows every item whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(20)


def attempt_draft_key(mode: AttemptMode, challenge_id: int | None,
                      attempt_id: int | None) -> str:
    """One draft per form: an existing attempt, or a new plan/log for a challenge."""
    if attempt_id is not None:
        return f"attempt:{attempt_id}"
    return f"attempt:{mode.value}:{challenge_id if challenge_id is not None else 'new'}"


@dataclass(frozen=True)
class Field:
    """One form field bound once: ``key`` names it in the draft and in the service's input;
    ``get`` reads the widget, ``put`` shows a stored or drafted value in it."""

    key: str
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]


def text_field(key: str, edit: QLineEdit) -> Field:
    return Field(key, edit, edit.text, lambda value: edit.setText(str(value or "")))


def rating_field(key: str, rating: RatingInput) -> Field:
    return Field(key, rating, rating.value, rating.set_value)


def notes_field(key: str, edit: QPlainTextEdit) -> Field:
    return Field(key, edit, edit.toPlainText, lambda value: edit.setPlainText(str(value or "")))


class AttemptDialog(FormDialog):
    """The plan / log form. ``saved_id`` holds the attempt id after a successful save."""

    FORM = "attempt"
    TYPED_KEYS = frozenset({"context", "safety_behaviour", "challenge_text", "what_happened",
                            "what_stopped_me", "notes"})

    def __init__(self, services: Services, mode: AttemptMode, *,
                 challenge_id: int | None = None, attempt_id: int | None = None,
                 offer_reflection: bool = True, parent: QWidget | None = None,
                 clock: Clock = system_clock, draft_key: str | None = None) -> None:
        self.services = services
        self.mode = mode
        self.attempt: AttemptData | None = (
            services.attempts.get(attempt_id) if attempt_id is not None else None)
        if self.attempt is not None:
            challenge_id = self.attempt.challenge_id
        self.challenge_id = challenge_id
        self.dare = self.attempt.dare if self.attempt is not None else (
            challenge_id is not None and services.challenges.get(challenge_id).dare)
        self.reflect_after = False
        self.before_save: DeletedAttempt | None = None
        """The attempt as it was just before this form saved it (None for a new one)."""
        super().__init__(services.drafts,
                         draft_key or attempt_draft_key(mode, challenge_id, attempt_id),
                         parent, clock)
        self.setObjectName("attemptDialog")
        self.setWindowTitle(self._title())

        root = QVBoxLayout(self)
        # the layout's minimum is the window's: never squeezed below what its rows need
        root.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        root.setContentsMargins(20, 18, 20, 14)
        root.setSpacing(8)
        root.addWidget(self._header())

        self.before_card = Card(self.tr("Before you ask") if mode is AttemptMode.PLAN
                                else self.tr("Before you asked"))
        self._build_before(self.before_card)
        if mode is AttemptMode.PLAN:
            root.addWidget(self.before_card)
        else:
            self.after_card = Card(self.tr("What happened?"))
            self._build_after(self.after_card)
            columns = QHBoxLayout()
            columns.setSpacing(12)
            columns.addWidget(self.after_card, 3)
            columns.addWidget(self.before_card, 2)
            root.addLayout(columns)
        root.addWidget(self.general_error)
        root.addLayout(self._buttons(offer_reflection))
        self.before_fields = (
            text_field("context", self.context_edit),
            rating_field("predicted_no", self.predicted_no),
            rating_field("expected_badness", self.expected_badness),
            rating_field("anxiety_before", self.anxiety_before),
            Field("safety_behaviour", self.safety_combo,
                  lambda: stored_safety(self.safety_combo.currentText(), self.suggestions),
                  lambda value: self.safety_combo.setCurrentText(
                      shown_safety(str(value or ""), self.suggestions))),
            text_field("coping_plan", self.coping_edit),
        )
        """The plan's fields, bound once (the belief and the planned time have their own)."""
        self.after_fields = (
            rating_field("actual_badness", self.actual_badness),
            rating_field("anxiety_after", self.anxiety_after),
            Field("asked_why", self.asked_why_check, self.asked_why_check.isChecked,
                  lambda value: self.asked_why_check.setChecked(bool(value))),
            text_field("what_happened", self.what_happened_edit),
            text_field("what_stopped_me", self.what_stopped_edit),
            notes_field("notes", self.notes_edit),
        ) if mode is AttemptMode.LOG else ()
        """What happened, bound once (the outcome and when have their own)."""
        self._fill_from_attempt()
        self._on_outcome_changed()
        self.watch(*self._watched())
        self.start()
        self._set_tab_order()
        first = self.first_outcome_button() if mode is AttemptMode.LOG else None
        if first is not None:
            checked = self.outcome_group.checkedButton()
            (checked or first).setFocus()
        else:
            self.context_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for every row: wrapped form rows need more height than the size hint
        says (a top-level window ignores height-for-width)."""
        super().showEvent(event)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        if needed > self.height():
            self.resize(self.width(), min(needed, screen - 40))

    # layout ------------------------------------------------------------------------------------
    def _title(self) -> str:
        if self.mode is AttemptMode.PLAN:
            return self.tr("Plan an ask")
        if self.attempt is not None and self.attempt.outcome is not None:
            if self.attempt.outcome.outcome == Outcome.NO_REPLY:
                return self.tr("Did they answer?")
            return self.tr("Edit this ask")
        return self.tr("Log an ask")

    def _header(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label(self._title(), "pageTitle"))
        self.challenge_combo: QComboBox | None = None
        self.challenge_error = self.error_slot("Challenge", None)
        if self.challenge_id is None:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setAccessibleName(self.tr("Challenge"))
            edit = combo.lineEdit()
            assert edit is not None  # editable combo boxes always have a line edit
            edit.setPlaceholderText(self.tr("Type to find a challenge"))
            for challenge in sorted(self.services.challenges.list_challenges(
                    include_archived=False), key=lambda c: c.title.casefold()):
                combo.addItem(challenge.title, challenge.id)
            combo.setCurrentIndex(-1)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            self.challenge_combo = combo
            self.set_error_target("Challenge", combo)
            row = QFormLayout()
            row.addRow(self.tr("&Challenge"), combo)
            layout.addLayout(row)
        else:
            challenge = self.services.challenges.get(self.challenge_id)
            title = label(challenge.title, "sectionTitle", wrap=True)
            title.setAccessibleName(self.tr("Challenge: {0}").format(challenge.title))
            layout.addWidget(title)
            if challenge.tip:
                layout.addWidget(label(challenge.tip, "muted", wrap=True))
        layout.addWidget(self.challenge_error)
        return box

    def _field(self, form: QFormLayout, text: str, widget: QWidget, field: str,
               target: QWidget | None = None) -> QLabel:
        """Add ``widget`` under a label with its error line; returns the row label."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error_slot(field, target or widget))
        row_label = RowLabel(text, max_chars=16 if self.mode is AttemptMode.LOG else 40)
        # a long label (another language) takes two lines, most of all in the log form's
        # two columns
        row_label.setBuddy(target or widget)
        form.addRow(row_label, holder)
        return row_label

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)  # the plan form, beliefs included, fits a 600 px screen
        return form

    def _build_before(self, card: Card) -> None:
        form = self._form()
        self.planned_check = QCheckBox(self.tr("Pick a day and time"))
        self.planned_check.setAccessibleName(self.tr("Plan for a day and time"))
        self.planned_edit = DateTimeField()
        self.planned_edit.set_accessible_name(self.tr("Planned day and time"))
        self.planned_edit.setDateTime(to_qdatetime(self._next_hour()))
        self.planned_edit.setEnabled(False)
        self.planned_check.toggled.connect(self.planned_edit.setEnabled)
        self.quick_time = QuickTimes(self.clock)
        self.quick_times = self.quick_time.buttons
        self.quick_time.chosen.connect(self._plan_for)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.planned_check)
        when_row.addWidget(self.planned_edit, 1)
        when_label = self._field(form, self.tr("&When"), when, "Planned time", self.planned_check)
        form.addRow("", self.quick_time)
        for row in (when_label, self.quick_time):  # a log has its own "when"
            form.setRowVisible(row, self.mode is AttemptMode.PLAN)
        if self.mode is AttemptMode.LOG:  # a narrow column: labels above their fields
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.context_edit = QLineEdit()
        self.context_edit.setAccessibleName(self.tr("Where, or with whom"))
        self.context_edit.setPlaceholderText(self.tr("e.g. the bakery on the corner, my manager"))
        self._field(form, self.tr("Wh&ere / with whom"), self.context_edit, "Where / with whom")
        self.predicted_no = RatingInput(self.tr("Chance of a no"), self.tr("surely a yes"),
                                        self.tr("surely a no"), suffix=" %")
        self.predicted_row = self._field(form, self.tr("Chance of a &no"), self.predicted_no,
                                         "Chance of a no", self.predicted_no.slider)
        self.expected_badness = RatingInput(self.tr("How bad a no would feel"),
                                            self.tr("not at all"), self.tr("extremely"))
        self.badness_label = self._field(form, self.tr("How &bad would a no feel?"),
                                         self.expected_badness, "How bad a no would feel",
                                         self.expected_badness.slider)
        self.anxiety_before = RatingInput(self.tr("Anxiety before"), self.tr("calm"),
                                          self.tr("extremely anxious"))
        self._field(form, self.tr("&Anxiety right now") if self.mode is AttemptMode.PLAN
                    else self.tr("&Anxiety before"), self.anxiety_before, "Anxiety before",
                    self.anxiety_before.slider)
        self.safety_combo = QComboBox()
        self.safety_combo.setEditable(True)
        self.safety_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        narrow_combo(self.safety_combo)
        self.safety_combo.setAccessibleName(self.tr("Safety behaviour to drop"))
        self.safety_combo.addItem("")
        self.suggestions = safety_behaviours()
        for english, shown in self.suggestions:
            self.safety_combo.addItem(shown, english)
        safety_edit = self.safety_combo.lineEdit()
        assert safety_edit is not None  # editable
        safety_edit.setPlaceholderText(
            self.tr("Pick one or type your own (optional)"))
        self.safety_combo.setToolTip(self.tr(
            "Something you usually do to feel safer that you will leave out this time."))
        self._field(form, self.tr("&Safety behaviour to drop"), self.safety_combo,
                    "Safety behaviour to drop")
        self._build_belief(form)
        if self.dare:  # nobody is asked: no chance of a no, only how bad it will feel
            form.setRowVisible(self.predicted_row, False)
            self.badness_label.setText(self.tr("How &bad will it feel?"))
            self.expected_badness.set_accessible_name(
                self.tr("How bad it will feel"), self.tr("not at all"), self.tr("extremely"))
        card.body.addLayout(form)
        card.body.addStretch(1)

    def _build_belief(self, form: QFormLayout) -> None:
        """What a no would mean about the user, how strongly they believe it, and a coping
        line: all optional, asked when planning (a plan form only)."""
        self.belief_combo = QComboBox()
        self.belief_combo.setEditable(True)
        self.belief_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        narrow_combo(self.belief_combo)
        self.belief_combo.setAccessibleName(self.tr("What a no would mean about you"))
        self.belief_combo.addItem("", None)
        for belief in self.services.beliefs.list_beliefs():
            self.belief_combo.addItem(belief.text, belief.id)
        self.belief_combo.setCurrentIndex(0)
        belief_edit = self.belief_combo.lineEdit()
        assert belief_edit is not None  # editable
        belief_edit.setPlaceholderText(self.tr(
            "e.g. \"They'll think I'm needy\" or \"I couldn't bear it\" (optional)"))
        self.belief_combo.setToolTip(self.tr(
            "One sentence about what you fear a no would say about you. Pick one you wrote "
            "before, or write a new one. You can leave it empty."))
        self.belief_rows: list[QLabel] = [self._field(
            form, self.tr("What would a no &mean about you?"), self.belief_combo,
            "What a no would mean")]
        self.belief_rating = RatingInput(self.tr("How much you believe it"),
                                         self.tr("not at all"), self.tr("completely"))
        self.belief_rows.append(self._field(
            form, self.tr("How much do you bel&ieve it?"), self.belief_rating,
            "How much you believe it", self.belief_rating.slider))
        self.coping_edit = QLineEdit()
        self.coping_edit.setAccessibleName(self.tr("If the no comes, I will"))
        self.coping_edit.setPlaceholderText(self.tr(
            "e.g. breathe out slowly, say thanks, then text a friend (optional)"))
        self.belief_rows.append(self._field(form, self.tr("If the no comes, I wi&ll …"),
                                            self.coping_edit, "If the no comes"))
        for row in self.belief_rows:  # a log keeps what the plan said without asking again
            form.setRowVisible(row, self.mode is AttemptMode.PLAN)

    def _short_outcomes(self) -> bool:
        """True when two outcome buttons side by side take no more width than a rating
        (English); longer words (another language) put them in one column."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(outcome_label(o.value)) for o in OUTCOME_ORDER)
        return widest <= metrics.horizontalAdvance("x") * 24

    def _build_after(self, card: Card) -> None:
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        choices = QWidget()
        choices.setAccessibleName(self.tr("Outcome"))
        grid = QGridLayout(choices)  # the form fits an 800x600 screen in every language:
        columns = 2 if self._short_outcomes() else 1  # one column when the words are long
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        dare_labels = {Outcome.ACCEPTED: self.tr("I did it"),
                       Outcome.PARTIAL: self.tr("I did part of it"),
                       Outcome.NOT_ATTEMPTED: self.tr("I didn't do it this time")}
        shown = 0
        for outcome in OUTCOME_ORDER:
            text = dare_labels.get(outcome, "") if self.dare else outcome_label(outcome.value)
            button = QRadioButton(text)
            button.setIcon(chip_icon(outcome.value))
            button.setAccessibleName(text)
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            if text:  # a dare: nobody can say no or leave it unanswered
                grid.addWidget(button, shown // columns, shown % columns)
                shown += 1
            else:  # kept in the form (hidden) so every outcome has its button
                grid.addWidget(button, len(OUTCOME_ORDER), 0)
                button.setVisible(False)
        self.outcome_group.buttonToggled.connect(self._on_outcome_changed)
        card.body.addWidget(choices)
        card.body.addWidget(self.error_slot("Outcome", self.first_outcome_button()))

        form = self.after_form = self._form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)  # short, even rows
        self.attempted_edit = DateTimeField()
        self.attempted_edit.set_accessible_name(self.tr("When you asked"))
        self.attempted_edit.setDateTime(to_qdatetime(self.clock()))
        self.attempted_row = self._field(form, self.tr("&When"), self.attempted_edit, "When")
        self.actual_badness = RatingInput(self.tr("How bad it felt"), self.tr("not at all"),
                                          self.tr("extremely"))
        self.badness_row = self._field(form, self.tr("How bad did it &feel?"),
                                       self.actual_badness, "How bad it felt",
                                       self.actual_badness.slider)
        self.anxiety_after = RatingInput(self.tr("Anxiety after"), self.tr("calm"),
                                         self.tr("extremely anxious"))
        self._field(form, self.tr("Anxiety af&ter"), self.anxiety_after, "Anxiety after",
                    self.anxiety_after.slider)
        self.asked_why_check = QCheckBox(self.tr("I stayed and asked why"))
        self.asked_why_check.setAccessibleName(self.tr("Stayed and asked why"))
        self.asked_why_check.setAccessibleDescription(self.tr("Or offered another way"))
        asked_why_note = label(self.tr("(or offered another way)"), "muted", wrap=True)
        asked_why_note.setAccessibleName(self.tr("Or offered another way"))
        asked_why_row = QWidget()
        asked_why_line = QHBoxLayout(asked_why_row)  # the note wraps; a check box cannot
        asked_why_line.setContentsMargins(0, 0, 0, 0)
        asked_why_line.addWidget(self.asked_why_check)
        asked_why_line.addWidget(asked_why_note, 1)
        form.addRow(asked_why_row)  # the whole width
        self.what_happened_edit = QLineEdit()
        self.what_happened_edit.setAccessibleName(self.tr("What happened, in one line"))
        self.what_happened_edit.setPlaceholderText(self.tr("One line is enough"))
        self.what_happened_row = self._field(form, self.tr("What &happened"),
                                             self.what_happened_edit, "What happened")
        self.what_stopped_edit = QLineEdit()
        self.what_stopped_edit.setAccessibleName(self.tr("What stopped me"))
        self.what_stopped_edit.setPlaceholderText(self.tr("No blame, just notice it"))
        self.what_stopped_row = self._field(form, self.tr("What &stopped me"),
                                            self.what_stopped_edit, "What stopped me")
        self.notes_edit = self.long_text("Notes", "Notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything else worth remembering (optional)"))
        lines = self.fontMetrics().lineSpacing()  # 4 lines; 2 on a short (800x600) screen
        self.notes_edit.setMinimumHeight(lines * 2 + 12)
        self.notes_edit.setMaximumHeight(lines * 4 + 12)
        self._field(form, self.tr("N&otes"), self.notes_edit, "Notes")
        card.body.addLayout(form)
        card.body.addStretch(1)

    def _buttons(self, offer_reflection: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.draft_status, 1)
        box = QDialogButtonBox()
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_only_button: QPushButton | None = None
        self._offer_reflection = offer_reflection
        if self.mode is AttemptMode.PLAN:
            self.save_button = QPushButton(self.tr("Save plan"))
        elif offer_reflection:
            self.save_only_button = QPushButton(self.tr("Save only"))
            self.save_only_button.setAccessibleName(self.tr("Save without reflecting"))
            self.save_only_button.setAutoDefault(False)
            self.save_only_button.clicked.connect(lambda: self._save(reflect=False))
            box.addButton(self.save_only_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button = QPushButton(self.tr("Save and reflect"))
        else:
            self.save_button = QPushButton(self.tr("Save"))
        show_shortcut(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit_default)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.rejected.connect(self.reject)
        row.addWidget(box)
        return row

    def first_outcome_button(self) -> QRadioButton:
        """The first outcome offered (a dare starts at "I did it")."""
        return next(b for b in self.outcome_buttons.values() if not b.isHidden())

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        if self.challenge_combo is not None:
            chain.append(self.challenge_combo)
        if self.mode is AttemptMode.LOG:
            checked = self.outcome_group.checkedButton() or self.first_outcome_button()
            chain += [checked, self.attempted_edit.date_edit, self.attempted_edit.time_edit,
                      self.actual_badness.slider,
                      self.actual_badness.spin, self.anxiety_after.slider,
                      self.anxiety_after.spin, self.asked_why_check, self.what_happened_edit,
                      self.what_stopped_edit, self.notes_edit]
        else:
            chain += [self.planned_check, self.planned_edit.date_edit,
                      self.planned_edit.time_edit, *self.quick_times.values()]
        chain += [self.context_edit, self.predicted_no.slider, self.predicted_no.spin,
                  self.expected_badness.slider, self.expected_badness.spin,
                  self.anxiety_before.slider, self.anxiety_before.spin, self.safety_combo]
        if self.mode is AttemptMode.PLAN:
            chain += [self.belief_combo, self.belief_rating.slider, self.belief_rating.spin,
                      self.coping_edit]
        if self.save_only_button is not None:
            chain.append(self.save_only_button)
        chain += [self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # behaviour ---------------------------------------------------------------------------------
    def _next_hour(self) -> datetime:
        now = self.clock().astimezone()
        return (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)

    def _plan_for(self, when: QDateTime) -> None:
        """A quick time choice: plan for it."""
        self.planned_check.setChecked(True)
        self.planned_edit.setDateTime(when)

    def selected_outcome(self) -> Outcome | None:
        if self.mode is AttemptMode.PLAN:
            return None
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def _on_outcome_changed(self, *_args: object) -> None:
        if self.mode is AttemptMode.PLAN:
            return
        outcome = self.selected_outcome()
        asked = outcome is not Outcome.NOT_ATTEMPTED
        form = self.after_form
        # rows that do not apply are disabled, not hidden, so nothing jumps under the pointer;
        # "what happened" and "what stopped me" swap places (both one line high)
        self.actual_badness.setEnabled(outcome is None or outcome in WITH_BADNESS)
        self.asked_why_check.setEnabled(outcome in WITH_ASKED_WHY)
        self.attempted_edit.setEnabled(asked)
        form.setRowVisible(self.what_happened_row, asked)
        form.setRowVisible(self.what_stopped_row, not asked)

    def _fill_from_attempt(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        before = attempt.before
        if before.planned_at is not None:
            self.planned_check.setChecked(True)
            self.planned_edit.setDateTime(to_qdatetime(before.planned_at))
        for field in self.before_fields:
            field.put(getattr(before, field.key))
        if attempt.belief is not None:
            self._choose_belief(attempt.belief.text)
            self.belief_rating.set_value(attempt.belief.before)
        self.context_edit.setCursorPosition(0)
        outcome = attempt.outcome
        if outcome is None or self.mode is AttemptMode.PLAN:
            return
        self.outcome_buttons[Outcome(outcome.outcome)].setChecked(True)
        if outcome.attempted_at is not None:
            self.attempted_edit.setDateTime(to_qdatetime(outcome.attempted_at))
        for field in self.after_fields:
            field.put(getattr(outcome, field.key))
        self._show_starts()

    def _choose_belief(self, text: str) -> None:
        index = self.belief_combo.findText(text)
        if index >= 0:
            self.belief_combo.setCurrentIndex(index)
        else:
            self.belief_combo.setEditText(text)

    def _show_starts(self) -> None:
        """Long one-line texts show their beginning, not their end."""
        for edit in (self.context_edit, self.what_happened_edit, self.what_stopped_edit):
            edit.setCursorPosition(0)

    def _watched(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.planned_check, self.planned_edit, self.belief_combo,
                                  self.belief_rating]
        widgets += [field.widget for field in (*self.before_fields, *self.after_fields)]
        if self.challenge_combo is not None:
            widgets.append(self.challenge_combo)
        if self.mode is AttemptMode.LOG:
            widgets += [*self.outcome_buttons.values(), self.attempted_edit]
        return widgets

    # FormDialog hooks --------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        outcome = self.selected_outcome()
        state: dict[str, Any] = {
            "planned": self.planned_check.isChecked(),
            "planned_at": self.planned_edit.dateTime().toString(Qt.DateFormat.ISODate),
            "belief": self.belief_combo.currentText(),
            "belief_rating": self.belief_rating.value(),
        }
        state.update({field.key: field.get() for field in (*self.before_fields,
                                                           *self.after_fields)})
        if self.challenge_combo is not None:
            state["challenge_text"] = self.challenge_combo.currentText()
        if self.mode is AttemptMode.LOG:
            state["outcome"] = outcome.value if outcome else None
            state["attempted_at"] = self.attempted_edit.dateTime().toString(
                Qt.DateFormat.ISODate)
        return state

    def apply_state(self, state: dict[str, Any]) -> None:
        if self.challenge_combo is not None and "challenge_text" in state:
            index = self.challenge_combo.findText(str(state["challenge_text"]))
            if index >= 0:
                self.challenge_combo.setCurrentIndex(index)
            else:
                self.challenge_combo.setEditText(str(state["challenge_text"]))
        self.planned_check.setChecked(bool(state.get("planned")))
        planned_at = QDateTime.fromString(str(state.get("planned_at", "")),
                                          Qt.DateFormat.ISODate)
        if planned_at.isValid():
            self.planned_edit.setDateTime(planned_at)
        for field in self.before_fields:
            field.put(state.get(field.key))
        self._choose_belief(str(state.get("belief", "")))
        self.belief_rating.set_value(state.get("belief_rating"))
        self.context_edit.setCursorPosition(0)
        if self.mode is not AttemptMode.LOG:
            return
        outcome = state.get("outcome")
        if outcome in {o.value for o in Outcome}:
            self.outcome_buttons[Outcome(outcome)].setChecked(True)
        attempted_at = QDateTime.fromString(str(state.get("attempted_at", "")),
                                            Qt.DateFormat.ISODate)
        if attempted_at.isValid():
            self.attempted_edit.setDateTime(attempted_at)
        for field in self.after_fields:
            field.put(state.get(field.key))
        self._show_starts()

    def draft_context(self) -> dict[str, Any]:
        return {"mode": self.mode.value, "challenge_id": self.challenge_id,
                "attempt_id": self.attempt.id if self.attempt else None}

    def _chosen_challenge(self) -> int:
        if self.challenge_combo is None:
            assert self.challenge_id is not None
            return self.challenge_id
        index = self.challenge_combo.findText(self.challenge_combo.currentText())
        if index < 0:
            raise ValidationError("Challenge", self.tr("Choose a challenge for this attempt."))
        return int(self.challenge_combo.itemData(index))

    def before_input(self) -> BeforeInput:
        planned = self.planned_check.isChecked() and self.mode is AttemptMode.PLAN
        planned_at = from_qdatetime(self.planned_edit.dateTime()) if planned else (
            self.attempt.before.planned_at if self.attempt else None)
        plan_form = self.mode is AttemptMode.PLAN
        values = {field.key: field.get() for field in self.before_fields}
        if self.dare:
            values["predicted_no"] = None  # nobody is asked: no chance of a no
        if not plan_form:  # the coping line is the plan's
            values["coping_plan"] = self.attempt.before.coping_plan if self.attempt else ""
        return BeforeInput(planned_at=planned_at, **values,
                           belief=self.belief_input() if plan_form else None)

    def belief_input(self) -> BeliefInput:
        """The belief as chosen: one written before (same words), a new one, or none."""
        text = self.belief_combo.currentText().strip()
        index = self.belief_combo.findText(text) if text else -1
        belief_id = self.belief_combo.itemData(index) if index > 0 else None
        return BeliefInput(belief_id=belief_id, text="" if belief_id is not None else text,
                           rating=self.belief_rating.value() if text else None)

    def outcome_input(self) -> OutcomeInput:
        outcome = self.selected_outcome()
        if outcome is None:
            raise ValidationError("Outcome", self.tr("Choose what happened."))
        asked = outcome is not Outcome.NOT_ATTEMPTED
        values = {field.key: field.get() for field in self.after_fields}
        if outcome not in WITH_BADNESS:
            values["actual_badness"] = None
        if outcome not in WITH_ASKED_WHY:
            values["asked_why"] = None
        values["what_happened" if not asked else "what_stopped_me"] = ""  # the other one's
        return OutcomeInput(
            outcome=outcome.value,
            attempted_at=from_qdatetime(self.attempted_edit.dateTime()) if asked else None,
            **values)

    def submit_default(self) -> None:
        """Ctrl+Enter does what the highlighted button does."""
        self._save(reflect=self._offer_reflection and self.mode is AttemptMode.LOG)

    def _save(self, *, reflect: bool) -> None:
        self.reflect_after = reflect
        self.submit()

    def commit(self) -> int:
        challenge_id = self._chosen_challenge()
        before = self.before_input()
        attempts = self.services.attempts
        if self.attempt is not None:
            try:
                self.before_save = attempts.snapshot(self.attempt.id)
            except KeyError:
                raise ValidationError("Attempt", self.tr(
                    "This attempt no longer exists.")) from None
        if self.mode is AttemptMode.PLAN:  # the service refuses a plan without predictions
            if self.attempt is not None:
                attempts.update_before(self.attempt.id, before)
                return self.attempt.id
            return attempts.plan(challenge_id, before)
        outcome = self.outcome_input()
        return attempts.log(challenge_id, before, outcome,
                            attempt_id=self.attempt.id if self.attempt else None)
