"""The committee's store (docs/design.md §5) and what is read from it: the branches, each branch's newest bundle
of a month, the branches × months matrix, the ranking. SQLite in the committee's folder (``committee.sqlite3``)
or a PostgreSQL server given a URL; the same migrations (``models/committee_migrations``) serve both. Receiving
bundles into it and writing receipts are exchange/committee.py's."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from models.committee import CmBranch, CmBundle, CmDocument, CmMeta, CmRecord
from models.errors import UserError
from models.i18n import pick
from models.rules.periods import months_back
from models.rules.ranking import branch_score, compliance
from models.vault import DataKey

COMMITTEE_DB = "committee.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "committee_migrations"


def _config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class CommitteeStore:
    """An open committee workspace."""

    def __init__(self, engine: Engine, where: str, root: Path | None = None, key: DataKey | None = None):
        self.engine = engine
        self.where = where
        self.root = root  # the folder of a SQLite store (None on a server)
        self.key = key  # the data key of an encrypted SQLite store

    def backup(self, reason: str) -> Path | None:
        """A copy of a SQLite store made with the backup API before a receive (docs/design.md §6); a server's
        own backups cover PostgreSQL."""
        if self.root is None:
            return None
        from models.db import backup_database, backup_name

        return backup_database(self.root / COMMITTEE_DB, self.root / "backups" / backup_name(f"committee-{reason}"),
                               self.key)

    @classmethod
    def open(cls, data_dir: Path | None = None, url: str | None = None, key: DataKey | None = None) -> CommitteeStore:
        """The committee's store: on a PostgreSQL server (``url``; the server protects its data) or a SQLite file in
        ``data_dir``, encrypted with ``key`` like a branch's workspace when the folder has a key file."""
        if url:
            engine = create_engine(normalise_url(url), future=True, pool_pre_ping=True)
            where = engine.url.render_as_string(hide_password=True)
        else:
            assert data_dir is not None
            from models.db import make_engine, migrate_aside

            root = Path(data_dir)
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(pick(f"无法创建文件夹 {root}：{exc.strerror}", f"Cannot create {root}: {exc.strerror}")) from exc
            db = root / COMMITTEE_DB
            where = str(db)
            from models import vault

            if vault.looks_encrypted(db):
                if key is None:
                    raise vault.LockedError(pick(f"{db} 已加密，需要密码或恢复码才能打开。",
                                                 f"{db} is encrypted: the password or recovery code opens it."))
            elif db.exists() and db.stat().st_size > 0:
                key = None
            engine = make_engine(db, key)
        try:
            if url:
                cls._migrate(engine, None)  # PostgreSQL's DDL is transactional: migrated in place
            elif not (db.exists() and db.stat().st_size > 0 and cls._up_to_date(engine)):
                engine.dispose()
                migrate_aside(db, lambda e: cls._migrate(e, root, key), key)  # SQLite: made or migrated aside
                engine = make_engine(db, key)
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            raise UserError(pick(f"无法打开上级党委的数据库 {where}：{exc.orig}", f"Cannot open the committee database {where}: {exc.orig}")) from exc
        return cls(engine, where, None if url else Path(data_dir or "."), None if url else key)

    @staticmethod
    def _current(engine: Engine) -> tuple[str | None, str | None]:
        """(the store's schema revision, the program's)."""
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        return current, ScriptDirectory.from_config(_config(None)).get_current_head()

    @classmethod
    def _up_to_date(cls, engine: Engine) -> bool:
        current, head = cls._current(engine)
        return current == head

    @classmethod
    def _migrate(cls, engine: Engine, root: Path | None, key: DataKey | None = None) -> None:
        from alembic import command

        current, head = cls._current(engine)
        if current == head:
            return
        if current is not None and root is not None:
            from models.db import backup_database, backup_name

            backup_database(root / COMMITTEE_DB, root / "backups" / backup_name(f"committee-before-{current}"), key)
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    # -- the committee's own facts ----------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self.session() as s:
            return s.scalar(select(CmMeta.value).where(CmMeta.key == key))

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(CmMeta(key=key, value=value))

    @property
    def name(self) -> str:
        return self.meta("name") or pick("上级党委", "Committee")

    def indicators(self) -> dict[str, Any]:
        """The benchmark indicator set the committee ranks by: imported, or the bundled demonstration set."""
        text = self.meta("indicators")
        if text:
            return dict(json.loads(text))
        from resources import path as resource_path

        return dict(json.loads(resource_path("benchmark", "indicators.json").read_text(encoding="utf-8")))

    def import_indicators(self, path: Path) -> int:
        from models.rules.benchmark import BadIndicator, make_rule
        from models.services.plans import _read_set_file

        data = _read_set_file(Path(path))
        rows = data.get("indicators") or []
        if not rows:
            raise UserError(pick(f"{Path(path).name} 里没有指标", f"{Path(path).name} holds no indicators"))
        for n, r in enumerate(rows, 1):
            try:
                make_rule(r.get("rule", ""), r.get("weight", ""), r.get("target_value", ""), r.get("per", ""))
            except BadIndicator as e:
                raise UserError(pick(f"第{n}项指标（{r.get('code', '')}）：{e}", f"Indicator {n} ({r.get('code', '')}): {e}")) from None
        self.set_meta("indicators", json.dumps(data, ensure_ascii=False))
        return len(rows)


