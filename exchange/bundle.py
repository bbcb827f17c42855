"""报送: the branch's monthly bundle (docs/design.md §5 and docs/bundle-format.md).

A bundle carries every record that is new, changed or deleted since the last bundle the branch wrote (the first
one carries everything), the full roster, the month's summary counts, the month's printed forms, the tables as
xlsx, and the attachments those records use. It is chained to the bundle before it and signed with the branch's
key. It is written into the workspace's ``bundles/`` folder first and recorded there; copying to a stick is a
separate, repeatable step, so a full or pulled-out stick never loses or half-records anything.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select

from exchange.bag import (
    FAT32_LIMIT,
    MAX_JSON_LINE,
    MAX_LINES,
    Source,
    Written,
    _stick_error,
    check_bag_zip,
    safe_name,
    sha256_of,
    write_bag_zip,
    write_new_file,
)
from exchange.keys import workspace_signer
from exchange.records import BOOKS, Line, Snapshot, state_digest
from exchange.schema import SCHEMA_VERSION, schema_files, validators
from exchange.xlsx import append_row
from models import VERSION, faults
from models.books import BOOK_OF_TABLE, label
from models.bundle import BundleRecord, BundleSent
from models.db import Workspace
from models.disk import require_space
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress, step
from models.rules.periods import month_text, months_back, parse_period
from models.services.sent import BundleRow, history, month_state, pending  # noqa: F401 (re-exported: the bundle history)
from models.vault import SEALED_SUFFIX, DataKey, clear_digest, file_pieces, seal_file

SHOW_IDS_META = "bundle_show_ids"


@dataclass
class BookChanges:
    new: int = 0
    changed: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        return self.new + self.changed + self.deleted


@dataclass
class Preview:
    """What the bundle for a month will hold, before anything is written."""

    period: str
    revision: int
    as_of: date
    show_ids: bool
    lines: list[Line]
    changes: dict[str, BookChanges]
    roster: list[Line]
    hashes_after: dict[str, str]
    attachments: list[tuple[str, Path, int]]  # name under attachments/, stored file, size
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def attachments_size(self) -> int:
        return sum(s for _n, _p, s in self.attachments)

    @property
    def digest(self) -> str:
        return state_digest(self.hashes_after)


def bundles_dir(ws: Workspace) -> Path:
    d = ws.root / "bundles"
    d.mkdir(exist_ok=True, mode=0o700)
    return d


def kept_path(ws: Workspace, file_name: str) -> Path:
    """The kept copy of a sent bundle in ``bundles/``: sealed in an encrypted branch, the zip itself otherwise."""
    d = bundles_dir(ws)
    sealed = d / f"{file_name}{SEALED_SUFFIX}"
    return sealed if sealed.exists() else d / file_name


@contextmanager
def _in_clear(src: Path, key: DataKey | None) -> Iterator[Path]:
    """A zip to read (verify) from a kept copy: the file itself, or a sealed copy opened into a private temporary
    file that is removed afterwards."""
    if not src.name.endswith(SEALED_SUFFIX):
        yield src
        return
    with tempfile.TemporaryDirectory(prefix="branchdesk-kept-") as t:
        plain = Path(t) / src.name.removesuffix(SEALED_SUFFIX)
        with open(plain, "wb") as out:
            for piece in file_pieces(src, key):
                out.write(piece)
        yield plain


def seal_kept_bundles(ws: Workspace) -> int:
    """In an encrypted branch, seal the kept copies still in clear (sent before the branch was encrypted, or left by
    a program stopped between writing and sealing); returns how many."""
    if ws.key is None:
        return 0
    plain = sorted(bundles_dir(ws).glob("*.zip"))
    for p in plain:
        seal_file(ws.key, p)
    return len(plain)


def default_month(ws: Workspace, today: date | None = None) -> str:
    """The last month not yet sent: last month unless it went already, then this month."""
    today = today or date.today()
    sent = month_state(ws)
    last, this = months_back(month_text(today), 2)
    return last if last not in sent else this


def check_month(month: str, today: date | None = None) -> tuple[date, date]:
    today = today or date.today()
    try:
        p = parse_period(month)
    except ValueError:
        p = None
    if p is None or len(p.text) != 7:
        raise UserError(pick(f"月份“{month}”的格式应为 YYYY-MM，例如 2026-10", f"Month “{month}” must be YYYY-MM, e.g. 2026-10"))
    if p.start > today:
        raise UserError(pick(f"{month} 还没有到，不能报送", f"{month} has not begun; it cannot be sent yet"))
    return p.start, p.end


def show_ids(ws: Workspace) -> bool:
    return ws.meta(SHOW_IDS_META) == "1"


def set_show_ids(ws: Workspace, on: bool) -> None:
    ws.set_meta(SHOW_IDS_META, "1" if on else "0")


def _ledger(ws: Workspace) -> tuple[dict[str, str], dict[str, str]]:
    """Hash and table of each record as it went out last."""
    hashes: dict[str, str] = {}
    tables: dict[str, str] = {}
    with ws.session() as s:
        q = (select(BundleRecord.uuid, BundleRecord.hash, BundleRecord.table_name)
             .join(BundleSent, BundleSent.id == BundleRecord.bundle_id).order_by(BundleSent.sequence, BundleRecord.id))
        for u, h, t in s.execute(q):
            hashes[u] = h
            tables[u] = t
    return hashes, tables


def _attachment_source(ws: Workspace, name: str, stored: Path) -> Source:
    """What the bundle carries for a stored attachment: the file itself, or its content in clear (checked against
    its hash) when the workspace seals its attachments."""
    if ws.key is None:
        return stored
    from models.attachments import read_verified

    sha, _, ext = name.partition(".")
    return read_verified(ws, sha, ext)


def _attachments_in(obj: Any) -> Iterator[str]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "attachment" and isinstance(v, str):
                yield v
            else:
                yield from _attachments_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _attachments_in(v)


def preview(ws: Workspace, month: str, today: date | None = None, ids: bool | None = None) -> Preview:
    """What goes into the bundle for ``month``: changes per book, the roster, attachments and the summary."""
    from models.attachments import stored_path

    today = today or date.today()
    start, end = check_month(month, today)
    ids = show_ids(ws) if ids is None else ids
    with ws.engine.connect() as conn:
        snap = Snapshot(conn, show_ids=ids)
        current = list(snap.lines())
    sent, tables = _ledger(ws)
    lines: list[Line] = []
    changes: dict[str, BookChanges] = defaultdict(BookChanges)
    after = dict(sent)
    seen = set()
    for ln in current:
        seen.add(ln.uuid)
        before = sent.get(ln.uuid)
        if before == ln.hash or (before is None and ln.deleted):
            continue
        c = changes[ln.book]
        if before is None:
            c.new += 1
        elif ln.deleted:
            c.deleted += 1
        else:
            c.changed += 1
        lines.append(ln)
        after[ln.uuid] = ln.hash
    for u, h in sent.items():
        if u in seen:
            continue
        t = tables[u]
        tomb = Line.tombstone(BOOK_OF_TABLE.get(t, "profile"), t, u)
        if h != tomb.hash:
            lines.append(tomb)
            changes[tomb.book].deleted += 1
            after[u] = tomb.hash
    roster = [ln for ln in current if ln.table == "member" and not ln.deleted]
    names = sorted({a for ln in lines for a in _attachments_in(ln.payload)})
    atts = []
    for n in names:
        sha, _, ext = n.partition(".")
        p = stored_path(ws, sha, ext)
        if p.exists():
            atts.append((n, p, p.stat().st_size))
    with ws.session() as s:
        rev = (s.scalar(select(func.max(BundleSent.revision)).where(BundleSent.period == month)) or 0) + 1
    pv = Preview(month, rev, min(end, today), ids, lines, dict(changes), roster, after, atts)
    pv.summary = build_summary(ws, month, start, end, pv.as_of, snap, pv.changes)
    return pv


def build_summary(ws: Workspace, month: str, start: date, end: date, as_of: date,
                  snap: Snapshot, changes: dict[str, BookChanges]) -> dict[str, Any]:
    from models.rules.development import STAGES
    from models.services.development import DevelopmentService
    from models.services.meetings import MeetingService
    from models.services.obligations import all_obligations
    from models.services.overview import Overview
    from models.services.plans import METRICS, PlanService, metric_values

    ov = Overview(ws, today=as_of)
    prof, stats = ov.profile, ov.stats
    meetings = MeetingService(ws).tally_by_kind(start, end)
    meeting_uuid = snap.uuid_of["meeting"]
    obligations = [{"kind": o.kind, "name": o.name, "period": o.span.label(), "state": o.state, "source": o.source,
                    "meetings": [meeting_uuid[i] for i in o.meeting_ids if i in meeting_uuid]}
                   for o in all_obligations(ws, as_of, periods=month)]
    ps = ov.pledges
    rate = ps.branch.rate
    grid = ov.dues
    mi = start.month - 1
    cells = [r.cells[mi] for r in grid.rows if r.cells[mi].due]
    dev: dict[str, int] = defaultdict(int)
    for p in DevelopmentService(ws).list_people():
        if not p.outcome:
            dev[STAGES.get(p.stage, str(p.stage))] += 1
    plans = PlanService(ws)
    bench: dict[str, Any] = {"set": None, "total": None, "out_of": None, "scores": {}}
    if start.strftime("%Y-%m") in plans.assessed_months():
        sheet = plans.sheet(month, today=as_of, suggest=False)
        bench = {"set": sheet.set.name, "total": str(sheet.total),
                 "out_of": str(sum((i.weight for i in sheet.set.indicators), Decimal(0))),
                 "scores": {r.indicator.code: str(r.score) for r in sheet.rows}}
    return {
        "schema_version": SCHEMA_VERSION,
        "branch": {"code": prof.code if prof else "", "name": prof.name if prof else "",
                   "type": prof.branch_type if prof else "", "superior": prof.superior if prof else ""},
        "period": month, "as_of": as_of.isoformat(),
        "members": {"total": stats.total, "full": stats.full, "probationary": stats.probationary,
                    "by_group": {c.label: c.count for c in stats.by_group}},
        "meetings": meetings,
        "obligations": obligations,
        "metrics": metric_values(ws, month, set(METRICS), as_of),
        "pledges": {"year": as_of.year, "count": sum(ps.review_counts.values()),
                    "rate": None if rate is None else round(float(rate), 4)},
        "dues": {"due_cents": grid.due_by_month[mi], "paid_cents": grid.paid_by_month[mi], "members_due": len(cells),
                 "members_paid": sum(1 for c in cells if c.paid_fen >= c.due_fen > 0 or (c.due_fen == 0 and c.paid_fen > 0))},
        "development": dict(dev),
        "benchmark": bench,
        "changes": {b: {"new": c.new, "changed": c.changed, "deleted": c.deleted} for b, c in changes.items()},
    }


def _jsonl(lines: list[Line]) -> bytes:
    out = []
    for ln in lines:
        text = json.dumps(ln.as_json(), ensure_ascii=False, separators=(",", ":"))
        if len(text.encode()) > MAX_JSON_LINE:  # the committee would refuse it: say which record, here
            raise UserError(pick(f"{label(ln.book)}的记录 {ln.uuid[:8]} 超过 {MAX_JSON_LINE >> 10} KiB（报送文件每条记录的上限），"
                                 "请缩短其内容（长文可作为附件）后再报送。",
                                 f"The record {ln.uuid[:8]} of {label(ln.book)} is over {MAX_JSON_LINE >> 10} KiB (a "
                                 "bundle's limit per record); shorten it (long texts can go in as attachments)."))
        out.append(text + "\n")
    return "".join(out).encode()


def _xlsx(lines: list[Line], path: Path) -> None:
    """The book's records as a sheet for people who read spreadsheets: one row per record, the payload's plain
    fields as columns (details such as attendance are counted)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    by_table: dict[str, list[Line]] = defaultdict(list)
    for ln in lines:
        by_table[ln.table].append(ln)
    for table, rows in by_table.items():
        ws = wb.create_sheet(table[:31])
        cols: list[str] = []
        for ln in rows:
            for k in ln.payload or {}:
                if k not in cols:
                    cols.append(k)
        append_row(ws, ["uuid", "deleted", "state", *cols])
        for ln in rows:
            p = ln.payload or {}
            vals = [len(v) if isinstance(v, list) else v for v in (p.get(c) for c in cols)]
            append_row(ws, [ln.uuid, "yes" if ln.deleted else "", ln.state, *vals])
    wb.save(path)


