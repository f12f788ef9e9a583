"""The embedded DuckDB store: numbered migrations, one writer, many readers."""
