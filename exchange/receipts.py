"""回执 on the branch side: import the committee's signed receipt from the stick, so the month shows as 已接收 or
已退回 with the committee's comments (docs/design.md §5). The committee's key is trusted on first use and only
that key after."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from exchange.keys import decode_public, fingerprint, show_fingerprint, verify
from exchange.records import canonical
from models.base import utcnow
from models.bundle import BundleSent
from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.services.sent import BundleRow
from models.services.sent import row as _row

COMMITTEE_KEY_META = "committee_key"
RECEIPT_FORMAT = "branchdesk-receipt"


def find_receipts(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        out += sorted(p.glob("*_receipt*.json")) if p.is_dir() else [p]
    return out


def import_receipt(ws: Workspace, path: Path) -> BundleRow:
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(pick(f"无法读取回执 {name}：{exc.strerror or exc}", f"Cannot read the receipt {name}: {exc.strerror or exc}")) from exc
    if len(raw) > 1 << 20:
        raise UserError(pick(f"{name} 不是回执（文件过大）", f"{name} is not a receipt (too large)"))
    try:
        body = json.loads(raw)
        if not isinstance(body, dict) or body.get("format") != RECEIPT_FORMAT:
            raise ValueError("format")
        sig = body.pop("signature")
        key = body["key"]
        bundle = body["bundle"]
        decision = body["decision"]
        comments = str(body.get("comments", ""))
    except (ValueError, KeyError, TypeError):
        raise UserError(pick(f"{name} 不是支部工作台的回执文件", f"{name} is not a Branch Desk receipt")) from None
    public = decode_public(str(key.get("public_key", "")))
    if public is None or fingerprint(public) != key.get("fingerprint") or not verify(public, str(sig), canonical(body)):
        raise UserError(pick(f"回执 {name} 的签名无效（被改动过或是伪造的），未导入。",
                             f"The receipt {name} has a bad signature (altered or forged); not imported."))
    trusted = ws.meta(COMMITTEE_KEY_META)
    fp = fingerprint(public)
    if trusted and trusted != fp:
        raise UserError(pick(f"回执 {name} 由另一把密钥（{show_fingerprint(fp)}）签名，与上级党委此前使用的"
                             f"（{show_fingerprint(trusted)}）不同，未导入。请与上级党委核实。",
                             f"The receipt {name} is signed with another key ({show_fingerprint(fp)}) than the committee "
                             f"used before ({show_fingerprint(trusted)}); not imported. Check with the committee."))
    if decision not in ("accepted", "returned"):
        raise UserError(pick(f"回执 {name} 的结论无效：{decision}", f"The receipt {name} has an unknown decision: {decision}"))
    with ws.session() as s:
        b = s.scalars(select(BundleSent).where(BundleSent.uuid == bundle.get("uuid"))).first()
        if b is None:
            raise UserError(pick(f"回执 {name} 说的报送（{bundle.get('period')} 第{bundle.get('revision')}版）不是这个支部写出的。",
                                 f"The receipt {name} is for a bundle ({bundle.get('period')} r{bundle.get('revision')}) "
                                 "this branch did not write."))
        if b.sha256 != bundle.get("sha256"):
            raise UserError(pick(f"回执 {name} 对应的文件内容与本支部写出的不同，未导入。",
                                 f"The receipt {name} is for different file content than this branch wrote; not imported."))
        try:
            issued = datetime.fromisoformat(str(body.get("issued_at", "")))
        except ValueError:
            issued = utcnow()
        if b.receipt_at is not None and b.receipt_at > issued:
            raise UserError(pick(f"回执 {name} 比已导入的回执更早（{issued:%Y-%m-%d %H:%M}），未导入，仍以较新的为准。",
                                 f"The receipt {name} is older ({issued:%Y-%m-%d %H:%M}) than the one already imported; "
                                 "the newer one stands."))
        b.status = decision
        b.receipt_comments = comments
        b.receipt_by = str(body.get("committee", ""))[:200]
        b.receipt_at = issued
        row = _row(b)
    if not trusted:
        ws.set_meta(COMMITTEE_KEY_META, fp)
    return row
