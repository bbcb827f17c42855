"""Book 14, 党员承诺践诺: the cycle's states and the transitions it refuses, the rate arithmetic (members who
left mid-year, the branch's own pledges), copying last year, the 工作台, and the appraisal seeing the rate."""
from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.pledges import counts_for_rate, fulfilment_rate, pledge_count_check
from models.services.dto import BranchProfile, MemberInput
from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService
from models.services.obligations import all_obligations
from models.services.pledges import AssessmentInput, PledgeInput, PledgeService, PostingInput
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService

YEAR = 2026
TODAY = date(2026, 11, 21)


@pytest.fixture
def small(ws: Workspace) -> Workspace:
    """A branch of four members (one leaves in July) and a general meeting in February."""
    ProfileService(ws).save(BranchProfile(name="测试支部", branch_type="机关", superior="测试党委", code="T01"))
    roster = RosterService(ws)
    for name, joined in (("张三", date(2010, 3, 1)), ("李四", date(2012, 5, 1)), ("王五", date(2015, 7, 1)),
                         ("赵六", date(2016, 7, 1))):
        roster.add(MemberInput(name=name, gender="男", birth_date=date(1980, 1, 1), join_date=joined, full_date=joined + timedelta(days=366),
                               status="正式党员", category="在职", group="第一党小组"), today=TODAY)
    return ws


def ids(ws: Workspace) -> dict[str, int]:
    return {m.name: m.id for m in RosterService(ws).list_members(include_left=True)}


def general_meeting(ws: Workspace, on: date = date(YEAR, 2, 15)) -> int:
    svc = MeetingService(ws)
    due = svc.due_members("general", on)
    row = svc.create(MeetingInput(kind="general", held_on=on, title="审定党员承诺", host="张三", recorder="李四",
                                  attendance=[AttendanceEntry(d.member_id, "present") for d in due]), today=TODAY)
    return row.row.id


# ---- the rules, named after them -----------------------------------------------------------------------------
def test_pledge_fulfilment_rate_is_fulfilled_over_due() -> None:
    r = fulfilment_rate(["兑现", "兑现", "基本兑现", "未兑现", ""], {"兑现"})
    assert (r.due, r.concluded, r.fulfilled) == (5, 4, 2) and r.rate == Fraction(2, 5)
    assert r.by_conclusion == {"兑现": 2, "基本兑现": 1, "未兑现": 1}
    assert fulfilment_rate(["兑现", "基本兑现"], {"兑现", "基本兑现"}).rate == 1
    assert fulfilment_rate([], {"兑现"}).rate is None and fulfilment_rate([], {"兑现"}).percent() == "—"
    before = fulfilment_rate(["", ""], {"兑现"})  # nothing concluded yet: no rate, not 0%
    assert before.rate is None and before.percent() == "未评诺"


def test_pledge_of_member_who_left_before_conclusion_does_not_count() -> None:
    end = date(YEAR, 12, 31)
    assert counts_for_rate(True, "", None, end)
    assert not counts_for_rate(True, "", date(YEAR, 7, 1), end)  # left mid-year, never concluded
    assert counts_for_rate(True, "兑现", date(YEAR, 7, 1), end)  # concluded before leaving: counts
    assert not counts_for_rate(False, "", None, end)  # never approved


def test_pledges_per_member_two_to_five_is_a_reminder() -> None:
    assert pledge_count_check("张三", 3, [2, 5], "").ok
    one = pledge_count_check("张三", 1, [2, 5], "src")
    assert not one.ok and "一般为2至5项" in one.message and one.source == "src"
    assert not pledge_count_check("张三", 6, (2, 5), "").ok


def test_pledge_standards_have_sources() -> None:
    from models.rules.standards import load_standards

    for key in ("pledge_every", "pledge_categories", "pledges_per_member", "pledge_review_needs_meeting",
                "pledge_conclusions", "pledge_fulfilled"):
        assert load_standards()[key].source


