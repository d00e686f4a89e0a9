"""Native notifications through plyer, and what backend plyer resolves on this machine."""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)


def resolve_plyer_backend() -> str:
    """The name of plyer's notification implementation here, or ``unavailable: <reason>``.

    plyer picks its platform module at first use; in a frozen app a missing
    ``plyer.platforms.*`` module shows up here instead of at the first reminder.
    """
    try:
        from plyer.utils import platform  # noqa: PLC0415

        module = importlib.import_module(f"plyer.platforms.{platform}.notification")
        implementation = module.instance()
    except Exception as exc:  # plyer raises anything from ImportError to OSError
        log.warning("plyer notification backend unavailable: %s", exc)
        return f"unavailable: {type(exc).__name__}: {exc}"
    return f"plyer:{type(implementation).__name__}"
