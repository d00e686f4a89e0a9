"""Start at login as the user sees it: the platform's entry plus the ``start_at_login`` setting."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rejection_desktop.platform.autostart import Autostart, autostart_for, launch_command
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)


class StartAtLogin:
    """The Settings toggle: the platform entry plus the ``start_at_login`` setting."""

    def __init__(self, settings: SettingsService, backend: Autostart | None = None,
                 command: Sequence[str] | None = None) -> None:
        self._settings = settings
        self.backend = backend if backend is not None else autostart_for()
        self._command = list(command) if command is not None else launch_command()

    def enabled(self) -> bool:
        """Whether the entry exists (the truth, whatever the setting says)."""
        try:
            return self.backend.is_enabled()
        except OSError:
            log.warning("could not read the start-at-login entry", exc_info=True)
            return False

    def set_enabled(self, enabled: bool) -> None:
        """Write or remove the entry, then store the setting; raises OSError on failure."""
        if enabled:
            self.backend.enable(self._command)
        else:
            self.backend.disable()
        self._settings.set("start_at_login", bool(enabled))

    def refresh(self) -> None:
        """Rewrite an enabled entry so it starts this version from where it is installed now."""
        if not self._settings.get("start_at_login"):
            return
        try:
            self.backend.enable(self._command)
        except OSError:
            log.warning("could not refresh the start-at-login entry", exc_info=True)
