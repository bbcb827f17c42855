"""民主评议党员 service (book 9): one appraisal per member per year, draft → final, amendments, and the checks
(optional 1/3 ceiling on 优秀, follow-up required for the lower grades)."""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import select

from models.appraisal import Appraisal
from models.base import RecordState, utcnow
from models.db import Workspace
from models.errors import FieldIssue, Finding, UserError, ValidationError
from models.i18n import pick
from models.member import Member
from models.meta import Amendment
from models.services.pledges import PledgeService
from models.services.roster import RosterService
from models.services.standards import StandardsService


@dataclass
class AppraisalInput:
    year: int
    member_id: int
    self_appraisal: str = ""
    mutual_appraisal: str = ""
    votes_excellent: int | None = None
    votes_qualified: int | None = None
    votes_basic: int | None = None
    votes_unqualified: int | None = None
    grade: str = ""
    follow_up: str = ""


@dataclass(frozen=True)
class AppraisalRow:
    """One member's line on the year's sheet (``id`` is None while nothing is recorded)."""

    member_id: int
    name: str
    group: str
    id: int | None
    uuid: str
    input: AppraisalInput
    state: str
    version: int
    pledge_rate: str = "—"  # 兑诺率 of the member's pledges that year (book 14)
    pledge_detail: str = ""


def excellent_check(grades: list[str], share: str | float, source: str) -> Finding:
    """优秀 should not exceed the share (by default 1/3, an exact fraction) of the members to be appraised that
    year — every entry of ``grades``, graded or not yet (the 党员总数 of the wording), so the warning cannot fire
    half-way through grading. A warning for the committee, not a refusal."""
    total = len(grades)
    graded = sum(1 for g in grades if g)
    n = sum(g == "优秀" for g in grades)
    limit = math.floor(total * Fraction(str(share)))
    ok = n <= limit
    if graded == 0:
        return Finding("appraisal_excellent_share", True, pick(f"未开始评定（应参评{total}人）",
                                                               f"not graded yet ({total} to appraise)"), source,
                       applies=False)  # nothing to judge yet: not a tick
    return Finding("appraisal_excellent_share", ok, pick(
        f"评为优秀{n}人，应参评{total}人（已评定{graded}人）" + ("，未超过三分之一" if ok
                                                       else f"，超过三分之一（一般不超过{limit}人）"),
        f"{n} graded excellent of {total} to appraise ({graded} graded)" + (
            "" if ok else f": more than a third (usually at most {limit})")), source)


