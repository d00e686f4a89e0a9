"""The starter library: seeded once, upgraded without touching the user's edits or logs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from rejection_desktop.db.models import Attempt, Challenge, Prompt
from rejection_desktop.db.seed import (
    builtin_uid,
    load_entries,
    seed_challenges,
    seed_library,
    seed_prompts,
)
from rejection_desktop.domain.outcomes import CATEGORIES, Audience, Outcome
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.challenges import ChallengeInput

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def library():
    return load_entries(resource("challenges.json"), "challenges",
                        ("key", "title", "category", "distress"))


def test_the_shipped_library_is_rich_and_well_formed():
    entries = library()
    assert len(entries) >= 100
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys))
    per_category = {c: sum(e["category"] == c for e in entries) for c in CATEGORIES}
    assert sum(n > 0 for n in per_category.values()) >= 6
    assert per_category["work"] >= 10 and per_category["family"] >= 10
    for entry in entries:
        assert entry["category"] in CATEGORIES
        assert entry["audience"] in {a.value for a in Audience}
        assert 0 <= entry["distress"] <= 100
        assert entry["title"] and entry["description"] and entry["tip"]
        assert len(entry["title"]) <= 80


def test_the_shipped_prompts_cover_every_outcome():
    prompts = load_entries(resource("prompts.json"), "prompts", ("key", "text", "outcomes"))
    for outcome in Outcome:
        assert sum(outcome.value in p["outcomes"] for p in prompts) >= 3, outcome
    assert any(p["personal_only"] for p in prompts)
    json.loads(resource("safety_behaviours.json").read_text(encoding="utf-8"))


def test_first_start_seeds_everything_and_a_second_seed_adds_nothing(context):
    assert Challenge.select().count() == len(library())
    assert len({c.category for c in Challenge.select()}) >= 6
    again = seed_library(context.database, resource("challenges.json"),
                         resource("prompts.json"), NOW)
    assert [r.added for r in again] == [0, 0]
    assert [r.updated for r in again] == [0, 0]


def test_a_first_seed_stores_every_entry_as_shipped_in_its_order(context):
    entries = library()
    rows = list(Challenge.select().order_by(Challenge.id))
    assert [r.builtin_key for r in rows] == [e["key"] for e in entries]
    for row, entry in zip(rows, entries, strict=True):
        assert (row.title, row.category, row.distress, row.uid) == (
            entry["title"], entry["category"], entry["distress"], builtin_uid(entry["key"]))
        assert row.dare is bool(entry.get("dare"))
        assert row.audience == (entry.get("audience") or "anyone")
        assert not (row.archived or row.user_edited)
    prompts = load_entries(resource("prompts.json"), "prompts", ("key", "text", "outcomes"))
    stored = list(Prompt.select().order_by(Prompt.id))
    assert [p.key for p in stored] == [e["key"] for e in prompts]
    for prompt, entry in zip(stored, prompts, strict=True):  # some entries leave these out
        assert prompt.personal_only is bool(entry.get("personal_only", False))
        assert prompt.position == entry.get("position", 0)
        assert prompt.builtin and not prompt.hidden


def test_a_new_built_in_whose_uid_an_imported_challenge_holds_gets_its_own(context):
    entries = library()
    Challenge.create(title="Imported", category="everyday", distress=10,
                     uid=builtin_uid("everyday.brand-new-one"))
    newer = [*entries, dict(entries[2], key="everyday.brand-new-one", title="A brand new ask")]
    assert seed_challenges(context.database, newer, NOW).added == 1
    added = Challenge.get(Challenge.builtin_key == "everyday.brand-new-one")
    assert added.uid != builtin_uid("everyday.brand-new-one")
    assert added.title == "A brand new ask"
    assert Challenge.get(Challenge.title == "Imported").builtin_key is None


def test_an_entry_repeated_in_a_shipped_file_is_added_once(context):
    entries = library()
    twice = dict(entries[2], key="everyday.brand-new-one", title="A brand new ask")
    assert seed_challenges(context.database, [*entries, twice, twice], NOW).added == 1
    assert Challenge.select().where(
        Challenge.builtin_key == "everyday.brand-new-one").count() == 1
    prompts = load_entries(resource("prompts.json"), "prompts", ("key", "text", "outcomes"))
    prompt = dict(prompts[0], key="new-prompt")
    assert seed_prompts(context.database, [*prompts, prompt, prompt], NOW).added == 1


def test_an_upgrade_adds_new_built_ins_and_keeps_the_users_edits(context, services):
    entries = library()
    edited, untouched = entries[0], entries[1]
    edited_id = Challenge.get(Challenge.builtin_key == edited["key"]).id
    services.challenges.update(edited_id, ChallengeInput(
        title="My own wording", category=edited["category"], distress=77))
    Attempt.create(challenge=edited_id, outcome="rejected", notes="it happened")
    archived_id = Challenge.get(Challenge.builtin_key == untouched["key"]).id
    services.challenges.archive(archived_id)

    logged_key = entries[3]["key"]
    logged_id = Challenge.get(Challenge.builtin_key == logged_key).id
    Attempt.create(challenge=logged_id, outcome="accepted")

    newer = [dict(e, title=e["title"] + " (v2)", distress=min(100, e["distress"] + 5))
             for e in entries]
    newer.append(dict(entries[2], key="everyday.brand-new-one", title="A brand new ask"))
    result = seed_challenges(context.database, newer, NOW)

    assert result.added == 1
    mine = Challenge.get_by_id(edited_id)
    assert (mine.title, mine.distress) == ("My own wording", 77)
    assert Attempt.select().where(Attempt.challenge == edited_id).count() == 1
    assert not Challenge.get_by_id(archived_id).title.endswith("(v2)")  # archived: left alone
    logged = Challenge.get_by_id(logged_id)
    # logged on: new wording and caveats reach it, but it stays on its rung and in its category
    assert (logged.title, logged.distress) == (entries[3]["title"] + " (v2)",
                                               entries[3]["distress"])
    untouched = Challenge.get(Challenge.builtin_key == entries[5]["key"])
    assert untouched.title.endswith("(v2)")  # never touched: takes the new wording
    assert Challenge.select().count() == len(entries) + 1


def test_an_upgrade_keeps_reworded_and_hidden_prompts(context, services):
    entries = load_entries(resource("prompts.json"), "prompts", ("key", "text", "outcomes"))
    first = services.prompts.list_prompts()[0]
    services.prompts.update(first.id, "My wording?", list(first.outcomes), first.personal_only)
    newer = [dict(e, text=e["text"] + " (v2)") for e in entries]
    seed_prompts(context.database, newer, NOW)
    assert Prompt.get_by_id(first.id).text == "My wording?"
    others = Prompt.select().where(Prompt.id != first.id)
    assert all(p.text.endswith("(v2)") for p in others)


def test_the_reviewed_library_reaches_unedited_built_ins_only(context, services):
    # an install from before the review: old wording on two built-ins, one edited by the user
    old_tip = "Offer dates that suit them and say it is fine if it does not work."
    for key in ("family.stay-the-weekend", "family.reconnect"):
        Challenge.update(tip=old_tip).where(Challenge.builtin_key == key).execute()
    Challenge.update(user_edited=True).where(
        Challenge.builtin_key == "family.reconnect").execute()
    Challenge.delete().where(Challenge.builtin_key == "family.partner-need").execute()
    result, _ = seed_library(context.database, resource("challenges.json"),
                             resource("prompts.json"), NOW)
    assert result.added == 1 and result.updated == 1
    fixed = Challenge.get(Challenge.builtin_key == "family.stay-the-weekend")
    assert "fine if it does not work" not in fixed.tip
    assert "asked you not to contact them" in fixed.description
    assert Challenge.get(Challenge.builtin_key == "family.reconnect").tip == old_tip
    assert Challenge.get(Challenge.builtin_key == "family.partner-need").audience == "partner"
