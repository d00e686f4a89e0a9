"""The first schema, frozen as SQL. Later versions change it only through migrations."""

TOKENIZER = "unicode61 remove_diacritics 2"
TIMESTAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

TABLES = [
    f"""CREATE TABLE challenge (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        builtin_key TEXT UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        tip TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL,
        audience TEXT NOT NULL DEFAULT 'anyone',
        distress INTEGER NOT NULL CHECK (distress BETWEEN 0 AND 100),
        user_edited INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0,
        {TIMESTAMPS})""",
    "CREATE INDEX challenge_category ON challenge (category)",
    f"""CREATE TABLE attempt (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        challenge_id INTEGER NOT NULL REFERENCES challenge (id) ON DELETE RESTRICT,
        planned_at TEXT,
        attempted_at TEXT,
        predicted_no INTEGER,
        expected_badness INTEGER,
        anxiety_before INTEGER,
        safety_behaviour TEXT NOT NULL DEFAULT '',
        outcome TEXT,
        actual_badness INTEGER,
        anxiety_after INTEGER,
        asked_why INTEGER,
        what_happened TEXT NOT NULL DEFAULT '',
        what_stopped_me TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        {TIMESTAMPS})""",
    "CREATE INDEX attempt_challenge ON attempt (challenge_id)",
    f"""CREATE TABLE reflection (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        attempt_id INTEGER REFERENCES attempt (id) ON DELETE CASCADE,
        answers TEXT NOT NULL DEFAULT '[]',
        free_text TEXT NOT NULL DEFAULT '',
        {TIMESTAMPS})""",
    "CREATE INDEX reflection_attempt ON reflection (attempt_id)",
    "CREATE INDEX reflection_created ON reflection (created_at)",
    f"""CREATE TABLE prompt (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        outcomes TEXT NOT NULL DEFAULT '[]',
        personal_only INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        hidden INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0,
        user_edited INTEGER NOT NULL DEFAULT 0,
        {TIMESTAMPS})""",
    f"""CREATE TABLE reminder (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        times TEXT NOT NULL DEFAULT '[]',
        weekdays INTEGER NOT NULL DEFAULT 127,
        attempt_id INTEGER REFERENCES attempt (id) ON DELETE CASCADE,
        due_at TEXT,
        offset_minutes INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_fired TEXT,
        {TIMESTAMPS})""",
    "CREATE INDEX reminder_attempt ON reminder (attempt_id)",
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE draft (key TEXT PRIMARY KEY, payload TEXT NOT NULL, updated_at TEXT NOT NULL)",
    f"CREATE VIRTUAL TABLE reflection_fts USING fts5(body, tokenize='{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE attempt_fts USING fts5(body, tokenize='{TOKENIZER}')",
]

REFLECTION_BODY = (
    "NEW.free_text || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.answer'), ' ')"
    " FROM json_each(NEW.answers)), '')"
)


def fts_triggers(table: str, body: str) -> list[str]:
    """Triggers keeping ``<table>_fts`` row ``id`` equal to ``body`` (SQL over ``NEW``).

    Frozen with the schema versions that use it: change it only through a new migration.
    """
    insert = f"INSERT INTO {table}_fts (rowid, body) VALUES (NEW.id, {body});"
    delete = f"DELETE FROM {table}_fts WHERE rowid = OLD.id;"
    return [
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]


REFLECTION_TRIGGERS = fts_triggers("reflection", REFLECTION_BODY)

ATTEMPT_BODY = (
    "NEW.safety_behaviour || ' ' || NEW.what_happened || ' ' || NEW.what_stopped_me || ' ' || "
    "NEW.notes"
)

ATTEMPT_TRIGGERS = fts_triggers("attempt", ATTEMPT_BODY)
