"""Every page and dialog at 800x600 in a pseudo-locale (accented, 40 % longer, bracketed):
no clipped or elided text, and no visible text that did not come through the translator."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.every_view import every_view, journal_with_entries
from helpers.fit import fit_on_screen
from helpers.pseudo_locale import build, pseudo
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from rejection_desktop import APP_NAME
from rejection_desktop.app.assemble import assemble
from rejection_desktop.platform.resources import resource

DATA = {"She said no, kindly", "Sent the email", "The queue", "Less bad than I thought",
        "A quiet day of noticing", "What happened?", "the market", "They will think I am needy"}
"""What ``journal_with_entries`` typed: the user's own words are shown as they are (day names
come from the locale, not the translator)."""
NOT_TRANSLATED = {APP_NAME, "English", "Deutsch", "Español"}
"""Shown in every language as they are: the app's name and each language's own name."""


def library_texts() -> set[str]:
    """The library's words (data in the journal, translated by the l10n files, not by Qt)."""
    texts = set()
    for entry in json.loads(resource("challenges.json").read_text("utf-8"))["challenges"]:
        texts |= {entry["title"], entry["description"], entry.get("tip") or ""}
    for entry in json.loads(resource("prompts.json").read_text("utf-8"))["prompts"]:
        texts.add(entry["text"])
    texts |= set(json.loads(resource("safety_behaviours.json").read_text("utf-8"))[
        "safety_behaviours"])
    return texts


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_locale(pseudo_qm) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_pseudo_translation_keeps_placeholders_tags_and_mnemonics():
    assert pseudo("Save") == "[Ŝåvé ~]"
    assert pseudo("&Save plan %1 of %n") .startswith("[&Ŝåvé plåñ %1 öf %n ")
    assert pseudo("<b>Bold</b>") == "<b>[Böld ~]</b>"
    assert len(pseudo("a" * 50)) >= 70


PLAIN = re.compile(r"^[\W\d_]*$")
"""No letters: numbers, times, arrows, bullets."""


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every visible text in ``window`` a user reads."""
    texts = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            texts.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append(("combo", widget.currentText()))
    return texts


def untranslated(window: QWidget, known: set[str]) -> list[str]:
    """Visible texts with letters, without the translator's brackets, that are not data."""
    found = []
    for what, text in shown_texts(window):
        plain = re.sub(r"<[^>]+>", "", text).replace("&&", "&").strip().strip("“”")
        if not plain or PLAIN.match(plain) or "[" in plain or plain in known \
                or plain.replace("&", "") in known:
            continue
        found.append(f"{what} {plain[:50]!r}")
    return found


def test_every_page_and_dialog_fits_and_is_translated_in_the_pseudo_locale(
        qtbot, context, services, clock, pseudo_locale):
    ids = journal_with_entries(services)
    today = QLocale().toString(clock().date(), QLocale.FormatType.LongFormat)
    days = {QLocale().dayName(day, form) for day in range(1, 8)
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)}
    known = library_texts() | DATA | NOT_TRANSLATED | days | {today, str(context.paths.root)}
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    try:
        shell.window.resize(800, 600)
        problems: dict[str, list[str]] = {}
        seen = []
        for name, shown in every_view(shell, ids):
            seen.append(name)
            found = fit_on_screen(shown) + untranslated(shown, known)
            if found:
                problems[name] = found
        assert "form-log" in seen and "onboarding-1" in seen
        assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    finally:
        runtime.shutdown()
