"""The interface's sentence for a refused file or data operation, in the user's language.

Import, backup, restore and encryption refusals carry a ``Problem`` code, parameters and an
English message (for the command line and the logs; ``domain.problems``); the interface
shows ``problem_text(error)`` instead: a literal, extractable ``translate()`` sentence per
code, its numbers written the user's way. Details only English has (a JSON parser's or
SQLite's own words) stay in the English message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rejection_desktop.domain.problems import Problem, ProblemError
from rejection_desktop.ui.validation_text import shown


def sentence(problem: Problem) -> str:
    """The translated sentence of ``problem``, its parameters as {0}, {1} ... (``ARGUMENTS``)."""
    return {
        Problem.IMPORT_FOLDER: QCoreApplication.translate(
            "Problem", "This is a folder; an export is a file."),
        Problem.IMPORT_NOT_REGULAR: QCoreApplication.translate(
            "Problem", "This is not a regular file (a pipe, socket or device); an export is a "
                       "file."),
        Problem.IMPORT_TOO_LARGE: QCoreApplication.translate(
            "Problem", "The file is {0} MB; the limit for an import is {1} MB. Is it really a "
                       "Rejection Desktop export? (A very large journal can be imported with: "
                       "rejection-desktop import FILE --max-size-mb N)"),
        Problem.IMPORT_OVER_LIMIT: QCoreApplication.translate(
            "Problem", "The file is larger than the import limit of {0} MB."),
        Problem.IMPORT_UNREADABLE: QCoreApplication.translate(
            "Problem", "The file cannot be read: {0}."),
        Problem.IMPORT_TOO_DEEP: QCoreApplication.translate(
            "Problem", "The file is nested too deeply to be an export."),
        Problem.IMPORT_TOO_MANY_RECORDS: QCoreApplication.translate(
            "Problem", "The file holds far more records than an export of its size could (at "
                       "least {0} objects and lists and {1} values in {2} MB). Is it really a "
                       "Rejection Desktop export?"),
        Problem.IMPORT_REPEATED_KEY: QCoreApplication.translate(
            "Problem", "The file repeats a field name inside one object, so it is ambiguous "
                       "which value is meant."),
        Problem.IMPORT_NOT_JSON_NUMBER: QCoreApplication.translate(
            "Problem", "The file contains {0}, which is not a number JSON allows."),
        Problem.IMPORT_NUMBER_TOO_LARGE: QCoreApplication.translate(
            "Problem", "The file contains a number too large to store."),
        Problem.IMPORT_NUMBER_TOO_LONG: QCoreApplication.translate(
            "Problem", "The file contains a number too long to read."),
        Problem.IMPORT_UTF16: QCoreApplication.translate(
            "Problem", "The file is saved as UTF-16 or UTF-32; an export is UTF-8."),
        Problem.IMPORT_EMPTY: QCoreApplication.translate("Problem", "The file is empty."),
        Problem.IMPORT_NOT_UTF8: QCoreApplication.translate(
            "Problem", "The file is not UTF-8 text (invalid byte at position {0}). Is it really "
                       "an export?"),
        Problem.IMPORT_CUT_OFF: QCoreApplication.translate(
            "Problem", "The file is cut off: it ends in the middle of the data. It may not have "
                       "been copied completely."),
        Problem.IMPORT_NOT_JSON: QCoreApplication.translate(
            "Problem", "The file is not valid JSON (line {0}, column {1})."),
        Problem.EXPORT_NOT_OBJECT: QCoreApplication.translate(
            "Problem", "This is not a Rejection Desktop export (expected a JSON object)."),
        Problem.EXPORT_NOT_OURS: QCoreApplication.translate(
            "Problem", "This is not a Rejection Desktop export (its 'format' field is not "
                       "'{0}')."),
        Problem.EXPORT_NEWER: QCoreApplication.translate(
            "Problem", "This file was exported by a newer version of Rejection Desktop (format "
                       "{0}; this version reads format {1}). Please update the app to import "
                       "it."),
        Problem.EXPORT_UNEXPECTED_FIELDS: QCoreApplication.translate(
            "Problem", "The file has unexpected fields: {0}."),
        Problem.EXPORT_BAD_FIELD: QCoreApplication.translate(
            "Problem", "The file is not a valid export: the field {0} is missing or holds a "
                       "value this version cannot read."),
        Problem.BACKUP_MISSING: QCoreApplication.translate(
            "Problem", "{0} does not exist or is not a file."),
        Problem.BACKUP_ENCRYPTED: QCoreApplication.translate(
            "Problem", "{0} is encrypted; it opens with the passphrase or the recovery code it "
                       "was made with."),
        Problem.BACKUP_OTHER_KEY: QCoreApplication.translate(
            "Problem", "{0} is encrypted with another key; it opens with the passphrase or "
                       "recovery code it was made with."),
        Problem.BACKUP_WRONG_SECRET: QCoreApplication.translate(
            "Problem", "The passphrase or recovery code does not open {0}."),
        Problem.BACKUP_KEY_COPY: QCoreApplication.translate(
            "Problem", "The key copy that opens {0} is missing or damaged."),
        Problem.BACKUP_UNREADABLE: QCoreApplication.translate("Problem", "{0} cannot be read."),
        Problem.BACKUP_CANNOT_READ: QCoreApplication.translate("Problem", "{0} cannot be read."),
        Problem.BACKUP_NEWER: QCoreApplication.translate(
            "Problem", "{0} was saved by a newer version of Rejection Desktop (schema {1}; this "
                       "version knows up to {2}). Please update the app first."),
        Problem.BACKUP_DAMAGED: QCoreApplication.translate("Problem", "{0} is damaged."),
        Problem.BACKUP_NOT_JOURNAL: QCoreApplication.translate(
            "Problem", "{0} is not a Rejection Desktop journal."),
        Problem.BACKUP_COPY_CHECK: QCoreApplication.translate(
            "Problem", "The backup copy failed its integrity check."),
        Problem.RESTORE_FAILED: QCoreApplication.translate(
            "Problem", "{0} could not be restored."),
        Problem.RESTORE_NOT_UPGRADED: QCoreApplication.translate(
            "Problem", "{0} was restored but could not be brought up to this version. Your "
                       "journal was put back as it was."),
        Problem.FOLDER_NOT_WRITABLE: QCoreApplication.translate(
            "Problem", "Backups cannot be saved in {0}: {1}"),
        Problem.FOLDER_INSIDE_JOURNAL: QCoreApplication.translate(
            "Problem", "Choose a folder outside the journal's own folder {0}."),
        Problem.WRONG_PASSPHRASE: QCoreApplication.translate(
            "Problem", "That passphrase is not right."),
        Problem.WRONG_RECOVERY_CODE: QCoreApplication.translate(
            "Problem", "That recovery code is not right."),
        Problem.SHORT_PASSPHRASE: QCoreApplication.translate(
            "Problem", "The passphrase must have at least {0} characters."),
        Problem.KEY_FILE: QCoreApplication.translate(
            "Problem", "The key file is missing, damaged or from a newer version of the app."),
        Problem.ALREADY_ENCRYPTED: QCoreApplication.translate(
            "Problem", "The journal is already encrypted."),
        Problem.NOT_ENCRYPTED: QCoreApplication.translate(
            "Problem", "The journal is not encrypted."),
        Problem.FOREIGN_KEY_FILE: QCoreApplication.translate(
            "Problem", "The key file does not belong to this journal."),
        Problem.JOURNAL_DAMAGED: QCoreApplication.translate(
            "Problem", "The journal is damaged; restore a backup first."),
    }[problem]


ARGUMENTS: dict[Problem, tuple[str, ...]] = {
    Problem.IMPORT_TOO_LARGE: ("size_mb", "limit_mb"),
    Problem.IMPORT_OVER_LIMIT: ("limit_mb",),
    Problem.IMPORT_UNREADABLE: ("reason",),
    Problem.IMPORT_TOO_MANY_RECORDS: ("containers", "values", "size_mb"),
    Problem.IMPORT_NOT_JSON_NUMBER: ("name",),
    Problem.IMPORT_NOT_UTF8: ("position",),
    Problem.IMPORT_NOT_JSON: ("line", "column"),
    Problem.EXPORT_NOT_OURS: ("expected",),
    Problem.EXPORT_NEWER: ("version", "known"),
    Problem.EXPORT_UNEXPECTED_FIELDS: ("names",),
    Problem.EXPORT_BAD_FIELD: ("location",),
    Problem.BACKUP_MISSING: ("name",),
    Problem.BACKUP_ENCRYPTED: ("name",),
    Problem.BACKUP_OTHER_KEY: ("name",),
    Problem.BACKUP_WRONG_SECRET: ("name",),
    Problem.BACKUP_KEY_COPY: ("name",),
    Problem.BACKUP_UNREADABLE: ("name",),
    Problem.BACKUP_CANNOT_READ: ("name",),
    Problem.BACKUP_NEWER: ("name", "version", "latest"),
    Problem.BACKUP_DAMAGED: ("name",),
    Problem.BACKUP_NOT_JOURNAL: ("name",),
    Problem.RESTORE_FAILED: ("name",),
    Problem.RESTORE_NOT_UPGRADED: ("name",),
    Problem.FOLDER_NOT_WRITABLE: ("folder", "reason"),
    Problem.FOLDER_INSIDE_JOURNAL: ("folder",),
    Problem.SHORT_PASSPHRASE: ("minimum",),
}
"""The parameters of a code, in the order of its {0}, {1} ... (the others have none)."""


def problem_text(error: BaseException) -> str:
    """What the interface says for ``error``: its code's translated sentence; for an
    ``OSError`` the system's reason; otherwise (already translated text) its message."""
    if isinstance(error, ProblemError) and error.problem is not None:
        values = [shown(error.params.get(name, "")) for name in ARGUMENTS.get(error.problem, ())]
        return sentence(error.problem).format(*values)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
