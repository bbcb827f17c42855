"""Reading one record for a change: it must exist, not be in the recycle bin, and (when the caller read it
earlier) not have been changed elsewhere since — else a refusal that names the kind of record."""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from models.errors import UserError
from models.i18n import pick

T = TypeVar("T")

#: what a row of each table is called in a refusal
NAMES: dict[str, tuple[str, str]] = {
    "member": ("党员", "member"), "meeting": ("会议记录", "meeting record"), "pledge": ("承诺", "pledge"),
    "applicant": ("发展记录", "recruitment record"), "dev_step": ("步骤记录", "step"),
    "dues_payment": ("交纳记录", "payment"), "dues_handup": ("上缴记录", "hand-up"),
    "transfer_letter": ("介绍信", "letter"), "away_member": ("流动党员登记", "entry of a member away"),
    "orglife_problem": ("意见", "entry"), "remediation_item": ("整改事项", "remediation item"),
    "plan_doc": ("计划或总结", "document"), "talk": ("谈话记录", "talk record"),
}


def get_row(s: Session, model: type[T], row_id: int, live: bool = True, version: int | None = None) -> T:
    """The row ``row_id`` of ``model``; refused when it is gone, when ``live`` and it is in the recycle bin, or when
    ``version`` is given and the row has another (it was changed elsewhere since it was read)."""
    table = str(getattr(model, "__tablename__", model.__name__))
    zh, en = NAMES.get(table, ("记录", "record"))
    row: Any = s.get(model, row_id)
    if row is None or (live and getattr(row, "deleted_at", None) is not None):
        raise UserError(pick(f"找不到该{zh}（可能已被删除）。", f"That {en} no longer exists."))
    if version is not None and row.version != version:
        raise UserError(pick(f"该{zh}已在别处被修改，请关闭后重新打开。", f"The {en} was changed elsewhere; reopen it."))
    result: T = row
    return result


def to_bin(s: Session, model: type[Any], row_id: int, deleted: bool = True) -> None:
    """Move the row into the recycle bin (``deleted``) or bring it back; its version moves on either way."""
    from models.base import utcnow

    row: Any = get_row(s, model, row_id, live=False)
    row.deleted_at = utcnow() if deleted else None
    if hasattr(row, "version"):
        row.version += 1
