"""党员承诺践诺 service (book 14): pledges per member and the branch's own, the review with the meeting that
decided it, the public posting, progress with evidence, the year-end conclusions with 定稿 and amendments,
the rates (兑诺率) per member, category, party group and branch, and copying last year's pledges.

The rules (what may happen in which state, how the rate is counted) are in models/rules/pledges.py."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.attachments import store
from models.base import RecordState, utcnow
from models.branch import PartyGroup
from models.db import Workspace
from models.errors import FieldIssue, Finding, UserError, ValidationError
from models.i18n import listing, pick
from models.meeting import Meeting, MeetingKind
from models.member import Member, on_roster_from
from models.meta import Amendment, Attachment
from models.pledge import REVIEW_NAMES, Pledge, PledgeEvidence, PledgePosting, PledgeProgress, Review
from models.rules.dates import add_years
from models.rules.pledges import Rate, counts_for_rate, deadline_in_year, fulfilment_rate, pledge_count_check
from models.services.live import get_row
from models.services.meetings import kind_name
from models.services.reading import remembered
from models.services.roster import RosterService
from models.services.standards import StandardsService

BRANCH_NAME = ("支部集体承诺", "Branch (collective)")
REVIEW_MEETING_KINDS = (MeetingKind.GENERAL.value, MeetingKind.COMMITTEE.value)


@dataclass
class PledgeInput:
    year: int
    member_id: int | None  # None: the branch's collective pledge
    category: str
    content: str
    target: str = ""
    deadline: date | None = None


@dataclass
class AssessmentInput:
    self_assessment: str = ""
    member_assessment: str = ""
    masses_assessment: str = ""
    conclusion: str = ""
    concluded_on: date | None = None


@dataclass
class PostingInput:
    year: int
    posted_on: date | None
    days: int = 7
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class EvidenceRow:
    attachment_id: int
    sha256: str
    extension: str
    name: str


@dataclass(frozen=True)
class ProgressRow:
    id: int
    uuid: str
    done_on: date
    content: str
    confirmed_by: str
    evidence: tuple[EvidenceRow, ...]


@dataclass(frozen=True)
class PledgeRow:
    id: int
    uuid: str
    year: int
    member_id: int | None
    member: str
    group: str
    member_left_on: date | None
    member_pinyin: str  # for sorting and for search by pinyin or initials (zs finds 张三)
    member_initials: str
    seq: int
    category: str
    content: str
    target: str
    deadline: date | None
    review: str
    review_comment: str
    reviewed_on: date | None
    review_meeting_id: int | None
    review_meeting: str
    assessment: AssessmentInput
    state: str
    version: int
    deleted: bool
    progress: tuple[ProgressRow, ...]

    @property
    def approved(self) -> bool:
        return self.review == Review.APPROVED

    @property
    def review_name(self) -> str:
        return REVIEW_NAMES.get(Review(self.review), self.review)

    @property
    def counts(self) -> bool:
        """Due for appraisal: in the 兑诺率's denominator."""
        return counts_for_rate(self.approved, self.assessment.conclusion, self.member_left_on, date(self.year, 12, 31))

    def overdue(self, today: date) -> bool:
        """Past its deadline with nothing done: approved, not concluded, no progress entry."""
        return (self.approved and self.deadline is not None and self.deadline < today and not self.progress
                and not self.assessment.conclusion and self.member_left_on is None)


@dataclass(frozen=True)
class PostingRow:
    id: int
    year: int
    posted_on: date
    days: int
    place: str
    note: str


@dataclass(frozen=True)
class MemberRate:
    member_id: int
    name: str
    group: str
    pledges: int  # all pledges of the year, any review state
    rate: Rate


