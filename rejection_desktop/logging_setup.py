"""Logging to a rotating, private file (and to stderr when there is one).

Journal text is never passed to a logger: services log ids and counts, never what was typed.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from rejection_desktop.db.connection import secure_dir, secure_file

LOG_FILE = "rejection-desktop.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/rejection-desktop.log`` (1 MB x 3) and stderr if any."""
    secure_dir(log_dir)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rejection_desktop", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if sys.stderr is not None:
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
    secure_file(path)
    return path