class AppraisalService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def sheet(self, year: int, with_pledges: bool = True) -> list[AppraisalRow]:
        """Every member on the roster at the year's end (or today) with their appraisal, if any, and (unless
        ``with_pledges`` is False) the member's pledge rate that year. Once the year is 定稿, someone entered into
        the roster afterwards is not added to it (see ``roster_drift``): a final year stays as it was finalised."""
        return self._sheet(year, with_pledges)[0]

    def roster_drift(self, year: int) -> list[str]:
        """Members the roster now places in a year whose appraisal was finalised before they were entered
        (花名册变动涉及已定稿记录): the final sheet is kept; the secretary decides whether to amend it."""
        return self._sheet(year, False)[1]

    def _sheet(self, year: int, with_pledges: bool) -> tuple[list[AppraisalRow], list[str]]:
        on = min(date(year, 12, 31), date.today())
        members = RosterService(self.ws).list_members(on=on)
        rates = PledgeService(self.ws).member_rates(year) if with_pledges else {}
        with self.ws.session() as s:
            got = {a.member_id: a for a in s.scalars(select(Appraisal).where(Appraisal.year == year,
                                                                             Appraisal.deleted_at.is_(None)))}
            finals = [a for a in got.values() if a.state != RecordState.DRAFT.value]
            frozen_at = max((a.updated_at for a in finals), default=None) if finals and all(
                a.state != RecordState.DRAFT.value for a in got.values() if a.grade) else None
            entered = dict(s.execute(select(Member.id, Member.created_at)).all()) if frozen_at else {}
            out, later = [], []
            for m in members:
                a = got.get(m.id)
                if a is None and frozen_at is not None and entered.get(m.id, frozen_at) > frozen_at:
                    later.append(m.name)
                    continue
                inp = AppraisalInput(year, m.id) if a is None else self._input(a)
                pr = rates.get(m.id)
                out.append(AppraisalRow(m.id, m.name, m.group, a.id if a else None, a.uuid if a else "", inp,
                                        a.state if a else "", a.version if a else 0,
                                        pr.rate.percent() if pr else "—", pr.rate.detail() if pr else ""))
            return out, later

    def _check(self, inp: AppraisalInput) -> None:
        std = StandardsService(self.ws).in_force()
        grades = list(std["appraisal_grades"].value)
        followup = list(std["appraisal_followup_grades"].value)
        issues = []
        if inp.grade and inp.grade not in grades:
            issues.append(FieldIssue("grade", pick(f"评定等次“{inp.grade}”不在{'、'.join(grades)}之中",
                                                   f"Grade “{inp.grade}” is not one of {', '.join(grades)}")))
        if inp.grade in followup and not inp.follow_up.strip():
            issues.append(FieldIssue("follow_up", pick(f"评为{inp.grade}的党员须写明处置或帮扶措施",
                                                       f"A member graded {inp.grade} needs the follow-up written down")))
        for f in ("votes_excellent", "votes_qualified", "votes_basic", "votes_unqualified"):
            v = getattr(inp, f)
            if v is not None and v < 0:
                issues.append(FieldIssue(f, pick("测评票数不能为负数", "Votes cannot be negative")))
        if inp.year > date.today().year:
            issues.append(FieldIssue("year", pick("不能评议未来的年度", "Cannot appraise a future year")))
        if issues:
            raise ValidationError(issues)

    def save(self, inp: AppraisalInput, reason: str = "") -> AppraisalRow:
        """Record or change a draft; a final appraisal changes only as an amendment with a reason. Returns the
        member's line of the sheet as stored (its pledge rate is left out: ``sheet`` works it out for everyone)."""
        self._check(inp)
        with self.ws.session() as s:
            a = s.scalar(select(Appraisal).where(Appraisal.year == inp.year, Appraisal.member_id == inp.member_id))
            if a is None:
                a = Appraisal(year=inp.year, member_id=inp.member_id)
                s.add(a)
            else:
                if a.state != RecordState.DRAFT:
                    if not reason.strip():
                        raise UserError(pick("该评议已定稿，修改须写明更正原因。",
                                             "This appraisal is final: give a reason to amend it."))
                    s.add(Amendment(record_type="appraisal", record_uuid=a.uuid, reason=reason.strip(),
                                    before=json.dumps(asdict(self._input(a)), ensure_ascii=False)))
                a.version += 1
            for k, v in asdict(inp).items():
                if k not in ("year", "member_id"):
                    setattr(a, k, v.strip() if isinstance(v, str) else v)
            a.deleted_at = None
            a.updated_at = utcnow()
        return next(r for r in self._sheet(inp.year, False)[0] if r.member_id == inp.member_id)

    @staticmethod
    def _input(a: Appraisal) -> AppraisalInput:
        return AppraisalInput(a.year, a.member_id, a.self_appraisal, a.mutual_appraisal, a.votes_excellent,
                              a.votes_qualified, a.votes_basic, a.votes_unqualified, a.grade, a.follow_up)

    def finalise(self, year: int) -> int:
        """定稿 the year's graded appraisals; returns how many."""
        with self.ws.session() as s:
            n = 0
            for a in s.scalars(select(Appraisal).where(Appraisal.year == year, Appraisal.state == RecordState.DRAFT.value,
                                                       Appraisal.grade != "", Appraisal.deleted_at.is_(None))):
                a.state = RecordState.FINAL.value
                a.version += 1
                n += 1
            return n

    def amendments(self, appraisal_uuid: str) -> list[tuple[str, str]]:
        with self.ws.session() as s:
            return [(a.amended_at.strftime("%Y-%m-%d %H:%M"), a.reason) for a in s.scalars(
                select(Amendment).where(Amendment.record_uuid == appraisal_uuid).order_by(Amendment.id))]

    def checks(self, year: int) -> list[Finding]:
        std = StandardsService(self.ws).in_force()
        s = std["appraisal_excellent_share"]
        return [excellent_check([r.input.grade for r in self.sheet(year)], s.value, s.standard.source)]
