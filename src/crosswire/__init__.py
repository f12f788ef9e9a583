"""crosswire: news articles into a sourced, cross-checked, queryable record."""

__version__ = "0.1.0"
