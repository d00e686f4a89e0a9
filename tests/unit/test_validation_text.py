"""Validation refusals carry a code and parameters; the interface words each code itself
(through the translator), and the English message stays for the command line."""

from __future__ import annotations

import pytest
from helpers.bracket_translator import bracketed
from PySide6.QtCore import QLocale

from rejection_desktop.domain.validation import (
    ENGLISH,
    Code,
    ValidationError,
    check_rating,
    clean_text,
)
from rejection_desktop.ui.validation_text import error_text, field_name


def test_every_code_has_an_english_sentence():
    assert set(ENGLISH) == set(Code)


def test_the_domain_refuses_with_a_code_its_parameters_and_readable_english():
    with pytest.raises(ValidationError) as info:
        clean_text("x" * 1_500, "Title", max_length=1_000)
    error = info.value
    assert (error.field, error.code, error.params) == ("Title", Code.TOO_LONG,
                                                       {"length": 1_500, "limit": 1_000})
    assert str(error) == "Title is too long (1,500 characters; the limit is 1,000)."
    with pytest.raises(ValidationError) as info:
        check_rating(140, "Chance of a no")
    assert (info.value.code, info.value.params) == (Code.OUT_OF_RANGE, {"value": 140})


@pytest.mark.parametrize("code", list(Code))
def test_every_code_is_worded_by_the_interface_through_the_translator(qapp, code):
    params = {"length": 1500, "limit": 4, "value": "7:5", "first": 1900, "last": 2999,
              "key": "look", "day": 9, "example": "09:30"}
    error = ValidationError.of("Title", code, **params)
    with bracketed():
        shown = error_text(error)
    assert shown.startswith("[") and shown.endswith("]"), shown
    assert "%" not in shown.replace("100 %", ""), shown  # every placeholder filled


def test_the_field_and_the_numbers_are_shown_the_users_way(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        with pytest.raises(ValidationError) as info:
            clean_text("x" * 1_500, "Where / with whom", max_length=1_000)
        with bracketed():
            shown = error_text(info.value)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert shown == "[[Where / with whom] is too long (1.500 characters; the limit is 1.000).]"
    assert field_name("answer:aftercare-feeling-now") == "This answer"


def test_a_message_the_interface_made_itself_is_shown_as_it_is(qapp):
    assert error_text(ValidationError("Outcome", "Wähle, was passiert ist.")) == (
        "Wähle, was passiert ist.")
