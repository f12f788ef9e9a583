"""Scoring the extractors on public evaluation data (each data set in its own module)."""
