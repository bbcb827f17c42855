"""Book 12, 发展党员全程纪实: the 25 steps in order, every time limit (with working days across holidays, make-up
workdays and year ends), the transitions refused, and the roster changes on admission, 转正, extension and
cancellation; the printed record and yearly rosters read back."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.development import CANCEL, EXTEND, STEPS, TURN_FULL, Limit, probation_end
from models.rules.workdays import add_workdays, count_workdays, is_workday
from models.services.development import DevelopmentService, PersonInput, StepInput
from models.services.dto import BranchProfile, MemberInput
from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService

TODAY = date(2026, 11, 21)


@pytest.fixture
def branch(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="测试支部", branch_type="机关", superior="测试党委", code="T01"))
    roster = RosterService(ws)
    for name, status in (("张三", "正式党员"), ("李四", "正式党员"), ("王五", "正式党员"), ("赵六", "预备党员")):
        joined = date(2000, 3, 1) if status == "正式党员" else date(2026, 5, 1)
        roster.add(MemberInput(name=name, gender="男", birth_date=date(1975, 1, 1), join_date=joined,
                               full_date=date(2001, 3, 1) if status == "正式党员" else None, status=status,
                               category="在职", group="第一党小组"), today=TODAY)
    return ws


def ids(ws: Workspace) -> dict[str, int]:
    return {m.name: m.id for m in RosterService(ws).list_members(include_left=True)}


def person(svc: DevelopmentService, applied: date = date(2023, 3, 1), born: date = date(1998, 6, 1)) -> int:
    return svc.add(PersonInput(name="周晓雨", gender="女", birth_date=born, education="大学本科", job="技术员",
                               group="第一党小组"), applied_on=applied, today=TODAY).id


def plan(m: dict[str, int]) -> list[StepInput]:
    """A complete, valid path through steps 2–25 for an application on 2023-03-01."""
    return [
        StepInput(2, date(2023, 3, 15), people="张三"), StepInput(3, date(2023, 4, 10)), StepInput(4, date(2023, 4, 15)),
        StepInput(5, date(2023, 4, 15), member_ids=[m["张三"]]), StepInput(6, date(2023, 10, 9)),
        StepInput(6, date(2024, 4, 8)), StepInput(7, date(2024, 4, 10)), StepInput(8, date(2024, 4, 15)),
        StepInput(9, date(2024, 4, 15), member_ids=[m["张三"], m["李四"]]), StepInput(10, date(2024, 5, 6), result="合格"),
        StepInput(11, date(2024, 5, 20), days=3), StepInput(12, date(2024, 6, 3)),
        StepInput(13, date(2024, 6, 14), posted_from=date(2024, 6, 4), posted_to=date(2024, 6, 12)),
        StepInput(14, date(2024, 6, 17)), StepInput(15, date(2024, 6, 20)), StepInput(16, date(2024, 7, 5), people="党委委员"),
        StepInput(17, date(2024, 8, 1)), StepInput(18, date(2024, 8, 10)), StepInput(19, date(2024, 8, 5)),
        StepInput(20, date(2024, 8, 5)), StepInput(21, date(2024, 12, 1)), StepInput(22, date(2025, 6, 13)),
        StepInput(23, date(2025, 6, 20), result=TURN_FULL), StepInput(24, date(2025, 7, 10)), StepInput(25, date(2025, 7, 20)),
    ]


def vote(ws: Workspace, on: date, text: str, present: int | None = None, yes: int | None = None) -> int:
    """A 支部党员大会 on ``on`` voting on ``text``: the first ``present`` voting members attend (all by default),
    ``yes`` votes for (all present by default)."""
    from models.services.meetings import MotionInput

    ms = MeetingService(ws)
    due = ms.due_members("general", on)
    full = [d.member_id for d in due if d.full]
    here = set(full[:present] if present is not None else full) | {d.member_id for d in due if not d.full}
    att = [AttendanceEntry(d.member_id, "present" if d.member_id in here else "absent") for d in due]
    ayes = len([i for i in full if i in here]) if yes is None else yes
    return ms.create(MeetingInput("general", on, title=text, host="张三", recorder="李四", attendance=att,
                                  motions=[MotionInput(text, ayes, 0, 0)]), today=TODAY).row.id


def decided(svc: DevelopmentService, pid: int, st: StepInput) -> object:
    """Record step 15 or 23 with the general meeting that voted on it (all present, carried)."""
    name = svc.get(pid).input.name
    text = f"接收{name}为中共预备党员" if st.step == 15 else f"{name}：{st.result}"
    assert st.done_on is not None
    return svc.record(pid, replace(st, meeting_id=vote(svc.ws, st.done_on, text)), TODAY)


def walk(svc: DevelopmentService, pid: int, m: dict[str, int], upto: int, skip: tuple[int, ...] = ()) -> None:
    for st in plan(m):
        if st.step > upto:
            break
        if st.step in skip:
            continue
        if st.step in (15, 23) and st.meeting_id is None:
            decided(svc, pid, st)
        else:
            svc.record(pid, st, TODAY)


def refused(svc: DevelopmentService, pid: int, st: StepInput, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as e:
        svc.record(pid, st, TODAY)
    assert any(i.field == field and words in i.message for i in e.value.issues), e.value.issues


# ---- working days ------------------------------------------------------------------------------------------
def test_dev_posting_workdays_count_holidays_and_makeup_workdays() -> None:
    """2026: 中秋 25–27 Sep and 国庆 1–7 Oct are off; Sunday 20 Sep and Saturday 10 Oct are make-up workdays."""
    assert count_workdays(date(2026, 9, 28), date(2026, 10, 9)).days == 5  # 28, 29, 30 Sep, 8, 9 Oct
    assert count_workdays(date(2026, 10, 8), date(2026, 10, 12)).days == 4  # Saturday 10 Oct is worked
    assert is_workday(date(2026, 9, 20)) == (True, True) and is_workday(date(2026, 10, 1)) == (False, True)
    assert add_workdays(date(2026, 9, 24), 5) == (date(2026, 10, 8), True)  # 24, 28, 29, 30 Sep and 8 Oct
    assert count_workdays(date(2025, 12, 29), date(2026, 1, 4)).days == 4  # New Year across the year end; 4 Jan worked


def test_dev_posting_workdays_outside_the_official_calendar_fall_back_to_weekends_and_say_so() -> None:
    c = count_workdays(date(2035, 10, 1), date(2035, 10, 7))  # a year the official calendar does not know
    assert c.days == 5 and not c.official and "周末" in c.note()
    assert count_workdays(date(2026, 10, 1), date(2026, 10, 7)).note() == ""


# ---- the steps and their limits ------------------------------------------------------------------------------
def test_dev_steps_are_25_in_five_stages() -> None:
    assert sorted(STEPS) == list(range(1, 26))
    assert [len([s for s in STEPS.values() if s.stage == n]) for n in range(1, 6)] == [2, 4, 5, 7, 7]
    assert all(all(a < s.no for a in s.after) for s in STEPS.values())


def test_dev_full_path_admits_then_makes_a_full_member_with_the_right_dates(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 16)
    assert svc.get(pid).member_id is None and svc.get(pid).role == "预备党员"
    walk(svc, pid, m, 17, skip=tuple(range(1, 17)))
    p = svc.get(pid)
    member = RosterService(branch).get(p.member_id)  # type: ignore[arg-type]
    assert (member.status, member.join_date, member.full_date) == ("预备党员", date(2024, 6, 20), None)
    walk(svc, pid, m, 25, skip=tuple(range(1, 18)))
    p = svc.get(pid)
    member = RosterService(branch).get(p.member_id)  # type: ignore[arg-type]
    assert member.group == "第一党小组"  # step 19 placed her in the party group
    assert (member.status, member.full_date, p.outcome, p.outcome_on) == ("正式党员", date(2025, 6, 20), "转正", date(2025, 6, 20))
    assert [e.kind for e in RosterService(branch).history(member.id)][-1] == "转正"
    assert svc.deadlines(TODAY) == [] and p.role == "正式党员"


def test_dev_out_of_order_and_impossible_steps_are_refused(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    refused(svc, pid, StepInput(3, date(2023, 4, 1)), "step", "第2步党组织派人谈话")
    refused(svc, pid, StepInput(2, date(2023, 2, 1), people="张三"), "done_on", "早于第1步")
    refused(svc, pid, StepInput(2, date(2027, 1, 1), people="张三"), "done_on", "不能晚于今天")
    refused(svc, pid, StepInput(2, date(2023, 3, 10)), "people", "谈话人")
    refused(svc, pid, StepInput(1, date(2023, 3, 2)), "step", "已记录")
    refused(svc, pid, StepInput(26, date(2023, 3, 2)), "step", "没有第26步")
    walk(svc, pid, m, 10)
    refused(svc, pid, StepInput(25, date(2024, 6, 1)), "step", "须先完成")
    with pytest.raises(ValidationError, match="18周岁"):
        svc.add(PersonInput(name="少年", gender="男", birth_date=date(2008, 1, 1)), applied_on=date(2025, 12, 1), today=TODAY)
    assert all(p.name != "少年" for p in svc.list_people())  # nothing half-stored


def test_dev_talk_within_one_month_of_the_application(branch: Workspace) -> None:
    svc = DevelopmentService(branch)
    pid = person(svc, applied=date(2026, 10, 31))
    lim = next(x for x in svc.limits(svc.get(pid)) if x.step == 2)
    assert lim.due == date(2026, 11, 30) and lim.state(TODAY) == "soon"
    assert lim.state(date(2026, 12, 1)) == "overdue"
    svc.record(pid, StepInput(2, date(2026, 11, 20), people="张三"), TODAY)
    assert next(x for x in svc.limits(svc.get(pid)) if x.step == 2).state(TODAY) == "done"
    late = Limit(2, "", date(2026, 11, 30), done_on=date(2026, 12, 2))
    assert late.state(TODAY) == "late"  # a late talk is recorded, and shown as late


def test_dev_activist_one_year_before_candidate_and_assessed_every_six_months(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 5)
    nxt = next(x for x in svc.limits(svc.get(pid)) if x.step == 6)
    assert nxt.due == date(2023, 10, 10) and nxt.state(TODAY) == "overdue"
    refused(svc, pid, StepInput(7, date(2023, 11, 1)), "step", "第6步")  # no assessment on record yet
    svc.record(pid, StepInput(6, date(2023, 10, 9)), TODAY)
    svc.record(pid, StepInput(6, date(2024, 4, 8)), TODAY)
    assert next(x for x in svc.limits(svc.get(pid)) if x.step == 6).due == date(2024, 10, 8)
    refused(svc, pid, StepInput(7, date(2024, 4, 9)), "done_on", "未满一年，2024-04-10起")
    svc.record(pid, StepInput(7, date(2024, 4, 10)), TODAY)
    assert all(x.step != 6 for x in svc.limits(svc.get(pid)))  # a candidate is no longer assessed as an activist


def test_dev_activist_year_across_29_february(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc, applied=date(2023, 12, 1))
    for st in (StepInput(2, date(2023, 12, 10), people="张三"), StepInput(3, date(2024, 2, 29)),
               StepInput(4, date(2024, 3, 1)), StepInput(5, date(2024, 3, 1), member_ids=[m["张三"]]),
               StepInput(6, date(2024, 8, 20))):
        svc.record(pid, st, TODAY)
    refused(svc, pid, StepInput(7, date(2025, 2, 27)), "done_on", "2025-02-28起")
    svc.record(pid, StepInput(7, date(2025, 2, 28)), TODAY)


def test_dev_contacts_and_introducers_are_full_members(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc, applied=date(2026, 6, 1))
    svc.record(pid, StepInput(2, date(2026, 6, 10), people="张三"), TODAY)
    svc.record(pid, StepInput(3, date(2026, 7, 1)), TODAY)
    refused(svc, pid, StepInput(5, date(2026, 7, 2), member_ids=[m["赵六"]]), "member_ids", "赵六在2026-07-02不是本支部正式党员")
    refused(svc, pid, StepInput(5, date(2026, 7, 2), member_ids=[m["张三"], m["李四"], m["王五"]]), "member_ids", "1至2名")
    svc.record(pid, StepInput(5, date(2026, 7, 2), member_ids=[m["张三"], m["李四"]]), TODAY)
    pid2 = person(svc)
    walk(svc, pid2, m, 8)
    refused(svc, pid2, StepInput(9, date(2024, 4, 15), member_ids=[m["张三"]]), "member_ids", "2名正式党员")
    refused(svc, pid2, StepInput(9, date(2024, 4, 15), member_ids=[m["张三"], m["张三"]]), "member_ids", "2名正式党员")


def test_dev_training_at_least_three_days_or_24_hours(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 10)
    refused(svc, pid, StepInput(11, date(2024, 5, 20), days=2, hours=16), "days", "不少于3天或24学时")
    svc.record(pid, StepInput(11, date(2024, 5, 20), days=2, hours=24), TODAY)  # 24 hours over two days pass


def test_dev_political_review_must_pass_before_the_committee_review(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 9)
    refused(svc, pid, StepInput(10, date(2024, 5, 6)), "result", "政治审查结论")
    svc.record(pid, StepInput(10, date(2024, 5, 6), result="不合格"), TODAY)
    svc.record(pid, StepInput(11, date(2024, 5, 20), days=3), TODAY)
    refused(svc, pid, StepInput(12, date(2024, 6, 3)), "step", "不合格")


def test_dev_posting_at_least_n_working_days_and_the_meeting_after_it(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 12)
    # 4–7 June 2024 are four working days (10 June, 端午, is a holiday)
    refused(svc, pid, StepInput(13, date(2024, 6, 11), posted_from=date(2024, 6, 4), posted_to=date(2024, 6, 10)),
            "posted_to", "只有4个工作日")
    StandardsService(branch).override("dev_posting_workdays", 4, "本地规定公示4个工作日（测试）")
    svc.record(pid, StepInput(13, date(2024, 6, 5), posted_from=date(2024, 6, 4), posted_to=date(2024, 6, 10)), TODAY)
    svc.record(pid, StepInput(14, date(2024, 6, 6)), TODAY)
    refused(svc, pid, StepInput(15, date(2024, 6, 10)), "done_on", "公示期满后")
    posting = svc.get(pid).first(13)
    assert posting is not None and posting.workdays == 4


def test_dev_superior_approval_within_three_months_six_at_most(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 16)
    lim = next(x for x in svc.limits(svc.get(pid)) if x.step == 17)
    assert lim.due == date(2024, 9, 20) and lim.state(date(2024, 9, 21)) == "overdue"
    refused(svc, pid, StepInput(17, date(2024, 12, 21)), "done_on", "超过6个月")
    refused(svc, pid, StepInput(17, date(2024, 10, 8)), "detail", "超过3个月")
    svc.record(pid, StepInput(17, date(2024, 10, 8), detail="党委换届，延后审批"), TODAY)
    assert next(x for x in svc.limits(svc.get(pid)) if x.step == 17).state(TODAY) == "late"


def test_dev_probation_one_year_and_the_meeting_after_it(branch: Workspace) -> None:
    assert probation_end(date(2024, 2, 29)) == date(2025, 2, 28)
    assert probation_end(date(2024, 6, 20), extension=6) == date(2025, 12, 20)
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 22)
    lim = next(x for x in svc.limits(svc.get(pid)) if x.step == 23)
    assert lim.due == date(2025, 6, 20) and lim.state(date(2025, 6, 1)) == "waiting" and lim.state(TODAY) == "open"
    refused(svc, pid, StepInput(23, date(2025, 6, 19), result=TURN_FULL), "done_on", "届满后方可")


def test_dev_extension_once_by_6_to_12_months(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 22)
    refused(svc, pid, StepInput(23, date(2025, 6, 20), result=EXTEND, months=3), "months", "不少于6个月")
    refused(svc, pid, StepInput(23, date(2025, 6, 20), result=EXTEND, months=13), "months", "不超过12")
    decided(svc, pid, StepInput(23, date(2025, 6, 20), result=EXTEND, months=6, detail="需继续考察"))
    svc.record(pid, StepInput(24, date(2025, 7, 10)), TODAY)
    p = svc.get(pid)
    assert p.extension_months == 6 and p.probation_end() == date(2025, 12, 20) and not p.outcome
    member = RosterService(branch).get(p.member_id)  # type: ignore[arg-type]
    assert member.status == "预备党员" and "延长预备期6个月" in RosterService(branch).history(member.id)[-1].detail
    assert next(x for x in svc.limits(p) if x.step == 23).due == date(2025, 12, 20)
    svc.record(pid, StepInput(22, date(2025, 12, 10)), TODAY)
    refused(svc, pid, StepInput(23, date(2025, 12, 19), result=TURN_FULL), "done_on", "2025-12-20届满")
    refused(svc, pid, StepInput(23, date(2025, 12, 22), result=EXTEND, months=6), "result", "只能延长一次")
    decided(svc, pid, StepInput(23, date(2025, 12, 22), result=TURN_FULL))
    svc.record(pid, StepInput(24, date(2026, 1, 15)), TODAY)
    p = svc.get(pid)
    member = RosterService(branch).get(p.member_id)  # type: ignore[arg-type]
    assert (member.status, member.full_date, p.outcome) == ("正式党员", date(2025, 12, 20), "转正")


def test_dev_cancellation_takes_the_person_off_the_roster(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 22)
    refused(svc, pid, StepInput(23, date(2025, 6, 20), result=CANCEL), "detail", "写明理由")
    decided(svc, pid, StepInput(23, date(2025, 6, 20), result=CANCEL, detail="预备期内不履行党员义务"))
    svc.record(pid, StepInput(24, date(2025, 7, 10)), TODAY)
    p = svc.get(pid)
    member = RosterService(branch).get(p.member_id)  # type: ignore[arg-type]
    assert (p.outcome, member.left_on, member.left_kind) == (CANCEL, date(2025, 7, 10), "取消预备党员资格")
    assert all(x.id != member.id for x in RosterService(branch).list_members())
    refused(svc, pid, StepInput(22, date(2025, 8, 1)), "step", "取消预备党员资格")
    svc.record(pid, StepInput(25, date(2025, 8, 1)), TODAY)  # the file is still archived


def test_dev_stop_before_admission_and_take_back_a_mistyped_step(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 3)
    wrong = svc.get(pid).last(3)
    assert wrong is not None
    with pytest.raises(UserError, match="最后记录"):
        svc.delete_step(svc.get(pid).first(2).id)  # type: ignore[union-attr]
    svc.delete_step(wrong.id)
    assert 3 not in svc.get(pid).done
    svc.stop(pid, date(2023, 5, 1), "本人撤回入党申请", TODAY)
    refused(svc, pid, StepInput(3, date(2023, 5, 2)), "step", "终止")
    assert svc.get(pid).role == "终止"


def test_dev_meeting_that_decided_must_be_of_the_right_kind_and_date(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    ms = MeetingService(branch)
    on = date(2024, 6, 20)
    due = ms.due_members("general", on)
    from models.services.meetings import MotionInput

    meeting = ms.create(MeetingInput(kind="general", held_on=on, title="讨论接收预备党员", host="张三", recorder="李四",
                                     attendance=[AttendanceEntry(d.member_id, "present") for d in due],
                                     motions=[MotionInput("接收周晓雨为中共预备党员", 3, 0, 0)]), today=TODAY).row.id
    pid = person(svc)
    walk(svc, pid, m, 14)
    assert [x[0] for x in svc.meetings(15)] == [meeting]
    refused(svc, pid, StepInput(15, date(2024, 6, 21), meeting_id=meeting), "done_on", "会议的日期2024-06-20")
    refused(svc, pid, StepInput(3, on, meeting_id=meeting), "step", "已记录")
    row = svc.record(pid, StepInput(15, on, meeting_id=meeting), TODAY)
    assert "支部党员大会" in row.meeting


def test_dev_yearly_rosters_and_deadlines(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    full = person(svc)
    walk(svc, full, m, 25)
    waiting = person(svc, applied=date(2026, 11, 1))
    rosters = svc.rosters(2024)
    assert [p.id for p in rosters["新发展党员"]] == [full] and [p.id for p in rosters["发展对象"]] == [full]
    assert [p.id for p in svc.rosters(2025)["预备党员转正"]] == [full]
    assert [p.id for p in svc.rosters(2026)["入党申请人"]] == [waiting]
    deadlines = svc.deadlines(TODAY)
    assert [(d.person_id, d.limit.step, d.state) for d in deadlines] == [(waiting, 2, "soon")]


def test_dev_person_details_are_checked(branch: Workspace) -> None:
    svc = DevelopmentService(branch)
    with pytest.raises(ValidationError) as e:
        svc.add(PersonInput(name="", gender="X"), today=TODAY)
    assert {i.field for i in e.value.issues} >= {"name", "gender", "birth_date"}
    pid = person(svc)
    p = svc.get(pid)
    svc.update(pid, replace(p.input, job="工程师"), p.version, TODAY)
    assert svc.get(pid).input.job == "工程师"
    with pytest.raises(UserError, match="别处"):
        svc.update(pid, p.input, p.version, TODAY)


# ---- printed -------------------------------------------------------------------------------------------------------
def test_dev_full_process_record_and_rosters_read_back(demo_ws: Workspace, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from reports.development import render_development_record, render_development_rosters

    svc = DevelopmentService(demo_ws)
    people = svc.list_people()
    full = next(p for p in people if p.outcome == "转正")
    out = tmp_path / "rec.pdf"
    render_development_record(demo_ws, full.id, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "发展党员全程纪实表" in text and full.name in text and "材料归档" in text and "上级党委审批" in text
    render_development_rosters(demo_ws, date.today().year, out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "入党积极分子" in text and "发展对象" in text and all(p.name in text for p in people if not p.outcome)


def test_dev_next_steps_follow_the_order(branch: Workspace) -> None:
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    assert svc.next_steps(svc.get(pid)) == [2]
    walk(svc, pid, m, 3)
    assert svc.next_steps(svc.get(pid)) == [4, 5, 6]
    walk(svc, pid, m, 6, skip=(1, 2, 3))
    assert svc.next_steps(svc.get(pid))[0] == 7 and 6 in svc.next_steps(svc.get(pid))  # more assessments allowed
    walk(svc, pid, m, 25, skip=tuple(range(1, 7)))
    assert svc.next_steps(svc.get(pid)) == []


def test_dev_limits_across_the_year_end(branch: Workspace) -> None:
    """A December application's talk is due in January; a posting over New Year counts 1–3 January 2026 as
    holidays and Sunday 4 January as a make-up workday."""
    svc = DevelopmentService(branch)
    pid = person(svc, applied=date(2025, 12, 15))
    talk = next(x for x in svc.limits(svc.get(pid)) if x.step == 2)
    assert talk.due == date(2026, 1, 15) and talk.state(date(2026, 1, 15)) == "soon"
    assert talk.state(date(2026, 1, 16)) == "overdue"
    c = count_workdays(date(2025, 12, 31), date(2026, 1, 5))
    assert (c.days, c.official) == (3, True)  # 31 Dec, 4 Jan (make-up), 5 Jan


def test_party_constitution_article_1_a_leap_day_birth_turns_18_on_1_march_in_roster_and_recruitment(
        branch: Workspace) -> None:
    """党章第一条 (年满十八岁): born 29 February 2008, one is 18 on 1 March 2026 — the roster's 入党 check and the
    recruitment's application check give the same answer (one allowed 28 February, the other refused it)."""
    from models.rules.roster import normalise, validate_member

    born = date(2008, 2, 29)

    def roster_ok(joined: date) -> bool:
        m = normalise(MemberInput(name="闰日生", gender="女", birth_date=born, join_date=joined, status="预备党员",
                                  category="学生"))
        return not any(e.field == "join_date" for e in validate_member(m, TODAY)[0])

    svc = DevelopmentService(branch)
    with pytest.raises(ValidationError, match="18周岁"):
        svc.add(PersonInput(name="闰日生", gender="女", birth_date=born), applied_on=date(2026, 2, 28), today=TODAY)
    assert not roster_ok(date(2026, 2, 28))
    svc.add(PersonInput(name="闰日生", gender="女", birth_date=born), applied_on=date(2026, 3, 1), today=TODAY)
    assert roster_ok(date(2026, 3, 1))


