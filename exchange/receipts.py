"""回执 on the branch side: import the committee's signed receipt from the stick, so the month shows as 已接收 or
已退回 with the committee's comments (docs/design.md §5).

No trust on first use: a receipt changes something only when it is signed by the committee key the secretary
confirmed — its full fingerprint typed from the committee's notice or read out by phone (``confirm_committee_key``).
A well-signed receipt from a key not confirmed yet is kept as 未确认来源 and applied the moment its key is
confirmed; one from another key than the confirmed one is refused.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from exchange.keys import decode_public, fingerprint, normalise_fingerprint, show_fingerprint, verify
from exchange.records import canonical
from models.bundle import BundleSent, HeldReceipt
from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.meta import MetaEntry
from models.services.sent import BundleRow, status_name
from models.services.sent import row as _row

COMMITTEE_KEY_META = "committee_key"
RECEIPT_FORMAT = "branchdesk-receipt"
MAX_RECEIPT = 1 << 20


@dataclass(frozen=True)
class Receipt:
    """A receipt whose signature checked out (by whichever key it names)."""
    name: str
    sha256: str
    fingerprint: str
    bundle: dict[str, Any]
    decision: str
    comments: str
    committee: str
    issued: datetime
    body: str


@dataclass(frozen=True)
class Imported:
    """What importing one receipt did: ``row`` is the month it changed; ``held`` when its key is not confirmed."""
    row: BundleRow | None
    held: HeldRow | None = None


@dataclass(frozen=True)
class HeldRow:
    id: int
    fingerprint: str
    period: str
    revision: int
    decision: str
    committee: str
    file_name: str
    received_at: datetime

    @property
    def decision_name(self) -> str:
        return status_name(self.decision)


def find_receipts(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        out += sorted(p.glob("*_receipt*.json")) if p.is_dir() else [p]
    return out


def _parse(raw: bytes, name: str) -> Receipt:
    """Read and check a receipt file: its shape, its types and its signature. Never a traceback."""
    def bad() -> UserError:
        return UserError(pick(f"{name} 不是支部工作台的回执文件", f"{name} is not a Branch Desk receipt"))

    if len(raw) > MAX_RECEIPT:
        raise UserError(pick(f"{name} 不是回执（文件过大）", f"{name} is not a receipt (too large)"))
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad() from None
    if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT:
        raise bad()
    sig, key, bundle = body.pop("signature", None), body.get("key"), body.get("bundle")
    if not isinstance(sig, str) or not isinstance(key, dict) or not isinstance(bundle, dict):
        raise bad()
    fields = (bundle.get("uuid"), bundle.get("sha256"), bundle.get("period", ""), body.get("decision"),
              body.get("comments", ""), body.get("committee", ""), body.get("issued_at", ""))
    if not all(isinstance(x, str) for x in fields) or not isinstance(bundle.get("revision", 0), int):
        raise bad()
    public = decode_public(str(key.get("public_key", "")))
    if public is None or fingerprint(public) != key.get("fingerprint") or not verify(public, sig, canonical(body)):
        raise UserError(pick(f"回执 {name} 的签名无效（被改动过或是伪造的），未导入。",
                             f"The receipt {name} has a bad signature (altered or forged); not imported."))
    if body["decision"] not in ("accepted", "returned"):
        raise UserError(pick(f"回执 {name} 的结论无效：{body['decision']}",
                             f"The receipt {name} has an unknown decision: {body['decision']}"))
    try:
        issued = datetime.fromisoformat(body.get("issued_at") or "")
    except ValueError:
        raise UserError(pick(f"回执 {name} 的签发时间无效：{body.get('issued_at')}",
                             f"The receipt {name} has an invalid time of issue: {body.get('issued_at')}")) from None
    if issued.tzinfo is not None:  # receipts carry UTC without a zone; a zoned time is made comparable to them
        issued = issued.astimezone(UTC).replace(tzinfo=None)
    return Receipt(name, hashlib.sha256(raw).hexdigest(), fingerprint(public), bundle, body["decision"],
                   body.get("comments", ""), body.get("committee", "")[:200], issued, raw.decode(json.detect_encoding(raw)))


def import_receipt(ws: Workspace, path: Path) -> Imported:
    """Apply a receipt signed by the confirmed committee key; keep one from a key not confirmed yet (未确认来源);
    refuse one from another key, a forged or damaged one, or one for a bundle this branch did not write."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(pick(f"无法读取回执 {path.name}：{exc.strerror or exc}",
                             f"Cannot read the receipt {path.name}: {exc.strerror or exc}")) from exc
    r = _parse(raw, path.name)
    trusted = ws.meta(COMMITTEE_KEY_META)
    if trusted and trusted != r.fingerprint:
        raise UserError(pick(f"回执 {r.name} 由另一把密钥（{show_fingerprint(r.fingerprint)}）签名，与已确认的上级党委密钥"
                             f"（{show_fingerprint(trusted)}）不同，未导入。请与上级党委核实。",
                             f"The receipt {r.name} is signed with another key ({show_fingerprint(r.fingerprint)}) than the "
                             f"committee key you confirmed ({show_fingerprint(trusted)}); not imported. Check with the "
                             "committee."))
    with ws.session() as s:
        _own_bundle(s, r)  # a receipt for a bundle this branch never wrote is refused, held or not
        if not trusted:
            held = s.scalars(select(HeldReceipt).where(HeldReceipt.sha256 == r.sha256)).first()
            if held is None:
                held = HeldReceipt(sha256=r.sha256, fingerprint=r.fingerprint, bundle_uuid=r.bundle["uuid"],
                                   period=r.bundle.get("period", "")[:7], revision=int(r.bundle.get("revision", 0)),
                                   decision=r.decision, committee=r.committee, file_name=r.name[:255], body=r.body)
                s.add(held)
                s.flush()
            return Imported(None, _held_row(held))
        return Imported(_apply(s, r))


