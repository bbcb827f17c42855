"""Book 13 (transfers and members away) and book 15 (plans, indicator sets, the monthly self-assessment):
rules with their sources, the roster changes a transfer makes, the scoring, importing the committee's set."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.member import LeaveKind
from models.rules.benchmark import BadIndicator, make_rule, score
from models.services.committee import CommitteeService, SeatInput, TermInput
from models.services.dto import MemberInput
from models.services.meetings import MeetingService
from models.services.plans import PlanInput, PlanService, ScoreInput, metric_values
from models.services.reminders import reminders
from models.services.roster import RosterService
from models.services.transfers import AwayInput, LetterInput, TransferService
from tests.test_committee_orglife import FIVE, TODAY, _branch


def _person(name: str = "欧阳明") -> MemberInput:
    return MemberInput(name=name, gender="女", birth_date=date(1990, 5, 6), join_date=date(2015, 7, 1),
                       full_date=date(2016, 7, 1), status="正式党员", group="第一党小组")


def test_transfer_out_takes_the_member_off_the_roster_and_closes_the_seat(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    CommitteeService(ws).elect(TermInput(date(2025, 3, 1), [SeatInput(i, r) for i, r in zip(ids, FIVE, strict=False)]), TODAY)
    svc = TransferService(ws)
    letter = svc.transfer_out(ids[2], LetterInput(date(2026, 9, 1), "某县委组织部", "〔2026〕7号", 90, "2026-08",
                                                  "工作调动"), TODAY)
    assert letter.valid_until == date(2026, 11, 30) and letter.member_status == "正式党员"
    m = RosterService(ws).get(ids[2])
    assert m.left_on == date(2026, 9, 1) and m.left_kind == LeaveKind.TRANSFER_OUT and "某县委组织部" in m.left_reason
    assert ids[2] not in {x.id for x in RosterService(ws).list_members()}
    seat = next(s for s in CommitteeService(ws).terms()[-1].seats if s.member_id == ids[2])
    assert seat.to_on == date(2026, 9, 1)
    with pytest.raises(ValidationError, match="已于"):
        svc.transfer_out(ids[2], LetterInput(date(2026, 9, 2), "别处"), TODAY)


def test_transfer_letter_valid_at_most_3_months_and_dues_paid_to_as_a_month(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    svc = TransferService(ws)
    with pytest.raises(ValidationError, match="1至90天") as e:
        svc.transfer_out(ids[0], LetterInput(date(2026, 9, 1), "某处", valid_days=120, dues_paid_to="2026/8"), TODAY)
    assert {i.field for i in e.value.issues} == {"valid_days", "dues_paid_to"}
    assert "通行做法" in next(s for s in _sources(ws) if "介绍信" in s)  # no article fixes the 3 months
    assert RosterService(ws).get(ids[0]).left_on is None  # nothing half-done


def _sources(ws: Workspace) -> list[str]:
    from models.services.standards import StandardsService

    return [v.standard.source for k, v in StandardsService(ws).in_force().items() if k.startswith("transfer")]


def test_transfer_in_puts_the_member_on_the_roster_from_the_day_they_report(ws: Workspace) -> None:
    _branch(ws, 3)
    svc = TransferService(ws)
    letter = svc.transfer_in(_person(), LetterInput(date(2026, 10, 8), "某市直机关工委", "〔2026〕33号", 60, "2026-09",
                                                    receipt_on=date(2026, 10, 15)), TODAY)
    assert letter.direction == "in" and letter.receipt_on == date(2026, 10, 15)
    roster = RosterService(ws)
    assert letter.member_id is not None
    history = roster.history(letter.member_id)
    assert history[0].kind == "转入" and history[0].happened_on == date(2026, 10, 15) and "某市直机关工委" in history[0].detail
    # on this roster (meetings due, dues due) from the day they reported, not from the day they joined the Party
    assert letter.member_id not in {m.id for m in roster.list_members(on=date(2026, 10, 14))}
    assert letter.member_id in {m.id for m in roster.list_members(on=date(2026, 10, 15))}
    assert letter.member_id not in {d.member_id for d in MeetingService(ws).due_members("general", date(2026, 6, 1))}
    from models.services.dues import DuesService

    grid = DuesService(ws).year(2026, TODAY)
    row = next(r for r in grid.rows if r.member_id == letter.member_id)
    assert [c.month for c in row.cells if c.due] == [10, 11, 12]
    with pytest.raises(ValidationError, match="姓名"):
        svc.transfer_in(MemberInput(name=""), LetterInput(date(2026, 10, 8), "某处"), TODAY)
    assert len(svc.letters(direction="in")) == 1


def test_taking_back_a_letter_undoes_its_roster_change(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    svc = TransferService(ws)
    out = svc.transfer_out(ids[0], LetterInput(date(2026, 9, 1), "某处"), TODAY)
    inn = svc.transfer_in(_person(), LetterInput(date(2026, 10, 8), "某处"), TODAY)
    svc.delete_letter(out.id)
    svc.delete_letter(inn.id)
    on_roster = {m.id for m in RosterService(ws).list_members()}
    assert ids[0] in on_roster and inn.member_id not in on_roster and not svc.letters()
    svc.restore_letter(out.id)
    assert ids[0] not in {m.id for m in RosterService(ws).list_members()}


def test_transfer_receipt_not_back_within_the_letters_validity_is_flagged(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    svc = TransferService(ws)
    letter = svc.transfer_out(ids[0], LetterInput(date(2026, 7, 1), "某处", valid_days=90), TODAY)
    assert not [f for f in svc.flags(date(2026, 9, 29)) if f.kind == "receipt"]
    flags = [f for f in svc.flags(TODAY) if f.kind == "receipt"]
    assert flags and "回执未退回" in flags[0].message
    svc.record_receipt(letter.id, date(2026, 10, 1), TODAY)
    assert not [f for f in svc.flags(TODAY) if f.kind == "receipt"]


def test_away_transfer_months_at_a_fixed_place_asks_to_transfer(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    svc = TransferService(ws)
    svc.add_away(AwayInput(ids[0], "深圳", date(2026, 5, 21), True, last_contact_on=date(2026, 11, 1)), TODAY)
    svc.add_away(AwayInput(ids[1], "外出务工", date(2026, 1, 5), False, last_contact_on=date(2026, 11, 1)), TODAY)
    assert not svc.flags(date(2026, 11, 20))
    flags = svc.flags(date(2026, 11, 21))
    assert [f.kind for f in flags] == ["should_transfer"] and "第二十五条" in flags[0].source
    with pytest.raises(ValidationError, match="已在流动党员登记中"):
        svc.add_away(AwayInput(ids[0], "广州", date(2026, 6, 1)), TODAY)


def test_lost_contact_months_flagged_with_the_steps_the_rules_require(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    svc = TransferService(ws)
    away = svc.add_away(AwayInput(ids[0], "外出务工", date(2025, 10, 1), False, last_contact_on=date(2026, 5, 20)), TODAY)
    flags = [r for r in reminders(ws, TODAY) if r.kind == "lost_contact"]
    assert flags and flags[0].book == 13 and len(flags[0].steps) >= 3 and "第九条" in flags[0].source
    svc.contacted(away.id, date(2026, 11, 2), TODAY)
    assert not [f for f in svc.flags(TODAY) if f.kind == "lost_contact"]
    svc.returned(away.id, date(2026, 11, 10), TODAY)
    assert not svc.away()


# -- book 15 ---------------------------------------------------------------------------------------------------
def test_indicator_scoring_met_ratio_deduct_and_manual() -> None:
    met = make_rule("met", "6", "1")
    assert score(met, Decimal(1)) == 6 and score(met, Decimal(0)) == 0 and score(met, None) == 0
    ratio = make_rule("ratio", "5", "95")
    assert score(ratio, Decimal("85.5")) == Decimal("4.50") and score(ratio, Decimal(100)) == 5
    deduct = make_rule("deduct", "4", per="1.5")
    assert score(deduct, Decimal(2)) == 1 and score(deduct, Decimal(3)) == 0
    manual = make_rule("manual", "8")
    assert score(manual, Decimal("7.5")) == Decimal("7.50")
    with pytest.raises(BadIndicator, match="超过分值"):
        score(manual, Decimal(9))
    with pytest.raises(BadIndicator, match="目标值"):
        make_rule("ratio", "5")
    with pytest.raises(BadIndicator, match="评分规则"):
        make_rule("bonus", "5")


def test_indicator_set_import_refuses_a_bad_row_and_names_it(ws: Workspace, tmp_path: Path) -> None:
    svc = PlanService(ws)
    bad = {"name": "2026年指标", "valid_from": "2026-01", "indicators": [
        {"aspect": "组织建设", "code": "1.1", "name": "支委会", "rule": "met", "target_value": "1", "weight": "5"},
        {"aspect": "组织建设", "code": "1.2", "name": "党小组会", "rule": "ratio", "weight": "五"}]}
    with pytest.raises(ValidationError, match=r"第2项（1\.2 党小组会）") as e:
        svc.import_set(bad)
    assert any("分值" in i.message for i in e.value.issues) and not svc.sets()
    f = tmp_path / "指标.xlsx"
    wb = openpyxl.Workbook()
    ws_ = wb.active
    assert ws_ is not None
    ws_.append(["某党委2026年对标考评指标"])
    ws_.append(["方面", "编号", "指标", "目标", "评分规则", "目标值", "每次扣分", "分值", "数据来源"])
    ws_.append(["组织建设", "1.1", "支委会", "每月1次", "达标", 1, None, 10, "meetings.committee"])
    ws_.append(["基础保障", "2.1", "台账规范", "及时完整", "评分", None, None, 5, None])
    wb.save(f)
    st = svc.import_set(f, "2026-01")
    assert [i.rule for i in st.indicators] == ["met", "manual"] and st.total == 15 and st.name == "指标"
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="无法读取"):
        svc.import_set(broken)


def test_the_indicator_set_in_force_is_kept_with_the_month(demo_ws: Workspace) -> None:
    svc = PlanService(demo_ws)
    year = date.today().year
    month = f"{year}-01"
    first = svc.set_for(month)
    assert first is not None and svc.sheet(month).saved
    newer = svc.import_set({"name": "新指标", "valid_from": f"{year}-01", "indicators": [
        {"aspect": "组织", "code": "1", "name": "支委会", "rule": "met", "target_value": "1", "weight": "10"}]})
    assert svc.set_for(month) == first  # assessed months keep their set
    assert svc.set_for(f"{year + 1}-01") == newer
    with pytest.raises(UserError, match="不能删除"):
        svc.delete_set(first.id)


def test_monthly_self_assessment_scores_and_the_trend(ws: Workspace) -> None:
    _branch(ws, 3)
    svc = PlanService(ws)
    svc.import_default("2026-01")
    sheet = svc.sheet("2026-10", TODAY)
    by_code = {r.indicator.code: r for r in sheet.rows}
    assert sheet.set.total == 100 and by_code["1.1"].suggested == "0"  # no committee meeting recorded
    entries = [ScoreInput(by_code["1.1"].indicator.id, "1", "10月8日支委会记录"),
               ScoreInput(by_code["2.3"].indicator.id, "90"),
               ScoreInput(by_code["6.1"].indicator.id, "7.5", "简报")]
    saved = svc.save_sheet("2026-10", entries, today=TODAY)
    assert saved.saved and saved.total == Decimal("6") + Decimal("5.68") + Decimal("7.5")
    with pytest.raises(ValidationError, match="6.1 党建引领业务：得分9超过分值8"):
        svc.save_sheet("2026-10", [ScoreInput(by_code["6.1"].indicator.id, "9")], today=TODAY)
    with pytest.raises(ValidationError, match="将来"):
        svc.save_sheet("2026-12", entries, today=TODAY)
    trend = {p.month: p for p in svc.trend(2026)}
    assert trend["2026-10"].total == saved.total and trend["2026-10"].out_of == 100 and trend["2026-09"].total is None
    assert trend["2026-10"].by_aspect["组织生活"] == Decimal("5.68")


def test_metric_values_are_read_from_the_books(demo_ws: Workspace) -> None:
    today = date.today()
    month = f"{today.year}-{today.month:02d}"
    start = today.replace(day=1)
    values = metric_values(demo_ws, month, {"meetings.committee", "meetings.partyday"}, today)
    counts = MeetingService(demo_ws).counts_by_kind(start, today)
    assert values == {"meetings.committee": str(counts.get("committee", 0)),
                      "meetings.partyday": str(counts.get("partyday", 0))}


def test_plan_needs_title_and_text_and_the_plan_obligation_is_met(ws: Workspace) -> None:
    from models.services.obligations import all_obligations

    svc = PlanService(ws)
    with pytest.raises(ValidationError) as e:
        svc.save_doc(PlanInput(2026, 0, "plan", " "), today=TODAY)
    assert {i.field for i in e.value.issues} == {"title", "body"}
    with pytest.raises(ValidationError, match="季度"):
        svc.save_doc(PlanInput(2026, 5, "plan", "计划", "正文"), today=TODAY)
    before = {o.kind: o.state for o in all_obligations(ws, TODAY) if o.span.start.year == 2026}
    svc.save_doc(PlanInput(2026, 0, "plan", "2026年工作计划", "一、加强学习"), today=TODAY)
    after = {o.kind: o.state for o in all_obligations(ws, TODAY) if o.span.start.year == 2026}
    assert before["plan"] == "due" and after["plan"] == "done" and after["summary"] == "due"


def test_indicator_json_bundled_is_a_valid_set(ws: Workspace) -> None:
    import resources

    data = json.loads(resources.path("benchmark", "indicators.json").read_text(encoding="utf-8"))
    st = PlanService(ws).import_set(data)
    assert len(st.indicators) == 20 and st.total == 100
