"""Add or edit a challenge; a new one asks the user to confirm the ground rules first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.outcomes import Audience
from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.domain.validation import MAX_TITLE, ValidationError
from rejection_desktop.services.challenges import ChallengeInput, ChallengeService
from rejection_desktop.ui.models.challenge_model import category_label
from rejection_desktop.ui.texts import ground_rules_html
from rejection_desktop.ui.validation_text import error_text
from rejection_desktop.ui.widgets.common import label
from rejection_desktop.ui.widgets.rating import Slider


def audience_labels() -> dict[Audience, str]:
    """Who the user asks: each audience's translated label."""
    translate = QCoreApplication.translate
    return {
        Audience.ANYONE: translate("ChallengeDialog", "Anyone"),
        Audience.STRANGER: translate("ChallengeDialog", "A stranger"),
        Audience.ACQUAINTANCE: translate("ChallengeDialog", "An acquaintance"),
        Audience.COLLEAGUE: translate("ChallengeDialog", "A colleague"),
        Audience.FRIEND: translate("ChallengeDialog", "A friend"),
        Audience.FAMILY: translate("ChallengeDialog", "Family"),
        Audience.PARTNER: translate("ChallengeDialog", "My partner"),
    }


class ChallengeDialog(QDialog):
    """The challenge form. ``saved_id`` holds the challenge id after a successful save."""

    def __init__(self, service: ChallengeService, record: ChallengeRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._record = record
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit challenge") if record else self.tr("New challenge"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("e.g. Ask the café for a taste of a new "
                                                   "drink"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title"), self.title_edit)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(self.tr("What exactly will you ask?"))
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        form.addRow(self.tr("&Description"), self.description_edit)

        self.tip_edit = QLineEdit()
        self.tip_edit.setAccessibleName(self.tr("Tip"))
        self.tip_edit.setPlaceholderText(self.tr("Optional: a hint for yourself"))
        form.addRow(self.tr("T&ip"), self.tip_edit)

        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setAccessibleName(self.tr("Category"))
        for key in service.categories():
            self.category_combo.addItem(category_label(key), key)
        form.addRow(self.tr("&Category"), self.category_combo)

        self.audience_combo = QComboBox()
        self.audience_combo.setAccessibleName(self.tr("Who you ask"))
        for audience, text in audience_labels().items():
            self.audience_combo.addItem(text, audience.value)
        form.addRow(self.tr("&Who you ask"), self.audience_combo)

        distress_row = QHBoxLayout()
        self.distress_slider = Slider()
        self.distress_slider.setRange(0, 100)
        self.distress_slider.setAccessibleName(self.tr("Expected distress slider"))
        self.distress_spin = QSpinBox()
        self.distress_spin.setRange(0, 100)
        self.distress_spin.setAccessibleName(self.tr("Expected distress"))
        self.distress_slider.valueChanged.connect(self.distress_spin.setValue)
        self.distress_spin.valueChanged.connect(self.distress_slider.setValue)
        distress_row.addWidget(self.distress_slider, 1)
        distress_row.addWidget(self.distress_spin)
        distress_label = QLabel(self.tr("How &scary (0-100)"))
        distress_label.setBuddy(self.distress_slider)
        form.addRow(distress_label, distress_row)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("0 = no worry at all, 100 = the most frightening ask you "
                                       "can imagine. Rate it as it feels to you."), "muted",
                               wrap=True))

        self.rules_box = QFrame()
        self.rules_box.setObjectName("card")
        rules_layout = QVBoxLayout(self.rules_box)
        rules_layout.addWidget(label(self.tr("Ground rules"), "sectionTitle"))
        rules = QLabel(ground_rules_html())
        rules.setWordWrap(True)
        rules_view = QScrollArea()  # a small screen (or a longer language) scrolls the rules
        rules_view.setWidgetResizable(True)
        rules_view.setFrameShape(QScrollArea.Shape.NoFrame)
        rules_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rules_view.setWidget(rules)
        rules_layout.addWidget(rules_view)
        self.rules_check = QCheckBox(self.tr("This ask follows the ground rules"))
        self.rules_check.setAccessibleName(self.tr("Confirm the ground rules"))
        rules_layout.addWidget(self.rules_check)
        layout.addWidget(self.rules_box)
        self.rules_box.setVisible(record is None)

        self.error_label = label("", "error", wrap=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.rules_check.toggled.connect(self._update_save)

        if record is not None:
            self._fill(record)
        else:
            self.distress_spin.setValue(30)
        self._update_save()

    def _fill(self, record: ChallengeRecord) -> None:
        self.title_edit.setText(record.title)
        self.description_edit.setPlainText(record.description)
        self.tip_edit.setText(record.tip)
        index = self.category_combo.findData(record.category)
        if index < 0:
            self.category_combo.addItem(record.category, record.category)
            index = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(index)
        self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(
            record.audience)))
        self.distress_spin.setValue(record.distress)

    def _update_save(self) -> None:
        needs_rules = self._record is None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not needs_rules or self.rules_check.isChecked())

    def _category(self) -> str:
        text = self.category_combo.currentText().strip()
        index = self.category_combo.findText(text)
        if index >= 0 and self.category_combo.itemData(index):
            return str(self.category_combo.itemData(index))
        return text

    def values(self) -> ChallengeInput:
        """What the form holds now."""
        return ChallengeInput(
            title=self.title_edit.text(),
            category=self._category(),
            distress=self.distress_spin.value(),
            description=self.description_edit.toPlainText(),
            tip=self.tip_edit.text(),
            audience=str(self.audience_combo.currentData()),
        )

    def save(self) -> None:
        """Validate through the service; on an error, name the field and keep the form open."""
        try:
            if self._record is None:
                self.saved_id = self._service.add(self.values())
            else:
                self._service.update(self._record.id, self.values())
                self.saved_id = self._record.id
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            field = {"Title": self.title_edit, "Category": self.category_combo,
                     "Description": self.description_edit, "Tip": self.tip_edit}.get(error.field)
            if field is not None:
                field.setFocus()
            return
        self.accept()
