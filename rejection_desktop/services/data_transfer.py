"""Export and import as one service for the Settings page and the command line.

An import reads, parses and validates the file ONCE (``load``): the window shows what adding
it would do from that result and imports the same document. Each operation comes in three
forms: ``write_*`` does the work (any thread, no signals, reporting to a ``Steps``), the plain
method does it and tells the app (the command line), and ``*_job`` makes a ``Job`` for the
window's job runner (the work on a worker thread, the signals on the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import replaced_texts
from rejection_desktop.platform.paths import partial_path
from rejection_desktop.services.attempts import ensure_day_summary
from rejection_desktop.services.backups import (
    BackupKind,
    BackupService,
    parse_backup_name,
)
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.export import (
    ExportSummary,
    build_document,
    write_attempts_csv,
    write_json,
    write_markdown_journal,
)
from rejection_desktop.services.export_format import (
    MAX_IMPORT_BYTES,
    ExportDocument,
    FormatError,
    validate_document,
)
from rejection_desktop.services.importer import (
    ImportMode,
    ImportRefusedError,
    ImportResult,
    apply_import,
    preview,
    read_export,
)
from rejection_desktop.services.jobs import Job
from rejection_desktop.services.steps import NO_STEPS, Cancelled, Steps, let_go

log = logging.getLogger(__name__)


class ExportFormat:
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "md"
    ALL = (JSON, CSV, MARKDOWN)


class ImportFailedError(Exception):
    """The import could not be written; everything was rolled back."""


@dataclass(frozen=True)
class ImportFile:
    """An export read, parsed and validated once, with what adding it would do."""

    path: Path
    document: ExportDocument
    merge: ImportResult


class DataTransferService(QObject):
    """Writes exports and applies imports; emits ``imported`` after the journal changed."""

    exported = Signal(object)  # ExportSummary
    imported = Signal(object)  # ImportResult

    def __init__(self, backups: BackupService, zone: Callable[[], tzinfo],
                 clock: Clock = system_clock, parent: QObject | None = None,
                 max_import_bytes: int = MAX_IMPORT_BYTES) -> None:
        super().__init__(parent)
        self._backups = backups
        self._zone = zone
        self._clock = clock
        self.max_import_bytes = max_import_bytes
        """Files larger than this are refused unread (the command line can raise it)."""

    # exports ----------------------------------------------------------------------------------
    def export(self, kind: str, path: Path, steps: Steps = NO_STEPS) -> ExportSummary:
        """Write an export of ``kind`` ("json", "csv" or "md") to ``path``."""
        return self.finish_export(self.write_export(kind, Path(path), steps))

    def export_job(self, kind: str, path: Path) -> Job:
        """A job writing an export; its result is the ExportSummary."""
        return Job(self.tr("the export"),
                   lambda steps: self.write_export(kind, Path(path), steps),
                   done=self.finish_export)

    def write_export(self, kind: str, path: Path, steps: Steps = NO_STEPS) -> ExportSummary:
        """The export itself (any thread, no signals); a cancel leaves ``path`` as it was.
        Text that was not valid UTF-8 is written as U+FFFD and counted in the summary."""
        before = replaced_texts()
        with self._backups.paths.temporaries.tracking(partial_path(path)):
            summary = self._write(kind, path, steps)
        summary = replace(summary, replaced=replaced_texts() - before)
        if summary.replaced:
            log.warning("export: %d texts were not valid UTF-8 and were repaired",
                        summary.replaced)
        log.info("exported %s: %s bytes", kind, summary.size)
        return summary

    def _write(self, kind: str, path: Path, steps: Steps) -> ExportSummary:
        if kind == ExportFormat.JSON:
            document = build_document(self._clock(), steps)
            try:
                problem = self._import_problem(document, steps)
                summary = write_json(path, document, steps)
            finally:
                let_go(document)
            if problem:
                summary = replace(summary, problem=problem)
        elif kind == ExportFormat.CSV:
            summary = write_attempts_csv(path, self._zone(), steps)
        elif kind == ExportFormat.MARKDOWN:
            summary = write_markdown_journal(path, self._zone(), self._clock(), steps)
        else:
            raise ValueError(f"unknown export format {kind!r}")
        return summary

    def _import_problem(self, document: dict[str, Any], steps: Steps) -> str:
        """Why this version could not import ``document`` again, or "" (what we write must
        import again)."""
        try:
            let_go(validate_document(document, steps).tables)
        except FormatError as exc:
            log.error("the export would not import: %s", exc.location)
            return self.tr("The file was written, but this version could not import it again "
                           "({0}). Please report this.").format(exc)
        return ""

    def finish_export(self, summary: ExportSummary) -> ExportSummary:
        """Tell the app an export was written (the GUI thread)."""
        self.exported.emit(summary)
        return summary

    # imports ----------------------------------------------------------------------------------
    def oversized(self, path: Path) -> int | None:
        """The size of ``path`` when it is larger than the import limit, else None."""
        try:
            size = Path(path).stat().st_size
        except OSError:
            return None  # reading it says what is wrong
        return size if size > self.max_import_bytes else None

    def load(self, path: Path, steps: Steps = NO_STEPS, *, max_bytes: int | None = None
             ) -> ImportFile:
        """Read, parse and validate ``path`` completely and say what adding it would do;
        writes nothing. Raises ImportRefusedError with the reason when it cannot be imported.
        ``max_bytes`` raises the limit for this file (the user said yes to a larger one)."""
        path = Path(path)
        document = read_export(path, max_bytes or self.max_import_bytes, steps)
        return ImportFile(path, document, preview(document, ImportMode.MERGE))

    def load_job(self, path: Path, *, max_bytes: int | None = None) -> Job:
        """A job for ``load``; its result is the ImportFile."""
        return Job(self.tr("checking the file"),
                   lambda steps: self.load(path, steps, max_bytes=max_bytes))

    def preview(self, path: Path, mode: ImportMode = ImportMode.MERGE) -> ImportResult:
        """Validate ``path`` completely and say what importing it would do; writes nothing.

        Raises ImportRefusedError with the reason when the file cannot be imported.
        """
        loaded = self.load(path)
        return loaded.merge if mode is ImportMode.MERGE else preview(loaded.document, mode)

    def import_file(self, path: Path, mode: ImportMode = ImportMode.MERGE,
                    steps: Steps = NO_STEPS) -> ImportResult:
        """Import ``path``: validated first, then written in one transaction.

        Once the file is known good, every import (merge too) backs the journal up before
        writing (``result.backup``). Raises ImportRefusedError (the file is bad) or
        ImportFailedError (rolled back); in both cases the journal is unchanged.
        """
        return self.finish_import(self.write_import(self.load(path, steps), mode, steps))

    def import_job(self, loaded: ImportFile, mode: ImportMode) -> Job:
        """A job importing an ImportFile from ``load``; its result is the ImportResult."""
        return Job(self.tr("the import"), lambda steps: self.write_import(loaded, mode, steps),
                   done=self.finish_import)

    def write_import(self, loaded: ImportFile, mode: ImportMode,
                     steps: Steps = NO_STEPS) -> ImportResult:
        """The import itself (any thread, no signals): a safety backup first (merge too), then
        one transaction. A cancel rolls everything back and removes that backup. ``loaded``
        is used up: its records are gone afterwards, whatever the outcome."""
        try:
            backup = self._backups.write_backup(BackupKind.BEFORE_IMPORT, steps=steps)
            try:
                result = apply_import(loaded.document, mode, self._clock(), steps)
            except Cancelled:
                backup.path.unlink(missing_ok=True)
                raise
            except Exception as exc:
                log.exception("import failed and was rolled back")
                raise ImportFailedError(self.tr(
                    "The import could not be completed, so nothing was changed ({0})."
                ).format(type(exc).__name__)) from exc
        finally:
            # the records are used up: freed here, a slice at a time, on the thread that did
            # the work (freed all at once where the job object goes, on the GUI thread, they
            # froze the window for 50-80 ms as a 10-year import ended)
            let_go(loaded.document.tables)
        result.backup = backup.path
        zone = self._zone()
        if result.changed and isinstance(zone, ZoneInfo):
            # counted here, off the GUI thread, Today's next read finds the summary ready
            # (built there, it held the window 56 ms after a 10-year import)
            ensure_day_summary(zone, self._clock().astimezone(zone).date())
        return result

    @staticmethod
    def discard(loaded: ImportFile) -> threading.Thread:
        """Let go of a loaded file that will not be imported (the user said no), on a thread
        of its own, a slice at a time: freed where the last reference goes, on the GUI thread,
        a 10-year file's records held the window for about 50 ms. Returns that thread."""
        thread = threading.Thread(target=let_go, args=(loaded.document.tables,),
                                  name="discard import", daemon=True)
        thread.start()
        return thread

    def finish_import(self, result: ImportResult) -> ImportResult:
        """Tell the app the journal changed (the GUI thread)."""
        if result.backup is not None and (info := parse_backup_name(result.backup)):
            self._backups.finish_backup(info, 0)
        self._backups.note_change()
        self.imported.emit(result)
        return result


__all__ = ["DataTransferService", "ExportFormat", "ImportFailedError", "ImportFile",
           "ImportMode", "ImportRefusedError", "ImportResult"]
