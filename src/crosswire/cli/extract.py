"""`crosswire extract`: the extraction contract as JSONL on stdout, nothing stored."""

from __future__ import annotations

import json
import sys
from typing import List

import typer

from crosswire.cli import options as opt
from crosswire.cli.app import app
from crosswire.cli.console import err
from crosswire.cli.ingest import ingest_options
from crosswire.ingest.readers import read_inputs
from crosswire.nlp.extract import extract_all
from crosswire.records import Failure, extraction_to_json


@app.command("extract")
def extract_command(
    paths: List[str] = typer.Argument(..., help="Files, directories, or - for JSONL on stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output format; jsonl is the extraction contract."),
    published: str = opt.PublishedOption,
    outlet: str = opt.OutletOption,
    workers: int = opt.WorkersOption,
    max_bytes: int = opt.MaxBytesOption,
) -> None:
    """Extract records from articles and write one JSON object per article to stdout, in input order."""
    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r}; only 'jsonl' is supported", param_hint="--format")
    options = ingest_options(published, outlet, max_bytes)
    failed = 0
    for result in extract_all(read_inputs(paths, options), workers=workers):
        if isinstance(result, Failure):
            failed += 1
            err.print(f"skipped {result.origin}: {result.reason}")
            continue
        sys.stdout.write(json.dumps(extraction_to_json(result), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)