@dataclass(frozen=True)
class YearSummary:
    year: int
    branch: Rate  # every pledge due: the members' and the branch's own
    members: Rate  # the members' pledges only
    collective: Rate  # the branch's own
    by_category: dict[str, Rate]
    by_group: dict[str, Rate]
    by_member: list[MemberRate]
    review_counts: dict[str, int]
    not_pledged: list[tuple[int, str, str]]  # members expected to pledge with no pledge this year
    postings: list[PostingRow]
    final: bool  # the year's conclusions are 定稿
    checks: list[Finding]
    expected: int = 0  # members expected to pledge (on the roster at the year's end, or today)
    without_approved: tuple[str, ...] = ()  # of those, who has no approved pledge yet


class PledgeService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # ---- reading -------------------------------------------------------------------------------------------
    @remembered
    def list_pledges(self, year: int | None = None, deleted: bool | None = False, member_id: int | None = None,
                     ids: Sequence[int] | None = None, years: Sequence[int] | None = None,
                     progress: bool = True) -> list[PledgeRow]:
        """Pledges with progress (``progress=False``: without, for counting), ordered the way the books print them:
        the branch's own first, then by party group and member."""
        with self.ws.session() as s:
            # the member's and the meeting's few columns, not their whole rows (a meeting carries its minutes)
            q = (select(Pledge, Member.name, Member.left_on, Member.name_pinyin, Member.name_initials, PartyGroup.name,
                        PartyGroup.sort_order, Meeting.held_on, Meeting.kind)
                 .outerjoin(Member, Member.id == Pledge.member_id)
                 .outerjoin(PartyGroup, PartyGroup.id == Member.group_id)
                 .outerjoin(Meeting, Meeting.id == Pledge.review_meeting_id))
            if progress:
                q = q.options(selectinload(Pledge.progress).selectinload(PledgeProgress.evidence))
            if year is not None:
                q = q.where(Pledge.year == year)
            if years is not None:
                q = q.where(Pledge.year.in_(list(years)))
            if deleted is not None:
                q = q.where(Pledge.deleted_at.is_not(None) if deleted else Pledge.deleted_at.is_(None))
            if member_id is not None:
                q = q.where(Pledge.member_id == member_id)
            if ids is not None:
                q = q.where(Pledge.id.in_(list(ids)))
            rows = list(s.execute(q))
            att_ids = {e.attachment_id for p, *_ in rows for g in p.progress for e in g.evidence} if progress else set()
            atts = {a.id: a for a in s.scalars(select(Attachment).where(Attachment.id.in_(att_ids)))} if att_ids else {}
            keyed = [((p.year, p.member_id is not None, 1 << 30 if order is None else order,
                       pinyin or "", p.member_id or 0, p.seq, p.id),
                      self._row(p, (name, left_on, pinyin, initials) if name is not None else None, g or "",
                                (held_on, kind) if held_on is not None else None, atts, progress))
                     for p, name, left_on, pinyin, initials, g, order, held_on, kind in rows]
        return [row for _key, row in sorted(keyed, key=lambda kr: kr[0])]

    @staticmethod
    def _row(p: Pledge, m: tuple[str, date | None, str, str] | None, group: str, meeting: tuple[date, str] | None,
             atts: dict[int, Attachment], with_progress: bool = True) -> PledgeRow:
        """A pledge as the books show it; ``m``: its member's name, leaving date, pinyin and initials (None: the
        branch's own); ``meeting``: the day and kind of the meeting that reviewed it."""
        progress = tuple(
            ProgressRow(g.id, g.uuid, g.done_on, g.content, g.confirmed_by, tuple(
                EvidenceRow(e.attachment_id, atts[e.attachment_id].sha256, atts[e.attachment_id].extension,
                            e.caption or atts[e.attachment_id].original_name) for e in g.evidence))
            for g in p.progress if g.deleted_at is None) if with_progress else ()
        label = f"{meeting[0]:%Y-%m-%d} {kind_name(meeting[1])}" if meeting is not None else ""
        name, left_on, pinyin, initials = m if m is not None else (pick(*BRANCH_NAME), None, "", "")
        return PledgeRow(
            p.id, p.uuid, p.year, p.member_id, name, group, left_on, pinyin, initials, p.seq, p.category,
            p.content, p.target, p.deadline, p.review,
            p.review_comment, p.reviewed_on, p.review_meeting_id, label,
            AssessmentInput(p.self_assessment, p.member_assessment, p.masses_assessment, p.conclusion, p.concluded_on),
            p.state, p.version, p.deleted_at is not None, progress)

    def get(self, pledge_id: int) -> PledgeRow:
        rows = self.list_pledges(ids=[pledge_id], deleted=None)
        if not rows:
            raise UserError(pick("找不到该承诺（可能已被删除）。", "That pledge no longer exists."))
        return rows[0]

    def members_of_year(self, year: int, today: date | None = None) -> list[tuple[int, str, str]]:
        """(id, name, group) of members expected to pledge: on the roster at the year's end, or today."""
        on = min(date(year, 12, 31), today or date.today())
        if on < date(year, 1, 1):
            on = date(year, 1, 1)
        members = [(m.id, m.name, m.group) for m in RosterService(self.ws).list_members(on=on)]
        later = self._entered_after_final(year, members)
        return [x for x in members if x[0] not in later] if later else members

    def entered_after_final(self, year: int, today: date | None = None) -> list[str]:
        """Members without pledges entered into the roster after the year's 评诺 was 定稿 (花名册变动涉及已定稿记录):
        a final year is not reopened by them."""
        on = max(min(date(year, 12, 31), today or date.today()), date(year, 1, 1))
        members = [(m.id, m.name, m.group) for m in RosterService(self.ws).list_members(on=on)]
        return sorted(self._entered_after_final(year, members).values())

    def _entered_after_final(self, year: int, members: list[tuple[int, str, str]]) -> dict[int, str]:
        with self.ws.session() as s:
            rows = s.execute(select(Pledge.member_id, Pledge.state, Pledge.updated_at).where(
                Pledge.year == year, Pledge.deleted_at.is_(None), Pledge.member_id.is_not(None))).all()
            finals = [u for _m, st, u in rows if st != RecordState.DRAFT.value]
            if not finals:  # 评诺 is 定稿 at the year's end (``finalise``); before that the year follows the roster
                return {}
            frozen_at, pledged = max(finals), {m for m, _s, _u in rows}
            names = {mid: name for mid, name, _g in members if mid not in pledged}
            return {mid: names[mid] for mid, created in s.execute(
                select(Member.id, Member.created_at).where(Member.id.in_(list(names)))) if created > frozen_at}

    def review_meetings(self, year: int) -> list[tuple[int, str]]:
        """Meetings that may decide the year's pledges: 党员大会 and 支委会 from December before to the year's end."""
        with self.ws.session() as s:
            q = (select(Meeting).where(Meeting.kind.in_(REVIEW_MEETING_KINDS), Meeting.deleted_at.is_(None),
                                       Meeting.held_on >= date(year - 1, 12, 1), Meeting.held_on <= date(year, 12, 31))
                 .order_by(Meeting.held_on))
            return [(m.id, f"{m.held_on:%Y-%m-%d} {kind_name(m.kind)} {m.title}".strip()) for m in s.scalars(q)]

    # ---- 承诺 -----------------------------------------------------------------------------------------------
    def _check(self, s: Session, inp: PledgeInput) -> None:
        std = StandardsService(self.ws).in_force()
        categories = list(std["pledge_categories"].value)
        issues = []
        if inp.category not in categories:
            issues.append(FieldIssue("category", pick(f"类别：应为{'、'.join(categories)}之一",
                                                      f"Category: one of {', '.join(categories)}")))
        if not inp.content.strip():
            issues.append(FieldIssue("content", pick("承诺内容：必填", "Pledge: required")))
        if not deadline_in_year(inp.deadline, inp.year):
            issues.append(FieldIssue("deadline", pick(f"完成时限应在{inp.year}年内，年终才能评诺",
                                                      f"The deadline must fall in {inp.year}, to be judged at its end")))
        if not (1990 <= inp.year <= date.today().year + 1):
            issues.append(FieldIssue("year", pick(f"年度{inp.year}不对", f"Year {inp.year} is not possible")))
        if inp.member_id is not None:
            m = s.get(Member, inp.member_id)
            if (m is None or m.deleted_at is not None or ((on_roster_from(m) or date(inp.year, 1, 1)) > date(inp.year, 12, 31))
                    or (m.left_on is not None and m.left_on < date(inp.year, 1, 1))):
                issues.append(FieldIssue("member_id", pick(f"该党员{inp.year}年不在本支部花名册上",
                                                           f"That member was not on the roster in {inp.year}")))
        if issues:
            raise ValidationError(issues)

    def add(self, inp: PledgeInput) -> PledgeRow:
        with self.ws.session() as s:
            self._check(s, inp)
            p = Pledge(year=inp.year, member_id=inp.member_id, seq=self._next_seq(s, inp.year, inp.member_id))
            _apply(p, inp)
            s.add(p)
            s.flush()
            pid = p.id
        return self.get(pid)

    @staticmethod
    def _next_seq(s: Session, year: int, member_id: int | None) -> int:
        q = select(Pledge.seq).where(Pledge.year == year, Pledge.member_id.is_(None) if member_id is None
                                     else Pledge.member_id == member_id)
        return max(s.scalars(q), default=0) + 1

    def update(self, pledge_id: int, inp: PledgeInput, expected_version: int | None = None) -> PledgeRow:
        """Change a pledge. An approved pledge whose content, target or deadline changes goes back to 待审核:
        the branch approved what it said before. A concluded pledge no longer changes."""
        with self.ws.session() as s:
            p = self._editable(s, pledge_id, expected_version)
            if p.conclusion:
                raise UserError(pick("该承诺已评诺，不能再修改承诺内容。",
                                     "This pledge has been concluded; its content can no longer change."))
            self._check(s, inp)
            if p.member_id != inp.member_id or p.year != inp.year:
                p.seq = self._next_seq(s, inp.year, inp.member_id)
            changed = (p.content, p.target, p.deadline, p.category) != (inp.content.strip(), inp.target.strip(),
                                                                         inp.deadline, inp.category)
            _apply(p, inp)
            if changed and p.review == Review.APPROVED:
                p.review, p.reviewed_on, p.review_meeting_id = Review.PENDING.value, None, None
                p.review_comment = pick("审核通过后内容有修改，需重新审核", "changed after approval: review again")
            p.version += 1
            p.updated_at = utcnow()
        return self.get(pledge_id)

    def _editable(self, s: Session, pledge_id: int, expected_version: int | None = None) -> Pledge:
        p = get_row(s, Pledge, pledge_id, version=expected_version)
        return p

    def delete(self, pledge_id: int) -> None:
        """To the recycle bin; a pledge in a 定稿 year stays."""
        with self.ws.session() as s:
            p = self._editable(s, pledge_id)
            if p.state != RecordState.DRAFT:
                raise UserError(pick("该承诺的评诺已定稿，不能删除。", "This pledge's conclusion is final; it cannot be deleted."))
            p.deleted_at = utcnow()
            p.version += 1

    def restore(self, pledge_id: int) -> None:
        with self.ws.session() as s:
            p = s.get(Pledge, pledge_id)
            if p is not None and p.deleted_at is not None:
                p.deleted_at = None
                p.version += 1

    def copy_year(self, from_year: int, to_year: int, today: date | None = None) -> list[int]:
        """Start a year from last year's pledges: for every member still expected to pledge and for the branch,
        each pledge not already there (same member, category and content) is copied as 待审核 with its deadline
        moved on by the years between. Returns the new pledges' ids (so the copy can be undone)."""
        members = {mid for mid, _n, _g in self.members_of_year(to_year, today)}
        made: list[int] = []
        with self.ws.session() as s:
            src = list(s.scalars(select(Pledge).where(Pledge.year == from_year, Pledge.deleted_at.is_(None),
                                                      Pledge.review != Review.RETURNED.value)
                                 .order_by(Pledge.member_id, Pledge.seq)))
            have = {(p.member_id, p.category, p.content) for p in s.scalars(
                select(Pledge).where(Pledge.year == to_year, Pledge.deleted_at.is_(None)))}
            for p in src:
                if p.member_id is not None and p.member_id not in members:
                    continue
                if (p.member_id, p.category, p.content) in have:
                    continue
                new = Pledge(year=to_year, member_id=p.member_id, category=p.category, content=p.content,
                             target=p.target, seq=self._next_seq(s, to_year, p.member_id),
                             deadline=add_years(p.deadline, to_year - from_year) if p.deadline else None)
                s.add(new)
                s.flush()
                have.add((p.member_id, p.category, p.content))
                made.append(new.id)
        return made

    # ---- 审核 -----------------------------------------------------------------------------------------------
    def review(self, pledge_ids: Sequence[int], approve: bool, comment: str = "", on: date | None = None,
               meeting_id: int | None = None, today: date | None = None) -> int:
        """The branch approves or returns pledges, as decided at a meeting (its date is the review date)."""
        today = today or date.today()
        needs_meeting = bool(StandardsService(self.ws).value("pledge_review_needs_meeting"))
        with self.ws.session() as s:
            issues = []
            meeting = s.get(Meeting, meeting_id) if meeting_id is not None else None
            if meeting_id is not None and (meeting is None or meeting.deleted_at is not None
                                           or meeting.kind not in REVIEW_MEETING_KINDS):
                issues.append(FieldIssue("meeting_id", pick("审核会议应为本支部的党员大会或支委会",
                                                            "The meeting must be a general or committee meeting")))
            if meeting is not None:
                on = on or meeting.held_on
            if approve and needs_meeting and meeting is None:
                issues.append(FieldIssue("meeting_id", pick("审核通过须注明是哪次党员大会或支委会审定的",
                                                            "Name the general or committee meeting that approved it")))
            if on is None:
                issues.append(FieldIssue("on", pick("审核日期：必填", "Review date: required")))
            elif on > today:
                issues.append(FieldIssue("on", pick("审核日期不能晚于今天", "The review date cannot be in the future")))
            if not approve and not comment.strip():
                issues.append(FieldIssue("comment", pick("退回须写明修改意见", "Say why it is returned")))
            if issues:
                raise ValidationError(issues)
            n = 0
            for pid in pledge_ids:
                p = self._editable(s, pid)
                if p.conclusion:
                    raise UserError(pick(f"“{_short(p.content)}”已评诺，不能再审核。",
                                         f"“{_short(p.content)}” is concluded; it cannot be reviewed again."))
                p.review = (Review.APPROVED if approve else Review.RETURNED).value
                p.review_comment, p.reviewed_on, p.review_meeting_id = comment.strip(), on, meeting_id
                p.version += 1
                n += 1
            return n

    # ---- 公示 -----------------------------------------------------------------------------------------------
    def post(self, inp: PostingInput, today: date | None = None) -> PostingRow:
        today = today or date.today()
        issues = []
        if inp.posted_on is None:
            issues.append(FieldIssue("posted_on", pick("公示日期：必填", "Posted on: required")))
        elif inp.posted_on > today:
            issues.append(FieldIssue("posted_on", pick("公示日期不能晚于今天", "Cannot be in the future")))
        elif inp.posted_on.year not in (inp.year - 1, inp.year):
            issues.append(FieldIssue("posted_on", pick(f"公示日期应在{inp.year}年（或上年末）",
                                                       f"Should be in {inp.year} (or the end of the year before)")))
        if not 1 <= inp.days <= 366:
            issues.append(FieldIssue("days", pick("公示天数应为1至366天", "Days: 1 to 366")))
        if not inp.place.strip():
            issues.append(FieldIssue("place", pick("公示地点：必填（如党员活动室公示栏）", "Where: required")))
        if issues:
            raise ValidationError(issues)
        assert inp.posted_on is not None
        with self.ws.session() as s:
            row = PledgePosting(year=inp.year, posted_on=inp.posted_on, days=inp.days, place=inp.place.strip(),
                                note=inp.note.strip())
            s.add(row)
            s.flush()
            return PostingRow(row.id, row.year, row.posted_on, row.days, row.place, row.note)

    def postings(self, year: int) -> list[PostingRow]:
        with self.ws.session() as s:
            return [PostingRow(p.id, p.year, p.posted_on, p.days, p.place, p.note) for p in s.scalars(
                select(PledgePosting).where(PledgePosting.year == year, PledgePosting.deleted_at.is_(None))
                .order_by(PledgePosting.posted_on))]

    def delete_posting(self, posting_id: int) -> None:
        with self.ws.session() as s:
            p = s.get(PledgePosting, posting_id)
            if p is not None:
                p.deleted_at = utcnow()

    # ---- 践诺 -----------------------------------------------------------------------------------------------
    def add_progress(self, pledge_id: int, done_on: date | None, content: str, confirmed_by: str = "",
                     files: Sequence[Path] = (), today: date | None = None) -> ProgressRow:
        today = today or date.today()
        with self.ws.session() as s:
            p = self._editable(s, pledge_id)
            year = p.year
            if p.review != Review.APPROVED:
                raise UserError(pick("该承诺尚未经支部审核通过，不能登记践诺。",
                                     "This pledge has not been approved by the branch: no progress yet."))
            if p.state != RecordState.DRAFT:
                raise UserError(pick("该年度评诺已定稿，不能再登记践诺。", "The year's conclusions are final."))
        issues = []
        if done_on is None:
            issues.append(FieldIssue("done_on", pick("日期：必填", "Date: required")))
        elif done_on > today:
            issues.append(FieldIssue("done_on", pick("日期不能晚于今天", "The date cannot be in the future")))
        elif done_on < date(year, 1, 1):
            issues.append(FieldIssue("done_on", pick(f"践诺日期应在{year}年内", f"The date should be in {year}")))
        if not content.strip():
            issues.append(FieldIssue("content", pick("践诺情况：必填", "What was done: required")))
        for f in files:
            if not Path(f).is_file():
                issues.append(FieldIssue("files", pick(f"找不到文件{f}", f"No such file: {f}")))
        if issues:
            raise ValidationError(issues)
        shas = [(store(self.ws, Path(f)), Path(f).name) for f in files]
        with self.ws.session() as s:
            p = self._editable(s, pledge_id)
            g = PledgeProgress(done_on=done_on, content=content.strip(), confirmed_by=confirmed_by.strip())
            for sha, name in shas:
                att = s.scalar(select(Attachment.id).where(Attachment.sha256 == sha))
                assert att is not None
                if all(e.attachment_id != att for e in g.evidence):
                    g.evidence.append(PledgeEvidence(attachment_id=att, caption=name))
            p.progress.append(g)
            p.version += 1
            s.flush()
            gid = g.id
        return next(x for x in self.get(pledge_id).progress if x.id == gid)

    def delete_progress(self, progress_id: int) -> None:
        with self.ws.session() as s:
            g = s.get(PledgeProgress, progress_id)
            if g is None:
                return
            if g.pledge.state != RecordState.DRAFT:
                raise UserError(pick("该年度评诺已定稿，不能删除践诺记录。", "The year's conclusions are final."))
            g.deleted_at = utcnow()
            g.pledge.version += 1

    def restore_progress(self, progress_id: int) -> None:
        with self.ws.session() as s:
            g = s.get(PledgeProgress, progress_id)
            if g is not None:
                g.deleted_at = None
                g.pledge.version += 1

    # ---- 评诺 -----------------------------------------------------------------------------------------------
    def assess(self, pledge_id: int, a: AssessmentInput, reason: str = "", today: date | None = None) -> PledgeRow:
        """Record the year-end appraisal of one pledge. Only an approved pledge is appraised; once the year is
        定稿 a change is an amendment with a reason, the old values kept."""
        today = today or date.today()
        conclusions = list(StandardsService(self.ws).value("pledge_conclusions"))
        issues = []
        if a.conclusion and a.conclusion not in conclusions:
            issues.append(FieldIssue("conclusion", pick(f"评定结论：应为{'、'.join(conclusions)}之一",
                                                        f"Conclusion: one of {', '.join(conclusions)}")))
        if a.concluded_on is not None and a.concluded_on > today:
            issues.append(FieldIssue("concluded_on", pick("评定日期不能晚于今天", "Cannot be in the future")))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            p = self._editable(s, pledge_id)
            if p.review != Review.APPROVED:
                raise UserError(pick("该承诺未经支部审核通过，不能评诺。",
                                     "This pledge was never approved by the branch, so it cannot be appraised."))
            if a.concluded_on is not None and a.concluded_on < date(p.year, 1, 1):
                raise ValidationError([FieldIssue("concluded_on", pick(f"评定日期应在{p.year}年或以后",
                                                                       f"Should be in {p.year} or later"))])
            if p.state != RecordState.DRAFT:
                if not reason.strip():
                    raise UserError(pick("该年度评诺已定稿，修改须写明更正原因。",
                                         "The year's conclusions are final: give a reason to amend."))
                if not a.conclusion:
                    raise UserError(pick("定稿后不能撤销评定结论，只能更正。", "A final conclusion can be corrected, not removed."))
                before = {"self_assessment": p.self_assessment, "member_assessment": p.member_assessment,
                          "masses_assessment": p.masses_assessment, "conclusion": p.conclusion,
                          "concluded_on": str(p.concluded_on or "")}
                s.add(Amendment(record_type="pledge", record_uuid=p.uuid, reason=reason.strip(),
                                before=json.dumps(before, ensure_ascii=False)))
            p.self_assessment, p.member_assessment = a.self_assessment.strip(), a.member_assessment.strip()
            p.masses_assessment, p.conclusion = a.masses_assessment.strip(), a.conclusion
            p.concluded_on = (a.concluded_on or today) if a.conclusion else None
            p.version += 1
            p.updated_at = utcnow()
        return self.get(pledge_id)

    def amendments(self, pledge_uuid: str) -> list[tuple[str, str, dict[str, str]]]:
        with self.ws.session() as s:
            return [(a.amended_at.strftime("%Y-%m-%d %H:%M"), a.reason, json.loads(a.before)) for a in s.scalars(
                select(Amendment).where(Amendment.record_uuid == pledge_uuid).order_by(Amendment.id))]

    def finalise(self, year: int) -> int:
        """定稿 the year's conclusions. Refused while a pledge due for appraisal has no conclusion."""
        rows = [r for r in self.list_pledges(year) if r.counts]
        missing = [r for r in rows if not r.assessment.conclusion]
        if missing:
            names = listing(dict.fromkeys(r.member for r in missing))
            raise UserError(pick(f"还有{len(missing)}项承诺未评诺（{names}），评完后才能定稿。",
                                 f"{len(missing)} pledges have no conclusion yet ({names}); conclude them first."))
        if not rows:
            raise UserError(pick(f"{year}年没有需要评诺的承诺。", f"No pledges to conclude in {year}."))
        with self.ws.session() as s:
            n = 0
            for p in s.scalars(select(Pledge).where(Pledge.year == year, Pledge.deleted_at.is_(None),
                                                    Pledge.conclusion != "", Pledge.state == RecordState.DRAFT.value)):
                p.state = RecordState.FINAL.value
                p.version += 1
                n += 1
            return n

    # ---- 兑诺率 and the year at a glance --------------------------------------------------------------------
    @remembered
    def summary(self, year: int, today: date | None = None, rows: list[PledgeRow] | None = None) -> YearSummary:
        """The year at a glance; ``rows`` when the caller has already listed the year's pledges."""
        today = today or date.today()
        std = StandardsService(self.ws).in_force()
        fulfilled = set(std["pledge_fulfilled"].value)
        rows = self.list_pledges(year, progress=False) if rows is None else rows
        due = [r for r in rows if r.counts]

        def rate(items: list[PledgeRow]) -> Rate:
            return fulfilment_rate((r.assessment.conclusion for r in items), fulfilled)

        categories = list(std["pledge_categories"].value)
        categories += sorted({r.category for r in rows} - set(categories))
        by_member: dict[int, list[PledgeRow]] = {}
        names: dict[int, tuple[str, str]] = {}
        for r in rows:
            if r.member_id is not None:
                by_member.setdefault(r.member_id, []).append(r)
                names[r.member_id] = (r.member, r.group)
        expected = self.members_of_year(year, today)
        for mid, name, group in expected:
            names.setdefault(mid, (name, group))
        member_rates = [MemberRate(mid, names[mid][0], names[mid][1], len(by_member.get(mid, [])),
                                   rate([r for r in by_member.get(mid, []) if r.counts]))
                        for mid in dict.fromkeys([m for m, _n, _g in expected] + list(by_member))]
        groups = list(dict.fromkeys(g for _m, _n, g in expected if g))
        review_counts = {k.value: sum(r.review == k for r in rows) for k in Review}
        bounds = std["pledges_per_member"]
        checks = [pledge_count_check(mr.name, mr.pledges, bounds.value, bounds.standard.source)
                  for mr in member_rates if mr.pledges and mr.member_id in {m for m, _n, _g in expected}]
        return YearSummary(
            year=year, branch=rate(due), members=rate([r for r in due if r.member_id is not None]),
            collective=rate([r for r in due if r.member_id is None]),
            by_category={c: rate([r for r in due if r.category == c]) for c in categories},
            by_group={g: rate([r for r in due if r.group == g and r.member_id is not None]) for g in groups},
            by_member=member_rates, review_counts=review_counts,
            not_pledged=[(m, n, g) for m, n, g in expected if m not in by_member],
            postings=self.postings(year), final=bool(due) and all(r.state != RecordState.DRAFT for r in due),
            checks=[c for c in checks if not c.ok], expected=len(expected),
            without_approved=tuple(n for m, n, _g in expected if m not in {r.member_id for r in rows if r.approved}))

    def member_rates(self, year: int) -> dict[int, MemberRate]:
        return {m.member_id: m for m in self.summary(year).by_member}

    def overdue(self, today: date | None = None) -> list[PledgeRow]:
        """Approved pledges past their deadline with no progress entry and no conclusion (for the 工作台)."""
        today = today or date.today()
        live = select(PledgeProgress.id).where(PledgeProgress.pledge_id == Pledge.id,
                                               PledgeProgress.deleted_at.is_(None)).exists()
        with self.ws.session() as s:
            ids = list(s.scalars(select(Pledge.id).where(
                Pledge.year.in_((today.year - 1, today.year)), Pledge.deleted_at.is_(None),
                Pledge.review == Review.APPROVED.value, Pledge.deadline < today, Pledge.conclusion == "",
                Pledge.state == RecordState.DRAFT.value, ~live)))
        return [r for r in self.list_pledges(ids=ids) if r.overdue(today)] if ids else []


def _apply(p: Pledge, inp: PledgeInput) -> None:
    p.year, p.member_id, p.category = inp.year, inp.member_id, inp.category
    p.content, p.target, p.deadline = inp.content.strip(), inp.target.strip(), inp.deadline


def _short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[:n] + "…"
