"""What every journal form shares: drafts that survive a crash, errors next to fields, no loss.

- Autosave: a change starts a quiet timer; the draft is written 1 s after the last change and
  never later than 1.5 s after the first unsaved one, even while the user keeps typing, so
  whatever was typed 2 s ago is always on disk.
- Closing with unsaved input (Esc, Cancel, the window's X) asks: keep as draft, discard, or
  go back; it speaks of typed text only when text was typed. Session end and quit write the
  draft without asking (``flush_draft``).
- Save (the default button, Enter in a line, Ctrl+Enter anywhere) validates through the service;
  a ValidationError is shown under the field it names and the dialog stays open.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QLocale,
    QMimeData,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from rejection_desktop.domain.validation import MAX_JOURNAL_TEXT, ValidationError, clean_text
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.drafts import DraftService
from rejection_desktop.ui.validation_text import error_text
from rejection_desktop.ui.widgets.date_fields import DateTimeField
from rejection_desktop.ui.widgets.rating import RatingInput

log = logging.getLogger(__name__)

GENERAL = "__general__"


class LongTextEdit(QPlainTextEdit):
    """A multi-line journal field that refuses, with the service's message, a paste that would
    take it over the cap (a huge paste would otherwise freeze the window while Qt lays it out,
    only to be refused on save)."""

    paste_refused = Signal(str)

    def __init__(self, label: str, max_length: int = MAX_JOURNAL_TEXT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.max_length = max_length
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            cursor = self.textCursor()
            current = self.toPlainText()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            candidate = current[:start] + source.text() + current[end:]
            try:
                clean_text(candidate, self.label, max_length=self.max_length)
            except ValidationError as error:
                self.paste_refused.emit(error_text(error))
                return
        super().insertFromMimeData(source)


def show_shortcut(save: QPushButton) -> None:
    """Style ``save`` as the form's main button and show its shortcut on it: "Save plan"
    becomes "Save plan (Ctrl+Enter)" (the accessible name stays the plain action)."""
    text = save.text()
    save.setObjectName("primary")
    save.setAccessibleName(text.replace("&", ""))
    native = QKeySequence.SequenceFormat.NativeText
    keys = QKeySequence("Ctrl+Return").toString(native).replace(  # Return in Qt's language
        QKeySequence("Return").toString(native), QCoreApplication.translate("FormDialog", "Enter"))
    save.setText(QCoreApplication.translate("FormDialog", "{0}  ({1})").format(text, keys))
    save.setToolTip(QCoreApplication.translate("FormDialog", "Save: {0}").format(keys))


def error_label() -> QLabel:
    """A hidden, wrapping label for a field's message."""
    widget = QLabel()
    widget.setObjectName("error")
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.hide()
    return widget


