"""The library's words in German through the real forms: a suggested safety behaviour is shown
in German, stored in English (language-independent) and shown in German again when edited."""

from __future__ import annotations

import json

from helpers.flow_driver import ctrl_enter, rate, type_into
from PySide6.QtCore import Qt

from rejection_desktop.platform import l10n

SAFETY = "Over-apologising"
GERMAN = "Mich übermäßig entschuldigen"


def test_a_suggested_safety_behaviour_is_shown_translated_and_stored_in_english(
        qtbot, services, flow, tmp_path, monkeypatch):
    folder = tmp_path / "l10n" / "de"
    folder.mkdir(parents=True)
    (folder / "safety_behaviours.json").write_text(json.dumps(
        {"version": 1, "language": "de", "safety_behaviours": {SAFETY: GERMAN}}),
        encoding="utf-8")
    monkeypatch.setattr(l10n, "l10n_dir", lambda: tmp_path / "l10n")
    l10n.set_content_language("de")
    challenge = services.challenges.list_challenges()[0]

    dialog = flow.plan(challenge.id)
    assert dialog is not None and dialog.isVisible()
    shown = [dialog.safety_combo.itemText(i) for i in range(dialog.safety_combo.count())]
    assert GERMAN in shown and SAFETY not in shown
    type_into(qtbot, dialog.context_edit, "the bakery")
    rate(qtbot, dialog.predicted_no, 80)
    rate(qtbot, dialog.expected_badness, 70)
    dialog.safety_combo.setFocus()
    qtbot.keyClick(dialog.safety_combo, Qt.Key.Key_Down)  # the first suggestion
    assert dialog.safety_combo.currentText() == GERMAN
    ctrl_enter(qtbot, dialog.context_edit)
    assert dialog.saved_id is not None and not dialog.isVisible()
    assert services.attempts.get(dialog.saved_id).before.safety_behaviour == SAFETY

    again = flow.edit_attempt(dialog.saved_id)
    assert again is not None and again.isVisible()
    assert again.safety_combo.currentText() == GERMAN
    again.close()
