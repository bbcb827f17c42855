"""Book 1, the committee (支部委员会) and its terms: who was elected to which post with which duties, changes
within a term, the committee as it stood on any day (for the quorum of past 支委会), and when the next
election falls due (《中国共产党支部工作条例（试行）》第六章).

``Member.committee_role`` stays the current post (the roster shows it); it is kept in step with the open seats
of the current term whenever a term is recorded or a post changes."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.branch import Branch, CommitteeSeat, CommitteeTerm
from models.db import Workspace
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.member import COMMITTEE_ROLES, Member, disciplined_on, on_roster_from
from models.rules.dates import add_months, add_years
from models.services.profile import term_years
from models.services.standards import StandardInForce, StandardsService

SECRETARY, DEPUTY = "书记", "副书记"


@dataclass
class SeatInput:
    member_id: int | None
    role: str
    duty: str = ""


@dataclass
class TermInput:
    elected_on: date | None
    seats: list[SeatInput]
    term_years: int | None = None  # None: the branch type's term (3 years; 5 for villages and communities)
    meeting_id: int | None = None
    approved_on: date | None = None
    approval_no: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SeatRow:
    id: int
    member_id: int
    name: str
    role: str
    duty: str
    from_on: date
    to_on: date | None
    change_note: str

    @property
    def open(self) -> bool:
        return self.to_on is None


@dataclass(frozen=True)
class TermRow:
    id: int
    uuid: str
    number: int  # 第N届 in this workspace
    elected_on: date
    term_years: int
    ends_on: date
    meeting_id: int | None
    approved_on: date | None
    approval_no: str
    notes: str
    seats: list[SeatRow] = field(default_factory=list)

    def on(self, day: date) -> list[SeatRow]:
        """The seats held on ``day``."""
        return [s for s in self.seats if s.from_on <= day and (s.to_on is None or s.to_on > day)]


@dataclass(frozen=True)
class ElectionDue:
    """When the current term ends and the election falls due; ``state`` is ok / soon (within the reminder) /
    overdue / none (no term recorded)."""

    term: TermRow | None
    ends_on: date | None
    remind_from: date | None
    state: str
    source: str

    def message(self) -> str:
        if self.term is None or self.ends_on is None:
            return pick("尚未登记支部委员会（书记）选举情况，无法提醒换届", "No committee election recorded yet")
        if self.state == "overdue":
            return pick(f"本届任期已于{self.ends_on}届满，应当换届选举", f"The term ended on {self.ends_on}: hold the election")
        if self.state == "soon":
            return pick(f"本届任期{self.ends_on}届满，请做好换届准备", f"The term ends on {self.ends_on}: prepare the election")
        return pick(f"本届任期至{self.ends_on}", f"The term runs to {self.ends_on}")


class CommitteeService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- reading ---------------------------------------------------------------------------------
    def terms(self, deleted: bool = False) -> list[TermRow]:
        """All terms, oldest first, each with its seats (who held which post from when to when)."""
        with self.ws.session() as s:
            return _terms(s, deleted)

    def current(self, on: date | None = None) -> TermRow | None:
        on = on or date.today()
        terms = [t for t in self.terms() if t.elected_on <= on]
        return terms[-1] if terms else None

    def election_due(self, today: date | None = None, std: dict[str, StandardInForce] | None = None) -> ElectionDue:
        today = today or date.today()
        std = std or StandardsService(self.ws).in_force()
        remind = int(std["committee_election_remind_months"].value)
        source = std["committee_term_years"].standard.source
        t = self.current(today)
        if t is None:
            return ElectionDue(None, None, None, "none", source)
        start = add_months(t.ends_on, -remind)
        state = "overdue" if today >= t.ends_on else "soon" if today >= start else "ok"
        return ElectionDue(t, t.ends_on, start, state, source)

    # -- writing ---------------------------------------------------------------------------------
    def check(self, inp: TermInput, today: date | None = None) -> list[FieldIssue]:
        today = today or date.today()
        with self.ws.session() as s:
            return self._check(s, inp, today)

    def _check(self, s: Session, inp: TermInput, today: date) -> list[FieldIssue]:
        std = StandardsService(self.ws).in_force()
        issues: list[FieldIssue] = []

        def bad(f: str, zh: str, en: str) -> None:
            issues.append(FieldIssue(f, pick(zh, en)))

        if inp.elected_on is None:
            bad("elected_on", "选举日期：必填", "Election date: required")
            return issues
        if inp.elected_on > today:
            bad("elected_on", "选举日期：不能晚于今天", "Election date: cannot be in the future")
        last = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None))
                        .order_by(CommitteeTerm.elected_on.desc()))
        if last is not None and inp.elected_on <= last.elected_on:
            bad("elected_on", f"选举日期应晚于上一届的选举日期（{last.elected_on}）",
                f"The election must be after the previous one ({last.elected_on})")
        if inp.term_years is not None and not 1 <= inp.term_years <= 5:
            bad("term_years", "任期年限应为1至5年", "The term is 1 to 5 years")
        if inp.approved_on and inp.approved_on < inp.elected_on:
            bad("approved_on", "批复日期不能早于选举日期", "Approval cannot be before the election")
        seats = [x for x in inp.seats if x.member_id is not None or x.role]
        if not seats:
            bad("seats", "至少登记书记1名", "Record at least the secretary")
            return issues
        ids = [x.member_id for x in seats]
        for i, x in enumerate(seats, 1):
            if x.member_id is None:
                bad("seats", f"第{i}行：请选择党员", f"Row {i}: choose a member")
            if x.role not in COMMITTEE_ROLES:
                bad("seats", f"第{i}行：“{x.role}”不是支委职务", f"Row {i}: “{x.role}” is not a committee post")
        if len(set(ids)) != len(ids):
            bad("seats", "同一名党员登记了两次", "A member is listed twice")
        roles = [x.role for x in seats]
        if roles.count(SECRETARY) != 1:
            bad("seats", "应有且只有1名书记", "There must be exactly one secretary")
        if roles.count(DEPUTY) > 1:
            bad("seats", "副书记最多1名", "At most one deputy secretary")
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_([i for i in ids if i])))}
        for i, x in enumerate(seats, 1):
            m = members.get(x.member_id or -1)
            if m is None:
                continue
            on_roster = (on_roster_from(m) or inp.elected_on) <= inp.elected_on and (
                m.left_on is None or m.left_on > inp.elected_on)
            if not on_roster:
                bad("seats", f"第{i}行：{m.name}在选举当天不在本支部花名册上", f"Row {i}: {m.name} was not on the roster then")
            elif not (m.full_date and m.full_date <= inp.elected_on):
                # 《中国共产党章程》第七条: 预备党员……没有表决权、选举权和被选举权
                bad("seats", f"第{i}行：{m.name}在选举当天是预备党员，没有被选举权（党章第七条）",
                    f"Row {i}: {m.name} was probationary then and cannot be elected (Party Constitution Art. 7)")
            elif m.id in disciplined_on(s, inp.elected_on, [m.id]):
                bad("seats", f"第{i}行：{m.name}在选举当天受留党察看处分，没有被选举权（党章第四十一条）",
                    f"Row {i}: {m.name} was under 留党察看 then and cannot be elected (Party Constitution Art. 41)")
        full = _full_members(s, inp.elected_on)
        threshold = int(std["committee_min_full_members"].value)
        low, high = (int(v) for v in std["committee_size"].value)
        others = [r for r in roles if r not in (SECRETARY, DEPUTY)]
        if full < threshold and others:
            bad("seats", f"选举当天正式党员{full}人，不足{threshold}人，不设支部委员会，只设书记（必要时副书记）"
                f"（{std['committee_min_full_members'].standard.source}）",
                f"{full} full members then, fewer than {threshold}: a secretary (and deputy) only, no committee")
        elif full >= threshold and not low <= len(seats) <= high:
            bad("seats", f"支部委员会应由{low}至{high}人组成，现登记{len(seats)}人（{std['committee_size'].standard.source}）",
                f"A committee has {low} to {high} members; {len(seats)} listed")
        return issues

    def elect(self, inp: TermInput, today: date | None = None) -> TermRow:
        """Record an election (换届或首次选举): the new term and its seats; the previous term's seats close on
        the election day; the roster's posts and the profile's 任期开始 follow."""
        today = today or date.today()
        with self.ws.session() as s:
            issues = self._check(s, inp, today)
            if issues:
                raise ValidationError(issues)
            assert inp.elected_on is not None
            branch = s.scalar(select(Branch).order_by(Branch.id))
            years = inp.term_years or term_years(branch.branch_type if branch else "")
            t = CommitteeTerm(elected_on=inp.elected_on, term_years=years, meeting_id=inp.meeting_id,
                              approved_on=inp.approved_on, approval_no=inp.approval_no.strip(), notes=inp.notes.strip())
            s.add(t)
            s.flush()
            for seat in s.scalars(select(CommitteeSeat).where(CommitteeSeat.to_on.is_(None))):
                seat.to_on = inp.elected_on
                seat.change_note = seat.change_note or pick("换届", "new term")
            for x in inp.seats:
                if x.member_id is not None:
                    s.add(CommitteeSeat(term_id=t.id, member_id=x.member_id, role=x.role, duty=x.duty.strip(),
                                        from_on=inp.elected_on))
            if branch is not None:
                branch.term_started_on = inp.elected_on
                branch.version += 1
            s.flush()
            _sync_roles(s)
            tid = t.id
            return next(r for r in _terms(s) if r.id == tid)

    def change_seat(self, member_id: int, role: str, on: date, note: str, duty: str = "",
                    today: date | None = None) -> TermRow:
        """A change within the term: 补选 (a new member takes a post), 调整 (another post) or 免去 (``role`` "")."""
        today = today or date.today()
        issues: list[FieldIssue] = []
        if on > today:
            issues.append(FieldIssue("on", pick("日期不能晚于今天", "The date cannot be in the future")))
        if role and role not in COMMITTEE_ROLES:
            issues.append(FieldIssue("role", pick(f"“{role}”不是支委职务", f"“{role}” is not a committee post")))
        if not note.strip():
            issues.append(FieldIssue("note", pick("请写明变动原因（如补选、调整分工、免职）", "Say why (by-election, new duties …)")))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            t = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None), CommitteeTerm.elected_on <= on)
                         .order_by(CommitteeTerm.elected_on.desc()))
            if t is None:
                raise UserError(pick("请先登记本届支部委员会的选举情况。", "Record the committee's election first."))
            m = s.get(Member, member_id)
            if m is None or (m.left_on is not None and m.left_on <= on):
                raise ValidationError([FieldIssue("member_id", pick("该党员当天不在本支部花名册上",
                                                                    "That member was not on the roster then"))])
            if role and not (m.full_date and m.full_date <= on):
                raise ValidationError([FieldIssue("member_id", pick(f"{m.name}当天是预备党员，不能担任支委（党章第七条）",
                                                                    f"{m.name} was probationary then (Art. 7)"))])
            open_seats = list(s.scalars(select(CommitteeSeat).where(CommitteeSeat.term_id == t.id,
                                                                    CommitteeSeat.to_on.is_(None))))
            mine = [x for x in open_seats if x.member_id == member_id]
            if not mine and not role:
                raise UserError(pick(f"{m.name}目前没有支委职务。", f"{m.name} holds no committee post."))
            if role in (SECRETARY, DEPUTY) and any(x.role == role and x.member_id != member_id for x in open_seats):
                raise ValidationError([FieldIssue("role", pick(f"已有{role}，请先免去其职务",
                                                               f"There is already a {role}; release them first"))])
            for x in mine:
                if on < x.from_on:
                    raise ValidationError([FieldIssue("on", pick(f"日期不能早于其任职日期{x.from_on}",
                                                                 f"Cannot be before the post began ({x.from_on})"))])
                x.to_on, x.change_note = on, note.strip()
            if role:
                s.add(CommitteeSeat(term_id=t.id, member_id=member_id, role=role,
                                    duty=duty.strip() or (mine[0].duty if mine else ""), from_on=on,
                                    change_note=note.strip()))
            t.version += 1
            t.updated_at = utcnow()
            s.flush()
            _sync_roles(s)
            tid = t.id
            return next(r for r in _terms(s) if r.id == tid)

    def delete_latest(self) -> None:
        """Take back the latest term recorded by mistake: the previous term's seats open again (undo:
        ``restore_latest``)."""
        with self.ws.session() as s:
            terms = list(s.scalars(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None))
                                   .order_by(CommitteeTerm.elected_on)))
            if not terms:
                raise UserError(pick("没有可撤销的届次。", "No term to take back."))
            t = terms[-1]
            t.deleted_at = utcnow()
            t.version += 1
            if len(terms) > 1:
                for seat in s.scalars(select(CommitteeSeat).where(CommitteeSeat.term_id == terms[-2].id,
                                                                  CommitteeSeat.to_on == t.elected_on)):
                    seat.to_on = None
            s.flush()
            _sync_roles(s)

    def restore_latest(self) -> None:
        with self.ws.session() as s:
            t = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_not(None))
                         .order_by(CommitteeTerm.deleted_at.desc()))
            if t is None:
                raise UserError(pick("回收站中没有届次记录。", "No term in the recycle bin."))
            later = s.scalar(select(CommitteeTerm.id).where(CommitteeTerm.deleted_at.is_(None),
                                                            CommitteeTerm.elected_on >= t.elected_on))
            if later is not None:
                raise UserError(pick("之后已登记新的届次，不能恢复。", "A later term has been recorded since."))
            for seat in s.scalars(select(CommitteeSeat).where(CommitteeSeat.to_on.is_(None),
                                                              CommitteeSeat.term_id != t.id)):
                seat.to_on = t.elected_on
            t.deleted_at = None
            t.version += 1
            s.flush()
            _sync_roles(s)


def seat_changed(s: Session, member: Member, role: str, on: date) -> None:
    """The roster changed a member's post (the member form, or leaving the roster): follow it in the current
    term's seats so the history stays true. Without a recorded term, the roster's post is all there is."""
    t = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None)).order_by(CommitteeTerm.elected_on.desc()))
    if t is None or member.id is None:
        return
    open_seats = list(s.scalars(select(CommitteeSeat).where(CommitteeSeat.term_id == t.id,
                                                            CommitteeSeat.member_id == member.id,
                                                            CommitteeSeat.to_on.is_(None))))
    if [x.role for x in open_seats] == ([role] if role else []):
        return
    day = max(on, t.elected_on)
    for x in open_seats:
        x.to_on, x.change_note = max(day, x.from_on), pick("花名册中修改职务", "post changed in the roster")
    if role:
        s.add(CommitteeSeat(term_id=t.id, member_id=member.id, role=role, from_on=day,
                            duty=open_seats[0].duty if open_seats else "",
                            change_note=pick("花名册中修改职务", "post changed in the roster")))


def committee_ids_on(s: Session, on: date) -> set[int] | None:
    """Members on the committee on ``on`` by the recorded terms; None when no term covers that day (then the
    roster's current posts are all there is)."""
    t = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None), CommitteeTerm.elected_on <= on)
                 .order_by(CommitteeTerm.elected_on.desc()))
    if t is None:
        return None
    return {x.member_id for x in s.scalars(select(CommitteeSeat).where(
        CommitteeSeat.term_id == t.id, CommitteeSeat.from_on <= on,
        (CommitteeSeat.to_on.is_(None)) | (CommitteeSeat.to_on > on)))}


