"""Today's card for the "100 days of rejection" program: start it, the day's ask, look backs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from rejection_desktop.domain import ladder
from rejection_desktop.domain.program import PROGRAM_DAYS
from rejection_desktop.services.program import LookBack, ProgramService
from rejection_desktop.ui.models.challenge_model import band_label
from rejection_desktop.ui.widgets.common import Card, button, label, primary_button


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


class ProgramCard(Card):
    """Not started: an offer to start. Running: "Day N of 100" with the day's ask (Plan it),
    Pause; paused: Resume; at days 10, 30, 50 and 100 a look back until the user closes it."""

    def __init__(self, program: ProgramService, plan: Callable[[int], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("100 days of rejection"), parent)
        self._program = program
        self._plan = plan
        self._ask_id: int | None = None
        self._milestone: int | None = None
        self.day_label = label("", "pageTitle", wrap=True)
        self.ask_label = label("", wrap=True)
        self.ask_meta = label("", "muted", wrap=True)
        self.text = label("", "muted", wrap=True)
        self.look_back_label = label("", wrap=True)
        self.look_back_label.setAccessibleName(self.tr("Look back"))
        widget: QWidget
        for widget in (self.day_label, self.ask_label, self.ask_meta, self.text,
                       self.look_back_label):
            self.body.addWidget(widget)
        row = QHBoxLayout()
        self.start_button = primary_button(self.tr("Start the 100 days"))
        self.plan_button = primary_button(self.tr("Plan the day's ask"))
        self.pause_button = button(self.tr("Pause the program"))
        self.resume_button = primary_button(self.tr("Resume the program"))
        self.look_back_button = button(self.tr("Close the look back"))
        for widget in (self.start_button, self.plan_button, self.look_back_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        row.addWidget(self.resume_button)
        self.body.addLayout(row)
        self.start_button.clicked.connect(program.start)
        self.pause_button.clicked.connect(program.pause)
        self.resume_button.clicked.connect(program.resume)
        self.plan_button.clicked.connect(self._plan_ask)
        self.look_back_button.clicked.connect(self._close_look_back)

    def refresh(self) -> None:
        """Show where the program stands today."""
        status = self._program.today()
        started = status is not None
        self.start_button.setVisible(not started)
        widget: QWidget
        for widget in (self.day_label, self.ask_label, self.ask_meta):
            widget.setVisible(started)
        self._ask_id = None
        self._milestone = None
        if status is None:
            self.text.setText(self.tr(
                "Jia Jiang's challenge: one ask a day that could be refused, for a hundred "
                "days, from warm-ups to bold asks. Rest days and an honest \"did not ask\" keep "
                "it going; you can pause it at any time."))
            for widget in (self.plan_button, self.pause_button, self.resume_button,
                           self.look_back_label, self.look_back_button):
                widget.hide()
            return
        day = status.day
        self.day_label.setText(self.tr("Day {0} of {1}").format(day.number, PROGRAM_DAYS))
        self.pause_button.setVisible(not day.paused and not day.finished)
        self.resume_button.setVisible(day.paused)
        ask = status.ask
        self._ask_id = None if ask is None else ask.id
        self.plan_button.setVisible(ask is not None and not day.done_today)
        self.plan_button.setEnabled(self._plan is not None)
        if day.finished:
            self.text.setText(self.tr("All {0} days done.").format(PROGRAM_DAYS))
        elif day.paused:
            self.text.setText(self.tr("Paused. Asks made while paused do not count; resume "
                                      "when you are ready."))
        elif day.done_today:
            self.text.setText(self.tr("Day {0} done. The next day starts with your next "
                                      "ask; rest days cost nothing.").format(day.number))
        else:
            self.text.setText(self.tr("Today's ask, chosen for day {0}: any ask counts, and so "
                                      "does an honest note about why not.").format(day.number))
        self.ask_label.setVisible(ask is not None)
        self.ask_meta.setVisible(ask is not None)
        if ask is not None:
            band = next(b for b in ladder.DISTRESS_BANDS
                        if b.key == ladder.band_of(ask.distress))
            self.ask_label.setText(ask.title)
            self.ask_meta.setText(self.tr("{0} · expected distress {1}/100").format(
                band_label(band.key), ask.distress))
        look = status.look_back
        self.look_back_label.setVisible(look is not None)
        self.look_back_button.setVisible(look is not None)
        if look is not None:
            self._milestone = look.milestone
            self.look_back_label.setText(self.look_back_text(look))

    def look_back_text(self, look: LookBack) -> str:
        """What was predicted against what happened over the program's first days."""
        lines = [self.tr("Look back at day {0}: {1} asks so far.").format(look.milestone,
                                                                         look.asks)]
        p = look.prediction
        if p.count:
            lines.append(self.tr("You predicted a {0}% chance of a no; {1}% were a no "
                                 "({2} answered asks).").format(
                _percent(p.mean_predicted_no), _percent(p.actual_no_rate), p.count))
        b = look.badness
        if b.count:
            lines.append(self.tr("You expected it to feel {0}/100 bad; it felt {1}/100 "
                                 "({2} felt better than expected).").format(
                _percent(b.mean_expected), _percent(b.mean_actual), b.felt_better))
        if not p.count and not b.count:
            lines.append(self.tr("No predictions were tested yet: predict before each ask to "
                                 "see them here."))
        return "\n".join(lines)

    def _plan_ask(self) -> None:
        if self._plan is not None and self._ask_id is not None:
            self._plan(self._ask_id)

    def _close_look_back(self) -> None:
        if self._milestone is not None:
            self._program.looked_back(self._milestone)
