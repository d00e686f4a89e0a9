"""Schema version 5, the evidence loop: beliefs and their ratings, when a prediction was written,
the coping line, dares and weekly reviews.

- ``attempt.prediction_timing``: ``'before'`` when the prediction was saved before the outcome
  was known (a plan), ``'hindsight'`` when it was typed in with the outcome. Rows already in
  the journal are classified by what they show: a row that is still a plan, that has a planned
  time (the plan form saved it) or that was created before the ask was made is ``'before'``;
  anything else (logged in one go) is ``'hindsight'``.
- ``attempt.belief_id``: the belief the ask tests; ``attempt.coping_plan``: "if the no comes,
  I will ...".
- ``challenge.dare``: nobody is asked, so there is no chance of a no to predict (the public
  dares of the library, and the user's own public challenges made to "anyone").
- ``reflection.kind``: ``'reflection'`` or ``'weekly_review'``.
- ``belief`` and ``belief_rating``: what a no would mean about the user, and how strongly they
  believed it when (before an ask, after it, in a weekly review).
"""

TIMESTAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

# frozen here: a later change of the domain's lists needs a migration of its own
TIMINGS = ("before", "hindsight")
RATING_SOURCES = ("before", "after", "review")
REFLECTION_KINDS = ("reflection", "weekly_review")

STATEMENTS = [
    f"""CREATE TABLE belief (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        {TIMESTAMPS})""",
    f"""CREATE TABLE belief_rating (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        belief_id INTEGER NOT NULL REFERENCES belief (id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 100),
        source TEXT NOT NULL CHECK (source IN {RATING_SOURCES!r}),
        rated_at TEXT NOT NULL,
        attempt_id INTEGER REFERENCES attempt (id) ON DELETE CASCADE,
        reflection_id INTEGER REFERENCES reflection (id) ON DELETE CASCADE,
        fairer TEXT NOT NULL DEFAULT '',
        {TIMESTAMPS})""",
    "CREATE INDEX belief_rating_belief ON belief_rating (belief_id, rated_at)",
    "CREATE INDEX belief_rating_attempt ON belief_rating (attempt_id)",
    "CREATE INDEX belief_rating_reflection ON belief_rating (reflection_id)",
    "ALTER TABLE attempt ADD COLUMN belief_id INTEGER REFERENCES belief (id) ON DELETE SET NULL",
    "ALTER TABLE attempt ADD COLUMN coping_plan TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE attempt ADD COLUMN prediction_timing TEXT CHECK (prediction_timing IS NULL "
    f"OR prediction_timing IN {TIMINGS!r})",
    "ALTER TABLE challenge ADD COLUMN dare INTEGER NOT NULL DEFAULT 0 CHECK (dare IN (0, 1))",
    "ALTER TABLE reflection ADD COLUMN kind TEXT NOT NULL DEFAULT 'reflection' "
    f"CHECK (kind IN {REFLECTION_KINDS!r})",
    "CREATE INDEX reflection_kind ON reflection (kind, created_at)",
    # entries already in the journal keep their meaning (see the module docstring)
    """UPDATE attempt SET prediction_timing = CASE
        WHEN outcome IS NULL THEN 'before'
        WHEN planned_at IS NOT NULL THEN 'before'
        WHEN created_at < coalesce(attempted_at, updated_at) THEN 'before'
        ELSE 'hindsight' END""",
    "UPDATE challenge SET dare = 1 WHERE category = 'public' AND audience = 'anyone'",
]
