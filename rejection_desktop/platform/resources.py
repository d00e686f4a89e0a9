"""Where the bundled resources live: next to the package, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder (``sys._MEIPASS/resources`` in a frozen app)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(name: str) -> Path:
    """The path of one bundled resource file, e.g. ``resource("challenges.json")``."""
    return resources_dir() / name
