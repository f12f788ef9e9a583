"""Story reports: a terminal view (rich) and a self-contained HTML page."""
