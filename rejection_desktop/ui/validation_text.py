"""The interface's sentence for each validation refusal, in the user's language.

Services and the domain refuse input with a ``Code``, parameters and an English message (for
the command line and the logs); the forms show ``error_text(error)`` instead: a literal,
extractable ``translate()`` string per code, with the field's own translated name and numbers
written the user's way (``QLocale``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from rejection_desktop.domain.validation import Code, ValidationError


def field_name(field: str) -> str:
    """The translated name of a service field (an unknown one, e.g. a label the interface
    already translated, is shown as it is)."""
    if field.startswith("answer:"):
        return QCoreApplication.translate("Field", "This answer")
    names = {
        "A fairer way to put it": QCoreApplication.translate("Field", "A fairer way to put it"),
        "Anxiety after": QCoreApplication.translate("Field", "Anxiety after"),
        "Anxiety before": QCoreApplication.translate("Field", "Anxiety before"),
        "Asked why": QCoreApplication.translate("Field", "Asked why"),
        "Audience": QCoreApplication.translate("Field", "Audience"),
        "Category": QCoreApplication.translate("Field", "Category"),
        "Chance of a no": QCoreApplication.translate("Field", "Chance of a no"),
        "Description": QCoreApplication.translate("Field", "Description"),
        "Expected distress": QCoreApplication.translate("Field", "Expected distress"),
        "How bad a no would feel": QCoreApplication.translate("Field", "How bad a no would feel"),
        "How bad it felt": QCoreApplication.translate("Field", "How bad it felt"),
        "How much you believe it": QCoreApplication.translate("Field", "How much you believe it"),
        "How much you believe it now": QCoreApplication.translate(
            "Field", "How much you believe it now"),
        "If the no comes": QCoreApplication.translate("Field", "If the no comes"),
        "Next week": QCoreApplication.translate("Field", "Next week"),
        "Notes": QCoreApplication.translate("Field", "Notes"),
        "Planned time": QCoreApplication.translate("Field", "Planned time"),
        "Prompt": QCoreApplication.translate("Field", "Prompt"),
        "Quiet hours end": QCoreApplication.translate("Field", "Quiet hours end"),
        "Quiet hours start": QCoreApplication.translate("Field", "Quiet hours start"),
        "Reflection": QCoreApplication.translate("Field", "Reflection"),
        "Safety behaviour to drop": QCoreApplication.translate("Field",
                                                               "Safety behaviour to drop"),
        "The end of a pause": QCoreApplication.translate("Field", "The end of a pause"),
        "The surprise": QCoreApplication.translate("Field", "The surprise"),
        "This answer": QCoreApplication.translate("Field", "This answer"),
        "Tip": QCoreApplication.translate("Field", "Tip"),
        "Title": QCoreApplication.translate("Field", "Title"),
        "What a no would mean": QCoreApplication.translate("Field", "What a no would mean"),
        "What happened": QCoreApplication.translate("Field", "What happened"),
        "What stopped me": QCoreApplication.translate("Field", "What stopped me"),
        "When": QCoreApplication.translate("Field", "When"),
        "Where / with whom": QCoreApplication.translate("Field", "Where / with whom"),
    }
    return names.get(field, field)


def _with_field(code: Code) -> str | None:
    """The sentence of a code that names its field as {0} (None for the others)."""
    return {
        Code.NOT_TEXT: QCoreApplication.translate("Validation", "{0} must be text."),
        Code.NUL: QCoreApplication.translate(
            "Validation", "{0} contains a NUL character, which cannot be saved."),
        Code.SURROGATES: QCoreApplication.translate(
            "Validation", "{0} contains broken characters that cannot be saved."),
        Code.REQUIRED: QCoreApplication.translate("Validation", "{0} is required."),
        Code.TOO_LONG: QCoreApplication.translate(
            "Validation", "{0} is too long ({1} characters; the limit is {2})."),
        Code.NOT_WHOLE_NUMBER: QCoreApplication.translate(
            "Validation", "{0} must be a whole number from 0 to 100."),
        Code.OUT_OF_RANGE: QCoreApplication.translate(
            "Validation", "{0} must be from 0 to 100 (got {1})."),
        Code.UNKNOWN_VALUE: QCoreApplication.translate(
            "Validation", "{0} has an unknown value: {1}."),
        Code.NOT_DATE_TIME: QCoreApplication.translate(
            "Validation", "{0} must be a date and time."),
        Code.NO_TIME_ZONE: QCoreApplication.translate("Validation", "{0} needs a time zone."),
        Code.YEARS: QCoreApplication.translate(
            "Validation", "{0} must lie between the years {1} and {2}."),
        Code.NOT_YES_NO: QCoreApplication.translate("Validation", "{0} must be yes or no."),
        Code.UNKNOWN_SETTING: QCoreApplication.translate("Validation", "Unknown setting {1}."),
        Code.INVALID_SETTING: QCoreApplication.translate(
            "Validation", "{2} is not a valid value for {1}."),
        Code.UNKNOWN_ACTION: QCoreApplication.translate(
            "Validation", "Unknown reminder action {1}."),
        Code.WEEKDAY: QCoreApplication.translate(
            "Validation", "Weekday {1} is not between 0 (Monday) and 6."),
        Code.NOT_TIME: QCoreApplication.translate("Validation", "{1} is not a time like {2}."),
        Code.TOO_MANY_TIMES: QCoreApplication.translate(
            "Validation", "A reminder can have at most {1} times a day."),
        Code.TOO_MANY_REMINDERS: QCoreApplication.translate(
            "Validation", "You can have at most {1} daily reminders."),
    }.get(code)


def _fixed(code: Code) -> str | None:
    """The sentence of a code without parameters."""
    return {
        Code.PREDICT_NO: QCoreApplication.translate(
            "Validation", "Make a prediction: how likely is a no, from 0 to 100 %?"),
        Code.PREDICT_BADNESS: QCoreApplication.translate(
            "Validation", "How bad would a no feel, from 0 (not at all) to 100 (extremely)?"),
        Code.PREDICT_DARE_BADNESS: QCoreApplication.translate(
            "Validation", "How bad will it feel, from 0 (not at all) to 100 (extremely)?"),
        Code.ASK_TIME_ZONE: QCoreApplication.translate(
            "Validation", "The time of the ask needs a time zone."),
        Code.CHOOSE_OUTCOME: QCoreApplication.translate("Validation", "Choose what happened."),
        Code.CHOOSE_CHALLENGE: QCoreApplication.translate(
            "Validation", "Choose a challenge for this attempt."),
        Code.UNPLANNED_NEEDS_BEFORE: QCoreApplication.translate(
            "Validation", "An unplanned ask needs its before part."),
        Code.ATTEMPT_GONE: QCoreApplication.translate(
            "Validation", "This attempt no longer exists."),
        Code.CHALLENGE_GONE: QCoreApplication.translate(
            "Validation", "This challenge no longer exists."),
        Code.BELIEF_GONE: QCoreApplication.translate("Validation", "That belief no longer exists."),
        Code.BELIEFS_GONE: QCoreApplication.translate(
            "Validation", "One of these beliefs no longer exists."),
        Code.REFLECTION_GONE: QCoreApplication.translate(
            "Validation", "This reflection no longer exists."),
        Code.REFLECTED_ATTEMPT_GONE: QCoreApplication.translate(
            "Validation", "The attempt this reflects on no longer exists."),
        Code.REMINDER_GONE: QCoreApplication.translate(
            "Validation", "This reminder no longer exists."),
        Code.CHOOSE_PROMPT_OUTCOMES: QCoreApplication.translate(
            "Validation", "Choose at least one outcome this prompt is for."),
        Code.NOT_LOGGED_NOT_MADE: QCoreApplication.translate(
            "Validation", "This ask is not logged as not made."),
        Code.RERATE_TOO: QCoreApplication.translate(
            "Validation", "Rate how much you believe the old thought now, too."),
        Code.TOO_MANY_ANSWERS: QCoreApplication.translate(
            "Validation", "Too many answers in one reflection."),
        Code.EMPTY_REFLECTION: QCoreApplication.translate(
            "Validation", "Write at least one answer or a note."),
        Code.CHOOSE_VARY: QCoreApplication.translate(
            "Validation", "Choose what to vary from the list."),
        Code.EMPTY_REVIEW: QCoreApplication.translate(
            "Validation", "Re-rate a belief, choose what to vary or write a line about next week."),
        Code.DRAFT_TOO_LARGE: QCoreApplication.translate(
            "Validation", "This draft is too large to keep."),
        Code.NO_TIMES: QCoreApplication.translate(
            "Validation", "Add at least one time for this reminder."),
        Code.NO_DAYS: QCoreApplication.translate(
            "Validation", "Choose at least one day of the week."),
        Code.SNOOZE_TIME_ZONE: QCoreApplication.translate(
            "Validation", "The end of a snooze needs a time zone."),
        Code.SNOOZE_RANGE: QCoreApplication.translate(
            "Validation", "Snooze for 1 minute to 24 hours."),
        Code.PAUSE_TIME_ZONE: QCoreApplication.translate(
            "Validation", "The end of a pause needs a time zone."),
        Code.PAUSE_PAST: QCoreApplication.translate(
            "Validation", "The end of a pause must be in the future."),
        Code.PAUSE_RANGE: QCoreApplication.translate("Validation", "Pause for 0 to 365 days."),
        Code.QUIET_SAME: QCoreApplication.translate(
            "Validation", "Quiet hours must start and end at different times."),
    }.get(code)


ARGUMENTS: dict[Code, tuple[str, ...]] = {
    Code.TOO_LONG: ("length", "limit"),
    Code.OUT_OF_RANGE: ("value",),
    Code.UNKNOWN_VALUE: ("value",),
    Code.YEARS: ("first", "last"),
    Code.UNKNOWN_SETTING: ("key",),
    Code.INVALID_SETTING: ("key", "value"),
    Code.UNKNOWN_ACTION: ("key",),
    Code.WEEKDAY: ("day",),
    Code.NOT_TIME: ("value", "example"),
    Code.TOO_MANY_TIMES: ("limit",),
    Code.TOO_MANY_REMINDERS: ("limit",),
}
"""The parameters of a code, in the order of its {1}, {2} ..."""


def shown(value: object) -> str:
    """A parameter as shown: numbers written the user's way (English under the C locale),
    fractions with one decimal."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        if isinstance(value, float):
            return locale.toString(value, "f", 1)
        return locale.toString(value)
    return str(value)


def error_text(error: ValidationError) -> str:
    """What the interface says for ``error``: its code's translated sentence, or (a refusal
    the interface made itself, already translated) its message."""
    if error.code is None:
        return error.message
    fixed = _fixed(error.code)
    if fixed is not None:
        return fixed
    template = _with_field(error.code)
    if template is None:
        return error.message
    parameters = [shown(error.params.get(name, "")) for name in ARGUMENTS.get(error.code, ())]
    return template.format(field_name(error.field), *parameters, "", "")  # spare: never short
