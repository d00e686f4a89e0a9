"""Settings > Privacy: encryption on or off, the passphrase, the lock and auto-lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from rejection_desktop.services.privacy import PrivacyService
from rejection_desktop.services.settings import SettingsService
from rejection_desktop.ui.widgets.common import button, label, primary_button


class PrivacySection(QWidget):
    """Turn encryption on, change the passphrase, turn it off, lock now, lock when idle."""

    def __init__(self, privacy: PrivacyService, settings: SettingsService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._settings = settings
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = label("", wrap=True)
        self.status.setAccessibleName(self.tr("Encryption status"))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.enable_button = primary_button(self.tr("Turn on encryption…"))
        self.enable_button.clicked.connect(self.turn_on)
        self.change_button = button(self.tr("Change passphrase…"))
        self.change_button.clicked.connect(lambda: self._ask_passphrase(change=True))
        self.disable_button = button(self.tr("Turn off encryption…"))
        self.disable_button.clicked.connect(lambda: self._ask_passphrase(change=False))
        self.lock_button = button(self.tr("Lock now"))
        self.lock_button.clicked.connect(lambda: self._privacy.lock("now"))
        for widget in (self.enable_button, self.change_button, self.disable_button,
                       self.lock_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels go above
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 24 * 60)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_spin.valueChanged.connect(
            lambda value: self._settings.set("auto_lock_minutes", int(value)))
        form.addRow(self.tr("Lock after idle time"), self.idle_spin)
        layout.addLayout(form)
        self.idle_note = label(self.tr("The app also locks when your session locks. Reminders "
                                       "keep coming while it is locked, without titles."),
                               "caption", wrap=True)
        layout.addWidget(self.idle_note)
        privacy.encryption_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        encrypted = self._privacy.encrypted
        self.status.setText(self.tr(
            "Your journal, its backups and drafts are encrypted with your passphrase.")
            if encrypted else self.tr(
            "Your journal is stored as a plain file: anyone who can read this computer's disk "
            "or your backup folder can read it. Encryption keeps it, its backups and drafts "
            "unreadable without your passphrase."))
        self.enable_button.setVisible(not encrypted)
        for widget in (self.change_button, self.disable_button, self.lock_button,
                       self.idle_spin, self.idle_note):
            widget.setVisible(encrypted)
        self.idle_spin.blockSignals(True)
        self.idle_spin.setValue(self._settings.get("auto_lock_minutes"))
        self.idle_spin.blockSignals(False)

    def turn_on(self) -> None:
        from rejection_desktop.ui.dialogs.privacy_dialogs import (  # noqa: PLC0415
            EnableEncryptionDialog,
        )

        self._open(EnableEncryptionDialog(self._privacy, self.window()))

    def _ask_passphrase(self, *, change: bool) -> None:
        from rejection_desktop.ui.dialogs.privacy_dialogs import (  # noqa: PLC0415
            PassphraseDialog,
        )

        self._open(PassphraseDialog(self._privacy, change=change, parent=self.window()))

    def _open(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal (tests drive it through ``self.dialog``)."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