def document_title(name: str) -> str:
    """What a document of a bundle is, in words, for the committee's window (its file name is the bundle format's
    and stays ASCII: 01-monthly-report.pdf, xlsx/records-meetings.xlsx …)."""
    base = name.rsplit("/", 1)[-1]
    if base == "01-monthly-report.pdf":
        return pick("支部工作月度报告", "Monthly report")
    if base == "02-meetings.pdf":
        return pick("三会一课登记表", "Register of meetings")
    if m := re.fullmatch(r"03-meeting-(\d{4}-\d{2}-\d{2})-\w+\.pdf", base):
        return pick(f"会议记录 {m[1]}", f"Meeting record {m[1]}")
    if base == "roster.xlsx":
        return pick("党员花名册（表格）", "Member roster (spreadsheet)")
    if m := re.fullmatch(r"records-([\w-]+)\.xlsx", base):
        return pick(f"{label(m[1])}：本月变动（表格）", f"{label(m[1])}: this month's changes (spreadsheet)")
    return base

def _reports(ws: Workspace, pv: Preview, tmp: Path) -> list[tuple[str, Path]]:
    from models.rules.periods import parse_period as pp
    from models.services.meetings import MeetingService
    from reports.meetings import render_meeting, render_meeting_list
    from reports.monthly import render_monthly

    out = [("01-monthly-report.pdf", tmp / "monthly.pdf")]
    render_monthly(pv.summary, out[0][1])
    period = pp(pv.period)
    assert period is not None
    meetings = MeetingService(ws).list_meetings(period)
    if meetings:
        out.append(("02-meetings.pdf", tmp / "meetings.pdf"))
        render_meeting_list(ws, period, out[-1][1])
    for m in sorted(meetings, key=lambda m: (m.held_on, m.id)):
        name = f"03-meeting-{m.held_on.isoformat()}-{m.uuid[:8]}.pdf"
        render_meeting(ws, m.id, tmp / name, mask=not pv.show_ids)
        out.append((name, tmp / name))
    return out


