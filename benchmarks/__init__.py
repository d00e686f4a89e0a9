"""Benchmarks and the demo dataset generator they (and the screenshots tool) share."""
