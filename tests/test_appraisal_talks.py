"""Books 9 (民主评议党员) and 10 (谈心谈话): rules with their sources, the yearly obligations, forms, CLI, pages."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.periods import parse_period
from models.services.appraisals import AppraisalInput, AppraisalService, excellent_check
from models.services.obligations import all_obligations
from models.services.roster import RosterService
from models.services.talks import TalkInput, TalkService
from reports.people import render_appraisal, render_talks
from tests.test_cli import run

THIS_YEAR = date.today().year


def test_appraisal_excellent_share_at_most_a_third_is_warned() -> None:
    assert excellent_check(["优秀"] * 3 + ["合格"] * 6, "1/3", "").ok
    assert excellent_check(["优秀"] * 1000 + ["合格"] * 2000, "1/3", "").ok
    four = excellent_check(["优秀"] * 4 + ["合格"] * 5, "1/3", "src")
    assert not four.ok and "超过三分之一" in four.message and four.source == "src"


def test_excellent_share_counts_every_member_to_be_appraised_not_those_graded_so_far() -> None:
    """优秀 一般不超过党员总数的三分之一 (通行做法): the total is everyone to be appraised that year. Half-way through
    grading 9 members, 3 优秀 among the first 4 graded is within the third."""
    halfway = excellent_check(["优秀", "优秀", "优秀", "合格"] + [""] * 5, "1/3", "")
    assert halfway.ok and "应参评9人" in halfway.message and "已评定4人" in halfway.message
    assert not excellent_check(["优秀"] * 4 + [""] * 5, "1/3", "").ok
    nothing = excellent_check([""] * 9, "1/3", "")
    assert nothing.ok and "未开始" in nothing.message


def test_appraisal_lower_grades_need_the_follow_up_written(demo_ws: Workspace) -> None:
    svc = AppraisalService(demo_ws)
    m = RosterService(demo_ws).list_members()[0]
    for grade in ("基本合格", "不合格"):
        with pytest.raises(ValidationError, match="须写明处置或帮扶措施"):
            svc.save(AppraisalInput(THIS_YEAR, m.id, grade=grade))
    row = svc.save(AppraisalInput(THIS_YEAR, m.id, grade="基本合格", follow_up="限期改正，支部书记谈话提醒"))
    assert row.input.grade == "基本合格" and row.state == "draft"


def test_appraisal_grades_are_the_configured_ones(demo_ws: Workspace) -> None:
    m = RosterService(demo_ws).list_members()[0]
    with pytest.raises(ValidationError, match="评定等次"):
        AppraisalService(demo_ws).save(AppraisalInput(THIS_YEAR, m.id, grade="良好"))


def test_final_appraisal_changes_only_by_amendment_with_reason(demo_ws: Workspace) -> None:
    svc = AppraisalService(demo_ws)
    row = next(r for r in svc.sheet(THIS_YEAR - 1) if r.input.grade == "合格")
    assert row.state == "final"
    changed = AppraisalInput(**{**row.input.__dict__, "grade": "优秀"})
    with pytest.raises(UserError, match="更正原因"):
        svc.save(changed)
    after = svc.save(changed, reason="计票有误")
    assert after.input.grade == "优秀" and svc.amendments(after.uuid)[0][1] == "计票有误"


def test_yearly_appraisal_obligation_done_when_every_member_is_graded(demo_ws: Workspace) -> None:
    obs = {o.span.start.year: o for o in all_obligations(demo_ws) if o.kind == "appraisal"}
    assert obs[THIS_YEAR - 1].state == "done" and obs[THIS_YEAR].state == "due"
    assert "第五章" in obs[THIS_YEAR].source


def test_talk_needs_who_with_whom_and_a_member_on_the_roster_that_day(demo_ws: Workspace) -> None:
    svc = TalkService(demo_ws)
    with pytest.raises(ValidationError) as e:
        svc.add(TalkInput(None, "", None))
    assert {i.field for i in e.value.issues} == {"held_on", "talker", "member_id", "topic"}
    newest = max(RosterService(demo_ws).list_members(), key=lambda m: m.join_date or date.min)
    assert newest.join_date is not None
    with pytest.raises(ValidationError, match="不在本支部花名册上"):
        svc.add(TalkInput(newest.join_date - timedelta(days=1), "书记", newest.id, "思想情况"))


def test_every_member_talked_with_yearly_and_the_list_of_those_not_yet(demo_ws: Workspace) -> None:
    svc = TalkService(demo_ws)
    missing = svc.not_talked_with(date(THIS_YEAR, 1, 1), date(THIS_YEAR, 12, 31))
    assert missing, "the demo leaves some members still to talk with this year"
    ob = next(o for o in all_obligations(demo_ws) if o.kind == "talks" and o.span.start.year == THIS_YEAR)
    assert ob.state == "due" and f"{len(missing)}人尚未谈" in ob.name and "每年谈心谈话" in ob.source
    for m in missing:
        svc.add(TalkInput(date.today(), "支部书记", m.member_id, "思想工作情况"))
    ob = next(o for o in all_obligations(demo_ws) if o.kind == "talks" and o.span.start.year == THIS_YEAR)
    assert ob.state == "done"


def test_talks_go_to_the_recycle_bin(demo_ws: Workspace) -> None:
    svc = TalkService(demo_ws)
    t = svc.list_talks(parse_period(str(THIS_YEAR)))[0]
    svc.delete(t.id)
    assert t.id not in {x.id for x in svc.list_talks()}
    assert t.id in {x.id for x in svc.list_talks(deleted=True)}
    svc.restore(t.id)
    assert t.id in {x.id for x in svc.list_talks()}


def test_forms_read_back(demo_ws: Workspace, tmp_path: Path) -> None:
    render_appraisal(demo_ws, THIS_YEAR - 1, tmp_path / "a.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "a.pdf").pages).replace("\n", "")
    assert "民主评议党员登记表" in text and "处置或帮扶措施" in text and "基本合格" in text and "三分之一" in text
    render_talks(demo_ws, parse_period(str(THIS_YEAR)), tmp_path / "t.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "t.pdf").pages).replace("\n", "")
    assert "谈心谈话记录" in text and "尚未谈心谈话的党员" in text


def test_cli_lists_reports_and_status(tmp_path: Path, demo_folder: Path) -> None:
    d = demo_folder
    talks = json.loads(run("list", "talks", "--json", data=d).stdout)
    assert talks and {"talker", "member", "held_on"} <= set(talks[0])
    sheet = json.loads(run("list", "appraisal", "--period", str(THIS_YEAR - 1), "--json", data=d).stdout)
    assert sheet and all(r["input"]["grade"] for r in sheet)
    for kind in ("talks", "appraisal"):
        r = run("report", kind, "--period", str(THIS_YEAR - 1), "--out", str(tmp_path / f"{kind}.pdf"), data=d)
        assert r.returncode == 0, r.stderr
    status = json.loads(run("status", "--json", data=d).stdout)
    assert {"talks", "appraisal"} <= {o["kind"] for o in status["obligations"]}


def test_pages_appraise_and_record_talks(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.appraisal_page import AppraisalDialog, AppraisalPage
    from ui.i18n import install_translators
    from ui.talks_page import TalkDialog, TalksPage

    install_translators(qapp, "zh_CN")
    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == len(AppraisalService(ctx.ws).sheet(THIS_YEAR))
    d = AppraisalDialog(ctx, page.rows[0], page)
    qtbot.addWidget(d)
    d.grade.setCurrentText("不合格")
    d.save()
    assert "须写明处置或帮扶措施" in d.errors.text()
    d.follow_up.setPlainText("限期改正")
    d.save()
    assert d.result() == d.DialogCode.Accepted
    ctx.data_changed.emit()
    assert page.model.index(0, page.model.GRADE).data() == "不合格"

    talks = TalksPage(ctx)
    qtbot.addWidget(talks)
    talks.show()
    before = len(talks.not_talked)
    assert before and "尚未" in talks.missing.text() and talks.not_talked[0].name in talks.missing.text()
    td = TalkDialog(ctx, None, talks, member_id=talks.not_talked[0].member_id)
    qtbot.addWidget(td)
    td.talker.setEditText("支部书记")
    td.topic.setText("了解思想工作情况")
    td.save()
    assert td.result() == td.DialogCode.Accepted
    ctx.data_changed.emit()
    assert len(talks.not_talked) == before - 1


def test_a_finalised_appraisal_year_is_not_reopened_by_a_member_entered_later(ws: Workspace) -> None:
    """Final means frozen: after 年度定稿, a member entered into the roster later (with an earlier join date) is not
    added to that year's sheet — the year stays done — and is listed as 花名册变动涉及已定稿记录."""
    from models.services.dto import BranchProfile, MemberInput
    from models.services.obligations import all_obligations
    from models.services.profile import ProfileService

    ProfileService(ws).save(BranchProfile(name="测试支部", branch_type="机关", superior="测试党委", code="T01"))
    roster, svc = RosterService(ws), AppraisalService(ws)
    year = THIS_YEAR - 1
    for name in ("张三", "李四"):
        roster.add(MemberInput(name=name, gender="男", birth_date=date(1975, 1, 1), join_date=date(2000, 3, 1),
                               full_date=date(2001, 3, 1), category="在职"))
    for r in svc.sheet(year):
        svc.save(AppraisalInput(year, r.member_id, grade="合格"))
    assert svc.finalise(year) == 2
    roster.add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1), join_date=date(1995, 7, 1),
                           full_date=date(1996, 7, 1), category="在职"))
    assert [r.name for r in svc.sheet(year)] == ["张三", "李四"] or sorted(r.name for r in svc.sheet(year)) == ["张三", "李四"]
    assert svc.roster_drift(year) == ["张建国"]
    done = [o for o in all_obligations(ws, date(THIS_YEAR, 1, 15), periods=str(year)) if o.kind == "appraisal"]
    assert done and done[0].state == "done"
    assert "张建国" in [r.name for r in svc.sheet(THIS_YEAR)]  # the open year follows the roster
