"""Book 11, 党费收缴登记: every bracket boundary and category, exact sums in 分, the months due (admission,
leaving), partial/back/advance payments, arrears and the six-month flag, hand-ups that reconcile, the printed
register, member record and statement read back."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.dues import BadAmount, due_months, parse_yuan, propose, unpaid_run, yuan
from models.rules.standards import standard
from models.services.dto import BranchProfile, MemberInput
from models.services.dues import AccountInput, DuesService, HandUpInput
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService

TODAY = date(2026, 11, 21)
BRACKETS = standard("dues_brackets").value
FLAT = standard("dues_flat").value


def monthly(kind: str, base: str | None) -> tuple[str, str]:
    p = propose(kind, Decimal(base) if base is not None else None, BRACKETS, FLAT)
    return ("" if p.rate is None else str(p.rate), str(p.monthly))


# ---- 中组发〔2008〕3号 brackets, each boundary on both sides ---------------------------------------------------
@pytest.mark.parametrize(("base", "rate", "amount"), [
    ("0.01", "0.005", "0.00"), ("2000", "0.005", "10.00"), ("3000", "0.005", "15.00"), ("3000.01", "0.01", "30.00"),
    ("4321.50", "0.01", "43.22"), ("5000", "0.01", "50.00"), ("5000.01", "0.015", "75.00"),
    ("6789.10", "0.015", "101.84"), ("10000", "0.015", "150.00"), ("10000.01", "0.02", "200.00"),
    ("23456.78", "0.02", "469.14"),
])
def test_dues_in_service_brackets_include_their_upper_bound(base: str, rate: str, amount: str) -> None:
    """在职: ≤3000 → 0.5%, ≤5000 → 1%, ≤10000 → 1.5%, above → 2%; the bound belongs to the lower bracket (“含”);
    amounts rounded half up to the fen."""
    assert monthly("在职", base) == (rate, amount)


@pytest.mark.parametrize(("base", "rate", "amount"), [
    ("3000", "0.005", "15.00"), ("5000", "0.005", "25.00"), ("5000.01", "0.01", "50.00"), ("8000", "0.01", "80.00"),
])
def test_dues_retired_brackets_split_at_5000(base: str, rate: str, amount: str) -> None:
    assert monthly("离退休", base) == (rate, amount)


def test_dues_flat_categories_farmers_students_unemployed_relief() -> None:
    """农民 0.2–1 元 (the least is proposed); 学生, 下岗失业, 抚恤救济, 低保 0.2 元 — whatever the base."""
    p = propose("农民", None, BRACKETS, FLAT)
    assert (p.rate, p.monthly, p.least, p.most) == (None, Decimal("0.20"), Decimal("0.20"), Decimal("1.00"))
    for kind in ("学生", "下岗失业", "依靠抚恤或救济生活", "领取最低生活保障金"):
        assert monthly(kind, "9999") == ("", "0.20")
    with pytest.raises(BadAmount, match="计算基数"):
        propose("在职", None, BRACKETS, FLAT)
    with pytest.raises(BadAmount, match="没有"):
        propose("其他人", Decimal(100), BRACKETS, FLAT)


def test_dues_rounding_unit_is_configurable() -> None:
    """Half up to the fen by default; a local rule may round to the 角."""
    assert propose("在职", Decimal("4321.50"), BRACKETS, FLAT, "0.1").monthly == Decimal("43.20")
    assert propose("在职", Decimal("4325.00"), BRACKETS, FLAT, "0.1").monthly == Decimal("43.30")
    assert propose("在职", Decimal("3333.50"), BRACKETS, FLAT).monthly == Decimal("33.34")  # 33.335 → 33.34


def test_dues_amounts_are_parsed_exactly_and_bad_ones_named() -> None:
    assert parse_yuan("1,234.5元") == Decimal("1234.50") and yuan(123456) == "1234.56" and yuan(5) == "0.05"
    for bad, words in (("12.345", "两位小数"), ("-3", "负"), ("abc", "不是金额"), ("NaN", "金额")):
        with pytest.raises(BadAmount, match=words):
            parse_yuan(bad)


def test_dues_probationary_members_pay_from_the_month_of_admission() -> None:
    assert due_months(2026, date(2026, 4, 28), None) == list(range(4, 13))
    assert due_months(2026, date(2020, 1, 1), date(2026, 7, 3)) == list(range(1, 8))  # up to the month they left
    assert due_months(2026, date(2027, 1, 5), None) == [] and due_months(2026, None, date(2025, 12, 31)) == []


def test_dues_six_months_unpaid_in_a_row_across_the_year_end() -> None:
    due = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 13)]
    paid = {(2025, m) for m in range(1, 9)}
    assert unpaid_run(due, paid, (2026, 2)) == [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    assert unpaid_run(due, paid | {(2026, 1)}, (2026, 2)) == [(2026, 2)]


# ---- the service on a real workspace -----------------------------------------------------------------------------
@pytest.fixture
def branch(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="测试支部", branch_type="机关", superior="测试党委", code="T01"))
    roster = RosterService(ws)
    for name, cat, joined, status in (("张三", "在职", date(2010, 3, 1), "正式党员"), ("李四", "离退休", date(1990, 5, 1), "正式党员"),
                                      ("王五", "农民", date(2015, 7, 1), "正式党员"),
                                      ("赵六", "在职", date(2026, 4, 28), "预备党员")):
        roster.add(MemberInput(name=name, gender="男", birth_date=date(1960 if cat == "离退休" else 1985, 1, 1),
                               join_date=joined, full_date=None if status == "预备党员" else joined + timedelta(days=366),
                               status=status, category=cat, group="第一党小组"), today=TODAY)
    return ws


def ids(ws: Workspace) -> dict[str, int]:
    return {m.name: m.id for m in RosterService(ws).list_members(include_left=True)}


def test_dues_account_proposes_and_below_the_rule_needs_the_approval(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    a = svc.set_account(2026, AccountInput(m["张三"], "在职", Decimal("6789.10")), TODAY)
    assert (a.rate, a.monthly_fen, a.proposed_fen, a.rate_text) == ("0.015", 10184, 10184, "1.5%")
    with pytest.raises(ValidationError) as e:
        svc.set_account(2026, AccountInput(m["李四"], "离退休", Decimal(4000), monthly=Decimal(10)), TODAY)
    assert e.value.issues[0].field == "reason" and "上级党委批准" in e.value.issues[0].message
    a = svc.set_account(2026, AccountInput(m["李四"], "离退休", Decimal(4000), Decimal(10), "经机关党委批准少交"), TODAY)
    assert a.monthly_fen == 1000 and a.proposed_fen == 2000
    more = svc.set_account(2026, AccountInput(m["王五"], "农民", monthly=Decimal("1.00")), TODAY)  # 自愿多交不限
    assert more.monthly_fen == 100 and more.base_fen is None and more.rate_text == "定额"
    with pytest.raises(ValidationError) as e:
        svc.set_account(2026, AccountInput(m["赵六"], "在职"), TODAY)
    assert e.value.issues[0].field == "base"


def test_dues_set_up_year_carries_last_years_base(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2025, AccountInput(m["张三"], "在职", Decimal(4000)), date(2025, 1, 5))
    made, missing = svc.set_up_year(2026, TODAY)
    assert made == 2 and missing == ["李四", "赵六"]  # 张三 from last year, 王五 flat; the others need a base
    by = {a.member_id: a for a in svc.accounts(2026)}
    assert by[m["张三"]].monthly_fen == 4000 and by[m["王五"]].monthly_fen == 20


def test_dues_grid_partial_advance_and_totals_are_exact(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["张三"], "在职", Decimal("3333.50")), TODAY)  # 33.34 a month
    svc.set_account(2026, AccountInput(m["赵六"], "在职", Decimal(2000)), TODAY)  # 10.00 from April
    svc.pay(m["张三"], 2026, list(range(1, 5)), date(2026, 4, 8), "李四", today=TODAY)
    svc.pay(m["张三"], 2026, list(range(5, 11)), date(2026, 10, 8), "李四", today=TODAY)
    svc.pay(m["张三"], 2026, [11], date(2026, 11, 8), "李四", amount=Decimal("10.00"), today=TODAY)  # partial
    svc.pay(m["张三"], 2026, [12], date(2026, 11, 8), "李四", today=TODAY)  # advance for December
    with pytest.raises(ValidationError, match="入党前或离开后"):
        svc.pay(m["赵六"], 2026, [3], date(2026, 11, 8), today=TODAY)
    with pytest.raises(ValidationError, match="已交足"):
        svc.pay(m["张三"], 2026, [5], date(2026, 11, 8), today=TODAY)
    svc.pay(m["赵六"], 2026, [4, 5, 6], date(2026, 7, 1), "李四", today=TODAY)
    y = svc.year(2026, TODAY)
    z = next(r for r in y.rows if r.name == "张三")
    states = [c.state for c in z.cells]
    assert states[:10] == ["paid"] * 10 and states[10] == "partial" and states[11] == "ahead"
    assert z.paid_fen == 3334 * 11 + 1000 and z.owed_fen == 0  # November is the current month: not yet owed
    zl = next(r for r in y.rows if r.name == "赵六")
    assert [c.state for c in zl.cells[:3]] == ["", "", ""] and zl.owed_fen == 1000 * 4  # July–October
    assert zl.paid_to == "6月" and z.paid_to == "10月"
    assert y.collected_fen == 3334 * 11 + 1000 + 3000 and sum(y.paid_by_month) == y.collected_fen
    assert y.collected_by_month[9] == 3334 * 6 and y.collected_by_month[6] == 3000  # by the month received
    assert y.without_account == ["李四", "王五"]


def test_dues_back_payment_beyond_six_months_needs_a_reason(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["王五"], "农民"), TODAY)
    with pytest.raises(ValidationError) as e:
        svc.pay(m["王五"], 2026, [1, 2, 3, 4, 5], date(2026, 11, 10), "李四", today=TODAY)
    assert e.value.issues[0].field == "note" and "补交超过6个月" in e.value.issues[0].message
    assert svc.payments(2026) == []  # nothing half-recorded
    rows = svc.pay(m["王五"], 2026, [1, 2, 3, 4, 5], date(2026, 11, 10), "李四", note="外出务工，委托亲属补交", today=TODAY)
    assert len(rows) == 5 and all(r.amount_fen == 20 for r in rows)
    with pytest.raises(ValidationError, match="预交超过6个月"):
        svc.pay(m["王五"], 2026, [12], date(2026, 3, 1), today=TODAY)


def test_dues_arrears_flag_six_months_unpaid(branch: Workspace) -> None:
    """党章第九条: six months in a row without any payment is flagged; a partial payment breaks the run."""
    svc, m = DuesService(branch), ids(branch)
    for name, base in (("张三", "4000"), ("李四", "4000")):
        svc.set_account(2026, AccountInput(m[name], "在职" if name == "张三" else "离退休", Decimal(base)), TODAY)
        svc.set_account(2025, AccountInput(m[name], "在职" if name == "张三" else "离退休", Decimal(base)), date(2025, 1, 2))
    svc.pay(m["张三"], 2025, list(range(1, 13)), date(2025, 6, 20), today=TODAY)
    svc.pay(m["张三"], 2026, [1, 2, 3, 4], date(2026, 4, 20), today=TODAY)  # nothing since: May–October = 6
    svc.pay(m["李四"], 2025, list(range(1, 13)), date(2025, 6, 20), today=TODAY)
    svc.pay(m["李四"], 2026, list(range(1, 6)), date(2026, 5, 20), today=TODAY)  # June–October = 5
    arrears = {a.name: a for a in svc.arrears(TODAY)}
    assert arrears["张三"].flagged and len(arrears["张三"].run) == 6 and arrears["张三"].owed_fen == 6 * 4000
    assert not arrears["李四"].flagged and len(arrears["李四"].run) == 5
    svc.pay(m["张三"], 2026, [5], date(2026, 11, 1), amount=Decimal("1.00"), today=TODAY)
    arrears = {a.name: a for a in svc.arrears(TODAY)}
    assert not arrears["张三"].flagged and (2026, 5) in arrears["张三"].months  # still owes the rest of May


def test_dues_arrears_limit_is_the_branchs_rule(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["王五"], "农民"), TODAY)
    svc.pay(m["王五"], 2026, list(range(1, 8)), date(2026, 7, 2), today=TODAY)  # Aug–Oct unpaid
    assert not next(a for a in svc.arrears(TODAY) if a.name == "王五").flagged
    StandardsService(branch).override("dues_arrears_months", 3, "本地规定：连续3个月未交即提醒")
    assert next(a for a in svc.arrears(TODAY) if a.name == "王五").flagged


def test_dues_hand_ups_reconcile_with_what_was_collected(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["张三"], "在职", Decimal(4000)), TODAY)
    svc.pay(m["张三"], 2026, [1, 2, 3], date(2026, 3, 20), "李四", today=TODAY)
    svc.pay(m["张三"], 2026, [4], date(2026, 4, 20), "李四", today=TODAY)
    h = svc.hand_up(HandUpInput(2026, 1, 3, None, date(2026, 4, 2), "机关党委", "DF2026-01"), TODAY)
    assert h.amount_fen == h.collected_fen == 12000
    with pytest.raises(ValidationError, match="月份不能重复"):
        svc.hand_up(HandUpInput(2026, 3, 6, None, date(2026, 7, 2)), TODAY)
    with pytest.raises(ValidationError) as e:
        svc.hand_up(HandUpInput(2026, 4, 6, Decimal(30), date(2026, 7, 2)), TODAY)
    assert e.value.issues[0].field == "note" and "40.00" in e.value.issues[0].message
    with pytest.raises(ValidationError, match="没有收缴"):
        svc.hand_up(HandUpInput(2026, 7, 9, None, date(2026, 10, 2)), TODAY)
    with pytest.raises(UserError, match="已上缴"):  # money handed up cannot silently vanish from the register
        svc.delete_payment(svc.payments(2026)[0].id)
    y = svc.year(2026, TODAY)
    assert (y.collected_fen, y.handed_fen, y.not_handed_fen, y.not_handed_months()) == (16000, 12000, 4000, [4])


def test_dues_payment_recycle_bin(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["王五"], "农民"), TODAY)
    p = svc.pay(m["王五"], 2026, [10], date(2026, 10, 3), today=TODAY)[0]
    svc.delete_payment(p.id)
    assert svc.payments(2026) == [] and [x.id for x in svc.payments(2026, deleted=True)] == [p.id]
    svc.restore_payment(p.id)
    assert [x.id for x in svc.payments(2026)] == [p.id]


def test_dues_member_who_transferred_out_owes_up_to_that_month(branch: Workspace) -> None:
    svc, m = DuesService(branch), ids(branch)
    svc.set_account(2026, AccountInput(m["张三"], "在职", Decimal(4000)), TODAY)
    RosterService(branch).leave(m["张三"], "转出", date(2026, 6, 15), "转至市局机关党支部", today=TODAY)
    svc.pay(m["张三"], 2026, list(range(1, 7)), date(2026, 6, 10), today=TODAY)
    row = next(r for r in svc.year(2026, TODAY).rows if r.name == "张三")
    assert [c.due for c in row.cells] == [True] * 6 + [False] * 6 and row.paid_to == "6月" and row.owed_fen == 0
    assert all(a.name != "张三" for a in svc.arrears(TODAY))


# ---- printed -------------------------------------------------------------------------------------------------------
def test_dues_register_member_record_and_statement_read_back(demo_ws: Workspace, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from reports.dues import render_dues_member, render_dues_register, render_dues_statement

    year = date.today().year
    svc = DuesService(demo_ws)
    y = svc.year(year)
    assert y.rows and y.collected_fen > 0 and any(r.flagged for r in y.rows)  # the demo has a member in arrears
    out = tmp_path / "dues.pdf"
    pages = render_dues_register(demo_ws, year, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert pages >= 1 and "党费收缴登记" in text and y.rows[0].name in text and yuan(y.collected_fen) in text
    assert PdfReader(out).pages[0].mediabox.width > PdfReader(out).pages[0].mediabox.height  # landscape grid
    flagged = next(r for r in y.rows if r.flagged)
    render_dues_member(demo_ws, year, flagged.member_id, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert flagged.name in text and "连续" in text
    render_dues_statement(demo_ws, year, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "党费收缴" in text and "公布" in text and yuan(y.handed_fen) in text


def test_dues_brackets_are_the_branchs_data_with_their_source(branch: Workspace) -> None:
    """The bracket table is configurable data: a branch's own table (e.g. a new central rule) is used at once,
    and a table that cannot work is refused with the reason."""
    std = StandardsService(branch)
    assert "中组发〔2008〕3号" in std.in_force()["dues_brackets"].standard.source
    new = {"在职": [[4000, "0.005"], [None, "0.01"]], "离退休": [[None, "0.005"]]}
    std.override("dues_brackets", new, "测试：假设的新标准")
    assert DuesService(branch).propose("在职", Decimal(4000)).monthly == Decimal("20.00")
    for bad, words in (({"在职": [[3000, "0.005"], [2000, "0.01"], [None, "0.02"]]}, "逐档增大"),
                       ({"在职": [[3000, "0.005"]]}, "null"), ({"在职": [[None, "5"]]}, "0到1")):
        with pytest.raises(ValidationError, match=words):
            std.override("dues_brackets", bad, "错误的表")
    with pytest.raises(ValidationError, match="0.01"):
        std.override("dues_rounding", "0.05", "错误")
    with pytest.raises(ValidationError, match="最少和最多"):
        std.override("dues_flat", {"农民": ["1.00", "0.20"]}, "错误")


def test_dues_base_changes_from_the_month_the_new_pay_is_received(branch: Workspace) -> None:
    """中组发〔2008〕3号: 党员工资收入发生变化后，从按新工资标准领取工资的当月起，按照新的工资收入交纳党费. A July rise
    leaves January–June at the old amount and paid; July on is due at the new amount."""
    svc, m = DuesService(branch), ids(branch)
    mid = m["张三"]
    svc.set_account(2026, AccountInput(mid, "在职", Decimal("4000")), today=TODAY)  # 1% → 40.00
    svc.pay(mid, 2026, list(range(1, 7)), date(2026, 6, 30), today=TODAY)
    with pytest.raises(ValidationError, match="原因"):
        svc.set_account(2026, AccountInput(mid, "在职", Decimal("9000"), from_month=7), today=TODAY)
    svc.set_account(2026, AccountInput(mid, "在职", Decimal("9000"), reason="7月起调整岗位工资", from_month=7),
                    today=TODAY)  # 1.5% → 135.00
    row = next(r for r in svc.year(2026, TODAY).rows if r.member_id == mid)
    by = {c.month: c for c in row.cells}
    assert [by[mo].state for mo in range(1, 7)] == ["paid"] * 6
    assert {by[mo].due_fen for mo in range(1, 7)} == {4000} and {by[mo].due_fen for mo in range(7, 13)} == {13500}
    assert row.account is not None and row.account.changes == ((1, 4000), (7, 13500))
    paid = svc.pay(mid, 2026, [7], date(2026, 7, 31), today=TODAY)
    assert [p.amount_fen for p in paid] == [13500]
    # setting the whole year anew is one amount again
    svc.set_account(2026, AccountInput(mid, "在职", Decimal("9000"), reason="全年按新基数核定"), today=TODAY)
    assert next(r for r in svc.year(2026, TODAY).rows if r.member_id == mid).account.changes == ()  # type: ignore[union-attr]
