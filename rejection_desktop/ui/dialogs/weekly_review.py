"""The weekly review: the week's asks, predicted against actual, the surprise of the week, a
re-rating of each active belief and what to vary next week. Saved as a journal entry.

``WeeklyReviewDialog`` is a journal form (drafts kept as you type, like the other forms);
``ReviewViewer`` shows a saved review read-only, as Progress lists it.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.weekly_review import VARY_CHOICES, WeekSummary
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.container import Services
from rejection_desktop.services.weekly_review import (
    ReviewInput,
    ReviewRecord,
    surprise_prompt,
)
from rejection_desktop.ui.dialogs.form_base import FormDialog
from rejection_desktop.ui.journal_format import outcome_label
from rejection_desktop.ui.widgets.common import Card, label, scrolled_body
from rejection_desktop.ui.widgets.date_fields import date_text, local_date
from rejection_desktop.ui.widgets.flow_layout import FlowLayout
from rejection_desktop.ui.widgets.rating import RatingInput

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "WeeklyReviewDialog" so lupdate extracts it."""

MAX_ASKS_LISTED = 12
"""More asks than this in one week are counted, not listed."""


def vary_label(key: str) -> str:
    """What the user may vary next week, in words."""
    return {
        "person": translate("WeeklyReviewDialog", "Who I ask"),
        "place": translate("WeeklyReviewDialog", "Where I ask"),
        "time": translate("WeeklyReviewDialog", "When I ask"),
        "rung": translate("WeeklyReviewDialog", "The rung (a harder or easier ask)"),
    }.get(key, key)


