"""The committee side (docs/design.md §5): receive bundles from many branches, check each completely, apply it
in one transaction or refuse it with its reasons; the branches × months matrix, each branch's obligations, the
ranking, the forms as received; signed receipts (回执) back to the branches.

The store is SQLite in the committee's folder (``committee.sqlite3``) or a PostgreSQL server given a URL; the
same migrations (``models/committee_migrations``) serve both.
"""
from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from exchange.bag import MAX_DOCUMENT, read_document
from exchange.bundle import Verified, verify_bundle
from exchange.keys import Signer, normalise_fingerprint, show_fingerprint
from exchange.records import state_digest
from models.base import utcnow
from models.committee import CmBranch, CmBundle, CmDocument, CmHeld, CmRecord, CmRejected
from models.committee_store import BundleInfo, CommitteeStore, bundle_info
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress, step

log = logging.getLogger(__name__)

CHUNK = 400
MAX_HELD = 256 << 20  # a bundle held until its branch's key is confirmed is kept in the store as it came


# ---- receiving ---------------------------------------------------------------------------------------------------

@dataclass
class Received:
    path: Path
    status: str  # applied / held (待确认: the branch's key is not confirmed yet) / already / rejected
    reasons: list[str] = field(default_factory=list)
    branch: str = ""
    period: str = ""
    revision: int = 0
    records: int = 0
    new_branch: bool = False
    fingerprint: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "status": self.status, "reasons": self.reasons, "branch": self.branch,
                "period": self.period, "revision": self.revision, "records": self.records,
                "new_branch": self.new_branch, "fingerprint": self.fingerprint}


class _Reject(Exception):
    pass


