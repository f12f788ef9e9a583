"""Regenerate the golden extraction outputs of the example articles after a reviewed change.

    .venv/bin/python tests/golden/regenerate.py

Then read `git diff tests/golden/` line by line before committing: every change must be one
you meant to make.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "articles"
GOLDEN = Path(__file__).parent / "examples.jsonl"


def current_outputs() -> list[str]:
    """The extraction contract for every example article, one canonical JSON line each."""
    from crosswire.ingest.readers import IngestOptions, read_inputs
    from crosswire.nlp.extract import extract_all
    from crosswire.records import Failure, extraction_to_json

    lines = []
    for result in extract_all(read_inputs([str(EXAMPLES)], IngestOptions())):
        if isinstance(result, Failure):
            raise SystemExit(f"example failed: {result.origin}: {result.reason}")
        data = extraction_to_json(result)
        data["article"].pop("text")  # the text is the input; keep the golden file readable
        lines.append(json.dumps(data, sort_keys=True, ensure_ascii=False))
    return lines


if __name__ == "__main__":
    GOLDEN.write_text("\n".join(current_outputs()) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(REPO)}", file=sys.stderr)
