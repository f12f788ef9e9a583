#!/usr/bin/env bash
# Create .venv/ and install crosswire with its pinned dependencies. Idempotent: re-runs only
# reinstall when pyproject.toml or requirements.lock changed. Needs Python 3.11+ and pip only.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3 python; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "crosswire needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(find_python)
  echo "creating .venv with $("$python" --version)" >&2
  "$python" -m venv .venv
fi

stamp=.venv/.crosswire-install-stamp
want=$(cat pyproject.toml requirements.lock | .venv/bin/python -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  echo "installing crosswire and its pinned dependencies into .venv (first run takes a few minutes)" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[test]"
  echo "$want" > "$stamp"
fi
