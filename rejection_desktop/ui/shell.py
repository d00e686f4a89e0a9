"""Builds the main window's pages, menus and shortcuts and connects them to the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.main_window import LOOK_KEY, MainWindow
from rejection_desktop.ui.pages.today import TodayPage
from rejection_desktop.ui.theme import apply_theme, theme_choices

translate = QCoreApplication.translate

# Pages other than Today, and dialogs, are imported when first used: start-up stays short.
if TYPE_CHECKING:
    from rejection_desktop.services.privacy import PrivacyService
    from rejection_desktop.ui.attempt_flow import AttemptFlow
    from rejection_desktop.ui.lock_screen import IdleLock, LockScreen
    from rejection_desktop.ui.pages.challenges import ChallengesPage


class Shell(QObject):
    """The main window plus the actions that span pages; lives as a child of the window."""

    suggestion_changed = Signal(str)
    """The title of the challenge the Today page suggests (for the tray)."""
    suggested = Signal(object)
    """The ``ChallengeRecord`` the Today page suggests, or None (for the reminders)."""

    def __init__(self, context: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.services = context.services
        self._flow: AttemptFlow | None = None
        self.privacy: PrivacyService | None = None
        self.lock_screen: LockScreen | None = None
        self.idle_lock: IdleLock | None = None
        self._settings_sections: list[tuple[str, Callable[[], QWidget]]] = []
        for key, build in (("today", self._build_today),
                           ("challenges", self._build_challenges),
                           ("journal", self._build_journal),
                           ("progress", self._build_progress),
                           ("settings", self._build_settings)):
            window.set_page_builder(key, build)
        self._build_menus()
        from rejection_desktop.ui import app_style  # noqa: PLC0415 - after the first paint

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app_style.install(app)
        self.services.settings.setting_changed.connect(self._on_setting_changed)
        self._follow_theme(self.services.settings.get("theme"))
        window.show_page(window.current_page_key() or "today")

    # pages ---------------------------------------------------------------------------------
    def _build_today(self) -> QWidget:
        page = TodayPage(self.services, self.context.clock, self)
        page.review_requested.connect(self.weekly_review)
        page.suggestion_changed.connect(self.suggestion_changed)
        page.suggestion_changed.connect(lambda _title: self.suggested.emit(page.suggestion))
        page.fill()  # before the window shows it
        return page

    def _build_journal(self) -> QWidget:
        from rejection_desktop.ui.pages.journal import JournalPage  # noqa: PLC0415

        return JournalPage(self.services, self.flow)

    def _build_challenges(self) -> QWidget:
        from rejection_desktop.ui.pages.challenges import ChallengesPage  # noqa: PLC0415

        return ChallengesPage(self.services, self)

    def _build_progress(self) -> QWidget:
        from rejection_desktop.ui.pages.progress import ProgressPage  # noqa: PLC0415

        page = ProgressPage(self.services, self.services.progress)
        page.review_requested.connect(self.weekly_review)
        page.show_review_requested.connect(self.show_review)
        return page

    def _build_settings(self) -> QWidget:
        from rejection_desktop.ui.pages.settings import SettingsPage  # noqa: PLC0415
        from rejection_desktop.ui.widgets.prompt_bank import PromptBankWidget  # noqa: PLC0415

        page = SettingsPage(self.context)
        for title, build in self._settings_sections:
            page.add_section(title, build())
        page.add_card(PromptBankWidget(self.services.prompts))
        return page

    def reload_pages(self) -> None:
        """Re-read every page that has been built, after an import or a restore replaced data.

        A page may define ``data_replaced()`` (e.g. to forget an Undo that no longer fits);
        otherwise its ``refresh()`` or ``reload()`` is called.
        """
        self._follow_theme(self.services.settings.get("theme"))
        for page in self.window.built_pages().values():
            reload = (getattr(page, "data_replaced", None) or getattr(page, "refresh", None)
                      or getattr(page, "reload", None))
            if callable(reload):
                reload()

    def add_settings_section(self, title: str, build: Callable[[], QWidget]) -> None:
        """A feature's section for the Settings page (built with the page, on first use)."""
        self._settings_sections.append((title, build))

    def challenges_page(self) -> ChallengesPage:
        from rejection_desktop.ui.pages.challenges import ChallengesPage  # noqa: PLC0415

        page = self.window.show_page("challenges")
        assert isinstance(page, ChallengesPage)
        return page

    # menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        window = self.window
        file_menu = window.menus["file"]
        self.new_challenge_action = self._action(
            self.tr("&New challenge…"), lambda: self.challenges_page().add_challenge(),
            QKeySequence.StandardKey.New)
        self.log_action = self._action(self.tr("&Log an attempt…"), self.log_attempt, "Ctrl+L")
        self.quit_action = self._action(self.tr("&Quit"), window.quit_requested.emit,
                                        QKeySequence.StandardKey.Quit)
        self.review_action = self._action(self.tr("&Weekly review…"), self.weekly_review)
        file_menu.addAction(self.new_challenge_action)
        file_menu.addAction(self.log_action)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = window.menus["edit"]
        self.find_action = self._action(self.tr("&Find…"), self.focus_search,
                                        QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)

        for index, action in enumerate(window.page_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))  # not-user-facing
        view_menu = window.menus["view"]
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(window)
        current = self.services.settings.get("theme")
        for key, text in theme_choices():
            action = self._action(text, lambda _=False, k=key: self.services.settings.set(
                "theme", k))
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            self.theme_group.addAction(action)
            theme_menu.addAction(action)

        help_menu = window.menus["help"]
        help_menu.addAction(self._action(self.tr("&Getting started…"), self.show_onboarding))
        help_menu.addAction(self._action(self.tr("Ground &rules"), lambda: self.show_help("rules")))
        help_menu.addAction(self._action(self.tr("&Crisis resources"),
                                         lambda: self.show_help("crisis")))
        help_menu.addAction(self._action(translate("Shell", "&Who this app is not for"),
                                         lambda: self.show_help("not_for")))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About Rejection Desktop"),
                                         lambda: self.show_help("about")))

    # actions -------------------------------------------------------------------------------
    @property
    def flow(self) -> AttemptFlow:
        """The attempt and reflection forms, loaded on first use (start-up stays short)."""
        if self._flow is None:
            from rejection_desktop.ui.attempt_flow import AttemptFlow  # noqa: PLC0415

            self._flow = AttemptFlow(self.services, self.window, self.context.clock)
            self._flow.confirmed.connect(self.confirm)
        return self._flow

    def when_unlocked(self, action: Callable[[], object]) -> None:
        """Run ``action`` now, or after the user unlocks the app (it opens a form)."""
        if self.lock_screen is None:
            action()
        else:
            self.lock_screen.when_unlocked(action)

    def flush_drafts(self) -> None:
        """Write what is typed in every open form as a draft now (quitting on a signal)."""
        if self._flow is not None:
            self._flow.flush_drafts()

    def confirm(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """A short confirmation above the pages, with Undo when ``undo`` is given."""
        self.window.banner.confirm(text, undo)

    def plan(self, challenge_id: int) -> None:
        """Open the plan form for a challenge (what the Today and Challenges pages call)."""
        self.flow.plan(challenge_id)

    def log(self, challenge_id: int | None = None, attempt_id: int | None = None) -> None:
        """Open the log form: for a challenge, a planned attempt, or an unplanned ask."""
        self.flow.log(challenge_id=challenge_id, attempt_id=attempt_id)

    def log_attempt(self) -> None:
        self.window.bring_to_front()
        self.flow.log()

    def log_existing_attempt(self, attempt_id: int) -> None:
        """Open the outcome form of a planned attempt (e.g. from a follow-up reminder)."""
        self.window.bring_to_front()
        self.flow.log(attempt_id=attempt_id)

    def open_plan(self, attempt_id: int) -> None:
        """Open the plan of an attempt (a planned-ask reminder's "Open")."""
        self.window.bring_to_front()
        self.flow.edit_attempt(attempt_id)

    def weekly_review(self) -> None:
        """Open the weekly review (its reminder, the tray, Today's card, Progress)."""
        self.window.bring_to_front()
        self.flow.weekly_review()

    def show_review(self, review_id: int) -> None:
        """A saved weekly review, read-only (from Progress)."""
        self.flow.show_review(review_id)

    def today_page(self) -> TodayPage:
        page = self.window.show_page("today")
        assert isinstance(page, TodayPage)
        return page

    def focus_suggestion(self) -> None:
        """Today, with the keyboard on its suggestion (the daily nudge's "Pick today's ask")."""
        self.window.bring_to_front()
        self.today_page().focus_suggestion()

    def plan_suggestion(self) -> None:
        """Plan today's suggestion; without one, pick a challenge on the Challenges page."""
        self.window.bring_to_front()
        page = self.today_page()
        if page.suggestion is not None:
            self.flow.plan(page.suggestion.id)
        else:
            self.challenges_page()

    def offer_drafts(self) -> None:
        """After a crash: offer back what was typed but never saved."""
        self.flow.offer_drafts()

    def focus_search(self) -> None:
        """Ctrl+F: search on the Journal when it is shown, else the challenge library."""
        current = self.window.current_page_key()
        target = current if current in ("journal", "challenges") else "challenges"
        page = self.window.show_page(target)
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def show_help(self, topic: str) -> None:
        """Show the ground rules, the crisis resources or the About box."""
        from rejection_desktop.ui.dialogs import help_dialogs  # noqa: PLC0415

        dialog = {
            "rules": lambda: help_dialogs.ground_rules_dialog(self.window),
            "crisis": lambda: help_dialogs.crisis_dialog(self.window),
            "not_for": lambda: help_dialogs.not_for_dialog(self.window),
            "about": lambda: help_dialogs.about_dialog(str(self.context.paths.root),
                                                       self.window),
        }[topic]()
        dialog.exec()

    def show_onboarding(self) -> None:
        from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard  # noqa: PLC0415

        OnboardingWizard(self.services, self.window).exec()

    def show_onboarding_if_new(self) -> None:
        if not self.services.settings.get("onboarding_done"):
            self.show_onboarding()

    def _on_setting_changed(self, key: str, value: object) -> None:
        if key == "theme":
            self._follow_theme(str(value))

    def _follow_theme(self, theme: str) -> None:
        """Apply the theme setting, tick it in View > Theme and keep its look for the next
        start (which paints before the setting can be read)."""
        for action in self.theme_group.actions():
            action.setChecked(action.data() == theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            look = "dark" if apply_theme(app, theme) else "light"
            if self.window.ui_state.value(LOOK_KEY) != look:
                self.window.ui_state.setValue(LOOK_KEY, look)
