"""Where the app keeps its files (data dir, database, logs, backups, UI state), kept private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

ENV_DATA_DIR = "REJECTION_DESKTOP_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"


def secure_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


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
