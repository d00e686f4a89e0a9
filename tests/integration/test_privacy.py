"""Private by default: journal text never reaches the log, and every file is the user's alone."""

from __future__ import annotations

import logging
import os
import stat

import pytest
from helpers.journal_data import journal_search

from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.platform.logs import setup_logging
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.data_transfer import DataTransferService
from rejection_desktop.services.reflections import Answer

SECRET = "Zanzibar-secret-7731 my sister said no"


@pytest.fixture
def logged(context):
    path = setup_logging(context.paths.logs, level=logging.DEBUG)
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_rejection_desktop", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_journal_text_never_reaches_the_log(context, services, logged, tmp_path):
    challenge = services.challenges.list_challenges()[0].id
    attempt = services.attempts.log(
        challenge, BeforeInput(context=SECRET, safety_behaviour=SECRET, predicted_no=70),
        OutcomeInput("rejected", what_happened=SECRET, notes=SECRET))
    services.reflections.save(attempt, [Answer("k", "What happened?", SECRET)], SECRET)
    services.drafts.save("reflection:new", {"free_text": SECRET})
    assert journal_search("Zanzibar")
    transfer = DataTransferService(services.backups, services.settings.zone, context.clock)
    for kind in ("json", "csv", "md"):
        transfer.export(kind, tmp_path / f"export.{kind}")
    transfer.import_file(tmp_path / "export.json")
    services.backups.back_up_now()
    with pytest.raises(ValidationError):
        services.reflections.save(None, [], SECRET + "\x00")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logged.read_text(encoding="utf-8")
    assert "reflection" in text  # the log is really being written
    assert "Zanzibar" not in text and "sister" not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_the_app_writes_is_private(context, services, logged):
    services.backups.back_up_now()
    checked = 0
    for folder, _dirs, files in os.walk(context.paths.root):
        if folder != str(context.paths.root):  # made by the test: the user's folder, as it was
            assert stat.S_IMODE(os.stat(folder).st_mode) & 0o077 == 0, folder
        for name in files:
            path = os.path.join(folder, name)
            assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0, path
            checked += 1
    assert checked >= 3  # the journal, its log, a backup
