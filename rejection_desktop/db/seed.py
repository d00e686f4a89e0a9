"""Seeding the built-in challenge library and prompt bank, and upgrading them safely.

Run at every start: a new built-in (unknown ``builtin_key`` / prompt ``key``) is added; a
built-in the user never edited or archived takes the shipped wording, caveats and audience;
its category and rung are refreshed only while no attempt is logged on it (so past attempts
never move under the user); anything the user edited, archived or hid is left as it is, and
nothing is ever deleted.

Built-ins are seeded in the content language (``platform.l10n``): an untouched built-in takes
the wording of the language the app is shown in, so a change of language rewords it at the
next start and switching back restores the English; keys never change, so attempts and
exports stay language-independent, and the user's own edits keep their words.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from rejection_desktop.db.models import Challenge, Prompt, new_uid
from rejection_desktop.platform.l10n import challenge_texts, content_language, prompt_texts

CHALLENGE_FIELDS = ("title", "description", "tip", "category", "audience", "distress", "dare")
PLACING_FIELDS = ("category", "distress")
"""What places a challenge on the ladder: kept once attempts are logged on it."""
PROMPT_FIELDS = ("text", "outcomes", "personal_only", "position")
INSERT_CHUNK = 50
"""Rows per multi-row INSERT when seeding (well under SQLite's limit on bound values)."""


BUILTIN_NAMESPACE = uuid.UUID("6f1c1f3e-2b7a-4c55-9a61-0d3f5b8e7c21")


def builtin_uid(key: str) -> str:
    """The same uid for a built-in challenge on every install (exports merge cleanly)."""
    return uuid.uuid5(BUILTIN_NAMESPACE, key).hex


class LibraryError(Exception):
    """A shipped resource file is unreadable or malformed."""


@dataclass(frozen=True)
class SeedResult:
    """How many rows seeding added and refreshed."""

    added: int
    updated: int


def load_entries(path: Path, list_key: str, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """Load ``path`` (JSON with a list under ``list_key``) and check each entry's keys."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        entries = document[list_key]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LibraryError(f"{path.name} cannot be read: {exc}") from exc
    if not isinstance(entries, list):
        raise LibraryError(f"{path.name}: '{list_key}' must be a list")
    for index, entry in enumerate(entries):
        missing = [key for key in required if not isinstance(entry, dict) or key not in entry]
        if missing:
            raise LibraryError(f"{path.name}: entry {index} lacks {', '.join(missing)}")
    return entries


def seed_challenges(
    database: peewee.SqliteDatabase, entries: list[dict[str, Any]], now: datetime
) -> SeedResult:
    """Add new built-in challenges and refresh unedited ones, in one transaction."""
    updated = 0
    new: list[dict[str, Any]] = []
    adding: set[str] = set()
    with database.atomic():
        existing = {c.builtin_key: c for c in Challenge.select().where(
            Challenge.builtin_key.is_null(False))}
        # the built-ins with an attempt: one index probe per built-in, never every attempt
        logged = {cid for (cid,) in database.execute_sql(
            "SELECT id FROM challenge WHERE builtin_key IS NOT NULL AND EXISTS "
            "(SELECT 1 FROM attempt WHERE attempt.challenge_id = challenge.id)")}
        for entry in entries:
            values = {field: entry.get(field, "") for field in CHALLENGE_FIELDS}
            values["audience"] = values["audience"] or "anyone"
            values["dare"] = bool(values["dare"])
            current = existing.get(entry["key"])
            if current is None:
                if entry["key"] not in adding:  # a second entry with a key adds nothing
                    adding.add(entry["key"])
                    new.append({"builtin_key": entry["key"], "uid": builtin_uid(entry["key"]),
                                "created_at": now, "updated_at": now, **values})
            elif not current.user_edited and not current.archived:
                if current.id in logged:
                    values = {k: v for k, v in values.items() if k not in PLACING_FIELDS}
                if any(getattr(current, field) != value for field, value in values.items()):
                    Challenge.update(updated_at=now, **values).where(
                        Challenge.id == current.id).execute()
                    updated += 1
        if new:
            taken = {uid for (uid,) in database.execute_sql("SELECT uid FROM challenge")}
            for row in new:  # an imported row may carry a built-in's uid under another key
                row["uid"] = new_uid() if row["uid"] in taken else row["uid"]
            insert_rows(Challenge, new)
    return SeedResult(len(new), updated)


def insert_rows(model: type[peewee.Model], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` in a few multi-row statements, in order (peewee gives a field a row
    leaves out the model's default)."""
    for chunk in peewee.chunked(rows, INSERT_CHUNK):
        model.insert_many(chunk).execute()


def seed_prompts(
    database: peewee.SqliteDatabase, entries: list[dict[str, Any]], now: datetime
) -> SeedResult:
    """Add new built-in prompts and refresh unedited ones, in one transaction."""
    updated = 0
    new: list[dict[str, Any]] = []
    with database.atomic():
        existing = {p.key: p for p in Prompt.select().where(Prompt.builtin == True)}  # noqa: E712
        taken: set[str] | None = None
        for entry in entries:
            values = {field: entry[field] for field in PROMPT_FIELDS if field in entry}
            current = existing.get(entry["key"])
            if current is None:
                if taken is None:
                    taken = {key for (key,) in database.execute_sql("SELECT key FROM prompt")}
                if entry["key"] in taken:
                    continue  # the user made a prompt with this key (theirs wins), or an entry
                taken.add(entry["key"])
                new.append({"key": entry["key"], "builtin": True, "created_at": now,
                            "updated_at": now, **values})
            elif not current.user_edited and any(
                getattr(current, field) != value for field, value in values.items()
            ):
                Prompt.update(updated_at=now, **values).where(Prompt.id == current.id).execute()
                updated += 1
        insert_rows(Prompt, new)
    return SeedResult(len(new), updated)


def in_language(challenges: list[dict[str, Any]], prompts: list[dict[str, Any]],
                language: str, l10n: Path | None = None
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The English entries with their words in ``language`` where a translation exists."""
    words = challenge_texts(language, l10n)
    texts = prompt_texts(language, l10n)
    return (
        [entry | words[entry["key"]].__dict__ if entry["key"] in words else entry
         for entry in challenges],
        [entry | {"text": texts[entry["key"]]} if entry["key"] in texts else entry
         for entry in prompts])


def seed_library(
    database: peewee.SqliteDatabase, challenges_path: Path, prompts_path: Path, now: datetime,
    *, language: str | None = None, l10n: Path | None = None,
) -> tuple[SeedResult, SeedResult]:
    """Seed both resource files in ``language`` (default: the content language, with the
    translations in ``l10n``, default ``resources/l10n``); returns the results for challenges
    and prompts."""
    challenges, prompts = in_language(
        load_entries(challenges_path, "challenges", ("key", "title", "category", "distress")),
        load_entries(prompts_path, "prompts", ("key", "text", "outcomes")),
        content_language() if language is None else language, l10n)
    return (
        seed_challenges(database, challenges, now),
        seed_prompts(database, prompts, now),
    )
