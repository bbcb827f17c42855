#!/usr/bin/env bash
# Prepare this checkout to run Branch Desk: system libraries Qt needs (Debian/Ubuntu), a CJK font,
# a Python virtual environment in .venv with the pinned packages. Safe to run again: it only does
# what is missing. `scripts/setup.sh --dev` adds the test and build tools (requirements-dev.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev=0
[ "${1:-}" = "--dev" ] && want_dev=1

say() { printf '%s\n' "$*" >&2; }

# 1. System libraries (Debian 12 / Ubuntu). Skipped elsewhere: Windows and macOS wheels carry Qt.
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  pkgs="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
        libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
        libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai fonts-hanazono"
  [ "$want_dev" = 1 ] && pkgs="$pkgs poppler-utils xvfb binutils postgresql"
  missing=""
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "Installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

# 2. Python 3.11+ in a virtual environment.
py=""
for c in python3.12 python3.11 python3; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then py="$c"; break; fi
done
[ -n "$py" ] || { say "Branch Desk needs Python 3.11 or newer."; exit 1; }
[ -x .venv/bin/python ] || "$py" -m venv .venv

# 3. Pinned packages, reinstalled only when the requirement files change.
req=requirements.txt
[ "$want_dev" = 1 ] && req=requirements-dev.txt
stamp=".venv/.installed-$(cat requirements.txt $req | sha256sum | cut -c1-16)-$want_dev"
if [ ! -f "$stamp" ]; then
  say "Installing Python packages from $req (first run takes a minute)…"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
