"""Switch a test's app and journal to a shipped language, as a start in that language would."""

from __future__ import annotations

from rejection_desktop.db.connection import db
from rejection_desktop.db.seed import seed_library
from rejection_desktop.platform.l10n import set_content_language
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.i18n import install_translators

LANGUAGES = ("en", "de", "es")
"""English and every shipped translation."""


def speak(language: str, context: AppContext) -> None:
    """Install ``language``'s translators and reword the journal's untouched built-ins in it
    (the autouse fixture in ``tests/conftest.py`` puts English back after the test)."""
    install_translators(language)
    set_content_language(language)
    seed_library(db.obj, resource("challenges.json"), resource("prompts.json"), context.clock())
