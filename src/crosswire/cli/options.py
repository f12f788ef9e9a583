"""Options shared by several commands, defined once."""

from __future__ import annotations

from typing import Optional

import typer

from crosswire.store.db import DEFAULT_DB

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to use.", envvar="CROSSWIRE_DB")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-item messages, only errors.")
PublishedOption: Optional[str] = typer.Option(
    None, "--published", help="Publication date YYYY-MM-DD for every input article (overrides file metadata)."
)
OutletOption: Optional[str] = typer.Option(None, "--outlet", help="Outlet name for every input article.")
WorkersOption = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes (each loads the model once).")
MaxBytesOption = typer.Option(5_000_000, "--max-bytes", min=1, help="Largest article text accepted, in bytes.")
