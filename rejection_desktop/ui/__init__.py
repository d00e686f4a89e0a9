"""Widgets, dialogs and item models. Talks to services only, never to the database."""
