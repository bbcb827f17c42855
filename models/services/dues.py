"""党费收缴登记 service (book 11): each member's yearly base and monthly amount (核定), payments month by month
(partial, back and advance payments), arrears with the six-month flag, hand-ups to the committee (上缴) that
reconcile with what was collected, and the year's figures for the register and the public statement.

The rules (brackets, rounding, which months are due, the six-month limits) are in models/rules/dues.py."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.base import utcnow
from models.branch import PartyGroup
from models.db import Workspace
from models.dues import DuesAccount, DuesBaseChange, DuesHandUp, DuesPayment
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.member import Member, on_roster_from, roster_from
from models.rules.dues import (
    CATEGORY_KIND,
    BadAmount,
    Proposal,
    due_months,
    months_between,
    pct,
    propose,
    to_fen,
    unpaid_run,
    yuan,
)
from models.services.live import get_row
from models.services.profile import ProfileService
from models.services.reading import remembered
from models.services.standards import StandardsService

YM = tuple[int, int]


@dataclass
class AccountInput:
    member_id: int
    kind: str
    base: Decimal | None = None  # monthly after-tax fixed pay or pension, for the bracket categories
    monthly: Decimal | None = None  # None: the proposed amount
    reason: str = ""  # needed when the amount is below the rule's (少交/免交 approved by the superior) or changes mid-year
    from_month: int | None = None  # the base changes from this month of the year on; None: the whole year


@dataclass(frozen=True)
class AccountRow:
    id: int
    year: int
    member_id: int
    kind: str
    base_fen: int | None
    rate: str
    proposed_fen: int
    monthly_fen: int
    reason: str
    version: int
    # (from month, monthly 分) where the base changed during the year; empty: one amount all year
    changes: tuple[tuple[int, int], ...] = ()

    def monthly_for(self, month: int) -> int:
        """The amount due for ``month``: from the change in force that month (中组发〔2008〕3号: from the month the
        new pay is received), else the year's amount."""
        fen = self.monthly_fen
        for from_month, amount in self.changes:
            if from_month <= month:
                fen = amount
        return fen

    @property
    def rate_text(self) -> str:
        return pct(Decimal(self.rate)) if self.rate else pick("定额", "flat")


@dataclass(frozen=True)
class PaymentRow:
    id: int
    member_id: int
    name: str
    year: int
    month: int
    amount_fen: int
    paid_on: date
    collector: str
    note: str
    deleted: bool


@dataclass(frozen=True)
class MonthCell:
    month: int
    due: bool
    due_fen: int
    paid_fen: int
    state: str  # "" not due | paid | partial | unpaid (past) | open (this month) | ahead (paid in advance) | future

    @property
    def owed_fen(self) -> int:
        return max(0, self.due_fen - self.paid_fen)


@dataclass(frozen=True)
class GridRow:
    member_id: int
    name: str
    name_pinyin: str
    name_initials: str
    group: str
    status: str
    left_on: date | None
    account: AccountRow | None
    cells: list[MonthCell]
    due_fen: int  # due for the months up to today
    paid_fen: int  # paid towards the year's months
    owed_fen: int  # still owed for past months
    run: list[YM]  # months in a row without any payment, ending last month
    flagged: bool  # the run reached the limit (6 months)
    earlier: tuple[tuple[YM, int], ...] = ()  # last year's months not fully paid, with what is owed (on request)

    @property
    def paid_to(self) -> str:
        """党费交至: the last month paid in full without a gap before it, as “2026年5月” (empty if none)."""
        last = 0
        for c in self.cells:
            if not c.due:
                continue
            if c.due_fen and c.paid_fen >= c.due_fen:
                last = c.month
            else:
                break
        return f"{last}月" if last else ""


@dataclass(frozen=True)
class HandUpInput:
    year: int
    from_month: int
    to_month: int
    amount: Decimal | None  # None: what was collected in those months
    handed_on: date | None
    receiver: str = ""
    receipt_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class HandUpRow:
    id: int
    year: int
    from_month: int
    to_month: int
    amount_fen: int
    collected_fen: int
    handed_on: date
    receiver: str
    receipt_no: str
    note: str

    @property
    def months(self) -> str:
        return f"{self.from_month}月" if self.from_month == self.to_month else f"{self.from_month}–{self.to_month}月"


