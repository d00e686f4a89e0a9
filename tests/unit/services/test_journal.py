"""The journal listing: newest first, keyset pages, filters, and search that never raises."""

from __future__ import annotations

import random
import re
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejection_desktop.domain.search import PHRASE_OR_WORD, WORD
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.journal import (
    ATTEMPT,
    PLANNED,
    REFLECTION,
    STANDALONE,
    JournalFilter,
    JournalService,
)
from rejection_desktop.services.reflections import Answer

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
VOCAB = ["apple", "apricot", "bakery", "baker", "coffee", "cake", "no", "nod", "why",
         "nervous", "later", "laughed"]
TOKEN = re.compile(r"[0-9a-z]+")


def challenge_ids(services, count=3):
    return [c.id for c in services.challenges.list_challenges()[:count]]


def all_entries(journal, where, limit):
    """Every entry by following the keyset cursor page after page."""
    entries, after = [], None
    while True:
        page = journal.page(where, after=after, limit=limit)
        entries.extend(page)
        if len(page) < limit:
            return entries
        after = page[-1].cursor


@pytest.fixture
def journal(services):
    return JournalService()


@pytest.fixture
def mixed(services, clock):
    """Two categories, every outcome, a plan, standalone reflections; some at the same instant."""
    by_category = {}
    for challenge in services.challenges.list_challenges():
        by_category.setdefault(challenge.category, challenge.id)
    first, second = list(by_category.values())[:2]
    ids = {}
    for name, challenge_id, outcome in (
            ("rejected", first, "rejected"), ("accepted", second, "accepted"),
            ("partial", first, "partial"), ("no_reply", second, "no_reply"),
            ("not_attempted", first, "not_attempted")):
        clock.advance(hours=1)
        ids[name] = services.attempts.log(
            challenge_id, BeforeInput(predicted_no=70, context=f"place {name}"),
            OutcomeInput(outcome, what_happened=f"line {name}"))
    ids["planned"] = services.attempts.plan(first, BeforeInput(expected_badness=40,
                                                               predicted_no=50))
    # same instant as the plan: the tie is broken by kind and id
    ids["standalone"] = services.reflections.save(None, [], "a standalone thought")
    clock.advance(days=3)
    ids["late_standalone"] = services.reflections.save(None, [], "another thought")
    return ids, (services.challenges.get(first).category,
                 services.challenges.get(second).category)


def test_new_journal_is_empty(services, journal):
    assert journal.total() == 0
    assert journal.page(JournalFilter()) == []


def test_entries_are_newest_first_and_pages_cover_everything_once(services, clock, journal,
                                                                  mixed):
    everything = journal.page(JournalFilter(), limit=1000)
    assert len(everything) == journal.total() == 8
    keys = [(e.cursor.at, e.cursor.kind, e.cursor.id) for e in everything]
    assert keys == sorted(keys, reverse=True)
    assert everything[0].kind == REFLECTION and everything[0].preview == "another thought"
    for limit in (1, 2, 3, 7):
        paged = all_entries(journal, JournalFilter(), limit)
        assert [(e.kind, e.id) for e in paged] == [(e.kind, e.id) for e in everything]


def test_paging_over_many_entries_at_the_same_instant(services, journal):
    challenge = challenge_ids(services, 1)[0]
    for i in range(25):
        services.attempts.log(challenge, BeforeInput(), OutcomeInput("accepted",
                                                                     what_happened=f"n{i}"))
        services.reflections.save(None, [], f"r{i}")
    paged = all_entries(journal, JournalFilter(), 4)
    assert len(paged) == len({(e.kind, e.id) for e in paged}) == 50


def test_attempt_entry_shows_challenge_outcome_preview_and_latest_reflection(
        services, clock, journal):
    challenge = services.challenges.list_challenges()[0]
    attempt = services.attempts.log(challenge.id, BeforeInput(),
                                    OutcomeInput("rejected", what_happened="  she said\nno  "))
    services.reflections.save(attempt, [Answer("k", "Q?", "first")])
    clock.advance(minutes=5)
    latest = services.reflections.save(attempt, [Answer("k", "Q?", "second")])
    [entry] = journal.page(JournalFilter())
    assert entry.kind == ATTEMPT and entry.is_attempt
    assert entry.challenge_title == challenge.title and entry.category == challenge.category
    assert entry.outcome == "rejected"
    assert entry.preview == "she said no"  # one line, never more
    assert entry.reflection_id == latest


def test_preview_falls_back_to_the_reflection_text(services, journal):
    challenge = challenge_ids(services, 1)[0]
    attempt = services.attempts.log(challenge, BeforeInput(), OutcomeInput("accepted"))
    services.reflections.save(attempt, [Answer("a", "Q1", "   "), Answer("b", "Q2", "it\nwent")])
    assert journal.page(JournalFilter())[0].preview == "it went"