class FormDialog(QDialog):
    """Base for the attempt and reflection dialogs. Subclasses implement the four hooks."""

    FORM = "form"
    IDLE_MS = 1000
    MAX_MS = 1500

    draft_written = Signal(str)
    saved = Signal(int)

    def __init__(self, drafts: DraftService, draft_key: str, parent: QWidget | None = None,
                 clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.drafts = drafts
        self.draft_key = draft_key
        self.clock = clock
        self.saved_id: int | None = None
        self.unsaved_box: QMessageBox | None = None
        self._pristine: dict[str, Any] = {}
        self._last_written: dict[str, Any] = {}
        self._closing = False
        self._errors: dict[str, tuple[QLabel, QWidget | None]] = {}
        self.general_error = error_label()
        self.draft_status = QLabel()
        self.draft_status.setObjectName("caption")
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self.flush_draft)
        self._dirty_since = QElapsedTimer()
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.submit_default)

    # hooks -----------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """Everything the user entered, as JSON-ready values."""
        raise NotImplementedError

    def apply_state(self, state: dict[str, Any]) -> None:
        """Put a state (from a draft) back into the widgets."""
        raise NotImplementedError

    def commit(self) -> int:
        """Save through the services; return the saved id or raise ValidationError."""
        raise NotImplementedError

    def draft_context(self) -> dict[str, Any]:
        """What the flow needs to reopen this form from its draft (ids, mode)."""
        return {}

    TYPED_KEYS: frozenset[str] | None = None
    """The keys of ``state()`` that hold typed text (None: every key does)."""

    def has_typed_text(self) -> bool:
        """True when text was typed (not only a choice clicked) and is not saved."""
        state = self.state()
        keys = state.keys() if self.TYPED_KEYS is None else self.TYPED_KEYS
        return self.saved_id is None and any(
            state.get(key) != self._pristine.get(key) for key in keys)

    # set-up helpers ----------------------------------------------------------------------------
    def error_slot(self, field: str, target: QWidget | None) -> QLabel:
        """A message label for the service field name ``field``, focusing ``target``."""
        widget = error_label()
        self._errors[field] = (widget, target)
        return widget

    def long_text(self, label: str, field: str) -> LongTextEdit:
        """A multi-line field whose refused pastes show under ``field``."""
        edit = LongTextEdit(label)
        edit.paste_refused.connect(lambda message: self.show_error(ValidationError(field,
                                                                                   message)))
        return edit

    def set_error_target(self, field: str, target: QWidget) -> None:
        """The widget that gets focus when ``field`` has an error."""
        widget, _old = self._errors[field]
        self._errors[field] = (widget, target)

    def watch(self, *widgets: QWidget) -> None:
        """Autosave when any of ``widgets`` changes."""
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self.changed)
            elif isinstance(widget, RatingInput):
                widget.value_changed.connect(self.changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.changed)
            elif isinstance(widget, (QDateTimeEdit, DateTimeField)):
                widget.dateTimeChanged.connect(self.changed)

    def start(self) -> None:
        """Call at the end of the subclass constructor: remember the pristine state, restore
        a draft left under this form's key (after a crash or a kept draft)."""
        self._pristine = self.state()
        payload = self.drafts.load(self.draft_key)
        if payload and isinstance(payload.get("fields"), dict):
            try:
                self.apply_state(payload["fields"])
            except (KeyError, TypeError, ValueError):
                log.exception("draft %s could not be restored", self.draft_key)
            else:
                self.draft_status.setText(self.tr("Restored what you typed last time."))
        self._last_written = self.state()

    # drafts ------------------------------------------------------------------------------------
    def has_unsaved_input(self) -> bool:
        """True when the form holds something that is not saved to the journal."""
        return self.saved_id is None and self.state() != self._pristine

    def changed(self, *_args: object) -> None:
        """Something changed: schedule the draft (idle 1 s, at most 1.5 s after the first)."""
        if self._closing:
            return
        if not self._autosave.isActive():
            self._dirty_since.start()
        remaining = self.MAX_MS - self._dirty_since.elapsed()
        self._autosave.start(max(0, min(self.IDLE_MS, remaining)))

    def flush_draft(self) -> None:
        """Write the draft now (or drop it when the form is back to how it started)."""
        self._autosave.stop()
        if self.saved_id is not None:
            return
        state = self.state()
        if state == self._last_written:
            return
        try:
            if state == self._pristine:
                self.drafts.discard(self.draft_key)
            else:
                self.drafts.save(self.draft_key, {"form": self.FORM, "fields": state,
                                                  **self.draft_context()})
        except ValidationError as error:
            self.draft_status.setText(error_text(error))
            return
        except Exception:
            log.exception("draft %s could not be written", self.draft_key)
            self.draft_status.setText(self.tr("Could not keep a draft; please save soon."))
            return
        self._last_written = state
        if state != self._pristine:
            now = self.clock().astimezone()
            when = QLocale().toString(QTime(now.hour, now.minute, now.second),
                                      QLocale.FormatType.ShortFormat)
            self.draft_status.setText(self.tr("Draft kept at {0}").format(when))
        self.draft_written.emit(self.draft_key)

    # saving ------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.hide()
        for widget, _target in self._errors.values():
            widget.hide()
            widget.clear()

    def visible_errors(self) -> dict[str, str]:
        """The messages shown right now, by field name (GENERAL for the one at the bottom)."""
        shown = {field: widget.text() for field, (widget, _target) in self._errors.items()
                 if widget.isVisibleTo(self)}
        if self.general_error.isVisibleTo(self):
            shown[GENERAL] = self.general_error.text()
        return shown

    def show_error(self, error: ValidationError) -> None:
        """Show ``error`` under its field (or at the bottom) and focus the field."""
        widget, target = self._errors.get(error.field, (self.general_error, None))
        widget.setText(error_text(error))
        widget.show()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_row(self, save_text: str) -> QHBoxLayout:
        """The draft line, then Cancel and the save button (the default, its shortcut shown)."""
        row = QHBoxLayout()
        row.addWidget(self.draft_status, 1)
        box = QDialogButtonBox()
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_button = QPushButton(save_text)
        show_shortcut(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.rejected.connect(self.reject)
        row.addWidget(box)
        return row

    def submit_default(self) -> None:
        """What Ctrl+Enter and the default button do: save."""
        self.submit()

    def submit(self) -> bool:
        """Validate and save; on success close the form and forget its draft."""
        self.clear_errors()
        try:
            saved_id = self.commit()
        except ValidationError as error:
            self.show_error(error)
            return False
        self.saved_id = saved_id
        self._autosave.stop()
        try:
            self.drafts.discard(self.draft_key)
        except Exception:
            log.exception("draft %s could not be removed after saving", self.draft_key)
        self.saved.emit(saved_id)
        self._closing = True
        self.accept()
        return True

    # closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel: never silently discard what was typed."""
        if self._closing or not self.has_unsaved_input():
            self.flush_draft()  # drops a draft whose text the user removed again
            self._closing = True
            super().reject()
            return
        self.ask_about_unsaved()

    def ask_about_unsaved(self) -> None:
        """Ask whether to keep the typed text as a draft, throw it away, or go back."""
        if self.has_typed_text():
            title = self.tr("Unsaved text")
            text = self.tr("You have typed something that is not saved yet.")
            question = self.tr("Keep it as a draft to finish later, or discard it?")
        else:
            title = self.tr("Unsaved changes")
            text = self.tr("Your choices in this form are not saved yet.")
            question = self.tr("Keep them as a draft to finish later, or discard them?")
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(question)
        self.keep_button = box.addButton(self.tr("Keep as draft"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = box.addButton(self.tr("Discard"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.go_back_button = box.addButton(self.tr("Go back"),
                                            QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)
        box.buttonClicked.connect(self._on_unsaved_answer)
        self.unsaved_box = box
        box.open()

    def _on_unsaved_answer(self, clicked: QAbstractButton) -> None:
        if clicked is self.keep_button:
            self.flush_draft()
        elif clicked is self.discard_button:
            self._autosave.stop()
            self.drafts.discard(self.draft_key)
        else:
            return
        self._closing = True
        super().reject()

    def close_keeping_draft(self) -> None:
        """Close without asking, keeping what was typed as a draft (quitting the app)."""
        self.flush_draft()
        self._closing = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed when nothing would be lost; else ignored while the user is asked (an
        ignored close also stops a quit that is closing every window)."""
        if not self._closing:
            self.reject()
        if self._closing:
            event.accept()
        else:
            event.ignore()
