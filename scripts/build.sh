#!/usr/bin/env bash
# Build the one-folder program in dist/BranchDesk with PyInstaller (build.spec computes its inputs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
.venv/bin/python tools/i18n.py
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
