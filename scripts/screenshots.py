"""Render every page in light and dark themes to PNG files, with a realistic demo journal.

    python scripts/screenshots.py OUTDIR [--empty] [--size 800x600] [--review] [--language de]

Builds the real main window (as the app assembles it) offscreen on a temporary data dir filled by
``benchmarks/demo_data.generate`` (two years of practice, so it renders quickly), shows each
page and saves ``OUTDIR/<page>-<theme>.png``, plus the main dialogs and ``starting-<theme>.png``
(the window as first painted, before the journal is open). ``--empty`` renders a brand new
journal instead (to check the empty states). ``--review`` renders only the weekly review:
its dialog, a saved review read-only and the Progress page's list of reviews. ``--language``
renders in a shipped language (interface and library), as a user who chose it in Settings.
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
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from benchmarks.demo_data import generate  # noqa: E402
from rejection_desktop.app.assemble import assemble  # noqa: E402
from rejection_desktop.app.context import AppContext, open_context  # noqa: E402
from rejection_desktop.app.startup import create_application  # noqa: E402
from rejection_desktop.platform.paths import DataPaths  # noqa: E402
from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog  # noqa: E402
from rejection_desktop.ui.dialogs.help_dialogs import about_dialog, crisis_dialog  # noqa: E402
from rejection_desktop.ui.dialogs.onboarding import OnboardingWizard  # noqa: E402
from rejection_desktop.ui.i18n import LANGUAGE_KEY, install_translators  # noqa: E402
from rejection_desktop.ui.main_window import MainWindow  # noqa: E402
from rejection_desktop.ui.theme import apply_theme  # noqa: E402
from rejection_desktop.ui.widgets.data_settings import DataSettingsSection  # noqa: E402

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


def add_reviews(context: AppContext) -> None:
    """Three weekly reviews, a week apart, re-rating the beliefs ``add_beliefs`` wrote."""
    from datetime import timedelta  # noqa: PLC0415

    from rejection_desktop.db.models import BeliefRating, Reflection  # noqa: PLC0415
    from rejection_desktop.domain.weekly_review import week_start  # noqa: PLC0415
    from rejection_desktop.services.weekly_review import ReviewInput  # noqa: PLC0415

    services = context.services
    services.settings.set("weekly_review_day", 6)
    beliefs = services.beliefs.list_beliefs()
    now = context.clock()
    plans = [(("person",), "Ask a colleague, not only strangers", 60),
             (("place", "time"), "The market on Saturday morning", 45),
             (("rung",), "One rung up: ask for a discount", 35)]
    for index, (vary, line, rating) in enumerate(plans):
        when = now - timedelta(days=7 * (len(plans) - index) - 1)
        week = services.weekly_review.summary(week_start(when.date()))
        review = services.weekly_review.save(
            week, ReviewInput(
                {b.id: rating + 5 * n for n, b in enumerate(beliefs)}, vary, line,
                "The no was shorter than I feared" if index == 1 else ""))
        Reflection.update(created_at=when, updated_at=when).where(
            Reflection.id == review).execute()
        BeliefRating.update(rated_at=when).where(BeliefRating.reflection == review).execute()


def render_review(outdir: Path, size: tuple[int, int]) -> None:
    """The weekly review's dialog, a saved review and Progress' list, light and dark."""
    app = create_application(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="rd-shots-"))
    context = generate(data, years=1, attempts=300, challenges=120)
    add_beliefs(context)
    add_reviews(context)
    shell, runtime = assemble(app, context)
    window = shell.window
    window.resize(*size)
    window.show()
    name = f"{size[0]}x{size[1]}"
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        page = window.show_page("progress")
        page.set_range("all")
        QApplication.processEvents()
        page.scroll_area.ensureWidgetVisible(page.reviews_card, 0, 0)
        save(window, outdir / f"progress-reviews-{name}-{theme}.png")
        page.scroll_area.verticalScrollBar().setValue(0)
        dialog = shell.flow.weekly_review()
        if dialog is not None:
            dialog.resize(min(dialog.width(), size[0] - 40), min(dialog.height(), size[1] - 40))
            save(dialog, outdir / f"form-weekly-review-{name}-{theme}.png")
            dialog.scroll_area.verticalScrollBar().setValue(dialog.scroll_area.verticalScrollBar().maximum())
            save(dialog, outdir / f"form-weekly-review-end-{name}-{theme}.png")
            dialog.reject()
        viewer = shell.flow.show_review(context.services.weekly_review.reviews()[1].id)
        if viewer is not None:
            viewer.resize(min(viewer.width(), size[0] - 40), min(viewer.height(), size[1] - 40))
            save(viewer, outdir / f"review-viewer-{name}-{theme}.png")
            viewer.close()
    runtime.shutdown()
    window.hide()
    context.close()


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def render(outdir: Path, *, empty: bool, size: tuple[int, int] = SIZE, language: str = "") -> None:
    app = create_application(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="rd-shots-"))
    if language:  # as the language setting leaves it for the next start
        ui_state = QSettings(str(DataPaths(data).ui_state), QSettings.Format.IniFormat)
        ui_state.setValue(LANGUAGE_KEY, language)
        ui_state.sync()
        install_translators(language)
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
    if not empty:  # the list of backups has rows to show
        context.services.backups.back_up_now()
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
                page.scroll_area.ensureWidgetVisible(beliefs, 0, 0)
                save(window, outdir / f"{key}-beliefs-{theme}.png")
                page.scroll_area.verticalScrollBar().setValue(0)
            data_section = page.findChild(DataSettingsSection)
            if data_section is not None:
                scroll = page.findChild(QScrollArea)
                scroll.ensureWidgetVisible(data_section.table, 0, 0)
                save(window, outdir / f"{key}-backups{suffix}-{theme}.png")
                scroll.verticalScrollBar().setValue(0)
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
    parser.add_argument("--review", action="store_true",
                        help="render only the weekly review and its Progress list")
    parser.add_argument("--language", default="", help="a shipped language, e.g. de or es")
    parser.add_argument("--size", default="x".join(map(str, SIZE)),
                        help="window size, e.g. 800x600 (default %(default)s)")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    width, height = (int(part) for part in args.size.split("x"))
    if args.review:
        render_review(args.outdir, (width, height))
    else:
        render(args.outdir, empty=args.empty, size=(width, height), language=args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
