"""The save button names its shortcut in the user's language (Qt names the keys itself)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from rejection_desktop.ui.dialogs.form_base import show_shortcut
from rejection_desktop.ui.i18n import install_translators


@pytest.mark.parametrize(("language", "keys"), [("en", "(Ctrl+Enter)"), ("de", "(Strg+Eingabe)"),
                                                ("es", "(Control+Enter)")])
def test_the_save_button_shows_its_keys_in_the_language(qtbot, language, keys):
    install_translators(language)  # the autouse fixture puts English back
    save = QPushButton("Save")
    qtbot.addWidget(save)
    show_shortcut(save)
    assert save.text().endswith(keys) and "Return" not in save.text()
    assert "Retorno" not in save.toolTip()
