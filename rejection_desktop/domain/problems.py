"""Why a file or data operation was refused (import, backups, restore, encryption).

Like a validation refusal (``domain.validation``), a ``ProblemError`` carries a ``Problem``
code and its parameters: the interface shows its own translated sentence for the code
(``ui.problem_text``); ``message`` (and ``str()``) is the English sentence, for the command
line and the logs. Parameters are file names, paths, numbers and system reasons, never
journal text or a file's content.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Self


class Problem(StrEnum):
    """Why a file or data operation was refused; the interface has a sentence for each."""

    # reading an export to import
    IMPORT_FOLDER = "import_folder"
    IMPORT_NOT_REGULAR = "import_not_regular"
    IMPORT_TOO_LARGE = "import_too_large"
    IMPORT_OVER_LIMIT = "import_over_limit"
    IMPORT_UNREADABLE = "import_unreadable"
    IMPORT_TOO_DEEP = "import_too_deep"
    IMPORT_TOO_MANY_RECORDS = "import_too_many_records"
    IMPORT_REPEATED_KEY = "import_repeated_key"
    IMPORT_NOT_JSON_NUMBER = "import_not_json_number"
    IMPORT_NUMBER_TOO_LARGE = "import_number_too_large"
    IMPORT_NUMBER_TOO_LONG = "import_number_too_long"
    IMPORT_UTF16 = "import_utf16"
    IMPORT_EMPTY = "import_empty"
    IMPORT_NOT_UTF8 = "import_not_utf8"
    IMPORT_CUT_OFF = "import_cut_off"
    IMPORT_NOT_JSON = "import_not_json"
    # the export format
    EXPORT_NOT_OBJECT = "export_not_object"
    EXPORT_NOT_OURS = "export_not_ours"
    EXPORT_NEWER = "export_newer"
    EXPORT_UNEXPECTED_FIELDS = "export_unexpected_fields"
    EXPORT_BAD_FIELD = "export_bad_field"
    # backups and restore
    BACKUP_MISSING = "backup_missing"
    BACKUP_ENCRYPTED = "backup_encrypted"
    BACKUP_OTHER_KEY = "backup_other_key"
    BACKUP_WRONG_SECRET = "backup_wrong_secret"
    BACKUP_KEY_COPY = "backup_key_copy"
    BACKUP_UNREADABLE = "backup_unreadable"
    BACKUP_CANNOT_READ = "backup_cannot_read"
    BACKUP_NEWER = "backup_newer"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_NOT_JOURNAL = "backup_not_journal"
    BACKUP_COPY_CHECK = "backup_copy_check"
    RESTORE_FAILED = "restore_failed"
    RESTORE_NOT_UPGRADED = "restore_not_upgraded"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    FOLDER_INSIDE_JOURNAL = "folder_inside_journal"
    # encryption
    WRONG_PASSPHRASE = "wrong_passphrase"
    WRONG_RECOVERY_CODE = "wrong_recovery_code"
    SHORT_PASSPHRASE = "short_passphrase"
    KEY_FILE = "key_file"
    ALREADY_ENCRYPTED = "already_encrypted"
    NOT_ENCRYPTED = "not_encrypted"
    FOREIGN_KEY_FILE = "foreign_key_file"
    JOURNAL_DAMAGED = "journal_damaged"


ENGLISH: dict[Problem, str] = {
    Problem.IMPORT_FOLDER: "This is a folder; an export is a file.",
    Problem.IMPORT_NOT_REGULAR: "This is not a regular file (a pipe, socket or device); an "
                                "export is a file.",
    Problem.IMPORT_TOO_LARGE: "The file is {size_mb:.1f} MB; the limit for an import is "
                              "{limit_mb:.1f} MB. Is it really a Rejection Desktop export? (A "
                              "very large journal can be imported with: rejection-desktop "
                              "import FILE --max-size-mb N)",
    Problem.IMPORT_OVER_LIMIT: "The file is larger than the import limit of {limit_mb:.1f} MB.",
    Problem.IMPORT_UNREADABLE: "The file cannot be read: {reason}.",
    Problem.IMPORT_TOO_DEEP: "The file is nested too deeply to be an export.",
    Problem.IMPORT_TOO_MANY_RECORDS: "The file holds far more records than an export of its "
                                     "size could (at least {containers:,} objects and lists "
                                     "and {values:,} values in {size_mb:.1f} MB). Is it really "
                                     "a Rejection Desktop export?",
    Problem.IMPORT_REPEATED_KEY: "The file repeats a field name inside one object, so it is "
                                 "ambiguous which value is meant.",
    Problem.IMPORT_NOT_JSON_NUMBER: "The file contains {name}, which is not a number JSON "
                                    "allows.",
    Problem.IMPORT_NUMBER_TOO_LARGE: "The file contains a number too large to store.",
    Problem.IMPORT_NUMBER_TOO_LONG: "The file contains a number too long to read.",
    Problem.IMPORT_UTF16: "The file is saved as UTF-16 or UTF-32; an export is UTF-8.",
    Problem.IMPORT_EMPTY: "The file is empty.",
    Problem.IMPORT_NOT_UTF8: "The file is not UTF-8 text (invalid byte at position "
                             "{position:,}). Is it really an export?",
    Problem.IMPORT_CUT_OFF: "The file is cut off: it ends in the middle of the data. It may "
                            "not have been copied completely.",
    Problem.IMPORT_NOT_JSON: "The file is not valid JSON ({reason}: line {line}, column "
                             "{column}).",
    Problem.EXPORT_NOT_OBJECT: "This is not a Rejection Desktop export (expected a JSON "
                               "object).",
    Problem.EXPORT_NOT_OURS: "This is not a Rejection Desktop export (its 'format' field is "
                             "not {expected!r}).",
    Problem.EXPORT_NEWER: "This file was exported by a newer version of Rejection Desktop "
                          "(format {version}; this version reads format {known}). Please "
                          "update the app to import it.",
    Problem.EXPORT_UNEXPECTED_FIELDS: "The file has unexpected fields: {names}.",
    Problem.EXPORT_BAD_FIELD: "{location}: {problem}",
    Problem.BACKUP_MISSING: "{name} does not exist or is not a file.",
    Problem.BACKUP_ENCRYPTED: "{name} is encrypted; it opens with the passphrase or the "
                              "recovery code it was made with.",
    Problem.BACKUP_OTHER_KEY: "{name} is encrypted with another key; it opens with the "
                              "passphrase or recovery code it was made with.",
    Problem.BACKUP_WRONG_SECRET: "The passphrase or recovery code does not open {name}.",
    Problem.BACKUP_KEY_COPY: "{name}: {reason}",
    Problem.BACKUP_UNREADABLE: "{reason}",
    Problem.BACKUP_CANNOT_READ: "{name} cannot be read: {reason}",
    Problem.BACKUP_NEWER: "{name} was saved by a newer version of Rejection Desktop (schema "
                          "{version}; this version knows up to {latest}). Please update the "
                          "app first.",
    Problem.BACKUP_DAMAGED: "{name} is damaged: {reason}",
    Problem.BACKUP_NOT_JOURNAL: "{name} is not a Rejection Desktop journal.",
    Problem.BACKUP_COPY_CHECK: "The backup copy failed its integrity check: {reason}",
    Problem.RESTORE_FAILED: "{name} could not be restored: {reason}",
    Problem.RESTORE_NOT_UPGRADED: "{name} was restored but could not be brought up to this "
                                  "version ({reason}). Your journal was put back as it was.",
    Problem.FOLDER_NOT_WRITABLE: "Backups cannot be saved in {folder}: {reason}",
    Problem.FOLDER_INSIDE_JOURNAL: "Choose a folder outside the journal's own folder {folder}.",
    Problem.WRONG_PASSPHRASE: "wrong passphrase",
    Problem.WRONG_RECOVERY_CODE: "wrong recovery code",
    Problem.SHORT_PASSPHRASE: "the passphrase must have at least {minimum} characters",
    Problem.KEY_FILE: "{reason}",
    Problem.ALREADY_ENCRYPTED: "the journal is already encrypted",
    Problem.NOT_ENCRYPTED: "the journal is not encrypted",
    Problem.FOREIGN_KEY_FILE: "the key file does not belong to this journal",
    Problem.JOURNAL_DAMAGED: "the journal is damaged ({reason}); restore a backup first",
}
"""The English sentence of each code (``str.format`` with its parameters)."""


class ProblemError(Exception):
    """A refusal with an English ``message`` and, when known, the ``problem`` code and
    ``params`` the interface words in the user's language."""

    def __init__(self, message: str, problem: Problem | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problem = problem
        self.params: dict[str, Any] = dict(params or {})

    @classmethod
    def of(cls, problem: Problem, /, **params: Any) -> Self:
        """The refusal for ``problem``, its English message made from ``params``."""
        return cls(ENGLISH[problem].format(**params), problem, params)

    def __str__(self) -> str:
        return self.message
