"""A 0-100 rating input: a slider and a spin box kept in step, with words at both ends.

The value is an ``int`` from 0 to 100, or ``None`` ("not rated") when ``allow_unrated`` is set:
the spin box then shows "Not rated" one step below 0, and the first touch of the slider (mouse,
arrow keys, Page Up/Down, Home/End) gives a value. Everything works from the keyboard.

A click on the slider's track puts the handle there (Qt's default pages towards the click in
steps of 10), and digits typed while the slider has the focus set the value ("7", "0": 70).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

UNRATED = -1
TYPING_PAUSE_MS = 1200
"""Digits typed on a slider further apart than this start a new number."""


class Slider(QSlider):
    """A horizontal slider that goes where it is clicked and takes typed digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._typed = ""
        self._typing = QElapsedTimer()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                span = groove.width() - handle.width()
                x = round(event.position().x()) - groove.x() - handle.width() // 2
                self.setSliderPosition(QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), x, span, option.upsideDown))
                self.triggerAction(QAbstractSlider.SliderAction.SliderMove)
        super().mousePressEvent(event)  # the handle is under the pointer now: it drags

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            if not self._typing.isValid() or self._typing.elapsed() > TYPING_PAUSE_MS \
                    or int(self._typed + text) > self.maximum():
                self._typed = ""
            self._typed += text
            self._typing.start()
            self.setSliderPosition(min(self.maximum(), int(self._typed)))
            self.triggerAction(QAbstractSlider.SliderAction.SliderMove)
            event.accept()
            return
        self._typed = ""
        super().keyPressEvent(event)


class RatingInput(QWidget):
    """Slider + spin box for a 0-100 rating. ``value_changed`` carries an int or None."""

    value_changed = Signal(object)

    def __init__(self, name: str, low: str, high: str, *, suffix: str = "",
                 allow_unrated: bool = True, value: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allow_unrated = allow_unrated
        self.slider = Slider()
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setTickInterval(10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setMinimumWidth(110)  # a pixel a value or so: a click can set any value
        self.spin = QSpinBox()
        self.spin.setRange(UNRATED if allow_unrated else 0, 100)
        self.spin.setSuffix(suffix)
        if allow_unrated:
            self.spin.setSpecialValueText(self.tr("Not rated"))
        self.spin.setMinimumWidth(max(96, self.spin.sizeHint().width()))  # "Not rated" whole
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.low_label = QLabel(low)
        self.high_label = QLabel(high)
        for anchor in (self.low_label, self.high_label):
            anchor.setObjectName("caption")
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.slider, 0, 0, 1, 2)
        layout.addWidget(self.spin, 0, 2)
        ends = QHBoxLayout()  # under the slider and the spin box: the two ends' words need
        ends.setSpacing(10)  # not fit beside the spin box (longer in other languages)
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        layout.addLayout(ends, 1, 0, 1, 3)
        self.setFocusProxy(self.slider)
        self.setMinimumWidth(self.minimumSizeHint().width())  # a form never squeezes the ends

        self.set_accessible_name(name, low, high)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.slider.sliderMoved.connect(self.spin.setValue)
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.spin.valueChanged.connect(self._on_spin_changed)
        self.setTabOrder(self.slider, self.spin)
        self.set_value(value)

    def set_accessible_name(self, name: str, low: str, high: str) -> None:
        """Name both controls for screen readers, with what 0 and 100 mean."""
        description = self.tr("0 means {0}, 100 means {1}").format(low, high)
        self.slider.setAccessibleName(name)
        self.slider.setAccessibleDescription(description)
        self.spin.setAccessibleName(self.tr("{0}, exact value").format(name))
        self.spin.setAccessibleDescription(description)
        self.setAccessibleName(name)

    def value(self) -> int | None:
        """The rating, or None when not rated."""
        value = self.spin.value()
        return None if value == UNRATED else value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (None clears it when unrated is allowed, else shows 0)."""
        if value is None:
            self.spin.setValue(UNRATED if self._allow_unrated else 0)
        else:
            self.spin.setValue(max(0, min(100, int(value))))
        self._sync_slider()

    def _on_slider_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderNoAction:
            self.spin.setValue(self.slider.sliderPosition())

    def _on_slider_pressed(self) -> None:
        """A press on the handle of an unrated slider rates it where the handle is."""
        if self.value() is None:
            self.spin.setValue(self.slider.sliderPosition())

    def _on_spin_changed(self, _value: int) -> None:
        self._sync_slider()
        self.value_changed.emit(self.value())

    def _sync_slider(self) -> None:
        rated = self.value() is not None
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(self.value() or 0)
        self.slider.blockSignals(blocked)
        # an unrated slider is drawn hollow (theme.py) so it does not read as a chosen 0
        if self.slider.property("unrated") != (not rated):
            self.slider.setProperty("unrated", not rated)
            style = self.slider.style()
            style.unpolish(self.slider)
            style.polish(self.slider)
            self.slider.update()
