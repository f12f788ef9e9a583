#!/usr/bin/env bash
# Set up (idempotent) and run the main job on the bundled example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/crosswire ingest examples/articles --db crosswire-demo.duckdb
