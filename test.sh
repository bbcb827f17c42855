#!/usr/bin/env bash
# Set up the developer tools on first use, then run every test. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n auto "$@"   # one worker per core (pytest-xdist)
