"""The command registry: each command is a function taking a ``Ctx``, registered with ``@command``.

``kind`` says what the command needs before it runs, so the boot sequence opens it once for all:
``free`` (nothing: ``verify``), ``read`` (the branch workspace), ``write`` (the branch workspace under its lock;
``opens=False`` when the command itself decides how to open it: ``restore``, ``init``, ``demo``) and
``committee`` (the committee's store). Output goes through ``emit``: the same data as JSON (``--json``) or as
lines for a person.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from models.i18n import pick

if TYPE_CHECKING:
    from models.committee_store import CommitteeStore
    from models.db import Workspace
    from models.rules.periods import Period
    from models.vault import DataKey

Kind = Literal["free", "read", "write", "committee"]


@dataclass
class Ctx:
    parser: argparse.ArgumentParser
    args: argparse.Namespace
    data_dir: Path
    _ws: Workspace | None = None
    _store: CommitteeStore | None = None

    @property
    def ws(self) -> Workspace:
        assert self._ws is not None, "a branch command runs on an open workspace"
        return self._ws

    @property
    def store(self) -> CommitteeStore:
        assert self._store is not None, "a committee command runs on an open store"
        return self._store

    def unlock(self, db_name: str | None = None) -> DataKey | None:
        """The data key of the folder's database when it is encrypted (asked for once per command), else None."""
        from models import vault
        from models.db import DB_NAME

        db = self.data_dir / (db_name or DB_NAME)
        if not vault.looks_encrypted(db):
            return None
        secret = ask_secret(pick(f"{db.name} 已加密。请输入密码（或恢复码）：", f"{db.name} is encrypted. Password (or recovery code): "))
        try:
            return vault.unlock(self.data_dir, secret)
        except vault.WrongSecretError:
            import time

            time.sleep(1)  # a script guessing passwords gets one try a second at most, on top of Argon2id
            raise

    def period(self, text: str | None = None) -> Period | None:
        """``--period`` (or ``text``) as a Period; a wrong one is a usage error (exit 2)."""
        from models.rules.periods import parse_period

        text = self.args.period if text is None else text
        if text is None:
            return None
        try:
            return parse_period(text)
        except ValueError:
            self.parser.error(pick(f"--period {text}：应写作年份（2026）、季度（2026-Q1）或月份（2026-03），且是真有的月份",
                                   f"--period {text}: use YYYY, YYYY-Qn or YYYY-MM (a month that exists)"))

    def year(self) -> int:
        """The year of ``--period``, or this year."""
        from datetime import date

        p = self.period()
        return p.start.year if p else date.today().year


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[Ctx], int]
    kind: Kind | Callable[[argparse.Namespace], Kind]
    arguments: Callable[[argparse.ArgumentParser], object] | None
    opens: bool = True

    def kind_for(self, args: argparse.Namespace) -> Kind:
        return self.kind(args) if callable(self.kind) else self.kind


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, kind: Kind | Callable[[argparse.Namespace], Kind] = "read",
            arguments: Callable[[argparse.ArgumentParser], object] | None = None,
            opens: bool = True) -> Callable[[Callable[[Ctx], int]], Callable[[Ctx], int]]:
    def register(fn: Callable[[Ctx], int]) -> Callable[[Ctx], int]:
        COMMANDS[name] = Command(name, help, fn, kind, arguments, opens)
        return fn
    return register


def emit(ctx: Ctx, data: Any, lines: Iterable[str]) -> int:
    """``data`` as JSON with ``--json``, else ``lines`` — and when there are none, a sentence that says so (on
    stderr: stdout stays empty for scripts); always exit 0."""
    if getattr(ctx.args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        return 0
    printed = 0
    for line in lines:
        print(line)
        printed += 1
    if not printed:
        period = ctx.period() if getattr(ctx.args, "period", None) else None
        say(pick(f"{period.label_zh()}没有记录。" if period else "没有记录。",
                 f"No records for {period.text}." if period else "No records."))
    return 0


PASSWORD_ENV = "BRANCHDESK_PASSWORD"
NEW_PASSWORD_ENV = "BRANCHDESK_NEW_PASSWORD"


def ask_secret(prompt: str, env: str = PASSWORD_ENV) -> str:
    """A password for a command: from the environment variable ``env`` (for scripts), else asked on the terminal
    without echo. Never printed, never logged."""
    import os

    from models.errors import UserError

    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(pick(f"需要密码：请在终端里运行，或为脚本设置环境变量 {env}。",
                             f"A password is needed: run this in a terminal, or set {env} for a script."))
    import getpass

    return getpass.getpass(prompt)


def ask_new_password() -> str:
    """A new password: ``BRANCHDESK_NEW_PASSWORD``, else typed twice on the terminal."""
    import os

    from models.errors import UserError
    from models.vault import check_password

    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        check_password(given)
        return given
    first = ask_secret(pick("设置新密码（至少8个字符）：", "New password (8 characters or more): "), NEW_PASSWORD_ENV)
    check_password(first)
    if ask_secret(pick("再输入一次：", "Once more: "), NEW_PASSWORD_ENV) != first:
        raise UserError(pick("两次输入的密码不一样，没有改动。", "The two passwords differ; nothing was changed."))
    return first


def show_recovery_code(code: str) -> None:
    """The recovery code, once, with what to do with it (stdout: it is the command's result)."""
    print(pick("恢复码（只显示这一次；请抄下或打印，放在支部的保险柜里。忘记密码时用它打开数据）：",
               "Recovery code (shown only this once; write it down or print it and keep it in the branch's safe — it "
               "opens the data when the password is forgotten):"))
    print(f"    {code}")


def say(text: str) -> None:
    """A message for the person (stderr, so stdout stays the result)."""
    print(text, file=sys.stderr)


class ConsoleProgress:
    """Progress on a terminal: a percentage on stderr, only when stderr is a terminal."""
    cancelled = False

    def __init__(self) -> None:
        self._last = -1

    def update(self, done: int, total: int, label: str = "") -> None:
        if total and sys.stderr.isatty():
            pct = done * 100 // total
            if pct != self._last:
                self._last = pct
                print(f"\r{pct:3d}% {label}", end="", file=sys.stderr, flush=True)
