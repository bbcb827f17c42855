"""The backup files of a workspace (``backups/branchdesk-<YYYYmmdd-HHMMSS>-<reason>.sqlite3``): listing them and
telling a good one from a damaged one, without Qt and without the exchange package (the workspace needs it when
its database has gone missing)."""
from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.vault import DataKey

NAME = re.compile(r"^branchdesk-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    reason: str
    size: int


def list_backup_files(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    out = []
    for p in Path(folder).glob("branchdesk-*.sqlite3"):
        m = NAME.match(p.name)
        if m:
            try:
                size = p.stat().st_size
            except OSError:
                continue
            out.append(BackupInfo(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2), size))
    return sorted(out, key=lambda b: b.when, reverse=True)


def is_good_backup(path: Path, key: DataKey | None = None) -> bool:
    """A SQLite file (plain, or encrypted with ``key``) that passes ``PRAGMA quick_check`` and holds a schema
    revision. Without the key an encrypted backup counts as good when it is whole pages and its folder holds the key
    file that opens it (the data cannot be read before the password is given)."""
    from models import vault

    try:
        if vault.is_encrypted(path):
            if key is None:
                return vault.has_keys(path.parent.parent) or vault.has_keys(path.parent)
        with closing(vault.connect(path, key if vault.is_encrypted(path) else None, readonly=True)) as c:
            if c.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            return c.execute("SELECT version_num FROM alembic_version").fetchone() is not None
    except (OSError, vault.dbapi().Error):
        return False


def newest_good_backup(folder: Path, key: DataKey | None = None) -> Path | None:
    for b in list_backup_files(folder):
        if b.size > 0 and is_good_backup(b.path, key):
            return b.path
    return None
