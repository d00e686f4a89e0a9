"""A hostile-import run of generated files that look valid (see ``helpers.hostile_imports``).

Each file is refused with one clear line, or accepted; every accepted journal must then start
(settings read, reminders planned twice, figures computed), export as JSON, CSV and Markdown,
and import its JSON export again (replace, then merge). ``HOSTILE_N`` sets the number of files.
"""

from __future__ import annotations

import os

from helpers.hostile_imports import HostileRun

HOSTILE_N = int(os.environ.get("HOSTILE_N", "240"))


def test_generated_hostile_imports_are_refused_or_leave_a_working_journal(tmp_path, qapp):
    figures = HostileRun(tmp_path, HOSTILE_N, seed=20260601, gui_every=40).run()
    print("\n" + figures.line())
    print(dict(sorted(figures.kinds.items())))
    assert figures.failures == []
    assert figures.tried == HOSTILE_N
    assert figures.refused > HOSTILE_N // 5 and figures.accepted > HOSTILE_N // 5
    assert figures.started == figures.exported == figures.reimported == figures.accepted
