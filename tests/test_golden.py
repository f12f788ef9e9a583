"""The example articles extract exactly as recorded in tests/golden (regenerate: see regenerate.py)."""

from __future__ import annotations

import json

from tests.conftest import GOLDEN
from tests.golden.regenerate import current_outputs


def test_examples_match_golden():
    expected = [json.loads(line) for line in (GOLDEN / "examples.jsonl").read_text(encoding="utf-8").splitlines()]
    actual = [json.loads(line) for line in current_outputs()]
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected):
        for key in want:
            assert got[key] == want[key], f"{want['article']['id']}: {key} differs; if intended, run tests/golden/regenerate.py"
