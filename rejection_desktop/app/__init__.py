"""Composition: the command line, start-up in steps, and the wiring of services to windows.

The only package that imports ``ui``, ``services`` and ``db`` together.
"""
