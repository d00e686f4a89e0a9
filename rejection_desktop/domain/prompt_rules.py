"""When a reflection prompt is shown: the conditions beyond its outcomes, and aftercare first.

A prompt's own fields say which outcomes it is for and whether it is an aftercare prompt
(``personal_only``). Aftercare prompts come first, and show after an ask of someone close to
the user or whenever the ask hurt (how bad it felt, or the anxiety after, at or above
``AFTERCARE_AT``), whoever was asked. Some built-in prompts have one more condition, named in
``CONDITIONS`` so the prompt bank can say when each one shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

AFTERCARE_AT = 70
"""How bad it felt, or the anxiety after, from which aftercare prompts show for any ask."""

EXPECTED_NO_AT = 50
"""The predicted chance of a no from which a yes counts as "you expected a no"."""


class Situation(NamedTuple):
    """What a reflection knows about its ask when it picks prompts."""

    outcome: str | None  # None: a reflection without an ask
    personal: bool = False  # asked a colleague, friend, family member or partner
    predicted_no: int | None = None
    hurt: int | None = None  # how bad it felt, 0-100
    anxiety_after: int | None = None
    safety_behaviour: bool = False  # the plan named a safety behaviour to leave out


def needs_aftercare(situation: Situation) -> bool:
    """True after a personal ask, or when the ask hurt a lot, whoever was asked."""
    return situation.personal or any(
        value is not None and value >= AFTERCARE_AT
        for value in (situation.hurt, situation.anxiety_after))


class Condition(NamedTuple):
    """A built-in prompt's extra condition, and how the prompt bank words it."""

    test: Callable[[Situation], bool]
    label: str


CONDITIONS: dict[str, Condition] = {
    "accepted-expected-no": Condition(
        lambda s: s.predicted_no is not None and s.predicted_no >= EXPECTED_NO_AT,
        "only when you put the chance of a no at 50 % or more"),
    "accepted-bolder": Condition(
        lambda s: not s.personal, "not after asks of people close to you"),
    "rejected-asked-why": Condition(
        lambda s: not s.personal, "not after asks of people close to you"),
    "rejected-their-side": Condition(
        lambda s: not s.personal, "not after asks of people close to you"),
    "aftercare-relationship": Condition(
        lambda s: s.personal, "only after asks of people close to you"),
    "safety-behaviour-dropped": Condition(
        lambda s: s.safety_behaviour, "only when your plan named a safety behaviour"),
}
"""Extra conditions of built-in prompts, by key (a user's own prompt has none)."""

AFTERCARE_LABEL = "first, after asks of people close to you or when an ask hurt (70 or more)"


def shows(key: str, outcomes: tuple[str, ...], aftercare: bool, situation: Situation) -> bool:
    """True when a prompt with these fields belongs in a reflection on ``situation``."""
    if situation.outcome is not None and situation.outcome not in outcomes:
        return False
    if aftercare and not needs_aftercare(situation):
        return False
    condition = CONDITIONS.get(key)
    return condition is None or condition.test(situation)
