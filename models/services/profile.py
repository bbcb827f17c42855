"""Branch profile service (book 1, 支部基本情况): the one Branch row of a workspace."""
from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import func, select

from models.base import utcnow
from models.branch import Branch, BranchType
from models.db import Workspace
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.meta import Amendment
from models.rules.standards import standard
from models.services.dto import BranchProfile
from models.services.reading import remembered

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")

PROFILE_LABELS = {
    "name": ("支部名称", "Branch name"),
    "branch_type": ("支部类型", "Branch type"),
    "superior": ("上级党组织", "Superior committee"),
    "code": ("支部代码", "Branch code"),
    "address": ("地址", "Address"),
    "founded_on": ("成立日期", "Founded on"),
    "records_from": ("启用日期", "Records start"),
    "term_started_on": ("本届支委任期开始", "Committee term began"),
}


def validate_profile(p: BranchProfile, today: date | None = None) -> list[FieldIssue]:
    today = today or date.today()
    issues = []

    def bad(field: str, zh: str, en: str) -> None:
        lz, le = PROFILE_LABELS[field]
        issues.append(FieldIssue(field, pick(f"{lz}：{zh}", f"{le}: {en}")))

    if not p.name.strip():
        bad("name", "必填", "is required")
    if p.branch_type not in {t.value for t in BranchType}:
        bad("branch_type", f"“{p.branch_type}”不是可选类型", f"“{p.branch_type}” is not a known type")
    if not p.superior.strip():
        bad("superior", "必填", "is required")
    if not _CODE.match(p.code):
        bad("code", "只能用字母、数字、“-”和“_”，不超过40位（用于报送文件名）",
            "letters, digits, - and _ only, at most 40 (it names the bundle files)")
    for field in ("founded_on", "term_started_on", "records_from"):
        d = getattr(p, field)
        if d and d > today:
            bad(field, "不能晚于今天", "cannot be in the future")
    return issues


def term_years(branch_type: str) -> int:
    """Committee term: 5 years for village and community branches, 3 for the others
    (《中国共产党支部工作条例（试行）》第六章)."""
    village = branch_type in (BranchType.VILLAGE, BranchType.COMMUNITY)
    return int(standard("committee_term_years_village" if village else "committee_term_years").value)


class ProfileService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def get(self) -> BranchProfile | None:
        with self.ws.session() as s:
            b = s.scalar(select(Branch).where(Branch.deleted_at.is_(None)).order_by(Branch.id))
            if b is None:
                return None
            return BranchProfile(b.name, b.branch_type, b.superior, b.code, b.address, b.founded_on,
                                 b.term_started_on, b.notes, b.uuid, b.records_from)

    def save(self, p: BranchProfile) -> BranchProfile:
        p.name, p.superior, p.code, p.address = p.name.strip(), p.superior.strip(), p.code.strip(), p.address.strip()
        issues = validate_profile(p)
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            b = s.scalar(select(Branch).order_by(Branch.id))
            if b is None:
                b = Branch(records_from=p.records_from)  # the set-up form offers the first day of this month
                s.add(b)
            else:
                b.version += 1
                b.updated_at = utcnow()
            b.name, b.branch_type, b.superior, b.code = p.name, p.branch_type, p.superior, p.code
            b.address, b.founded_on, b.term_started_on, b.notes = p.address, p.founded_on, p.term_started_on, p.notes
            s.flush()
            p.uuid = b.uuid
            p.records_from = b.records_from
        return p

    @remembered
    def name(self) -> str | None:
        """The branch's name, for every form's header (read once for all the forms of a volume)."""
        with self.ws.session() as s:
            return s.scalar(select(Branch.name).where(Branch.deleted_at.is_(None)).order_by(Branch.id))

    @remembered
    def records_from(self) -> date | None:
        """启用日期 (None only for a workspace without a profile)."""
        with self.ws.session() as s:
            return s.scalar(select(Branch.records_from).where(Branch.deleted_at.is_(None)).order_by(Branch.id))

    def set_records_from(self, on: date, reason: str, today: date | None = None) -> date:
        """Move the 启用日期, with a reason kept in the history (e.g. history entered for earlier months)."""
        today = today or date.today()
        if not reason.strip():
            raise ValidationError([FieldIssue("reason", pick("修改启用日期须写明原因", "Give the reason for the change"))])
        if on > today:
            raise ValidationError([FieldIssue("records_from", pick("启用日期不能晚于今天", "cannot be in the future"))])
        with self.ws.session() as s:
            b = s.scalar(select(Branch).where(Branch.deleted_at.is_(None)).order_by(Branch.id))
            if b is None:
                raise UserError(pick("请先填写支部基本情况。", "Fill in the branch profile first."))
            s.add(Amendment(record_type="branch.records_from", record_uuid=b.uuid, reason=reason.strip(),
                            before=json.dumps({"records_from": str(b.records_from or "")})))
            b.records_from = on
            b.version += 1
            b.updated_at = utcnow()
        return on

    def earliest_record(self) -> date | None:
        """The first day any history was entered for (meetings, dues paid): where the 启用日期 may move back to."""
        from models.dues import DuesPayment
        from models.meeting import Meeting

        with self.ws.session() as s:
            firsts = [s.scalar(select(func.min(Meeting.held_on)).where(Meeting.deleted_at.is_(None))),
                      s.scalar(select(func.min(DuesPayment.paid_on)))]
        found = [d for d in firsts if d is not None]
        return min(found).replace(day=1) if found else None
