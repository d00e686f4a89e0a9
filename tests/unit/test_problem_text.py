"""Import, backup, restore and encryption refusals carry a Problem code and parameters; the
interface words each code through the translator (a real QTranslator compiled from a .ts
file), and the English message stays as it was for the command line and the logs."""

from __future__ import annotations

import re
import string

import pytest
from helpers.bracket_translator import bracketed
from helpers.tiny_translator import translated
from PySide6.QtCore import QLocale

from rejection_desktop.db.backup import BackupFileError, inspect_database_file
from rejection_desktop.domain.problems import ENGLISH, Problem, ProblemError
from rejection_desktop.services import encryption
from rejection_desktop.services.export_format import validate_document
from rejection_desktop.services.importer import ImportRefusedError, parse_export, parse_json
from rejection_desktop.ui.problem_text import ARGUMENTS, problem_text, sentence

PARAMS = {"size_mb": 150.25, "limit_mb": 100.0, "reason": "Permission denied",
          "containers": 12_345, "values": 67_890, "name": "NaN", "position": 1_234,
          "line": 3, "column": 7, "expected": "rejection-desktop-export", "version": 9,
          "known": 1, "names": "'x'", "location": "attempts[0].when", "problem": "is missing.",
          "latest": 5, "folder": "/media/disk", "minimum": 8}


def test_every_code_has_an_english_and_an_interface_sentence_with_its_parameters(qapp):
    assert set(ENGLISH) == set(Problem)
    for problem in Problem:
        fields = {f for _, f, _, _ in string.Formatter().parse(sentence(problem)) if f}
        assert fields == {str(i) for i in range(len(ARGUMENTS.get(problem, ())))}, problem
        assert set(ARGUMENTS.get(problem, ())) <= set(PARAMS), problem


@pytest.mark.parametrize("problem", list(Problem))
def test_every_code_is_worded_by_the_interface_through_the_translator(qapp, problem):
    error = ProblemError.of(problem, **PARAMS)
    with bracketed():
        shown = problem_text(error)
    assert shown.startswith("[") and shown.endswith("]"), shown
    assert not re.search(r"\{\d\}|%\d", shown), shown  # every placeholder filled


def test_import_refusals_keep_their_english_and_are_worded_the_users_way(qapp, tmp_path):
    with pytest.raises(ImportRefusedError) as info:
        parse_json(b"{\"a\": 1, \xff}")
    error = info.value
    assert (error.problem, error.params) == (Problem.IMPORT_NOT_UTF8, {"position": 9})
    assert str(error) == "The file is not UTF-8 text (invalid byte at position 9). Is it " \
                         "really an export?"
    big = ProblemError.of(Problem.IMPORT_TOO_MANY_RECORDS, containers=12_345, values=67_890,
                          size_mb=1.5)
    assert str(big).startswith("The file holds far more records than an export of its size "
                               "could (at least 12,345 objects and lists and 67,890 values in "
                               "1.5 MB).")
    german = "Die Datei enthält mehr Einträge ({0} Objekte, {1} Werte, {2} MB) als ein Export."
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        with translated(tmp_path, {("Problem", sentence(big.problem)): german}):
            shown = problem_text(big)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert shown == "Die Datei enthält mehr Einträge (12.345 Objekte, 67.890 Werte, 1,5 MB) " \
                    "als ein Export."