@pytest.mark.parametrize("outcome", ["rejected", "accepted", "partial", "no_reply",
                                     "not_attempted"])
def test_outcome_filter(journal, mixed, outcome):
    ids, _ = mixed
    entries = journal.page(JournalFilter(outcome=outcome))
    assert [(e.kind, e.id) for e in entries] == [(ATTEMPT, ids[outcome])]
    assert journal.count(JournalFilter(outcome=outcome)) == 1


def test_planned_and_standalone_filters(journal, mixed):
    ids, _ = mixed
    assert [(e.kind, e.id) for e in journal.page(JournalFilter(outcome=PLANNED))] == [
        (ATTEMPT, ids["planned"])]
    assert [e.id for e in journal.page(JournalFilter(outcome=STANDALONE))] == [
        ids["late_standalone"], ids["standalone"]]


def test_category_filter_leaves_out_standalone_reflections(services, journal, mixed):
    ids, (first, second) = mixed
    found = {e.id for e in journal.page(JournalFilter(category=second))}
    assert found == {ids["accepted"], ids["no_reply"]}
    assert all(e.kind == ATTEMPT for e in journal.page(JournalFilter(category=first)))
    assert journal.count(JournalFilter(category=first)) == 4


def test_date_range(services, clock, journal, mixed):
    ids, _ = mixed
    late = journal.page(JournalFilter(since=clock() - timedelta(days=1)))
    assert [(e.kind, e.id) for e in late] == [(REFLECTION, ids["late_standalone"])]
    early = journal.page(JournalFilter(until=clock() - timedelta(days=1)))
    assert len(early) == 7
    assert journal.count(JournalFilter(since=clock() + timedelta(days=1))) == 0


def test_unknown_outcome_filter_is_a_programming_error(journal):
    with pytest.raises(ValueError):
        journal.page(JournalFilter(outcome="maybe"))


def test_search_finds_attempt_by_each_note_field_and_by_its_reflection(services, journal):
    challenge = challenge_ids(services, 1)[0]
    by_field = {
        "context": services.attempts.log(challenge, BeforeInput(context="zeppelin hangar"),
                                         OutcomeInput("accepted")),
        "safety": services.attempts.log(challenge, BeforeInput(safety_behaviour="mumbling"),
                                        OutcomeInput("accepted")),
        "happened": services.attempts.log(challenge, BeforeInput(),
                                          OutcomeInput("rejected", what_happened="porcupine")),
        "stopped": services.attempts.log(challenge, BeforeInput(), OutcomeInput(
            "not_attempted", what_stopped_me="thunderstorm")),
        "notes": services.attempts.log(challenge, BeforeInput(),
                                       OutcomeInput("partial", notes="line one\nkaleidoscope")),
    }
    reflected = services.attempts.log(challenge, BeforeInput(), OutcomeInput("accepted"))
    services.reflections.save(reflected, [Answer("k", "Q", "an unexpected marmalade")])
    standalone = services.reflections.save(None, [], "marmalade on toast")
    for field, word in (("context", "zeppelin"), ("safety", "mumbling"),
                        ("happened", "porcupine"), ("stopped", "thunderstorm"),
                        ("notes", "kaleidoscope")):
        assert [(e.kind, e.id) for e in journal.page(JournalFilter(text=word))] == [
            (ATTEMPT, by_field[field])], field
    found = {(e.kind, e.id) for e in journal.page(JournalFilter(text="Marmalade"))}
    assert found == {(ATTEMPT, reflected), (REFLECTION, standalone)}
    assert journal.count(JournalFilter(text="marmalade")) == 2
    assert journal.count(JournalFilter(text="marmalade", outcome=STANDALONE)) == 1
    # prefix while typing, case and accents folded
    assert journal.count(JournalFilter(text="kaleido")) == 1
    services.reflections.save(None, [], "Café crème")
    assert journal.count(JournalFilter(text="cafe creme")) == 1


def test_a_deleted_attempt_is_no_longer_found(services, journal):
    challenge = challenge_ids(services, 1)[0]
    attempt = services.attempts.log(challenge, BeforeInput(), OutcomeInput(
        "rejected", what_happened="walrus"))
    services.reflections.save(attempt, [Answer("k", "Q", "walrus again")])
    snapshot = services.attempts.delete(attempt)
    assert journal.count(JournalFilter(text="walrus")) == 0
    services.attempts.undo_delete(snapshot)
    assert journal.count(JournalFilter(text="walrus")) == 1


