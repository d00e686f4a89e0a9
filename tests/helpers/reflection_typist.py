"""Child process for the drafts kill test: types into a reflection until it is killed.

    python reflection_typist.py DATA_DIR

Opens the journal in DATA_DIR offscreen, logs one ask, opens its reflection form through the
AttemptFlow and types the words "w0 w1 w2 ..." into the first answer, one word every 50 ms with
real key events, printing "typed N" (characters in the box) after each word.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rejection_desktop.app.context import open_context
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.ui.attempt_flow import AttemptFlow

WORD_EVERY_MS = 50


def typed_text(words: int) -> str:
    """What the typist has typed after ``words`` words."""
    return "".join(f"w{i} " for i in range(words))


def main(data_dir: str) -> int:
    app = QApplication(sys.argv[:1])
    context = open_context(Path(data_dir))
    services = context.services
    challenge = services.challenges.list_challenges()[0]
    attempt = services.attempts.log(challenge.id, BeforeInput(predicted_no=80),
                                    OutcomeInput("rejected", actual_badness=20))
    flow = AttemptFlow(services)
    dialog = flow.reflect(attempt)
    assert dialog is not None
    edit = dialog.first_answer_edit()
    edit.setFocus()
    count = 0

    def type_word() -> None:
        nonlocal count
        QTest.keyClicks(edit, f"w{count} ")
        count += 1
        print(f"typed {len(edit.toPlainText())}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(WORD_EVERY_MS)
    print(f"ready {attempt}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