def test_dev_admission_and_full_membership_need_a_quorate_meeting_whose_vote_on_the_person_passed(
        branch: Workspace) -> None:
    """《支部工作条例》第十一条、《发展党员工作细则》第二十条: 表决必须有半数以上有表决权的党员到会方可进行，赞成人数超过
    应到会有表决权的党员的半数为通过. The branch has 3 voting members (张三, 李四, 王五)."""
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 14)
    on = date(2024, 6, 20)
    refused(svc, pid, StepInput(15, on), "meeting_id", "请选择讨论周晓雨接收预备党员的支部党员大会")
    # 1 of 3 voting members present: the meeting the program itself marks as without quorum
    refused(svc, pid, StepInput(15, on, meeting_id=vote(branch, on, "接收周晓雨为中共预备党员", present=1)),
            "meeting_id", "不符合召开条件")
    refused(svc, pid, StepInput(15, on, meeting_id=vote(branch, on, "接收王小明为中共预备党员")), "meeting_id",
            "没有关于周晓雨的一项")
    # all 3 present, 2 of 3 would pass, but 1 yes of 3 due is not more than half
    refused(svc, pid, StepInput(15, on, meeting_id=vote(branch, on, "接收周晓雨为中共预备党员", yes=1)),
            "meeting_id", "未超过应到会有表决权党员3人的半数")
    # 2 present of 3 is a quorum; 2 yes of 3 due passes (the base is those due, not those present)
    svc.record(pid, StepInput(15, on, meeting_id=vote(branch, on, "接收周晓雨为中共预备党员", present=2)), TODAY)
    walk(svc, pid, m, 22, skip=tuple(range(1, 16)))
    later = date(2025, 6, 20)
    refused(svc, pid, StepInput(23, later, result=TURN_FULL, meeting_id=vote(branch, later, "周晓雨按期转正", present=1)),
            "meeting_id", "不符合召开条件")
    decided(svc, pid, StepInput(23, later, result=TURN_FULL))
    assert 23 in svc.get(pid).done