def write(ws: Workspace, pv: Preview, progress: Progress | None = None) -> Written:
    """Write the bundle into the workspace's ``bundles/`` folder, read it back and check it, then record it as
    sent. Nothing is recorded unless the file checked out."""
    from models.services.profile import ProfileService

    prof = ProfileService(ws).get()
    if prof is None or not prof.code:
        raise UserError(pick("请先在“1 支部基本情况”里填写支部代码（报送文件用它命名，上级用它区分支部）。",
                             "Enter the branch code in “1 Branch profile” first (it names the bundle and tells "
                             "the committee which branch sent it)."))
    signer = workspace_signer(ws)
    with ws.session() as s:
        last = s.scalars(select(BundleSent).order_by(BundleSent.sequence.desc()).limit(1)).first()
        seq = (last.sequence if last else 0) + 1
        previous = f"{last.uuid} {last.sha256}" if last else "none"
        rev = (s.scalar(select(func.max(BundleSent.revision)).where(BundleSent.period == pv.period)) or 0) + 1
    bundle_uuid = str(uuidlib.uuid4())
    stem = safe_name(f"{prof.code}_{pv.period}_r{rev}")
    dest = bundles_dir(ws)
    summary = {**pv.summary}
    with tempfile.TemporaryDirectory(prefix="branchdesk-bundle-") as t:
        tmp = Path(t)
        step(progress, 0, 100, pick("正在生成报表…", "Printing the forms…"))
        reports = _reports(ws, pv, tmp)
        summary["reports"] = [n for n, _ in reports]
        by_book: dict[str, list[Line]] = defaultdict(list)
        for ln in pv.lines:
            by_book[ln.book].append(ln)
        xlsx: list[tuple[str, Path]] = []
        for book in BOOKS:
            if by_book.get(book):
                p = tmp / f"{book}.xlsx"
                _xlsx(by_book[book], p)
                xlsx.append((f"xlsx/records-{book}.xlsx", p))
        _xlsx(pv.roster, tmp / "roster.xlsx")
        xlsx.append(("xlsx/roster.xlsx", tmp / "roster.xlsx"))
        payload: list[tuple[str, Source]] = [
            ("summary.json", json.dumps(summary, ensure_ascii=False, indent=1).encode()),
            ("roster.jsonl", _jsonl(pv.roster)),
            *((f"records/{b}.jsonl", _jsonl(by_book[b])) for b in BOOKS if by_book.get(b)),
            *((f"schema/{n}", d) for n, d in schema_files().items()),
            *((f"reports/{n}", p) for n, p in reports),
            *xlsx,
            *((f"attachments/{n}", _attachment_source(ws, n, p)) for n, p, _s in pv.attachments),
        ]
        total = sum(len(x) if isinstance(x, bytes) else x.stat().st_size for _n, x in payload)
        if total > FAT32_LIMIT - (64 << 20):
            raise UserError(pick("报送文件将超过4 GiB（FAT32 U盘的单个文件上限），请把大附件移出后再报送。",
                                 "The bundle would pass 4 GiB (the largest file a FAT32 stick holds); "
                                 "move large attachments out and try again."))
        info = {
            "Source-Organization": prof.name,
            "External-Identifier": bundle_uuid,
            "Branch-Id": prof.code,
            "Period": pv.period,
            "Revision": str(rev),
            "Sequence": str(seq),
            "Schema-Version": SCHEMA_VERSION,
            "Producer": f"Branch Desk {VERSION}",
            "Previous-Bundle": previous,
            "Audit-Head": pv.digest,
            "IDs-Shown": "yes" if pv.show_ids else "no",
        }
        from exchange.demo import is_demo

        if is_demo(ws):
            info["Demo"] = "yes"  # a demo branch's bundle: a committee refuses it
        written = write_bag_zip(dest, stem, payload, info, signer, progress, total)
    faults.point("bundle-written")
    step(progress, 100, 100, pick("正在读回核对…", "Reading it back…"))
    problems = verify_bundle(written.path).reasons
    if problems and ws.key is not None:  # an encrypted branch keeps nothing in clear, not even a failed try
        written.path.unlink()
        raise UserError(pick(f"写出的报送文件读回核对失败（{problems[0]}），已删除，没有记为已报送。请重试。",
                             f"The bundle failed its read-back check ({problems[0]}); deleted and not recorded as "
                             "sent. Try again."))
    if problems:
        bad = written.path.with_name(written.path.name + ".damaged")
        os.replace(written.path, bad)
        raise UserError(pick(f"写出的报送文件读回核对失败（{problems[0]}），已改名为 {bad.name}，没有记为已报送。请重试。",
                             f"The bundle failed its read-back check ({problems[0]}); renamed to {bad.name} and not "
                             "recorded as sent. Try again."))
    file_name = written.path.name  # the bundle's own name (what the stick gets), sealed kept copy or not
    if ws.key is not None:  # the copy kept in bundles/ is sealed like the rest of the branch's data
        written = Written(seal_file(ws.key, written.path), written.sha256, written.size)
    with ws.session() as s:
        b = BundleSent(uuid=bundle_uuid, period=pv.period, revision=rev, sequence=seq,
                       previous_uuid=last.uuid if last else "", file_name=file_name, sha256=written.sha256,
                       size=written.size, digest=pv.digest, records=len(pv.lines), status="pending")
        s.add(b)
        s.flush()
        s.add_all([BundleRecord(bundle_id=b.id, uuid=ln.uuid, table_name=ln.table, hash=ln.hash) for ln in pv.lines])
    return written


