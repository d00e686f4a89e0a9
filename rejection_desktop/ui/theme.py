"""Light and dark palettes (following the system by default) and the app's style sheet.

Every text colour meets WCAG AA against the backgrounds it is drawn on (4.5:1) and every
control indicator (radio and check boxes, slider tracks and handles, outcome dots) meets 3:1,
in both looks; ``tests/gui/test_contrast.py`` reads the applied palette and style sheet and
checks the ratios. Radio buttons, check boxes and sliders are drawn by the style sheet
because Fusion derives their outlines from the window colour, which all but vanishes on a dark
card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from rejection_desktop.platform.resources import resource

ACCENT = "#2f7d6d"  # a calm teal: encouraging without shouting
ACCENT_DARK = "#5cc2a9"

def theme_choices() -> list[tuple[str, str]]:
    """Theme choices: key and translated label."""
    translate = QCoreApplication.translate
    return [("system", translate("Theme", "Follow the system")),
            ("light", translate("Theme", "Light")), ("dark", translate("Theme", "Dark"))]

OUTCOME_COLOURS = {
    "accepted": "#3a9d5d",
    "partial": "#b7791a",
    "rejected": "#c8553d",
    "no_reply": "#7a8699",
    "not_attempted": "#858585",
    "dares_done": "#4a7fb0",
}
"""Outcome dots and chart series: at least 3:1 against the light and the dark backgrounds."""

LOOKS = {
    "light": {"CARD_BACKGROUND": "#ffffff", "ERROR": "#b03a22", "INDICATOR": "#6b716d",
              "TRACK": "#7d847f"},
    "dark": {"CARD_BACKGROUND": "#272c2a", "ERROR": "#f08a72", "INDICATOR": "#8d9490",
             "TRACK": "#7d847f"},
}
"""Style sheet colours per look: cards, error text, control outlines, unfilled slider track."""


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - see apply_look

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: str) -> bool:
    """Whether ``theme`` ("system", "light" or "dark") resolves to dark here."""
    return theme == "dark" or (theme == "system" and system_prefers_dark())


def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f5"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef1ee"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6662"))
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2321",
        QPalette.ColorRole.WindowText: "#e6e9e7",
        QPalette.ColorRole.Base: "#181b1a",
        QPalette.ColorRole.AlternateBase: "#242927",
        QPalette.ColorRole.ToolTipBase: "#2b302e",
        QPalette.ColorRole.ToolTipText: "#e6e9e7",
        QPalette.ColorRole.Text: "#e6e9e7",
        QPalette.ColorRole.Button: "#2a2f2d",
        QPalette.ColorRole.ButtonText: "#e6e9e7",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT_DARK,
        QPalette.ColorRole.HighlightedText: "#0d1110",
        QPalette.ColorRole.Link: ACCENT_DARK,
        QPalette.ColorRole.PlaceholderText: "#a0a6a3",
        QPalette.ColorRole.Mid: "#3a403d",
        QPalette.ColorRole.Dark: "#121413",
        QPalette.ColorRole.Light: "#3d4441",
        QPalette.ColorRole.Midlight: "#323835",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6d7370"))
    return palette


STYLE_SHEET = """
QWidget#sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); }
QListWidget#navigation { background: transparent; border: none; outline: none; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 8px; margin: 2px 8px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel#appTitle { font-size: 15pt; font-weight: 600; padding: 16px 16px 8px 16px; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; }
QLabel#pageSubtitle { color: palette(placeholder-text); }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QLabel#muted, QLabel#caption { color: palette(placeholder-text); }
QLabel#bigNumber { font-size: 26pt; font-weight: 600; }
QFrame#card { background: CARD_BACKGROUND; border: 1px solid palette(midlight);
    border-radius: 12px; }