ODD_QUERIES = st.text(max_size=60) | st.sampled_from([
    '"', '""', '"unclosed', "a -b", "NOT", "OR AND", "NEAR(a b)", "*", "**a", "a*b",
    "col:value", "^start", "(", ")", "a AND OR b", "\x00", "\ud800", "e\u0301", "_", "'_'",
    '"_"', "-", "+", "a+b", "{a}", "[x]", "🙂", "مرحبا", " " * 10, "\t", "\n",
])


@pytest.mark.slow
@SETTINGS
@given(text=ODD_QUERIES)
def test_any_search_box_input_never_raises(services, journal, text):
    challenge = challenge_ids(services, 1)[0]
    if journal.total() == 0:
        attempt = services.attempts.log(challenge, BeforeInput(), OutcomeInput(
            "rejected", what_happened="a b c"))
        services.reflections.save(attempt, [Answer("k", "Q", "apple")])
        services.reflections.save(None, [], "orange")
    where = JournalFilter(text=text)
    entries = journal.page(where)
    assert journal.count(where) >= len(entries)
    after = journal.page(where, after=entries[-1].cursor) if entries else []
    assert not {(e.kind, e.id) for e in after} & {(e.kind, e.id) for e in entries}


# ---------------------------------------------------------------------------------------------
# Search results equal a reference evaluation of the same query on every document


def tokens(text):
    return TOKEN.findall(text.lower())


def reference_terms(text):
    """Phrases (token lists) of the query, and whether the last token is a prefix."""
    terms = []
    for phrase, chunk in PHRASE_OR_WORD.findall(text):
        if phrase:
            words = WORD.findall(phrase)
            if words:
                terms.append([w.lower() for w in words])
        else:
            terms.extend([w.lower()] for w in WORD.findall(chunk))
    prefix = not text.rstrip().endswith('"') and not text.endswith((" ", "\t"))
    return terms, prefix


def document_matches(doc, terms, prefix):
    words = tokens(doc)
    for position, term in enumerate(terms):
        last_is_prefix = prefix and position == len(terms) - 1
        found = False
        for start in range(len(words) - len(term) + 1):
            window = words[start:start + len(term)]
            head_ok = window[:-1] == term[:-1]
            tail = window[-1]
            tail_ok = tail.startswith(term[-1]) if last_is_prefix else tail == term[-1]
            if head_ok and tail_ok:
                found = True
                break
        if not found:
            return False
    return True


@pytest.fixture
def corpus(services, clock):
    """Attempts with notes and reflections, and standalone reflections, from a small vocabulary."""
    rng = random.Random(5)
    challenge = challenge_ids(services, 1)[0]

    def words(n):
        return " ".join(rng.choice(VOCAB) for _ in range(n))

    expected = []  # (kind, id, [documents])
    for i in range(30):
        clock.advance(minutes=7)
        notes = words(rng.randint(0, 4))
        happened = words(rng.randint(0, 3))
        attempt = services.attempts.log(challenge, BeforeInput(context=words(1)), OutcomeInput(
            "rejected", what_happened=happened, notes=notes))
        attempt_row = services.attempts.get(attempt)
        docs = [" ".join([attempt_row.before.context, attempt_row.before.safety_behaviour,
                          happened, "", notes])]
        for _ in range(rng.randint(0, 2)):
            answer, free = words(rng.randint(1, 4)), words(rng.randint(0, 3))
            services.reflections.save(attempt, [Answer("k", "Q", answer)], free)
            docs.append(f"{free} {answer}")
        expected.append((ATTEMPT, attempt, docs))
        if i % 3 == 0:
            free = words(rng.randint(1, 5))
            expected.append((REFLECTION, services.reflections.save(None, [], free), [free]))
    return expected


QUERY_WORDS = st.sampled_from(VOCAB + [w[:3] for w in VOCAB] + ["zzz", "NOT", "OR"])
SEPARATORS = st.sampled_from([" ", "  ", " -", '"', ":", "(", ")", "*", " + ", "\t"])


@st.composite
def structured_queries(draw):
    parts = draw(st.lists(st.tuples(QUERY_WORDS, SEPARATORS), min_size=1, max_size=3))
    text = "".join(word + sep for word, sep in parts)
    if draw(st.booleans()):
        text = text.rstrip()
    return text


@SETTINGS
@given(text=structured_queries())
def test_search_results_are_exactly_the_matching_entries(journal, corpus, text):
    terms, prefix = reference_terms(text)
    if not terms:
        expected = {(kind, entry_id) for kind, entry_id, _docs in corpus}
    else:
        expected = {(kind, entry_id) for kind, entry_id, docs in corpus
                    if any(document_matches(doc, terms, prefix) for doc in docs)}
    found = all_entries(journal, JournalFilter(text=text), 7)
    assert {(e.kind, e.id) for e in found} == expected
    assert len(found) == len(expected) == journal.count(JournalFilter(text=text))
