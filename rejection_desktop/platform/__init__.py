"""The operating system: data paths, bundled resources, logging, crash handling, the
single-instance lock, Unix signals and start at login. Imports nothing else of the app."""