@dataclass(frozen=True)
class BranchRow:
    id: int
    code: str
    name: str
    fingerprint: str
    confirmed: bool
    first_seen_at: datetime
    bundles: int
    records: int


def branches(store: CommitteeStore) -> list[BranchRow]:
    with store.session() as s:
        counts = dict(s.execute(select(CmBundle.branch_id, func.count()).group_by(CmBundle.branch_id)).all())
        recs = dict(s.execute(select(CmRecord.branch_id, func.count()).where(CmRecord.deleted.is_(False))
                              .group_by(CmRecord.branch_id)).all())
        return [BranchRow(b.id, b.code, b.name, b.fingerprint, b.confirmed, b.first_seen_at, counts.get(b.id, 0),
                          recs.get(b.id, 0)) for b in s.scalars(select(CmBranch).order_by(CmBranch.code))]


@dataclass(frozen=True)
class BundleInfo:
    id: int
    uuid: str
    code: str
    name: str
    period: str
    revision: int
    sequence: int
    sha256: str
    received_at: datetime
    status: str
    comments: str
    records: int
    summary: dict[str, Any]


def bundle_info(b: CmBundle, br: CmBranch) -> BundleInfo:
    return BundleInfo(b.id, b.uuid, br.code, br.name, b.period, b.revision, b.sequence, b.sha256, b.received_at,
                      b.status, b.comments, b.records, json.loads(b.summary))


def latest(store: CommitteeStore, period: str | None = None, code: str | None = None) -> list[BundleInfo]:
    """The newest revision of each branch's month (a re-send supersedes the earlier ones)."""
    with store.session() as s:
        q = select(CmBundle, CmBranch).join(CmBranch, CmBranch.id == CmBundle.branch_id)
        if period:
            q = q.where(CmBundle.period == period)
        if code:
            q = q.where(CmBranch.code == code)
        best: dict[tuple[int, str], BundleInfo] = {}
        for b, br in s.execute(q.order_by(CmBundle.sequence)):
            best[(br.id, b.period)] = bundle_info(b, br)
        return sorted(best.values(), key=lambda x: (x.code, x.period))


def matrix(store: CommitteeStore, months: list[str]) -> list[tuple[BranchRow, dict[str, str]]]:
    """Branches × months: received / accepted / returned (the newest revision's), or missing."""
    got: dict[tuple[str, str], str] = {}
    with store.session() as s:
        q = (select(CmBranch.code, CmBundle.period, CmBundle.status).join(CmBranch, CmBranch.id == CmBundle.branch_id)
             .where(CmBundle.period.in_(months)).order_by(CmBundle.sequence))
        for code, period, status in s.execute(q):
            got[(code, period)] = status
    return [(br, {m: got.get((br.code, m), "missing") for m in months}) for br in branches(store)]


@dataclass(frozen=True)
class RankRow:
    rank: int
    code: str
    name: str
    score: Decimal
    out_of: Decimal
    compliance: float  # share of the month's obligations done
    status: str
    benchmark: bool  # 标杆支部: first of the month
    last_three: bool  # ranked last three months in a row


def ranking(store: CommitteeStore, month: str) -> list[RankRow]:
    """Branches ranked for a month by the committee's indicators, then by compliance with the obligations; the
    first is the 标杆支部, and a branch last three months in a row is flagged (docs/design.md §10)."""
    indicators = list(store.indicators().get("indicators") or [])

    def order(m: str) -> list[tuple[BundleInfo, Decimal, Decimal, float]]:
        rows = []
        for b in latest(store, m):
            sc, of = branch_score(b.summary, indicators)
            rows.append((b, sc, of, compliance(b.summary)))
        rows.sort(key=lambda r: (-r[1], -r[3], r[0].code))
        return rows

    now = order(month)
    earlier = [order(m) for m in months_back(month, 3)[:-1]]
    lasts = [r[-1][0].code for r in earlier if len(r) > 1]
    out = []
    for i, (b, sc, of, comp) in enumerate(now, start=1):
        last3 = len(now) > 1 and i == len(now) and len(lasts) == 2 and all(c == b.code for c in lasts)
        out.append(RankRow(i, b.code, b.name, sc, of, comp, b.status, i == 1 and len(now) > 1, last3))
    return out


def documents(store: CommitteeStore, bundle_id: int) -> list[tuple[int, str, int]]:
    with store.session() as s:
        return [(d.id, d.name, d.size) for d in s.scalars(select(CmDocument).where(CmDocument.bundle_id == bundle_id)
                                                         .order_by(CmDocument.name))]
