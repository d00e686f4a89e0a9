"""The glossary of each language is kept across the interface (.ts) and the library (l10n):
no translation uses a word the glossary rules out, and every English text with a key term
("ask", "rejection", ...) is translated with one of the term's chosen forms."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rejection_desktop.platform.resources import resource
from rejection_desktop.ui.i18n import SHIPPED

Pair = tuple[str, str, str]
"""(where, English source, translation)."""


def ts_pairs(path: Path) -> list[Pair]:
    """The finished translations of a .ts file (numerus forms each)."""
    pairs = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete",
                                                                   "vanished"}:
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            pairs += [(f"{path.name} {name}", source, form) for form in forms if form]
    return pairs


def l10n_pairs(folder: Path, language: str) -> list[Pair]:
    """The library's English texts next to their translations in ``folder/language``."""
    pairs: list[Pair] = []
    english = {e["key"]: e for e in json.loads(
        resource("challenges.json").read_text("utf-8"))["challenges"]}
    challenges = folder / language / "challenges.json"
    if challenges.exists():
        for key, words in json.loads(challenges.read_text("utf-8"))["challenges"].items():
            for field in ("title", "description", "tip"):
                if key in english and words.get(field):
                    pairs.append((f"challenge {key} {field}", english[key].get(field) or "",
                                  words[field]))
    prompts = folder / language / "prompts.json"
    if prompts.exists():
        texts = {e["key"]: e["text"] for e in json.loads(
            resource("prompts.json").read_text("utf-8"))["prompts"]}
        pairs += [(f"prompt {key}", texts.get(key, ""), text) for key, text in json.loads(
            prompts.read_text("utf-8"))["prompts"].items()]
    behaviours = folder / language / "safety_behaviours.json"
    if behaviours.exists():
        pairs += [("safety behaviour", english_text, text) for english_text, text in json.loads(
            behaviours.read_text("utf-8"))["safety_behaviours"].items()]
    return pairs


def word(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)


def glossary_problems(glossary: dict, pairs: list[Pair]) -> list[str]:
    """Avoided words used, and key terms translated without one of their chosen forms."""
    exceptions = {(e["term"], e["source"]) for e in glossary.get("exceptions", [])}
    problems = []
    for term in glossary["terms"]:
        english = re.compile(rf"(?<!\w){re.escape(term['en'])}s?(?!\w)", re.IGNORECASE)
        avoid = [(a, word(a)) for a in term.get("avoid", [])]
        use = [u.lower() for u in term["use"]]
        for where, original, translated in pairs:
            source = re.sub(r"Rejection\sDesktop|rejection-desktop", "", original)  # the name
            translation = translated.replace("&", "")  # a mnemonic may split a word
            for text, pattern in avoid:
                if pattern.search(translation):
                    problems.append(f"{where}: {text!r} (avoid, term {term['en']!r}) in "
                                    f"{translation[:60]!r}")
            if english.search(source) and (term["en"], source) not in exceptions \
                    and not any(form in translation.lower() for form in use):
                problems.append(f"{where}: {term['en']!r} in {source[:50]!r} but none of "
                                f"{term['use']} in {translation[:60]!r}")
    return problems


GLOSSARY = {"version": 1, "language": "de", "register": "du", "register_reason": "kind, direct",
            "terms": [{"en": "ask", "use": ["Bitte", "bitten", "fragen"],
                       "avoid": ["Anfrage"]},
                      {"en": "rejection", "use": ["Ablehnung", "abgelehnt"],
                       "avoid": ["Zurückweisung"]}],
            "exceptions": [{"term": "ask", "source": "Ask me later", "reason": "a button"}]}


def test_the_check_finds_avoided_words_and_missing_terms():
    pairs = [("ts", "Plan an ask", "Plane eine Anfrage"),
             ("ts", "Fear of rejection", "Angst vor Zurückweisung"),
             ("ts", "Log the rejection", "Trag die Antwort ein"),
             ("ts", "Ask me later", "Später erinnern"),
             ("ts", "Asks this week", "Bitten diese Woche"),
             ("ts", "Anfragen", "Anfragen are fine as part of another word")]
    problems = glossary_problems(GLOSSARY, pairs)
    assert len(problems) == 5, problems
    assert any("'Anfrage' (avoid" in p for p in problems)
    assert any("'Zurückweisung' (avoid" in p for p in problems)
    assert any("'rejection' in 'Log the rejection'" in p for p in problems)
    assert any("'ask' in 'Plan an ask'" in p for p in problems)  # no chosen form either
    assert not any("Ask me later" in p or "Asks this week" in p for p in problems)


def test_the_check_reads_ts_and_l10n_files(tmp_path):
    ts = tmp_path / "app_de.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">
<context><name>Today</name>
<message><source>Plan an ask</source><translation>Plane eine Anfrage</translation></message>
<message><source>Skip</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n asks</source><translation>
<numerusform>%n Bitte</numerusform><numerusform>%n Anfragen</numerusform></translation>
</message></context></TS>""", encoding="utf-8")
    key = json.loads(resource("challenges.json").read_text("utf-8"))["challenges"][0]["key"]
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "challenges.json").write_text(json.dumps({
        "version": 1, "language": "de", "challenges": {key: {
            "title": "Bitte um ein Foto", "description": "Eine Anfrage", "tip": None}}}),
        encoding="utf-8")
    pairs = ts_pairs(ts) + l10n_pairs(tmp_path, "de")
    assert ("app_de.ts Today", "%n asks", "%n Bitte") in pairs
    assert all(source != "Skip" for _, source, _ in pairs)
    problems = glossary_problems(GLOSSARY, pairs)
    assert any("Plane eine Anfrage" in p for p in problems)
    assert any(p.startswith(f"challenge {key} description") for p in problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_each_shipped_language_keeps_its_glossary(language):
    """Fails until the language's glossary and library files exist (written by the
    translation helpers)."""
    path = resource("l10n") / language / "glossary.json"
    assert path.exists(), f"{path} missing"
    glossary = json.loads(path.read_text("utf-8"))
    assert glossary["language"] == language and glossary["register"] and \
        glossary["register_reason"]
    assert {t["en"] for t in glossary["terms"]} >= {"ask", "rejection", "prediction",
                                                      "safety behaviour", "reflection"}
    pairs = ts_pairs(resource("translations") / f"rejection_desktop_{language}.ts") + \
        l10n_pairs(resource("l10n"), language)
    problems = glossary_problems(glossary, pairs)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])
