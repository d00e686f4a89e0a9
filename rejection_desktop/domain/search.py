"""Turning whatever the user types into a search box into a safe FTS5 query.

Every word becomes a quoted FTS5 string, so operators (AND, OR, NOT, NEAR), quotes, dashes,
colons, parentheses and stars typed by the user are matched as text and never parsed as
syntax. Text in double quotes is kept together as a phrase. The last word is a prefix match
while the user is still typing it. All terms must match.
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+", re.UNICODE)
PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\S+)')
MAX_TERMS = 32


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it holds nothing searchable."""
    terms: list[str] = []
    for phrase, chunk in PHRASE_OR_WORD.findall(text):
        if phrase:
            words = WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
        else:
            terms.extend(f'"{word}"' for word in WORD.findall(chunk))
    if not terms:
        return None
    terms = terms[:MAX_TERMS]
    last_is_open_word = not text.rstrip().endswith('"') and not text.endswith((" ", "\t"))
    if last_is_open_word:
        terms[-1] += "*"
    return " ".join(terms)
