"""留党察看 and 恢复党员权利 on a member (党章第四十一条: 党员在留党察看期间没有表决权、选举权和被选举权; 《发展党员工作细则》
第十四条: such a member cannot introduce an applicant)."""
from __future__ import annotations

from datetime import date

import pytest

from models.db import Workspace
from models.errors import ValidationError
from models.services.dto import BranchProfile, MemberInput
from models.services.meetings import MeetingService
from models.services.profile import ProfileService
from models.services.roster import RosterService

TODAY = date(2026, 11, 21)


@pytest.fixture
def branch(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="测试支部", branch_type="机关", superior="测试党委", code="T01"))
    roster = RosterService(ws)
    for name in ("张三", "李四", "王五", "赵六"):
        roster.add(MemberInput(name=name, gender="男", birth_date=date(1975, 1, 1), join_date=date(2000, 3, 1),
                               full_date=date(2001, 3, 1), category="在职"), today=TODAY)
    return ws


def _id(ws: Workspace, name: str) -> int:
    return next(m.id for m in RosterService(ws).list_members() if m.name == name)


def test_party_constitution_article_41_a_member_under_probation_has_no_vote_until_rights_are_restored(
        branch: Workspace) -> None:
    roster, meetings = RosterService(branch), MeetingService(branch)
    wang = _id(branch, "王五")
    with pytest.raises(ValidationError, match="一年或二年"):
        roster.discipline(wang, date(2026, 3, 1), 3, "机关纪委 纪发〔2026〕1号", today=TODAY)
    roster.discipline(wang, date(2026, 3, 1), 1, "机关纪委 纪发〔2026〕1号", today=TODAY)
    voting = lambda on: [d.name for d in meetings.due_members("general", on) if d.full]  # noqa: E731
    assert "王五" in voting(date(2026, 2, 28)) and "王五" not in voting(date(2026, 6, 1))
    assert len(meetings.due_members("general", date(2026, 6, 1))) == 4  # still due to attend, without a vote
    roster.restore_rights(wang, date(2026, 10, 1), "期满，经支部大会讨论、机关党委批准恢复党员权利", today=TODAY)
    assert "王五" in voting(date(2026, 10, 2)) and "王五" not in voting(date(2026, 9, 30))
    kinds = [e.kind for e in roster.history(wang)]
    assert kinds[-2:] == ["留党察看", "恢复党员权利"]


def test_a_member_under_probation_cannot_introduce_or_be_elected(branch: Workspace) -> None:
    from models.services.committee import CommitteeService, SeatInput, TermInput
    from models.services.development import DevelopmentService, PersonInput, StepInput

    RosterService(branch).discipline(_id(branch, "王五"), date(2024, 1, 10), 2, "机关纪委决定", today=TODAY)
    svc = DevelopmentService(branch)
    pid = svc.add(PersonInput(name="周晓雨", gender="女", birth_date=date(1998, 6, 1)), applied_on=date(2023, 3, 1),
                  today=TODAY).id
    steps = [StepInput(2, date(2023, 3, 15), people="张三"), StepInput(3, date(2023, 4, 10)),
             StepInput(4, date(2023, 4, 15)), StepInput(5, date(2023, 4, 15), member_ids=[_id(branch, "张三")]),
             StepInput(6, date(2023, 10, 9)), StepInput(6, date(2024, 4, 8)), StepInput(7, date(2024, 4, 10)),
             StepInput(8, date(2024, 4, 15))]
    for st in steps:
        svc.record(pid, st, TODAY)
    with pytest.raises(ValidationError) as e:
        svc.record(pid, StepInput(9, date(2024, 4, 15), member_ids=[_id(branch, "张三"), _id(branch, "王五")]), TODAY)
    assert any("留党察看" in i.message and "入党介绍人" in i.message for i in e.value.issues)
    with pytest.raises(ValidationError) as e2:
        CommitteeService(branch).elect(TermInput(date(2025, 3, 1), [
            SeatInput(_id(branch, "张三"), "书记"), SeatInput(_id(branch, "王五"), "组织委员")]), today=TODAY)
    assert any("留党察看" in i.message for i in e2.value.issues)


def test_party_constitution_article_9_six_months_without_organisational_life_is_flagged(branch: Workspace) -> None:
    """党章第九条: 连续六个月不参加党的组织生活 … 被认为是自行脱党 — flagged on the 工作台 (the old rule knew only
    three meetings in a row)."""
    from models.services.meetings import AttendanceEntry, MeetingInput
    from models.services.reminders import reminders

    meetings = MeetingService(branch)
    li = _id(branch, "李四")
    for month in range(3, 12):
        on = date(2026, month, 10)
        due = meetings.due_members("partyday", on)
        meetings.create(MeetingInput("partyday", on, title=f"{month}月主题党日", attendance=[
            AttendanceEntry(d.member_id, "absent" if d.member_id == li else "present") for d in due]), today=TODAY)
    flagged = [r for r in reminders(branch, TODAY) if r.kind == "no_org_life"]
    assert [r.ref_id for r in flagged] == [li] and "第九条" in flagged[0].source and "6个月" in flagged[0].message


def test_education_regulation_article_24_strike_off_is_due_two_years_after_stopping_membership(
        branch: Workspace) -> None:
    """《党员教育管理工作条例》第二十四条: 停止党籍 after six months out of contact; 除名 two years later if still
    unreachable — each step with its date and decision."""
    from models.errors import UserError
    from models.services.reminders import reminders

    roster = RosterService(branch)
    zhao = _id(branch, "赵六")
    with pytest.raises(UserError, match="没有被停止党籍"):
        roster.strike_off(zhao, TODAY, "支部大会决定", today=TODAY)
    roster.leave(zhao, "停止党籍", date(2024, 9, 1), "失联满6个月，经支部大会讨论、机关党委批准停止党籍", today=TODAY)
    due = [r for r in reminders(branch, TODAY) if r.kind == "strike_off"]
    assert [r.ref_id for r in due] == [zhao] and "第二十四条" in due[0].source and due[0].due == date(2026, 9, 1)
    assert not [r for r in reminders(branch, date(2026, 8, 31)) if r.kind == "strike_off"]
    roster.strike_off(zhao, date(2026, 10, 8), "支部大会讨论、机关党委批准，按自行脱党予以除名", today=TODAY)
    assert not [r for r in reminders(branch, TODAY) if r.kind == "strike_off"]
    assert [e.kind for e in roster.history(zhao)][-1] == "除名"


def test_the_roster_page_records_probation_with_its_date_and_decision(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from ui.roster_page import RosterPage

    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    member = page.selected()
    assert member is not None
    answers = iter(["2026-03-01", "机关纪委 纪发〔2026〕1号"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    page.acts["discipline"].trigger()
    history = RosterService(ctx.ws).history(member.id)
    assert history[-1].kind == "留党察看" and "2年" in history[-1].detail and history[-1].happened_on == date(2026, 3, 1)
