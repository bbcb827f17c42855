"""Encryption at rest from the command line: encrypt a plain workspace, change the password, renew the recovery code.

Passwords come from the terminal (typed without echo) or, for scripts, from ``BRANCHDESK_PASSWORD`` (the current
one) and ``BRANCHDESK_NEW_PASSWORD`` (a new one).
"""
from __future__ import annotations

import argparse

from cli.core import ConsoleProgress, Ctx, ask_new_password, ask_secret, command, say, show_recovery_code
from models.i18n import pick


def _committee_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--committee", dest="committee_store", action="store_true",
                   help="the committee's receiving store (committee.sqlite3) instead of the branch's workspace")


def _store_name(ctx: Ctx) -> str:
    from models.committee_store import COMMITTEE_DB
    from models.db import DB_NAME

    return COMMITTEE_DB if getattr(ctx.args, "committee_store", False) else DB_NAME


@command("encrypt", "encrypt this workspace (its data, attachments and backups) under a password; prints the "
         "recovery code", kind="write", opens=False, arguments=_committee_flag)
def encrypt(ctx: Ctx) -> int:
    from models import vault
    from models.db import Workspace

    if getattr(ctx.args, "committee_store", False):
        return _encrypt_committee(ctx)
    key = ctx.unlock()
    ws = Workspace.open(ctx.data_dir, key=key)
    if ws.key is not None:
        secret = ask_secret(pick("数据已加密；输入密码以补完未加密的备份和附件：",
                                 "Already encrypted; the password, to finish backups and attachments left plain: "))
    else:
        secret = ask_new_password()
    from models.encrypt import encrypt_workspace

    try:
        opened, code = encrypt_workspace(ws, secret, ConsoleProgress())
    except BaseException:
        ws.close()
        raise
    opened.close()
    say(pick(f"支部数据已加密：{ctx.data_dir}。密钥文件 {vault.KEYS_NAME}（在数据文件夹和 backups 里各一份）不可删除。",
             f"The branch data is encrypted: {ctx.data_dir}. Keep the key file {vault.KEYS_NAME} (in the data folder "
             "and in backups/); without it the data cannot be opened."))
    if code:
        show_recovery_code(code)
    return 0


def _encrypt_committee(ctx: Ctx) -> int:
    from models import vault
    from models.committee_store import COMMITTEE_DB, CommitteeStore
    from models.encrypt import encrypt_database

    db = ctx.data_dir / COMMITTEE_DB
    if vault.looks_encrypted(db):
        say(pick(f"{db} 已经加密。", f"{db} is already encrypted."))
        return 0
    CommitteeStore.open(ctx.data_dir).close()  # made (or migrated) first: there is something to encrypt
    _key, code = encrypt_database(db, ask_new_password(), ConsoleProgress())
    say(pick(f"上级党委的数据已加密：{db}。", f"The committee's data is encrypted: {db}."))
    if code:
        show_recovery_code(code)
    return 0


@command("password", "change the password that opens the encrypted data (the data is not re-encrypted)",
         kind="write", opens=False, arguments=_committee_flag)
def password(ctx: Ctx) -> int:
    from models import vault
    from models.errors import UserError

    if not vault.looks_encrypted(ctx.data_dir / _store_name(ctx)):
        raise UserError(pick("数据没有加密，没有密码可改；要加密请运行 encrypt。",
                             "The data is not encrypted, so there is no password to change; run encrypt."))
    key = ctx.unlock(_store_name(ctx))
    assert key is not None
    vault.change_password(ctx.data_dir, key, ask_new_password())
    say(pick("密码已更改。恢复码不变。", "The password is changed. The recovery code stays the same."))
    return 0


@command("recovery-code", "print a new recovery code (the old one stops working)", kind="write", opens=False,
         arguments=_committee_flag)
def recovery_code(ctx: Ctx) -> int:
    from models import vault
    from models.errors import UserError

    if not vault.looks_encrypted(ctx.data_dir / _store_name(ctx)):
        raise UserError(pick("数据没有加密，没有恢复码。", "The data is not encrypted; there is no recovery code."))
    key = ctx.unlock(_store_name(ctx))
    assert key is not None
    show_recovery_code(vault.renew_recovery_code(ctx.data_dir, key))
    return 0
