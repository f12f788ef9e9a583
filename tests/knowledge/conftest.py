"""Fixtures shared by the knowledge tests: the loaded knowledge and the office-coverage script as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from crosswire.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def kb():
    return load_knowledge()


@pytest.fixture(scope="session")
def cov():
    """scripts/office_coverage.py, imported once."""
    spec = importlib.util.spec_from_file_location("office_coverage", ROOT / "scripts" / "office_coverage.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
