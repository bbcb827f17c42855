"""Every record of the fifteen books as a self-describing JSON line (docs/bundle-format.md).

A record is a row of a table that has a UUID. Rows of its detail tables (attendance, motions, seats, member
history, indicator rows, scores, evidence) are nested in its payload; references to other records are given by
their UUID (``member`` instead of ``member_id``), to attachments by SHA-256, to indicators by their code. The
content hash of a line is the SHA-256 of its canonical JSON without volatile fields (updated time, version), so
a record is sent again exactly when what it says changed.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, select

from models.all import Base
from models.books import BOOK_OF_TABLE
from models.books import BOOKS as REGISTRY
from models.logsetup import redact
from models.rules.idcard import mask_id

# which book each record table belongs to, in the order the books are numbered
BOOKS = tuple(b.key for b in REGISTRY)
# detail tables and the column that names their record
CHILD_OF: dict[str, tuple[str, str]] = {
    "member_event": ("member", "member_id"),
    "meeting_attendance": ("meeting", "meeting_id"),
    "meeting_attachment": ("meeting", "meeting_id"),
    "motion": ("meeting", "meeting_id"),
    "committee_seat": ("committee_term", "term_id"),
    "indicator": ("indicator_set", "set_id"),
    "assessment_score": ("assessment", "assessment_id"),
    "pledge_evidence": ("pledge_progress", "progress_id"),
    "dues_base_change": ("dues_account", "account_id"),
}
VOLATILE = ("id", "uuid", "created_at", "updated_at", "version", "state", "deleted_at")
# fields never sent unless the branch opts in (docs/design.md §6)
ID_FIELDS = {("member", "id_number"), ("applicant", "id_number")}


def _plain(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return str(v)
    return v


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def content_hash(table: str, deleted: bool, state: str, payload: dict[str, Any] | None) -> str:
    return hashlib.sha256(canonical({"table": table, "deleted": deleted, "state": state, "payload": payload})).hexdigest()


@dataclass
class Line:
    """One record as it goes into ``data/records/<book>.jsonl``."""

    book: str
    table: str
    uuid: str
    version: int
    state: str
    deleted: bool
    updated_at: str
    payload: dict[str, Any] | None
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.table, self.deleted, self.state, self.payload)

    def as_json(self) -> dict[str, Any]:
        return {"book": self.book, "table": self.table, "uuid": self.uuid, "version": self.version,
                "state": self.state, "deleted": self.deleted, "updated_at": self.updated_at, "hash": self.hash,
                "payload": self.payload}

    @classmethod
    def tombstone(cls, book: str, table: str, uuid: str) -> Line:
        """A record that was sent before and no longer exists at all (taken back for good)."""
        return cls(book, table, uuid, 0, "", True, "", None)


class Snapshot:
    """Reads every record of the workspace once, with its details nested, ready to be compared and written."""

    def __init__(self, conn: Connection, show_ids: bool = False):
        self.conn = conn
        self.show_ids = show_ids
        tables = Base.metadata.tables
        self.uuid_of: dict[str, dict[int, str]] = {}
        for name in BOOK_OF_TABLE:
            t = tables[name]
            self.uuid_of[name] = {r[0]: r[1] for r in conn.execute(select(t.c.id, t.c.uuid))}
        att = tables["attachment"]
        self.attachments: dict[int, tuple[str, str, int]] = {
            r.id: (r.sha256, r.extension, r.size) for r in conn.execute(select(att))}
        ind = tables["indicator"]
        self.indicator_code = {r.id: r.code for r in conn.execute(select(ind.c.id, ind.c.code))}
        self.used_attachments: set[int] = set()
        self.children: dict[str, dict[int, dict[str, list[dict[str, Any]]]]] = defaultdict(lambda: defaultdict(dict))
        # deepest first, so pledge_evidence is nested in pledge_progress before that is read
        for child, (parent, col) in CHILD_OF.items():
            by_parent: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
            for row in conn.execute(select(tables[child])):
                m = row._mapping
                key = m[col]
                by_parent[key].setdefault(child, []).append(self._fields(tables[child], m, skip={col}))
            for pid, kids in by_parent.items():
                for k, rows in kids.items():
                    rows.sort(key=canonical)
                    self.children[parent][pid][k] = rows
        am = tables["amendment"]
        self.amendments: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in conn.execute(select(am).order_by(am.c.amended_at, am.c.id)):
            self.amendments[row.record_uuid].append(
                {"amended_at": _plain(row.amended_at), "reason": row.reason, "before": row.before})

    def _fields(self, t: Table, m: Any, skip: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for c in t.c:
            name = c.name
            if name in VOLATILE or name in skip:
                continue
            v = m[name]
            fks = list(c.foreign_keys)
            if fks:
                target = fks[0].column.table.name
                ref = name[:-3] if name.endswith("_id") else name
                if target in self.uuid_of:
                    out[ref] = self.uuid_of[target].get(v) if v is not None else None
                elif target == "attachment":
                    self.used_attachments.add(v)
                    sha, ext, _size = self.attachments[v]
                    out["attachment"] = f"{sha}.{ext}" if ext else sha
                elif target == "indicator":
                    out["indicator"] = self.indicator_code.get(v)
                continue
            if (t.name, name) in ID_FIELDS and v and not self.show_ids:
                v = mask_id(v)
            elif isinstance(v, str) and v and not self.show_ids:
                v = redact(v)  # an ID or phone number typed anywhere (an applicant's, a contact, the minutes)
            out[name] = _plain(v)
        return out

    def lines(self) -> Iterator[Line]:
        tables = Base.metadata.tables
        for name, book in BOOK_OF_TABLE.items():
            t = tables[name]
            for row in self.conn.execute(select(t).order_by(t.c.id)):
                m = row._mapping
                payload = self._fields(t, m, skip=set())
                payload.update(self.children.get(name, {}).get(m["id"], {}))
                if m["uuid"] in self.amendments:
                    payload["amendments"] = self.amendments[m["uuid"]]
                yield Line(book, name, m["uuid"], int(m["version"] or 1), m["state"] or "",
                           m["deleted_at"] is not None, _plain(m["updated_at"]) or "", payload)


def state_digest(hashes: dict[str, str]) -> str:
    """``Audit-Head``: SHA-256 over ``uuid<TAB>hash`` lines, sorted, of every record the committee should hold for
    the branch after applying the bundle. The committee computes the same from its copy; a difference means a
    bundle was missed or applied out of order."""
    h = hashlib.sha256()
    for u in sorted(hashes):
        h.update(f"{u}\t{hashes[u]}\n".encode())
    return h.hexdigest()
