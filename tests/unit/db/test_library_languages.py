"""The library in other languages: built-ins the user never edited are shown in the chosen
language, switching back restores English, edits and stored choices stay as they are, and a
missing or broken translation file falls back to English with one log line."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rejection_desktop.app.context import open_context
from rejection_desktop.db.models import Attempt, Challenge, Prompt
from rejection_desktop.db.seed import load_entries, seed_library
from rejection_desktop.platform import l10n
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.challenges import ChallengeInput
from rejection_desktop.ui.i18n import LANGUAGE_KEY, SHIPPED

NOW = datetime(2026, 6, 1, tzinfo=UTC)
KEY = "everyday.stranger-photo"
OTHER = "everyday.ask-directions"
UNTRANSLATED = "everyday.pet-a-dog"
PROMPT = "aftercare-feeling-now"
SAFETY = "Over-apologising"


def write(folder: Path, language: str, section: str, entries: object, **extra: object) -> Path:
    """A library file in the shipped format; ``extra`` overrides its header (``said=``: the
    language the file claims)."""
    path = folder / language / f"{section}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {"version": extra.pop("version", 1), "language": extra.pop("said", language)}
    document = header | {section: entries}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A small German translation of a few built-ins (the rest stays English)."""
    folder = tmp_path / "l10n"
    write(folder, "de", "challenges", {
        KEY: {"title": "Bitte jemanden, dich zu fotografieren",
              "description": "Gib einer Person dein Handy.", "tip": None},
        OTHER: {"title": "Frag nach dem Weg", "description": "Hör ganz zu.",
                "tip": "Stell eine Nachfrage."}})
    write(folder, "de", "prompts", {PROMPT: "Wie geht es dir gerade?"})
    write(folder, "de", "safety_behaviours", {SAFETY: "Mich übermäßig entschuldigen"})
    return folder


def seed(context, language: str, folder: Path):
    return seed_library(context.database, resource("challenges.json"), resource("prompts.json"),
                        NOW, language=language, l10n=folder)


def english(key: str) -> dict:
    entries = load_entries(resource("challenges.json"), "challenges", ("key", "title"))
    return next(entry for entry in entries if entry["key"] == key)


def title(key: str) -> str:
    return Challenge.get(Challenge.builtin_key == key).title


def test_the_loader_reads_a_good_file(fixtures):
    texts = l10n.challenge_texts("de", fixtures)
    assert texts[KEY] == l10n.ChallengeText("Bitte jemanden, dich zu fotografieren",
                                            "Gib einer Person dein Handy.", "")
    assert l10n.prompt_texts("de", fixtures) == {PROMPT: "Wie geht es dir gerade?"}
    assert l10n.challenge_texts("en", fixtures) == {}


@pytest.mark.parametrize("damage", [
    "missing", "not json", "wrong version", "wrong language", "list instead of object",
    "empty title", "number as text"])
def test_a_missing_or_broken_file_falls_back_to_english_with_one_line(fixtures, caplog, damage):
    path = fixtures / "de" / "challenges.json"
    good = {KEY: {"title": "Titel", "description": "", "tip": None}}
    if damage == "missing":
        path.unlink()
    elif damage == "not json":
        path.write_text('{"version": 1, "language": "de", "challenges": {', encoding="utf-8")
    elif damage == "wrong version":
        write(fixtures, "de", "challenges", good, version=2)
    elif damage == "wrong language":
        write(fixtures, "de", "challenges", good, said="es")
    elif damage == "list instead of object":
        write(fixtures, "de", "challenges", [good])
    elif damage == "empty title":
        write(fixtures, "de", "challenges", {KEY: {"title": " ", "description": ""}})
    else:
        write(fixtures, "de", "challenges", {KEY: {"title": "T", "description": 3}})
    with caplog.at_level(logging.WARNING, logger="rejection_desktop.platform.l10n"):
        assert l10n.challenge_texts("de", fixtures) == {}
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "challenges.json" in lines[0] and "\n" not in lines[0], lines


def test_seeding_in_german_rewords_untouched_built_ins_and_switching_back_restores_english(
        context, fixtures):
    Attempt.create(challenge=Challenge.get(Challenge.builtin_key == KEY).id, outcome="rejected")
    result, prompts = seed(context, "de", fixtures)
    assert (result.updated, prompts.updated) == (2, 1)
    german = Challenge.get(Challenge.builtin_key == KEY)
    assert (german.title, german.tip) == ("Bitte jemanden, dich zu fotografieren", "")
    assert title(UNTRANSLATED) == english(UNTRANSLATED)["title"]  # no entry: stays English
    assert Prompt.get(Prompt.key == PROMPT).text == "Wie geht es dir gerade?"

    seed(context, "en", fixtures)
    back = Challenge.get(Challenge.builtin_key == KEY)
    assert (back.title, back.tip) == (english(KEY)["title"], english(KEY)["tip"])
    assert Prompt.get(Prompt.key == PROMPT).text.startswith("How are you feeling")
    seed(context, "de", fixtures)
    assert title(KEY) == "Bitte jemanden, dich zu fotografieren"
    # the attempt still points at the same built-in, whatever its language
    assert Attempt.get().challenge.builtin_key == KEY
    assert Challenge.select().count() == len(load_entries(
        resource("challenges.json"), "challenges", ("key",)))


