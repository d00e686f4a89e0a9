"""Text cut to fit a line: notification titles, the tray's menu, the Progress page's lists."""

from __future__ import annotations


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
