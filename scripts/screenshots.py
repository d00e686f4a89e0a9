"""Render every page in light and dark themes to PNG files, with a realistic demo journal.

    python scripts/screenshots.py OUTDIR [--empty] [--size 800x600]

Builds the real main window (as the app assembles it) offscreen on a temporary data dir filled by
``benchmarks/demo_data.generate`` (two years of practice, so it renders quickly), shows each
page and saves ``OUTDIR/<page>-<theme>.png``, plus the main dialogs and ``starting-<theme>.png``
(the window as first painted, before the journal is open). ``--empty`` renders a brand new
journal instead (to check the empty states).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.demo_data import generate  # noqa: E402
from rejection_desktop.app.assemble import assemble  # noqa: E402
from rejection_desktop.app.context import AppContext, open_context  # noqa: E402
from rejection_desktop.app.startup import create_application  # noqa: E402
from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog  # noqa: E402
from rejection_desktop.ui.dialogs.help_dialogs import about_dialog, crisis_dialog  # noqa: E402
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard  # noqa: E402
from rejection_desktop.ui.main_window import MainWindow  # noqa: E402
from rejection_desktop.ui.theme import apply_theme  # noqa: E402

SIZE = (1100, 720)


def add_beliefs(context: AppContext) -> int:
    """A few weeks of asks that tested two beliefs, re-rated after each; returns the last ask
    (a no, planned with a coping line) for the reflection screenshot."""
    from datetime import timedelta  # noqa: PLC0415

    from rejection_desktop.db.models import BeliefRating  # noqa: PLC0415
    from rejection_desktop.services.attempts import (  # noqa: PLC0415
        BeforeInput,
        BeliefInput,
        OutcomeInput,
    )
    from rejection_desktop.services.reflections import BeliefAfter  # noqa: PLC0415

    services = context.services
    challenge = next(c.id for c in services.challenges.list_challenges()
                     if c.audience == "stranger" and not c.dare)
    now = context.clock()
    last = 0
    story = [("They'll think I'm needy", 85, 70, "rejected"), ("I couldn't bear a no", 80, 60,
             "partial"), ("They'll think I'm needy", 70, 45, "accepted"),
             ("I couldn't bear a no", 60, 35, "rejected"), ("They'll think I'm needy", 50, 30,
             "rejected")]
    for week, (text, before, after, outcome) in enumerate(story):
        when = now - timedelta(days=7 * (len(story) - week))
        last = services.attempts.plan(challenge, BeforeInput(
            predicted_no=70, expected_badness=65, coping_plan="Say thanks, breathe out, text Sam",
            belief=BeliefInput(text=text, rating=before)))
        services.attempts.log(challenge, None, OutcomeInput(outcome, attempted_at=when,
                                                            actual_badness=35),
                              attempt_id=last)
        if week < len(story) - 1:
            services.reflections.save(last, [], belief_after=BeliefAfter(
                after, "Asking once is not needy" if week == 2 else ""))
        # demo data: date the ratings as if written week by week (the services stamp "now")
        BeliefRating.update(rated_at=when - timedelta(hours=2)).where(
            (BeliefRating.attempt == last) & (BeliefRating.source == "before")).execute()
        BeliefRating.update(rated_at=when + timedelta(hours=2)).where(
            (BeliefRating.attempt == last) & (BeliefRating.source == "after")).execute()
    return last


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def render(outdir: Path, *, empty: bool, size: tuple[int, int] = SIZE) -> None:
    app = create_application(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="rd-shots-"))
    context = (open_context(data) if empty
               else generate(data, years=2, attempts=900, challenges=200))
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        frame = MainWindow(QSettings(str(data / "frame.ini"), QSettings.Format.IniFormat))
        frame.resize(*size)
        frame.show()
        save(frame, outdir / f"starting-{theme}.png")
        frame.close()
    belief_ask = 0 if empty else add_beliefs(context)
    shell, runtime = assemble(app, context)
    window = shell.window
    window.resize(*size)
    window.show()
    suffix = "-empty" if empty else ""
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        for key in window.page_keys():
            page = window.show_page(key)
            save(window, outdir / f"{key}{suffix}-{theme}.png")
            beliefs = getattr(page, "beliefs_card", None)
            if beliefs is not None and not empty:
                page.scroll.ensureWidgetVisible(beliefs, 0, 0)
                save(window, outdir / f"{key}-beliefs-{theme}.png")
                page.scroll.verticalScrollBar().setValue(0)
        challenges = window.show_page("challenges")
        challenges.ladder_button.click()
        save(window, outdir / f"challenges-ladder{suffix}-{theme}.png")
        challenges.table_button.click()
        dialogs = {
            "dialog-challenge": ChallengeDialog(context.services.challenges, parent=window),
            "dialog-onboarding": OnboardingWizard(context.services, window),
            "dialog-about": about_dialog(str(data), window),
            "dialog-crisis": crisis_dialog(window),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            save(dialog, outdir / f"{name}{suffix}-{theme}.png")
            dialog.close()
        challenge = context.services.challenges.list_challenges()[0].id
        forms = {
            "form-plan": lambda c=challenge: shell.flow.plan(c),
            "form-log": lambda c=challenge: shell.flow.log(challenge_id=c),
            "form-reflection": shell.flow.reflect,
        }
        if belief_ask:
            forms["form-reflection-belief"] = lambda a=belief_ask: shell.flow.reflect(a)
        for name, open_form in forms.items():
            form = open_form()
            if form is not None:
                save(form, outdir / f"{name}{suffix}-{theme}.png")
                form.reject()  # nothing typed: closes without asking
    runtime.shutdown()
    window.hide()
    context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--empty", action="store_true", help="render a brand-new journal")
    parser.add_argument("--size", default="x".join(map(str, SIZE)),
                        help="window size, e.g. 800x600 (default %(default)s)")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    width, height = (int(part) for part in args.size.split("x"))
    render(args.outdir, empty=args.empty, size=(width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
