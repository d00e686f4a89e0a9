"""Settings section: the reflection prompt bank - add, reword, reorder, hide, and whom it is for.

Edits go straight to PromptService (each one a transaction) and shape the next reflection;
reflections already written keep the prompt text they were asked with.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.prompt_rules import AFTERCARE_LABEL, CONDITIONS
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.prompts import MAX_PROMPT, PromptData, PromptService
from rejection_desktop.ui.dialogs.form_base import error_label
from rejection_desktop.ui.journal_format import chip_icon, outcome_label
from rejection_desktop.ui.validation_text import error_text
from rejection_desktop.ui.widgets.common import Card, button, label
from rejection_desktop.ui.widgets.flow_layout import FlowLayout

translate = QCoreApplication.translate

PROMPT_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def audience_summary(prompt: PromptData) -> str:
    """"Rejected, Accepted · personal asks only" - whom a prompt is for, in one line."""
    outcomes = [outcome_label(o) for o in prompt.outcomes]
    text = ", ".join(outcomes)
    if len(prompt.outcomes) == len(Outcome):
        text = translate("journal", "Every outcome")
    if prompt.personal_only:
        text += " · " + condition_text(AFTERCARE_LABEL)
    condition = CONDITIONS.get(prompt.key)
    if condition is not None:
        text += " · " + condition_text(condition.label)
    return text


def condition_text(label: str) -> str:
    """The prompt bank's words for a condition of ``domain.prompt_rules``, translated."""
    return {
        "only when you put the chance of a no at 50 % or more": translate(
            "journal", "only when you put the chance of a no at 50 % or more"),
        "not after asks of people close to you": translate(
            "journal", "not after asks of people close to you"),
        "only after asks of people close to you": translate(
            "journal", "only after asks of people close to you"),
        "only when your plan named a safety behaviour": translate(
            "journal", "only when your plan named a safety behaviour"),
        AFTERCARE_LABEL: translate(
            "journal", "first, after asks of people close to you or when an ask hurt (70 or "
            "more)"),
    }.get(label, label)


