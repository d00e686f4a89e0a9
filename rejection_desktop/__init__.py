"""Rejection Desktop: a private desktop companion for rejection therapy."""

__version__ = "0.1.0"
APP_NAME = "Rejection Desktop"
APP_ID = "io.github.rejectiondesktop.RejectionDesktop"
APP_EXECUTABLE = "rejection-desktop"
