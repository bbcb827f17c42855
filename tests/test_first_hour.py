"""A secretary's first hour: the 开始使用 list ticks itself from the data, and nothing is marked done, overdue or
counted where there is nothing yet (✔ only for work done; “暂无数据”, not 0 or “全部在80%以上”)."""
from __future__ import annotations

from datetime import date

import pytest

from models.db import Workspace
from models.services.dto import BranchProfile, MemberInput
from models.services.obligations import all_obligations
from models.services.overview import Overview
from models.services.profile import ProfileService
from models.services.roster import RosterService

TODAY = date(2026, 11, 21)


@pytest.fixture
def fresh(ws: Workspace) -> Workspace:
    ProfileService(ws).save(BranchProfile(name="新支部", branch_type="机关", superior="机关党委", code="N01",
                                          records_from=date(2026, 11, 1)))
    return ws


def test_the_getting_started_list_ticks_itself_from_the_data(fresh: Workspace) -> None:
    steps = Overview(fresh, today=TODAY).first_steps
    assert [ok for _k, _t, ok in steps] == [True, True, False, False, False, False, False]
    RosterService(fresh).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                         join_date=date(2004, 7, 1), full_date=date(2005, 7, 1), category="在职",
                                         group="第一党小组"), today=TODAY)
    steps = Overview(fresh, today=TODAY).first_steps
    assert [ok for _k, _t, ok in steps][:4] == [True, True, True, True]  # the roster and its first group


def test_nothing_is_ticked_done_where_there_is_nobody_yet(fresh: Workspace) -> None:
    """On main a new branch showed “✔ 已完成 谈心谈话（每名党员已谈）” and “民主评议党员（已评定0/0人）”."""
    obs = {o.kind: o for o in all_obligations(fresh, TODAY)}
    assert obs["talks"].state != "done" and "未开始" in obs["talks"].name
    assert "0/0" not in obs["appraisal"].name and "未开始" in obs["appraisal"].name
    assert "0/0" not in obs["pledges"].name


def test_the_workbench_of_a_new_branch_says_no_data_not_zero(qtbot, qapp, fresh: Workspace) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.context import AppContext
    from ui.dashboard import DashboardPage
    from ui.i18n import install_translators
    from ui.tasks import SyncTaskRunner

    install_translators(qapp, "zh_CN")
    page = DashboardPage(AppContext(fresh, UserSettings(), SyncTaskRunner()))
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.age.text() == "暂无数据" and page.total.text() == "暂无数据"
    shown = " ".join(w.text() for w in page.attendance_box.findChildren(type(page.age)))
    assert "80%以上" not in shown and "暂无数据" in shown
    assert page.first_box.isVisible() and "已完成2项，共7项" in page.first_box.title()
