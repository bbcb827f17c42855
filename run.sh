#!/usr/bin/env bash
# Set up on first use, then run Branch Desk. Arguments go to the program:
#   ./run.sh                 open the window
#   ./run.sh demo            make a demo branch first (in the default data folder)
#   ./run.sh --help          the command line
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ "$(uname)" = "Linux" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  gui=1
  for a in "$@"; do
    case "$a" in --smoke|-h|--help|--version|init|demo|roster|list|report|backup|restore|check|status|export|verify|receive|receipt|committee|indicators|key|encrypt|password|recovery-code) gui=0 ;; esac
  done
  if [ "$gui" = 1 ]; then
    echo "没有找到图形界面（DISPLAY）。请在桌面环境中运行，或用 xvfb-run ./run.sh；只检查能否启动：./run.sh --smoke" >&2
    echo "No screen found (DISPLAY). Run it on a desktop, or under xvfb-run; to check start-up only: ./run.sh --smoke" >&2
    exit 1
  fi
  export QT_QPA_PLATFORM=offscreen
fi
exec .venv/bin/python main.py "$@"
