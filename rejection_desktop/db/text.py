"""Reading the journal's text tolerantly: bytes that are not UTF-8 become U+FFFD.

Text written by another tool, or a damaged page that still passes ``quick_check``, would
otherwise fail every read with an error that quotes the text. Both the plain and the encrypted
database classes mix ``TolerantTextMixin`` in.
"""

from __future__ import annotations

from typing import Any


class TolerantText:
    """Decodes the TEXT read from the journal; ``replaced`` counts the values repaired."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.replaced += 1
            return raw.decode("utf-8", "replace")


class TolerantTextMixin:
    """For a peewee SQLite database class: its connections read text with ``TolerantText``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.text = TolerantText()

    def _add_conn_hooks(self, conn: Any) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]  # peewee's, not in its stubs
        conn.text_factory = self.text
