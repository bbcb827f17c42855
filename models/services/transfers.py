"""Book 13, 组织关系转接与流动党员: transfer letters out and in — each one moves the member off or onto the
roster in the same unit of work — and the register of members away, with the flags the rules ask for: a
letter whose receipt has not come back in its validity, a member away at a fixed place long enough to transfer,
and a member the branch has lost contact with (《中国共产党党员教育管理工作条例》第二十四、二十五条；
《中国共产党章程》第九条)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.db import Workspace
from models.dues import DuesPayment
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.member import EventKind, LeaveKind, Member, MemberEvent
from models.rules.dates import add_months
from models.services.dto import MemberInput
from models.services.live import get_row, to_bin
from models.services.roster import RosterService
from models.services.standards import StandardInForce, StandardsService
from models.transfer import AwayMember, TransferLetter

OUT, IN = "out", "in"
_YM = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class LetterInput:
    issued_on: date | None
    other_org: str
    letter_no: str = ""
    valid_days: int = 90
    dues_paid_to: str = ""  # YYYY-MM
    reason: str = ""
    note: str = ""
    receipt_on: date | None = None  # out: 回执退回; in: 报到


@dataclass(frozen=True)
class LetterRow:
    id: int
    uuid: str
    direction: str
    member_id: int | None
    name: str
    member_status: str
    letter_no: str
    issued_on: date
    other_org: str
    valid_days: int
    valid_until: date
    dues_paid_to: str
    receipt_on: date | None
    reason: str
    note: str
    version: int

    def receipt_overdue(self, today: date) -> bool:
        return self.direction == OUT and self.receipt_on is None and today > self.valid_until


@dataclass
class AwayInput:
    member_id: int | None
    place: str
    since: date | None
    fixed_place: bool = False
    card_no: str = ""
    host_org: str = ""
    dues_how: str = ""
    contact: str = ""
    last_contact_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class AwayRow:
    id: int
    uuid: str
    member_id: int
    name: str
    place: str
    since: date
    returned_on: date | None
    fixed_place: bool
    card_no: str
    host_org: str
    dues_how: str
    contact: str
    last_contact_on: date | None
    note: str
    version: int


@dataclass(frozen=True)
class TransferFlag:
    """Something book 13 asks the secretary to do, with the steps and the source."""

    kind: str  # receipt | should_transfer | lost_contact
    subject: str  # the member's name
    since: date
    message: str
    steps: tuple[str, ...]
    source: str
    ref_id: int


def _ym(text: str, field: str) -> tuple[int, int] | None:
    text = text.strip()
    if not text:
        return None
    m = _YM.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError([FieldIssue(field, pick(f"党费交至：“{text}”应写作 2026-05", f"Dues paid to: write “{text}” as 2026-05"))])
    return int(m.group(1)), int(m.group(2))


class TransferService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- letters ---------------------------------------------------------------------------------
    def letters(self, year: int | None = None, direction: str | None = None, deleted: bool = False) -> list[LetterRow]:
        with self.ws.session() as s:
            q = select(TransferLetter).where(
                TransferLetter.deleted_at.is_not(None) if deleted else TransferLetter.deleted_at.is_(None))
            if year is not None:
                q = q.where(TransferLetter.issued_on >= date(year, 1, 1), TransferLetter.issued_on <= date(year, 12, 31))
            if direction:
                q = q.where(TransferLetter.direction == direction)
            return [_letter_row(x) for x in s.scalars(q.order_by(TransferLetter.issued_on, TransferLetter.id))]

    def dues_paid_to(self, member_id: int) -> str:
        """The last month the dues register shows paid for the member, as YYYY-MM (the letter's 党费交至)."""
        with self.ws.session() as s:
            v = s.scalar(select(func.max(DuesPayment.year * 100 + DuesPayment.month)).where(
                DuesPayment.member_id == member_id, DuesPayment.deleted_at.is_(None)))
        return f"{v // 100}-{v % 100:02d}" if v else ""

    def _check_letter(self, inp: LetterInput, today: date) -> list[FieldIssue]:
        most = int(StandardsService(self.ws).value("transfer_letter_valid_days"))
        issues: list[FieldIssue] = []

        def bad(f: str, zh: str, en: str) -> None:
            issues.append(FieldIssue(f, pick(zh, en)))

        if inp.issued_on is None:
            bad("issued_on", "开具日期：必填", "Date issued: required")
        elif inp.issued_on > today:
            bad("issued_on", "开具日期：不能晚于今天", "Date issued: cannot be in the future")
        if not inp.other_org.strip():
            bad("other_org", "去往或来自的党组织：必填", "The other organisation: required")
        if not 1 <= inp.valid_days <= most:
            bad("valid_days", f"有效期应为1至{most}天（一般不超过3个月）", f"Validity is 1 to {most} days")
        if inp.receipt_on is not None:
            if inp.issued_on is not None and inp.receipt_on < inp.issued_on:
                bad("receipt_on", "回执或报到日期不能早于开具日期", "The receipt cannot be before the letter")
            if inp.receipt_on > today:
                bad("receipt_on", "回执或报到日期不能晚于今天", "The receipt cannot be in the future")
        try:
            _ym(inp.dues_paid_to, "dues_paid_to")
        except ValidationError as e:
            issues += e.issues
        return issues

    def transfer_out(self, member_id: int, inp: LetterInput, today: date | None = None) -> LetterRow:
        """Issue a letter: the member leaves the roster on that day (离开方式 转出), in the same unit of work."""
        today = today or date.today()
        issues = self._check_letter(inp, today)
        if issues:
            raise ValidationError(issues)
        assert inp.issued_on is not None
        with self.ws.session() as s:
            m = get_row(s, Member, member_id)
            if m.left_on is not None:
                raise ValidationError([FieldIssue("member_id", pick(f"{m.name}已于{m.left_on}离开本支部",
                                                                    f"{m.name} already left on {m.left_on}"))])
            if m.join_date and inp.issued_on < m.join_date:
                raise ValidationError([FieldIssue("issued_on", pick("开具日期不能早于其入党日期",
                                                                    "The letter cannot be before the member joined"))])
            x = TransferLetter(direction=OUT, member_id=m.id, name=m.name, member_status=m.status)
            _apply_letter(x, inp)
            s.add(x)
            s.flush()
            RosterService.leave_in(s, m, LeaveKind.TRANSFER_OUT.value, inp.issued_on, _out_reason(x))
            for a in s.scalars(select(AwayMember).where(AwayMember.member_id == m.id, AwayMember.returned_on.is_(None),
                                                        AwayMember.deleted_at.is_(None))):
                a.returned_on = inp.issued_on  # no longer ours to keep track of
                a.note = (a.note + "\n" if a.note else "") + pick("组织关系已转出", "membership transferred out")
            s.flush()
            return _letter_row(x)

    def transfer_in(self, person: MemberInput, inp: LetterInput, today: date | None = None) -> LetterRow:
        """Register an incoming letter: the member joins the roster (history 转入) on the day they report
        (``receipt_on``, else the letter's date), with every check the roster makes."""
        today = today or date.today()
        issues = self._check_letter(inp, today)
        if issues:
            raise ValidationError(issues)
        assert inp.issued_on is not None
        arrived = inp.receipt_on or inp.issued_on
        roster = RosterService(self.ws)
        with self.ws.session() as s:
            member = roster.add_in(s, person, today, EventKind.TRANSFER_IN,
                                   pick(f"来自{inp.other_org.strip()}，{arrived}报到", f"from {inp.other_org.strip()}"))
            s.flush()
            member.arrived_on = arrived
            member.events[-1].happened_on = arrived
            x = TransferLetter(direction=IN, member_id=member.id, name=member.name, member_status=member.status)
            _apply_letter(x, inp)
            x.receipt_on = arrived
            s.add(x)
            s.flush()
            return _letter_row(x)

    def update_letter(self, letter_id: int, inp: LetterInput, expected_version: int | None = None,
                      today: date | None = None) -> LetterRow:
        """Correct a letter's details or record its receipt; the roster dates follow."""
        today = today or date.today()
        issues = self._check_letter(inp, today)
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            x = self._letter(s, letter_id)
            if expected_version is not None and x.version != expected_version:
                raise UserError(pick("该介绍信已在别处被修改，请重新打开。", "Changed elsewhere; reopen it."))
            _apply_letter(x, inp)
            x.version += 1
            x.updated_at = utcnow()
            m = s.get(Member, x.member_id) if x.member_id else None
            if m is not None and x.direction == OUT and m.left_kind == LeaveKind.TRANSFER_OUT:
                m.left_on = x.issued_on
            s.flush()
            return _letter_row(x)

    def letter(self, letter_id: int) -> LetterRow:
        with self.ws.session() as s:
            return _letter_row(self._letter(s, letter_id))

    def record_receipt(self, letter_id: int, on: date, today: date | None = None) -> LetterRow:
        row = self.letter(letter_id)
        inp = LetterInput(row.issued_on, row.other_org, row.letter_no, row.valid_days, row.dues_paid_to, row.reason,
                          row.note, on)
        return self.update_letter(letter_id, inp, row.version, today)

    def delete_letter(self, letter_id: int) -> None:
        """Take back a letter entered by mistake. An out letter puts the member back on the roster; an in letter
        takes the member it added off again (as 转出 back, kept in the history)."""
        with self.ws.session() as s:
            x = self._letter(s, letter_id)
            m = s.get(Member, x.member_id) if x.member_id else None
            if m is not None and x.direction == OUT and m.left_kind == LeaveKind.TRANSFER_OUT:
                RosterService.restore_in(s, m, pick("撤销转出介绍信", "transfer-out letter taken back"))
            elif m is not None and x.direction == IN and m.left_on is None:
                m.deleted_at = utcnow()
                m.version += 1
                s.add(MemberEvent(member_id=m.id, kind=EventKind.EDITED.value, happened_on=date.today(),
                                  detail=pick("撤销转入介绍信，移出花名册", "transfer-in letter taken back")))
            x.deleted_at = utcnow()
            x.version += 1

    def restore_letter(self, letter_id: int) -> None:
        with self.ws.session() as s:
            x = s.get(TransferLetter, letter_id)
            if x is None or x.deleted_at is None:
                raise UserError(pick("回收站中没有该介绍信。", "That letter is not in the recycle bin."))
            m = s.get(Member, x.member_id) if x.member_id else None
            if m is not None and x.direction == OUT:
                if m.left_on is not None:
                    raise UserError(pick(f"{m.name}已离开本支部，不能恢复该转出介绍信。", f"{m.name} has left since."))
                RosterService.leave_in(s, m, LeaveKind.TRANSFER_OUT.value, x.issued_on, _out_reason(x))
            elif m is not None and x.direction == IN:
                m.deleted_at = None
                m.version += 1
            x.deleted_at = None
            x.version += 1

    def _letter(self, s: Session, letter_id: int) -> TransferLetter:
        x = get_row(s, TransferLetter, letter_id)
        return x

    # -- members away -------------------------------------------------------------------------------
    def away(self, on: date | None = None, include_returned: bool = False, deleted: bool = False) -> list[AwayRow]:
        with self.ws.session() as s:
            q = (select(AwayMember, Member.name).join(Member, Member.id == AwayMember.member_id)
                 .where(AwayMember.deleted_at.is_not(None) if deleted else AwayMember.deleted_at.is_(None)))
            if not include_returned:
                q = q.where(AwayMember.returned_on.is_(None))
            if on is not None:
                q = q.where(AwayMember.since <= on)
            return [_away_row(a, n) for a, n in s.execute(q.order_by(AwayMember.since, AwayMember.id))]

    def _check_away(self, s: Session, inp: AwayInput, today: date, exclude: int | None = None) -> None:
        issues: list[FieldIssue] = []

        def bad(f: str, zh: str, en: str) -> None:
            issues.append(FieldIssue(f, pick(zh, en)))

        if inp.member_id is None:
            bad("member_id", "党员：必填", "Member: required")
        if not inp.place.strip():
            bad("place", "外出地点：必填", "Where: required")
        if inp.since is None:
            bad("since", "外出日期：必填", "Away since: required")
        elif inp.since > today:
            bad("since", "外出日期：不能晚于今天", "Away since: cannot be in the future")
        if inp.last_contact_on is not None:
            if inp.last_contact_on > today:
                bad("last_contact_on", "最近联系日期不能晚于今天", "Last contact cannot be in the future")
        if inp.member_id is not None and inp.since is not None:
            m = s.get(Member, inp.member_id)
            if m is None or m.left_on is not None:
                bad("member_id", "该党员不在本支部花名册上（流动党员的组织关系仍在本支部）",
                    "That member is not on the roster")
            q = select(AwayMember.id).where(AwayMember.member_id == inp.member_id, AwayMember.returned_on.is_(None),
                                            AwayMember.deleted_at.is_(None))
            if exclude is not None:
                q = q.where(AwayMember.id != exclude)
            if s.scalar(q) is not None:
                bad("member_id", "该党员已在流动党员登记中（返回后再登记新的外出）", "That member is already registered as away")
        if issues:
            raise ValidationError(issues)

    def add_away(self, inp: AwayInput, today: date | None = None) -> AwayRow:
        today = today or date.today()
        with self.ws.session() as s:
            self._check_away(s, inp, today)
            a = AwayMember()
            _apply_away(a, inp)
            s.add(a)
            s.flush()
            return _away_row(a, s.get(Member, a.member_id).name)  # type: ignore[union-attr]

    def update_away(self, away_id: int, inp: AwayInput, today: date | None = None) -> AwayRow:
        today = today or date.today()
        with self.ws.session() as s:
            a = get_row(s, AwayMember, away_id)
            self._check_away(s, inp, today, exclude=away_id)
            _apply_away(a, inp)
            a.version += 1
            a.updated_at = utcnow()
            s.flush()
            return _away_row(a, s.get(Member, a.member_id).name)  # type: ignore[union-attr]

    def contacted(self, away_id: int, on: date, today: date | None = None) -> AwayRow:
        today = today or date.today()
        if on > today:
            raise ValidationError([FieldIssue("last_contact_on", pick("联系日期不能晚于今天", "Cannot be in the future"))])
        with self.ws.session() as s:
            a = get_row(s, AwayMember, away_id)
            a.last_contact_on = max(on, a.last_contact_on or on)
            a.version += 1
            s.flush()
            return _away_row(a, s.get(Member, a.member_id).name)  # type: ignore[union-attr]

    def returned(self, away_id: int, on: date, today: date | None = None) -> None:
        today = today or date.today()
        with self.ws.session() as s:
            a = get_row(s, AwayMember, away_id)
            if on > today or on < a.since:
                raise ValidationError([FieldIssue("returned_on", pick("返回日期应在外出日期与今天之间",
                                                                      "The return must lie between leaving and today"))])
            a.returned_on = on
            a.last_contact_on = max(on, a.last_contact_on or on)
            a.version += 1

    def delete_away(self, away_id: int) -> None:
        """Into the recycle bin; ``restore_away`` brings it back."""
        with self.ws.session() as s:
            to_bin(s, AwayMember, away_id)

    def restore_away(self, away_id: int) -> None:
        with self.ws.session() as s:
            to_bin(s, AwayMember, away_id, deleted=False)

    # -- what needs doing ---------------------------------------------------------------------------
    def flags(self, today: date | None = None, std: dict[str, StandardInForce] | None = None) -> list[TransferFlag]:
        today = today or date.today()
        std = std or StandardsService(self.ws).in_force()
        out: list[TransferFlag] = []
        src = std["transfer_letter_valid_days"].standard.source
        for x in self.letters(direction=OUT):
            if x.receipt_overdue(today):
                out.append(TransferFlag(
                    "receipt", x.name, x.valid_until,
                    pick(f"{x.name}的组织关系介绍信（{x.other_org}）已过有效期{x.valid_until}，回执未退回",
                         f"{x.name}'s letter ({x.other_org}) expired {x.valid_until} without a receipt"),
                    (pick("联系接收党组织核实是否报到；未报到的，督促本人及时报到或重新开具介绍信",
                          "Ask the receiving organisation; have the member report or issue a new letter"),), src, x.id))
        move = int(std["away_transfer_months"].value)
        lost = int(std["lost_contact_months"].value)
        steps = tuple(str(v) for v in std["lost_contact_steps"].value)
        for a in self.away(today):
            last = a.last_contact_on or a.since
            if add_months(last, lost) <= today:
                out.append(TransferFlag(
                    "lost_contact", a.name, last,
                    pick(f"{a.name}自{last}起已{_months(last, today)}个月未与党组织联系（失联）",
                         f"{a.name}: no contact since {last} ({_months(last, today)} months)"),
                    steps, std["lost_contact_months"].standard.source, a.id))
            elif a.fixed_place and add_months(a.since, move) <= today:
                out.append(TransferFlag(
                    "should_transfer", a.name, a.since,
                    pick(f"{a.name}自{a.since}起在{a.place}，外出已满{move}个月且地点相对固定，应当转移组织关系",
                         f"{a.name} has been at {a.place} since {a.since}: transfer the membership"),
                    (pick("与本人联系，开具组织关系介绍信转往学习工作所在地党组织", "Issue a transfer letter"),),
                    std["away_transfer_months"].standard.source, a.id))
        return out


def _out_reason(x: TransferLetter) -> str:
    return pick(f"转往{x.other_org}" + (f"（介绍信{x.letter_no}）" if x.letter_no else ""),
                f"to {x.other_org}" + (f" (letter {x.letter_no})" if x.letter_no else ""))


def _months(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)


def _apply_letter(x: TransferLetter, inp: LetterInput) -> None:
    assert inp.issued_on is not None
    x.issued_on, x.other_org, x.letter_no = inp.issued_on, inp.other_org.strip(), inp.letter_no.strip()
    x.valid_days, x.dues_paid_to, x.reason, x.note = inp.valid_days, inp.dues_paid_to.strip(), inp.reason.strip(), inp.note.strip()
    x.receipt_on = inp.receipt_on


def _letter_row(x: TransferLetter) -> LetterRow:
    return LetterRow(x.id, x.uuid, x.direction, x.member_id, x.name, x.member_status, x.letter_no, x.issued_on,
                     x.other_org, x.valid_days, x.issued_on + timedelta(days=x.valid_days), x.dues_paid_to, x.receipt_on,
                     x.reason, x.note, x.version)


def _apply_away(a: AwayMember, inp: AwayInput) -> None:
    assert inp.member_id is not None and inp.since is not None
    a.member_id, a.place, a.since, a.fixed_place = inp.member_id, inp.place.strip(), inp.since, inp.fixed_place
    a.card_no, a.host_org, a.dues_how, a.contact = inp.card_no.strip(), inp.host_org.strip(), inp.dues_how.strip(), inp.contact.strip()
    a.last_contact_on, a.note = inp.last_contact_on, inp.note.strip()


def _away_row(a: AwayMember, name: str) -> AwayRow:
    return AwayRow(a.id, a.uuid, a.member_id, name, a.place, a.since, a.returned_on, a.fixed_place, a.card_no,
                   a.host_org, a.dues_how, a.contact, a.last_contact_on, a.note, a.version)

