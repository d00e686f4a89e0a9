"""The ask-and-reflect loop the pages and the tray start: plan, log, reflect, edit, drafts.

Dialogs are non-modal and one per draft key: asking for a form that is already open raises
it instead of opening a second copy that would fight over the same draft. Logging an ask
(with "Save and reflect") opens the reflection for it straight away. On session end and on
quit every open form writes its draft, so nothing typed is lost.

Every save that closes a form is confirmed (``confirmed``: the text and an Undo, or None):
a new plan or ask is undone by deleting it, a changed one by putting back the copy taken just
before the save, a new reflection by deleting it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.container import Services
from rejection_desktop.services.undo import UndoConflictError
from rejection_desktop.ui.dialogs.attempt_dialog import (
    AttemptDialog,
    AttemptMode,
    attempt_draft_key,
)
from rejection_desktop.ui.dialogs.draft_offer import DraftOfferDialog
from rejection_desktop.ui.dialogs.form_base import FormDialog
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog, reflection_draft_key
from rejection_desktop.ui.dialogs.weekly_review import (
    ReviewViewer,
    WeeklyReviewDialog,
    review_draft_key,
)
from rejection_desktop.ui.journal_format import format_when, outcome_label

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingDraft:
    """A draft left from an earlier session, described for the offer."""

    key: str
    form: str  # "attempt", "reflection" or "weekly_review"
    title: str
    kept_at: datetime
    payload: dict[str, Any]


class AttemptFlow(QObject):
    """Opens the attempt and reflection forms and chains them. Signals carry saved ids."""

    attempt_saved = Signal(int)
    reflection_saved = Signal(int)
    review_saved = Signal(int)
    confirmed = Signal(str, object)
    """A save closed a form: what was saved, in words, and a callable that undoes it (or None)."""

    def __init__(self, services: Services, parent_widget: QWidget | None = None,
                 clock: Clock = system_clock) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.parent_widget = parent_widget
        self.clock = clock
        self._open: dict[str, FormDialog] = {}
        self.offer_dialog: DraftOfferDialog | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.flush_drafts)
            app.aboutToQuit.connect(self.flush_drafts)

    # what pages call ---------------------------------------------------------------------------
    def plan(self, challenge_id: int) -> AttemptDialog | None:
        """Plan an ask on ``challenge_id``: when, where, the prediction."""
        key = attempt_draft_key(AttemptMode.PLAN, challenge_id, None)
        return self._show_attempt(key, AttemptMode.PLAN, challenge_id=challenge_id)

    def log(self, challenge_id: int | None = None,
            attempt_id: int | None = None) -> AttemptDialog | None:
        """Log what happened: on ``attempt_id``, on the open plan for ``challenge_id``, or as a
        new unplanned ask (the challenge is chosen in the form when not given)."""
        if attempt_id is None and challenge_id is not None:
            planned = self.services.attempts.latest_planned(challenge_id)
            attempt_id = planned.id if planned else None
        key = attempt_draft_key(AttemptMode.LOG, challenge_id, attempt_id)
        return self._show_attempt(key, AttemptMode.LOG, challenge_id=challenge_id,
                                  attempt_id=attempt_id)

    def edit_attempt(self, attempt_id: int) -> AttemptDialog | None:
        """Change an attempt: a plan in the plan form, a logged ask in the log form."""
        try:
            attempt = self.services.attempts.get(attempt_id)
        except KeyError:
            self._gone()
            return None
        mode = AttemptMode.PLAN if attempt.outcome is None else AttemptMode.LOG
        reflected = bool(self.services.reflections.for_attempt(attempt_id))
        return self._show_attempt(attempt_draft_key(mode, None, attempt_id), mode,
                                  attempt_id=attempt_id, offer_reflection=not reflected)

    def reflect(self, attempt_id: int | None = None) -> ReflectionDialog | None:
        """A new reflection on ``attempt_id``, or one without an ask."""
        return self._show_reflection(reflection_draft_key(attempt_id, None),
                                     attempt_id=attempt_id)

    def edit_reflection(self, reflection_id: int) -> ReflectionDialog | None:
        """Reopen a saved reflection to change it."""
        return self._show_reflection(reflection_draft_key(None, reflection_id),
                                     reflection_id=reflection_id)

    def weekly_review(self) -> WeeklyReviewDialog | None:
        """The weekly review of the week it looks back on (its draft, if one was kept)."""
        return self._show_review(review_draft_key(self.services.weekly_review.review_week()))

    def show_review(self, review_id: int) -> ReviewViewer | None:
        """A saved weekly review, read-only."""
        try:
            record = self.services.weekly_review.get(review_id)
        except KeyError:
            self._gone()
            return None
        viewer = ReviewViewer(record, self.parent_widget)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    # drafts ------------------------------------------------------------------------------------
    def pending_drafts(self) -> list[PendingDraft]:
        """Drafts in storage that no open form is editing, newest first."""
        pending = []
        for draft in self.services.drafts.list_drafts():
            if draft.key in self._open:
                continue
            form = str(draft.payload.get("form", ""))
            if form not in (AttemptDialog.FORM, ReflectionDialog.FORM, WeeklyReviewDialog.FORM):
                continue
            pending.append(PendingDraft(draft.key, form, self._describe(form, draft.payload),
                                        draft.updated_at, draft.payload))
        return pending

    def offer_drafts(self) -> DraftOfferDialog | None:
        """At start-up: offer back what was typed before a crash, a kill or a kept draft."""
        pending = self.pending_drafts()
        if not pending:
            return None
        log.info("offering %d unsaved drafts", len(pending))
        dialog = DraftOfferDialog(self, pending, self.parent_widget)
        self.offer_dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def open_draft(self, key: str) -> FormDialog | None:
        """Reopen the form a stored draft belongs to; it restores the text itself."""
        payload = self.services.drafts.load(key)
        if payload is None:
            return None
        attempt_id = payload.get("attempt_id")
        if payload.get("form") == WeeklyReviewDialog.FORM:
            return self._show_review(key)
        if payload.get("form") == ReflectionDialog.FORM:
            reflection_id = payload.get("reflection_id")
            return self._show_reflection(key, attempt_id=attempt_id,
                                         reflection_id=reflection_id)
        mode = AttemptMode(payload.get("mode", AttemptMode.LOG.value))
        return self._show_attempt(key, mode, challenge_id=payload.get("challenge_id"),
                                  attempt_id=attempt_id)

    def discard_draft(self, key: str) -> None:
        self.services.drafts.discard(key)

    def flush_drafts(self, *_args: object) -> None:
        """Write the drafts of every open form now (session end, quit)."""
        for dialog in list(self._open.values()):
            dialog.flush_draft()

    def close_all(self) -> None:
        """Close every open form, keeping unsaved text as drafts (when the app quits)."""
        for dialog in list(self._open.values()):
            dialog.close_keeping_draft()

    def open_dialogs(self) -> list[FormDialog]:
        """The forms open right now."""
        return list(self._open.values())

    # internals ---------------------------------------------------------------------------------
    def _show_attempt(self, key: str, mode: AttemptMode, *, challenge_id: int | None = None,
                      attempt_id: int | None = None,
                      offer_reflection: bool = True) -> AttemptDialog | None:
        existing = self._raise_open(key)
        if existing is not None:
            return existing if isinstance(existing, AttemptDialog) else None
        try:
            dialog = AttemptDialog(self.services, mode, challenge_id=challenge_id,
                                   attempt_id=attempt_id, offer_reflection=offer_reflection,
                                   parent=self.parent_widget, clock=self.clock, draft_key=key)
        except KeyError:
            self._gone()
            return None
        dialog.saved.connect(lambda saved_id: self._after_attempt(dialog, saved_id))
        self._present(key, dialog)
        return dialog

    def _show_reflection(self, key: str, *, attempt_id: int | None = None,
                         reflection_id: int | None = None) -> ReflectionDialog | None:
        existing = self._raise_open(key)
        if existing is not None:
            return existing if isinstance(existing, ReflectionDialog) else None
        try:
            dialog = ReflectionDialog(self.services, attempt_id=attempt_id,
                                      reflection_id=reflection_id, parent=self.parent_widget,
                                      clock=self.clock, draft_key=key)
        except KeyError:
            if reflection_id is None and attempt_id is not None and \
                    self.services.drafts.load(key) is not None:
                # the ask was deleted but the words were not: keep them as a lone reflection
                dialog = ReflectionDialog(self.services, parent=self.parent_widget,
                                          clock=self.clock, draft_key=key)
            else:
                self._gone()
                return None
        dialog.saved.connect(self.reflection_saved)
        dialog.saved.connect(lambda saved_id: self._confirm_reflection(dialog, saved_id))
        self._present(key, dialog)
        return dialog

    def _show_review(self, key: str) -> WeeklyReviewDialog | None:
        existing = self._raise_open(key)
        if existing is not None:
            return existing if isinstance(existing, WeeklyReviewDialog) else None
        dialog = WeeklyReviewDialog(self.services, parent=self.parent_widget, clock=self.clock,
                                    draft_key=key)
        dialog.saved.connect(self.review_saved)
        dialog.saved.connect(self._confirm_review)
        self._present(key, dialog)
        return dialog

    def _present(self, key: str, dialog: FormDialog) -> None:
        self._open[key] = dialog
        dialog.finished.connect(lambda _result: self._closed(key, dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _raise_open(self, key: str) -> FormDialog | None:
        dialog = self._open.get(key)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def _closed(self, key: str, dialog: FormDialog) -> None:
        if self._open.get(key) is dialog:
            del self._open[key]
        dialog.deleteLater()

    def _after_attempt(self, dialog: AttemptDialog, attempt_id: int) -> None:
        self.attempt_saved.emit(attempt_id)
        self._confirm_attempt(dialog, attempt_id)
        if dialog.mode is AttemptMode.LOG and dialog.reflect_after:
            self.reflect(attempt_id)

    # confirmations -----------------------------------------------------------------------------
    def _confirm_attempt(self, dialog: AttemptDialog, attempt_id: int) -> None:
        try:
            attempt = self.services.attempts.get(attempt_id)
        except KeyError:
            return
        title = attempt.challenge_title
        if dialog.mode is AttemptMode.PLAN:
            when = attempt.before.planned_at
            if dialog.attempt is not None:
                text = self.tr("Plan saved: {0}.").format(title)
            elif when is not None:
                text = self.tr("Planned: {0}, {1}.").format(title, format_when(when))
            else:
                text = self.tr("Planned: {0}.").format(title)
        else:
            outcome = attempt.outcome.outcome if attempt.outcome else None
            text = self.tr("Logged: {0} ({1}).").format(title, outcome_label(outcome))
        before = dialog.before_save
        attempts = self.services.attempts
        if before is None:
            self.confirmed.emit(text, lambda: self._undo(lambda: attempts.delete(attempt_id)))
        else:
            self.confirmed.emit(text, lambda: self._undo(lambda: attempts.revert(before)))

    def _confirm_reflection(self, dialog: ReflectionDialog, reflection_id: int) -> None:
        if dialog.existing is not None:
            self.confirmed.emit(self.tr("Reflection saved."), None)
            return
        reflections = self.services.reflections
        self.confirmed.emit(self.tr("Reflection saved."), lambda: self._undo(
            lambda: reflections.delete(reflection_id)))

    def _confirm_review(self, review_id: int) -> None:
        reflections = self.services.reflections
        self.confirmed.emit(self.tr("Weekly review saved. It is in your journal and on the "
                                    "Progress page."),
                            lambda: self._undo(lambda: reflections.delete(review_id)))

    def _undo(self, action: Callable[[], object]) -> None:
        """Run an Undo; if the entry changed meanwhile, say so instead of failing."""
        try:
            action()
        except (KeyError, UndoConflictError):
            log.exception("undo failed")
            self.confirmed.emit(self.tr(
                "That could not be undone: the entry has changed since."), None)

    def _describe(self, form: str, payload: dict[str, Any]) -> str:
        """A line naming what a draft was about, e.g. "Reflection on: Ask for a discount"."""
        title = ""
        try:
            if payload.get("attempt_id") is not None:
                title = self.services.attempts.get(int(payload["attempt_id"])).challenge_title
            elif payload.get("challenge_id") is not None:
                title = self.services.challenges.get(int(payload["challenge_id"])).title
        except (KeyError, TypeError, ValueError):
            title = ""
        if form == WeeklyReviewDialog.FORM:
            return self.tr("Weekly review")
        if form == ReflectionDialog.FORM:
            if title:
                return self.tr("Reflection on: {0}").format(title)
            return self.tr("Reflection")
        if payload.get("mode") == AttemptMode.PLAN.value:
            return self.tr("Plan: {0}").format(title) if title else self.tr("Plan")
        return self.tr("Ask: {0}").format(title) if title else self.tr("Logged ask")

    def _gone(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not found"),
                          self.tr("This entry no longer exists. It may have been deleted."),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
