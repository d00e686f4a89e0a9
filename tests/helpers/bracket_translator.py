"""A translator that marks every string it translates: "[text]" (placeholders kept), so a
test sees which shown text came through the translator and which did not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator


class BracketTranslator(QTranslator):
    """Translates every source text to "[" + text + "]"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


@contextmanager
def bracketed() -> Iterator[BracketTranslator]:
    """Every translate()/tr() call inside gives the bracketed text."""
    translator = BracketTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