def find_bundles(paths: list[Path]) -> list[Path]:
    """Bundle files given directly or found in the given folders (a stick's top folder and one level down)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(q for q in p.glob("*.zip") if q.is_file())
            out += sorted(q for q in p.glob("*/*.zip") if q.is_file())
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def _chain_key(path: Path) -> tuple[str, int]:
    """Branch and place in the chain from bag-info, read without checking anything and only to put the work in
    order; a file that cannot be read this way sorts last and is refused with its reasons when checked."""
    from exchange.bag import parse_bag_info

    try:
        with zipfile.ZipFile(path) as z:
            zi = next(i for i in z.infolist() if i.filename.count("/") == 1 and i.filename.endswith("/bag-info.txt"))
            if zi.file_size > 1 << 16:
                raise ValueError(zi.filename)
            info = parse_bag_info(z.read(zi).decode("utf-8", "replace"))
        return info.get("Branch-Id", ""), int(info.get("Sequence", ""))
    except (OSError, zipfile.BadZipFile, StopIteration, ValueError, RuntimeError, NotImplementedError):
        return "\uffff", 0


def receive(store: CommitteeStore, paths: list[Path], progress: Progress | None = None) -> list[Received]:
    """Check and apply each bundle, branch by branch in chain order, each in its own transaction (one bundle in
    memory at a time). Re-importing a bundle changes nothing. Results come in the order the files were given."""
    files = find_bundles(paths)
    results = [Received(p, "rejected") for p in files]
    order = sorted(range(len(files)), key=lambda i: (*_chain_key(files[i]), i))
    backed_up = False
    for done, i in enumerate(order):
        p, r = files[i], results[i]
        step(progress, done, len(files), p.name)
        if not p.exists():
            r.reasons.append(pick("找不到文件", "No such file"))
            continue
        v = verify_bundle(p, keep_documents=True)
        r = results[i] = _received(p, v)
        if v.ok:
            if not backed_up:
                store.backup("before-receive")
                backed_up = True
            try:
                with store.session() as s:
                    r.status, r.new_branch = _admit(s, v)
            except _Reject as exc:
                r.reasons.append(str(exc))
        if r.status == "rejected":
            _log_rejection(store, r, v.sha256)
    step(progress, len(files), len(files), "")
    return results


def _received(path: Path, v: Verified) -> Received:
    """What a check of one file found, before anything is applied (refused unless applying says otherwise)."""
    rev = v.info.get("Revision", "")
    return Received(path, "rejected", list(v.reasons), v.info.get("Branch-Id", ""), v.info.get("Period", ""),
                    int(rev) if rev.isdigit() else 0, len(v.lines), fingerprint=v.fingerprint)


def _log_rejection(store: CommitteeStore, r: Received, sha: str) -> None:
    with store.session() as s:
        s.add(CmRejected(file_name=r.path.name[:255], sha256=sha, branch_code=r.branch[:40], period=r.period[:7],
                         reasons="\n".join(r.reasons)))


def _upsert(s: Session, rows: list[dict[str, Any]]) -> None:
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(CmRecord)
    else:
        from sqlalchemy.dialects.sqlite import insert as lite_insert

        stmt = lite_insert(CmRecord)
    ex = stmt.excluded
    stmt = stmt.on_conflict_do_update(index_elements=["branch_id", "uuid"], set_={
        "book": ex.book, "table_name": ex.table_name, "version": ex.version, "state": ex.state, "deleted": ex.deleted,
        "hash": ex.hash, "payload": func.coalesce(ex.payload, CmRecord.payload), "bundle_id": ex.bundle_id})
    for i in range(0, len(rows), CHUNK):
        s.execute(stmt, rows[i:i + CHUNK])


def _admit(s: Session, v: Verified) -> tuple[str, bool]:
    """Apply a verified bundle of a branch whose key a person confirmed; hold one of a branch not confirmed yet
    (a new branch is listed with its fingerprint); refuse one signed by another key than the branch's."""
    info = v.info
    code = info["Branch-Id"]
    if info.get("Demo") == "yes":
        raise _Reject(pick("这是演示支部的报送文件（数据是虚构的），不接收", "This is a demo branch's bundle (made-up data); "
                           "not received"))
    same = s.scalars(select(CmBundle).where(CmBundle.uuid == info["External-Identifier"])).first()
    if same is not None:
        if same.sha256 == v.sha256:
            return "already", False
        raise _Reject(pick("同一编号的报送文件此前已接收，但内容不同（疑似伪造或被改动）",
                           "A bundle with this ID was received before with other content (forged or altered?)"))
    branch = s.scalars(select(CmBranch).where(CmBranch.code == code)).first()
    new = branch is None
    if branch is None:
        branch = CmBranch(code=code, fingerprint=v.fingerprint, public_key=v.public_key,
                          name=str(v.summary["branch"]["name"])[:100], branch_type=str(v.summary["branch"]["type"])[:20])
        s.add(branch)
        s.flush()
    elif branch.fingerprint != v.fingerprint:
        raise _Reject(pick(
            f"支部 {code} 登记的密钥指纹是 {show_fingerprint(branch.fingerprint)}，这个文件却用 "
            f"{show_fingerprint(v.fingerprint)} 签名。请电话核实；若支部确实换了电脑和密钥，先在“支部”里撤销原密钥再接收。",
            f"Branch {code} is registered with key {show_fingerprint(branch.fingerprint)} but this file is signed with "
            f"{show_fingerprint(v.fingerprint)}. Check by phone; if the branch really has a new key, forget the old one "
            "under Branches first."))
    if not branch.confirmed:
        if v.path.stat().st_size > MAX_HELD:
            raise _Reject(pick(f"支部 {code} 的密钥尚未确认，而这个文件超过 {MAX_HELD >> 20} MiB，无法保留为待确认：请先电话核实并"
                               "确认该支部的密钥，再接收一次",
                               f"Branch {code}'s key is not confirmed and this file is over {MAX_HELD >> 20} MiB, too "
                               "large to hold: confirm the branch's key by phone first, then receive it again"))
        if s.scalars(select(CmHeld).where(CmHeld.sha256 == v.sha256)).first() is None:
            s.add(CmHeld(branch_id=branch.id, sha256=v.sha256, fingerprint=v.fingerprint, sequence=int(info["Sequence"]),
                         period=info["Period"][:7], revision=int(info["Revision"]), file_name=v.path.name[:200],
                         content=v.path.read_bytes()))
        return "held", new
    _apply(s, branch, v, v.path.name, v.path.stat().st_size)
    return "applied", new


