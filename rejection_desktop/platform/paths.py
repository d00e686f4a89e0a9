"""Where the app keeps its files (data dir, database, logs, backups, UI state), kept private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

ENV_DATA_DIR = "REJECTION_DESKTOP_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
KEY_FILE_NAME = "journal.key"


def secure_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def fsync_dir(path: Path) -> None:
    """Make renames and deletions in the folder ``path`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably, private (0600) from its first byte.

    The bytes go to a temporary file created with mode 0600, are flushed to disk, and the file
    is renamed over ``path``; then the folder is synced. A crash leaves the old file or the new
    one, never a mix (a leftover ``.tmp`` file may remain).
    """
    temporary = path.with_name(f"{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def secure_dir(path: Path) -> None:
    """Create ``path`` if needed and make it private to its owner (POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, stat.S_IRWXU)


def default_data_dir() -> Path:
    """The platform's per-user app data folder (needs the application name set first)."""
    from PySide6.QtCore import QStandardPaths  # noqa: PLC0415 - keep Qt out of CLI imports

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return Path.home() / ".rejection-desktop"
    return Path(location)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``$REJECTION_DESKTOP_DATA_DIR``, then the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def custom_data_dir(data_dir: Path) -> Path | None:
    """``data_dir`` when it is not the standard folder (so a launcher must name it), else None."""
    return None if data_dir.resolve() == default_data_dir().resolve() else data_dir


class DataPaths:
    """The files inside one data dir."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        """The journal's wrapped key; present while the journal is encrypted."""
        return self.root / KEY_FILE_NAME

    @property
    def reminder_schedule(self) -> Path:
        """Times and kinds of the next reminders (no titles), readable before unlocking."""
        return self.root / "reminder-schedule.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def ui_state(self) -> Path:
        """QSettings file for window geometry and splitter state (preferences live in the DB)."""
        return self.root / "ui-state.ini"

    @property
    def instance_lock(self) -> Path:
        return self.root / "instance.lock"