@dataclass(frozen=True)
class DuesYear:
    year: int
    today: date
    rows: list[GridRow]
    collected_by_month: list[int]  # by the month the money was received (paid_on), 12 entries
    due_by_month: list[int]
    paid_by_month: list[int]  # towards each month's dues
    handups: list[HandUpRow]
    without_account: list[str] = field(default_factory=list)

    @property
    def collected_fen(self) -> int:
        return sum(self.collected_by_month)

    @property
    def handed_fen(self) -> int:
        return sum(h.amount_fen for h in self.handups)

    @property
    def not_handed_fen(self) -> int:
        return self.collected_fen - self.handed_fen

    @property
    def owed_fen(self) -> int:
        return sum(r.owed_fen for r in self.rows)

    def not_handed_months(self) -> list[int]:
        covered = {m for h in self.handups for m in range(h.from_month, h.to_month + 1)}
        return [m for m in range(1, 13) if self.collected_by_month[m - 1] and m not in covered]


@dataclass(frozen=True)
class Arrear:
    member_id: int
    name: str
    group: str
    months: list[YM]  # past months due and not fully paid
    owed_fen: int
    run: list[YM]
    flagged: bool


class DuesService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- rules -----------------------------------------------------------------------------------
    def rules(self) -> dict[str, Any]:
        """The dues rules in force now (a branch's change applies at once)."""
        return {k: v.value for k, v in StandardsService(self.ws).in_force().items() if k.startswith("dues_")}

    def is_bracket(self, kind: str) -> bool:
        return kind in self.rules()["dues_brackets"]

    def propose(self, kind: str, base: Decimal | None) -> Proposal:
        std = self.rules()
        return propose(kind, base, std["dues_brackets"], std["dues_flat"], std["dues_rounding"])

    @staticmethod
    def default_kind(category: str) -> str:
        return CATEGORY_KIND.get(category, "在职")

    # -- 核定: the yearly base ---------------------------------------------------------------------
    def accounts(self, year: int) -> list[AccountRow]:
        with self.ws.session() as s:
            q = select(DuesAccount).where(DuesAccount.year == year, DuesAccount.deleted_at.is_(None))
            return [_account(a) for a in s.scalars(q.options(selectinload(DuesAccount.changes)))]

    def set_account(self, year: int, inp: AccountInput, today: date | None = None) -> AccountRow:
        """Set (or change) a member's base and monthly amount for the year. The rule proposes; an amount below it
        needs the reason (少交或免交, approved by the superior); a change once payments exist needs one too."""
        with self.ws.session() as s:
            return _account(self._set_account(s, year, inp, self.rules(), today or date.today()))

    @staticmethod
    def _set_account(s: Session, year: int, inp: AccountInput, std: dict[str, Any], today: date) -> DuesAccount:
        issues: list[FieldIssue] = []
        try:
            p = propose(inp.kind, inp.base, std["dues_brackets"], std["dues_flat"], std["dues_rounding"])
        except BadAmount as exc:
            raise ValidationError([FieldIssue("base" if inp.kind in std["dues_brackets"] else "kind",
                                              str(exc))]) from None
        monthly = p.monthly if inp.monthly is None else inp.monthly
        reason = inp.reason.strip()
        if monthly < p.least and not reason:
            issues.append(FieldIssue("reason", pick(
                f"每月{monthly}元低于规定的{p.least}元（{p.rule}）：少交或免交须经党支部研究、报上级党委批准，请写明批准情况",
                f"{monthly} a month is below the rule's {p.least} ({p.rule}): say who approved paying less")))
        member = get_row(s, Member, inp.member_id, live=False)
        if not due_months(year, on_roster_from(member), member.left_on):
            issues.append(FieldIssue("member_id", pick(f"{member.name}在{year}年不在本支部花名册上",
                                                       f"{member.name} is not on the roster in {year}")))
        a = s.scalar(select(DuesAccount).where(DuesAccount.year == year, DuesAccount.member_id == inp.member_id))
        if inp.from_month is not None:
            if a is None or a.deleted_at is not None:
                issues.append(FieldIssue("from_month", pick("本年尚未核定党费，先核定全年的基数",
                                                            "Set the year's amount first")))
            elif not 2 <= inp.from_month <= 12:
                issues.append(FieldIssue("from_month", pick("变动月份应为2至12月（1月起变动请直接核定全年）",
                                                            "The month of the change is 2 to 12")))
            elif not reason:
                issues.append(FieldIssue("reason", pick("基数变动请写明原因（如自几月起工资调整）",
                                                        "Say why the base changes (e.g. a pay rise from that month)")))
            if issues:
                raise ValidationError(issues)
            assert a is not None and inp.from_month is not None
            if not a.changes:  # keep the amount of the months before, as it was set
                a.changes.append(DuesBaseChange(from_month=1, base_fen=a.base_fen, rate=a.rate,
                                                monthly_fen=a.monthly_fen, reason=a.reason, set_on=a.set_on))
            for c in [c for c in a.changes if c.from_month >= inp.from_month]:
                a.changes.remove(c)
            a.changes.append(DuesBaseChange(
                from_month=inp.from_month, base_fen=None if inp.base is None or p.rate is None else to_fen(inp.base),
                rate="" if p.rate is None else str(p.rate), monthly_fen=to_fen(monthly), reason=reason, set_on=today))
        elif a is not None and a.monthly_fen != to_fen(monthly) and not reason:
            paid = s.scalar(select(DuesPayment.id).where(DuesPayment.member_id == inp.member_id,
                                                         DuesPayment.year == year, DuesPayment.deleted_at.is_(None)))
            if paid is not None:
                issues.append(FieldIssue("reason", pick(
                    "本年已有交纳记录：每年初核定、年内一般不变动，改动请写明原因",
                    "Payments exist this year: the amount is set once a year; say why it changes")))
        if issues:
            raise ValidationError(issues)
        if a is None:
            a = DuesAccount(year=year, member_id=inp.member_id)
            s.add(a)
        elif a.deleted_at is None:
            a.version += 1
        a.deleted_at = None
        a.kind = inp.kind
        a.base_fen = None if inp.base is None or p.rate is None else to_fen(inp.base)
        a.rate = "" if p.rate is None else str(p.rate)
        a.proposed_fen = to_fen(p.monthly)
        a.monthly_fen = to_fen(monthly)
        a.reason = reason
        a.set_on = today
        a.updated_at = utcnow()
        if inp.from_month is None and a.changes:  # the whole year set anew: one amount again
            a.changes.clear()
        s.flush()
        return a

    def set_up_year(self, year: int, today: date | None = None) -> tuple[int, list[str]]:
        """Accounts for every member due in ``year`` who has none: last year's category and base with this year's
        rule (the base is confirmed yearly), or the flat amount of their category — in one unit of work. Returns
        how many were made and the names that still need a base typed in."""
        today = today or date.today()
        made, missing = 0, []
        std = self.rules()
        prev = {a.member_id: a for a in self.accounts(year - 1)}
        have = {a.member_id for a in self.accounts(year)}
        with self.ws.session() as s:
            for m in self._members(year):
                if m.id in have:
                    continue
                old = prev.get(m.id)
                kind = old.kind if old else self.default_kind(m.category)
                base = Decimal(old.base_fen) / 100 if old and old.base_fen is not None else None
                if kind in std["dues_brackets"] and base is None:
                    missing.append(m.name)
                    continue
                self._set_account(s, year, AccountInput(m.id, kind, base), std, today)
                made += 1
        return made, missing

    def _members(self, year: int) -> list[Member]:
        start, end = date(year, 1, 1), date(year, 12, 31)
        with self.ws.session() as s:
            q = (select(Member).where(Member.deleted_at.is_(None), roster_from() <= end,
                                      (Member.left_on.is_(None)) | (Member.left_on >= start))
                 .order_by(Member.name_pinyin))
            members = list(s.scalars(q))
            s.expunge_all()
            return members

    # -- 收缴: payments ---------------------------------------------------------------------------
    def pay(self, member_id: int, year: int, months: list[int], paid_on: date | None, collector: str = "",
            amount: Decimal | None = None, note: str = "", today: date | None = None) -> list[PaymentRow]:
        """Record dues received for one or more months of a year: ``amount`` for each month, or (None) what is
        still owed for each. A month not yet due is 预交; a month long past is 补交 — either beyond six months needs
        the note that says why (中组发〔2008〕3号)."""
        today = today or date.today()
        issues: list[FieldIssue] = []
        if paid_on is None:
            issues.append(FieldIssue("paid_on", pick("交纳日期：必填", "Date paid: required")))
        elif paid_on > today:
            issues.append(FieldIssue("paid_on", pick("交纳日期不能晚于今天", "The date paid cannot be in the future")))
        if not months:
            issues.append(FieldIssue("months", pick("请选择交纳的月份", "Choose the months paid for")))
        if amount is not None and amount <= 0:
            issues.append(FieldIssue("amount", pick("金额应大于零", "The amount must be above zero")))
        if issues:
            raise ValidationError(issues)
        assert paid_on is not None
        limit = int(self.rules()["dues_backpay_months"])
        with self.ws.session() as s:
            member = get_row(s, Member, member_id, live=False)
            start = ProfileService(self.ws).records_from()
            due = set(due_months(year, on_roster_from(member), member.left_on))
            late: list[int] = []
            ahead: list[int] = []
            for mo in months:
                if not 1 <= mo <= 12:
                    issues.append(FieldIssue("months", pick(f"月份“{mo}”无效", f"“{mo}” is not a month")))
                elif start is not None and (year, mo) < (start.year, start.month) and mo in due:
                    issues.append(FieldIssue("months", pick(
                        f"{year}年{mo}月在启用日期（{start}）之前；要补录此前的党费，请先在“支部基本情况”里把启用日期提前并写明原因",
                        f"{year}-{mo:02d} is before the records start ({start}); move the start back (branch profile, "
                        "with a reason) to enter earlier dues")))
                elif mo not in due:
                    issues.append(FieldIssue("months", pick(
                        f"{member.name}{year}年{mo}月不需交纳党费（入党前或离开后）",
                        f"{member.name} owes no dues for {year}-{mo:02d} (before admission or after leaving)")))
                else:
                    gap = months_between((year, mo), (paid_on.year, paid_on.month))
                    if gap > limit:
                        late.append(mo)
                    elif gap < -limit:
                        ahead.append(mo)
            if (late or ahead) and not note.strip():
                listed = pick("、".join(f"{mo}月" for mo in late + ahead), ", ".join(str(mo) for mo in late + ahead))
                issues.append(FieldIssue("note", pick(
                    f"{year}年{listed}的党费在{paid_on:%Y年%m月}交纳，" + ("补交" if late else "预交") + f"超过{limit}个月："
                    "补交、预交一般不超过6个月，请在备注中写明原因",
                    f"{year} months {listed} paid in {paid_on:%Y-%m} are more than {limit} months "
                    + ("late" if late else "ahead") + ": say why in the note")))
            if issues:
                raise ValidationError(issues)
            account = s.scalar(select(DuesAccount).where(DuesAccount.year == year, DuesAccount.member_id == member_id,
                                                         DuesAccount.deleted_at.is_(None)))
            if amount is None and account is None:
                raise ValidationError([FieldIssue("amount", pick(
                    f"{member.name}{year}年尚未核定党费基数，请先核定或填写金额",
                    f"{member.name} has no dues amount set for {year}: set it first or type the amount"))])
            paid = self._paid(s, member_id, year)
            out = []
            for mo in sorted(set(months)):
                owed = _account(account).monthly_for(mo) if account else 0
                fen = to_fen(amount) if amount is not None else owed - paid.get(mo, 0)
                if fen <= 0:
                    issues.append(FieldIssue("months", pick(f"{year}年{mo}月已交足", f"{year}-{mo:02d} is paid in full")))
                    continue
                p = DuesPayment(member_id=member_id, year=year, month=mo, amount_fen=fen, paid_on=paid_on,
                                collector=collector.strip(), note=note.strip())
                s.add(p)
                out.append(p)
            if issues and not out:
                raise ValidationError(issues)
            s.flush()
            return [_payment(p, member.name) for p in out]

    @staticmethod
    def _paid(s: Session, member_id: int, year: int) -> dict[int, int]:
        out: dict[int, int] = defaultdict(int)
        q = select(DuesPayment.month, DuesPayment.amount_fen).where(
            DuesPayment.member_id == member_id, DuesPayment.year == year, DuesPayment.deleted_at.is_(None))
        for mo, fen in s.execute(q):
            out[mo] += fen
        return out

    def payments(self, year: int, member_id: int | None = None, deleted: bool = False) -> list[PaymentRow]:
        with self.ws.session() as s:
            q = (select(DuesPayment, Member.name).join(Member, Member.id == DuesPayment.member_id)
                 .where(DuesPayment.year == year)
                 .order_by(DuesPayment.month, DuesPayment.paid_on, DuesPayment.id))
            q = q.where(DuesPayment.deleted_at.is_not(None) if deleted else DuesPayment.deleted_at.is_(None))
            if member_id is not None:
                q = q.where(DuesPayment.member_id == member_id)
            return [_payment(p, n) for p, n in s.execute(q)]

    def delete_payment(self, *payment_ids: int) -> None:
        """Into the recycle bin (payments typed by mistake), all or none; ``restore_payment`` brings them back."""
        self._set_deleted(payment_ids, True)

    def restore_payment(self, *payment_ids: int) -> None:
        self._set_deleted(payment_ids, False)

    def _set_deleted(self, payment_ids: tuple[int, ...], deleted: bool) -> None:
        with self.ws.session() as s:
            for payment_id in payment_ids:
                p = get_row(s, DuesPayment, payment_id, live=False)
                handed = s.scalar(select(DuesHandUp.id).where(
                    DuesHandUp.year == p.paid_on.year, DuesHandUp.from_month <= p.paid_on.month,
                    DuesHandUp.to_month >= p.paid_on.month, DuesHandUp.deleted_at.is_(None)))
                if handed is not None:
                    raise UserError(pick(f"{p.paid_on:%Y年%m月}收缴的党费已上缴，不能再删改；如确有错误，请先删除该上缴记录",
                                         f"Dues collected in {p.paid_on:%Y-%m} are already handed up; remove that hand-up first"))
                p.deleted_at = utcnow() if deleted else None
                p.version += 1

    # -- 上缴 ---------------------------------------------------------------------------------------
    def collected(self, year: int, from_month: int, to_month: int) -> int:
        """Dues received (by the date paid) in those months of the year, in 分."""
        with self.ws.session() as s:
            return sum(self._collected_by_month(s, year)[from_month - 1:to_month])

    @staticmethod
    def _collected_by_month(s: Session, year: int) -> list[int]:
        out = [0] * 12
        q = select(DuesPayment.paid_on, DuesPayment.amount_fen).where(
            DuesPayment.paid_on >= date(year, 1, 1), DuesPayment.paid_on <= date(year, 12, 31),
            DuesPayment.deleted_at.is_(None))
        for on, fen in s.execute(q):
            out[on.month - 1] += fen
        return out

    def hand_up(self, inp: HandUpInput, today: date | None = None) -> HandUpRow:
        """Record dues handed to the superior committee for some months; the amount must equal what was collected
        in those months unless the note says why, and months are never handed up twice."""
        today = today or date.today()
        issues: list[FieldIssue] = []
        if not 1 <= inp.from_month <= inp.to_month <= 12:
            issues.append(FieldIssue("months", pick("上缴月份无效（起月应不晚于止月）", "The months are not valid")))
        if inp.handed_on is None:
            issues.append(FieldIssue("handed_on", pick("上缴日期：必填", "Date handed up: required")))
        elif inp.handed_on > today:
            issues.append(FieldIssue("handed_on", pick("上缴日期不能晚于今天", "The date cannot be in the future")))
        elif not issues and inp.handed_on < date(inp.year, inp.from_month, 1):
            issues.append(FieldIssue("handed_on", pick("上缴日期早于所缴月份", "Handed up before the months it covers")))
        if issues:
            raise ValidationError(issues)
        assert inp.handed_on is not None
        with self.ws.session() as s:
            clash = s.scalar(select(DuesHandUp).where(
                DuesHandUp.year == inp.year, DuesHandUp.deleted_at.is_(None),
                DuesHandUp.from_month <= inp.to_month, DuesHandUp.to_month >= inp.from_month))
            if clash is not None:
                raise ValidationError([FieldIssue("months", pick(
                    f"{inp.year}年{clash.from_month}–{clash.to_month}月已于{clash.handed_on}上缴，月份不能重复",
                    f"{inp.year} months {clash.from_month}–{clash.to_month} were handed up on {clash.handed_on}"))])
            collected = sum(self._collected_by_month(s, inp.year)[inp.from_month - 1:inp.to_month])
            fen = collected if inp.amount is None else to_fen(inp.amount)
            if fen <= 0:
                raise ValidationError([FieldIssue("amount", pick("这几个月没有收缴党费，无可上缴",
                                                                 "Nothing was collected in those months"))])
            if fen != collected and not inp.note.strip():
                raise ValidationError([FieldIssue("note", pick(
                    f"上缴{yuan(fen)}元与这几个月收缴的{yuan(collected)}元不一致，请在备注中写明原因",
                    f"{yuan(fen)} differs from the {yuan(collected)} collected: say why in the note"))])
            h = DuesHandUp(year=inp.year, from_month=inp.from_month, to_month=inp.to_month, amount_fen=fen,
                           handed_on=inp.handed_on, receiver=inp.receiver.strip(), receipt_no=inp.receipt_no.strip(),
                           note=inp.note.strip())
            s.add(h)
            s.flush()
            return _handup(h, collected)

    def delete_handup(self, handup_id: int) -> None:
        """Into the recycle bin; ``restore_handup`` brings it back."""
        self._set_handup_deleted(handup_id, True)

    def restore_handup(self, handup_id: int) -> None:
        self._set_handup_deleted(handup_id, False)

    def _set_handup_deleted(self, handup_id: int, deleted: bool) -> None:
        with self.ws.session() as s:
            h = get_row(s, DuesHandUp, handup_id, live=False)
            h.deleted_at = utcnow() if deleted else None

    def handups(self, year: int) -> list[HandUpRow]:
        with self.ws.session() as s:
            by_month = self._collected_by_month(s, year)
            q = (select(DuesHandUp).where(DuesHandUp.year == year, DuesHandUp.deleted_at.is_(None))
                 .order_by(DuesHandUp.from_month))
            return [_handup(h, sum(by_month[h.from_month - 1:h.to_month])) for h in s.scalars(q)]

    # -- the year ---------------------------------------------------------------------------------
    @remembered
    def year(self, year: int, today: date | None = None, member_id: int | None = None,
             with_previous: bool = False) -> DuesYear:
        """The members × months grid with totals, arrears and hand-ups (``with_previous``: and each member's months
        of the year before still owed)."""
        today = today or date.today()
        limit = int(self.rules()["dues_arrears_months"])
        last_month = _previous_month(today)
        with self.ws.session() as s:
            groups: dict[int, str] = {gid: name for gid, name in s.execute(select(PartyGroup.id, PartyGroup.name))}
            accounts: dict[tuple[int, int], AccountRow] = {(a.year, a.member_id): _account(a) for a in s.scalars(
                select(DuesAccount).where(DuesAccount.year.in_((year - 1, year) if with_previous else (year,)),
                                          DuesAccount.deleted_at.is_(None)).options(selectinload(DuesAccount.changes)))}
            paid: dict[tuple[int, int, int], int] = defaultdict(int)  # (member, year, month) → 分
            q = select(DuesPayment.member_id, DuesPayment.year, DuesPayment.month, DuesPayment.amount_fen).where(
                DuesPayment.year.in_((year - 1, year)), DuesPayment.deleted_at.is_(None))
            for mid, y, mo, fen in s.execute(q):
                paid[(mid, y, mo)] += fen
            collected = self._collected_by_month(s, year)
            hq = (select(DuesHandUp).where(DuesHandUp.year == year, DuesHandUp.deleted_at.is_(None))
                  .order_by(DuesHandUp.from_month))
            handups = [_handup(h, sum(collected[h.from_month - 1:h.to_month])) for h in s.scalars(hq)]
        rows, missing = [], []
        due_by = [0] * 12
        paid_by = [0] * 12
        start = ProfileService(self.ws).records_from()
        for m in self._members(year):
            if member_id is not None and m.id != member_id:
                continue
            acc = accounts.get((year, m.id))
            if acc is None:
                missing.append(m.name)
            # dues fall due from the later of joining (or arriving) and the 启用日期: a member entered today with an
            # old 入党 date owes nothing for the years before the branch kept its books here
            due = set(due_months(year, _later(on_roster_from(m), start), m.left_on))
            cells = []
            for mo in range(1, 13):
                got = paid.get((m.id, year, mo), 0)
                is_due = mo in due
                fen = acc.monthly_for(mo) if acc and is_due else 0
                state = _state(is_due, fen, got, (year, mo), (today.year, today.month))
                cells.append(MonthCell(mo, is_due, fen, got, state))
                if is_due:
                    due_by[mo - 1] += fen
                    paid_by[mo - 1] += got
            past = [c for c in cells if c.due and (year, c.month) <= last_month]
            prev_due = [(year - 1, mo) for mo in due_months(year - 1, _later(on_roster_from(m), start), m.left_on)]
            all_due = prev_due + [(year, c.month) for c in cells if c.due]
            any_paid = {ym for ym in all_due if paid.get((m.id, *ym), 0) > 0}
            run = unpaid_run(all_due, any_paid, min(last_month, (year, 12)))
            current = m.left_on is None or m.left_on > today
            earlier: list[tuple[YM, int]] = []
            if with_previous:
                before = accounts.get((year - 1, m.id))
                for ym in prev_due:
                    got, fen = paid.get((m.id, *ym), 0), before.monthly_for(ym[1]) if before else 0
                    if got == 0 or got < fen:
                        earlier.append((ym, max(0, fen - got)))
            rows.append(GridRow(
                m.id, m.name, m.name_pinyin, m.name_initials, groups.get(m.group_id, "") if m.group_id else "", m.status, m.left_on, acc, cells,
                sum(c.due_fen for c in past), sum(c.paid_fen for c in cells), sum(c.owed_fen for c in past),
                run, current and len(run) >= limit, tuple(earlier)))
        rows.sort(key=lambda r: (r.group == "", r.group))  # members come in pinyin order; stable within a group
        return DuesYear(year, today, rows, collected, due_by, paid_by, handups, missing)

    def arrears(self, today: date | None = None) -> list[Arrear]:
        """Current members with past months not fully paid (this year and last), longest run first."""
        today = today or date.today()
        last = _previous_month(today)
        out = []
        for r in self.year(today.year, today, with_previous=True).rows:
            if r.left_on is not None and r.left_on <= today:
                continue
            months = [ym for ym, _fen in r.earlier] + [(today.year, c.month) for c in r.cells
                                                        if c.state in ("unpaid", "partial") and (today.year, c.month) <= last]
            if months:
                owed = sum(fen for _ym, fen in r.earlier) + r.owed_fen
                out.append(Arrear(r.member_id, r.name, r.group, months, owed, r.run, r.flagged))
        return sorted(out, key=lambda a: (-len(a.run), -len(a.months), a.name))


