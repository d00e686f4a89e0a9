"""A realistic demo journal: years of asks, predictions, outcomes and reflections.

Used by the screenshots tool, the benchmarks and GUI tests. Rows are bulk-inserted through the
models in a few transactions, so even the 10-year dataset (20,000 attempts, 20,000 reflections,
1,000 challenges) is written in seconds. Deterministic for a given seed.

    python benchmarks/demo_data.py DIR [--years 10] [--attempts 20000] [--challenges 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rejection_desktop.app.context import AppContext, open_context
from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Challenge, Prompt, Reflection, new_uid
from rejection_desktop.domain.outcomes import CATEGORIES

PLACES = ["the bakery on the corner", "the office kitchen", "a bookshop", "the gym", "the park",
          "a hardware store", "my sister's flat", "the train station", "a café", "the library"]
SAFETY = ["Over-apologising", "Leaving as soon as they answer", "Asking very quietly",
          "Giving them an easy out", "Over-explaining"]
FEELINGS = ["My heart was racing before, then it was over in ten seconds.",
            "They smiled and said no, and honestly it was fine.",
            "I expected a lecture; I got a shrug.",
            "It felt awkward for a moment, then we both laughed.",
            "I stayed and asked why, and the answer had nothing to do with me.",
            "The yes surprised me more than a no would have.",
            "I nearly walked away before asking. Glad I didn't.",
            "Next time I'll ask someone else, at a different time of day."]
LESSONS = ["A no is information, not a verdict.", "People are kinder than my forecasts.",
           "The fear peaks before the ask, not after.", "I can survive an awkward second.",
           "Asking why turned a no into a conversation.", "My predictions are too gloomy."]
CUSTOM_TITLES = ["Ask a neighbour to borrow a ladder", "Ask for a table by the window",
                 "Ask a colleague to swap shifts", "Ask a stranger for a book tip",
                 "Ask the bus driver about the route", "Ask a friend to proofread my CV"]


def clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def generate(data_dir: Path, *, years: int = 10, attempts: int = 20_000,
             reflections: int | None = None, challenges: int = 1_000, seed: int = 7,
             now: datetime | None = None) -> AppContext:
    """Fill ``data_dir`` with a demo journal and return the open context."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC).replace(microsecond=0)
    context = open_context(data_dir, lambda: now)
    reflections = attempts if reflections is None else reflections
    start = now - timedelta(days=365 * years)
    with db.atomic():
        existing = Challenge.select().count()
        categories = list(CATEGORIES)
        rows = []
        for i in range(max(0, challenges - existing)):
            created = start + timedelta(days=rng.uniform(0, 365 * years))
            rows.append({
                "uid": new_uid(), "title": f"{rng.choice(CUSTOM_TITLES)} #{i + 1}",
                "description": "A variant I wrote myself.", "tip": "Switch the person or place.",
                "category": rng.choice(categories), "audience": rng.choice(
                    ["stranger", "friend", "colleague", "family", "acquaintance"]),
                "distress": rng.randint(5, 95), "created_at": created, "updated_at": created,
            })
        for chunk in range(0, len(rows), 500):
            Challenge.insert_many(rows[chunk:chunk + 500]).execute()
        pool = [(c.id, c.distress, c.audience) for c in Challenge.select(
            Challenge.id, Challenge.distress, Challenge.audience)]
        prompts = [(p.key, p.text) for p in Prompt.select()]

        attempt_rows = []
        for i in range(attempts):
            progress = i / max(1, attempts - 1)  # 0 = years ago, 1 = today
            when = start + timedelta(seconds=progress * (now - start).total_seconds()
                                     + rng.uniform(-3600, 3600))
            when = min(when, now - timedelta(minutes=5))
            challenge_id, distress, _ = rng.choice(pool)
            predicted = clamp(rng.gauss(75 - 25 * progress, 12))
            roll = rng.random()
            outcome = ("rejected" if roll < 0.38 else "accepted" if roll < 0.78 else
                       "partial" if roll < 0.9 else "no_reply" if roll < 0.95 else
                       "not_attempted")
            expected_bad = clamp(rng.gauss(65 - 20 * progress, 15))
            anxiety = clamp(rng.gauss(70 - 30 * progress + distress * 0.2, 12))
            attempt_rows.append({
                "uid": new_uid(), "challenge": challenge_id, "planned_at": when - timedelta(
                    hours=rng.randint(1, 30)), "attempted_at": when,
                "context": rng.choice(PLACES), "predicted_no": predicted,
                "expected_badness": expected_bad, "anxiety_before": anxiety,
                "safety_behaviour": rng.choice(SAFETY), "outcome": outcome,
                "prediction_timing": "before",  # planned hours before the ask
                "actual_badness": clamp(expected_bad * rng.uniform(0.2, 1.3)),
                "anxiety_after": clamp(anxiety * rng.uniform(0.3, 0.8)),
                "asked_why": outcome == "rejected" and rng.random() < 0.4,
                "what_happened": rng.choice(FEELINGS)[:80],
                "what_stopped_me": "Ran out of nerve at the door." if outcome == "not_attempted"
                else "",
                "notes": "", "created_at": when, "updated_at": when,
            })
        for chunk in range(0, len(attempt_rows), 500):
            Attempt.insert_many(attempt_rows[chunk:chunk + 500]).execute()
        attempt_ids = [a.id for a in Attempt.select(Attempt.id).order_by(Attempt.id)]
        reflection_rows = []
        for i in range(reflections):
            attempt_id = attempt_ids[i % len(attempt_ids)] if attempt_ids else None
            when = attempt_rows[i % len(attempt_rows)]["attempted_at"] + timedelta(minutes=20)
            chosen = rng.sample(prompts, k=min(3, len(prompts)))
            reflection_rows.append({
                "uid": new_uid(), "attempt": attempt_id,
                "answers": [{"key": k, "prompt": t, "answer": rng.choice(FEELINGS + LESSONS)}
                            for k, t in chosen],
                "free_text": " ".join(rng.sample(LESSONS, k=2)),
                "created_at": when, "updated_at": when,
            })
        for chunk in range(0, len(reflection_rows), 500):
            Reflection.insert_many(reflection_rows[chunk:chunk + 500]).execute()
    context.services.settings.set("onboarding_done", True)
    return context


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--attempts", type=int, default=20_000)
    parser.add_argument("--challenges", type=int, default=1_000)
    args = parser.parse_args()
    context = generate(args.data_dir, years=args.years, attempts=args.attempts,
                       challenges=args.challenges)
    context.close()
    print(f"demo journal written to {args.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
