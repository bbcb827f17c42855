"""Book 1's committee terms and book 8's organisational life meeting: rules with their sources, the history the
quorum of past meetings relies on, the remediation list and the 工作台 reminders."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.services.committee import CommitteeService, SeatInput, TermInput
from models.services.dto import BranchProfile, MemberInput
from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService
from models.services.orglife import DONE, IN_PROGRESS, ONGOING, ItemInput, OrgLifeService, ProblemInput
from models.services.profile import ProfileService
from models.services.reminders import reminders
from models.services.roster import RosterService
from models.services.talks import TalkInput, TalkService

TODAY = date(2026, 11, 20)


def _branch(ws: Workspace, full: int, probationary: int = 0, branch_type: str = "机关") -> list[int]:
    ProfileService(ws).save(BranchProfile("测试支部", branch_type, "测试党委", "T01"))
    roster = RosterService(ws)
    ids = []
    for i in range(full + probationary):
        prob = i >= full
        ids.append(roster.add(MemberInput(
            name=f"党员{chr(0x4e00 + i * 7)}{chr(0x4e01 + i)}", gender="男", birth_date=date(1980, 1, 1) + timedelta(days=i),
            join_date=date(2025, 6, 1) if prob else date(2010, 1, 1), full_date=None if prob else date(2011, 1, 1),
            status="预备党员" if prob else "正式党员", group="第一党小组"), TODAY).id)
    return ids


def _seats(ids: list[int], roles: list[str]) -> list[SeatInput]:
    return [SeatInput(i, r) for i, r in zip(ids, roles, strict=False)]


FIVE = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"]


def test_committee_term_years_3_or_5_for_village_and_community_branches(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    t = CommitteeService(ws).elect(TermInput(date(2024, 3, 1), _seats(ids, FIVE)), TODAY)
    assert t.term_years == 3 and t.ends_on == date(2027, 3, 1)
    ProfileService(ws).save(BranchProfile("测试村支部", "农村", "测试镇党委", "T01"))
    t2 = CommitteeService(ws).elect(TermInput(date(2025, 3, 1), _seats(ids, FIVE)), TODAY)
    assert t2.term_years == 5 and t2.ends_on == date(2030, 3, 1)


def test_committee_election_remind_months_ahead_then_overdue(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    svc = CommitteeService(ws)
    assert svc.election_due(TODAY).state == "none"
    svc.elect(TermInput(date(2023, 12, 1), _seats(ids, FIVE)), TODAY)  # ends 2026-12-01
    assert svc.election_due(date(2026, 5, 31)).state == "ok"
    assert svc.election_due(date(2026, 6, 1)).state == "soon"
    assert svc.election_due(date(2026, 12, 1)).state == "overdue"
    due = [r for r in reminders(ws, TODAY) if r.kind == "election"]
    assert due and due[0].book == 1 and "2026-12-01" in due[0].message and "第六章" in due[0].source


def test_committee_min_full_members_else_secretary_and_deputy_only(ws: Workspace) -> None:
    ids = _branch(ws, 6)
    svc = CommitteeService(ws)
    with pytest.raises(ValidationError, match="不设支部委员会"):
        svc.elect(TermInput(date(2024, 3, 1), _seats(ids, FIVE[:3])), TODAY)
    t = svc.elect(TermInput(date(2024, 3, 1), _seats(ids, ["书记", "副书记"])), TODAY)
    assert [s.role for s in t.seats] == ["书记", "副书记"]


def test_committee_size_3_to_7_members(ws: Workspace) -> None:
    ids = _branch(ws, 12)
    svc = CommitteeService(ws)
    roles = FIVE + ["青年委员", "统战委员", "委员"]
    with pytest.raises(ValidationError, match="3至7人"):
        svc.elect(TermInput(date(2024, 3, 1), _seats(ids, roles)), TODAY)
    with pytest.raises(ValidationError, match="3至7人"):
        svc.elect(TermInput(date(2024, 3, 1), _seats(ids, ["书记", "组织委员"])), TODAY)


def test_committee_exactly_one_secretary_and_no_member_twice(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    svc = CommitteeService(ws)
    with pytest.raises(ValidationError, match="只有1名书记"):
        svc.elect(TermInput(date(2024, 3, 1), _seats(ids, ["副书记", "组织委员", "宣传委员"])), TODAY)
    with pytest.raises(ValidationError, match="登记了两次"):
        svc.elect(TermInput(date(2024, 3, 1), [SeatInput(ids[0], "书记"), SeatInput(ids[0], "组织委员"),
                                               SeatInput(ids[1], "宣传委员")]), TODAY)


def test_probationary_member_cannot_be_elected_party_constitution_article_7(ws: Workspace) -> None:
    ids = _branch(ws, 8, probationary=1)
    with pytest.raises(ValidationError, match="没有被选举权"):
        CommitteeService(ws).elect(TermInput(date(2026, 3, 1), _seats([ids[-1], *ids[:4]], FIVE)), TODAY)


def test_committee_on_a_past_day_gives_the_quorum_of_that_days_meeting(ws: Workspace) -> None:
    """A committee member replaced in the term: a 支委会 before the change expects the old member, after it
    the new one — not whoever holds the post today."""
    ids = _branch(ws, 9)
    svc = CommitteeService(ws)
    svc.elect(TermInput(date(2025, 3, 1), _seats(ids, FIVE)), TODAY)
    svc.change_seat(ids[4], "", date(2026, 6, 1), "调离本单位")
    svc.change_seat(ids[7], "纪检委员", date(2026, 6, 15), "补选")
    meetings = MeetingService(ws)
    before = {d.member_id for d in meetings.due_members("committee", date(2026, 5, 20))}
    after = {d.member_id for d in meetings.due_members("committee", date(2026, 7, 1))}
    assert ids[4] in before and ids[7] not in before
    assert ids[7] in after and ids[4] not in after
    roster = {m.id: m.committee_role for m in RosterService(ws).list_members()}
    assert roster[ids[4]] == "" and roster[ids[7]] == "纪检委员"


def test_roster_post_change_and_leaving_follow_into_the_term_history(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    svc = CommitteeService(ws)
    svc.elect(TermInput(date(2025, 3, 1), _seats(ids, FIVE)), TODAY)
    roster = RosterService(ws)
    row = roster.get(ids[3])
    m = MemberInput(**{k: getattr(row, k) for k in MemberInput.__dataclass_fields__ if hasattr(row, k)})
    m.committee_role = "青年委员"
    roster.update(ids[3], m)
    roster.leave(ids[4], "去世", date(2026, 8, 1), "因病去世", TODAY)
    seats = svc.terms()[-1].seats
    mine = [s for s in seats if s.member_id == ids[3]]
    assert [s.role for s in mine] == ["宣传委员", "青年委员"] and mine[0].to_on is not None
    gone = [s for s in seats if s.member_id == ids[4]]
    assert gone[0].to_on == date(2026, 8, 1)


def test_taking_back_a_term_reopens_the_previous_and_undo_restores(ws: Workspace) -> None:
    ids = _branch(ws, 8)
    svc = CommitteeService(ws)
    svc.elect(TermInput(date(2022, 3, 1), _seats(ids, FIVE)), TODAY)
    svc.elect(TermInput(date(2025, 3, 1), _seats(ids[3:], FIVE)), TODAY)
    assert RosterService(ws).get(ids[0]).committee_role == ""
    svc.delete_latest()
    assert RosterService(ws).get(ids[0]).committee_role == "书记" and len(svc.terms()) == 1
    svc.restore_latest()
    assert RosterService(ws).get(ids[3]).committee_role == "书记" and len(svc.terms()) == 2
    with pytest.raises(ValidationError, match="应晚于上一届"):
        svc.elect(TermInput(date(2024, 1, 1), _seats(ids, FIVE)), TODAY)


# -- book 8 ----------------------------------------------------------------------------------------------------
def _orglife(ws: Workspace, ids: list[int], on: date = date(2025, 12, 20), absent: int | None = None) -> int:
    att = [AttendanceEntry(i, "absent" if i == absent else "present") for i in ids]
    d = MeetingService(ws).create(MeetingInput("orglife", on, title="年度组织生活会", minutes="开展批评与自我批评",
                                               attendance=att), TODAY)
    return d.row.id


def test_orglife_every_member_present_gives_a_self_criticism(ws: Workspace) -> None:
    ids = _branch(ws, 4)
    mid = _orglife(ws, ids, absent=ids[3])
    svc = OrgLifeService(ws)
    assert [s.member_id for s in svc.speeches(mid)] == sorted(ids[:3], key=lambda i: RosterService(ws).get(i).name_pinyin)
    with pytest.raises(ValidationError, match="未出席"):
        svc.set_speech(mid, ids[3], "学习不够")
    with pytest.raises(ValidationError, match="自我批评：必填"):
        svc.set_speech(mid, ids[0], "  ")
    svc.set_speech(mid, ids[0], "理论学习不够深入", "要多发言", "加强学习")
    check = next(c for c in svc.record(mid, TODAY).checks if c.key == "orglife_every_member_speaks")
    assert not check.ok and "2名参会党员尚未记录自我批评" in check.message and "第十七条" in check.source
    for i in ids[1:3]:
        svc.set_speech(mid, i, "工作标准不够高")
    assert next(c for c in svc.record(mid, TODAY).checks if c.key == "orglife_every_member_speaks").ok


def test_orglife_preparation_counts_talks_in_the_days_before(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    mid = _orglife(ws, ids)
    talks = TalkService(ws)
    talks.add(TalkInput(date(2025, 11, 30), "书记", ids[0], "会前谈心"), TODAY)
    talks.add(TalkInput(date(2025, 6, 1), "书记", ids[1], "年中谈心"), TODAY)  # too early to count
    svc = OrgLifeService(ws)
    svc.add_problem(mid, ProblemInput("学习不够系统", "群众"))
    prep = svc.preparation(mid)
    assert len(prep.talks) == 1 and len(prep.not_talked) == 2 and prep.window_days == 60
    assert [p.text for p in prep.problems] == ["学习不够系统"]
    with pytest.raises(ValidationError, match="必填"):
        svc.add_problem(mid, ProblemInput(" "))


def test_remediation_item_needs_measure_owner_and_deadline(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    mid = _orglife(ws, ids)
    svc = OrgLifeService(ws)
    with pytest.raises(ValidationError) as e:
        svc.add_item(ItemInput("学习不够", "", None, meeting_id=mid), TODAY)
    fields = {i.field for i in e.value.issues}
    assert {"measure", "owner", "deadline"} <= fields
    with pytest.raises(ValidationError, match="不能早于会议日期"):
        svc.add_item(ItemInput("学习不够", "每月学习", date(2025, 12, 1), ids[0], meeting_id=mid), TODAY)
    ongoing = svc.add_item(ItemInput("作风建设", "长期坚持", None, owner="支部委员会", meeting_id=mid, progress=ONGOING), TODAY)
    assert ongoing.year == 2025 and ongoing.owner == "支部委员会"


def test_remediation_items_tracked_to_done_and_overdue_on_the_workbench(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    mid = _orglife(ws, ids)
    svc = OrgLifeService(ws)
    item = svc.add_item(ItemInput("学习不够", "每月学习", date(2026, 3, 31), ids[0], meeting_id=mid), TODAY)
    assert item.owner == RosterService(ws).get(ids[0]).name and item.progress == IN_PROGRESS
    assert [x.id for x in svc.overdue(TODAY)] == [item.id]
    assert [r.ref_id for r in reminders(ws, TODAY) if r.kind == "remediation"] == [item.id]
    with pytest.raises(ValidationError, match="整改结果"):
        svc.complete(item.id, date(2026, 4, 2), "", TODAY)
    done = svc.complete(item.id, date(2026, 4, 2), "已建立学习台账", TODAY)
    assert done.progress == DONE and not svc.overdue(TODAY)
    check = next(c for c in svc.record(mid, TODAY).checks if c.key == "orglife_remediation_required")
    assert check.ok and "已完成1项" in check.message
    svc.delete_item(item.id)
    assert not svc.items(2025) and svc.items(2025, deleted=True)
    svc.restore_item(item.id)
    assert svc.items(meeting_id=mid)


def test_orglife_record_refuses_a_meeting_of_another_kind(ws: Workspace) -> None:
    ids = _branch(ws, 3)
    d = MeetingService(ws).create(MeetingInput("partyday", date(2025, 12, 25), title="主题党日",
                                               attendance=[AttendanceEntry(i) for i in ids]), TODAY)
    with pytest.raises(UserError, match="找不到该组织生活会"):
        OrgLifeService(ws).record(d.row.id, TODAY)
