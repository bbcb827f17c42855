"""Turning a plain workspace into an encrypted one, on the user's request, without a moment where data could be lost.

In this order (each step leaves something that opens):

1. a verified plain backup of the database as it is (``backups/…-before-encrypt``), kept until the end;
2. the key file: a new data key wrapped under the password and a new recovery code, flushed to disk (with its copy
   beside the backups) — a workspace with a key file and a plain database still opens as plain;
3. the database copied into ``branchdesk.sqlite3.encrypting`` with ``sqlcipher_export``, checked (integrity, the
   same rows in every table), flushed, and renamed over the plain file in one step;
4. every stored attachment sealed (AES-256-GCM) in place, one file at a time, each checked before it replaces the
   clear one;
5. every plain backup (the one of step 1 too) copied into an encrypted one and checked before the plain one goes.

Run again on an encrypted workspace (a program stopped half-way), it finishes steps 4 and 5.
"""
from __future__ import annotations

import logging
import os
from contextlib import closing
from pathlib import Path

from models import faults, vault
from models.db import Workspace, backup_database, backup_name, database_size
from models.disk import LOW_SPACE, fsync_dir, fsync_file, remove_with_journals, require_space
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress, step

log = logging.getLogger(__name__)


def table_counts(path: Path, key: vault.DataKey | None) -> dict[str, int]:
    with closing(vault.connect(path, key, readonly=True)) as c:
        names = [r[0] for r in c.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        return {n: c.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _encrypted_copy(src: Path, dest: Path, key: vault.DataKey) -> None:
    """``src`` (plain) copied into ``dest`` encrypted, checked and flushed; ``dest`` is never left half-made."""
    remove_with_journals(dest)
    try:
        vault.copy_database(src, None, dest, key)
        with closing(vault.connect(dest, key)) as c:
            ok = c.execute("PRAGMA integrity_check").fetchone()[0]
            c.execute("PRAGMA journal_mode=DELETE")
        if ok != "ok" or table_counts(dest, key) != table_counts(src, None):
            raise UserError(pick(f"加密后的副本与原数据不一致（{src.name}），原数据没有改动。",
                                 f"The encrypted copy of {src.name} does not match it; nothing was changed."))
        fsync_file(dest)
    except BaseException:
        remove_with_journals(dest)
        raise


def encrypt_database(db: Path, password: str, progress: Progress | None = None) -> tuple[vault.DataKey, str]:
    """Steps 1–3 and 5 for one plain database file (a workspace's or a committee's) in its folder. Returns the data
    key and the new recovery code; where the folder already has a key file (the other database of a shared folder,
    or a run stopped after step 2) its key is reused — ``password`` must then open it — and the code is empty."""
    root = db.parent
    if vault.has_keys(root):
        key, code = vault.unlock(root, password), ""
    else:
        vault.check_password(password)
        key, code = None, ""
    require_space(root, 2 * database_size(db) + LOW_SPACE)
    before = backup_database(db, root / "backups" / backup_name(f"before-encrypt-{db.stem}"), None)
    if key is None:
        key, code = vault.create_keys(root, password)
    faults.point("encrypt-keys-written")
    work = db.with_name(f"{db.name}.encrypting")
    _encrypted_copy(db, work, key)
    faults.point("encrypt-copied")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.replace(work, db)
    fsync_dir(root)
    log.info("%s is encrypted now (its plain backup %s is encrypted next)", db.name, before.name)
    encrypt_backups(root / "backups", key, progress)
    return key, code


def encrypt_workspace(ws: Workspace, secret: str, progress: Progress | None = None) -> tuple[Workspace, str]:
    """Encrypt ``ws`` (closed on return) under a new password; returns the reopened workspace and the new recovery
    code (show it once, to be printed). On an already encrypted workspace ``secret`` is its password or recovery
    code and what an interrupted run left plain is finished; the code returned is then empty."""
    root, db = ws.root, ws.db_path
    if ws.key is None:
        ws.close()
        key, code = encrypt_database(db, secret, progress)  # the backups too
    else:
        key, code = vault.confirm(root, secret, ws.key), ""
        ws.close()
        encrypt_backups(root / "backups", key, progress)  # what an interrupted run left plain
    opened = Workspace.open(root, key=key)
    seal_attachments(opened, progress)
    for kept in sorted((root / "bundles").glob("*.zip")):  # the copies of bundles sent before
        vault.seal_file(key, kept)
    return opened, code


def seal_attachments(ws: Workspace, progress: Progress | None = None) -> int:
    """Seal every attachment still stored in clear; returns how many."""
    assert ws.key is not None
    files = [p for p in ws.attachments_dir.rglob("*") if p.is_file() and not p.name.endswith(".partial")]
    done = 0
    for n, p in enumerate(files):
        step(progress, n, len(files), p.name)
        data = p.read_bytes()
        if data.startswith(vault.ATTACHMENT_MAGIC):
            continue
        sha = p.name.split(".", 1)[0]
        sealed = vault.seal_bytes(ws.key, data, sha)
        partial = p.with_name(p.name + ".partial")
        partial.write_bytes(sealed)
        if vault.open_bytes(ws.key, partial.read_bytes(), sha) != data:
            partial.unlink(missing_ok=True)
            raise UserError(pick(f"附件 {p.name} 加密后核对不符，原文件没有改动。", f"Sealing {p.name} failed its check."))
        os.replace(partial, p)
        done += 1
    return done


def encrypt_backups(folder: Path, key: vault.DataKey, progress: Progress | None = None) -> int:
    """Every plain backup in ``folder`` replaced by an encrypted, checked copy; returns how many."""
    from models.backups import list_backup_files

    plain = [b.path for b in list_backup_files(folder) if b.size > 0 and not vault.is_encrypted(b.path)]
    for n, p in enumerate(plain):
        step(progress, n, len(plain), p.name)
        work = p.with_name(p.name + ".partial")
        _encrypted_copy(p, work, key)
        faults.point("encrypt-backup")
        os.replace(work, p)
    if plain:
        fsync_dir(folder)
    return len(plain)
