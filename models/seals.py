"""A content digest (seal) per stored row, so that a change made outside the program — one character of a final
meeting's minutes edited with a database tool, a bit flipped on the disk that SQLite's page checks do not see —
is found by ``check`` and named, instead of being shown, printed and sent as if the branch had written it.

Every unit of work re-seals the rows it wrote (``after_flush``: the rows are read back as SQLite stores them and
hashed, so the digest describes exactly the stored bytes). A migration re-seals everything it touched. ``verify``
recomputes all digests: a row whose digest differs was changed outside the program, a row without one was added
outside it, a digest without its row was deleted outside it."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Integer, Numeric, Table
from sqlalchemy.orm import Session

from models.base import Base

SEAL_TABLE = "row_seal"
UNSEALED = {"meta", SEAL_TABLE, "alembic_version"}
_CHUNK = 500


_TABLES: dict[str, Table] = {}


def sealed_tables() -> dict[str, Table]:
    """Every table of the workspace's records and their details (rows are keyed by SQLite's rowid, which is the
    ``id`` where a table has an integer ``id`` key)."""
    if not _TABLES:
        import models.all  # noqa: F401  (every mapper registered)

        for name, t in Base.metadata.tables.items():
            if name not in UNSEALED and not name.startswith("cm_"):
                _TABLES[name] = t
    return _TABLES


def _has_id(t: Table) -> bool:
    pk = list(t.primary_key.columns)
    return len(pk) == 1 and pk[0].name == "id" and isinstance(pk[0].type, Integer)


def _columns(t: Table) -> list[str]:
    return ["rowid", *sorted(c.name for c in t.columns)]


def _digest(table: str, row: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr((table, tuple(row))).encode("utf-8", "surrogatepass")).hexdigest()


def _select(t: Table) -> str:
    return "SELECT " + ", ".join(f'"{c}"' for c in _columns(t)) + f' FROM "{t.name}"'


def _rows(conn: Connection, t: Table, keys: list[tuple[Any, ...]] | None = None) -> Iterator[tuple[Any, ...]]:
    """All rows, or those with the given primary keys; each row starts with its rowid."""
    if keys is None:
        yield from (tuple(r) for r in conn.exec_driver_sql(_select(t)))
        return
    pk = [c.name for c in t.primary_key.columns]
    if len(pk) == 1:
        for i in range(0, len(keys), _CHUNK):
            part = [k[0] for k in keys[i:i + _CHUNK]]
            marks = ",".join("?" * len(part))
            yield from (tuple(r) for r in conn.exec_driver_sql(f'{_select(t)} WHERE "{pk[0]}" IN ({marks})',
                                                               tuple(part)))
        return
    where = " AND ".join(f'"{c}" = ?' for c in pk)
    for k in keys:
        yield from (tuple(r) for r in conn.exec_driver_sql(f"{_select(t)} WHERE {where}", tuple(k)))


def reseal(conn: Connection, touched: dict[str, set[tuple[Any, ...]]]) -> None:
    """Seal the rows with these primary keys as they are stored now; forget the seals of those that are gone."""
    tables = sealed_tables()
    for name, keys in touched.items():
        t = tables.get(name)
        if t is None or not keys:
            continue
        found = {int(r[0]): _digest(name, r) for r in _rows(conn, t, sorted(keys, key=repr))}
        if found:
            conn.exec_driver_sql(f"INSERT OR REPLACE INTO {SEAL_TABLE} (tbl, rid, digest) VALUES (?, ?, ?)",
                                 [(name, rid, d) for rid, d in found.items()])
        if _has_id(t):
            gone = [(name, k[0]) for k in keys if k[0] not in found]
            if gone:
                conn.exec_driver_sql(f"DELETE FROM {SEAL_TABLE} WHERE tbl = ? AND rid = ?", gone)


def drop_orphans(conn: Connection, tables: Iterable[str] = ()) -> None:
    """Seals whose rows are gone: of the tables named (rows deleted by key without an ``id``) and of every table
    the database deletes from by itself (ON DELETE CASCADE of a deleted record's details)."""
    named = set(tables)
    for name, t in sealed_tables().items():
        if name in named or any(fk.ondelete for fk in t.foreign_keys):
            conn.exec_driver_sql(f"DELETE FROM {SEAL_TABLE} WHERE tbl = ? AND rid NOT IN "
                                 f'(SELECT rowid FROM "{name}")', (name,))


def reseal_all(conn: Connection) -> None:
    """After a migration (the program's own change to every row it touched): seal every row anew."""
    conn.exec_driver_sql(f"DELETE FROM {SEAL_TABLE}")
    present = _present_tables(conn)
    for name, t in sealed_tables().items():
        if name in present:
            rows = [(name, r[0], _digest(name, r)) for r in _rows(conn, t)]
            if rows:
                conn.exec_driver_sql(f"INSERT INTO {SEAL_TABLE} (tbl, rid, digest) VALUES (?, ?, ?)", rows)


def _present_tables(conn: Connection) -> set[str]:
    return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def seal_flush(session: Session, _flush_context: object) -> None:
    """``after_flush``: re-seal the rows this flush wrote or deleted."""
    from sqlalchemy import inspect as sa_inspect

    touched: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    deleted: set[str] = set()
    tables = sealed_tables()
    for group, is_delete in ((session.new, False), (session.dirty, False), (session.deleted, True)):
        for obj in group:
            t = getattr(obj, "__table__", None)
            if t is None or t.name not in tables:
                continue
            key = sa_inspect(obj).identity or sa_inspect(obj).mapper.primary_key_from_instance(obj)
            if key is not None and None not in key:
                touched[t.name].add(tuple(key))
            if is_delete:
                deleted.add(t.name)
    if not touched and not deleted:
        return
    conn = session.connection()
    reseal(conn, touched)
    if deleted:
        drop_orphans(conn, deleted)


@dataclass(frozen=True)
class SealFinding:
    table: str
    rid: int
    kind: str  # changed / added / removed


def verify(conn: Connection) -> list[SealFinding]:
    seals: dict[tuple[str, int], str] = {(str(t), int(r)): str(d) for t, r, d in
                                         conn.exec_driver_sql(f"SELECT tbl, rid, digest FROM {SEAL_TABLE}")}
    out: list[SealFinding] = []
    present = _present_tables(conn)
    for name, t in sealed_tables().items():
        if name not in present:
            continue
        for r in _rows(conn, t):
            key = (name, int(r[0]))
            want = seals.pop(key, None)
            if want is None:
                out.append(SealFinding(name, key[1], "added"))
            elif want != _digest(name, r):
                out.append(SealFinding(name, key[1], "changed"))
    out += [SealFinding(t, r, "removed") for (t, r) in seals if t in sealed_tables()]
    return out


@dataclass(frozen=True)
class BadValue:
    table: str
    rid: int
    column: str
    value: str


def unreadable(conn: Connection, tables: Iterable[str] | None = None) -> list[BadValue]:
    """Stored values the program cannot read back: impossible dates, text where a number belongs."""
    out: list[BadValue] = []
    present = _present_tables(conn)
    chosen = sealed_tables() if tables is None else {k: v for k, v in sealed_tables().items() if k in set(tables)}
    for name, t in chosen.items():
        if name not in present:
            continue
        for col in t.columns:
            typ = col.type
            if isinstance(typ, (Date, DateTime)):
                parse = date.fromisoformat if isinstance(typ, Date) and not isinstance(typ, DateTime) else datetime.fromisoformat
                for rid, v in conn.exec_driver_sql(
                        f'SELECT rowid, "{col.name}" FROM "{name}" WHERE "{col.name}" IS NOT NULL'):
                    try:
                        if not isinstance(v, str):
                            raise ValueError
                        parse(v)
                    except ValueError:
                        out.append(BadValue(name, int(rid), col.name, repr(v)[:40]))
            elif isinstance(typ, (Integer, Numeric)) and col.name != "id":
                for rid, v in conn.exec_driver_sql(
                        f'SELECT rowid, "{col.name}" FROM "{name}" WHERE typeof("{col.name}") NOT IN '
                        "('integer', 'real', 'null')"):
                    try:
                        float(v)
                    except (TypeError, ValueError):
                        out.append(BadValue(name, int(rid), col.name, repr(v)[:40]))
    return out
