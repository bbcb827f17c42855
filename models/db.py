"""The workspace: one folder, one SQLite database, one engine (DESIGN.md sections 2 and 6).

Opening a workspace: make its folders, refuse a database written by a newer program, copy the
database (SQLite backup API) before any migration, migrate with Alembic, then hand out one
``Session`` per unit of work. SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on.
"""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.base import utcnow
from models.errors import NewerDatabaseError, UserError
from models.i18n import pick
from models.meta import MetaEntry

log = logging.getLogger(__name__)

DB_NAME = "branchdesk.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening a database already at this revision skips importing Alembic (a quarter of a
# second at start-up); tests/test_storage.py checks this equals Alembic's head.
SCHEMA_HEAD = "0007"


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def backup_database(src: Path, dest: Path) -> Path:
    """Copy a live SQLite database with the backup API (never a raw file copy), then verify the copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(src)) as s, closing(sqlite3.connect(partial)) as d:
        s.backup(d)
    with closing(sqlite3.connect(partial)) as d:
        ok = d.execute("PRAGMA integrity_check").fetchone()[0]
        d.execute("PRAGMA journal_mode=DELETE")
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise UserError(pick(f"备份校验失败：{ok}", f"Backup failed its integrity check: {ok}"))
    partial.replace(dest)
    return dest


def backup_name(reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"branchdesk-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"


def _record_change(session: Session, _flush_context: object) -> None:
    """Remember when data last changed, so automatic backups run only when there is something new."""
    if not (session.new or session.dirty or session.deleted):
        return
    if any(isinstance(o, MetaEntry) for o in (*session.new, *session.dirty)):
        return
    stamp = utcnow().isoformat(timespec="seconds")
    conn = session.connection()
    res = conn.execute(update(MetaEntry).where(MetaEntry.key == "last_change").values(value=stamp))
    if res.rowcount == 0:
        conn.execute(insert(MetaEntry).values(key="last_change", value=stamp))


class Workspace:
    """An open workspace folder: ``branchdesk.sqlite3``, ``backups/``, ``attachments/``, ``logs/``."""

    def __init__(self, root: Path, engine: Engine):
        self.root = root
        self.engine = engine

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @classmethod
    def open(cls, root: Path) -> Workspace:
        root = Path(root)
        try:
            root.mkdir(parents=True, exist_ok=True)
            for sub in ("backups", "attachments", "logs"):
                (root / sub).mkdir(exist_ok=True)
        except OSError as exc:
            raise UserError(
                pick(f"无法创建数据文件夹 {root}：{exc.strerror}", f"Cannot create the data folder {root}: {exc.strerror}")
            ) from exc
        db_path = root / DB_NAME
        _check_is_sqlite(db_path)
        engine = make_engine(db_path)
        try:
            _migrate(engine, db_path, root / "backups")
        except DBAPIError as exc:
            engine.dispose()
            raise UserError(pick(
                f"数据库文件 {db_path} 已损坏，无法打开（{exc.orig}）。请从备份恢复："
                f"“文件 → 备份与恢复”，或命令 restore，备份在 {root / 'backups'}。",
                f"The database {db_path} is damaged and cannot be opened ({exc.orig}). Restore a backup "
                f"(File → Backups, or the restore command); backups are in {root / 'backups'}.")) from exc
        except Exception:
            engine.dispose()
            raise
        return cls(root, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error."""
        with Session(self.engine, expire_on_commit=False) as s:
            event.listen(s, "after_flush", _record_change)
            with s.begin():
                yield s

    def meta(self, key: str) -> str | None:
        with self.session() as s:
            return s.scalar(select(MetaEntry.value).where(MetaEntry.key == key))

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(MetaEntry(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()


def _check_is_sqlite(db_path: Path) -> None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with db_path.open("rb") as f:
        head = f.read(16)
    if head != b"SQLite format 3\x00":
        raise UserError(
            pick(f"{db_path} 不是支部工作台的数据库文件（文件已损坏或不是数据库）。",
                 f"{db_path} is not a Branch Desk database (damaged, or not a database at all).")
        )


def _migrate(engine: Engine, db_path: Path, backups: Path) -> None:
    with engine.connect() as conn:
        has_version = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'").scalar()
        if has_version and conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD:
            return  # the usual case: nothing to migrate, no need for Alembic
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar())
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise NewerDatabaseError(
                pick(
                    f"这个数据库由更新版本的支部工作台写入（结构版本 {current}），本程序无法打开。请安装最新版本。数据未作任何改动。",
                    f"This database was written by a newer Branch Desk (schema {current}); this program cannot open it. "
                    "Please install the newest version. Nothing was changed.",
                )
            ) from exc
    elif has_tables:
        raise UserError(pick(f"{db_path} 不是支部工作台的数据库。", f"{db_path} is not a Branch Desk database."))
    if current is not None:
        dest = backups / backup_name(f"before-migrate-{current}")
        backup_database(db_path, dest)
        log.info("backed up before migrating %s -> %s: %s", current, head, dest.name)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
