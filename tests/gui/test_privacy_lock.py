"""Settings > Privacy and the lock, driven through the real window with real input events:
turning encryption on (the recovery code step), Lock now, unlocking, a form's draft kept
across a lock, the idle lock, reminders without titles while locked, the schedule file."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from rejection_desktop.app.assemble import assemble
from rejection_desktop.app.context import open_context
from rejection_desktop.db.files import has_plain_header
from rejection_desktop.db.keyfile import KdfParams
from rejection_desktop.platform.paths import DataPaths
from rejection_desktop.services import encryption
from rejection_desktop.services.attempts import BeforeInput
from rejection_desktop.services.encryption import Secret
from rejection_desktop.ui.dialogs.privacy_dialogs import EnableEncryptionDialog
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog
from rejection_desktop.ui.dialogs.unlock import UnlockPanel
from rejection_desktop.ui.lock_screen import IdleLock
from rejection_desktop.ui.widgets.privacy_settings import PrivacySection

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "four random words here"
CODE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


class App:
    """The assembled app on a journal: the window, its shell and runtime."""

    def __init__(self, qtbot, context) -> None:
        context.services.settings.set("onboarding_done", True)
        self.context = context
        self.shell, self.runtime = assemble(QApplication.instance(), context,
                                            watch_session=False)
        self.window = self.shell.window
        self.privacy = self.shell.privacy
        self.privacy.kdf = FAST
        qtbot.addWidget(self.window)
        self.window.resize(1100, 760)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.qtbot = qtbot

    def go(self, key: str) -> QWidget:
        """Click the page's entry in the sidebar."""
        navigation = self.window.navigation
        row = self.window.page_keys().index(key)
        rect = navigation.visualItemRect(navigation.item(row))
        self.qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                              pos=rect.center())
        return self.window.stack.currentWidget()

    def privacy_section(self) -> PrivacySection:
        self.go("today")
        self.go("journal")
        self.go("settings")
        (section,) = self.window.findChildren(PrivacySection)
        return section

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def tick(self, box: QCheckBox) -> None:
        """Click the check box's indicator (its middle may be past the end of its text)."""
        assert box.isVisible() and box.isEnabled()
        self.qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                              pos=QPoint(8, box.height() // 2))

    def type(self, widget: QWidget, text: str) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)

    def close(self) -> None:
        self.runtime.shutdown()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()


@pytest.fixture
def app(qtbot, context):
    running = App(qtbot, context)
    yield running
    running.close()


@pytest.fixture
def locked_app(qtbot, data_dir, clock):
    """An encrypted journal, unlocked and open in the assembled app."""
    open_context(data_dir, clock).close()
    made = encryption.new_key(PASS, FAST)
    encryption.enable(DataPaths(data_dir), made)
    context = open_context(data_dir, clock, key=made.key)
    running = App(qtbot, context)
    yield running
    running.close()
    context.close()


def test_turning_encryption_on_asks_for_the_saved_recovery_code(app, tmp_path, monkeypatch):
    paths = app.context.paths
    section = app.privacy_section()
    assert "plain file" in section.status.text()
    assert not section.lock_button.isVisible()
    app.click(section.enable_button)
    dialog = section.dialog
    assert isinstance(dialog, EnableEncryptionDialog) and dialog.isVisible()
    app.type(dialog.new_passphrase.first, PASS)
    assert "Strength: strong" in dialog.new_passphrase.hint.text()
    app.type(dialog.new_passphrase.second, PASS + "!")
    app.click(dialog.next_button)
    assert "not the same" in dialog.passphrase_error.text()
    assert dialog.steps.currentIndex() == 0
    dialog.new_passphrase.second.clear()
    app.type(dialog.new_passphrase.second, PASS)
    app.click(dialog.next_button)

    assert dialog.steps.currentIndex() == 1 and dialog.code.isVisible()
    code = dialog.code.text()
    assert CODE.match(code)
    assert not dialog.finish_button.isEnabled()
    app.qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)  # refused
    assert dialog.isVisible() and has_plain_header(paths.database) is True
    assert not paths.key_file.exists()
    app.click(dialog.copy_button)
    assert QGuiApplication.clipboard().text() == code
    target = tmp_path / "code.txt"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: target)
    app.click(dialog.save_button)
    assert code in target.read_text(encoding="utf-8")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    app.tick(dialog.saved_check)
    assert dialog.saved_check.isChecked()
    app.click(dialog.finish_button)
    app.qtbot.waitUntil(lambda: section.dialog is None)

    assert has_plain_header(paths.database) is False and paths.key_file.exists()
    assert "encrypted with your passphrase" in section.status.text()
    assert section.lock_button.isVisible() and not section.enable_button.isVisible()
    # the app goes on with the encrypted journal; the recovery code opens it
    app.context.services.reflections.save(None, [], free_text="written after enabling")
    assert b"written after enabling" not in paths.database.read_bytes()
    assert encryption.unlock(paths, Secret(recovery_code=code.lower())).raw == \
        encryption.unlock(paths, Secret(passphrase=PASS)).raw
    assert paths.reminder_schedule.exists()


