"""WCAG AA contrast in both looks, read from the palette and style sheet the app applies.

Text needs 4.5:1 against every background it is drawn on; control indicators (radio and check
box outlines and checked marks, slider tracks and handles, outcome and "planned" dots) need
3:1 (WCAG 2.1, 1.4.3 and 1.4.11). Disabled controls are exempt, as WCAG allows.
"""

from __future__ import annotations

import re
from typing import ClassVar

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rejection_desktop.ui.journal_format import PLANNED, outcome_colour
from rejection_desktop.ui.theme import OUTCOME_COLOURS, apply_look

TEXT = 4.5
INDICATOR = 3.0
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def ratio(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class Sheet:
    """The applied style sheet as rules, with palette(...) resolved against the palette."""

    ROLES: ClassVar[dict[str, QPalette.ColorRole]] = {
             "window": Role.Window, "window-text": Role.WindowText, "base": Role.Base,
             "alternate-base": Role.AlternateBase, "text": Role.Text, "button": Role.Button,
             "highlight": Role.Highlight, "highlighted-text": Role.HighlightedText,
             "placeholder-text": Role.PlaceholderText, "link": Role.Link, "mid": Role.Mid,
             "midlight": Role.Midlight}

    def __init__(self, text: str, palette: QPalette) -> None:
        self.palette = palette
        self.rules = [(selector.strip(), body) for selector, body in
                      re.findall(r"([^{}]+)\{([^{}]*)\}", text)]

    def colour(self, value: str) -> QColor | None:
        match = re.search(r"palette\(([a-z-]+)\)|(#[0-9a-fA-F]{6})", value)
        if match is None:
            return None
        if match.group(1):
            return self.palette.color(QPalette.ColorGroup.Active, self.ROLES[match.group(1)])
        return QColor(match.group(2))

    def value(self, selector: str, prop: str) -> QColor:
        """The colour ``prop`` (e.g. "color", "background", "border") of the first rule whose
        selector list holds ``selector``."""
        for selectors, body in self.rules:
            if selector in [s.strip() for s in selectors.split(",")]:
                for declaration in body.split(";"):
                    name, _, value = declaration.partition(":")
                    if name.strip() == prop:
                        colour = self.colour(value)
                        if colour is not None:
                            return colour
        raise AssertionError(f"{selector} has no {prop}")

    def text_rules(self) -> list[tuple[str, QColor, QColor | None]]:
        """(selector, text colour, own background or None) for every enabled rule with a
        text colour."""
        found = []
        for selector, body in self.rules:
            if ":disabled" in selector:
                continue
            props = {}
            for declaration in body.split(";"):
                name, _, value = declaration.partition(":")
                colour = self.colour(value)
                if colour is not None:
                    props[name.strip()] = colour
            if "color" not in props:
                continue
            for single in (part.strip() for part in selector.split(",")):
                background = props.get("background")
                if background is None and " " in single:  # "#banner QLabel": the banner's
                    background = self.value(single.split()[0], "background")
                found.append((single, props["color"], background))
        return found


@pytest.fixture(params=["light", "dark"])
def look(request, qapp):
    apply_look(qapp, dark=request.param == "dark")
    palette = qapp.palette()
    sheet = Sheet(qapp.styleSheet(), palette)
    card = sheet.value("QFrame#card", "background")
    backgrounds = {"window": palette.color(Role.Window), "card": card,
                   "base": palette.color(Role.Base),
                   "sidebar": palette.color(Role.AlternateBase)}
    yield request.param, palette, sheet, backgrounds
    qapp.setProperty("appliedTheme", None)


def failures(pairs, minimum):
    return [f"{name}: {fg.name()} on {bg.name()} = {ratio(fg, bg):.2f}"
            for name, fg, bg in pairs if ratio(fg, bg) < minimum]


def test_every_text_colour_reads_on_its_backgrounds(look):
    name, palette, sheet, backgrounds = look
    pairs = []
    for role in (Role.WindowText, Role.PlaceholderText):
        for where, background in backgrounds.items():
            pairs.append((f"{role.name} on {where}", palette.color(role), background))
    for where in ("window", "card", "base"):  # links: help texts and cards
        pairs.append((f"Link on {where}", palette.color(Role.Link), backgrounds[where]))
    pairs += [("Text on Base", palette.color(Role.Text), palette.color(Role.Base)),
              ("Text on AlternateBase", palette.color(Role.Text),
               palette.color(Role.AlternateBase)),
              ("ButtonText on Button", palette.color(Role.ButtonText),
               palette.color(Role.Button)),
              ("HighlightedText on Highlight", palette.color(Role.HighlightedText),
               palette.color(Role.Highlight)),
              ("ToolTipText on ToolTipBase", palette.color(Role.ToolTipText),
               palette.color(Role.ToolTipBase))]
    for selector, colour, own_background in sheet.text_rules():
        if own_background is not None:
            pairs.append((selector, colour, own_background))
        else:
            for where in ("window", "card"):
                pairs.append((f"{selector} on {where}", colour, backgrounds[where]))
    assert len(pairs) > 20
    assert failures(pairs, TEXT) == [], (name, failures(pairs, TEXT))


def test_every_control_indicator_stands_out(look, qapp):
    name, palette, sheet, backgrounds = look
    around = [(where, backgrounds[where]) for where in ("window", "card")]
    parts = {
        "radio/check outline": sheet.value("QRadioButton::indicator", "border"),
        "check box ticked": sheet.value("QCheckBox::indicator:checked", "background"),
        "radio dot": sheet.value("QRadioButton::indicator:checked", "border-color"),
        "slider track": sheet.value("QSlider::groove:horizontal", "background"),
        "slider filled": sheet.value("QSlider::sub-page:horizontal", "background"),
        "slider handle": sheet.value("QSlider::handle:horizontal", "background"),
        "unrated track": sheet.value('QSlider[unrated="true"]::sub-page:horizontal',
                                     "background"),
        "unrated handle": sheet.value('QSlider[unrated="true"]::handle:horizontal', "border"),
        "planned dot": outcome_colour(PLANNED),
        **{f"{key} dot": QColor(colour) for key, colour in OUTCOME_COLOURS.items()},
    }
    pairs = [(f"{part} on {where}", colour, background)
             for part, colour in parts.items() for where, background in around]
    pairs.append(("planned dot on base", outcome_colour(PLANNED), backgrounds["base"]))
    pairs.append(("radio dot in its base", parts["radio dot"], palette.color(Role.Base)))
    assert failures(pairs, INDICATOR) == [], name


def test_the_dark_radio_button_is_no_longer_dark_on_dark(qapp):
    apply_look(qapp, dark=True)
    try:
        sheet = Sheet(qapp.styleSheet(), qapp.palette())
        card = sheet.value("QFrame#card", "background")
        assert card.name() == "#272c2a"
        assert ratio(sheet.value("QRadioButton::indicator", "border"), card) >= INDICATOR
    finally:
        qapp.setProperty("appliedTheme", None)
        QApplication.processEvents()
