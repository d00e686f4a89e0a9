"""Logging to a rotating, private file (and to stderr when there is one).

Journal text is never passed to a logger: services log ids and counts, never what was typed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from rejection_desktop.platform.paths import make_private_dir, private_opener

LOG_FILE = "rejection-desktop.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3


class RotatingLog(logging.FileHandler):
    """A log file renamed to ``.1`` (older ones to ``.2``, ``.3``) once it passes ``max_bytes``,
    created 0600, opened at the first record.

    Logging never fails what is being logged: every failure (opening, writing, rotating,
    closing: a full or read-only disk, a folder in the file's place) goes through
    ``handleError``, which skips the record quietly and counts it in ``failures``; the
    standard handlers would print "--- Logging error ---" to stderr, and a failed rotation
    would escape into the caller. (Not ``logging.handlers.RotatingFileHandler``: importing
    ``logging.handlers`` loads pickle, socket and queue, about 25 ms before the first paint.)
    """

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, kept: int = KEPT_FILES) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path
        self.max_bytes = max_bytes
        self.kept = kept
        self.failures = 0

    def _open(self):  # type: ignore[no-untyped-def]
        """The log file, created 0600."""
        return open(self.baseFilename, self.mode, encoding=self.encoding,
                    opener=private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            logging.StreamHandler.emit(self, record)  # its own failures go to handleError
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Skip the record: a log that cannot be written must not change any result."""
        self.failures += 1
        if self.stream is not None:  # reopen at the next record (the disk may have room)
            stream, self.stream = self.stream, None
            with contextlib.suppress(Exception):
                stream.close()

    def flush(self) -> None:
        try:
            super().flush()
        except Exception:  # a full disk
            self.failures += 1

    def close(self) -> None:
        try:
            super().close()
        except Exception:  # flushing to a full disk
            self.failures += 1

    def rotate(self) -> None:
        """Start a new file; the current one becomes ``.1`` and the oldest is dropped."""
        self.acquire()
        try:
            if self.stream is not None:
                stream, self.stream = self.stream, None
                stream.close()
            for number in range(self.kept - 1, 0, -1):
                older = Path(f"{self.path}.{number}")
                if older.exists():
                    os.replace(older, f"{self.path}.{number + 1}")
            if self.path.exists():
                os.replace(self.path, f"{self.path}.1")
            self.stream = self._open()
        finally:
            self.release()


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, level: int = logging.INFO, to_stderr: bool = True) -> Path:
    """Send log records to ``log_dir/rejection-desktop.log`` (1 MB, 3 old files kept) and,
    with ``to_stderr``, warnings to stderr if there is one."""
    path = log_dir / LOG_FILE
    with contextlib.suppress(OSError):  # a read-only or full disk: the handler skips records
        make_private_dir(log_dir)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rejection_desktop", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingLog(path)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if to_stderr and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter(FORMAT))
        handlers.append(stream)
    for handler in handlers:
        handler._rejection_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    logging.raiseExceptions = False  # a failing handler (stderr closed) is skipped quietly
    # peewee logs every query with its parameters at DEBUG: that would be journal text
    logging.getLogger("peewee").setLevel(max(level, logging.INFO))
    return path


def log_qt_messages() -> None:
    """Qt's own messages go to the log file instead of stderr, where the command line and
    ``--smoke`` promise one line (e.g. the offscreen platform's "does not support
    propagateSizeHints()"). Warnings are logged at INFO so they never reach stderr; critical
    and fatal ones at ERROR."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415

    qt_log = logging.getLogger("qt")
    serious = (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(logging.ERROR if kind in serious else logging.INFO, "%s", message)

    qInstallMessageHandler(handler)