def test_lock_now_hides_pages_and_forms_and_unlocking_brings_them_back(locked_app):
    app = locked_app
    app.go("journal")
    form = app.shell.flow.reflect()
    assert isinstance(form, ReflectionDialog)
    app.qtbot.waitExposed(form)
    app.type(form.free_text.edit, "what my manager said")
    section = app.privacy_section()
    app.click(section.lock_button)

    panel = app.window.stack.currentWidget()
    assert isinstance(panel, UnlockPanel) and panel.isVisible()
    assert not form.isVisible()
    for page in app.window.built_pages().values():
        assert not page.isVisible()
    assert not app.window.navigation.isEnabled()
    stored = app.context.services.drafts.load(form.draft_key)
    assert "what my manager said" in json.dumps(stored)
    app.qtbot.keyClick(app.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert app.window.stack.currentWidget() is panel  # shortcuts reach no page
    app.runtime.log_requested.emit()  # the tray's "Log an attempt…" waits for the unlock
    assert not [w for w in QApplication.topLevelWidgets()
                if w is not app.window and w.isVisible()]

    app.type(panel.field, "not the passphrase")
    app.click(panel.unlock_button)
    assert "not right" in panel.error.text() and panel.isVisible()
    panel.field.clear()
    app.type(panel.field, PASS)
    app.click(panel.unlock_button)

    app.qtbot.waitUntil(lambda: not app.privacy.locked)
    assert not app.window.findChildren(UnlockPanel) or not panel.isVisible()
    assert app.window.stack.currentWidget() is app.window.page("settings")
    assert app.window.page("settings").isVisible() and app.window.navigation.isEnabled()
    assert form.isVisible()
    assert form.free_text.edit.toPlainText() == "what my manager said"
    logs = [w for w in QApplication.topLevelWidgets()
            if w is not app.window and w is not form and w.isVisible()]
    assert logs, "the log form asked for while locked opens after the unlock"


def test_the_app_locks_itself_after_the_idle_time(locked_app):
    app = locked_app
    settings = app.context.services.settings
    app.go("progress")
    settings.set("auto_lock_minutes", 0)  # never
    never = IdleLock(app.privacy, settings, minute_ms=20, parent=app.window)
    app.qtbot.wait(300)
    assert not app.privacy.locked and not never.timer.isActive()
    settings.set("auto_lock_minutes", 2)
    idle = IdleLock(app.privacy, settings, minute_ms=100, parent=app.window)
    assert idle.timer.isActive()
    app.qtbot.waitUntil(lambda: app.privacy.locked, timeout=10_000)
    assert isinstance(app.window.stack.currentWidget(), UnlockPanel)
    assert not app.window.page("progress").isVisible()


@pytest.mark.parametrize("lock", [False, True])
def test_reminders_while_locked_name_no_challenge(locked_app, clock, lock):
    app = locked_app
    services = app.context.services
    challenge = services.challenges.list_challenges()[0]
    services.settings.set("planned_minutes_before", 0)
    services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                     planned_at=clock.now + timedelta(minutes=5)))
    if lock:
        app.privacy.lock()
    sent = []
    app.runtime.scheduler.delivered.connect(sent.append)
    clock.advance(minutes=6)
    app.runtime.scheduler.replan("timer")
    (notice,) = sent
    words = f"{notice.title} {notice.message}"
    if lock:
        assert challenge.title not in words and challenge.title[:15] not in words
        assert "planned ask" in words
        app.runtime.set_today_title(challenge.title)  # the Today page names it
        assert challenge.title not in app.runtime.tray.plan_action.toolTip()
    else:
        assert challenge.title[:15] in words  # the same reminder names it when unlocked


def test_the_schedule_file_has_times_and_kinds_only(locked_app, clock):
    app = locked_app
    services = app.context.services
    challenge = services.challenges.list_challenges()[0]
    services.reminders.add_daily(["18:00"])
    services.attempts.plan(challenge.id, BeforeInput(predicted_no=60, expected_badness=40,
                                                     planned_at=clock.now + timedelta(hours=3)))
    path = app.context.paths.reminder_schedule
    app.qtbot.waitUntil(lambda: path.exists() and b"planned" in path.read_bytes())
    raw = path.read_bytes()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    document = json.loads(raw)
    kinds = {entry["kind"] for entry in document["upcoming"]}
    assert kinds == {"daily", "planned", "followup"}
    assert {key for entry in document["upcoming"] for key in entry} == {"at", "kind"}
    for title in (c.title for c in services.challenges.list_challenges()):
        assert title.encode() not in raw
    assert not re.search(rb"attempt|challenge|title|\bid\b", raw)


def test_turning_encryption_off_in_the_app_leaves_no_schedule(locked_app):
    app = locked_app
    paths = app.context.paths
    assert paths.reminder_schedule.exists()
    section = app.privacy_section()
    app.click(section.disable_button)
    dialog = section.dialog
    app.type(dialog.current.field, "wrong passphrase!")
    app.click(dialog.ok_button)
    assert "not right" in dialog.error.text()
    dialog.current.field.clear()
    app.type(dialog.current.field, PASS)
    app.click(dialog.ok_button)
    app.qtbot.waitUntil(lambda: section.dialog is None)
    assert has_plain_header(paths.database) is True and not paths.key_file.exists()
    assert not paths.reminder_schedule.exists()
    assert section.enable_button.isVisible()
    app.context.services.reflections.save(None, [], free_text="plain again")
    assert b"plain again" in paths.database.read_bytes() + \
        paths.database.with_name("journal.sqlite3-wal").read_bytes()