def copy_to(src: Path, dest_dir: Path, progress: Progress | None = None, key: DataKey | None = None,
            digest: tuple[str, int] | None = None) -> Path:
    """Copy a written bundle onto a stick (``write_new_file``: .partial, flushed, renamed, never over a file), then
    read it back and compare. A sealed kept copy (``….zip.sealed``) is opened with ``key`` on the way: the stick
    gets the bundle itself. ``digest``: its SHA-256 and size in clear, when the caller has just read them."""
    name = src.name.removesuffix(SEALED_SUFFIX)
    final = Path(dest_dir) / name
    want, size = digest or clear_digest(src, key)
    if final.exists() and sha256_of(final) == want:
        return final  # this very bundle is there already
    if Path(dest_dir).is_dir():
        require_space(Path(dest_dir), size + (64 << 10))  # say so before writing, not after filling the stick

    def fill(out: IO[bytes]) -> None:
        done = 0
        for chunk in file_pieces(src, key):
            out.write(chunk)
            done += len(chunk)
            step(progress, done, size, final.name)
            faults.point("bundle-copying")

    write_new_file(Path(dest_dir), name, fill)
    try:
        got = sha256_of(final)
    except OSError as exc:
        raise _stick_error(exc, Path(dest_dir)) from exc
    if got != want:
        bad = final.with_name(final.name + ".damaged")
        os.replace(final, bad)
        raise UserError(pick(f"复制到U盘后读回的内容不一致，已改名为 {bad.name}。U盘可能有问题，请换一个再试。",
                             f"The copy on the stick reads back different; renamed to {bad.name}. The stick may be "
                             "faulty; try another."))
    return final


