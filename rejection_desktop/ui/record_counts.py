"""How many records of each kind an export or an import holds, in the user's language.

The services count records per export table (``ExportSummary.counts``, ``ImportResult``) and
keep an English line for the command line and the logs; the interface writes them with these
translated plurals instead, numbers the user's way. (``tr`` of a QObject: lupdate marks only
its calls as plurals; one is said apart, as English has no plural forms file.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject

from rejection_desktop.services.importer import ImportResult


class RecordCounts(QObject):
    """Translated counts of export records (a QObject for its ``tr``)."""

    def count_text(self, table: str, count: int) -> str:
        """``count`` records of the export table ``table``, e.g. "1,200 attempts"."""
        one: dict[str, Callable[[], str]] = {
            "challenges": lambda: self.tr("1 challenge"),
            "beliefs": lambda: self.tr("1 belief"),
            "attempts": lambda: self.tr("1 attempt"),
            "reflections": lambda: self.tr("1 reflection"),
            "belief_ratings": lambda: self.tr("1 belief rating"),
            "prompts": lambda: self.tr("1 prompt"),
            "reminders": lambda: self.tr("1 reminder"),
            "settings": lambda: self.tr("1 setting"),
        }
        many: dict[str, Callable[[], str]] = {
            "challenges": lambda: self.tr("%Ln challenges", "", count),
            "beliefs": lambda: self.tr("%Ln beliefs", "", count),
            "attempts": lambda: self.tr("%Ln attempts", "", count),
            "reflections": lambda: self.tr("%Ln reflections", "", count),
            "belief_ratings": lambda: self.tr("%Ln belief ratings", "", count),
            "prompts": lambda: self.tr("%Ln prompts", "", count),
            "reminders": lambda: self.tr("%Ln reminders", "", count),
            "settings": lambda: self.tr("%Ln settings", "", count),
        }
        text = (one if count == 1 else many).get(table)
        return text() if text is not None else f"{QLocale().toString(count)} {table}"

    def records_text(self, counts: dict[str, int]) -> str:
        """The counts that are not zero, one after the other ("" when all are)."""
        return ", ".join(self.count_text(table, n) for table, n in counts.items() if n)

    def import_summary_text(self, result: ImportResult) -> str:
        """What an import did or would do, e.g. "added 3 challenges; skipped 2 already
        here"."""
        added = self.records_text(result.added)
        line = self.tr("added {0}").format(added) if added else self.tr("nothing new to add")
        updated = sum(result.updated.values())
        skipped = sum(result.skipped.values())
        if updated:
            line += (self.tr("; brought your edits to 1 built-in") if updated == 1
                     else self.tr("; brought your edits to %Ln built-ins", "", updated))
        if skipped:
            line += (self.tr("; skipped 1 already here") if skipped == 1
                     else self.tr("; skipped %Ln already here", "", skipped))
        return line


def records_text(counts: dict[str, int]) -> str:
    """``RecordCounts().records_text``."""
    return RecordCounts().records_text(counts)


def import_summary_text(result: ImportResult) -> str:
    """``RecordCounts().import_summary_text``."""
    return RecordCounts().import_summary_text(result)