def test_the_users_edits_keep_their_words_in_every_language(context, services, fixtures):
    edited = Challenge.get(Challenge.builtin_key == KEY)
    services.challenges.update(edited.id, ChallengeInput(
        title="My own photo ask", category=edited.category, distress=edited.distress))
    prompt = next(p for p in services.prompts.list_prompts() if p.key == PROMPT)
    services.prompts.update(prompt.id, "My own question?", list(prompt.outcomes),
                            prompt.personal_only)
    seed(context, "de", fixtures)
    assert title(KEY) == "My own photo ask"
    assert Prompt.get(Prompt.key == PROMPT).text == "My own question?"
    assert title(OTHER) == "Frag nach dem Weg"
    # edited while shown in German: the German words are the user's now
    services.challenges.update(Challenge.get(Challenge.builtin_key == OTHER).id, ChallengeInput(
        title="Frag nach dem Weg zum Bahnhof", category="everyday", distress=10))
    seed(context, "en", fixtures)
    assert title(OTHER) == "Frag nach dem Weg zum Bahnhof"
    assert title(KEY) == "My own photo ask"


def test_a_journal_opens_in_the_language_chosen_in_its_settings(data_dir, clock, fixtures,
                                                                monkeypatch, caplog):
    monkeypatch.setattr(l10n, "l10n_dir", lambda: fixtures)
    QSettings(str(DataPaths(data_dir).ui_state), QSettings.Format.IniFormat).setValue(
        LANGUAGE_KEY, "de")
    context = open_context(data_dir, clock)
    try:
        assert l10n.content_language() == "de"
        assert title(KEY) == "Bitte jemanden, dich zu fotografieren"
    finally:
        context.close()
    (fixtures / "de" / "prompts.json").write_text("{broken", encoding="utf-8")
    QSettings(str(DataPaths(data_dir).ui_state), QSettings.Format.IniFormat).setValue(
        LANGUAGE_KEY, "en")
    with caplog.at_level(logging.WARNING):
        context = open_context(data_dir, clock)
    try:
        assert title(KEY) == english(KEY)["title"]  # English again; English reads no l10n file
        assert not [r for r in caplog.records if r.name.endswith("l10n")]
    finally:
        context.close()
    QSettings(str(DataPaths(data_dir).ui_state), QSettings.Format.IniFormat).setValue(
        LANGUAGE_KEY, "de")
    with caplog.at_level(logging.WARNING):
        context = open_context(data_dir, clock)  # a broken file never stops the start
    try:
        assert title(KEY) == "Bitte jemanden, dich zu fotografieren"
        assert Prompt.get(Prompt.key == PROMPT).text.startswith("How are you feeling")
        assert len([r for r in caplog.records if r.name.endswith("l10n")]) == 1
    finally:
        context.close()


def test_safety_behaviours_are_shown_translated_and_stored_in_english(fixtures):
    suggestions = l10n.safety_behaviours("de", fixtures)
    assert suggestions[0] == (SAFETY, "Mich übermäßig entschuldigen")
    assert suggestions[1][0] == suggestions[1][1]  # no translation: English shown
    assert l10n.stored_safety("Mich übermäßig entschuldigen", suggestions) == SAFETY
    assert l10n.stored_safety("Mein eigenes Verhalten", suggestions) == "Mein eigenes Verhalten"
    assert l10n.shown_safety(SAFETY, suggestions) == "Mich übermäßig entschuldigen"
    assert l10n.shown_safety(SAFETY, l10n.safety_behaviours("en")) == SAFETY


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_language_translates_the_whole_library(language, caplog):
    """Every key of the English library has an entry in each shipped language's files."""
    challenges = {e["key"] for e in load_entries(resource("challenges.json"), "challenges",
                                                 ("key",))}
    prompts = {e["key"] for e in load_entries(resource("prompts.json"), "prompts", ("key",))}
    behaviours = {english for english, _ in l10n.safety_behaviours("en")}
    with caplog.at_level(logging.WARNING, logger="rejection_desktop.platform.l10n"):
        found = {"challenges": set(l10n.challenge_texts(language)),
                 "prompts": set(l10n.prompt_texts(language)),
                 "safety_behaviours": set(l10n.safety_behaviour_texts(language))}
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    for section, wanted in (("challenges", challenges), ("prompts", prompts),
                            ("safety_behaviours", behaviours)):
        assert not wanted - found[section], f"{language} {section} lacks {wanted - found[section]}"
        assert not found[section] - wanted, f"{language} {section} has unknown keys"
