"""A job's progress where the user started it: what it is doing, a bar and Cancel; then its
result in one sentence, with "Show in folder" when it wrote a file.

The widget never touches the journal: it listens to a ``Job``'s signals (emitted on the GUI
thread) and calls ``cancel``. Pages put one panel under the controls that start jobs and move
it (``place``) next to the one the user pressed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from rejection_desktop.services.jobs import Job
from rejection_desktop.services.steps import Phase
from rejection_desktop.ui.widgets.common import button, label

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "JobPanel" so lupdate extracts it."""


def phase_text(phase: str) -> str:
    """What a job is doing, for people."""
    texts = {
        Phase.READING: translate("JobPanel", "Reading…"),
        Phase.CHECKING: translate("JobPanel", "Checking…"),
        Phase.BACKING_UP: translate("JobPanel", "Backing up your journal first…"),
        Phase.WRITING: translate("JobPanel", "Writing…"),
        Phase.RESTORING: translate("JobPanel", "Restoring…"),
        Phase.DRAWING: translate("JobPanel", "Drawing the charts…"),
    }
    return texts.get(phase, translate("JobPanel", "Working…"))  # type: ignore[call-overload]


def show_in_folder(path: Path) -> None:
    """Open the folder holding ``path`` in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class JobPanel(QWidget):
    """Progress and Cancel while a job runs; its result (and "Show in folder") afterwards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.result_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.phase_label = label("", "muted")
        self.phase_label.setAccessibleName(translate("JobPanel", "What is being done"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("JobPanel", "Progress"))
        self.bar.setMinimumWidth(160)
        self.cancel_button = button(translate("JobPanel", "Cancel"),
                                    translate("JobPanel", "Cancel: stop and change nothing"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.phase_label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.progress_row)

        self.result_row = QWidget()
        result = QHBoxLayout(self.result_row)
        result.setContentsMargins(0, 0, 0, 0)
        self.result_label = label("", wrap=True)
        self.result_label.setAccessibleName(translate("JobPanel", "Result of the last action"))
        self.show_button = button(translate("JobPanel", "Show in folder"),
                                  translate("JobPanel", "Show the file in its folder"))
        self.show_button.clicked.connect(self._show_folder)
        result.addWidget(self.result_label, 1)
        result.addWidget(self.show_button)
        layout.addWidget(self.result_row)
        self.progress_row.hide()
        self.result_row.hide()
        self.hide()

    def place(self, layout: QBoxLayout) -> None:
        """Move the panel to the end of ``layout`` (under what the user pressed)."""
        layout.addWidget(self)

    def watch(self, job: Job) -> None:
        """Show ``job``'s progress until it ends."""
        self.job = job
        self.result_row.hide()
        self.phase_label.setText(phase_text(""))
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")
        self.progress_row.show()
        self.show()
        job.progress.connect(self._on_progress)
        job.cancellable_changed.connect(self._on_cancellable)
        job.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        self.progress_row.hide()
        self.job = None  # the job and its result (a whole parsed file) may go now

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.phase_label.setText(translate("JobPanel", "Stopping…"))

    def show_result(self, text: str, path: Path | None = None) -> None:
        """One sentence about what was done; ``path``: the file, for "Show in folder"."""
        self.result_path = path
        self.result_label.setText(text)
        self.show_button.setVisible(path is not None)
        self.result_row.show()
        self.show()

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        if self.job is not None and self.job.cancel_requested:
            return
        self.phase_label.setText(phase_text(phase))
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _on_cancellable(self, cancellable: bool) -> None:
        self.cancel_button.setEnabled(cancellable)
        if not cancellable:
            self.cancel_button.setToolTip(
                translate("JobPanel", "Almost done: this last part cannot be stopped."))

    def _show_folder(self) -> None:
        if self.result_path is not None:
            show_in_folder(self.result_path)
