"""三会一课 (books 3–7): the rules with their articles, attendance from the roster on the day, draft → final →
amendment, the recycle bin, search, and the obligations of the 工作台."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.meetings import (
    count_attendance,
    general_quorum,
    longest_recent_misses,
    motion_passes,
    obligation_state,
    span,
    vote_problem,
)
from models.rules.periods import parse_period
from models.services.dto import MemberInput
from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService, MotionInput
from models.services.roster import RosterService
from models.services.standards import StandardsService

TODAY = date(2026, 11, 21)


# -- rules -------------------------------------------------------------------------------------------
def test_art11_general_meeting_needs_more_than_half_of_voting_members_due() -> None:
    five_of_ten = count_attendance([("present", True)] * 5 + [("absent", True)] * 5)
    six_of_ten = count_attendance([("present", True)] * 6 + [("leave", True)] * 4)
    assert not general_quorum(five_of_ten, 0.5, "").ok
    assert general_quorum(six_of_ten, 0.5, "").ok


def test_art11_probationary_members_do_not_count_towards_the_quorum() -> None:
    c = count_attendance([("present", True)] * 5 + [("absent", True)] * 5 + [("present", False)] * 4)
    assert (c.due_full, c.present_full, c.present) == (10, 5, 9)
    assert not general_quorum(c, 0.5, "").ok


def test_art11_motion_needs_yes_from_more_than_half_of_voting_members_due_not_present() -> None:
    # 20 voting members due, 12 present, 8 yes: a majority of those present, not of those due
    assert not motion_passes(8, 20, 0.5)
    assert not motion_passes(10, 20, 0.5)
    assert motion_passes(11, 20, 0.5)


def test_votes_cannot_exceed_voting_members_present() -> None:
    assert vote_problem(6, 3, 2, 10) is not None
    assert vote_problem(6, 3, 1, 10) is None
    assert vote_problem(-1, 0, 0, 10) is not None


def test_periods_month_quarter_year_and_states() -> None:
    q = span("quarter", TODAY)
    assert (q.start, q.end, q.label()) == (date(2026, 10, 1), date(2026, 12, 31), "2026年第4季度")
    assert q.previous().start == date(2026, 7, 1)
    assert span("month", date(2026, 2, 10)).end == date(2026, 2, 28)
    assert obligation_state(False, q, TODAY) == "due"
    assert obligation_state(False, q.previous(), TODAY) == "overdue"
    assert obligation_state(True, q.previous(), TODAY) == "done"


def test_missed_in_a_row_counts_back_from_the_latest_meeting() -> None:
    assert longest_recent_misses(["present", "absent", "leave", "absent"]) == 3
    assert longest_recent_misses(["absent", "absent", "present"]) == 0


# -- service -----------------------------------------------------------------------------------------
def general(svc: MeetingService, on: date, present: int | None = None, **kw: object) -> MeetingInput:
    due = svc.due_members("general", on)
    n = len(due) if present is None else present
    att = [AttendanceEntry(d.member_id, "present" if i < n else "absent") for i, d in enumerate(due)]
    base = dict(kind="general", held_on=on, starts="14:30", ends="16:00", place="会议室", host="书记", recorder="组织委员",
                title="支部党员大会", agenda="1. 审议工作计划", minutes="会议审议通过了年度工作计划。", attendance=att)
    base.update(kw)
    return MeetingInput(**base)  # type: ignore[arg-type]


def test_attendance_is_the_roster_as_it_stood_that_day(demo_ws: Workspace) -> None:
    roster = RosterService(demo_ws)
    svc = MeetingService(demo_ws)
    newest = max(roster.list_members(), key=lambda m: m.join_date or date.min)
    assert newest.join_date is not None
    before = {d.member_id for d in svc.due_members("general", newest.join_date - timedelta(days=1))}
    after = {d.member_id for d in svc.due_members("general", newest.join_date)}
    assert newest.id not in before and newest.id in after
    left = next(m for m in roster.list_members(include_left=True) if m.left_on)
    assert left.left_on is not None
    assert left.id in {d.member_id for d in svc.due_members("general", left.left_on - timedelta(days=1))}
    assert left.id not in {d.member_id for d in svc.due_members("general", left.left_on)}


def test_probationary_that_day_is_recorded_even_if_full_now(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    became_full = next(m for m in RosterService(demo_ws).list_members() if m.full_date and m.full_date > date(2024, 1, 1))
    assert became_full.full_date is not None
    day_before = became_full.full_date - timedelta(days=1)
    due = {d.member_id: d.full for d in svc.due_members("general", day_before)}
    assert due[became_full.id] is False


def test_committee_meeting_is_due_for_committee_members_and_needs_half(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    due = svc.due_members("committee", TODAY)
    assert len(due) == 5
    att = [AttendanceEntry(d.member_id, "present" if i < 2 else "leave", "出差") for i, d in enumerate(due)]
    m = svc.create(MeetingInput("committee", TODAY, title="研究工作", attendance=att), today=TODAY)
    assert m.counts.due == 5 and m.counts.present == 2
    assert not m.quorum.ok and "未超过半数" in m.quorum.message and "第十二条" in m.quorum.source


def test_general_meeting_records_votes_and_the_two_halves_rule(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    inp = general(svc, TODAY)
    due_full = sum(d.full for d in svc.due_members("general", TODAY))
    half = due_full // 2
    inp.motions = [MotionInput("通过年度计划", yes=half + 1, no=0, abstain=0), MotionInput("通过另一事项", yes=half, no=1)]
    m = svc.create(inp, today=TODAY)
    assert m.quorum.ok and "第十一条" in m.quorum.source
    assert [mo.passed for mo in m.motions] == [True, False]


def test_more_votes_than_voters_present_is_refused(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    inp = general(svc, TODAY, present=10)
    inp.motions = [MotionInput("事项", yes=10, no=1, abstain=0)]
    with pytest.raises(ValidationError, match="超过到会有表决权党员"):
        svc.create(inp, today=TODAY)


def test_unticked_members_are_absent_and_leave_needs_a_reason(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    due = svc.due_members("partyday", TODAY)
    with pytest.raises(ValidationError, match="请假：请填写事由"):
        svc.create(MeetingInput("partyday", TODAY, title="重温入党誓词",
                                attendance=[AttendanceEntry(due[0].member_id, "leave")]), today=TODAY)
    m = svc.create(MeetingInput("partyday", TODAY, title="重温入党誓词",
                                attendance=[AttendanceEntry(due[0].member_id, "present")]), today=TODAY)
    assert (m.counts.due, m.counts.present, m.counts.absent) == (len(due), 1, len(due) - 1)


def test_kind_specific_fields_and_times_are_checked(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    cases = [
        (MeetingInput("lesson", TODAY), {"lecturer", "title"}),
        (MeetingInput("group", TODAY), {"group_id"}),
        (MeetingInput("partyday", TODAY), {"title"}),
        (MeetingInput("general", TODAY + timedelta(days=1)), {"held_on"}),
        (MeetingInput("general", TODAY, starts="9:3", ends="08:00"), {"starts"}),
        (MeetingInput("general", TODAY, starts="15:00", ends="14:00"), {"ends"}),
    ]
    for inp, fields in cases:
        with pytest.raises(ValidationError) as e:
            svc.create(inp, today=TODAY)
        assert {i.field for i in e.value.issues} == fields, inp


def test_final_record_is_read_only_and_amendment_keeps_the_old_text(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    m = svc.create(general(svc, TODAY), today=TODAY)
    svc.finalise(m.row.id)
    changed = general(svc, TODAY, minutes="会议审议通过了年度工作计划和党费使用情况。")
    with pytest.raises(UserError, match="已定稿"):
        svc.update(m.row.id, changed, today=TODAY)
    with pytest.raises(ValidationError):
        svc.amend(m.row.id, changed, reason=" ", today=TODAY)
    after = svc.amend(m.row.id, changed, reason="漏记党费事项", today=TODAY)
    assert after.input.minutes.endswith("党费使用情况。") and after.row.state == "final"
    assert [a.reason for a in after.amendments] == ["漏记党费事项"]
    assert after.amendments[0].before["minutes"] == "会议审议通过了年度工作计划。"


def test_stale_edit_is_refused(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    m = svc.create(general(svc, TODAY), today=TODAY)
    svc.update(m.row.id, general(svc, TODAY, place="A"), expected_version=m.version, today=TODAY)
    with pytest.raises(UserError, match="别处"):
        svc.update(m.row.id, general(svc, TODAY, place="B"), expected_version=m.version, today=TODAY)


def test_deleting_goes_to_the_recycle_bin_and_can_be_undone(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    m = svc.create(general(svc, TODAY), today=TODAY)
    svc.delete(m.row.id)
    assert m.row.id not in {r.id for r in svc.list_meetings()}
    assert m.row.id in {r.id for r in svc.list_meetings(deleted=True)}
    svc.restore(m.row.id)
    assert m.row.id in {r.id for r in svc.list_meetings()}


def test_attachments_are_stored_by_content(demo_ws: Workspace, tmp_path: Path) -> None:
    svc = MeetingService(demo_ws)
    m = svc.create(general(svc, TODAY), today=TODAY)
    f = tmp_path / "签到表.jpg"
    f.write_bytes(b"scan")
    svc.attach(m.row.id, f)
    svc.attach(m.row.id, f)  # the same file twice is one attachment
    assert [(a.name, a.size) for a in svc.get(m.row.id).attachments] == [("签到表.jpg", 4)]


def test_search_four_and_two_character_chinese_terms(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    inp = general(svc, TODAY, minutes="会议专题研究了乡村振兴帮扶项目，决定成立帮扶小组。")
    m = svc.create(inp, today=TODAY)
    four = svc.search("乡村振兴")
    assert [h.row.id for h in four] == [m.row.id] and "【乡村振兴】" in four[0].snippet
    two = svc.search("帮扶")
    assert m.row.id in {h.row.id for h in two} and "【帮扶】" in next(h for h in two if h.row.id == m.row.id).snippet
    assert svc.search("乡村振兴", kinds=("committee",)) == []
    assert svc.search("乡村振兴", period=parse_period("2025")) == []
    svc.delete(m.row.id)
    assert svc.search("乡村振兴") == []


def test_search_index_follows_amendments(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    m = svc.create(general(svc, TODAY, minutes="讨论了旧的事项安排。"), today=TODAY)
    svc.finalise(m.row.id)
    svc.amend(m.row.id, general(svc, TODAY, minutes="讨论了新的事项安排。"), reason="记错", today=TODAY)
    assert svc.search("旧的事项") == [] and len(svc.search("新的事项")) == 1


def test_obligations_per_period_and_group(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    today = date.today()
    obs = svc.obligations(today)
    kinds = {o.kind for o in obs}
    assert kinds == {"general", "committee", "group", "lesson", "partyday", "orglife"}
    groups = [o for o in obs if o.kind == "group" and o.span == span("month", today)]
    assert len(groups) == 3  # one per party group
    # the demo skipped last quarter's general meeting
    last_q = next(o for o in obs if o.kind == "general" and o.span == span("quarter", today).previous())
    assert last_q.state == "overdue" and "第十一条" in last_q.source
    # recording it now makes it done
    on = span("quarter", today).previous().end
    m = svc.create(general(svc, on), today=today)
    again = next(o for o in svc.obligations(today) if o.key == last_q.key)
    assert again.state == "done" and again.meeting_ids == (m.row.id,)


def test_frequencies_are_configurable_and_the_override_is_recorded(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    std = StandardsService(demo_ws)
    with pytest.raises(ValidationError):
        std.override("meeting_every_lesson", "month", "")
    std.override("meeting_every_lesson", "month", "本市规定：党课每月一次")
    force = std.in_force()["meeting_every_lesson"]
    assert force.overridden and force.reason == "本市规定：党课每月一次" and "第五章" in force.standard.source
    lessons = [o for o in svc.obligations(date.today()) if o.kind == "lesson"]
    assert {o.span.every for o in lessons} == {"month"}
    std.reset("meeting_every_lesson")
    assert not std.in_force()["meeting_every_lesson"].overridden


def test_status_for_a_whole_year_lists_every_month(demo_ws: Workspace) -> None:
    obs = MeetingService(demo_ws).obligations(date(2026, 11, 21), periods="2025")
    assert len([o for o in obs if o.kind == "committee"]) == 12
    assert len([o for o in obs if o.kind == "general"]) == 4


def test_attendance_rates_and_members_who_missed_three_in_a_row(demo_ws: Workspace) -> None:
    svc = MeetingService(demo_ws)
    today = date.today()
    stats = svc.attendance_by_member(date(today.year, 1, 1), today)
    assert stats and all(0 <= a.rate <= 1 for a in stats)
    assert any(a.missed_in_a_row >= 3 for a in stats)  # the demo's member who stopped coming
    # a member who joined today has not missed anything
    RosterService(demo_ws).add(MemberInput(name="新党员", gender="女", birth_date=date(2000, 1, 1),
                                           join_date=today, status="预备党员"))
    assert "新党员" not in {a.name for a in svc.attendance_by_member(date(today.year, 1, 1), today)}


def test_a_final_meetings_quorum_and_votes_are_those_judged_at_finalisation(demo_ws: Workspace) -> None:
    """Final means frozen: the quorum and the vote results stored at 定稿 stay, even when the branch later records
    another value of the rule (a local share), which only judges drafts and later records."""
    from models.services.meetings import MotionInput
    from models.services.standards import StandardsService

    svc = MeetingService(demo_ws)
    due = svc.due_members("general", TODAY)
    full = sum(1 for d in due if d.full)
    m = svc.create(general(svc, TODAY, motions=[MotionInput("通过年度计划", full // 2 + 1, 0, 0)]), today=TODAY)
    assert m.quorum.ok and m.motions[0].passed
    final = svc.finalise(m.row.id)
    StandardsService(demo_ws).override("general_motion_share", 0.9, "测试：假设的本地规定")
    StandardsService(demo_ws).override("general_quorum_share", 0.99, "测试：假设的本地规定")
    kept = svc.get(m.row.id)
    assert kept.quorum == final.quorum and kept.motions[0].passed is True
    listed = next(r for r in svc.list_meetings() if r.id == m.row.id)
    assert listed.valid is True
    draft = svc.create(general(svc, TODAY, motions=[MotionInput("另一事项", full // 2 + 1, 0, 0)]), today=TODAY)
    assert draft.motions[0].passed is False  # a draft follows the rule as it now stands


def test_a_years_meetings_read_at_once_are_each_the_record_read_alone(demo_ws: Workspace, tmp_path: Path) -> None:
    """The yearly volume reads a year's meetings in one go: each must be exactly what the record's own dialog shows —
    the people due that day with their groups, motions, amendments and attachments — in the order asked for."""
    svc = MeetingService(demo_ws)
    amended = svc.create(general(svc, TODAY), today=TODAY)
    svc.finalise(amended.row.id)
    svc.amend(amended.row.id, general(svc, TODAY, minutes="会议审议通过了年度工作计划和党费使用情况。"),
              reason="漏记党费事项", today=TODAY)
    scan = tmp_path / "签到表.jpg"
    scan.write_bytes(b"scan")
    svc.attach(amended.row.id, scan)
    gone = svc.create(general(svc, TODAY, place="会议室"), today=TODAY)
    svc.delete(gone.row.id)  # a record in the recycle bin is still read (its dialog opens from the bin)
    ids = [r.id for r in svc.list_meetings()][::-1] + [gone.row.id]
    assert len(ids) > 20
    together = svc.details(ids)
    assert together == [svc.get(i) for i in ids]
    assert [d.row.id for d in together] == ids
    one = together[ids.index(amended.row.id)]
    assert [a.reason for a in one.amendments] == ["漏记党费事项"] and [a.name for a in one.attachments] == ["签到表.jpg"]
    assert any(a.group for a in one.attendance)
    with pytest.raises(UserError, match="会议记录"):
        svc.details([ids[0], 999_999])