@dataclass(frozen=True)
class Delivered:
    """What one 报送 did: the bundles delivered (oldest first; an earlier one not delivered goes along) and
    whether the month's bundle was written now or was a finished one delivered again."""

    paths: list[Path]
    sha256: str
    reused: bool


def send(ws: Workspace, pv: Preview, dest: Path, progress: Progress | None = None) -> Delivered:
    """报送: write the month's bundle unless a finished one for that month waits in ``bundles/`` (then that very
    file goes, never a new revision), then deliver every bundle not yet delivered, in order, so the committee
    never sees a gap the branch's own retry made. A month counts as sent only once its file is complete in the
    destination and read back."""
    adopt_orphans(ws)
    waiting = [b for b in pending(ws) if b.period == pv.period]
    reused = bool(waiting)
    if not waiting:
        write(ws, pv, progress)
    paths = deliver_pending(ws, dest, progress)
    mine = [b for b in history(ws) if b.period == pv.period]
    return Delivered(paths, mine[0].sha256 if mine else "", reused)


def deliver_pending(ws: Workspace, dest: Path, progress: Progress | None = None) -> list[Path]:
    """Copy each bundle not yet delivered into ``dest`` (read back and compared), then record it as delivered."""
    out: list[Path] = []
    src_dir = bundles_dir(ws)
    same = Path(dest).resolve() == src_dir.resolve()
    if same and ws.key is not None:
        raise UserError(pick("这是留底的文件夹，报送文件在这里是加密保存的。请选择U盘或另一个文件夹。",
                             "This is the folder of kept copies, sealed in an encrypted branch. Choose the stick or "
                             "another folder."))
    for b in pending(ws):
        src = kept_path(ws, b.file_name)
        try:
            digest = clear_digest(src, ws.key) if src.exists() else None
        except UserError:  # a sealed copy that does not open
            digest = None
        if digest is None or digest[0] != b.sha256:
            raise UserError(pick(
                f"留底的报送文件 {b.file_name} 不见了或已被改动，无法送出。请在“报送上级”里重新生成，或与上级联系。",
                f"The kept bundle {b.file_name} is missing or changed and cannot be delivered. Write it again in "
                "“Send”, or contact the committee."))
        out.append(src if same else copy_to(src, Path(dest), progress, ws.key, digest))
        faults.point("bundle-copied")
        with ws.session() as s:
            row = s.scalars(select(BundleSent).where(BundleSent.uuid == b.uuid)).one()
            row.status = "written"
    return out


