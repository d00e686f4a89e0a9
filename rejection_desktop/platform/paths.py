"""Where the app keeps its files (data dir, database, logs, backups, UI state), kept private."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

ENV_DATA_DIR = "REJECTION_DESKTOP_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
KEY_FILE_NAME = "journal.key"


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PARTIAL_SUFFIX = ".partial"


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


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An ``opener`` for ``open()``: a file it creates is 0600 from its first byte (an existing
    file keeps its mode: nothing here ever chmods)."""
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)


def create_private(path: Path) -> None:
    """Create the empty file ``path``, 0600; FileExistsError when it exists (so its mode is
    known to be ours)."""
    os.close(private_opener(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))


def make_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parent, each 0700. Folders that exist are left as they
    are: never chmod a folder the user chose."""
    missing = []
    current = Path(path)
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, PRIVATE_DIR)
        except FileExistsError:
            if not folder.is_dir():  # a file where a folder should be
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR),
                                         str(folder)) from None


def folder_problem(folder: Path, exc: OSError) -> str:
    """One line for a data folder that cannot be used (``exc`` from ``make_private_dir``)."""
    if isinstance(exc, NotADirectoryError) and exc.filename:
        return f"cannot use the data folder {folder}: {exc.filename} is a file, not a folder"
    return f"cannot use the data folder {folder}: {exc.strerror or exc}"


def partial_path(destination: Path) -> Path:
    """The hidden temporary name a file is written under before it is renamed into place."""
    return destination.with_name(f".{destination.name}{PARTIAL_SUFFIX}")


@contextmanager
def replaced_atomically(path: Path, mode: str = "w", **options: Any) -> Iterator[IO[Any]]:
    """A handle on a new hidden temporary file (0600 from its first byte) that replaces
    ``path`` once the block ends; a failed block leaves ``path`` as it was and no temporary.
    ``mode`` is "w" or "wb"; ``options`` go to ``open`` (encoding, newline)."""
    partial = partial_path(path)
    partial.unlink(missing_ok=True)  # left by a killed run
    try:
        with open(partial, mode.replace("w", "x"), opener=private_opener, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, private from the first byte."""
    with replaced_atomically(path, "wb") as handle:
        handle.write(data)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (POSIX; elsewhere assumed gone: on Windows
    ``os.kill`` would end it)."""
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Temporaries:
    """A record, in the data dir, of the temporary files its processes are writing (exports,
    backups), so the next start removes what a killed process left wherever it was."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @contextmanager
    def tracking(self, partial: Path) -> Iterator[None]:
        """Record ``partial`` while the block writes it; the block removes or renames it.

        A record that cannot be written (a full or read-only data disk) is skipped: the write
        it guards may well go to another disk.
        """
        record = self.folder / f"{os.getpid()}-{os.urandom(6).hex()}"
        try:
            make_private_dir(self.folder)
            with open(record, "xb", opener=private_opener) as handle:
                handle.write(os.fsencode(Path(partial).absolute()))
        except OSError as exc:
            log.warning("a temporary file could not be recorded: %s", exc.strerror)
            with contextlib.suppress(OSError):
                record.unlink(missing_ok=True)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                record.unlink(missing_ok=True)

    def remove_stale(self) -> list[Path]:
        """Remove the temporaries of processes that are gone (and their records); returns
        the files removed. Never raises: a file that cannot be removed is logged."""
        removed: list[Path] = []
        try:
            records = list(self.folder.iterdir())
        except OSError:
            return removed
        for record in records:
            pid = record.name.split("-", 1)[0]
            if not pid.isdigit() or int(pid) == os.getpid() or process_alive(int(pid)):
                continue
            try:
                partial = Path(os.fsdecode(record.read_bytes()))
                if partial.name.startswith(".") and partial.name.endswith(PARTIAL_SUFFIX):
                    for suffix in ("", "-journal", "-wal", "-shm"):
                        companion = Path(f"{partial}{suffix}")
                        if companion.exists():
                            companion.unlink()
                            removed.append(companion)
                record.unlink()
            except OSError as exc:
                log.warning("a temporary file could not be removed: %s", exc.strerror)
        if removed:
            log.info("removed %d temporary files left by an interrupted run", len(removed))
        return removed


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

    @property
    def temporaries(self) -> Temporaries:
        """Where the temporary files being written are recorded (see ``Temporaries``)."""
        return Temporaries(self.root / "temporaries")