def _full_members(s: Session, on: date) -> int:
    return s.scalar(select(func.count()).where(
        Member.deleted_at.is_(None), Member.full_date.is_not(None), Member.full_date <= on,
        (Member.left_on.is_(None)) | (Member.left_on > on))) or 0


def _sync_roles(s: Session) -> None:
    """Member.committee_role = the post of each open seat of the current term; nobody else has one."""
    t = s.scalar(select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_(None)).order_by(CommitteeTerm.elected_on.desc()))
    roles: dict[int, str] = {}
    if t is not None:
        roles = {x.member_id: x.role for x in s.scalars(select(CommitteeSeat).where(
            CommitteeSeat.term_id == t.id, CommitteeSeat.to_on.is_(None)))}
    for m in s.scalars(select(Member).where((Member.committee_role != "") | (Member.id.in_(list(roles))))):
        want = roles.get(m.id, "") if m.left_on is None else ""
        if m.committee_role != want:
            m.committee_role = want
            m.version += 1


def _terms(s: Session, deleted: bool = False) -> list[TermRow]:
    q = select(CommitteeTerm).where(CommitteeTerm.deleted_at.is_not(None) if deleted else CommitteeTerm.deleted_at.is_(None))
    terms = list(s.scalars(q.order_by(CommitteeTerm.elected_on)))
    if not terms:
        return []
    names = dict(s.execute(select(Member.id, Member.name)).all())
    seats: dict[int, list[SeatRow]] = {}
    order = {r: i for i, r in enumerate(COMMITTEE_ROLES)}
    for x in s.scalars(select(CommitteeSeat).where(CommitteeSeat.term_id.in_([t.id for t in terms]))
                       .order_by(CommitteeSeat.from_on, CommitteeSeat.id)):
        seats.setdefault(x.term_id, []).append(SeatRow(x.id, x.member_id, names.get(x.member_id, ""), x.role, x.duty,
                                                       x.from_on, x.to_on, x.change_note))
    out = []
    for n, t in enumerate(terms, 1):
        rows = sorted(seats.get(t.id, []), key=lambda r: (r.from_on, order.get(r.role, 99)))
        out.append(TermRow(t.id, t.uuid, n, t.elected_on, t.term_years, add_years(t.elected_on, t.term_years),
                           t.meeting_id, t.approved_on, t.approval_no, t.notes, rows))
    return out