def adopt_orphans(ws: Workspace) -> list[str]:
    """Bundles in ``bundles/`` that the ledger does not know — written just before the program was killed, or
    after the backup that was restored — are taken back into the ledger (as not yet delivered) when they are
    this branch's, signed with its key and continue its chain; the next bundle then follows them instead of
    reusing their place in the chain."""
    seal_kept_bundles(ws)  # a clear copy a stopped program left in an encrypted branch is sealed first
    folder = bundles_dir(ws)
    with ws.session() as s:
        known = set(s.scalars(select(BundleSent.file_name)))
    kept = [*folder.glob("*.zip"), *folder.glob(f"*.zip{SEALED_SUFFIX}")]
    orphans = sorted(p for p in kept if p.name.removesuffix(SEALED_SUFFIX) not in known)
    if not orphans:
        return []
    from models.services.profile import ProfileService

    prof = ProfileService(ws).get()
    mine = workspace_signer(ws).fingerprint
    found, sizes = [], {}
    for p in orphans:
        try:
            with _in_clear(p, ws.key) as plain:
                v = verify_bundle(plain)
                sizes[plain.name] = plain.stat().st_size
        except UserError:
            continue  # sealed with another key, or damaged: not taken back
        v.path = folder / plain.name
        if v.ok and prof is not None and v.info.get("Branch-Id") == prof.code and v.fingerprint == mine:
            found.append(v)
    adopted: list[str] = []
    for v in sorted(found, key=lambda v: int(v.info["Sequence"])):
        with ws.session() as s:
            last = s.scalars(select(BundleSent).order_by(BundleSent.sequence.desc()).limit(1)).first()
            expected = f"{last.uuid} {last.sha256}" if last else "none"
            if int(v.info["Sequence"]) != (last.sequence if last else 0) + 1 or v.info["Previous-Bundle"] != expected:
                continue
            b = BundleSent(uuid=v.info["External-Identifier"], period=v.info["Period"], revision=int(v.info["Revision"]),
                           sequence=int(v.info["Sequence"]), previous_uuid=last.uuid if last else "",
                           file_name=v.path.name, sha256=v.sha256, size=sizes[v.path.name],
                           digest=v.info["Audit-Head"], records=len(v.lines), status="pending")
            s.add(b)
            s.flush()
            s.add_all([BundleRecord(bundle_id=b.id, uuid=str(ln["uuid"]), table_name=str(ln["table"]),
                                    hash=str(ln["hash"])) for ln in v.lines])
        adopted.append(v.path.name)
    if adopted:
        import logging

        logging.getLogger(__name__).info("bundles taken back into the ledger: %s", ", ".join(adopted))
    return adopted


