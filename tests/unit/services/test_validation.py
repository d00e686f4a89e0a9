"""Whatever people type goes through the services: stored exactly, or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejection_desktop.domain.validation import (
    MAX_JOURNAL_TEXT,
    ValidationError,
    check_rating,
    clean_text,
)
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.services.reflections import Answer

ODD_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=None),  # includes surrogates and NUL
    max_size=300,
) | st.sampled_from([
    "🙈" * 1000, "مرحبا\u202eabc", "e\u0301\u0302\u0303", "\ud800", "a\x00b", "",
    "x" * (MAX_JOURNAL_TEXT + 1), "\u2028line\u2029", "💩" * (1 << 18),
])
VALID = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                max_size=500)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def is_storable(text: str) -> bool:
    return "\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@FAST
@given(text=ODD_TEXT)
def test_reflection_text_round_trips_exactly_or_gets_a_clear_error(services, text):
    try:
        reflection_id = services.reflections.save(None, [], text)
    except ValidationError as error:
        assert error.field and error.message
        assert (not is_storable(text)) or len(text) > MAX_JOURNAL_TEXT or not text.strip()
        return
    assert services.reflections.get(reflection_id).free_text == text


@pytest.mark.slow
@FAST
@given(answer=VALID.filter(str.strip), free=VALID)
def test_valid_answers_round_trip_through_the_file(services, answer, free):
    reflection_id = services.reflections.save(None, [Answer("k", "Prompt?", answer)], free)
    stored = services.reflections.get(reflection_id)
    assert stored.answers[0].answer == answer and stored.free_text == free


@FAST
@given(title=ODD_TEXT)
def test_challenge_titles_are_stored_or_refused(services, title):
    try:
        challenge_id = services.challenges.add(ChallengeInput(title, "social", 40))
    except ValidationError as error:
        assert error.field == "Title"
        return
    stored = services.challenges.get(challenge_id).title
    assert stored == " ".join(title.split("\n")).strip() or stored == stored.strip()
    assert is_storable(stored) and stored


def test_a_one_megabyte_paste_is_refused_with_its_size(services):
    with pytest.raises(ValidationError, match="too long") as info:
        services.reflections.save(None, [], "a" * (1 << 20))
    assert "1,048,576" in info.value.message


@pytest.mark.parametrize("value", [-1, 101, 1.5, "50", True])
def test_ratings_out_of_range_are_refused(value):
    with pytest.raises(ValidationError):
        check_rating(value, "Anxiety before")


def test_empty_required_fields_are_named(services):
    with pytest.raises(ValidationError) as info:
        services.challenges.add(ChallengeInput("   ", "social", 10))
    assert info.value.field == "Title"
    with pytest.raises(ValidationError) as info:
        services.reflections.save(None, [Answer("k", "p", "  ")], "")
    assert info.value.field == "Reflection"


def test_single_line_fields_lose_line_breaks_but_long_text_keeps_them():
    assert clean_text("a\nb\r\n c ", "Title", max_length=50, single_line=True) == "a b  c"
    assert clean_text("a\nb\r\n c ", "Notes", max_length=50) == "a\nb\r\n c "


def test_a_bad_attempt_writes_nothing(services):
    challenge_id = services.challenges.list_challenges()[0].id
    with pytest.raises(ValidationError):
        services.attempts.log(challenge_id, BeforeInput(predicted_no=50),
                              OutcomeInput("rejected", notes="fine", actual_badness=300))
    assert services.attempts.records() == []


@pytest.mark.parametrize("name", ["journal-20260601T090000Z-auto.sqlite3\n",
                                  "pre-migration-v2-20260601T090000Z.sqlite3\n"])
def test_names_and_ids_are_matched_in_full(tmp_path, name):
    from rejection_desktop.services.backups import parse_backup_name
    from rejection_desktop.services.export_format import BadValueError, check_id

    path = tmp_path / name
    path.write_bytes(b"")
    assert parse_backup_name(path) is None
    assert parse_backup_name(tmp_path / name.strip()) is None  # absent: no size
    with pytest.raises(BadValueError):
        check_id(None, "a" * 32 + "\n")
    assert check_id(None, "a" * 32) == "a" * 32