def test_dev_rules_article_19_leaving_within_three_months_of_the_admitting_meeting_is_warned(branch: Workspace) -> None:
    """《发展党员工作细则》第十九条: a candidate who will leave the workplace within three months is generally not
    admitted — the planned leaving date is recorded, the 工作台 warns, and recording step 15 says so."""
    svc, m = DevelopmentService(branch), ids(branch)
    pid = person(svc)
    walk(svc, pid, m, 13)
    p = svc.get(pid)
    svc.update(pid, replace(p.input, leaving_on=date(2024, 8, 31)), p.version, today=TODAY)
    assert svc.get(pid).input.leaving_on == date(2024, 8, 31)
    warned = [d for d in svc.deadlines(date(2024, 6, 10)) if d.person_id == pid and "第十九条" in d.limit.source]
    assert warned and "一般不办理接收预备党员" in warned[0].limit.what
    walk(svc, pid, m, 14, skip=tuple(range(1, 14)))
    row = decided(svc, pid, StepInput(15, date(2024, 6, 20)))
    assert "第十九条" in row.warning  # type: ignore[attr-defined]
    far = person(svc)
    assert not [d for d in svc.deadlines(date(2024, 6, 10)) if d.person_id == far and "第十九条" in d.limit.source]


def test_dev_step_checks_are_pure_rules_with_the_steps_source() -> None:
    """The step checks live beside the steps (models/rules/development.py), read any record with the steps' shape,
    and every refusal carries the article it rests on."""
    from dataclasses import dataclass, field

    from models.rules.development import check_step

    @dataclass
    class Done:
        step: int
        done_on: date
        result: str = ""
        posted_to: date | None = None

    @dataclass
    class Born:
        birth_date: date | None = date(1998, 3, 1)

    @dataclass
    class Person:
        steps: list[Done]
        name: str = "王五"
        input: Born = field(default_factory=Born)
        outcome: str = ""
        outcome_on: date | None = None
        extension_months: int = 0

        @property
        def done(self) -> set[int]:
            return {s.step for s in self.steps}

        def first(self, n: int) -> Done | None:
            return next((s for s in self.steps if s.step == n), None)

        def last(self, n: int) -> Done | None:
            return next((s for s in reversed(self.steps) if s.step == n), None)

        def on(self, n: int) -> date | None:
            s = self.first(n)
            return s.done_on if s else None

        def probation_end(self, months: int = 12) -> date | None:
            return None

    std = {"dev_posting_workdays": 5}
    person = Person([Done(n, date(2026, 9, 1)) for n in range(1, 13)])
    posting = StepInput(13, date(2026, 10, 9), posted_from=date(2026, 9, 29), posted_to=date(2026, 10, 9))
    issues = check_step(person, STEPS[13], posting, date(2026, 11, 30), std)
    assert [i.field for i in issues] == ["posted_to"] and "只有4个工作日" in issues[0].message
    assert issues[0].source == STEPS[13].source and "发展党员工作细则" in issues[0].source and not issues[0].ok
    early = check_step(person, STEPS[13], replace(posting, done_on=date(2026, 8, 1)), date(2026, 11, 30), std)
    assert any(i.field == "done_on" and "早于第12步" in i.message for i in early)


