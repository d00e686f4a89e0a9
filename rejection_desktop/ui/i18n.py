"""The interface language: Qt translators for the app and Qt's own dialogs, chosen at start-up.

The choice ("" follows the system) is kept in ``ui-state.ini`` next to the window's look, because
it is needed before the journal is open; it applies at the next start. English needs nothing
loaded, so an English start pays nothing here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from rejection_desktop.platform.resources import resource

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
"""The ``ui-state.ini`` key of the chosen language ("" or missing: the system's)."""

SHIPPED = ("de", "es")
"""Languages with a translation in ``resources/translations`` (besides English)."""


def language_choices() -> list[tuple[str, str]]:
    """(code, name) for the language setting; names are in their own language."""
    return [("", QCoreApplication.translate("Language", "System default")), ("en", "English"),
            ("de", "Deutsch"), ("es", "Español")]


def chosen_locale(language: str) -> QLocale:
    """The locale for a stored choice: the system's, or the chosen language in the system's
    country when that fits (es with a Mexican system stays es_MX)."""
    system = QLocale.system()
    if not language:
        return system
    wanted = QLocale(language)
    if wanted.language() == system.language():
        return system
    return wanted


def interface_language(language: str) -> str:
    """The shipped language code the interface and the library are shown in for a stored
    choice ("en" when the choice, or the system, is in no shipped language)."""
    code = QLocale.languageToCode(chosen_locale(language).language())
    return code if code in SHIPPED else "en"


def stored_language(ui_state: Path) -> str:
    """The language choice kept in the ``ui-state.ini`` at ``ui_state`` ("" for the system's)."""
    value = QSettings(str(ui_state), QSettings.Format.IniFormat).value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


_installed: list[QTranslator] = []
"""The translators in use: Qt does not own an installed translator, so a translator nobody
refers to is deleted and the interface falls back to English."""


def install_translators(language: str = "") -> list[QTranslator]:
    """Load the app's and Qt's translations for ``language`` into the running application,
    in place of any installed before; they stay installed (and alive) until replaced.

    Returns the installed translators. A missing catalogue is logged and the interface stays
    English.
    """
    uninstall_translators()
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    code = interface_language(language)
    if code == "en":
        return []
    installed = []
    app_translator = QTranslator()
    if app_translator.load(f"rejection_desktop_{code}", str(resource("translations"))):
        installed.append(app_translator)
    else:
        log.warning("no translation for %s in %s (run make translations)", code,
                    resource("translations"))
    qt_translator = QTranslator()
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_translator)
    else:
        log.warning("Qt's own translation for %s not found", code)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    _installed.extend(installed)
    return installed


def uninstall_translators() -> None:
    """Back to the English interface (the default locale is left as it is)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
