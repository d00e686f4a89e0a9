"""Logging to a rotating, private file (and to stderr when there is one).

Journal text is never passed to a logger: services log ids and counts, never what was typed.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from rejection_desktop.paths import make_private_dir, private_opener

LOG_FILE = "rejection-desktop.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3


class RotatingLog(logging.FileHandler):
    """A log file renamed to ``.1`` (older ones to ``.2``, ``.3``) once it passes ``max_bytes``.

    The standard ``RotatingFileHandler`` would do, but ``logging.handlers`` imports pickle,
    socket and queue: about 9 ms before the window can be shown.
    """

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, kept: int = KEPT_FILES) -> None:
        super().__init__(path, encoding="utf-8")
        self.path = path
        self.max_bytes = max_bytes
        self.kept = kept

    def _open(self):  # type: ignore[no-untyped-def]
        """The log file, created 0600."""
        return open(self.baseFilename, self.mode, encoding=self.encoding,
                    opener=private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.rotate()

    def rotate(self) -> None:
        """Start a new file; the current one becomes ``.1`` and the oldest is dropped."""
        self.acquire()
        try:
            if self.stream is not None:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]
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
    make_private_dir(log_dir)
    path = log_dir / LOG_FILE
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
    # peewee logs every query with its parameters at DEBUG: that would be journal text
    logging.getLogger("peewee").setLevel(max(level, logging.INFO))
    return path
