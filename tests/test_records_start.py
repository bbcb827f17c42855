"""The branch's record-keeping start (启用日期): asked at set-up, changed only with a reason. Duties of periods that
ended before it are 启用前（未记录）, never 逾期; dues fall due from the later of joining and the start."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.db import Workspace
from models.errors import ValidationError
from models.services.dto import BranchProfile, MemberInput
from models.services.dues import AccountInput, DuesService
from models.services.obligations import all_obligations
from models.services.profile import ProfileService
from models.services.roster import RosterService

TODAY = date(2026, 11, 21)
START = date(2026, 11, 1)


@pytest.fixture
def new_branch(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="新支部", branch_type="机关", superior="机关党委", code="N01",
                                          records_from=START))
    RosterService(ws).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1), join_date=date(2004, 7, 1),
                                      full_date=date(2005, 7, 1), category="在职"), today=TODAY)
    return ws


def test_duties_before_the_records_start_are_not_overdue(new_branch: Workspace) -> None:
    obs = all_obligations(new_branch, TODAY, periods="2025")
    assert obs and not [o for o in obs if o.state == "overdue"]
    assert {o.state for o in obs} <= {"before_start", "done"}
    last_quarter = [o for o in all_obligations(new_branch, TODAY, periods="2026-Q3") if o.span.end < START]
    assert last_quarter and all(o.state == "before_start" for o in last_quarter)
    # the period the start falls in counts as usual
    november = all_obligations(new_branch, TODAY, periods="2026-11")
    assert "before_start" not in {o.state for o in november}


def test_a_branch_that_started_this_month_owes_no_bundle_for_last_month(new_branch: Workspace, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """On main a branch set up on 1 November was told on the 21st that October's bundle was 11 days overdue: there was
    nothing to send for a month before the start. Its first bundle is November's, due by 10 December."""
    from models.config import UserSettings
    from models.services.overview import Overview
    from ui.context import AppContext
    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators
    from ui.tasks import SyncTaskRunner

    due = Overview(new_branch, today=TODAY).bundle_due
    assert (due.month, due.deadline, due.state) == ("2026-11", date(2026, 12, 10), "first")
    later = Overview(new_branch, today=date(2026, 12, 11)).bundle_due  # November over, its bundle not sent
    assert (later.month, later.state) == ("2026-11", "overdue")
    install_translators(qapp, "zh_CN")
    ctx = AppContext(new_branch, UserSettings(), SyncTaskRunner())
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show_bundle_due(due, TODAY)
    assert "2026年11月" in page.bundle_due.text() and "2026-12-10" in page.bundle_due.text()
    assert "逾期" not in page.bundle_due.text() and "已过期" not in page.bundle_due.text()


def test_a_member_added_today_with_an_old_join_date_owes_dues_only_from_the_start(new_branch: Workspace) -> None:
    """党章第九条's six months unpaid counts months from max(入党/转入 month, 启用 month): no flag seconds after adding
    someone who joined in 2004."""
    svc = DuesService(new_branch)
    m = RosterService(new_branch).list_members()[0]
    svc.set_account(2026, AccountInput(m.id, "在职", Decimal("5000")), today=TODAY)
    assert not [a for a in svc.arrears(TODAY) if a.flagged]
    assert all(a.months == [] or min(a.months) >= (2026, 11) for a in svc.arrears(TODAY))
    row = next(r for r in svc.year(2026, TODAY).rows if r.member_id == m.id)
    assert [c.month for c in row.cells if c.due] == [11, 12]
    with pytest.raises(ValidationError, match="启用日期"):
        svc.pay(m.id, 2026, [10], date(2026, 11, 20), today=TODAY)


def test_the_start_moves_back_only_with_a_reason_and_history_then_counts(new_branch: Workspace) -> None:
    prof = ProfileService(new_branch)
    with pytest.raises(ValidationError, match="原因"):
        prof.set_records_from(date(2026, 1, 1), " ", today=TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        prof.set_records_from(date(2027, 1, 1), "录入历史", today=TODAY)
    prof.set_records_from(date(2026, 1, 1), "补录今年以来的党费和会议", today=TODAY)
    assert prof.records_from() == date(2026, 1, 1)
    m = RosterService(new_branch).list_members()[0]
    svc = DuesService(new_branch)
    svc.set_account(2026, AccountInput(m.id, "在职", Decimal("5000")), today=TODAY)
    svc.pay(m.id, 2026, [10], date(2026, 11, 20), today=TODAY)
    q3 = [o for o in all_obligations(new_branch, TODAY, periods="2026-Q3") if o.span.end < START]
    assert "overdue" in {o.state for o in q3}  # now the branch's own books say those duties were not done


def test_set_up_offers_the_first_day_of_this_month(qtbot, qapp, ws) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.context import AppContext
    from ui.setup_dialog import SetupDialog
    from ui.tasks import SyncTaskRunner

    c = AppContext(ws, UserSettings(), SyncTaskRunner())
    d = SetupDialog(c)
    qtbot.addWidget(d)
    assert d.form.records_from.date() == date.today().replace(day=1)
    d.form.name.setText("新支部")
    d.form.superior.setText("机关党委")
    d.form.code.setText("N01")
    d.plain.setChecked(True)
    d.create_branch()
    assert ProfileService(ws).records_from() == date.today().replace(day=1)