# ---- checking a bundle's content (both sides) --------------------------------------------------------------------

@dataclass
class Verified:
    """A bundle that was checked: the bag and signature (``bag``), then the content."""

    path: Path
    reasons: list[str]
    info: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    fingerprint: str = ""
    public_key: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
    lines: list[dict[str, Any]] = field(default_factory=list)
    roster: list[dict[str, Any]] = field(default_factory=list)
    documents: dict[str, tuple[str, int]] = field(default_factory=dict)  # forms and attachments → (SHA-256, size)
    source: Path | bytes = b""  # what was checked, to read a document from (read_document)
    stem: str = ""

    @property
    def ok(self) -> bool:
        return not self.reasons


REQUIRED_INFO = ("Source-Organization", "External-Identifier", "Bagging-Date", "Payload-Oxum", "Branch-Id", "Period",
                 "Revision", "Sequence", "Schema-Version", "Producer", "Previous-Bundle", "Audit-Head")


def verify_bundle(path: Path | bytes, keep_documents: bool = False, progress: Progress | None = None) -> Verified:
    """Everything that can be checked without knowing the branch: the zip, the bag, the signature, bag-info,
    the schema version, every JSON file against its schema and every record's hash."""
    bag = check_bag_zip(path, lambda _rel: True, progress)
    v = Verified(bag.path, list(bag.reasons), bag.info, bag.sha256, bag.fingerprint, bag.public_key)
    if not bag.ok:
        return v
    info = bag.info
    missing = [k for k in REQUIRED_INFO if not info.get(k)]
    if missing:
        v.reasons.append(pick(f"bag-info.txt 缺少：{'、'.join(missing)}", f"bag-info.txt lacks: {', '.join(missing)}"))
        return v
    if info["Schema-Version"] != SCHEMA_VERSION:
        v.reasons.append(pick(f"未知的数据格式版本 {info['Schema-Version']}（本程序读 {SCHEMA_VERSION}），请升级程序",
                              f"Unknown schema version {info['Schema-Version']} (this program reads {SCHEMA_VERSION}); "
                              "install the newest version"))
        return v
    try:
        rev, seq = int(info["Revision"]), int(info["Sequence"])
        if rev < 1 or seq < 1:
            raise ValueError
    except ValueError:
        v.reasons.append(pick("Revision/Sequence 不是正整数", "Revision/Sequence are not positive whole numbers"))
        return v
    if bag.stem != safe_name(f"{info['Branch-Id']}_{info['Period']}_r{rev}"):
        v.reasons.append(pick(f"袋名 {bag.stem} 与 bag-info 中的支部、月份、版次不符",
                              f"The bag's name {bag.stem} does not match its branch, month and revision"))
        return v
    val = validators()
    try:
        summary = json.loads(bag.files.get("summary.json", b""))
    except ValueError as e:
        v.reasons.append(pick(f"summary.json 不是有效的JSON：{e}", f"summary.json is not valid JSON: {e}"))
        return v
    errs = val.summary_errors(summary)
    if errs:
        v.reasons.append(pick(f"summary.json 不符合格式：{errs[0]}", f"summary.json does not match its schema: {errs[0]}"))
        return v
    if summary["period"] != info["Period"] or summary["branch"]["code"] != info["Branch-Id"]:
        v.reasons.append(pick("summary.json 的支部或月份与 bag-info 不符", "summary.json names another branch or month"))
        return v
    v.summary = summary
    count = 0
    for rel, data in sorted(bag.files.items()):
        if not rel.endswith(".jsonl"):
            continue
        book = rel.removeprefix("records/").removesuffix(".jsonl")
        out = v.roster if rel == "roster.jsonl" else v.lines
        # split the bytes at line ends only (a record may hold U+2028, which str.splitlines would split at)
        for n, raw in enumerate(data.splitlines(), start=1):
            count += 1
            if count > MAX_LINES:
                v.reasons.append(pick(f"记录超过 {MAX_LINES} 行的上限，未读取", f"More than {MAX_LINES} records; not read"))
                return v
            if len(raw) > MAX_JSON_LINE:
                v.reasons.append(pick(f"{rel} 第{n}行超过 {MAX_JSON_LINE >> 10} KiB 的上限，未读取",
                                      f"{rel} line {n} is over the {MAX_JSON_LINE >> 10} KiB limit; not read"))
                return v
            try:
                line = json.loads(raw.decode("utf-8", "replace"))
            except ValueError as e:
                v.reasons.append(pick(f"{rel} 第{n}行不是有效的JSON：{e}", f"{rel} line {n} is not valid JSON: {e}"))
                return v
            errs = val.line_errors(line) if isinstance(line, dict) else ["not an object"]
            if errs:
                v.reasons.append(pick(f"{rel} 第{n}行不符合格式：{errs[0]}", f"{rel} line {n} does not match its schema: {errs[0]}"))
                return v
            if rel != "roster.jsonl" and line["book"] != book:
                v.reasons.append(pick(f"{rel} 第{n}行属于另一本台账（{line['book']}）", f"{rel} line {n} belongs to book {line['book']}"))
                return v
            if Line(**{k: line[k] for k in ("book", "table", "uuid", "version", "state", "deleted", "updated_at",
                                            "payload")}).hash != line["hash"]:
                v.reasons.append(pick(f"{rel} 第{n}行的内容与其校验值不符", f"{rel} line {n} does not match its hash"))
                return v
            out.append(line)
    v.source, v.stem = path, bag.stem
    v.documents = dict(bag.documents) if keep_documents else {}
    return v

