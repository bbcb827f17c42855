"""The workspace: one folder, one SQLite database, one engine (docs/design.md §2 and §6).

Opening a workspace: make its folders, refuse a database written by a newer program, copy the
database (SQLite backup API) before any migration, migrate with Alembic, then hand out one
``Session`` per unit of work. SQLite runs in WAL mode with ``synchronous=FULL`` and foreign keys on.
"""
from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models import faults, vault
from models.base import utcnow
from models.disk import LOW_SPACE, disk_problem, fsync_dir, fsync_file, remove_with_journals, require_space
from models.errors import NewerDatabaseError, UserError, WorkspaceMissingError
from models.i18n import pick
from models.meta import MetaEntry
from models.seals import reseal_all, seal_flush
from models.vault import DataKey

log = logging.getLogger(__name__)

DB_NAME = "branchdesk.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening a database already at this revision skips importing Alembic (a quarter of a
# second at start-up); tests/test_storage.py checks this equals Alembic's head.
SCHEMA_HEAD = "0010"


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


def _set_pragmas(dbapi_conn: Any, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA temp_store=MEMORY")  # sorts and temporary tables never reach the disk in clear
    cur.close()


def make_engine(db_path: Path, key: DataKey | None = None) -> Engine:
    """The engine of a workspace (or committee) database, every connection opened with ``key`` first (SQLCipher;
    None for a plain file)."""
    engine = create_engine(f"sqlite:///{db_path}", future=True, module=vault.dbapi(),
                           creator=lambda: vault.connect(db_path, key))
    event.listen(engine, "connect", _set_pragmas)
    return engine


class CopyCheckFailed(UserError):
    """A copy of the database failed ``PRAGMA integrity_check``: the source is damaged."""


def database_size(db: Path) -> int:
    """Bytes of the database with its write-ahead log (what a copy of it needs at most)."""
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


def backup_database(src: Path, dest: Path, key: DataKey | None = None, dest_key: DataKey | None | bool = True) -> Path:
    """Copy a live SQLite database *with its WAL* through the backup API (never a raw file copy) into
    ``dest.partial``, verify the copy (``PRAGMA integrity_check``), flush it to disk, then rename it. Free space is
    checked first; on any failure no ``.partial`` is left and ``dest`` does not exist. ``key`` opens the source;
    the copy is made with the same key unless ``dest_key`` names another (None: a plain copy)."""
    target = key if dest_key is True else dest_key
    assert target is None or isinstance(target, DataKey)
    dest.parent.mkdir(parents=True, exist_ok=True)
    require_space(dest.parent, database_size(src) + LOW_SPACE)
    partial = dest.with_name(dest.name + ".partial")
    try:
        remove_with_journals(partial)
        vault.copy_database(src, key, partial, target)
        faults.point("backup-copied")
        with closing(vault.connect(partial, target)) as d:
            ok = d.execute("PRAGMA integrity_check").fetchone()[0]
            d.execute("PRAGMA journal_mode=DELETE")
        if ok != "ok":
            raise CopyCheckFailed(pick(f"备份校验失败：{ok}", f"Backup failed its integrity check: {ok}"))
        if os.name == "posix":
            partial.chmod(0o600)
        fsync_file(partial)
        partial.replace(dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        remove_with_journals(partial)
        mapped = disk_problem(exc, dest.parent)
        if mapped is not None:
            raise mapped from exc
        raise
    return dest


STALE_PATTERNS = ("*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm")


def clean_stale(root: Path) -> list[Path]:
    """Remove what an interrupted backup, restore or bundle left behind (``*.partial`` copies and their journals,
    ``branchdesk.sqlite3.restoring``). Call it only while holding the workspace's lock: another program's
    unfinished copy would look the same."""
    root = Path(root)
    gone: list[Path] = []
    places = [root / "backups", root / "bundles"]
    candidates = [p for d in places if d.is_dir() for pat in STALE_PATTERNS for p in d.glob(pat)]
    candidates += [p for p in (root / f"{DB_NAME}.restoring", root / f"{DB_NAME}.restoring-journal") if p.exists()]
    for building in root.glob(".demo-building-*"):  # a demo killed while it was being built
        shutil.rmtree(building, ignore_errors=True)
        gone.append(building)
    for p in candidates:
        try:
            p.unlink()
            gone.append(p)
        except OSError as exc:
            log.warning("could not remove the stale %s: %s", p.name, exc)
    if gone:
        log.info("removed %d stale files left by an interrupted copy: %s", len(gone), ", ".join(p.name for p in gone))
    return gone


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

    def __init__(self, root: Path, engine: Engine, key: DataKey | None = None):
        self.root = root
        self.engine = engine
        self.key = key  # the data key when the workspace is encrypted (None: a plain one)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
    def open(cls, root: Path, create: bool = False, remember: bool = True, key: DataKey | None = None) -> Workspace:
        """Open the workspace in ``root``, making a new one only where there has never been one. A workspace this
        computer knew (remembered in the user's settings) or a folder with backups or bundles whose database is
        gone or empty is refused with ``WorkspaceMissingError`` unless ``create`` (a new branch on purpose; the
        empty file is kept aside). A full disk or a read-only folder is named as such, never as damage."""
        root = Path(root)
        try:
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
            for sub in ("backups", "attachments", "logs"):
                (root / sub).mkdir(exist_ok=True, mode=0o700)
        except OSError as exc:
            raise disk_problem(exc, root) or UserError(
                pick(f"无法创建数据文件夹 {root}：{exc.strerror}", f"Cannot create the data folder {root}: {exc.strerror}")
            ) from exc
        db_path = root / DB_NAME
        _check_not_lost(root, db_path, create)
        fresh = not db_path.exists() or db_path.stat().st_size == 0
        if vault.looks_encrypted(db_path):
            if key is None:
                raise vault.LockedError(pick(f"{db_path} 已加密，需要密码或恢复码才能打开。",
                                             f"{db_path} is encrypted: the password or recovery code opens it."))
        elif not fresh:
            _check_is_sqlite(db_path)
            key = None  # a plain database (a conversion that did not finish leaves the key file before the data)
        engine = make_engine(db_path, key)  # connects (and so makes a file) only when asked whether it is up to date
        try:
            if fresh or not _up_to_date(engine):
                engine.dispose()
                backups = root / "backups"  # a new database is made aside too: never half-made
                migrate_aside(db_path, lambda e: _migrate(e, db_path, backups, key), key)
                engine = make_engine(db_path, key)
        except (DBAPIError, OSError) as exc:
            engine.dispose()
            mapped = disk_problem(exc, root)
            if mapped is not None:
                raise mapped from exc
            if isinstance(exc, OSError):
                raise
            if key is not None and "not a database" in str(exc.orig):
                raise vault.WrongSecretError(pick(f"这把密钥打不开 {db_path}（密钥文件与数据不配套，或数据已损坏）。",
                                                  f"This key does not open {db_path} (the key file is not this data's, "
                                                  "or the data is damaged).")) from exc
            raise UserError(pick(
                f"数据库文件 {db_path} 已损坏，无法打开（{exc.orig}）。请从备份恢复："
                f"“文件 → 备份与恢复”，或命令 restore，备份在 {root / 'backups'}。",
                f"The database {db_path} is damaged and cannot be opened ({exc.orig}). Restore a backup "
                f"(File → Backups, or the restore command); backups are in {root / 'backups'}.")) from exc
        except Exception:
            engine.dispose()
            raise
        _private(db_path)
        if remember:
            from models.config import remember_workspace

            remember_workspace(root)
        return cls(root, engine, key)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error. A full disk or a read-only folder ends
        in the ``UserError`` that says so (the transaction is rolled back: nothing is half-written)."""
        try:
            with Session(self.engine, expire_on_commit=False) as s:
                event.listen(s, "after_flush", _record_change)
                event.listen(s, "after_flush", seal_flush)
                with s.begin():
                    yield s
        except DBAPIError as exc:
            mapped = disk_problem(exc, self.root)
            if mapped is not None:
                raise mapped from exc
            raise

    def meta(self, key: str) -> str | None:
        with self.session() as s:
            return s.scalar(select(MetaEntry.value).where(MetaEntry.key == key))

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(MetaEntry(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()


def _private(path: Path) -> None:
    """The database and its journals are the user's alone (0600 on POSIX)."""
    if os.name != "posix":
        return
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists() and p.stat().st_mode & 0o077:
                p.chmod(0o600)
        except OSError:
            pass


def held_a_workspace(root: Path) -> bool:
    """``root`` held a workspace: this computer remembers it, or it has backups or bundles."""
    from models.config import is_known_workspace

    return (is_known_workspace(root) or any((root / "backups").glob("branchdesk-*.sqlite3"))
            or any((root / "bundles").glob("*.zip")) or any((root / "bundles").glob("*.zip.sealed")))


def _check_not_lost(root: Path, db_path: Path, create: bool) -> None:
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        size = -1
    if size > 0 or not held_a_workspace(root):
        return
    if create:
        if size == 0:  # keep the empty file aside rather than delete anything
            db_path.replace(db_path.with_name(f"{DB_NAME}.empty-{datetime.now():%Y%m%d-%H%M%S}"))
        return
    from models.backups import newest_good_backup

    newest = newest_good_backup(root / "backups")
    what = pick("不见了", "is missing") if size < 0 else pick("是空的（0字节）", "is empty (0 bytes)")
    offer = (pick(f"可以恢复最新的备份 {newest.name}（命令：restore \"{newest}\"；窗口里选“恢复最新备份”），",
                  f"You can restore the newest backup {newest.name} (command: restore \"{newest}\"; in the window: "
                  "“Restore the newest backup”), ")
             if newest else pick("文件夹里没有可用的备份；", "There is no usable backup in the folder; "))
    raise WorkspaceMissingError(pick(
        f"这台电脑用过的支部数据 {db_path} {what}。程序不会用一个新的空支部代替它。{offer}"
        "或者打开另一个数据文件夹（--data-dir），或者有意新建一个支部（命令 init；窗口里选“新建支部”）。",
        f"The branch data this computer used, {db_path}, {what}. It is never replaced by a new empty branch. "
        f"{offer}or open another data folder (--data-dir), or start a new branch on purpose (command init; in the "
        "window “New branch”)."), newest)


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


def _up_to_date(engine: Engine) -> bool:
    """The usual case: the database is at the program's schema, nothing to create or migrate (no Alembic)."""
    with engine.connect() as conn:
        has_version = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'").scalar()
        return bool(has_version) and conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD


def migrate_aside(db_path: Path, migrate: Callable[[Engine], None], key: DataKey | None = None) -> None:
    """Create or migrate a SQLite database (the workspace, the committee's store) as a copy beside it, then put
    the copy in its place with one rename. SQLite commits each CREATE/ALTER of a migration on its own, so a program
    killed half-way through migrating in place left tables without a schema version (“not a Branch Desk database”,
    and no demo or init could follow); now it leaves the old database (or none) and a ``.migrating`` copy that the
    next start replaces. ``migrate`` runs the migrations on the copy's engine."""
    work = db_path.with_name(f"{db_path.name}.migrating")
    remove_with_journals(work)
    try:
        if db_path.exists() and db_path.stat().st_size > 0:
            backup_database(db_path, work, key)  # a consistent copy, its WAL folded in
        engine = make_engine(work, key)
        try:
            migrate(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
        finally:
            engine.dispose()
        faults.point("migrated-aside")
        for suffix in ("-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(work, db_path)
        fsync_dir(db_path.parent)
    finally:
        remove_with_journals(work)


def _migrate(engine: Engine, db_path: Path, backups: Path, key: DataKey | None = None) -> None:
    if _up_to_date(engine):
        return
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
        backup_database(db_path, dest, key)
        log.info("backed up before migrating %s -> %s: %s", current, head, dest.name)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        reseal_all(conn)  # the migration's own changes are the program's: seal every row as it now stands
