"""About, ground rules, crisis resources and whom the app is not for; offline, from Help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop import APP_NAME, __version__
from rejection_desktop.ui.texts import (
    NOT_FOR_LINK,
    crisis_html,
    ground_rules_html,
    not_for_link_html,
    self_help_html,
    who_not_for_html,
)

translate = QCoreApplication.translate


class TextDialog(QDialog):
    """A dialog showing rich text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.text = QLabel(html)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(self._on_link)
        self.text.setAccessibleName(title)
        scroll = QScrollArea()  # a long text (or a longer language) scrolls on a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.text)
        self.text.setMinimumWidth(480)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_link(self, href: str) -> None:
        if href == NOT_FOR_LINK:
            not_for_dialog(self).exec()


def about_dialog(data_dir: str, parent: QWidget | None = None) -> TextDialog:
    html = (
        f"<h2>{APP_NAME} {__version__}</h2>"
        + self_help_html()
        + not_for_link_html()
        + "<p>"
        + translate("HelpDialogs", "Your data folder:")
        + f"<br><code>{data_dir}</code></p>"
        + "<p>"
        + translate(
            "HelpDialogs",
            "No account, no network, no telemetry. Licensed under the GNU "
            "General Public License, version 3 or later.",
        )
        + "</p>"
    )
    return TextDialog(translate("HelpDialogs", "About {0}").format(APP_NAME), html, parent)


def ground_rules_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(translate("HelpDialogs", "Ground rules"), ground_rules_html(), parent)


def crisis_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(translate("HelpDialogs", "Crisis resources"), crisis_html(), parent)


def not_for_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(
        translate("HelpDialogs", "Who this app is not for"), who_not_for_html(), parent
    )