# ---- the cycle ------------------------------------------------------------------------------------------------
def test_pledge_cycle_from_pledge_to_final_appraisal(small: Workspace, tmp_path: Path) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["张三"], "岗位承诺", "完成年度重点任务", "考核B级以上", date(YEAR, 12, 31)))
    assert p.review == "pending" and p.seq == 1 and p.member == "张三"
    meeting = general_meeting(small)
    assert svc.review([p.id], approve=True, comment="同意", meeting_id=meeting, today=TODAY) == 1
    p = svc.get(p.id)
    assert p.approved and p.reviewed_on == date(YEAR, 2, 15) and "支部党员大会" in p.review_meeting
    svc.post(PostingInput(YEAR, date(YEAR, 2, 17), 7, "党员活动室公示栏"), today=TODAY)
    photo = tmp_path / "志愿服务.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    g = svc.add_progress(p.id, date(YEAR, 5, 4), "参加志愿服务", "李四", [photo], today=TODAY)
    assert g.evidence[0].name == "志愿服务.jpg" and len(g.evidence[0].sha256) == 64
    done = svc.assess(p.id, AssessmentInput("认真履诺", "党员认可", "群众满意", "兑现", date(YEAR, 12, 20)),
                      today=date(YEAR, 12, 25))
    assert done.assessment.conclusion == "兑现"
    # the other members never pledged: only 张三's pledge is due, and it is concluded
    assert svc.finalise(YEAR) == 1 and svc.get(p.id).state == "final"
    s = svc.summary(YEAR, today=TODAY)
    assert s.final and s.branch.rate == 1 and s.postings[0].place == "党员活动室公示栏"


def test_appraising_an_unapproved_pledge_is_refused(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["李四"], "实事承诺", "帮扶一户困难家庭"))
    with pytest.raises(UserError, match="未经支部审核通过，不能评诺"):
        svc.assess(p.id, AssessmentInput(conclusion="兑现"), today=TODAY)
    with pytest.raises(UserError, match="不能登记践诺"):
        svc.add_progress(p.id, date(YEAR, 3, 1), "做了", today=TODAY)
    svc.review([p.id], approve=False, comment="目标不具体", on=date(YEAR, 2, 15), today=TODAY)
    with pytest.raises(UserError, match="不能评诺"):
        svc.assess(p.id, AssessmentInput(conclusion="兑现"), today=TODAY)


def test_editing_a_final_appraisal_needs_an_amendment_with_reason(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["王五"], "自律承诺", "严守廉洁纪律"))
    svc.review([p.id], True, "同意", meeting_id=general_meeting(small), today=TODAY)
    svc.assess(p.id, AssessmentInput(conclusion="基本兑现"), today=TODAY)
    svc.finalise(YEAR)
    with pytest.raises(UserError, match="更正原因"):
        svc.assess(p.id, AssessmentInput(conclusion="兑现"), today=TODAY)
    after = svc.assess(p.id, AssessmentInput(conclusion="兑现"), reason="评议票统计有误", today=TODAY)
    assert after.assessment.conclusion == "兑现" and after.state == "final"
    (when, reason, before), = svc.amendments(after.uuid)
    assert reason == "评议票统计有误" and before["conclusion"] == "基本兑现"
    with pytest.raises(UserError, match="已评诺"):
        svc.update(p.id, PledgeInput(YEAR, m["王五"], "自律承诺", "改了内容"))
    with pytest.raises(UserError, match="定稿"):
        svc.delete(p.id)
    with pytest.raises(UserError, match="定稿"):
        svc.add_progress(p.id, date(YEAR, 3, 1), "补记", today=TODAY)


def test_finalising_is_refused_while_a_due_pledge_has_no_conclusion(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    a = svc.add(PledgeInput(YEAR, m["张三"], "共性承诺", "按时参加组织生活"))
    b = svc.add(PledgeInput(YEAR, m["李四"], "共性承诺", "按时交纳党费"))
    svc.review([a.id, b.id], True, "同意", meeting_id=general_meeting(small), today=TODAY)
    svc.assess(a.id, AssessmentInput(conclusion="兑现"), today=TODAY)
    with pytest.raises(UserError, match="还有1项承诺未评诺（李四）"):
        svc.finalise(YEAR)


def test_review_needs_the_meeting_and_a_return_needs_a_comment(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["张三"], "共性承诺", "带头学习"))
    with pytest.raises(ValidationError) as e:
        svc.review([p.id], True, on=date(YEAR, 2, 1), today=TODAY)
    assert e.value.issues[0].field == "meeting_id"
    with pytest.raises(ValidationError) as e:
        svc.review([p.id], False, on=date(YEAR, 2, 1), today=TODAY)
    assert e.value.issues[0].field == "comment"
    with pytest.raises(ValidationError, match="不能晚于今天"):
        svc.review([p.id], False, "改", on=TODAY + timedelta(days=1), today=TODAY)
    StandardsService(small).override("pledge_review_needs_meeting", False, "本支部由书记审核")
    assert svc.review([p.id], True, on=date(YEAR, 2, 1), today=TODAY) == 1


