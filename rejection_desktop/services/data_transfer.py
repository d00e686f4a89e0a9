"""Export and import as one service for the Settings page and the command line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from rejection_desktop.services.backups import BackupKind, BackupService
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

log = logging.getLogger(__name__)


class ExportFormat:
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "md"
    ALL = (JSON, CSV, MARKDOWN)


class ImportFailedError(Exception):
    """The import could not be written; everything was rolled back."""


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

    def export(self, kind: str, path: Path) -> ExportSummary:
        """Write an export of ``kind`` ("json", "csv" or "md") to ``path``."""
        path = Path(path)
        if kind == ExportFormat.JSON:
            document = build_document(self._clock())
            summary = write_json(path, document)
            try:
                validate_document(document)  # the file we wrote must import again
            except FormatError as exc:
                log.error("the export would not import: %s", exc.location)
                summary = replace(summary, problem=self.tr(
                    "The file was written, but this version could not import it again "
                    "({0}). Please report this.").format(exc))
        elif kind == ExportFormat.CSV:
            summary = write_attempts_csv(path, self._zone())
        elif kind == ExportFormat.MARKDOWN:
            summary = write_markdown_journal(path, self._zone(), self._clock())
        else:
            raise ValueError(f"unknown export format {kind!r}")
        log.info("exported %s: %s bytes", kind, summary.size)
        self.exported.emit(summary)
        return summary

    def preview(self, path: Path, mode: ImportMode = ImportMode.MERGE) -> ImportResult:
        """Validate ``path`` completely and say what importing it would do; writes nothing.

        Raises ImportRefusedError with the reason when the file cannot be imported.
        """
        return preview(read_export(Path(path), self.max_import_bytes), mode)

    def import_file(self, path: Path, mode: ImportMode = ImportMode.MERGE) -> ImportResult:
        """Import ``path``: validated first, then written in one transaction.

        Once the file is known good, every import (merge too) backs the journal up before
        writing (``result.backup``). Raises ImportRefusedError (the file is bad) or
        ImportFailedError (rolled back); in both cases the journal is unchanged.
        """
        document = read_export(Path(path), self.max_import_bytes)
        backup = self._backups.back_up(BackupKind.BEFORE_IMPORT).path
        try:
            result = apply_import(document, mode, self._clock())
        except Exception as exc:
            log.exception("import failed and was rolled back")
            raise ImportFailedError(self.tr(
                "The import could not be completed, so nothing was changed ({0}).").format(
                type(exc).__name__)) from exc
        result.backup = backup
        self._backups.note_change()
        self.imported.emit(result)
        return result


__all__ = ["DataTransferService", "ExportFormat", "ImportFailedError", "ImportMode",
           "ImportRefusedError", "ImportResult"]
