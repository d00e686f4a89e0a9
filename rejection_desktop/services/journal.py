"""The journal listing: attempts and standalone reflections, newest first, filtered and searched.

Pages are fetched by keyset (the last entry's sort key), so the thousandth page costs the same
as the first. Search goes through the FTS5 indexes of reflections *and* attempt notes (context,
safety behaviour, what happened, what stopped me, notes); an attempt matches when its own notes
or any of its reflections match. Whatever the user types is turned into a safe FTS5 query by
``domain.search.fts_query``; a query that still upsets SQLite is logged and finds nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from rejection_desktop.db.connection import db
from rejection_desktop.db.fields import from_db_instant, to_db_instant
from rejection_desktop.db.schema_v3 import REFLECTION_ID_ATTEMPT_INDEX
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.search import fts_query

log = logging.getLogger(__name__)

PLANNED = "planned"
"""Outcome filter value: attempts planned and not logged yet."""
STANDALONE = "reflection"
"""Outcome filter value: reflections written without an attempt."""
OUTCOME_FILTERS = frozenset({*(o.value for o in Outcome), PLANNED, STANDALONE})

ATTEMPT = "attempt"
REFLECTION = "reflection"
KIND_CODES = {ATTEMPT: "a", REFLECTION: "r"}
PREVIEW_CHARS = 240
WHITESPACE = re.compile(r"\s+")

ATTEMPT_SORT = "coalesce(a.attempted_at, a.planned_at, a.created_at)"
ATTEMPT_LINE = (
    "substr(CASE WHEN a.what_happened != '' THEN a.what_happened "
    "WHEN a.what_stopped_me != '' THEN a.what_stopped_me ELSE a.context END, 1, "
    f"{PREVIEW_CHARS})"
)
REFLECTION_PREVIEW = (
    "substr(coalesce((SELECT json_extract(value, '$.answer') FROM json_each(r.answers) "
    "WHERE trim(json_extract(value, '$.answer')) != '' LIMIT 1), r.free_text), 1, "
    f"{PREVIEW_CHARS})"
)
REFLECTION_HITS = (
    "WITH reflection_hits(id) AS MATERIALIZED "
    "(SELECT rowid FROM reflection_fts WHERE reflection_fts MATCH :query) "
)
"""Run the reflection search once per query; both branches read ``reflection_hits``."""
ATTEMPT_HITS = (
    "SELECT rowid FROM attempt_fts WHERE attempt_fts MATCH :query UNION ALL "
    f"SELECT attempt_id FROM reflection INDEXED BY {REFLECTION_ID_ATTEMPT_INDEX} WHERE id IN "
    "reflection_hits"
)
STANDALONE_FROM = "reflection r INDEXED BY reflection_attempt"
"""Standalone reflections are found by their NULL attempt in this index, never by looking up
each search hit in the (large) reflection rows."""



@dataclass(frozen=True)
class JournalFilter:
    """What the journal shows. Dates are aware instants: ``since`` inclusive, ``until`` not."""

    text: str = ""
    outcome: str | None = None  # an Outcome value, PLANNED, STANDALONE or None for all
    category: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the journal (a miss then means an empty journal)."""
        return (not self.text.strip() and self.outcome is None and self.category is None
                and self.since is None and self.until is None)


@dataclass(frozen=True)
class JournalCursor:
    """Where a page ended: the sort key of its last entry."""

    at: str
    kind: str
    id: int


@dataclass(frozen=True)
class JournalEntry:
    """One line of the journal: an attempt (with its latest reflection) or a lone reflection."""

    kind: str  # ATTEMPT or REFLECTION
    id: int
    at: datetime
    outcome: str | None  # None for a planned attempt and for a standalone reflection
    challenge_title: str
    category: str
    audience: str
    preview: str
    reflection_id: int | None
    cursor: JournalCursor
    reflection_kind: str = "reflection"  # a lone entry's kind: "reflection" or "weekly_review"

    @property
    def is_attempt(self) -> bool:
        return self.kind == ATTEMPT


def one_line(text: str | None) -> str:
    """Collapse whitespace so a preview never spills over more than one line."""
    return WHITESPACE.sub(" ", text or "").strip()


