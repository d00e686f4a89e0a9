"""The window shell: navigation, shortcuts, theme, geometry, and the crash handler."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from rejection_desktop.app import startup
from rejection_desktop.app.assemble import build_shell
from rejection_desktop.platform.crash import make_excepthook
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.shell import Shell


@pytest.fixture
def shell(qtbot, context, tmp_path):
    instance = build_shell(context)
    qtbot.addWidget(instance.window)
    instance.window.resize(1000, 700)
    instance.window.show()
    return instance


def test_every_page_is_reachable_by_shortcut(qtbot, shell):
    window = shell.window
    for number, key in enumerate(window.page_keys(), start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page(key)


def test_find_focuses_the_challenge_search(qtbot, shell):
    shell.find_action.trigger()
    page = shell.window.page("challenges")
    assert shell.window.current_page_key() == "challenges"
    qtbot.waitUntil(lambda: page.search_edit.hasFocus() or QApplication.focusWidget()
                    is page.search_edit)


def test_switching_the_theme_repaints_and_is_stored(qtbot, shell, services):
    settings_page = shell.window.page("settings")
    dark = next(a for a in shell.theme_group.actions() if a.data() == "dark")
    dark.trigger()
    assert services.settings.get("theme") == "dark"
    assert settings_page.theme_combo.currentData() == "dark"  # the page follows the menu
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80
    next(a for a in shell.theme_group.actions() if a.data() == "light").trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_quit_asks_the_app_to_quit(qtbot, shell):
    with qtbot.waitSignal(shell.window.quit_requested, timeout=1000):
        shell.quit_action.trigger()


def test_a_geometry_saved_off_every_screen_is_moved_back(qtbot, context, tmp_path):
    ini = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = Shell(context, MainWindow(ini))
    qtbot.addWidget(first.window)
    first.window.resize(900, 600)
    first.window.move(40_000, 30_000)  # a monitor that is no longer there
    first.window.save_state()

    second = Shell(context, MainWindow(ini))
    qtbot.addWidget(second.window)
    second.window.restore_state()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.intersects(second.window.frameGeometry())
    assert available.contains(second.window.frameGeometry().topLeft())


def test_a_geometry_on_screen_is_kept(qtbot, context, tmp_path):
    ini = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = Shell(context, MainWindow(ini))
    qtbot.addWidget(first.window)
    first.window.setMinimumSize(300, 200)  # the offscreen screen is only 800x600
    first.window.resize(500, 400)
    first.window.move(30, 40)
    first.window.save_state()
    second = Shell(context, MainWindow(ini))
    qtbot.addWidget(second.window)
    second.window.setMinimumSize(300, 200)
    second.window.restore_state()
    assert second.window.size() == first.window.size()
    assert second.window.pos() == first.window.pos()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_kindly(qtbot, shell, caplog, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", make_excepthook(startup.show_crash_dialog))
    monkeypatch.setattr(sys, "stderr", None)  # as in a windowed, frozen app

    def broken_slot():
        raise RuntimeError("the slot broke")

    shell.window.page_changed.connect(broken_slot)
    with caplog.at_level(logging.CRITICAL, logger="rejection_desktop.platform.crash"):
        shell.window.show_page("settings")
    assert "RuntimeError: the slot broke" in caplog.text and "Traceback" in caplog.text
    assert len(shown) == 1 and "Everything you saved is safe" in shown[0]
    assert "Traceback" not in shown[0]


def test_new_challenge_from_the_menu_opens_the_form(qtbot, shell):
    from PySide6.QtCore import QTimer

    from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog

    seen = []

    def close_form():
        form = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, ChallengeDialog) and w.isVisible())
        seen.append(form)
        form.reject()

    QTimer.singleShot(50, close_form)
    shell.new_challenge_action.trigger()
    assert len(seen) == 1 and shell.window.current_page_key() == "challenges"


@pytest.mark.parametrize("how", ["selection", "action"])
def test_selecting_a_sidebar_entry_through_accessibility_shows_its_page(qtbot, shell, how):
    """What a screen reader does (AT-SPI Selection.selectChild, or the item's action) on a
    sidebar entry switches the page, not only the highlight."""
    window = shell.window
    window.show_page("today")
    navigation = QAccessible.queryAccessibleInterface(window.navigation)
    for row, key in reversed(list(enumerate(window.page_keys()))):
        item = navigation.child(row)
        if how == "selection":
            navigation.selectionInterface().select(item)
        else:
            item.actionInterface().doAction(item.actionInterface().actionNames()[0])
        qtbot.waitUntil(lambda k=key: window.current_page_key() == k, timeout=2000)
        assert window.stack.currentWidget() is window.page(key)
        assert window.page(key).isVisible()


def test_the_file_menu_opens_the_weekly_review(qtbot, shell):
    from rejection_desktop.ui.dialogs.weekly_review import WeeklyReviewDialog

    shell.window.show()
    file_menu = shell.window.menus["file"]
    assert shell.review_action in file_menu.actions()
    shell.review_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, WeeklyReviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
