"""Workspace commands: init, demo, backup, restore, check."""
from __future__ import annotations

import argparse

from cli.core import ConsoleProgress, Ctx, command
from models.i18n import pick


def _init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-encrypt", action="store_true",
                   help="leave the data unencrypted (not advised: anyone with the laptop can read it)")


@command("init", "start a new, empty branch workspace on purpose (also where a known one went missing); "
         "encrypted under a password unless --no-encrypt", kind="write", opens=False, arguments=_init_arguments)
def init(ctx: Ctx) -> int:
    from cli.core import ask_new_password, show_recovery_code
    from models.db import Workspace
    from models.errors import UserError
    from models.services.profile import ProfileService

    if vault_locked(ctx):
        raise UserError(pick(f"{ctx.data_dir} 已有支部数据，无需新建。", f"{ctx.data_dir} already holds a branch."))
    password = None if ctx.args.no_encrypt else ask_new_password()
    ws = Workspace.open(ctx.data_dir, create=True)
    try:
        if ProfileService(ws).get() is not None:
            raise UserError(pick(f"{ctx.data_dir} 已有支部数据，无需新建。", f"{ctx.data_dir} already holds a branch."))
        code = ""
        if password is not None:
            from models.encrypt import encrypt_workspace

            ws, code = encrypt_workspace(ws, password)
    finally:
        ws.close()
    print(pick(f"已新建空白的支部数据文件夹：{ctx.data_dir}。打开窗口填写支部基本情况即可开始。",
               f"A new, empty branch workspace: {ctx.data_dir}. Open the window and fill in the branch profile."))
    if code:
        show_recovery_code(code)
    return 0


def vault_locked(ctx: Ctx) -> bool:
    from models import vault
    from models.db import DB_NAME

    return vault.looks_encrypted(ctx.data_dir / DB_NAME)


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--members", type=int, default=35)
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=20261)
    p.add_argument("--unmarked", action="store_true",
                   help="do not mark it as a demo (its bundles are then received by a committee: for trying the "
                        "exchange end to end)")


@command("demo", "fill a new workspace with a demo branch", kind="write", arguments=_demo_arguments, opens=False)
def demo(ctx: Ctx) -> int:
    from exchange.demo import make_demo_workspace

    a = ctx.args
    if not (1 <= a.members <= 5000 and 0 <= a.years <= 50):
        ctx.parser.error("--members 1..5000, --years 0..50")
    if getattr(a, "data_dir", None) is None:  # never into the branch's own data: a folder of its own
        from models.paths import demo_dir

        folder = demo_dir()
        counts = make_demo_workspace(folder, a.members, a.years, a.seed, remember=False)
        print(pick(f"演示支部已建立：{counts['members']}名党员，在单独的文件夹 {folder}（您自己的支部数据没有改动）。"
                   f"打开它：./run.sh --data-dir \"{folder}\"，或在窗口里点“先看演示”。",
                   f"Demo branch ready: {counts['members']} members, in a folder of its own, {folder} (your branch's "
                   f"data is untouched). Open it: ./run.sh --data-dir \"{folder}\", or “Just look around” in the window."))
        return 0
    counts = make_demo_workspace(ctx.data_dir, a.members, a.years, a.seed, marked=not a.unmarked)
    print(pick(f"演示支部已建立：{counts['members']}名党员（其中预备党员{counts['probationary']}名），"
               f"{counts['left']}名已离开；数据文件夹 {ctx.data_dir}",
               f"Demo branch ready: {counts['members']} members ({counts['probationary']} probationary), "
               f"{counts['left']} left; data folder {ctx.data_dir}"))
    return 0


@command("backup", "back up the workspace now", kind="write")
def backup(ctx: Ctx) -> int:
    from exchange.backup import backup_now

    print(backup_now(ctx.ws))
    return 0


@command("restore", "restore the workspace from a backup file", kind="write", opens=False,
         arguments=lambda p: p.add_argument("file"))
def restore(ctx: Ctx) -> int:
    from pathlib import Path

    from exchange.backup import restore as restore_backup
    from models import vault
    from models.db import Workspace

    backup = Path(ctx.args.file)
    vault.bring_key_file(ctx.data_dir, backup)  # a backup brought on a stick, with its key file
    key = None
    if vault.is_encrypted(backup) or vault.looks_encrypted(ctx.data_dir / "branchdesk.sqlite3"):
        from cli.core import ask_secret

        key = vault.unlock(ctx.data_dir, ask_secret(pick("数据已加密。请输入密码（或恢复码）：",
                                                         "The data is encrypted. Password (or recovery code): ")))
    before = restore_backup(ctx.data_dir, None, backup, key)  # works even when the current data will not open
    Workspace.open(ctx.data_dir, key=key).close()  # migrate an older backup now
    print(pick(f"已恢复。恢复前的数据已另存为 {before}", f"Restored. The data as it was is kept as {before}"))
    return 0


@command("check", "check the database and attachments")
def check(ctx: Ctx) -> int:
    from exchange.backup import check as check_workspace

    report = check_workspace(ctx.ws, ConsoleProgress())
    print("\n".join(report.lines()))
    return 0 if report.ok else 1