def _apply(s: Session, branch: CmBranch, v: Verified, file_name: str, size: int) -> None:
    """A verified bundle of a confirmed branch, in its place in the chain, in the caller's transaction."""
    info = v.info
    seq = int(info["Sequence"])
    want_prev = "none" if branch.last_sequence == 0 else f"{branch.last_uuid} {branch.last_sha256}"
    if seq <= branch.last_sequence:
        raise _Reject(pick(f"顺序号 {seq} 不在链上（已接收到第 {branch.last_sequence} 号）：与已接收的报送分叉",
                           f"Sequence {seq} forks the chain (received up to {branch.last_sequence})"))
    if seq > branch.last_sequence + 1:
        raise _Reject(pick(f"缺少该支部第 {branch.last_sequence + 1}–{seq - 1} 号报送文件，请先接收它们（可让支部从“报送记录”再复制一份）",
                           f"Bundles {branch.last_sequence + 1}–{seq - 1} of this branch are missing; receive them first "
                           "(the branch can copy them again from its history)"))
    if info["Previous-Bundle"] != want_prev:
        raise _Reject(pick("Previous-Bundle 与已接收的上一份报送不符（链条断开）",
                           "Previous-Bundle does not match the last bundle received (the chain is broken)"))
    b = CmBundle(uuid=info["External-Identifier"], branch_id=branch.id, period=info["Period"],
                 revision=int(info["Revision"]), sequence=seq, sha256=v.sha256, file_name=file_name[:200],
                 size=size, producer=info["Producer"][:60], bagging_date=info["Bagging-Date"][:10],
                 records=len(v.lines), summary=json.dumps(v.summary, ensure_ascii=False))
    s.add(b)
    s.flush()
    _upsert(s, [{"branch_id": branch.id, "uuid": ln["uuid"], "book": ln["book"], "table_name": ln["table"],
                 "version": ln["version"], "state": ln["state"], "deleted": ln["deleted"], "hash": ln["hash"],
                 "payload": None if ln["payload"] is None else json.dumps(ln["payload"], ensure_ascii=False),
                 "bundle_id": b.id} for ln in v.lines])
    hashes = dict(s.execute(select(CmRecord.uuid, CmRecord.hash).where(CmRecord.branch_id == branch.id)).all())
    if state_digest(hashes) != info["Audit-Head"]:
        raise _Reject(pick("应用后的记录与支部的记录不一致（Audit-Head 不符）：可能漏收了报送或支部的数据被恢复过，请联系支部",
                           "After applying, the records differ from the branch's (Audit-Head mismatch): a bundle may be "
                           "missing or the branch restored old data; contact the branch"))
    for name, (sha, size) in v.documents.items():  # one at a time: a bundle's forms are never all in memory
        data = read_document(v.source, v.stem, name) if size <= MAX_DOCUMENT else b""  # larger: only in the file
        if data and hashlib.sha256(data).hexdigest() != sha:
            raise _Reject(pick(f"{name} 在核验之后被改动", f"{name} changed after it was checked"))
        s.add(CmDocument(bundle_id=b.id, name=name[:255], sha256=sha, size=size, content=data))
    branch.name = v.summary["branch"]["name"][:100]
    branch.branch_type = v.summary["branch"]["type"][:20]
    branch.last_sequence, branch.last_uuid, branch.last_sha256 = seq, b.uuid, v.sha256
    branch.roster = "\n".join(json.dumps(r, ensure_ascii=False) for r in v.roster)


# ---- views -------------------------------------------------------------------------------------------------------

