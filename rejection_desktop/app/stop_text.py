"""What the dialog says when start-up has to stop, in the user's language.

Each stop also writes one English line to the terminal and the log (``startup.fail``): that line
is for a bug report and a script, this text is for the person in front of the window. Details
only the system has in English (an OS error's words, SQLite's) stay as they are, inside a
translated sentence; paths and numbers are never translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from rejection_desktop.db.faults import Fault
from rejection_desktop.db.files import DatabaseError, DatabaseTooNewError, DiskFaultError


def fault_text(fault: Fault) -> str:
    """The disk's refusal as a short clause ("the disk is full")."""
    return {
        Fault.DISK_FULL: QCoreApplication.translate("Startup", "the disk is full"),
        Fault.READ_ONLY: QCoreApplication.translate("Startup", "the disk is read-only"),
        Fault.PERMISSION: QCoreApplication.translate("Startup", "permission denied"),
    }[fault]


def folder_text(folder: Path, exc: OSError) -> str:
    """The data folder cannot be made or used (``platform.paths.folder_problem`` in English)."""
    if isinstance(exc, NotADirectoryError) and exc.filename:
        return QCoreApplication.translate(
            "Startup", "The data folder {0} cannot be used: {1} is a file, not a folder."
        ).format(folder, exc.filename)
    return QCoreApplication.translate(
        "Startup", "The data folder {0} cannot be used: {1}.").format(folder, exc.strerror or exc)


def disk_text(fault: Fault, folder: Path) -> str:
    """The disk refused while the journal was being opened (full, read-only, no permission)."""
    return QCoreApplication.translate(
        "Startup", "Your journal cannot be opened: {0} ({1}). Nothing in it has been changed."
    ).format(fault_text(fault), folder)


def journal_text(exc: DatabaseError) -> str:
    """The journal file cannot be used by this version (newer, unreadable, on a refusing disk)."""
    if isinstance(exc, DiskFaultError):
        return disk_text(exc.fault, exc.path.parent)
    if isinstance(exc, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Startup", "This journal was saved by a newer version of Rejection Desktop. Please "
                       "update the app. The file has not been changed.")
    return QCoreApplication.translate(
        "Startup", "Your journal cannot be opened: {0}").format(exc)


def restore_text(error: Exception) -> str:
    """The backup chosen at recovery could not be restored (the journal is left as it was)."""
    from rejection_desktop.ui.problem_text import problem_text  # noqa: PLC0415 - on failure

    return QCoreApplication.translate(
        "Startup", "The backup could not be restored: {0}. Your journal has been left as it "
                   "was.").format(problem_text(error).rstrip("."))


def busy_text(command: str, process: int, folder: Path) -> str:
    """A command of the app (export, restore, ...) holds the data folder."""
    return QCoreApplication.translate(
        "Startup", "The command “{0}” (process {1}) is using your journal in {2}. Try again "
                   "when it has finished.").format(command, process, folder)


def locked_text(fault: Fault, folder: Path) -> str:
    """The instance lock cannot be written in the data folder."""
    return QCoreApplication.translate(
        "Startup", "Rejection Desktop cannot start: {0} ({1}).").format(fault_text(fault), folder)


def no_answer_text() -> str:
    """Another instance holds the lock but did not answer the hand-over."""
    return QCoreApplication.translate(
        "Startup", "Rejection Desktop is already running but did not answer. Close it, or wait "
                   "a moment and try again.")


def crash_text() -> str:
    """Start-up failed in a way nobody foresaw (the log has the details)."""
    return QCoreApplication.translate("Startup", "Rejection Desktop could not open your journal.")