def _later(a: date | None, b: date | None) -> date | None:
    """The later of two dates; unknown (None) when ``a`` is (a member without a join date owes nothing)."""
    return a if a is None or b is None else max(a, b)


def _previous_month(today: date) -> YM:
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def _state(due: bool, due_fen: int, paid: int, ym: YM, now: YM) -> str:
    if not due:
        return ""
    if paid and paid >= due_fen:  # a month with no amount set counts as paid by any payment
        return "ahead" if ym > now else "paid"
    if paid:
        return "partial"
    if ym > now:
        return "future"
    return "open" if ym == now else "unpaid"


def _account(a: DuesAccount) -> AccountRow:
    return AccountRow(a.id, a.year, a.member_id, a.kind, a.base_fen, a.rate, a.proposed_fen, a.monthly_fen, a.reason,
                      a.version, tuple(sorted((c.from_month, c.monthly_fen) for c in a.changes)))


def _payment(p: DuesPayment, name: str) -> PaymentRow:
    return PaymentRow(p.id, p.member_id, name, p.year, p.month, p.amount_fen, p.paid_on, p.collector, p.note,
                      p.deleted_at is not None)


def _handup(h: DuesHandUp, collected: int) -> HandUpRow:
    return HandUpRow(h.id, h.year, h.from_month, h.to_month, h.amount_fen, collected, h.handed_on, h.receiver,
                     h.receipt_no, h.note)
