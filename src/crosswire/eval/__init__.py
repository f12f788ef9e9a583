"""Scoring the extractors on public evaluation data (each data set in its own module)."""


def ratio(part: float, whole: float) -> float:
    """part / whole, or 0.0 when there is nothing to divide by (an empty split scores 0, not an error)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
