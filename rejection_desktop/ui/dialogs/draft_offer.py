"""At start-up: "you were writing something" - open each draft again, discard it, or wait."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.ui.journal_format import format_when
from rejection_desktop.ui.widgets.common import label

if TYPE_CHECKING:
    from rejection_desktop.ui.attempt_flow import AttemptFlow, PendingDraft

KEY_ROLE = Qt.ItemDataRole.UserRole


class DraftOfferDialog(QDialog):
    """Lists the drafts left from last time. Closing it keeps them for later."""

    def __init__(self, flow: AttemptFlow, drafts: list[PendingDraft],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setObjectName("draftOfferDialog")
        self.setWindowTitle(self.tr("Unsaved writing"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addWidget(label(self.tr("You were writing something"), "sectionTitle"))
        layout.addWidget(label(self.tr(
            "Rejection Desktop closed before these were saved. Each was kept as you typed it, "
            "at most a second or two behind your last key (the time it was kept is shown): open "
            "one to finish it, or discard what you no longer need."), "muted", wrap=True))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for draft in drafts:
            item = QListWidgetItem(self.tr("{0}\nkept {1}").format(
                draft.title, format_when(draft.kept_at)))
            item.setData(KEY_ROLE, draft.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.list, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("primary")
        self.open_button.setAccessibleName(self.tr("Open the selected draft"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the selected draft"))
        self.discard_button.clicked.connect(self.discard_selected)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(self.tr("Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setAccessibleName(self.tr("Keep the drafts for later"))
        buttons.rejected.connect(self.reject)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(buttons)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def keys(self) -> list[str]:
        """The draft keys still listed."""
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key = str(item.data(KEY_ROLE))
        self.list.takeItem(self.list.row(item))
        self.flow.open_draft(key)
        self._close_when_done()

    def discard_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.flow.discard_draft(str(item.data(KEY_ROLE)))
        self.list.takeItem(self.list.row(item))
        self._close_when_done()

    def _close_when_done(self) -> None:
        if self.list.count() == 0:
            self.accept()
