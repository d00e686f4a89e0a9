"""The Journal detail pane: an attempt with its reflections or a reflection."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.platform.l10n import safety_behaviours, shown_safety
from rejection_desktop.services.attempts import AttemptData
from rejection_desktop.services.container import Services
from rejection_desktop.services.journal import JournalEntry
from rejection_desktop.services.reflections import ReflectionData
from rejection_desktop.services.weekly_review import KIND as REVIEW_KIND
from rejection_desktop.ui.dialogs.weekly_review import review_html
from rejection_desktop.ui.journal_format import (
    comparison,
    format_when,
    outcome_colour,
    outcome_label,
)
from rejection_desktop.ui.widgets.common import EmptyState, button
from rejection_desktop.ui.widgets.flow_layout import FlowLayout


def text_html(text: str) -> str:
    """User text, escaped, with its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def rating(value: int | None, suffix: str = "") -> str:
    return "–" if value is None else f"{value}{suffix}"


class JournalDetail(QWidget):
    """Shows the selected entry and offers what can be done with it."""

    log_requested = Signal(int)
    edit_attempt_requested = Signal(int)
    reflect_requested = Signal(int)
    edit_reflection_requested = Signal(int)
    delete_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entry: JournalEntry | None = None
        self._reflection_id: int | None = None
        self._is_review = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = EmptyState(self.tr("Nothing selected"),
                                      self.tr("Pick an entry on the left to read it here."))
        layout.addWidget(self.placeholder, 1)
        self.browser = QTextBrowser()
        self.browser.setObjectName("journalDetail")
        self.browser.setAccessibleName(self.tr("Entry details"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(14)
        layout.addWidget(self.browser, 1)
        actions = FlowLayout()
        self.log_button = button(self.tr("Log &what happened"))
        self.edit_button = button(self.tr("Ed&it"))
        self.reflect_button = button(self.tr("Reflec&t"))
        self.delete_button = button(self.tr("&Delete"), self.tr("Delete this entry"))
        self.delete_button.setToolTip(self.tr("Delete (you can undo it)"))
        for widget in (self.log_button, self.edit_button, self.reflect_button,
                       self.delete_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        self._action_buttons: list[QPushButton] = [self.log_button, self.edit_button,
                                                   self.reflect_button, self.delete_button]
        self.log_button.clicked.connect(self._log)
        self.edit_button.clicked.connect(self._edit)
        self.reflect_button.clicked.connect(self._reflect)
        self.delete_button.clicked.connect(self.delete_requested)
        self.show_entry(None)

    def show_entry(self, entry: JournalEntry | None) -> None:
        """Show ``entry`` (None: the placeholder)."""
        self.entry = entry
        self._reflection_id = None
        content = None
        if entry is not None:
            try:
                content = self._attempt_html(entry.id) if entry.is_attempt else \
                    self._entry_html(entry.id)
            except KeyError:  # deleted meanwhile
                content = None
        self.placeholder.setVisible(content is None)
        self.browser.setVisible(content is not None)
        if content is None or entry is None:
            self.entry = None
            for widget in self._action_buttons:
                widget.hide()
            return
        self.browser.setHtml(content)
        self.delete_button.show()
        self.edit_button.show()
        if not entry.is_attempt:
            self._reflection_id = entry.id
            self.log_button.hide()
            self.reflect_button.hide()
            self.edit_button.setText(self.tr("Ed&it reflection"))
            self.edit_button.setAccessibleName(self.tr("Edit reflection"))
            self.edit_button.setVisible(not self._is_review)  # a review is kept as it was

    # content -----------------------------------------------------------------------------------
    def _entry_html(self, reflection_id: int) -> str:
        """A lone reflection, or a weekly review with its belief re-ratings."""
        reflection = self.services.reflections.get(reflection_id)
        self._is_review = reflection.kind == REVIEW_KIND
        if self._is_review:
            return review_html(self.services.weekly_review.get(reflection_id))
        return self._reflection_html(reflection, heading=True)

    def _attempt_html(self, attempt_id: int) -> str:
        attempt = self.services.attempts.get(attempt_id)
        reflections = self.services.reflections.for_attempt(attempt_id)
        self._reflection_id = reflections[-1].id if reflections else None
        outcome = attempt.outcome.outcome if attempt.outcome else None
        self.log_button.setVisible(attempt.is_open)
        self.log_button.setText(self.tr("Did they &answer?") if outcome == Outcome.NO_REPLY
                                else self.tr("Log &what happened"))
        self.log_button.setAccessibleName(self.log_button.text().replace("&", ""))
        self.edit_button.setText(self.tr("Ed&it ask"))
        self.edit_button.setAccessibleName(self.tr("Edit ask"))
        self.reflect_button.setVisible(attempt.outcome is not None)
        self.reflect_button.setText(self.tr("Edit reflec&tion") if reflections
                                    else self.tr("Reflec&t"))
        self.reflect_button.setAccessibleName(self.reflect_button.text().replace("&", ""))
        parts = [f"<h2>{html.escape(attempt.challenge_title)}</h2>", self._status_line(attempt),
                 f"<p><i>{html.escape(comparison(attempt))}</i></p>", self._facts(attempt)]
        for reflection in reflections:
            parts.append(self._reflection_html(reflection, heading=False))
        return "".join(parts)

    def _status_line(self, attempt: AttemptData) -> str:
        outcome = attempt.outcome.outcome if attempt.outcome else None
        when = (attempt.outcome.attempted_at if attempt.outcome else None) or \
            attempt.before.planned_at or attempt.created_at
        colour = outcome_colour(outcome).name()
        return (f"<p><span style='color:{colour}'>&#9679;</span> "
                f"<b>{html.escape(outcome_label(outcome))}</b> · "
                f"{html.escape(format_when(when))}</p>")

    def _facts(self, attempt: AttemptData) -> str:
        before, after = attempt.before, attempt.outcome
        rows: list[tuple[str, str]] = []
        if before.context:
            rows.append((self.tr("Where / with whom"), text_html(before.context)))
        if before.safety_behaviour:
            rows.append((self.tr("Safety behaviour to drop"), text_html(
                shown_safety(before.safety_behaviour, safety_behaviours()))))
        rows.append((self.tr("Chance of a no"), rating(before.predicted_no, " %")))
        felt = after.actual_badness if after else None
        rows.append((self.tr("How bad (expected → felt)"),
                     f"{rating(before.expected_badness)} → {rating(felt)}"))
        anxiety_after = after.anxiety_after if after else None
        rows.append((self.tr("Anxiety (before → after)"),
                     f"{rating(before.anxiety_before)} → {rating(anxiety_after)}"))
        if after is not None:
            if after.asked_why is not None:
                rows.append((self.tr("Stayed and asked why"),
                             self.tr("Yes") if after.asked_why else self.tr("No")))
            for name, value in ((self.tr("What happened"), after.what_happened),
                                (self.tr("What stopped me"), after.what_stopped_me)):
                if value:
                    rows.append((name, text_html(value)))
        cells = "".join(
            f"<tr><td style='padding:2px 14px 2px 0'><b>{html.escape(name)}</b></td>"
            f"<td style='padding:2px 0'>{value}</td></tr>" for name, value in rows)
        notes = ""
        if after is not None and after.notes:
            heading = self.tr("Notes")
            notes = f"<h3>{html.escape(heading)}</h3><p>{text_html(after.notes)}</p>"
        return f"<table>{cells}</table>{notes}"

    def _reflection_html(self, reflection: ReflectionData, *, heading: bool) -> str:
        title = self.tr("Reflection") if heading else self.tr("Your reflection")
        tag = "h2" if heading else "h3"
        parts = [f"<{tag}>{html.escape(title)}</{tag}>",
                 f"<p>{html.escape(format_when(reflection.created_at))}</p>"]
        for answer in reflection.answers:
            if answer.answer.strip():
                parts.append(f"<p><b>{html.escape(answer.prompt)}</b><br>"
                             f"{text_html(answer.answer)}</p>")
        if reflection.free_text.strip():
            parts.append(f"<p>{text_html(reflection.free_text)}</p>")
        return "".join(parts)

    # actions -----------------------------------------------------------------------------------
    def _log(self) -> None:
        if self.entry is not None and self.entry.is_attempt:
            self.log_requested.emit(self.entry.id)

    def _edit(self) -> None:
        if self.entry is None:
            return
        if self.entry.is_attempt:
            self.edit_attempt_requested.emit(self.entry.id)
        elif self._reflection_id is not None:
            self.edit_reflection_requested.emit(self._reflection_id)

    def _reflect(self) -> None:
        if self.entry is None or not self.entry.is_attempt:
            return
        if self._reflection_id is not None:
            self.edit_reflection_requested.emit(self._reflection_id)
        else:
            self.reflect_requested.emit(self.entry.id)
