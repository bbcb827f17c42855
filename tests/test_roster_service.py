"""The roster service: members are added, edited, leave and come back, always with history."""
from __future__ import annotations

from datetime import date

import pytest

from models.db import Workspace
from models.errors import UserError, ValidationError
from models.rules.idcard import check_digit
from models.services.dto import MemberInput
from models.services.roster import RosterService, structure_checks


def idn(body: str) -> str:
    return body + check_digit(body)


def member(name: str = "张三", body: str = "11010519800512001", **kw: object) -> MemberInput:
    base = dict(name=name, gender="男", id_number=idn(body), join_date=date(2003, 7, 1), full_date=date(2004, 7, 1),
                group="第一党小组")
    base.update(kw)
    return MemberInput(**base)  # type: ignore[arg-type]


def test_add_stores_pinyin_for_search_and_creates_the_group(ws: Workspace) -> None:
    r = RosterService(ws).add(member("张三丰"))
    assert (r.name_pinyin, r.name_initials, r.group) == ("zhang san feng", "zsf", "第一党小组")
    assert [g.name for g in RosterService(ws).groups()] == ["第一党小组"]


def test_same_id_number_twice_on_the_roster_is_refused(ws: Workspace) -> None:
    roster = RosterService(ws)
    roster.add(member())
    with pytest.raises(ValidationError) as e:
        roster.add(member("李四"))
    assert "与花名册中的“张三”相同" in str(e.value)


def test_edit_keeps_history_and_bumps_version(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member())
    r2 = roster.update(r.id, member(job="办公室主任"), expected_version=r.version)
    assert r2.version == r.version + 1 and r2.job == "办公室主任"
    kinds = [e.kind for e in roster.history(r.id)]
    assert kinds == ["登记", "修改"]
    assert "工作单位及职务" in roster.history(r.id)[-1].detail


def test_stale_edit_is_refused_rather_than_overwriting(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member())
    roster.update(r.id, member(job="A"), expected_version=r.version)
    with pytest.raises(UserError):
        roster.update(r.id, member(job="B"), expected_version=r.version)
    assert roster.get(r.id).job == "A"


def test_becoming_full_member_is_recorded(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member(status="预备党员", full_date=None, join_date=date(2025, 10, 1)))
    roster.update(r.id, member(status="正式党员", join_date=date(2025, 10, 1), full_date=date(2026, 10, 1)))
    assert "转正" in [e.kind for e in roster.history(r.id)]


def test_leaving_keeps_the_member_in_history_never_deleted(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member(committee_role="组织委员"))
    roster.leave(r.id, "转出", date(2026, 3, 1), "转至市局机关党支部", today=date(2026, 11, 21))
    assert roster.list_members() == []
    left = roster.list_members(include_left=True)[0]
    assert (left.left_kind, left.left_on, left.committee_role) == ("转出", date(2026, 3, 1), "")
    assert roster.history(r.id)[-1].detail == "转出：转至市局机关党支部"
    # the roster as it stood before the transfer still has the member
    assert [m.name for m in roster.list_members(on=date(2026, 2, 1))] == ["张三"]


def test_leaving_needs_a_reason_and_a_real_date(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member())
    with pytest.raises(ValidationError) as e:
        roster.leave(r.id, "转出", date(2099, 1, 1), " ")
    assert {i.field for i in e.value.issues} == {"left_on", "left_reason"}
    with pytest.raises(ValidationError):
        roster.leave(r.id, "转出", date(2000, 1, 1), "早于入党")


def test_undo_leaving_puts_the_member_back_with_a_note(ws: Workspace) -> None:
    roster = RosterService(ws)
    r = roster.add(member())
    roster.leave(r.id, "去世", date(2026, 1, 1), "误操作")
    roster.restore(r.id, "登记错误")
    assert [m.name for m in roster.list_members()] == ["张三"]
    assert roster.history(r.id)[-1].kind == "恢复"


def test_group_with_members_cannot_be_deleted(ws: Workspace) -> None:
    roster = RosterService(ws)
    roster.add(member())
    gid = roster.groups()[0].id
    with pytest.raises(UserError):
        roster.delete_group(gid)
    roster.add_group("第二党小组")
    roster.delete_group(roster.groups()[1].id)
    assert [g.name for g in roster.groups()] == ["第一党小组"]


def test_stats_count_the_four_things_to_know(demo_ws: Workspace) -> None:
    s = RosterService(demo_ws).stats()
    assert s.total == 35 and s.full + s.probationary == 35
    assert sum(c.count for c in s.by_group) == 35 and sum(c.count for c in s.by_age) == 35
    assert sum(c.count for c in s.by_education) == 35
    assert [c.label for c in s.by_group] == ["第一党小组", "第二党小组", "第三党小组"]


def test_branch_rules_art4_at_least_three_full_members() -> None:
    checks = {c.key: c for c in structure_checks(2, 2, [])}
    assert not checks["branch_min_full_members"].ok
    assert "第四条" in checks["branch_min_full_members"].source
    assert {c.key: c for c in structure_checks(3, 3, [])}["branch_min_full_members"].ok


def test_branch_rules_art4_at_most_fifty_members() -> None:
    assert not {c.key: c for c in structure_checks(51, 51, [])}["branch_max_members"].ok
    assert {c.key: c for c in structure_checks(50, 50, [])}["branch_max_members"].ok


def test_branch_rules_chapter6_committee_needed_from_seven_full_members(demo_ws: Workspace) -> None:
    rows = RosterService(demo_ws).list_members()
    no_committee = [r for r in rows if not r.committee_role]
    assert not {c.key: c for c in structure_checks(7, 7, no_committee)}["committee_min_full_members"].ok
    assert {c.key: c for c in structure_checks(6, 6, no_committee)}["committee_min_full_members"].ok
    assert {c.key: c for c in structure_checks(32, 35, rows)}["committee_min_full_members"].ok


def test_profile_term_is_five_years_for_village_branches_three_for_others() -> None:
    from models.services.profile import term_years

    assert term_years("农村") == 5 and term_years("社区") == 5 and term_years("机关") == 3


def test_profile_code_must_be_safe_for_file_names(ws: Workspace) -> None:
    from models.services.dto import BranchProfile
    from models.services.profile import ProfileService

    with pytest.raises(ValidationError) as e:
        ProfileService(ws).save(BranchProfile(name="一支部", superior="机关党委", code="一支部/01"))
    assert [i.field for i in e.value.issues] == ["code"]
    p = ProfileService(ws).save(BranchProfile(name="一支部", superior="机关党委", code="JG-01"))
    assert ProfileService(ws).get() == p