def test_changing_an_approved_pledge_sends_it_back_for_review(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["张三"], "岗位承诺", "完成任务", "B级"))
    svc.review([p.id], True, "同意", meeting_id=general_meeting(small), today=TODAY)
    same = svc.update(p.id, PledgeInput(YEAR, m["张三"], "岗位承诺", "完成任务", "B级"))
    assert same.approved
    changed = svc.update(p.id, PledgeInput(YEAR, m["张三"], "岗位承诺", "完成任务", "A级"), expected_version=same.version)
    assert changed.review == "pending" and "重新审核" in changed.review_comment
    with pytest.raises(UserError, match="别处被修改"):
        svc.update(p.id, PledgeInput(YEAR, m["张三"], "岗位承诺", "x"), expected_version=same.version)


def test_pledge_input_is_checked_field_by_field(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    with pytest.raises(ValidationError) as e:
        svc.add(PledgeInput(YEAR, m["张三"], "其他承诺", "  ", deadline=date(YEAR + 1, 1, 31)))
    assert {i.field for i in e.value.issues} == {"category", "content", "deadline"}
    RosterService(small).leave(m["赵六"], "转出", date(YEAR - 1, 6, 1), "转至其他支部", today=TODAY)
    with pytest.raises(ValidationError, match="不在本支部花名册上"):
        svc.add(PledgeInput(YEAR, m["赵六"], "共性承诺", "按时交纳党费"))


def test_categories_are_configurable_per_branch(small: Workspace) -> None:
    StandardsService(small).override("pledge_categories", ["政治承诺", "岗位承诺"], "本单位党委文件")
    svc, m = PledgeService(small), ids(small)
    assert svc.add(PledgeInput(YEAR, m["张三"], "政治承诺", "坚定理想信念")).category == "政治承诺"
    with pytest.raises(ValidationError, match="类别"):
        svc.add(PledgeInput(YEAR, m["张三"], "共性承诺", "按时交纳党费"))


# ---- rates ----------------------------------------------------------------------------------------------------
def test_rates_per_member_category_and_branch_with_leavers_and_branch_pledges(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    meeting = general_meeting(small)
    made = {}
    for who, cat, text in (("张三", "共性承诺", "a"), ("张三", "岗位承诺", "b"), ("李四", "共性承诺", "c"),
                           ("李四", "实事承诺", "d"), ("赵六", "共性承诺", "e"), ("赵六", "岗位承诺", "f"),
                           (None, "实事承诺", "支部办实事")):
        made[text] = svc.add(PledgeInput(YEAR, m[who] if who else None, cat, text)).id
    svc.review(list(made.values()), True, "同意", meeting_id=meeting, today=TODAY)
    svc.assess(made["e"], AssessmentInput(conclusion="兑现"), today=date(YEAR, 6, 20))  # before 赵六 leaves
    RosterService(small).leave(m["赵六"], "转出", date(YEAR, 7, 1), "转至其他支部", today=TODAY)
    for text, c in (("a", "兑现"), ("b", "未兑现"), ("c", "兑现"), ("d", "基本兑现"), ("支部办实事", "兑现")):
        svc.assess(made[text], AssessmentInput(conclusion=c), today=TODAY)
    s = svc.summary(YEAR, today=TODAY)
    # due: a b c d (members) + e (赵六, concluded before leaving) + the branch's own; f went with 赵六
    assert (s.branch.due, s.branch.fulfilled) == (6, 4) and s.branch.rate == Fraction(2, 3)
    assert (s.members.due, s.members.fulfilled) == (5, 3) and s.collective.rate == 1
    rates = {r.name: r.rate for r in s.by_member}
    assert rates["张三"].rate == Fraction(1, 2) and rates["李四"].rate == Fraction(1, 2)
    assert rates["赵六"].due == 1 and rates["赵六"].rate == 1 and rates["王五"].due == 0
    assert s.by_category["共性承诺"].rate == 1 and s.by_category["实事承诺"].rate == Fraction(1, 2)
    assert s.by_category["岗位承诺"].rate == 0 and s.by_category["自律承诺"].rate is None
    assert [n for _i, n, _g in s.not_pledged] == ["王五"]
    StandardsService(small).override("pledge_fulfilled", ["兑现", "基本兑现"], "本地规定基本兑现计入")
    assert svc.summary(YEAR, today=TODAY).branch.rate == Fraction(5, 6)
    # and the branch can finalise: f does not block, it is not due
    assert svc.finalise(YEAR) == 6


def test_copy_last_years_pledges_as_a_starting_point(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    svc.add(PledgeInput(YEAR - 1, m["张三"], "共性承诺", "带头学习", "参学率100%", date(YEAR - 1, 12, 31)))
    svc.add(PledgeInput(YEAR - 1, None, "实事承诺", "支部办实事", deadline=date(YEAR - 1, 2, 28)))
    bad = svc.add(PledgeInput(YEAR - 1, m["李四"], "共性承诺", "被退回的"))
    svc.review([bad.id], False, "不具体", on=date(YEAR - 1, 2, 1), today=TODAY)
    svc.add(PledgeInput(YEAR - 1, m["赵六"], "共性承诺", "离开者的承诺"))
    RosterService(small).leave(m["赵六"], "转出", date(YEAR - 1, 10, 1), "转出", today=TODAY)
    assert len(svc.copy_year(YEAR - 1, YEAR, today=TODAY)) == 2
    rows = svc.list_pledges(YEAR)
    assert [(r.member, r.content, r.review, r.deadline) for r in rows] == [
        ("支部集体承诺", "支部办实事", "pending", date(YEAR, 2, 28)),
        ("张三", "带头学习", "pending", date(YEAR, 12, 31))]
    assert svc.copy_year(YEAR - 1, YEAR, today=TODAY) == []  # copying twice adds nothing


def test_recycle_bin_for_pledges_and_progress(small: Workspace) -> None:
    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["张三"], "共性承诺", "按时交纳党费"))
    svc.delete(p.id)
    assert svc.list_pledges(YEAR) == [] and svc.list_pledges(YEAR, deleted=True)[0].id == p.id
    svc.restore(p.id)
    svc.review([p.id], True, "同意", meeting_id=general_meeting(small), today=TODAY)
    g = svc.add_progress(p.id, date(YEAR, 3, 1), "按时交纳", today=TODAY)
    svc.delete_progress(g.id)
    assert svc.get(p.id).progress == ()
    svc.restore_progress(g.id)
    assert svc.get(p.id).progress[0].content == "按时交纳"


# ---- where the rest of the program sees pledges ---------------------------------------------------------------
def test_pledges_past_deadline_without_progress_show_on_the_workbench(demo_ws: Workspace) -> None:
    svc = PledgeService(demo_ws)
    late = svc.overdue()
    assert late and all(r.approved and not r.progress and r.deadline < date.today() for r in late)
    obs = {o.kind: o for o in all_obligations(demo_ws) if o.span.start.year == date.today().year}
    assert "pledges" in obs and "pledge-appraisal" in obs
    assert "尚无通过审核的承诺" in obs["pledges"].name  # the newest members have not pledged yet
    assert obs["pledge-appraisal"].state == "due"
    last = {o.kind: o for o in all_obligations(demo_ws, periods=str(date.today().year - 1))}
    assert last["pledges"].state == "done" and last["pledge-appraisal"].state == "done"


def test_demo_has_a_realistic_pledge_year(demo_ws: Workspace) -> None:
    svc = PledgeService(demo_ws)
    last = svc.summary(date.today().year - 1)
    assert last.final and 0.7 < float(last.branch.rate or 0) < 1 and last.branch.by_conclusion.get("未兑现")
    now = svc.summary(date.today().year)
    assert now.review_counts["returned"] >= 1 and now.postings and now.branch.concluded == 0
    assert svc.list_pledges(date.today().year)[0].member_id is None  # the branch's own come first


def test_appraisal_sheet_shows_each_members_pledge_rate(demo_ws: Workspace) -> None:
    from models.services.appraisals import AppraisalService

    year = date.today().year - 1
    rates = PledgeService(demo_ws).member_rates(year)
    sheet = AppraisalService(demo_ws).sheet(year)
    row = next(r for r in sheet if r.member_id in rates and rates[r.member_id].rate.due)
    assert row.pledge_rate == rates[row.member_id].rate.percent()


# ---- printing and the command line ----------------------------------------------------------------------------
def _text(pdf: Path) -> str:
    from tests.test_reports import text_of

    return text_of(pdf).replace("\n", "")


def _all_fonts_embedded(pdf: Path) -> bool:
    from tests.test_reports import embedded_fonts

    fonts = embedded_fonts(pdf)
    return bool(fonts) and all(has for _name, has in fonts)


def test_pledge_ledger_pdf_lists_progress_and_marks_the_overdue(demo_ws: Workspace, tmp_path: Path) -> None:
    from reports.pledges import render_pledge_ledger

    year = date.today().year
    late = PledgeService(demo_ws).overdue()[0]
    out = tmp_path / "ledger.pdf"
    assert render_pledge_ledger(demo_ws, year, out) >= 2
    text = _text(out)
    assert "党员承诺践诺台账" in text and "支部集体" in text and late.member in text
    assert "逾期未践诺" in text and "确认：" in text and "已退回" in text and late.uuid[:8] in text
    assert _all_fonts_embedded(out)


def test_pledge_board_is_an_a3_or_a4_landscape_poster_by_party_group(demo_ws: Workspace, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from reports.pledges import render_pledge_board

    svc, year = PledgeService(demo_ws), date.today().year
    member = RosterService(demo_ws).list_members()[0]
    hidden = svc.add(PledgeInput(year, member.id, "实事承诺", "尚未审核的一项独特承诺"))
    for paper, (w, h) in (("A3", (1190.6, 841.9)), ("A4", (841.9, 595.3))):
        out = tmp_path / f"board-{paper}.pdf"
        render_pledge_board(demo_ws, year, out, paper=paper)
        page = PdfReader(out).pages[0]
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (w, h)
        text = _text(out)
        assert "党员承诺公示栏" in text and "亮承诺" in text and "第一党小组" in text and "第三党小组" in text
        assert all(c in text for c in ("共性承诺", "岗位承诺", "实事承诺", "自律承诺")) and member.name in text
        assert hidden.content not in text  # only approved pledges are posted
        assert "公示：" in text and _all_fonts_embedded(out)


def test_pledge_sheet_for_one_member_is_ready_to_sign(demo_ws: Workspace, tmp_path: Path) -> None:
    from reports.pledges import render_pledge_sheets

    year = date.today().year
    mine = [r for r in PledgeService(demo_ws).list_pledges(year) if r.member_id is not None and r.approved]
    out = tmp_path / "sheet.pdf"
    assert render_pledge_sheets(demo_ws, year, out, member_id=mine[0].member_id) == 1
    text = _text(out)
    assert "党员承诺书" in text and mine[0].member in text and "承诺人（签字）" in text and "支部书记（签字）" in text
    assert "党支部审核意见：经" in text and mine[0].content in text
    every = tmp_path / "all.pdf"
    owners = {r.member_id for r in PledgeService(demo_ws).list_pledges(year) if r.review != "returned"}
    assert render_pledge_sheets(demo_ws, year, every) == len(owners)  # a page each, the branch's own included


def test_pledge_summary_pdf_has_the_rates_and_a_chart(demo_ws: Workspace, tmp_path: Path) -> None:
    from reports.pledges import render_pledge_summary

    year = date.today().year - 1
    s = PledgeService(demo_ws).summary(year)
    out = tmp_path / "summary.pdf"
    render_pledge_summary(demo_ws, year, out)
    text = _text(out)
    assert "党员承诺践诺评议汇总表" in text and f"兑诺率{s.branch.percent()}" in text and "（已定稿）" in text
    assert s.by_member[0].name in text and "按类别" in text and "全支部" in text and "50%" in text
    assert _all_fonts_embedded(out)


def test_cli_pledge_reports_list_and_status(tmp_path: Path, demo_folder: Path) -> None:
    import json

    from tests.test_cli import run

    data = demo_folder
    year = str(date.today().year)
    for kind, extra in (("pledges", ()), ("pledge-board", ("--paper", "A3")), ("pledge-summary", ()),
                        ("pledge-sheet", ())):
        r = run("report", kind, "--period", year, "--out", str(tmp_path / f"{kind}.pdf"), *extra, data=data)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / f"{kind}.pdf").stat().st_size > 1000
    r = run("report", "pledges", "--period", "2001", "--out", str(tmp_path / "none.pdf"), data=data)
    assert r.returncode == 0  # an empty ledger is still a form
    r = run("report", "pledge-board", "--period", "2001", "--out", str(tmp_path / "none.pdf"), data=data)
    assert r.returncode == 1 and "没有承诺" in r.stderr and "Traceback" not in r.stderr
    listed = json.loads(run("list", "pledges", "--period", year, "--json", data=data).stdout)
    assert listed and {"uuid", "member", "category", "review", "assessment", "progress"} <= set(listed[0])
    status = json.loads(run("status", "--json", data=data).stdout)["pledges"]
    assert status["year"] == int(year) and status["total"] == len(listed)
    assert status["by_review"]["approved"] > 0 and status["branch"]["due"] > 0 and status["overdue"]
    assert set(status["by_category"]) >= {"共性承诺", "岗位承诺"}
    assert "承诺已过完成时限但无践诺记录" in run("status", data=data).stdout


def test_a_year_whose_pledges_are_final_is_not_reopened_by_a_member_entered_later(small: Workspace) -> None:
    """Final means frozen: after 评诺 定稿, a member entered into the roster later is not counted among those
    expected to pledge that year (the year stays as it was finalised) and is listed as 花名册变动涉及已定稿记录."""
    from models.services.dto import MemberInput

    svc, m = PledgeService(small), ids(small)
    p = svc.add(PledgeInput(YEAR, m["张三"], "岗位承诺", "完成年度重点任务", "考核B级以上", date(YEAR, 12, 31)))
    svc.review([p.id], approve=True, comment="同意", meeting_id=general_meeting(small), today=TODAY)
    svc.assess(p.id, AssessmentInput("认真履诺", "党员认可", "群众满意", "兑现", date(YEAR, 12, 20)),
               today=date(YEAR, 12, 25))
    before = svc.summary(YEAR, today=TODAY).expected
    svc.finalise(YEAR)
    RosterService(small).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                         join_date=date(1995, 7, 1), full_date=date(1996, 7, 1), category="在职"))
    assert svc.summary(YEAR, today=TODAY).expected == before
    assert svc.entered_after_final(YEAR) == ["张建国"]


def test_the_a3_board_is_one_sheet_per_party_group_set_as_large_as_it_fits(demo_ws: Workspace, tmp_path: Path) -> None:
    """A board on the wall (通行做法 of 党员承诺公示栏): each party group on one A3 sheet of its own with the title and
    the branch's pledges, its cells no smaller than 10 pt and larger when the group is small. On main the A3 board
    was the A4 layout scaled by 1.41 and ran over 4 pages, groups broken across sheets, one row on the last."""
    import pdfplumber

    from reports.pledges import render_pledge_board

    year = date.today().year
    groups = {r.group for r in PledgeService(demo_ws).list_pledges(year) if r.approved and r.member_id is not None}
    out = tmp_path / "board.pdf"
    render_pledge_board(demo_ws, year, out, paper="A3")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == len(groups)
        sizes = []
        for page in pdf.pages:
            text = page.extract_text()
            assert "党员承诺公示栏" in text and "支部集体承诺" in text
            assert sum(g in text for g in groups) == 1  # one group per sheet, whole
            assert "公示：" in text
            cells = [c["size"] for c in page.chars if c["top"] > page.height * 0.45 and c["text"] == "，"]
            sizes.append(min(cells))
        assert min(sizes) >= 9.9 and max(sizes) > 10.5