def _own_bundle(s: Any, r: Receipt) -> BundleSent:
    b: BundleSent | None = s.scalars(select(BundleSent).where(BundleSent.uuid == r.bundle["uuid"])).first()
    if b is None:
        raise UserError(pick(f"回执 {r.name} 说的报送（{r.bundle.get('period')} 第{r.bundle.get('revision')}版）不是这个支部写出的。",
                             f"The receipt {r.name} is for a bundle ({r.bundle.get('period')} r{r.bundle.get('revision')}) "
                             "this branch did not write."))
    if b.sha256 != r.bundle["sha256"]:
        raise UserError(pick(f"回执 {r.name} 对应的文件内容与本支部写出的不同，未导入。",
                             f"The receipt {r.name} is for different file content than this branch wrote; not imported."))
    return b


def _apply(s: Any, r: Receipt) -> BundleRow:
    b = _own_bundle(s, r)
    if b.receipt_at is not None and b.receipt_at > r.issued:
        raise UserError(pick(f"回执 {r.name} 比已导入的回执更早（{r.issued:%Y-%m-%d %H:%M}），未导入，仍以较新的为准。",
                             f"The receipt {r.name} is older ({r.issued:%Y-%m-%d %H:%M}) than the one already imported; "
                             "the newer one stands."))
    b.status = r.decision
    b.receipt_comments = r.comments
    b.receipt_by = r.committee
    b.receipt_at = r.issued
    return _row(b)


def _held_row(h: HeldReceipt) -> HeldRow:
    return HeldRow(h.id, h.fingerprint, h.period, h.revision, h.decision, h.committee, h.file_name, h.received_at)


def held_receipts(ws: Workspace) -> list[HeldRow]:
    """Receipts kept as 未确认来源, oldest first."""
    with ws.session() as s:
        return [_held_row(h) for h in s.scalars(select(HeldReceipt).order_by(HeldReceipt.received_at, HeldReceipt.id))]


def committee_key(ws: Workspace) -> str:
    """The confirmed committee key's fingerprint, or ""."""
    return ws.meta(COMMITTEE_KEY_META) or ""


def confirm_committee_key(ws: Workspace, typed: str, replace: bool = False) -> list[BundleRow]:
    """The secretary confirms the committee's key by its full fingerprint (from the committee's notice or read out
    by phone). Receipts kept from that key apply now, oldest first; those from any other key are discarded. A key
    already confirmed is replaced only on purpose (``replace``: the committee announced a new key)."""
    fp = normalise_fingerprint(typed)
    trusted = committee_key(ws)
    if trusted and trusted != fp and not replace:
        raise UserError(pick(f"已确认的上级党委密钥是 {show_fingerprint(trusted)}。如上级党委确已更换密钥，请选择“更换”。",
                             f"The confirmed committee key is {show_fingerprint(trusted)}. If the committee really has a "
                             "new key, choose to replace it."))
    applied: list[BundleRow] = []
    with ws.session() as s:
        held = list(s.scalars(select(HeldReceipt).order_by(HeldReceipt.received_at, HeldReceipt.id)))
        mine = [h for h in held if h.fingerprint == fp]
        if held and not mine and not trusted:
            names = "、".join(sorted({show_fingerprint(h.fingerprint) for h in held}))
            raise UserError(pick(f"输入的指纹与收到的回执的密钥（{names}）都不相同。请再核对上级党委的通知；回执仍保留为未确认来源。",
                                 f"The fingerprint matches none of the keys of the receipts received ({names}). Check "
                                 "the committee's notice again; the receipts stay kept."))
        s.merge(MetaEntry(key=COMMITTEE_KEY_META, value=fp))
        for r in sorted((_parse(h.body.encode("utf-8"), h.file_name) for h in mine), key=lambda r: r.issued):
            try:
                applied.append(_apply(s, r))
            except UserError:
                pass  # older than one already applied: the newer stands
        s.execute(delete(HeldReceipt))
    return applied