class PromptListModel(QAbstractListModel):
    """The prompt bank in the user's order; hidden prompts are shown greyed."""

    def __init__(self, prompts: PromptService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._rows: list[PromptData] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.prompts.list_prompts()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def prompt(self, row: int) -> PromptData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, prompt_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == prompt_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        prompt = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return prompt.text
        if role == SUMMARY_ROLE:
            hidden = self.tr("Hidden") + " · " if prompt.hidden else ""
            return hidden + audience_summary(prompt)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("hidden") if prompt.hidden else self.tr("shown")
            return f"{prompt.text}. {audience_summary(prompt)}. {state}"
        if role == PROMPT_ROLE:
            return prompt
        return None


class PromptDelegate(QStyledItemDelegate):
    """The prompt (wrapped), and under it in muted text whom it is for."""

    PADDING = 6

    def _layout(self, option: QStyleOptionViewItem, text: str) -> tuple[QRect, QRect]:
        width = max(50, option.rect.width() - 2 * self.PADDING)
        metrics = QFontMetrics(option.font)
        flags = int(Qt.TextFlag.TextWordWrap)
        text_rect = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        top = option.rect.top() + self.PADDING
        left = option.rect.left() + self.PADDING
        first = QRect(left, top, width, text_rect.height())
        second = QRect(left, first.bottom() + 2, width, metrics.lineSpacing())
        return first, second

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        first, second = self._layout(option, str(index.data() or ""))
        return QSize(option.rect.width(), first.height() + second.height() + 2 * self.PADDING
                     + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        prompt = index.data(PROMPT_ROLE)
        hidden = isinstance(prompt, PromptData) and prompt.hidden
        text = str(index.data() or "")
        first, second = self._layout(option, text)
        font = QFont(option.font)
        font.setItalic(hidden)
        painter.setFont(font)
        painter.setPen(muted if hidden else text_colour)
        painter.drawText(first, int(Qt.TextFlag.TextWordWrap), text)
        painter.setFont(option.font)
        painter.setPen(muted)
        metrics = QFontMetrics(option.font)
        painter.drawText(second, int(Qt.AlignmentFlag.AlignLeft), metrics.elidedText(
            str(index.data(SUMMARY_ROLE) or ""), Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()


class PromptEditor(QDialog):
    """Write or reword a prompt and choose the outcomes (and audience) it is for."""

    def __init__(self, prompts: PromptService, prompt: PromptData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.prompt = prompt
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit prompt") if prompt else self.tr("New prompt"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text_label = QLabel(self.tr("&Prompt"))
        self.text_edit = QPlainTextEdit(prompt.text if prompt else "")
        self.text_edit.setAccessibleName(self.tr("Prompt text"))
        self.text_edit.setPlaceholderText(self.tr("A question you would like to be asked"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        text_label.setBuddy(self.text_edit)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit)
        self.text_error = error_label()
        layout.addWidget(self.text_error)
        layout.addWidget(label(self.tr("Ask it after an ask that was:"), wrap=True))
        grid = QGridLayout()
        self.outcome_checks: dict[str, QCheckBox] = {}
        chosen = set(prompt.outcomes) if prompt else {o.value for o in Outcome}
        for position, outcome in enumerate(Outcome):
            check = QCheckBox(outcome_label(outcome.value))
            check.setIcon(chip_icon(outcome.value))
            check.setAccessibleName(outcome_label(outcome.value))
            check.setChecked(outcome.value in chosen)
            self.outcome_checks[outcome.value] = check
            grid.addWidget(check, position // 2, position % 2)
        layout.addLayout(grid)
        self.outcome_error = error_label()
        layout.addWidget(self.outcome_error)
        self.personal_check = QCheckBox(self.tr(
            "Only for asks of people close to you (friends, family, colleagues)"))
        self.personal_check.setAccessibleName(self.tr("Personal asks only"))
        self.personal_check.setChecked(bool(prompt and prompt.personal_only))
        layout.addWidget(self.personal_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save prompt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.text_error.hide()
        self.outcome_error.hide()
        text = self.text_edit.toPlainText()
        outcomes = [key for key, check in self.outcome_checks.items() if check.isChecked()]
        try:
            if self.prompt is None:
                self.saved_id = self.prompts.add(text, outcomes, self.personal_check.isChecked())
            else:
                self.prompts.update(self.prompt.id, text, outcomes,
                                    self.personal_check.isChecked())
                self.saved_id = self.prompt.id
        except ValidationError as error:
            target = self.outcome_error if error.field == "Outcomes" else self.text_error
            target.setText(error_text(error))
            target.show()
            return
        self.accept()


class PromptBankWidget(Card):
    """The Settings section for the prompt bank."""

    def __init__(self, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reflection prompts"), parent)
        self.prompts = prompts
        self.editor: PromptEditor | None = None
        self.body.addWidget(label(self.tr(
            "The questions a reflection asks, in this order. Reword them in your own voice, "
            "hide the ones that do not help, or add your own (up to {0} characters). "
            "Reflections you already wrote keep their questions.").format(MAX_PROMPT),
            "muted", wrap=True))
        self.model = PromptListModel(prompts, self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Reflection prompts"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(PromptDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumHeight(260)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.body.addWidget(self.view, 1)
        row = FlowLayout()
        self.add_button = button(self.tr("&Add prompt…"))
        self.edit_button = button(self.tr("Re&word…"), self.tr("Reword the selected prompt"))
        self.up_button = button(self.tr("Move &up"), self.tr("Move the selected prompt up"))
        self.down_button = button(self.tr("Move dow&n"),
                                  self.tr("Move the selected prompt down"))
        self.hide_button = button(self.tr("Hi&de"), self.tr("Hide or show the selected prompt"))
        for widget in (self.add_button, self.edit_button, self.up_button, self.down_button,
                       self.hide_button):
            row.addWidget(widget)
        self.body.addLayout(row)
        self.add_button.clicked.connect(self.add_prompt)
        self.edit_button.clicked.connect(self.edit_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        prompts.prompts_changed.connect(self._reload_keeping_selection)
        if self.model.rowCount() > 0:
            self.select(self.model.prompt(0).id)  # type: ignore[union-attr]
        self._update_buttons()

    def selected(self) -> PromptData | None:
        return self.model.prompt(self.view.currentIndex().row())

    def select(self, prompt_id: int) -> None:
        row = self.model.row_of(prompt_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def add_prompt(self) -> PromptEditor:
        """Open the editor for a new prompt (non-blocking); returns it."""
        return self._open_editor(None)

    def edit_selected(self) -> PromptEditor | None:
        prompt = self.selected()
        return self._open_editor(prompt) if prompt is not None else None

    def move_selected(self, offset: int) -> None:
        prompt = self.selected()
        if prompt is not None:
            self.prompts.move(prompt.id, offset)
            self.select(prompt.id)

    def toggle_hidden(self) -> None:
        prompt = self.selected()
        if prompt is not None:
            self.prompts.set_hidden(prompt.id, not prompt.hidden)

    def _open_editor(self, prompt: PromptData | None) -> PromptEditor:
        editor = PromptEditor(self.prompts, prompt, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self.select(editor.saved_id or -1))
        self.editor = editor
        editor.open()
        return editor

    def _reload_keeping_selection(self) -> None:
        prompt = self.selected()
        self.model.reload()
        if prompt is not None:
            self.select(prompt.id)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        prompt = self.selected()
        row = self.view.currentIndex().row()
        for widget in (self.edit_button, self.hide_button):
            widget.setEnabled(prompt is not None)
        self.up_button.setEnabled(prompt is not None and row > 0)
        self.down_button.setEnabled(prompt is not None and row < self.model.rowCount() - 1)
        self.hide_button.setText(self.tr("&Show") if prompt and prompt.hidden
                                 else self.tr("Hi&de"))
