"""Two interpreter settings for the GUI's start-up, made by the entry point before Qt loads.

- The cyclic garbage collector waits: start-up builds objects that live as long as the app, so
  its ~80 passes before Today shows (about 12 ms) find nothing to free. ``app.startup`` turns it
  back on at the first event-loop turn after the window's first paint.
- PySide6 reads the source of every module imported after it (``inspect.getsource``) to learn
  whether the module uses PySide, for its opt-in ``from __feature__ import snake_case`` syntax.
  This app never uses that syntax, and the reading cost about 25 ms of each start (150
  modules). ``skip_feature_scan`` answers "uses PySide" without reading: the default feature
  set, the same answer the scan gives for a module that imports PySide, and the one that
  changes nothing for a module that does not.
"""

from __future__ import annotations

import gc
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

FEATURE_MODULE = "PySide6.support.feature"
"""Where PySide6 (6.4 to 6.11 at least) keeps its ``__feature__`` import hook."""


def prepare_start() -> None:
    """Hold the garbage collector back and load Qt without the feature scan."""
    gc.disable()
    import PySide6.QtCore  # noqa: F401, PLC0415 - installs the hook skipped next

    skip_feature_scan()


def skip_feature_scan() -> bool:
    """Stop PySide6 from reading each imported module's source; False when this PySide6 has
    no such scan (nothing to skip)."""
    feature: Any = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("no PySide6 feature scan to skip")
        return False
    feature._mod_uses_pyside = uses_pyside  # see the module docstring
    return True


def uses_pyside(_module: object) -> bool:
    """PySide6's question for each new module, answered without reading its source."""
    return True
