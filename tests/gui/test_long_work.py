"""Long work from the window: the event loop keeps running during an import, Cancel changes
nothing, a large file is a question, and the PDF report is drawn as a job."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.journal_data import fill_journal, raw_dump
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QPushButton

from rejection_desktop.app.context import AppContext, open_context
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.steps import Phase
from rejection_desktop.ui.pages.progress import ProgressPage
from rejection_desktop.ui.widgets.data_settings import DataSettingsSection

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def few_mb_export(tmp_path: Path, qapp: object) -> Path:
    """An export of a 3-year journal with 4,000 attempts and reflections (about 6 MB)."""
    from benchmarks.demo_data import generate

    other = generate(tmp_path / "other", years=3, attempts=4000, challenges=100, now=NOW)
    path = tmp_path / "other.json"
    DataTransferService(BackupService(other.paths, other.clock), other.services.settings.zone,
                        other.clock).export("json", path)
    other.close()
    assert path.stat().st_size > 3_000_000
    return path


@pytest.fixture
def app_context(few_mb_export: Path, data_dir: Path, clock: object) -> Iterator[AppContext]:
    context = open_context(data_dir, clock)  # type: ignore[arg-type]
    yield context
    context.close()


@pytest.fixture
def section(app_context: AppContext, qtbot) -> DataSettingsSection:
    services = app_context.services
    transfer = DataTransferService(services.backups, services.settings.zone, app_context.clock)
    widget = DataSettingsSection(transfer, services.backups, services.settings.zone,
                                 services.jobs)
    qtbot.addWidget(widget)
    widget.show()
    widget.problems = []
    widget.show_problem = widget.problems.append
    return widget


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_window_keeps_ticking_during_an_import(section, qtbot, monkeypatch, few_mb_export,
                                                  app_context):
    ticks: list[bool] = []  # True: a tick while a job was running
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(section.jobs.active is not None))
    asked: list[object] = []
    monkeypatch.setattr(section, "ask_open_path", lambda: few_mb_export)
    monkeypatch.setattr(section, "ask_import_mode",
                        lambda preview: asked.append(preview) or ImportMode.MERGE)
    timer.start()
    click(qtbot, section.import_button)
    assert section.panel.progress_row.isVisible()  # the click returned while it works
    assert not section.import_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: "Imported" in section.panel.result_label.text(), timeout=120_000)
    timer.stop()
    assert len(asked) == 1  # the file was read and checked once, before the question
    assert ticks.count(True) >= 10
    assert section.import_button.isEnabled()
    assert app_context.services.attempts.records()


def test_cancel_during_the_import_changes_nothing(section, qtbot, monkeypatch, few_mb_export,
                                                 app_context):
    before = raw_dump(app_context.paths.database)
    backups_before = section.backups.list_backups()
    monkeypatch.setattr(section, "ask_open_path", lambda: few_mb_export)
    monkeypatch.setattr(section, "ask_import_mode", lambda preview: ImportMode.REPLACE)
    monkeypatch.setattr(section, "confirm", lambda text, action: True)
    pressed: list[str] = []

    def press_cancel_while_writing(_done: int, _total: int, phase: str) -> None:
        if phase == Phase.WRITING and not pressed:
            pressed.append(phase)
            click(qtbot, section.panel.cancel_button)

    section.jobs.job_started.connect(
        lambda job: job.progress.connect(press_cancel_while_writing))
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: "Stopped" in section.panel.result_label.text(), timeout=120_000)
    assert pressed and section.panel.result_label.isVisible()
    assert section.panel.result_label.text() == "Stopped. Nothing was changed."
    assert raw_dump(app_context.paths.database) == before
    assert section.backups.list_backups() == backups_before  # its safety copy is gone too


def test_a_file_over_the_limit_is_a_question(section, qtbot, monkeypatch, few_mb_export,
                                            app_context):
    section.transfer.max_import_bytes = 1_000_000
    answers = [False, True]
    asked: list[int] = []
    monkeypatch.setattr(section, "ask_open_path", lambda: few_mb_export)
    monkeypatch.setattr(section, "confirm_large_file",
                        lambda size: asked.append(size) or answers.pop(0))
    monkeypatch.setattr(section, "ask_import_mode", lambda preview: ImportMode.MERGE)
    click(qtbot, section.import_button)
    assert asked == [few_mb_export.stat().st_size] and section.jobs.active is None
    click(qtbot, section.import_button)
    qtbot.waitUntil(lambda: "Imported" in section.panel.result_label.text(), timeout=120_000)
    assert section.problems == []


def test_the_pdf_report_is_drawn_as_a_job_and_can_be_stopped(qtbot, context, tmp_path,
                                                            monkeypatch):
    fill_journal(context, size=12)
    page = ProgressPage(context.services, context.services.progress)
    qtbot.addWidget(page)
    page.show()
    page.set_range("all")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    opened: list[str] = []
    monkeypatch.setattr("rejection_desktop.ui.widgets.job_panel.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.panel.progress_row.isVisible() and not page.pdf_button.isEnabled()
    click(qtbot, page.panel.cancel_button)
    qtbot.waitUntil(lambda: "Stopped" in page.panel.result_label.text(), timeout=30_000)
    assert not target.exists() and list(tmp_path.glob("*.partial")) == []
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.result_label.text() == "Saved report.pdf",
                    timeout=30_000)
    assert target.stat().st_size > 10_000
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    click(qtbot, page.panel.show_button)
    assert opened == [str(tmp_path)]
