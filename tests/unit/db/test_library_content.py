"""The shipped library's safety content: caveats, ground rules, tips and the crisis list."""

from __future__ import annotations

import json

from rejection_desktop.db.seed import load_entries
from rejection_desktop.domain.outcomes import Audience
from rejection_desktop.platform.resources import resource
from rejection_desktop.ui import texts

CONTRADICTIONS = {
    "Giving them an out before they answer": ("fine if it does not", "easy way to say no"),
    "Bringing a friend along for cover": ("ask a friend to time", "bring a friend along"),
    "Rehearsing a script word for word": ("practise the first sentence", "rehearse"),
    "Waiting for the perfect moment": ("calm moment", "perfect moment", "right moment"),
    "Over-explaining or justifying the ask": ("explain the whole", "give every reason"),
    "Asking for much less than I really want": ("ask for less than",),
}
"""Wordings that would recommend a behaviour of the safety-behaviour list."""


def entries() -> dict[str, dict]:
    rows = load_entries(resource("challenges.json"), "challenges", ("key", "title"))
    return {row["key"]: row for row in rows}


def test_no_tip_recommends_a_safety_behaviour():
    listed = json.loads(resource("safety_behaviours.json").read_text("utf-8"))
    assert set(CONTRADICTIONS) <= set(listed["safety_behaviours"])
    for key, entry in entries().items():
        tip = entry["tip"].lower()
        for behaviour in listed["safety_behaviours"]:
            assert behaviour.lower() not in tip, key
        for behaviour, phrases in CONTRADICTIONS.items():
            assert not any(p in tip for p in phrases), (key, behaviour)


def test_every_family_ask_carries_the_estrangement_caveat():
    family = [e for e in entries().values() if e["audience"] == Audience.FAMILY]
    assert len(family) >= 10
    for entry in family:
        assert "asked you not to contact them" in entry["description"], entry["key"]


def test_romance_and_friendship_asks_are_personal_and_ask_out_has_its_limits():
    rows = entries()
    for key in ("social.ask-someone-out", "social.ask-to-be-friends"):
        assert Audience(rows[key]["audience"]).is_personal, key
    out = rows["social.ask-someone-out"]["description"]
    assert "working" in out and "manage" in out and "adult" in out
    assert "licence" in rows["shops.dream-car-test-drive"]["description"]
    assert "few people you trust" in rows["online.talk-on-video"]["description"]


def test_partner_asks_and_graded_family_asks_fill_the_gaps():
    rows = entries().values()
    assert sum(e["audience"] == Audience.PARTNER for e in rows) >= 3
    personal_family = [e["distress"] for e in rows if e["category"] == "family"
                       and e["audience"] in (Audience.FAMILY, Audience.PARTNER)]
    assert any(20 < d < 40 for d in personal_family)
    assert any(58 < d < 75 for d in personal_family)


def test_ratings_put_a_stranger_hug_above_life_advice():
    rows = entries()
    assert rows["everyday.stranger-hug"]["distress"] > rows["everyday.life-advice"]["distress"]
    assert rows["work.deadline-extension"]["distress"] >= 40


def test_ground_rules_and_crisis_list(qapp):
    rules = " ".join(texts.ground_rules())
    assert "Adults only" in rules and "consent" in rules and "at most once" in rules
    danger = dict(texts.crisis_lines_for("DE"))["Immediate danger"]
    assert "111 (New Zealand)" in danger and "111 (New Zealand)" in texts.crisis_html("NZ")
    assert "1 Jun 2026" in texts.crisis_html()  # CRISIS_CHECKED, as the locale writes a date
    assert "18" in texts.who_not_for_html() and "CBT" in texts.who_not_for_html()


def test_every_family_and_partner_ask_says_when_to_skip_it():
    lacking = [key for key, e in entries().items()
               if e["audience"] in (Audience.FAMILY, Audience.PARTNER)
               and "skip this one" not in f"{e['description']} {e['tip']}".lower()]
    assert not lacking
