"""Roster service (book 2, 党员花名册): members, their history, party groups, the 四个清楚 statistics."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.branch import PartyGroup
from models.db import Workspace
from models.errors import FieldIssue, Finding, UserError, ValidationError
from models.i18n import pick
from models.member import (
    EDUCATIONS,
    EventKind,
    LeaveKind,
    Member,
    MemberCategory,
    MemberEvent,
    MemberStatus,
    disciplined_on,
    roster_from,
)
from models.rules.dates import age_on
from models.rules.roster import label, normalise, validate_member
from models.rules.standards import standard
from models.services.committee import seat_changed
from models.services.dto import (
    CountRow,
    GroupRow,
    MemberEventRow,
    MemberInput,
    MemberRow,
    RosterStats,
)
from models.services.live import get_row
from models.services.reading import remembered

AGE_BANDS = ((0, 30, "30岁及以下"), (31, 40, "31—40岁"), (41, 50, "41—50岁"), (51, 60, "51—60岁"),
             (61, 70, "61—70岁"), (71, 200, "71岁及以上"))
PARTY_AGE_BANDS = ((0, 4, "5年以下"), (5, 9, "5—9年"), (10, 19, "10—19年"), (20, 29, "20—29年"),
                   (30, 49, "30—49年"), (50, 200, "50年及以上"))
NO_GROUP = "未分组"


def pinyin_of(name: str) -> tuple[str, str]:
    """Full pinyin ("zhang san") and initials ("zs") for search."""
    from pypinyin import lazy_pinyin  # imported when first needed: keeps start-up fast

    full = [p.lower() for p in lazy_pinyin(name, errors="ignore") if p]
    return " ".join(full), "".join(p[0] for p in full)


def _row(m: Member, group_name: str) -> MemberRow:
    return MemberRow(
        id=m.id, uuid=m.uuid, name=m.name, name_pinyin=m.name_pinyin, name_initials=m.name_initials,
        gender=m.gender, ethnicity=m.ethnicity, birth_date=m.birth_date, id_number=m.id_number or "",
        education=m.education, job=m.job, join_date=m.join_date, full_date=m.full_date, status=m.status,
        category=m.category, group_id=m.group_id, group=group_name, committee_role=m.committee_role,
        group_role=m.group_role, phone=m.phone, notes=m.notes, left_on=m.left_on, left_kind=m.left_kind,
        left_reason=m.left_reason, version=m.version, arrived_on=m.arrived_on,
    )


def _row_in(s: Session, m: Member) -> MemberRow:
    """The row for a member inside an open unit of work (looks up the group's name)."""
    g = s.get(PartyGroup, m.group_id) if m.group_id else None
    return _row(m, g.name if g else "")


def _band(value: int, bands: Iterable[tuple[int, int, str]]) -> str:
    for lo, hi, name in bands:
        if lo <= value <= hi:
            return name
    return ""


@dataclass
class Batch:
    """What a batch of adds in one unit of work has looked up once: the ID numbers on the roster
    (number → name) and the party groups (name → id). Kept current as members are added."""

    id_numbers: dict[str, str]
    groups: dict[str, int]

    @classmethod
    def load(cls, s: Session) -> Batch:
        ids = s.execute(select(Member.id_number, Member.name).where(
            Member.id_number.is_not(None), Member.left_on.is_(None), Member.deleted_at.is_(None))).all()
        groups = s.execute(select(PartyGroup.name, PartyGroup.id)).all()
        return cls({i: n for i, n in ids if i}, {g: gid for g, gid in groups})


class RosterService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- reading ---------------------------------------------------------------------------
    @remembered
    def list_members(self, include_left: bool = False, on: date | None = None) -> list[MemberRow]:
        """Members ordered by group and name. ``on`` gives the roster as it stood on that date."""
        with self.ws.session() as s:
            q = (
                select(Member, PartyGroup.name)
                .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
                .where(Member.deleted_at.is_(None))
                .order_by(PartyGroup.sort_order, PartyGroup.name, Member.name_pinyin)
            )
            if on is not None:
                q = q.where(roster_from() <= on, (Member.left_on.is_(None)) | (Member.left_on > on))
            elif not include_left:
                q = q.where(Member.left_on.is_(None))
            return [_row(m, g or "") for m, g in s.execute(q)]

    @remembered
    def names(self) -> dict[int, str]:
        """Every member's name by id, those who left included (not the recycle bin): for a form naming the people
        it refers to, without reading whole rows."""
        with self.ws.session() as s:
            return {mid: name for mid, name in s.execute(select(Member.id, Member.name)
                                                         .where(Member.deleted_at.is_(None)))}

    def get(self, member_id: int) -> MemberRow:
        with self.ws.session() as s:
            m = get_row(s, Member, member_id, live=False)
            return _row_in(s, m)

    def find_uuid(self, uuid: str) -> MemberRow:
        with self.ws.session() as s:
            m = s.scalar(select(Member).where(Member.uuid == uuid.strip()))
            if m is None:
                raise UserError(pick(f"找不到编号为{uuid}的党员（见 list roster）。", f"No member {uuid} (see: list roster)."))
            return _row_in(s, m)

    def history(self, member_id: int) -> list[MemberEventRow]:
        with self.ws.session() as s:
            q = select(MemberEvent).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id)
            return [MemberEventRow(e.kind, e.happened_on, e.detail) for e in s.scalars(q)]

    # -- writing ---------------------------------------------------------------------------
    def check(self, m: MemberInput, today: date | None = None, exclude_id: int | None = None,
              session: Session | None = None, batch: Batch | None = None
              ) -> tuple[MemberInput, list[FieldIssue], list[FieldIssue]]:
        """Normalise and validate an entry, including the duplicate ID number check against the roster."""
        m = normalise(m)
        errors, warnings = validate_member(m, today)
        if m.id_number and not any(e.field == "id_number" for e in errors):
            def dup(s: Session) -> str | None:
                if batch is not None:
                    return batch.id_numbers.get(m.id_number)
                q = select(Member.name).where(
                    Member.id_number == m.id_number, Member.left_on.is_(None), Member.deleted_at.is_(None)
                )
                if exclude_id is not None:
                    q = q.where(Member.id != exclude_id)
                return s.scalar(q)
            if session is not None:
                other = dup(session)
            else:
                with self.ws.session() as s:
                    other = dup(s)
            if other:
                errors.append(FieldIssue("id_number", pick(f"{label('id_number')}：与花名册中的“{other}”相同",
                                                           f"{label('id_number')}: same as {other} on the roster")))
        return m, errors, warnings

    def add(self, m: MemberInput, today: date | None = None) -> MemberRow:
        with self.ws.session() as s:
            member = self.add_in(s, m, today)
            s.flush()
            return _row_in(s, member)

    def add_in(self, s: Session, m: MemberInput, today: date | None = None,
               event: EventKind = EventKind.ADDED, detail: str = "", batch: Batch | None = None) -> Member:
        """Add one member inside an open unit of work (the import and the demo add many in one).
        With a ``batch`` nothing is flushed per member: the inserts go out together at commit."""
        m, errors, _ = self.check(m, today, session=s, batch=batch)
        if errors:
            raise ValidationError(errors)
        member = Member()
        self._apply(s, member, m, batch)
        member.events.append(MemberEvent(kind=event.value, happened_on=m.join_date, detail=detail))
        s.add(member)
        if batch is not None:
            if m.id_number:
                batch.id_numbers[m.id_number] = m.name
        else:
            s.flush()
        return member

    def update(self, member_id: int, m: MemberInput, expected_version: int | None = None,
               today: date | None = None) -> MemberRow:
        with self.ws.session() as s:
            member = _member(s, member_id)
            if expected_version is not None and member.version != expected_version:
                raise UserError(pick("该党员信息已在别处被修改，请关闭后重新打开再改。",
                                     "This member was changed elsewhere; close and open it again."))
            m, errors, _ = self.check(m, today, exclude_id=member_id, session=s)
            if errors:
                raise ValidationError(errors)
            became_full = member.status == MemberStatus.PROBATIONARY and m.status == MemberStatus.FULL
            changed = self._apply(s, member, m)
            if changed:
                member.version += 1
                member.updated_at = utcnow()
                s.add(MemberEvent(member_id=member.id, kind=EventKind.EDITED.value, happened_on=date.today(),
                                  detail="、".join(label(f) for f in changed)))
            if became_full:
                s.add(MemberEvent(member_id=member.id, kind=EventKind.BECAME_FULL.value, happened_on=m.full_date))
            s.flush()
            return _row_in(s, member)

    def leave(self, member_id: int, kind: str, on: date, reason: str, today: date | None = None) -> MemberRow:
        """转出/去世/出党/停止党籍: the member stays in the history, never hard-deleted."""
        today = today or date.today()
        issues: list[FieldIssue] = []
        if kind not in {k.value for k in LeaveKind}:
            issues.append(FieldIssue("left_kind", pick(f"离开方式“{kind}”无效", f"Unknown way of leaving “{kind}”")))
        if on > today:
            issues.append(FieldIssue("left_on", pick("离开日期不能晚于今天", "The date left cannot be in the future")))
        if not reason.strip():
            issues.append(FieldIssue("left_reason", pick("请填写原因（如转往何处）", "Give the reason (e.g. where to)")))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            member = _member(s, member_id)
            self.leave_in(s, member, kind, on, reason)
            s.flush()
            return _row_in(s, member)

    @staticmethod
    def leave_in(s: Session, member: Member, kind: str, on: date, reason: str) -> None:
        """Take a member off the roster inside an open unit of work (also a transfer letter's): the committee seat
        closes that day, the posts go, the history says why."""
        if member.left_on is not None:
            raise UserError(pick(f"{member.name}已于{member.left_on}离开本支部。",
                                 f"{member.name} already left on {member.left_on}."))
        if member.join_date and on < member.join_date:
            raise ValidationError([FieldIssue("left_on", pick("离开日期不能早于入党日期",
                                                              "The date left cannot be before the date joined"))])
        member.left_on, member.left_kind, member.left_reason = on, kind, reason.strip()
        seat_changed(s, member, "", on)
        member.committee_role = ""
        member.group_role = ""
        member.version += 1
        s.add(MemberEvent(member_id=member.id, kind=EventKind.LEFT.value, happened_on=on,
                          detail=f"{kind}：{reason.strip()}"))

    def discipline(self, member_id: int, on: date, years: int, decision: str, today: date | None = None) -> None:
        """留党察看 (one or two years, 党章第四十一条): from ``on`` the member has no vote, cannot be elected and cannot
        introduce an applicant, until 恢复党员权利 is recorded."""
        today = today or date.today()
        issues = []
        if on > today:
            issues.append(FieldIssue("happened_on", pick("处分日期不能晚于今天", "The date cannot be in the future")))
        if years not in (1, 2):
            issues.append(FieldIssue("years", pick("留党察看期限为一年或二年（党章第四十一条）",
                                                   "留党察看 lasts one or two years (Party Constitution Art. 41)")))
        if not decision.strip():
            issues.append(FieldIssue("detail", pick("请填写处分决定（机关、文号）", "Give the decision (body, number)")))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            member = _member(s, member_id)
            if member.id in disciplined_on(s, on, [member.id]):
                raise UserError(pick(f"{member.name}已在留党察看期间。", f"{member.name} is already under 留党察看."))
            s.add(MemberEvent(member_id=member.id, kind=EventKind.PROBATION.value, happened_on=on,
                              detail=pick(f"留党察看{years}年：{decision.strip()}", f"{years} year(s): {decision.strip()}")))
            member.version += 1

    def strike_off(self, member_id: int, on: date, decision: str, today: date | None = None) -> None:
        """除名 of a member whose 党籍 was stopped and who could not be reached since (党员教育管理工作条例第二十四条)."""
        today = today or date.today()
        with self.ws.session() as s:
            member = _member(s, member_id)
            if member.left_kind != LeaveKind.SUSPENDED.value or member.left_on is None:
                raise UserError(pick(f"{member.name}没有被停止党籍，不能按此除名。",
                                     f"{member.name}'s membership was not suspended (停止党籍)."))
            if on > today or on < member.left_on:
                raise ValidationError([FieldIssue("happened_on", pick(
                    f"除名日期应在停止党籍（{member.left_on}）之后、不晚于今天", "The date must follow the suspension"))])
            if not decision.strip():
                raise ValidationError([FieldIssue("detail", pick("请填写除名决定（支部大会、上级批准）",
                                                                 "Give the decision (meeting, approval)"))])
            s.add(MemberEvent(member_id=member.id, kind=EventKind.STRUCK_OFF.value, happened_on=on,
                              detail=decision.strip()))
            member.version += 1

    def restore_rights(self, member_id: int, on: date, decision: str, today: date | None = None) -> None:
        """恢复党员权利 at the end of (or during) 留党察看."""
        today = today or date.today()
        if on > today:
            raise ValidationError([FieldIssue("happened_on", pick("日期不能晚于今天", "The date cannot be in the future"))])
        with self.ws.session() as s:
            member = _member(s, member_id)
            if member.id not in disciplined_on(s, on, [member.id]):
                raise UserError(pick(f"{member.name}在{on}不在留党察看期间。", f"{member.name} was not under 留党察看 on {on}."))
            s.add(MemberEvent(member_id=member.id, kind=EventKind.RIGHTS_RESTORED.value, happened_on=on,
                              detail=decision.strip()))
            member.version += 1

    def restore(self, member_id: int, reason: str) -> MemberRow:
        """Undo a leave recorded by mistake (or a member who returns): back on the roster, noted in history."""
        with self.ws.session() as s:
            member = s.get(Member, member_id)
            if member is None or member.left_on is None:
                raise UserError(pick("该党员不在已离开名单中。", "That member has not left."))
            self.restore_in(s, member, reason)
            s.flush()
            return _row_in(s, member)

    @staticmethod
    def restore_in(s: Session, member: Member, reason: str) -> None:
        """Put a member who left back on the roster inside an open unit of work, unless another member on it has
        the same ID number."""
        if member.id_number:
            other = s.scalar(select(Member.name).where(Member.id_number == member.id_number,
                                                       Member.left_on.is_(None), Member.id != member.id))
            if other:
                raise UserError(pick(f"花名册中已有同一身份证号的“{other}”。",
                                     f"{other} on the roster has the same ID number."))
        s.add(MemberEvent(member_id=member.id, kind=EventKind.RETURNED.value, happened_on=date.today(),
                          detail=f"{pick('撤销', 'undid')} {member.left_kind} {member.left_on}：{reason}"))
        member.left_on, member.left_kind, member.left_reason = None, "", ""
        member.version += 1

    def _apply(self, s: Session, member: Member, m: MemberInput, batch: Batch | None = None) -> list[str]:
        if not m.group:
            group_id = None
        elif batch is not None and m.group in batch.groups:
            group_id = batch.groups[m.group]
        else:
            group_id = self._group_id(s, m.group)
            if batch is not None:
                batch.groups[m.group] = group_id
        values = {
            "name": m.name, "gender": m.gender, "ethnicity": m.ethnicity, "birth_date": m.birth_date,
            "id_number": m.id_number or None, "education": m.education, "job": m.job, "join_date": m.join_date,
            "full_date": m.full_date, "status": m.status, "category": m.category, "group_id": group_id,
            "committee_role": m.committee_role, "group_role": m.group_role, "phone": m.phone, "notes": m.notes,
        }
        changed = []
        for key, value in values.items():
            if getattr(member, key, None) != value:
                setattr(member, key, value)
                changed.append("group" if key == "group_id" else key)
        if "name" in changed:
            member.name_pinyin, member.name_initials = pinyin_of(m.name)
        if "committee_role" in changed and member.id is not None:
            seat_changed(s, member, m.committee_role, date.today())
        return changed if member.id is not None else []

    # -- party groups --------------------------------------------------------------------------
    def _group_id(self, s: Session, name: str) -> int:
        gid = s.scalar(select(PartyGroup.id).where(PartyGroup.name == name))
        if gid is None:
            order = (s.scalar(select(func.max(PartyGroup.sort_order))) or 0) + 1
            g = PartyGroup(name=name, sort_order=order)
            s.add(g)
            s.flush()
            gid = g.id
        return gid

    def groups(self) -> list[GroupRow]:
        with self.ws.session() as s:
            counts = dict(
                s.execute(select(Member.group_id, func.count()).where(Member.left_on.is_(None))
                          .group_by(Member.group_id)).all()
            )
            leaders = dict(
                s.execute(select(Member.group_id, Member.name).where(Member.group_role == "组长",
                                                                      Member.left_on.is_(None))).all()
            )
            return [GroupRow(g.id, g.name, g.sort_order, counts.get(g.id, 0), leaders.get(g.id, ""))
                    for g in s.scalars(select(PartyGroup).order_by(PartyGroup.sort_order, PartyGroup.name))]

    def add_group(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValidationError([FieldIssue("group", pick("党小组名称不能为空", "A group needs a name"))])
        with self.ws.session() as s:
            if s.scalar(select(PartyGroup.id).where(PartyGroup.name == name)):
                raise ValidationError([FieldIssue("group", pick(f"已有党小组“{name}”", f"Group “{name}” exists"))])
            self._group_id(s, name)

    def rename_group(self, group_id: int, name: str) -> None:
        name = name.strip()
        with self.ws.session() as s:
            clash = s.scalar(select(PartyGroup.id).where(PartyGroup.name == name, PartyGroup.id != group_id))
            if not name or clash:
                raise ValidationError([FieldIssue("group", pick(f"党小组名称“{name}”为空或已存在",
                                                                f"Group name “{name}” is empty or taken"))])
            g = s.get(PartyGroup, group_id)
            if g:
                g.name = name
                g.version += 1

    def delete_group(self, group_id: int) -> None:
        """A group with members cannot be deleted: move its members first."""
        with self.ws.session() as s:
            n = s.scalar(select(func.count()).select_from(Member).where(Member.group_id == group_id,
                                                                          Member.left_on.is_(None)))
            if n:
                raise UserError(pick(f"该党小组还有{n}名党员，请先把他们调到其他党小组。",
                                     f"The group still has {n} members; move them first."))
            g = s.get(PartyGroup, group_id)
            if g:
                for m in s.scalars(select(Member).where(Member.group_id == group_id)):
                    m.group_id = None
                s.delete(g)

    # -- 四个清楚 ---------------------------------------------------------------------------
    def stats(self, today: date | None = None, branch_type: str = "") -> RosterStats:
        today = today or date.today()
        rows = self.list_members()
        full = sum(r.status == MemberStatus.FULL for r in rows)
        prob = len(rows) - full

        def counted(values: Iterable[str], order: Iterable[str] = ()) -> list[CountRow]:
            c = Counter(values)
            keys = [k for k in order if c.get(k)] + sorted(k for k in c if k not in set(order))
            return [CountRow(k, c[k]) for k in keys]

        ages = [age_on(r.birth_date, today) for r in rows if r.birth_date]
        group_order = [g.name for g in self.groups()] + [NO_GROUP]
        return RosterStats(
            total=len(rows), full=full, probationary=prob,
            by_group=counted((r.group or NO_GROUP for r in rows), group_order),
            by_category=counted((r.category for r in rows), [c.value for c in MemberCategory]),
            by_age=counted((_band(a, AGE_BANDS) for a in ages), [b[2] for b in AGE_BANDS]),
            by_education=counted((r.education or "未填" for r in rows), EDUCATIONS),
            by_gender=counted((r.gender for r in rows), ["男", "女"]),
            by_party_age=counted(
                (_band(age_on(r.full_date, today), PARTY_AGE_BANDS) for r in rows if r.full_date),
                [b[2] for b in PARTY_AGE_BANDS],
            ),
            average_age=round(sum(ages) / len(ages), 1) if ages else 0.0,
            checks=structure_checks(full, len(rows), rows),
        )


def structure_checks(full: int, total: int, rows: list[MemberRow]) -> list[Finding]:
    """The branch structure rules of 《中国共产党支部工作条例（试行）》, in words."""
    out = []
    mn = standard("branch_min_full_members")
    out.append(Finding(
        mn.key, full >= mn.value,
        pick(f"正式党员{full}人" + ("，符合单独成立党支部的条件" if full >= mn.value else f"，不足{mn.value}人，应成立联合党支部"),
             f"{full} full members" + ("" if full >= mn.value else f", fewer than {mn.value}: form a joint branch")),
        mn.source))
    mx = standard("branch_max_members")
    out.append(Finding(
        mx.key, total <= mx.value,
        pick(f"党员{total}人" + ("，未超过50人" if total <= mx.value else f"，超过{mx.value}人，可考虑设立党总支"),
             f"{total} members" + ("" if total <= mx.value else f", more than {mx.value}: consider a general branch")),
        mx.source))
    cm = standard("committee_min_full_members")
    has_committee = sum(1 for r in rows if r.committee_role) >= 3
    need = full >= cm.value
    if need:
        msg = pick("正式党员7人以上，应当设立支部委员会" + ("（已设立）" if has_committee else "，目前支委不足3人"),
                   f"{cm.value}+ full members: a branch committee is required" + ("" if has_committee else ", fewer than 3 committee members now"))
    else:
        msg = pick(f"正式党员不足{cm.value}人，设书记1名，必要时设副书记1名，不设支部委员会",
                   f"fewer than {cm.value} full members: a secretary (and deputy), no committee")
    out.append(Finding(cm.key, has_committee or not need, msg, cm.source))
    return out


def _member(s: Session, member_id: int) -> Member:
    """The member, or the refusal a person can act on."""
    member = get_row(s, Member, member_id, live=False)
    return member
