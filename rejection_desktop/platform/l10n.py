"""The library content in other languages (``resources/l10n/<lang>/*.json``), read strictly.

Each file maps the English library's keys to their text in one language. A file that is
missing, unreadable or not in the expected shape is logged in one line and that content stays
English (the start goes on); an entry a good file lacks stays English too. Keys never change,
so journals stay language-independent: built-ins are reworded in place (``db.seed``) and a
chosen safety behaviour is stored by its English text.

The content language is process-wide, like the interface language: the start-up sets it from
the user's choice before the journal opens.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rejection_desktop.platform.resources import resource

log = logging.getLogger(__name__)

ENGLISH = "en"
FORMAT_VERSION = 1

_language = ENGLISH


def set_content_language(language: str) -> None:
    """Show the library in ``language`` from now on ("en" or a shipped language code)."""
    global _language  # noqa: PLW0603 - one language per process, like the translators
    _language = language or ENGLISH


def content_language() -> str:
    """The language the library is shown in ("en" unless the start-up chose another)."""
    return _language


def l10n_dir() -> Path:
    """The folder holding one sub-folder of library files per language."""
    return resource("l10n")


@dataclass(frozen=True)
class ChallengeText:
    """A challenge's words in one language."""

    title: str
    description: str
    tip: str


class L10nFileError(ValueError):
    """A library translation file is not in the expected shape."""


def _text(value: Any, what: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or not (empty or value.strip()):
        raise L10nFileError(f"{what} must be {'a' if empty else 'a non-empty'} string")
    return value


def _challenge(key: str, value: Any) -> ChallengeText:
    if not isinstance(value, dict):
        raise L10nFileError(f"challenge {key!r} must be an object")
    tip = value.get("tip")
    return ChallengeText(
        title=_text(value.get("title"), f"challenge {key!r}: title"),
        description=_text(value.get("description"), f"challenge {key!r}: description",
                          empty=True),
        tip="" if tip is None else _text(tip, f"challenge {key!r}: tip", empty=True))


def _plain(key: str, value: Any) -> str:
    return _text(value, repr(key))


def _read(language: str, section: str, entry: Callable[[str, Any], Any],
          folder: Path | None) -> dict[str, Any]:
    """``section`` of ``<folder>/<language>/<section>.json`` checked entry by entry; {} for
    English, and {} with one log line when the file is missing or broken."""
    if not language or language == ENGLISH:
        return {}
    path = (folder or l10n_dir()) / language / f"{section}.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
            raise L10nFileError(f"not a version {FORMAT_VERSION} library file")
        if document.get("language") != language:
            raise L10nFileError(f"its language is {document.get('language')!r}")
        entries = document.get(section)
        if not isinstance(entries, dict):
            raise L10nFileError(f"{section!r} must be an object")
        return {_text(key, "a key"): entry(key, value) for key, value in entries.items()}
    except (OSError, ValueError) as exc:
        log.warning("library text in %s not used, English shown instead (%s: %s)", language,
                    path.name, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return {}


def challenge_texts(language: str, folder: Path | None = None) -> dict[str, ChallengeText]:
    """Built-in challenge key -> its words in ``language`` ({} for English or a bad file)."""
    return _read(language, "challenges", _challenge, folder)


def prompt_texts(language: str, folder: Path | None = None) -> dict[str, str]:
    """Built-in prompt key -> its text in ``language``."""
    return _read(language, "prompts", _plain, folder)


def safety_behaviour_texts(language: str, folder: Path | None = None) -> dict[str, str]:
    """English safety behaviour -> its text in ``language``."""
    return _read(language, "safety_behaviours", _plain, folder)


def safety_behaviours(language: str | None = None, folder: Path | None = None
                      ) -> list[tuple[str, str]]:
    """The suggested safety behaviours as (stored English text, text shown), in order (the
    shipped files are read once per language)."""
    return list(_safety_behaviours(content_language() if language is None else language,
                                   folder))


@functools.cache
def _safety_behaviours(language: str, folder: Path | None) -> tuple[tuple[str, str], ...]:
    try:
        data = json.loads(resource("safety_behaviours.json").read_text(encoding="utf-8"))
        english = [str(item) for item in data.get("safety_behaviours", [])]
    except (OSError, ValueError, AttributeError):
        log.exception("safety behaviour suggestions could not be read")
        return ()
    shown = safety_behaviour_texts(language, folder)
    return tuple((text, shown.get(text, text)) for text in english)


def stored_safety(shown: str, suggestions: list[tuple[str, str]]) -> str:
    """What to store for the text in the safety field: a suggestion's English text (so the
    choice stays language-independent), or the user's own words as typed."""
    return next((english for english, text in suggestions if text == shown.strip()), shown)


def shown_safety(stored: str, suggestions: list[tuple[str, str]]) -> str:
    """The text to show for a stored safety behaviour (a suggestion in the content language)."""
    return next((text for english, text in suggestions if english == stored), stored)