def short_vary(keys: tuple[str, ...]) -> str:
    """The choices as one short phrase ("who, where"), or a dash when none was chosen."""
    words = {
        "person": translate("WeeklyReviewDialog", "who"),
        "place": translate("WeeklyReviewDialog", "where"),
        "time": translate("WeeklyReviewDialog", "when"),
        "rung": translate("WeeklyReviewDialog", "the rung"),
    }
    return ", ".join(words.get(k, k) for k in keys) or "–"


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at ``width`` x ``height``, or smaller on a small screen."""
    screen = widget.screen().availableGeometry()
    widget.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))


def review_draft_key(start: date) -> str:
    """One draft per reviewed week (``start``: its Monday)."""
    return f"weekly-review:{start.isoformat()}"


def week_range(week: WeekSummary) -> str:
    locale = QLocale()
    return translate("WeeklyReviewDialog", "{0} to {1}").format(
        locale.toString(local_date(week.start), "d MMM"),
        date_text(week.end))


def review_html(record: ReviewRecord) -> str:
    """A saved review as rich text (the read-only view and the journal's detail pane)."""
    def para(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    title = translate("WeeklyReviewDialog", "Weekly review")
    day = QLocale().toString(local_date(record.saved_on), QLocale.FormatType.LongFormat)
    parts = [f"<h2>{html.escape(title)}</h2>", f"<p>{html.escape(day)}</p>",
             f"<p>{para(record.week_text)}</p>"]
    if record.surprise_note.strip():
        parts.append(f"<p><b>{para(record.surprise_prompt)}</b><br>"
                     f"{para(record.surprise_note)}</p>")
    if record.ratings:
        rows = []
        for rated in record.ratings:
            change = (translate("WeeklyReviewDialog", "{0}/100 (before: {1}/100)").format(
                rated.rating, rated.previous) if rated.previous is not None
                else translate("WeeklyReviewDialog", "{0}/100").format(rated.rating))
            rows.append(f"<li>\u201c{para(rated.text)}\u201d: {html.escape(change)}</li>")
        parts.append("<p><b>" + html.escape(translate(
            "WeeklyReviewDialog", "How much you believed each thought")) + "</b></p>"
            f"<ul>{''.join(rows)}</ul>")
    if record.vary:
        chosen = ", ".join(vary_label(v) for v in record.vary)
        parts.append("<p><b>" + html.escape(translate(
            "WeeklyReviewDialog", "Next week I will vary:")) + f"</b> {html.escape(chosen)}</p>")
    if record.next_week.strip():
        parts.append("<p><b>" + html.escape(translate(
            "WeeklyReviewDialog", "My plan for next week")) + f"</b><br>{para(record.next_week)}"
            "</p>")
    return "".join(parts)


class BeliefRow(QWidget):
    """One active belief: its words, its last rating and a slider to re-rate it."""

    def __init__(self, belief_id: int, text: str, latest: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.belief_id = belief_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.text_label = label(f"\u201c{text}\u201d", wrap=True)
        layout.addWidget(self.text_label)
        if latest is not None:
            layout.addWidget(label(self.tr("Last rated {0}/100. How much do you believe it "
                                           "now?").format(latest), "muted", wrap=True))
        else:
            layout.addWidget(label(self.tr("How much do you believe it now?"), "muted",
                                   wrap=True))
        self.rating = RatingInput(self.tr("How much you believe \u201c{0}\u201d now").format(text),
                                  self.tr("not at all"), self.tr("completely"))
        layout.addWidget(self.rating)


class WeeklyReviewDialog(FormDialog):
    """Look back on one week and plan the next; ``saved_id`` holds the journal entry's id."""

    FORM = "weekly_review"
    TYPED_KEYS = frozenset({"surprise", "next_week"})

    def __init__(self, services: Services, *, parent: QWidget | None = None,
                 clock: Clock = system_clock, draft_key: str | None = None) -> None:
        self.services = services
        self.week = services.weekly_review.summary()
        super().__init__(services.drafts, draft_key or review_draft_key(self.week.start), parent,
                         clock)
        self.setObjectName("weeklyReviewDialog")
        self.setWindowTitle(self.tr("Weekly review"))
        self.setMinimumSize(480, 400)
        fit_to_screen(self, 720, 680)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 18, 20, 14)
        root.setSpacing(10)
        root.addWidget(label(self.tr("Your weekly review"), "pageTitle"))
        self.range_label = label(self.tr("The week of {0}. Look at what happened, not at how "
                                         "brave you were.").format(week_range(self.week)),
                                 "muted", wrap=True)
        root.addWidget(self.range_label)

        self.scroll_area, self.body = scrolled_body(12)
        root.addWidget(self.scroll_area, 1)

        self.body.addWidget(self._asks_card())
        self.body.addWidget(self._surprise_card())
        self.body.addWidget(self._beliefs_card())
        self.body.addWidget(self._vary_card())
        self.body.addStretch(1)

        root.addWidget(self.general_error)
        root.addLayout(self.save_row(self.tr("Save review")))
        self.watch(self.surprise_edit, self.next_edit, *self.vary_checks.values(),
                   *(row.rating for row in self.belief_rows))
        self.start()
        self.surprise_edit.setFocus()

    # layout ------------------------------------------------------------------------------------
    def _asks_card(self) -> Card:
        week = self.week
        card = Card(self.tr("The week's asks"))
        count = (self.tr("%n asks", "", len(week.asks)) if week.asks
                 else self.tr("No asks logged this week."))
        if week.not_asked:
            count += " " + self.tr("%n honest \u201cdid not ask\u201d (that counts as practice "
                                   "too).", "", week.not_asked)
        self.count_label = label(count, wrap=True)
        card.body.addWidget(self.count_label)
        if week.predicted_no is not None:
            text = self.tr("Predicted against actual: you expected a no {0} % of the time on "
                           "average; {1} % of the asks you had forecast got one.").format(
                week.predicted_no, week.actual_no)
        else:
            text = self.tr("No forecast was tested this week: predictions written after the "
                           "outcome, and asks still waiting for a reply, are left out.")
        self.predicted_label = label(text, wrap=True)
        self.predicted_label.setObjectName("reviewPredicted")
        self.predicted_label.setStyleSheet("font-size: 12pt;")
        card.body.addWidget(self.predicted_label)
        self.ask_labels: list[QLabel] = []
        for ask in week.asks[:MAX_ASKS_LISTED]:
            line = f"{ask.title} · {outcome_label(ask.outcome.value)}"
            if ask.predicted_no is not None:
                line += " · " + self.tr("you predicted {0} % no").format(ask.predicted_no)
            widget = label(line, "muted", wrap=True)
            self.ask_labels.append(widget)
            card.body.addWidget(widget)
        if len(week.asks) > MAX_ASKS_LISTED:
            card.body.addWidget(label(self.tr("and %n more", "",
                                              len(week.asks) - MAX_ASKS_LISTED), "muted"))
        return card

    def _surprise_card(self) -> Card:
        card = Card(self.tr("The surprise of the week"))
        self.surprise_label = label(surprise_prompt(self.week), wrap=True)
        card.body.addWidget(self.surprise_label)
        self.surprise_edit = self.long_text("The surprise", "The surprise")
        self.surprise_edit.setAccessibleName(self.tr("What the surprise tells you"))
        self.surprise_edit.setPlaceholderText(self.tr("Optional"))
        self.surprise_edit.setFixedHeight(self.surprise_edit.fontMetrics().lineSpacing() * 4
                                          + 16)
        self.surprise_label.setBuddy(self.surprise_edit)
        card.body.addWidget(self.surprise_edit)
        card.body.addWidget(self.error_slot("The surprise", self.surprise_edit))
        return card

    def _beliefs_card(self) -> Card:
        card = Card(self.tr("The thoughts behind the fear"))
        self.belief_rows: list[BeliefRow] = []
        summaries = [s for s in self.services.beliefs.summaries() if not s.archived]
        if not summaries:
            card.body.addWidget(label(self.tr(
                "No beliefs yet. When you plan an ask you can write what a no would mean about "
                "you; each belief then comes back here to re-rate."), "muted", wrap=True))
        for summary in summaries:
            row = BeliefRow(summary.id, summary.text, summary.latest)
            self.belief_rows.append(row)
            card.body.addWidget(row)
        card.body.addWidget(self.error_slot("How much you believe it now", None))
        card.body.addWidget(self.error_slot("Beliefs", None))
        return card

    def _vary_card(self) -> Card:
        card = Card(self.tr("Next week"))
        card.body.addWidget(label(self.tr(
            "Learning lasts longer when the asks vary. What will you change next week?"),
            "muted", wrap=True))
        row = FlowLayout()  # wraps on a narrow window
        self.vary_checks: dict[str, QCheckBox] = {}
        for key in VARY_CHOICES:
            check = QCheckBox(vary_label(key))
            self.vary_checks[key] = check
            row.addWidget(check)
        card.body.addLayout(row)
        card.body.addWidget(self.error_slot("Vary", None))
        next_label = QLabel(self.tr("My &plan for next week"))
        card.body.addWidget(next_label)
        self.next_edit = QLineEdit()
        self.next_edit.setAccessibleName(self.tr("My plan for next week"))
        self.next_edit.setPlaceholderText(self.tr(
            "e.g. \"Ask in a shop I have never been to, on a weekday morning\""))
        self.next_edit.returnPressed.connect(self.submit)
        next_label.setBuddy(self.next_edit)
        card.body.addWidget(self.next_edit)
        card.body.addWidget(self.error_slot("Next week", self.next_edit))
        card.body.addWidget(self.error_slot("Review", None))
        return card


    # FormDialog hooks --------------------------------------------------------------------------
    def review_input(self) -> ReviewInput:
        """What the user entered."""
        ratings = {row.belief_id: value for row in self.belief_rows
                   if (value := row.rating.value()) is not None}
        return ReviewInput(ratings, tuple(k for k, c in self.vary_checks.items()
                                          if c.isChecked()),
                           self.next_edit.text(), self.surprise_edit.toPlainText())

    def state(self) -> dict[str, Any]:
        review = self.review_input()
        return {"surprise": review.surprise_note, "next_week": review.next_week,
                "vary": list(review.vary),
                "ratings": {str(k): v for k, v in review.ratings.items()}}

    def apply_state(self, state: dict[str, Any]) -> None:
        self.surprise_edit.setPlainText(str(state.get("surprise", "")))
        self.next_edit.setText(str(state.get("next_week", "")))
        vary = set(state.get("vary", []))
        for key, check in self.vary_checks.items():
            check.setChecked(key in vary)
        ratings = state.get("ratings", {})
        for row in self.belief_rows:  # a belief archived since keeps no rating
            value = ratings.get(str(row.belief_id))
            row.rating.set_value(value if isinstance(value, int) else None)

    def draft_context(self) -> dict[str, Any]:
        return {"week": self.week.start.isoformat()}

    def commit(self) -> int:
        return self.services.weekly_review.save(self.week, self.review_input())


class ReviewViewer(QDialog):
    """A saved weekly review, read-only."""

    def __init__(self, record: ReviewRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("reviewViewer")
        self.setWindowTitle(self.tr("Weekly review"))
        self.setMinimumSize(420, 320)
        fit_to_screen(self, 620, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        self.browser = QTextBrowser()
        self.browser.setObjectName("journalDetail")
        self.browser.setAccessibleName(self.tr("The weekly review"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(14)
        self.browser.setHtml(review_html(record))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
