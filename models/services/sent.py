"""The bundles this branch has written and the committee's answers (报送记录), read without loading the exchange
machinery (the 工作台 shows the last one at start-up)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from models.bundle import BundleSent
from models.db import Workspace
from models.i18n import pick

# pending: written into bundles/ but not yet delivered (copied onto the stick or into the chosen folder and read back);
# such a month is not sent, and the next 报送 delivers that very file again rather than writing a new revision
STATUS_NAMES = {"pending": ("未送出", "not delivered"), "written": ("已生成", "written"), "accepted": ("已接收", "accepted"), "returned": ("已退回", "returned")}


@dataclass(frozen=True)
class BundleRow:
    id: int
    uuid: str
    period: str
    revision: int
    sequence: int
    file_name: str
    sha256: str
    size: int
    records: int
    created_at: datetime
    status: str
    receipt_at: datetime | None
    receipt_by: str
    receipt_comments: str

    @property
    def status_name(self) -> str:
        return pick(*STATUS_NAMES.get(self.status, (self.status, self.status)))


def row(b: BundleSent) -> BundleRow:
    return BundleRow(b.id, b.uuid, b.period, b.revision, b.sequence, b.file_name, b.sha256, b.size, b.records,
                     b.created_at, b.status, b.receipt_at, b.receipt_by, b.receipt_comments)


def history(ws: Workspace) -> list[BundleRow]:
    with ws.session() as s:
        return [row(b) for b in s.scalars(select(BundleSent).order_by(BundleSent.sequence.desc()))]


def month_state(ws: Workspace) -> dict[str, BundleRow]:
    """The latest revision of each month sent (delivered; a bundle not yet delivered does not count)."""
    out: dict[str, BundleRow] = {}
    for b in sorted(history(ws), key=lambda b: b.sequence):
        if b.status != "pending":
            out[b.period] = b
    return out


def pending(ws: Workspace) -> list[BundleRow]:
    """Bundles written but not yet delivered, oldest first."""
    return [b for b in sorted(history(ws), key=lambda b: b.sequence) if b.status == "pending"]




def last_state(ws: Workspace) -> tuple[str, int, str, str] | None:
    """Month, revision, state and the committee's comments of the newest bundle, for the 工作台 (plain SQL: it runs
    at start-up, where compiling an ORM query costs more than the query)."""
    with ws.engine.connect() as c:
        row = c.exec_driver_sql("SELECT period, revision, status, receipt_comments FROM bundle_sent "
                                "ORDER BY sequence DESC LIMIT 1").first()
    return None if row is None else (str(row[0]), int(row[1]), str(row[2]), str(row[3]))


def status_name(status: str) -> str:
    return pick(*STATUS_NAMES.get(status, (status, status)))
