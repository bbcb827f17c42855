"""The command line: ``branchdesk COMMAND …`` (README lists the commands). Each area registers its commands in
its own module (cli/core.py explains the registry); ``run_command`` opens what a command needs, runs it and turns
a refused input into a message and exit code 1 — never a traceback.
"""
from __future__ import annotations

import argparse
import logging
from contextlib import nullcontext
from pathlib import Path

from cli import books, exchange, security, status, workspace  # noqa: F401  (each registers its commands)
from cli.core import COMMANDS, Ctx, say

log = logging.getLogger("branchdesk")


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for c in COMMANDS.values():
        p = sub.add_parser(c.name, help=c.help)
        if c.arguments:
            c.arguments(p)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace, data_dir: Path) -> int:
    from models.errors import UserError
    from models.i18n import pick

    try:
        try:
            return _dispatch(Ctx(parser, args, data_dir))
        except (UserError, BrokenPipeError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            damaged = _explain_damage(data_dir, exc)
            if damaged is None:
                raise
            raise damaged from exc
    except UserError as exc:
        say(pick("错误：", "Error: ") + str(exc))
        return 1
    except BrokenPipeError:  # output piped into `head`
        return 0
    except KeyboardInterrupt:
        say(pick("已中断。", "Interrupted."))
        return 1


def _dispatch(ctx: Ctx) -> int:
    from models.db import Workspace, clean_stale
    from models.lock import WorkspaceLock

    cmd = COMMANDS[ctx.args.command]
    kind = cmd.kind_for(ctx.args)
    if kind == "free":
        return cmd.run(ctx)
    _refuse_the_wrong_folder(ctx, kind, cmd.opens)
    if kind == "committee":
        from models.committee_store import COMMITTEE_DB, CommitteeStore

        # two receives at once take turns (a store on a server serialises in the database itself)
        db = ctx.args.db
        with WorkspaceLock(ctx.data_dir, "receive", wait=600) if not db else nullcontext():
            ctx._store = CommitteeStore.open(ctx.data_dir, db, None if db else ctx.unlock(COMMITTEE_DB))
            try:
                return cmd.run(ctx)
            finally:
                ctx.store.close()
    # a command that writes the branch workspace takes its lock (one writer at a time: the window or a command)
    with WorkspaceLock(ctx.data_dir, "command") if kind == "write" else nullcontext():
        if kind == "write":
            clean_stale(ctx.data_dir)
        if not cmd.opens:
            return cmd.run(ctx)
        ctx._ws = Workspace.open(ctx.data_dir, key=ctx.unlock())
        try:
            return cmd.run(ctx)
        finally:
            ctx.ws.close()


def _explain_damage(data_dir: Path, exc: BaseException) -> Exception | None:
    """A command failed on something that is not a person's error: if the workspace holds values the program cannot
    read (changed or damaged outside it), say which record, instead of a traceback."""
    from sqlalchemy.exc import DBAPIError

    from models.db import DB_NAME
    from models.errors import DamagedDataError
    from models.i18n import pick

    if isinstance(exc, DBAPIError):  # SQLite itself failed half-way through a command
        from models.disk import disk_problem

        return disk_problem(exc, data_dir) or DamagedDataError(pick(
            f"数据库文件 {data_dir / DB_NAME} 已损坏（{exc.orig}）。请运行 check 查看，并从备份恢复（restore）；"
            f"备份在 {data_dir / 'backups'}。",
            f"The database {data_dir / DB_NAME} is damaged ({exc.orig}). Run check, and restore a backup (restore); "
            f"backups are in {data_dir / 'backups'}."))
    if not isinstance(exc, (ValueError, TypeError, ArithmeticError, KeyError)) or not (data_dir / DB_NAME).exists():
        return None
    try:
        from exchange.backup import describe_row
        from models import seals, vault
        from models.db import make_engine

        if vault.looks_encrypted(data_dir / DB_NAME):
            return None  # no second password prompt for a scan: the original error stands
        engine = make_engine(data_dir / DB_NAME)
        try:
            with engine.connect() as conn:
                bad = seals.unreadable(conn)
                named = [f"{describe_row(conn, b.table, b.rid)}：{b.column} = {b.value}" for b in bad[:10]]
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001  (the scan itself failed: report the original error)
        log.exception("damage scan failed")
        return None
    if not bad:
        return None
    log.error("unreadable values in the workspace: %s", named)
    return DamagedDataError(pick(
        "数据库中有程序无法读取的值（文件可能在程序之外被改动或已损坏）：\n  " + "\n  ".join(named)
        + "\n请运行 check 查看全部问题，并从改动之前的备份恢复（restore）。",
        "The workspace holds values the program cannot read (changed outside the program, or damaged):\n  "
        + "\n  ".join(named) + "\nRun check to see every problem, and restore a backup from before (restore)."))


def _refuse_the_wrong_folder(ctx: Ctx, kind: str, opens: bool) -> None:
    """A mistyped ``--data-dir`` made an empty branch and reported its duties as overdue (exit 0), and ``receive``
    run in a branch's folder made a committee store beside the branch's data. Only ``init`` and ``demo`` make a
    branch and only the committee's commands make its store; the others refuse a folder that is not theirs."""
    from models.committee_store import COMMITTEE_DB
    from models.db import DB_NAME, held_a_workspace
    from models.errors import UserError
    from models.i18n import pick

    folder = ctx.data_dir
    branch, committee = (folder / DB_NAME).exists(), (folder / COMMITTEE_DB).exists()
    if kind == "committee":
        if branch and not committee and not ctx.args.db:
            raise UserError(pick(
                f"{folder} 是支部的数据文件夹，不是上级党委的接收工作区。请用 --data-dir 指定接收工作区的文件夹"
                "（第一次接收时给一个新的空文件夹）。",
                f"{folder} holds a branch's data, not a committee's receiving workspace. Give the committee's folder "
                "with --data-dir (a new, empty folder the first time)."))
        return
    if committee and not branch:
        raise UserError(pick(
            f"{folder} 是上级党委的接收工作区，不是支部的数据文件夹。支部的命令请用 --data-dir 指定支部的数据文件夹。",
            f"{folder} is a committee's receiving workspace, not a branch's data. Give the branch's folder with "
            "--data-dir."))
    if opens and not branch and not held_a_workspace(folder):  # (a branch that vanished gets its own message)
        raise UserError(pick(
            f"{folder} 里没有支部数据。请检查 --data-dir 是否写错；新建支部请用 init（或用 demo 建一个演示支部），"
            "或打开程序窗口按提示新建。",
            f"There is no branch data in {folder}. Check --data-dir for a typo; to start a branch use init (or demo "
            "for a demonstration branch), or open the window and follow the set-up."))