class JournalService:
    """Read-only queries over attempts and reflections for the Journal page.

    Relies on the journal indexes of schema version 3 (``db/schema_v3.py``).
    """

    def page(self, where: JournalFilter, after: JournalCursor | None = None,
             limit: int = 100) -> list[JournalEntry]:
        """Up to ``limit`` entries matching ``where``, newest first, after ``after``.

        Two steps keep it fast: the sort keys of the page first (a narrow sort), then the
        details of just those rows.
        """
        params: dict[str, Any] = {"limit": max(1, int(limit))}
        branches = self._branches(where, params, after)
        if not branches:
            return []
        sql = (self._with(params) + " UNION ALL ".join(branches)
               + " ORDER BY sort_at DESC, kind DESC, id DESC LIMIT :limit")
        keys = self._run(sql, params)
        if not keys:
            return []
        attempts = self._attempt_details([k[1] for k in keys if k[0] == "a"])
        reflections = self._reflection_previews(
            "r.id", [k[1] for k in keys if k[0] == "r"])
        entries = []
        for code, entry_id, sort_at in keys:
            cursor = JournalCursor(sort_at, code, entry_id)
            if code == "a":
                outcome, title, category, audience, line, reflection_id, text = attempts[entry_id]
                entries.append(JournalEntry(
                    ATTEMPT, entry_id, from_db_instant(sort_at), outcome, title, category,
                    audience, one_line(line) or one_line(text), reflection_id, cursor))
            else:
                _, text, kind = reflections.get(entry_id, (entry_id, "", "reflection"))
                entries.append(JournalEntry(
                    REFLECTION, entry_id, from_db_instant(sort_at), None, "", "", "",
                    one_line(text), entry_id, cursor, kind))
        return entries

    def count(self, where: JournalFilter) -> int:
        """How many entries match ``where``."""
        params: dict[str, Any] = {}
        branches = self._branches(where, params, None, counting=True)
        if not branches:
            return 0
        rows = self._run(self._with(params) + "SELECT sum(n) FROM ("
                         + " UNION ALL ".join(branches) + ")", params)
        return int(rows[0][0] or 0) if rows else 0

    def total(self) -> int:
        """Every entry in the journal (zero means a brand-new journal)."""
        return self.count(JournalFilter())

    # query building ----------------------------------------------------------------------------
    @staticmethod
    def _with(params: dict[str, Any]) -> str:
        return REFLECTION_HITS if "query" in params else ""

    def _branches(self, where: JournalFilter, params: dict[str, Any],
                  after: JournalCursor | None, *, counting: bool = False) -> list[str]:
        if where.outcome is not None and where.outcome not in OUTCOME_FILTERS:
            raise ValueError(f"unknown outcome filter {where.outcome!r}")
        query = fts_query(where.text) if where.text.strip() else None
        if query is not None:
            params["query"] = query
        if where.since is not None:
            params["since"] = to_db_instant(where.since)
        if where.until is not None:
            params["until"] = to_db_instant(where.until)
        if after is not None:
            params.update(after_at=after.at, after_kind=after.kind, after_id=after.id)
        branches = []
        if where.outcome != STANDALONE:
            # "+" keeps SQLite from driving the query by the hit list when it can walk the
            # sort index instead and stop at the page's end
            walk = "" if counting else "+"
            hits = f"{walk}a.id IN ({ATTEMPT_HITS})" if query is not None else None
            branches.append(self._attempt_branch(where, hits, after, counting, params))
        if where.outcome in (None, STANDALONE) and where.category is None:
            branches.append(self._reflection_branch(where, query, after, counting))
        return branches

    @staticmethod
    def _attempt_branch(where: JournalFilter, hits: str | None, after: JournalCursor | None,
                        counting: bool, params: dict[str, Any]) -> str:
        conditions = ["1"]
        if where.outcome == PLANNED:
            conditions.append("a.outcome IS NULL")
        elif where.outcome is not None:
            params["outcome"] = where.outcome
            conditions.append("a.outcome = :outcome")
        if where.category is not None:
            params["category"] = where.category
            conditions.append("c.category = :category")
        if where.since is not None:
            conditions.append(f"{ATTEMPT_SORT} >= :since")
        if where.until is not None:
            conditions.append(f"{ATTEMPT_SORT} < :until")
        if hits is not None:
            conditions.append(hits)
        if after is not None:
            conditions.append(f"({ATTEMPT_SORT}, 'a', a.id) < (:after_at, :after_kind, :after_id)")
        condition = " AND ".join(conditions)
        join = " JOIN challenge c ON c.id = a.challenge_id" if where.category else ""
        if counting:
            return f"SELECT count(*) AS n FROM attempt a{join} WHERE {condition}"
        return (f"SELECT 'a' AS kind, a.id AS id, {ATTEMPT_SORT} AS sort_at "
                f"FROM attempt a{join} WHERE {condition}")

    @staticmethod
    def _reflection_branch(where: JournalFilter, query: str | None,
                           after: JournalCursor | None, counting: bool) -> str:
        conditions = ["r.attempt_id IS NULL"]
        if where.since is not None:
            conditions.append("r.created_at >= :since")
        if where.until is not None:
            conditions.append("r.created_at < :until")
        if query is not None:
            conditions.append("r.id IN reflection_hits")
        if after is not None:
            conditions.append("(r.created_at, 'r', r.id) < (:after_at, :after_kind, :after_id)")
        condition = " AND ".join(conditions)
        if counting:
            return f"SELECT count(*) AS n FROM {STANDALONE_FROM} WHERE {condition}"
        return ("SELECT 'r' AS kind, r.id AS id, r.created_at AS sort_at "
                f"FROM {STANDALONE_FROM} WHERE {condition}")

    @staticmethod
    def _attempt_details(ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """Outcome, challenge, preview line and latest reflection of each attempt in ``ids``."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        cursor = db.execute_sql(
            f"SELECT a.id, a.outcome, c.title, c.category, c.audience, {ATTEMPT_LINE} "
            f"FROM attempt a JOIN challenge c ON c.id = a.challenge_id WHERE a.id IN ({marks})",
            ids)
        previews = JournalService._reflection_previews("r.attempt_id", ids)
        return {row[0]: (*row[1:], *previews.get(row[0], (None, ""))[:2])
                for row in cursor.fetchall()}

    @staticmethod
    def _reflection_previews(column: str, ids: list[int]) -> dict[int, tuple[int, str, str]]:
        """Reflection id, preview and kind keyed by ``column`` (the latest reflection per
        key)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        cursor = db.execute_sql(
            f"SELECT {column}, r.id, {REFLECTION_PREVIEW}, r.kind FROM reflection r "
            f"WHERE {column} IN ({marks}) ORDER BY r.created_at, r.id", ids)
        return {key: (reflection_id, text or "", kind)
                for key, reflection_id, text, kind in cursor.fetchall()}

    @staticmethod
    def _run(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]] | None:
        """Run a journal query; an FTS5 syntax error is logged (without the text) as no result."""
        try:
            return list(db.execute_sql(sql, params).fetchall())
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            if "fts5" not in str(exc).lower():
                raise
            log.warning("journal search could not run: %s", type(exc).__name__)
            return None