def confirm_branch(store: CommitteeStore, code: str, typed: str | None = None) -> list[Received]:
    """A person compared the branch's fingerprint (read out by phone) with the one received: ``typed`` is what the
    branch read out, compared in full. The branch's held bundles then apply in chain order; what cannot apply
    (a gap in the chain) is refused with its reason, as it would have been on arrival."""
    with store.session() as s:
        b = s.scalars(select(CmBranch).where(CmBranch.code == code)).first()
        if b is None:
            raise UserError(pick(f"没有支部 {code}", f"No branch {code}"))
        if typed is not None and normalise_fingerprint(typed) != b.fingerprint:
            raise UserError(pick(f"支部 {code} 读出的指纹与收到的报送文件的密钥指纹（{show_fingerprint(b.fingerprint)}…）不符，"
                                 "未确认。请再核实；若支部换了密钥，请让支部重新报送。",
                                 f"The fingerprint branch {code} read out does not match the key its bundles are signed "
                                 f"with ({show_fingerprint(b.fingerprint)}…); not confirmed. Check again."))
        b.confirmed = True
        branch_id = b.id
        held = [(h.id, h.file_name) for h in s.scalars(select(CmHeld).where(CmHeld.branch_id == branch_id)
                                                        .order_by(CmHeld.sequence, CmHeld.id))]
    results: list[Received] = []
    for held_id, name in held:
        with store.session() as s:
            h = s.get(CmHeld, held_id)
            assert h is not None
            content = h.content
        v = verify_bundle(content, keep_documents=True)
        r = _received(Path(name), v)
        if v.ok:
            try:
                with store.session() as s:
                    branch = s.get(CmBranch, branch_id)
                    assert branch is not None
                    _apply(s, branch, v, name, len(content))
                    s.execute(delete(CmHeld).where(CmHeld.id == held_id))
                r.status = "applied"
            except _Reject as exc:
                r.reasons.append(str(exc))
        if r.status == "rejected":
            with store.session() as s:
                s.execute(delete(CmHeld).where(CmHeld.id == held_id))
            _log_rejection(store, r, v.sha256)
        results.append(r)
    return results


def held(store: CommitteeStore) -> list[tuple[str, str, int, str]]:
    """Bundles held until their branch's key is confirmed (待确认): (branch code, month, revision, file name)."""
    with store.session() as s:
        return [(code, h.period, h.revision, h.file_name) for h, code in s.execute(
            select(CmHeld, CmBranch.code).join(CmBranch, CmBranch.id == CmHeld.branch_id)
            .order_by(CmBranch.code, CmHeld.sequence))]


def forget_key(store: CommitteeStore, code: str, new_fingerprint: str) -> None:
    """The branch really has a new key (a new laptop, a lost one): trust the given fingerprint from now on. The
    chain continues; a branch that lost its data too starts over by removing it (``remove_branch``)."""
    with store.session() as s:
        b = s.scalars(select(CmBranch).where(CmBranch.code == code)).first()
        if b is None:
            raise UserError(pick(f"没有支部 {code}", f"No branch {code}"))
        b.fingerprint, b.public_key, b.confirmed = normalise_fingerprint(new_fingerprint), "", True


def remove_branch(store: CommitteeStore, code: str) -> None:
    with store.session() as s:
        s.execute(delete(CmBranch).where(CmBranch.code == code))


def document(store: CommitteeStore, doc_id: int) -> tuple[str, bytes]:
    with store.session() as s:
        d = s.get(CmDocument, doc_id)
        if d is None:
            raise UserError(pick("没有这个文件", "No such document"))
        if d.size and not d.content:
            raise UserError(pick(f"{d.name} 超过 {MAX_DOCUMENT >> 20} MiB，没有存入党委的数据库；请在支部的原报送文件里查看",
                                 f"{d.name} is over {MAX_DOCUMENT >> 20} MiB and was not copied into the store; open it "
                                 "from the branch's bundle file"))
        return d.name, d.content


def committee_signer(store: CommitteeStore) -> Signer:
    """The committee's own signing key (made on first use), kept in its store; it signs the receipts."""
    text = store.meta("signing_key")
    if text:
        return Signer.from_hex(text)
    signer = Signer.generate()
    store.set_meta("signing_key", signer.to_hex())
    return signer


