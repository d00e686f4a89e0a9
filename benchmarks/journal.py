"""Journal speed with the 10-year demo journal (20,000 attempts and 20,000 reflections).

    QT_QPA_PLATFORM=offscreen python benchmarks/journal.py [--out benchmarks/results_journal.md]

Measures, in one process on a real SQLite file (ext4, synchronous=FULL, WAL):
- search: the first page of results for a mix of search-box inputs (words, prefixes while
  typing, phrases, odd syntax, misses), and the same plus the entry count the page shows;
- opening the Journal page: building JournalPage and painting it once, next to a bare QWidget
  shown and painted in the same process (the floor);
- saving an attempt and its reflection (two transactions, as the forms do).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.demo_data import generate
from benchmarks.harness import Summary, machine_note

QUERIES = [
    # words of the journal, common to rare
    "fine", "awkward", "shrug", "laughed", "nerve", "kinder", "forecasts", "verdict",
    "bakery", "library", "ladder", "station", "apologising", "quietly",
    # the last word is a prefix while the user types
    "aw", "awk", "awkwa", "surv", "predic", "conversa",
    # several words, phrases, mixed case and accents
    "asked why", '"asked why"', "no is information", "Heart RACING", "café", "ten seconds",
    # search-box syntax that must not break
    '"unclosed', "why -not", "NOT OR AND", "(bakery", "shift*", "col:umn", "^start", "a+b",
    # nothing to find
    "zebra", "xylophone quartz", "Ask someone who", "###", "",
]
RUNS_PER_QUERY = 5
PAGE_OPENS = 15
SAVES = 200


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def row(name: str, summary: Summary, target: str = "") -> str:
    return (f"| {name} | {summary.median:.1f} | {summary.p95:.1f} | {summary.high:.1f} | "
            f"{summary.n} | {target} |")


def bench_search(lines: list[str], label: str) -> None:
    from rejection_desktop.services.journal import JournalFilter, JournalService  # noqa: PLC0415

    journal = JournalService()
    page_times: list[float] = []
    with_count: list[float] = []
    worst: dict[str, float] = {}
    for _ in range(RUNS_PER_QUERY):
        for text in QUERIES:
            where = JournalFilter(text=text)
            page_ms = timed(lambda w=where: journal.page(w))
            both_ms = timed(lambda w=where: (journal.page(w), journal.count(w)))
            page_times.append(page_ms)
            with_count.append(both_ms)
            worst[text] = max(worst.get(text, 0.0), page_ms)
    slowest = sorted(worst.items(), key=lambda item: -item[1])[:3]
    lines += [
        row(f"search: first page of results ({label})", Summary.of(page_times), "p95 < 30"),
        row(f"search: first page + entry count ({label})", Summary.of(with_count), ""),
    ]
    lines.append(f"Slowest search inputs ({label}, worst first-page time): " + ", ".join(
        f"`{text or '(empty)'}` {ms:.1f} ms" for text, ms in slowest) + ".")


def bench_page_open(lines: list[str], services: object, label: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415

    from rejection_desktop.ui.attempt_flow import AttemptFlow  # noqa: PLC0415
    from rejection_desktop.ui.pages.journal import JournalPage  # noqa: PLC0415
    from rejection_desktop.ui.theme import apply_theme  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, "light")
    flow = AttemptFlow(services)  # type: ignore[arg-type]

    def show(widget: QWidget) -> None:
        widget.resize(1100, 720)
        widget.show()
        widget.repaint()
        app.processEvents()

    bare: list[float] = []
    pages: list[float] = []
    cold = 0.0
    for run in range(PAGE_OPENS + 1):
        blank = QWidget()
        bare_ms = timed(lambda b=blank: show(b))
        start = time.perf_counter()
        page = JournalPage(services, flow)  # type: ignore[arg-type]
        show(page)
        page_ms = (time.perf_counter() - start) * 1000
        assert page.model.rowCount() > 0
        if run == 0:
            cold = page_ms
        else:
            bare.append(bare_ms)
            pages.append(page_ms)
        for widget in (blank, page):
            widget.close()
            widget.deleteLater()
        app.processEvents()
    lines += [
        row(f"open the Journal page, build + first paint ({label})", Summary.of(pages),
            "< 150"),
        row(f"baseline: bare QWidget shown + painted ({label} run)", Summary.of(bare), ""),
    ]
    lines.append(f"First Journal page built in the process ({label}; fonts and style still "
                 f"cold): {cold:.1f} ms.")


def bench_save(lines: list[str], services: object, database: object) -> None:
    from rejection_desktop.services.attempts import BeforeInput, OutcomeInput  # noqa: PLC0415
    from rejection_desktop.services.reflections import Answer  # noqa: PLC0415

    synchronous = database.execute_sql("PRAGMA synchronous").fetchone()[0]  # type: ignore
    mode = database.execute_sql("PRAGMA journal_mode").fetchone()[0]  # type: ignore
    assert synchronous == 2, f"synchronous is {synchronous}, expected 2 (FULL)"
    challenge = services.challenges.list_challenges()[0].id  # type: ignore[attr-defined]
    times: list[float] = []
    for i in range(SAVES):
        def save(i: int = i) -> None:
            attempt = services.attempts.log(  # type: ignore[attr-defined]
                challenge, BeforeInput(predicted_no=70, expected_badness=60, anxiety_before=50,
                                       context="the bakery", safety_behaviour="Over-apologising"),
                OutcomeInput("rejected", actual_badness=20, anxiety_after=30, asked_why=True,
                             what_happened=f"benchmark ask {i}"))
            services.reflections.save(attempt, [  # type: ignore[attr-defined]
                Answer("predicted-vs-happened", "What happened?", "It was fine. " * 20),
                Answer("learned-about-myself", "What did you learn?", "I can do it.")],
                "free text")
        times.append(timed(save))
    lines.append(row(f"save attempt + reflection (synchronous=FULL, {mode})",
                     Summary.of(times), "< 20"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(
        "results_journal.md"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="journal-bench-"))
    try:
        started = time.perf_counter()
        context = generate(work, now=datetime(2026, 6, 1, 12, tzinfo=UTC))
        generated_s = time.perf_counter() - started
        lines = [
            "# Journal benchmarks (issue 5)",
            "",
            "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/journal.py`",
            "",
            f"Machine: {machine_note()}. Data: the demo journal from `benchmarks/demo_data.py` "
            f"(20,000 attempts, 20,000 reflections, 1,000 challenges; generated in "
            f"{generated_s:.1f} s) in a temp folder on ext4.",
            "",
            "| measure | median ms | p95 ms | max ms | n | target ms |",
            "|---|---|---|---|---|---|",
        ]
        notes: list[str] = []
        bench_search(notes, "schema v3")
        bench_page_open(notes, context.services, "schema v3")
        bench_save(notes, context.services, context.database)
        lines += [n for n in notes if n.startswith("|")]
        lines += ["", *[f"- {n}" for n in notes if not n.startswith("|")], "",
                  f"Search: {len(QUERIES)} inputs x {RUNS_PER_QUERY} runs (the list is in "
                  "`benchmarks/journal.py`); a page is 100 entries. Page open: "
                  f"{PAGE_OPENS} runs after one warm-up. Saves: {SAVES} runs, each a logged "
                  "ask and a two-answer reflection, two transactions (as the forms save them).",

                  "",
                  f"Load average when finished: {os.getloadavg()[0]:.2f} (2 shared cores)."]
        context.close()
        text = "\n".join(lines) + "\n"
        args.out.write_text(text, encoding="utf-8")
        print(text)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
