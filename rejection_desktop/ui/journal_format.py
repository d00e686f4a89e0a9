"""How attempts read on screen: outcome names and colours, local times, prediction vs outcome."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import AttemptData
from rejection_desktop.ui.theme import OUTCOME_COLOURS
from rejection_desktop.ui.widgets.date_fields import date_text, date_time_text

PLANNED = "planned"


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "journal" so lupdate extracts it."""


def outcome_label(outcome: str | None) -> str:
    """The outcome as the user reads it (None: planned, not logged yet)."""
    labels = {
        Outcome.REJECTED.value: translate("journal", "Rejected"),
        Outcome.ACCEPTED.value: translate("journal", "Accepted"),
        Outcome.PARTIAL.value: translate("journal", "Partial / counter-offer"),
        Outcome.NO_REPLY.value: translate("journal", "No reply yet"),
        Outcome.NOT_ATTEMPTED.value: translate("journal", "Did not ask"),
        PLANNED: translate("journal", "Planned"),
    }
    return labels.get(outcome or PLANNED, outcome or "")


def outcome_colour(outcome: str | None) -> QColor:
    """The outcome's chip colour; planned attempts (the muted text colour, which is readable
    on every background) and lone reflections use the palette."""
    if outcome in OUTCOME_COLOURS:
        return QColor(OUTCOME_COLOURS[outcome])
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(
        QPalette.ColorRole.PlaceholderText if outcome == PLANNED else QPalette.ColorRole.Highlight
    )


def chip_icon(outcome: str | None, size: int = 12) -> QIcon:
    """A round colour dot for ``outcome``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(outcome_colour(outcome))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return QIcon(pixmap)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware instant as a local QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any zone) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


def format_when(value: datetime, *, with_time: bool = True) -> str:
    """A short, local, localised date (and time)."""
    local = to_qdatetime(value)
    return date_time_text(local) if with_time else date_text(local.date())


def comparison(attempt: AttemptData) -> str:
    """The prediction next to what happened, in one or two plain sentences."""
    before, outcome = attempt.before, attempt.outcome
    parts: list[str] = []
    predicted, expected = before.predicted_no, before.expected_badness
    if outcome is None:
        if predicted is not None:
            parts.append(
                translate("journal", "You put the chance of a no at {0} %.").format(predicted)
            )
        if expected is not None:
            parts.append(translate("journal", "You expect a no to feel {0}/100.").format(expected))
        return " ".join(parts) or translate("journal", "No prediction yet.")
    result = outcome.outcome
    felt = outcome.actual_badness
    if predicted is not None:
        heard = {
            Outcome.REJECTED.value: translate("journal", "and the no came"),
            Outcome.ACCEPTED.value: translate("journal", "and you got a yes"),
            Outcome.PARTIAL.value: translate("journal", "and you got part of what you asked for"),
            Outcome.NO_REPLY.value: translate("journal", "and there is no answer yet"),
            Outcome.NOT_ATTEMPTED.value: translate("journal", "and this time you held back"),
        }[result]
        parts.append(
            translate("journal", "You put the chance of a no at {0} %, {1}.").format(
                predicted, heard
            )
        )
    no_felt = result in (Outcome.REJECTED.value, Outcome.PARTIAL.value) or (
        attempt.dare and result == Outcome.ACCEPTED.value
    )
    if felt is not None and expected is not None and no_felt:
        if felt < expected:
            parts.append(
                translate("journal", "It felt {0}/100 instead of the {1}/100 you expected.").format(
                    felt, expected
                )
            )
        elif felt > expected:
            parts.append(
                translate("journal", "It felt {0}/100, more than the {1}/100 you expected.").format(
                    felt, expected
                )
            )
        else:
            parts.append(
                translate("journal", "It felt {0}/100, just as you expected.").format(felt)
            )
    elif felt is not None:
        parts.append(translate("journal", "It felt {0}/100.").format(felt))
    before_anxiety, after_anxiety = before.anxiety_before, outcome.anxiety_after
    if before_anxiety is not None and after_anxiety is not None:
        parts.append(
            translate("journal", "Anxiety went from {0} to {1}.").format(
                before_anxiety, after_anxiety
            )
        )
    if attempt.hindsight and (predicted is not None or expected is not None):
        parts.append(
            translate(
                "journal",
                "(You wrote this prediction after the ask, so it is kept as a note "
                "but not counted as a test.)",
            )
        )
    return " ".join(parts) or translate("journal", "You did not write a prediction for this ask.")