# ---- receipts ----------------------------------------------------------------------------------------------------

RECEIPT_FORMAT = "branchdesk-receipt"


def _bundle(s: Session, bundle_uuid: str) -> tuple[CmBundle, CmBranch]:
    row = s.execute(select(CmBundle, CmBranch).join(CmBranch, CmBranch.id == CmBundle.branch_id)
                    .where(CmBundle.uuid == bundle_uuid)).first()
    if row is None:
        raise UserError(pick(f"没有收到编号为 {bundle_uuid} 的报送", f"No bundle {bundle_uuid} was received"))
    return row[0], row[1]


def decide(store: CommitteeStore, bundle_uuid: str, accept: bool, comments: str = "") -> BundleInfo:
    if not accept and not comments.strip():
        raise UserError(pick("退回时请写明意见（支部要据此修改）", "Say why when returning (the branch corrects by it)"))
    with store.session() as s:
        b, br = _bundle(s, bundle_uuid)
        b.status = "accepted" if accept else "returned"
        b.comments = comments.strip()
        b.decided_at = utcnow()
        return bundle_info(b, br)


def write_receipt(store: CommitteeStore, bundle_uuid: str, out_dir: Path) -> Path:
    """A signed 回执 for a decided bundle, written safely into ``out_dir`` (a stick); a second receipt for the same
    bundle gets the time in its name."""
    from exchange.bag import safe_name, write_new_file
    from exchange.records import canonical

    with store.session() as s:
        b = bundle_info(*_bundle(s, bundle_uuid))
    if b.status not in ("accepted", "returned"):
        raise UserError(pick("请先决定接收还是退回", "Decide first: accept or return"))
    signer = committee_signer(store)
    body: dict[str, Any] = {
        "format": RECEIPT_FORMAT, "schema_version": "1",
        "bundle": {"uuid": b.uuid, "sha256": b.sha256, "branch": b.code, "period": b.period, "revision": b.revision},
        "decision": b.status, "comments": b.comments, "committee": store.name,
        "issued_at": utcnow().isoformat(timespec="seconds"),
        "key": {"fingerprint": signer.fingerprint, "public_key": signer.public_b64}}
    body["signature"] = signer.sign(canonical(body))
    data = json.dumps(body, ensure_ascii=False, indent=1).encode()
    name = safe_name(f"{b.code}_{b.period}_r{b.revision}_receipt") + ".json"
    if (Path(out_dir) / name).exists():
        name = safe_name(f"{b.code}_{b.period}_r{b.revision}_receipt_{datetime.now():%Y%m%d%H%M%S}") + ".json"
    return write_new_file(Path(out_dir), name, lambda f: f.write(data))


def apply_key_change(store: CommitteeStore, path: Path) -> tuple[str, str]:
    """A branch's key-change statement (``key rotate``), checked against the key registered for it: from now on the
    branch's bundles are accepted under the new key. Returns (branch code, new fingerprint)."""
    import json

    from exchange.keys import check_key_change

    try:
        statement = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(pick(f"无法读取换密钥声明 {Path(path).name}：{exc}",
                             f"Cannot read the key-change statement {Path(path).name}: {exc}")) from exc
    code = statement.get("branch") if isinstance(statement, dict) else None
    with store.session() as s:
        b = s.scalars(select(CmBranch).where(CmBranch.code == code)).first() if isinstance(code, str) else None
        if b is None:
            raise UserError(pick(f"没有登记支部 {code}：新支部的密钥由第一次报送和电话核实确认。",
                                 f"Branch {code} is not registered: a new branch's key is confirmed by its first bundle "
                                 "and by phone."))
        branch, new_fp = check_key_change(statement, b.fingerprint, b.public_key)
        b.fingerprint = new_fp
        b.public_key = str(statement["new_public_key"])
        log.info("branch %s changed its signing key to %s (statement signed by the old key)", branch, new_fp[:16])
    return branch, new_fp