QFrame#banner { background: palette(highlight); border-radius: 8px; }
QFrame#banner QLabel { color: palette(highlighted-text); }
QPushButton { padding: 5px 14px; border-radius: 6px; border: 1px solid palette(mid);
    background: palette(button); min-height: 20px; }
QPushButton:hover { border-color: palette(highlight); }
QPushButton:focus { border: 2px solid palette(highlight); padding: 4px 13px; }
QPushButton:pressed { background: palette(midlight); }
QPushButton:disabled { color: palette(placeholder-text); border-color: palette(midlight); }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); }
QPushButton#primary { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); font-weight: 600; }
QPushButton#primary:hover { background: palette(link); }
QPushButton#primary:focus { border: 2px solid palette(window-text); padding: 4px 13px; }
QPushButton#primary:disabled { background: palette(midlight); border-color: palette(midlight);
    color: palette(placeholder-text); }
QLabel#emptyTitle { font-size: 14pt; font-weight: 600; }
QLabel#error { color: ERROR; }
QAbstractSpinBox { min-height: 22px; }
QLineEdit, QPlainTextEdit, QTextEdit { border: 1px solid palette(mid); border-radius: 4px;
    background: palette(base); padding: 2px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid palette(highlight);
    padding: 1px; }
QAbstractItemView:focus, QScrollArea:focus { border: 2px solid palette(highlight); }
QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px;
    border: 2px solid INDICATOR; background: palette(base); }
QCheckBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 9px; }
QCheckBox::indicator:checked { background: palette(highlight); border-color: palette(highlight);
    image: url(CHECK_MARK); }
QRadioButton::indicator:checked { border-color: palette(highlight); background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 palette(highlight),
    stop: 0.5 palette(highlight), stop: 0.6 palette(base), stop: 1 palette(base)); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: palette(mid); }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: palette(highlight); }
QSlider::groove:horizontal { height: 6px; border-radius: 3px; background: TRACK; }
QSlider::sub-page:horizontal { height: 6px; border-radius: 3px; background: palette(highlight); }
QSlider::handle:horizontal { width: 16px; margin: -6px 0; border-radius: 9px;
    background: palette(highlight); border: 1px solid palette(highlight); }
QSlider::handle:horizontal:focus { border: 2px solid palette(window-text); }
QSlider::sub-page:horizontal:disabled, QSlider::handle:horizontal:disabled {
    background: palette(mid); border-color: palette(mid); }
QSlider[unrated="true"]::sub-page:horizontal { background: TRACK; }
QSlider[unrated="true"]::handle:horizontal { background: palette(base);
    border: 2px solid INDICATOR; }
"""


def style_sheet(dark: bool) -> str:
    """The style sheet for a look, its placeholders filled in."""
    sheet = STYLE_SHEET
    for key, value in LOOKS["dark" if dark else "light"].items():
        sheet = sheet.replace(key, value)
    mark = resource("icons/check-dark.svg" if dark else "icons/check-light.svg")
    return sheet.replace("CHECK_MARK", mark.as_posix())


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply ``theme`` ("system", "light" or "dark"); returns whether it resolved to dark."""
    dark = is_dark(theme)
    apply_look(app, dark=dark)
    return dark


def apply_look(app: QApplication, *, dark: bool) -> None:
    """Apply the Fusion style with a light or dark palette and our style sheet.

    Does nothing when the same look is already applied (re-styling every widget is slow).
    Start-up calls this with the look saved last time: asking the system for its colour
    scheme loads Qt's whole ``Qt`` namespace of enums, about 15 ms, before the first paint.
    """
    look = "dark" if dark else "light"
    if app.property("appliedTheme") == look:
        return
    app.setProperty("appliedTheme", look)
    if not app.property("inputStyle"):  # app_style.AppStyle is Fusion with input behaviours
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    # Cards are lighter than the window in both themes; in dark mode also lighter than input
    # fields (Base), so check boxes and spin boxes on a card keep a visible edge.
    app.setStyleSheet(style_sheet(dark))
