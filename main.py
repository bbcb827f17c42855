"""Branch Desk (支部工作台) — start here.

Boot order: arguments → paths → logging → open the workspace (backup, migrate) → either run one
command-line command, or create the QApplication → translators → main window.
``main(argv, exec_=False)`` stops before the event loop (tests, ``--smoke``).

Exit codes: 0 success, 1 refused input (message on stderr, no traceback), 2 wrong usage.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any, NoReturn

from models import VERSION

log = logging.getLogger("branchdesk")


class Parser(argparse.ArgumentParser):
    """argparse in the interface's language: its help texts, usage and usage errors (models/cli_help.py); the
    subcommands' parsers are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any):
        from models.cli_help import Formatter, help_text, install

        install()
        kwargs.setdefault("formatter_class", Formatter)
        if kwargs.get("description"):
            kwargs["description"] = help_text(kwargs["description"])
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        from models.i18n import pick

        self.print_usage(sys.stderr)
        self.exit(2, pick(f"错误：{message}\n（用 --help 查看用法）\n", f"{self.prog}: error: {message}\n"))


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` only the options of the window (the commands' modules are not imported:
    opening the window does not pay for them)."""
    p = Parser(prog="branchdesk", description="Branch Desk 支部工作台")
    p.add_argument("--data-dir", help="workspace folder (default: the per-user data folder)")
    p.add_argument("--db", help="committee database URL (postgresql://user:pw@host/db) instead of --data-dir")
    p.add_argument("--committee", action="store_true", help="open the committee's receiving workspace")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    p.add_argument("--smoke", action="store_true", help="open the main window, paint once, exit 0")
    p.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"Branch Desk {VERSION}")
    if commands:
        from cli import add_commands

        add_commands(p)
    return p


def parse(argv: list[str] | None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The window's options alone when that is all there is; the whole command line (every command) otherwise."""
    words = sys.argv[1:] if argv is None else argv
    if not any(w in ("-h", "--help") for w in words):
        parser = build_parser(commands=False)
        args, rest = parser.parse_known_args(words)
        if not rest:
            args.command = None
            return parser, args
    parser = build_parser()
    return parser, parser.parse_args(words)


def main(argv: list[str] | None = None, exec_: bool = True) -> int:
    if os.name == "posix":
        os.umask(0o077)  # the workspace, backups, bundles and logs are the user's alone
    from models.config import UserSettings
    from models.i18n import set_language
    from models.paths import resolve_data_dir

    settings = UserSettings.load()
    early = argparse.ArgumentParser(add_help=False)  # the language first, so a usage error is in it already
    early.add_argument("--lang")  # (a wrong one is refused by the full parser, in the language chosen so far)
    set_language(early.parse_known_args(sys.argv[1:] if argv is None else argv)[0].lang or settings.language)
    parser, args = parse(argv)
    lang = args.lang or settings.language
    data_dir, _why = resolve_data_dir(args.data_dir, settings.data_dir)

    from models.logsetup import close_logging, setup_logging

    setup_logging(data_dir / "logs" if args.command or args.smoke or data_dir.exists() else None, args.verbose)
    if args.command:
        from cli import run_command

        try:
            return run_command(parser, args, data_dir)
        finally:
            close_logging()
    if args.committee or args.db:
        from ui.committee_window import run_committee_gui

        return run_committee_gui(data_dir, args.db, lang=lang, smoke=args.smoke, exec_=exec_ and not args.smoke)
    from ui.app import run_gui

    return run_gui(data_dir, lang=lang, smoke=args.smoke, exec_=exec_ and not args.smoke)


if __name__ == "__main__":
    sys.exit(main())
