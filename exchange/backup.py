"""Backups, restore and the integrity check (DESIGN.md section 6).

- Copies use the SQLite backup API (``models.db.backup_database``), never a raw file copy.
- Automatic backups run when data changed since the last one; they are thinned to one a day for the last
  week, one a week for the last two months, one a month for the last year and one a year before that.
  Manual backups and those made before a migration or a restore are never thinned.
- Restoring first backs up the current database, checks the chosen file, then copies it in.
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from models.attachments import sha256_file, stored_path
from models.db import DB_NAME, Workspace, backup_database, backup_name, head_revision
from models.errors import NewerDatabaseError, UserError
from models.i18n import pick
from models.meta import Attachment
from models.progress import Progress, step

_NAME = re.compile(r"^branchdesk-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite3$")
AUTO = "auto"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    reason: str
    size: int


def list_backups(ws: Workspace) -> list[BackupInfo]:
    out = []
    for p in ws.backups_dir.glob("branchdesk-*.sqlite3"):
        m = _NAME.match(p.name)
        if m:
            out.append(BackupInfo(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2), p.stat().st_size))
    return sorted(out, key=lambda b: b.when, reverse=True)


def backup_now(ws: Workspace, reason: str = "manual", when: datetime | None = None) -> Path:
    dest = ws.backups_dir / backup_name(reason, when)
    try:
        return backup_database(ws.db_path, dest)
    except OSError as exc:
        raise UserError(pick(f"备份失败：{exc.strerror}（{dest.parent}）", f"Backup failed: {exc.strerror} ({dest.parent})")) from exc


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
    """Back up when data changed since the last automatic backup, then thin the automatic ones."""
    now = now or datetime.now()
    last_change = ws.meta("last_change")
    last_backup = ws.meta("last_auto_backup")
    if not last_change or (last_backup and last_backup >= last_change):
        return None
    path = backup_now(ws, AUTO, now)
    ws.set_meta("last_auto_backup", ws.meta("last_change") or "")
    autos = [b for b in list_backups(ws) if b.reason == AUTO]
    keep = backups_to_keep([b.when for b in autos], now)
    for b in autos:
        if b.when not in keep:
            b.path.unlink(missing_ok=True)
    return path


def inspect_backup(path: Path) -> str:
    """Check a file can be restored: a SQLite database, intact, of this or an older schema. Returns its schema revision."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise UserError(pick(f"{path.name} 不是支部工作台的备份文件。", f"{path.name} is not a Branch Desk backup."))
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
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


def restore(root: Path, ws: Workspace | None, backup: Path) -> Path:
    """Replace the workspace's database with a backup. Closes ``ws``; reopen the workspace after.
    Returns the backup of the database as it was before the restore."""
    inspect_backup(backup)
    db = Path(root) / DB_NAME
    if ws is not None:
        ws.close()
    before = Path(root) / "backups" / backup_name("before-restore")
    if db.exists():
        try:
            backup_database(db, before)
        except (sqlite3.DatabaseError, UserError):
            # the current database is damaged (often why one restores): keep it aside as it is
            before = before.with_name(before.name.replace("before-restore", "damaged"))
            before.parent.mkdir(parents=True, exist_ok=True)
            db.replace(before)
            for suffix in ("-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(db)) as dst:
        src.backup(dst)
    return before


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    attachments_checked: int = 0
    schema: str = ""

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.attachments)

    def lines(self) -> list[str]:
        out = [pick(f"数据库结构版本：{self.schema}", f"Schema: {self.schema}")]
        out.append(pick("数据库完整性：正常", "Database integrity: ok") if not self.integrity
                   else pick("数据库完整性问题：", "Database integrity problems:"))
        out += [f"  {x}" for x in self.integrity]
        out.append(pick("外键关系：正常", "Foreign keys: ok") if not self.foreign_keys
                   else pick("外键关系问题：", "Foreign key problems:"))
        out += [f"  {x}" for x in self.foreign_keys]
        out.append(pick(f"附件：已核对{self.attachments_checked}个", f"Attachments: {self.attachments_checked} checked")
                   + ("" if not self.attachments else pick("，有问题：", ", problems:")))
        out += [f"  {x}" for x in self.attachments]
        return out


def check(ws: Workspace, progress: Progress | None = None) -> CheckReport:
    """``PRAGMA integrity_check`` + ``foreign_key_check`` + every attachment's hash."""
    r = CheckReport(schema=head_revision())
    with ws.engine.connect() as conn:
        res = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        r.integrity = [] if res == ["ok"] else res
        r.foreign_keys = [pick(f"表{t}第{rowid}行引用的{parent}不存在", f"{t} row {rowid} refers to a missing {parent}")
                          for t, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    with ws.session() as s:
        atts = [(a.sha256, a.extension, a.original_name) for a in s.scalars(select(Attachment))]
    for n, (sha, ext, name) in enumerate(atts):
        step(progress, n, len(atts), name)
        p = stored_path(ws, sha, ext)
        if not p.exists():
            r.attachments.append(pick(f"缺少附件 {name}（{sha[:12]}）", f"missing attachment {name} ({sha[:12]})"))
        elif sha256_file(p) != sha:
            r.attachments.append(pick(f"附件已损坏 {name}（{sha[:12]}）", f"damaged attachment {name} ({sha[:12]})"))
        r.attachments_checked += 1
    return r