def test_dev_limit_words_are_the_same_in_the_window_the_list_and_the_record(branch: Workspace) -> None:
    from models.rules.development import LIMIT_WORDS, limit_word
    from ui.development_page import StepsModel

    lim = Limit(2, "谈话", date(2026, 12, 1))
    assert lim.words(date(2026, 11, 20)) == "谈话：不晚于2026-12-01（即将到期）"
    steps = StepsModel()
    steps.today = date(2026, 11, 20)
    steps.show(None, [lim], {})
    assert steps.index(1, 5).data() == "不晚于2026-12-01（即将到期）"  # the window's list says the same
    assert limit_word("overdue") == LIMIT_WORDS["overdue"][0] == "已逾期"
    assert Limit(7, "确定发展对象", date(2026, 12, 1), not_before=True, done_on=date(2026, 11, 1)).words(
        date(2026, 12, 5), short=True) == "不早于2026-12-01（早于期限）"


def test_dev_the_english_window_names_steps_stages_roles_and_limits_in_english(branch: Workspace) -> None:
    """One language at a time: the English window showed “1. 递交入党申请书”, “入党积极分子” and “不晚于…（已逾期）”."""
    from models.i18n import set_language, term
    from models.rules.development import STEP_EN, STEPS, stage_name, step_name

    set_language("en")
    try:
        assert set(STEP_EN) == set(STEPS)
        names = [step_name(n) for n in STEPS] + [stage_name(n) for n in range(1, 6)] + [term("入党积极分子")]
        assert not [x for x in names if re.search(r"[\u3400-\u9fff]", x)]
        assert Limit(2, "talk", date(2026, 12, 1)).words(date(2026, 12, 5)) == "talk: by 2026-12-01 (overdue)"
    finally:
        set_language("zh_CN")
    assert step_name(1) == "递交入党申请书" and term("发展对象") == "发展对象"


def test_dev_a_refused_limit_cites_the_standard_it_applies_or_the_branchs_own_rule(branch: Workspace) -> None:
    """A refusal names where its limit comes from: the article of 《中国共产党发展党员工作细则》 in force, or, where
    the branch has its own rule (本地规定), that rule and its reason."""
    svc = DevelopmentService(branch)
    pid = person(svc)
    for st in plan(ids(branch))[:3]:  # the talk, made an activist, reported
        svc.record(pid, st, today=TODAY)
    no_contacts = StepInput(5, date(2023, 4, 15), member_ids=[])
    with pytest.raises(ValidationError) as refused:
        svc.record(pid, no_contacts, today=TODAY)
    [issue] = [i for i in refused.value.issues if i.field == "member_ids"]
    assert "第二章第九条" in issue.source and "1至2名" in issue.message
    StandardsService(branch).override("dev_contacts", [2, 2], "本支部规定培养联系人为两名")
    with pytest.raises(ValidationError) as again:
        svc.record(pid, no_contacts, today=TODAY)
    [issue] = [i for i in again.value.issues if i.field == "member_ids"]
    assert "本支部规定培养联系人为两名" in issue.source and "2至2名" in issue.message
