"""Models of the main window."""
