"""Where data lives. One place decides it, in this order:

1. ``--data-dir DIR`` on the command line;
2. the ``BRANCHDESK_DATA_DIR`` environment variable;
3. portable mode: a folder ``BranchDeskData`` beside the program (for running from a stick);
4. the data folder chosen in the settings;
5. the per-user data folder (platformdirs), e.g. ``%LOCALAPPDATA%\\BranchDesk`` on Windows.

User settings (language, fonts, chosen data folder) live in the per-user config folder, or
``BRANCHDESK_CONFIG_DIR`` when set (tests set it).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "BranchDesk"
PORTABLE_DIR_NAME = "BranchDeskData"


def program_dir() -> Path:
    """The folder of the program: the executable's when frozen, else the source tree's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def config_dir() -> Path:
    env = os.environ.get("BRANCHDESK_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def demo_dir() -> Path:
    """Where “先看演示” keeps the demo branch: a folder of its own beside (never inside) the real data, so a look at
    the demo never touches the branch's data (``BRANCHDESK_DEMO_DIR`` overrides it)."""
    env = os.environ.get("BRANCHDESK_DEMO_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(f"{APP_NAME}-demo", appauthor=False))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | None, configured: str | None = None) -> tuple[Path, str]:
    """The workspace folder and why it was chosen (``cli``, ``env``, ``portable``, ``settings``, ``default``)."""
    if cli_value:
        return Path(cli_value).expanduser().resolve(), "cli"
    env = os.environ.get("BRANCHDESK_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve(), "env"
    portable = program_dir() / PORTABLE_DIR_NAME
    if portable.is_dir():
        return portable, "portable"
    if configured:
        return Path(configured).expanduser().resolve(), "settings"
    return default_data_dir(), "default"
