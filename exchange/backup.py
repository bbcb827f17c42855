"""Backups, restore and the integrity check (docs/design.md §6).

- Copies use the SQLite backup API (``models.db.backup_database``), never a raw file copy.
- Automatic backups run when data changed since the last one; they are thinned to one a day for the last
  week, one a week for the last two months, one a month for the last year and one a year before that.
  Manual backups and those made before a migration or a restore are never thinned.
- Restoring first backs up the current database, checks the chosen file, then copies it in.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import faults, vault
from models.attachments import attachment_intact, sha256_file, stored_path
from models.backups import BackupInfo, is_good_backup, list_backup_files
from models.db import (
    DB_NAME,
    CopyCheckFailed,
    Workspace,
    backup_database,
    backup_name,
    database_size,
    head_revision,
)
from models.disk import (
    LOW_SPACE,
    disk_problem,
    fsync_dir,
    fsync_file,
    probe_writable,
    remove_with_journals,
    require_space,
)
from models.errors import NewerDatabaseError, UserError
from models.i18n import pick
from models.meta import Attachment
from models.progress import Progress, step

AUTO = "auto"
# however the thinning buckets fall, the newest this many intact automatic backups are always kept
KEEP_NEWEST = 10

__all__ = ["BackupInfo", "auto_backup", "backup_now", "backups_to_keep", "check", "inspect_backup", "list_backups",
           "restore"]


def list_backups(ws: Workspace) -> list[BackupInfo]:
    return list_backup_files(ws.backups_dir)


def backup_now(ws: Workspace, reason: str = "manual", when: datetime | None = None) -> Path:
    dest = ws.backups_dir / backup_name(reason, when)
    try:
        return backup_database(ws.db_path, dest, ws.key)
    except (OSError, vault.dbapi().Error) as exc:
        raise disk_problem(exc, dest.parent) or UserError(
            pick(f"备份失败：{exc}（{dest.parent}）", f"Backup failed: {exc} ({dest.parent})")) from exc


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """Thinning: the newest backup of each day for 7 days, of each ISO week for 8 weeks, of each month
    for 12 months, and of each year before that."""
    keep: set[datetime] = set()
    buckets: dict[tuple[str, object], datetime] = {}
    for t in sorted(times, reverse=True):
        age = now - t
        if age <= timedelta(days=7):
            key: tuple[str, object] = ("d", t.date())
        elif age <= timedelta(weeks=8):
            key = ("w", tuple(t.isocalendar())[:2])
        elif age <= timedelta(days=366):
            key = ("m", (t.year, t.month))
        else:
            key = ("y", t.year)
        if key not in buckets:
            buckets[key] = t
            keep.add(t)
    return keep


def auto_backup(ws: Workspace, now: datetime | None = None) -> Path | None:
    """Back up when data changed since the last automatic backup, then thin the automatic ones. The thinning never
    touches the newest ``KEEP_NEWEST`` intact backups, so a live file that went bad today (and was backed up as it
    is) can never push the last good copies out."""
    now = now or datetime.now()
    last_change = ws.meta("last_change")
    last_backup = ws.meta("last_auto_backup")
    if not last_change or (last_backup and last_backup >= last_change):
        return None
    path = backup_now(ws, AUTO, now)
    ws.set_meta("last_auto_backup", ws.meta("last_change") or "")
    autos = [b for b in list_backups(ws) if b.reason == AUTO]
    keep = backups_to_keep([b.when for b in autos], now)
    good = 0
    for b in autos:  # newest first
        if good < KEEP_NEWEST and is_good_backup(b.path, ws.key):
            good += 1
            continue
        if b.when not in keep:
            b.path.unlink(missing_ok=True)
    return path


def inspect_backup(path: Path, key: vault.DataKey | None = None) -> str:
    """Check a file can be restored: a SQLite database (plain, or encrypted with ``key``), intact, of this or an
    older schema. Returns its schema revision."""
    path = Path(path)
    if path.is_dir():
        raise UserError(pick(f"{path} 是一个文件夹，请选择其中的备份文件（branchdesk-….sqlite3）。",
                             f"{path} is a folder; choose a backup file in it (branchdesk-….sqlite3)."))
    if not path.exists():
        raise UserError(pick(f"找不到备份文件：{path}", f"Backup not found: {path}"))
    sq = vault.dbapi()
    try:
        encrypted = vault.is_encrypted(path)
        if encrypted and key is None:
            raise vault.LockedError(pick(f"{path.name} 已加密：需要这个支部的密码（或恢复码）才能恢复。",
                                         f"{path.name} is encrypted: this branch's password (or recovery code) is "
                                         "needed to restore it."))
        con = vault.connect(path, key if encrypted else None, readonly=True)
        try:
            try:
                ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            except sq.DatabaseError as exc:
                if encrypted:
                    raise UserError(pick(f"{path.name} 不是这个支部的备份（用另一把密钥加密），或不是支部工作台的备份文件。",
                                         f"{path.name} is not this branch's backup (encrypted with another key), or "
                                         "not a Branch Desk backup at all.")) from exc
                raise
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sq.DatabaseError as exc:
        if "not a database" in str(exc):
            raise UserError(pick(f"{path.name} 不是支部工作台的备份文件。", f"{path.name} is not a Branch Desk backup.")) from exc
        raise UserError(pick(f"{path.name} 已损坏，无法恢复：{exc}", f"{path.name} is damaged: {exc}")) from exc
    except FileNotFoundError as exc:
        raise UserError(pick(f"找不到备份文件：{path}", f"Backup not found: {path}")) from exc
    if ok != "ok":
        raise UserError(pick(f"{path.name} 已损坏，无法恢复：{ok}", f"{path.name} is damaged: {ok}"))
    if rev is None:
        raise UserError(pick(f"{path.name} 不是支部工作台的备份文件。", f"{path.name} is not a Branch Desk backup."))
    from alembic.script import ScriptDirectory

    from models.db import alembic_config

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(rev[0])
    except Exception as exc:
        raise NewerDatabaseError(pick(f"{path.name} 由更新版本的程序写入，请先升级程序。",
                                      f"{path.name} was written by a newer program; upgrade first.")) from exc
    return str(rev[0])


def restore(root: Path, ws: Workspace | None, backup: Path, key: vault.DataKey | None = None) -> Path:
    """Replace the workspace's database with a backup. Closes ``ws``; reopen the workspace after.

    In this order, so that a failure at any step leaves the live workspace exactly as it was: the backup is
    checked; free space is checked (the backup twice over, plus the live data); the live database is copied *with
    its WAL* into ``backups/…-before-restore`` and that copy verified (a damaged one is kept aside byte for byte,
    with its WAL); the backup is copied into ``branchdesk.sqlite3.restoring`` and verified; only then are the live
    WAL and shared-memory files removed and the verified copy renamed over the database. Returns the set-aside copy.

    ``key`` is the branch's data key (the workspace's, or None for a plain one): an encrypted backup is opened with
    it, and a plain backup (from before the branch was encrypted) is encrypted with it as it is copied in.
    """
    backup = Path(backup)
    if ws is not None and key is None:
        key = ws.key
    inspect_backup(backup, key)
    backup_key = key if vault.is_encrypted(backup) else None
    root = Path(root)
    db = root / DB_NAME
    if ws is not None:
        ws.close()
    backups = root / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    need = backup.stat().st_size * 2 + (database_size(db) if db.exists() else 0) + LOW_SPACE
    require_space(root, need)
    problem = probe_writable(root)
    if problem is not None:
        raise problem
    restoring = root / f"{DB_NAME}.restoring"
    before = backups / backup_name("before-restore")
    try:
        if db.exists() and db.stat().st_size > 0:
            try:
                backup_database(db, before, key if vault.is_encrypted(db) else None)
            except (vault.dbapi().DatabaseError, CopyCheckFailed):
                before = _keep_damaged(db, backups)
        else:
            before = backups
        remove_with_journals(restoring)
        backup_database(backup, restoring, backup_key, key)  # copied, checked and flushed beside the live file
        faults.point("restore-set-aside")
        # the live data is safe in `before`: now, and only now, touch the live files
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        faults.point("restore-swapping")
        os.replace(restoring, db)
        fsync_dir(root)
    except BaseException as exc:
        remove_with_journals(restoring)
        mapped = disk_problem(exc, root)
        if mapped is not None:
            raise mapped from exc
        raise
    return before


def _keep_damaged(db: Path, backups: Path) -> Path:
    """The live database cannot be copied through SQLite (damaged, often why one restores): keep its files aside
    byte for byte — the database with its WAL and shared memory — and check the copies."""
    folder = backups / f"branchdesk-{datetime.now():%Y%m%d-%H%M%S}-damaged"
    folder.mkdir(parents=True, exist_ok=True)
    for src in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if src.exists():
            dest = folder / src.name
            shutil.copyfile(src, dest)
            fsync_file(dest)
            if sha256_file(dest) != sha256_file(src):
                raise UserError(pick(f"无法完整保留当前的数据文件（{src.name}），当前数据没有改动。",
                                     f"Could not keep a faithful copy of {src.name}; the current data is unchanged."))
    fsync_dir(folder)
    return folder


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)  # rows changed, added or removed outside the program
    unreadable: list[str] = field(default_factory=list)  # stored values that cannot be read back
    attachments_checked: int = 0
    rows_checked: int = 0
    schema: str = ""

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.attachments or self.content or self.unreadable)

    def lines(self) -> list[str]:
        out = [pick(f"数据库结构版本：{self.schema}", f"Schema: {self.schema}")]

        def part(ok_zh: str, ok_en: str, bad_zh: str, bad_en: str, items: list[str]) -> None:
            out.append(pick(ok_zh, ok_en) if not items else pick(bad_zh, bad_en))
            out.extend(f"  {x}" for x in items)

        part("数据库完整性：正常", "Database integrity: ok", "数据库完整性问题：", "Database integrity problems:",
             self.integrity)
        part("外键关系：正常", "Foreign keys: ok", "外键关系问题：", "Foreign key problems:", self.foreign_keys)
        part(f"记录内容：已核对{self.rows_checked}条，未发现程序之外的改动", f"Records: {self.rows_checked} checked, none "
             "changed outside the program", "记录在程序之外被改动：", "Records changed outside the program:",
             self.content)
        part("数据可读：正常", "Stored values: all readable", "无法读取的数据：", "Values that cannot be read:",
             self.unreadable)
        out.append(pick(f"附件：已核对{self.attachments_checked}个", f"Attachments: {self.attachments_checked} checked")
                   + ("" if not self.attachments else pick("，有问题：", ", problems:")))
        out += [f"  {x}" for x in self.attachments]
        if not self.ok:
            out.append(pick("建议：从改动之前的备份恢复（“文件 → 备份与恢复”，或命令 restore），恢复前的数据会另存一份。",
                            "Advice: restore a backup from before the change (File → Backups, or the restore "
                            "command); the data as it is now is kept aside first."))
        return out


def check(ws: Workspace, progress: Progress | None = None) -> CheckReport:
    """``PRAGMA integrity_check`` + ``foreign_key_check`` + every row against its seal (content changed outside the
    program) + every stored value readable + every attachment's hash."""
    from models import seals

    r = CheckReport(schema=head_revision())
    with ws.engine.connect() as conn:
        res = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        r.integrity = [] if res == ["ok"] else res
        r.foreign_keys = [pick(f"表{t}第{rowid}行引用的{parent}不存在", f"{t} row {rowid} refers to a missing {parent}")
                          for t, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        if not r.integrity:
            found = seals.verify(conn)
            r.rows_checked = sum(1 for _ in conn.exec_driver_sql(f"SELECT 1 FROM {seals.SEAL_TABLE}"))
            words = {"changed": pick("内容在程序之外被改动", "content changed outside the program"),
                     "added": pick("在程序之外被添加", "added outside the program"),
                     "removed": pick("在程序之外被删除", "deleted outside the program")}
            r.content = [f"{describe_row(conn, f.table, f.rid)}：{words[f.kind]}" for f in found]
            r.unreadable = [pick(f"{describe_row(conn, b.table, b.rid)}：字段 {b.column} 的值 {b.value} 无法读取",
                                 f"{describe_row(conn, b.table, b.rid)}: field {b.column} holds {b.value}, which "
                                 "cannot be read") for b in seals.unreadable(conn)]
    with ws.session() as s:
        atts = [(a.sha256, a.extension, a.original_name) for a in s.scalars(select(Attachment))]
    for n, (sha, ext, name) in enumerate(atts):
        step(progress, n, len(atts), name)
        p = stored_path(ws, sha, ext)
        if not p.exists():
            r.attachments.append(pick(f"缺少附件 {name}（{sha[:12]}）", f"missing attachment {name} ({sha[:12]})"))
        elif not attachment_intact(ws, sha, ext):
            r.attachments.append(pick(f"附件已损坏 {name}（{sha[:12]}）", f"damaged attachment {name} ({sha[:12]})"))
        r.attachments_checked += 1
    return r


TITLE_COLUMNS = ("title", "name", "topic", "theme", "content", "problem", "letter_no", "category")
DATE_COLUMNS = ("held_on", "talked_on", "done_on", "issued_on", "paid_on", "handed_on", "join_date", "from_on",
                "year", "period", "month")


def describe_row(conn: Any, table: str, rid: int) -> str:
    """A row as a person finds it in the books: “三会一课 2026-05-13《…》（记录 1a2b3c4d）”; a detail row (an
    attendance, a motion) is named by its record."""
    from exchange.records import CHILD_OF
    from models.books import BOOK_OF_TABLE
    from models.books import label as book_label

    run = conn.exec_driver_sql
    label = f"{table} #{rid}"
    if table in CHILD_OF:
        parent, col = CHILD_OF[table]
        try:
            row = run(f'SELECT "{col}" FROM "{table}" WHERE rowid = ?', (rid,)).first()
        except Exception:
            row = None
        if row is not None and row[0] is not None:
            return pick(f"{describe_row(conn, parent, int(row[0]))}的明细（{table} #{rid}）",
                        f"a detail ({table} #{rid}) of {describe_row(conn, parent, int(row[0]))}")
        return label
    try:
        res = run(f'SELECT * FROM "{table}" WHERE rowid = ?', (rid,))
        row = res.first()
        keys = list(res.keys())
    except Exception:
        row, keys = None, []
    book = book_label(BOOK_OF_TABLE[table]) if table in BOOK_OF_TABLE else table
    if row is None:
        return pick(f"{book}（{table} #{rid}，已不存在）", f"{book} ({table} #{rid}, no longer there)")
    d = dict(zip(keys, row, strict=False))
    when = next((str(d[k])[:10] for k in DATE_COLUMNS if d.get(k) not in (None, "")), "")
    title = next((str(d[k])[:30] for k in TITLE_COLUMNS if d.get(k) not in (None, "")), "")
    short = str(d.get("uuid") or "")[:8]
    parts = " ".join(x for x in (when, f"《{title}》" if title else "") if x)
    ref = pick(f"（记录 {short}）", f" (record {short})") if short else f"（#{rid}）"
    return f"{book} {parts}{ref}".replace("  ", " ")