def test_export_format_refusals_keep_their_english_and_are_translated(qapp, tmp_path):
    with pytest.raises(ImportRefusedError) as info:
        parse_export(b'{"format": "rejection-desktop-export", "format_version": 7}')
    error = info.value
    assert error.problem is Problem.EXPORT_NEWER
    assert str(error) == ("This file was exported by a newer version of Rejection Desktop "
                          "(format 7; this version reads format 1). Please update the app to "
                          "import it.")
    with pytest.raises(ValueError, match="format_version: must be a whole number"):
        validate_document({"format": "rejection-desktop-export", "format_version": "x"})
    with pytest.raises(ImportRefusedError) as info:
        parse_export(b'{"format": "rejection-desktop-export", "format_version": "x"}')
    assert info.value.params["location"] == "format_version"
    with translated(tmp_path, {
            ("Problem", sentence(Problem.EXPORT_NEWER)):
                "Neuere Version (Format {0}; diese liest Format {1}).",
            ("Problem", sentence(Problem.EXPORT_BAD_FIELD)): "Das Feld {0} ist ungültig."}):
        assert problem_text(error) == "Neuere Version (Format 7; diese liest Format 1)."
        assert problem_text(info.value) == "Das Feld format_version ist ungültig."


def test_backup_refusals_name_the_file_and_are_translated(qapp, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"not a database at all, just some bytes " * 200)
    with pytest.raises(BackupFileError) as info:
        inspect_database_file(notes, latest_version=5)
    error = info.value
    assert error.problem in (Problem.BACKUP_UNREADABLE, Problem.BACKUP_CANNOT_READ,
                             Problem.BACKUP_MISSING)
    assert error.params["name"] == "notes.sqlite3"
    with pytest.raises(BackupFileError) as missing:
        inspect_database_file(tmp_path / "gone.sqlite3", latest_version=5)
    assert str(missing.value) == "gone.sqlite3 does not exist or is not a file."
    with translated(tmp_path, {
            ("Problem", "{0} cannot be read."): "{0} kann nicht gelesen werden.",
            ("Problem", "{0} does not exist or is not a file."): "{0} gibt es nicht."}):
        assert problem_text(missing.value) == "gone.sqlite3 gibt es nicht."
        assert problem_text(error) in ("notes.sqlite3 kann nicht gelesen werden.",
                                       "notes.sqlite3 gibt es nicht.")


def test_encryption_refusals_keep_their_english_and_are_translated(qapp, tmp_path):
    with pytest.raises(encryption.EncryptionError) as info:
        encryption.new_key("short")
    error = info.value
    assert str(error) == "the passphrase must have at least 8 characters"
    assert encryption.Secret(passphrase="x").wrong_message() == "wrong passphrase"
    wrong = encryption.EncryptionError.of(encryption.Secret(recovery_code="x").wrong_problem())
    assert str(wrong) == "wrong recovery code"
    with translated(tmp_path, {
            ("Problem", sentence(Problem.SHORT_PASSPHRASE)):
                "Die Passphrase braucht mindestens {0} Zeichen.",
            ("Problem", sentence(Problem.WRONG_RECOVERY_CODE)):
                "Dieser Wiederherstellungscode stimmt nicht."}):
        assert problem_text(error) == "Die Passphrase braucht mindestens 8 Zeichen."
        assert problem_text(wrong) == "Dieser Wiederherstellungscode stimmt nicht."


def test_an_error_without_a_code_is_shown_as_it_is(qapp):
    assert problem_text(BackupFileError("Schon übersetzt.")) == "Schon übersetzt."
    assert problem_text(PermissionError(13, "Permission denied")) == "Permission denied"


def test_a_failed_automatic_backup_is_explained_in_the_users_words(qapp, context, monkeypatch):
    from rejection_desktop.services import backups as backups_module

    def damaged_copy(*args, **kwargs):
        raise BackupFileError.of(Problem.BACKUP_COPY_CHECK, reason="*** in database main ***")

    monkeypatch.setattr(backups_module, "backup_database", damaged_copy)
    service = backups_module.BackupService(context.paths, context.clock)
    service.describe = problem_text  # as the app wires it
    said: list[str] = []
    service.backup_failed.connect(said.append)
    service.note_change()
    with bracketed():
        assert service.back_up_if_changed() is None
    assert said == ["[The automatic backup failed: {0}]".replace(
        "{0}", "[The backup copy failed its integrity check.]")]
