"""The pledge page and its dialogs driven with qtbot, Chinese typed through the input method (keyClicks with
Chinese aborts Qt): new pledge, review with the meeting, progress with evidence, appraisal, the bin and undo,
copying last year, and the 工作台 leading to the overdue pledges."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.services.pledges import PledgeService
from ui.context import AppContext
from ui.table_models import ROW_ROLE

YEAR = date.today().year


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def ime(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method commits it."""
    widget.setFocus()
    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


@pytest.fixture
def page(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from ui.pledges_page import PledgesPage

    p = PledgesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    with qtbot.waitActive(p):
        p.show()
    return p


def rows_shown(page) -> list:  # type: ignore[no-untyped-def]
    return [page.proxy.data(page.proxy.index(r, 0), ROW_ROLE) for r in range(page.proxy.rowCount())]


def select(page, ids: set[int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    page.table.clearSelection()
    sm = page.table.selectionModel()
    for r, row in enumerate(rows_shown(page)):
        if row.id in ids:
            sm.select(page.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                      | QItemSelectionModel.SelectionFlag.Rows)
            sm.setCurrentIndex(page.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_pledge_table_model_passes_qtmodeltester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.pledges_page import PledgeTableModel

    model = PledgeTableModel()
    model.set_rows(PledgeService(ctx.ws).list_pledges(YEAR))
    qtmodeltester.check(model)


def test_new_pledge_typed_in_chinese_with_a_bad_deadline_named(qtbot, page, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page.new()
    d = page.dialog
    member = next(m for m in ctx.roster.list_members() if m.name_initials)
    d.member.setCurrentIndex(d.member.findData(member.id))
    d.category.setCurrentText("实事承诺")
    ime(d.content, "为社区孤寡老人义务检修线路")
    ime(d.target, "全年不少于六次")
    assert d.content.toPlainText() == "为社区孤寡老人义务检修线路"
    d.deadline.edit.setText(f"{YEAR}-02-30")
    d.save()
    assert d.isVisible() and "不是有效日期" in d.errors.text() and d.deadline.edit.styleSheet()
    d.deadline.edit.setText(f"{YEAR + 1}-03-01")  # outside the year: the service names the field
    d.save()
    assert d.isVisible() and "完成时限应在" in d.errors.text()
    d.deadline.edit.setText(f"{YEAR}-12-31")
    d.save()
    assert not d.isVisible() and d.saved is not None and d.saved.review == "pending"
    page.search.setText(member.name_initials[:2])
    assert any(r.content == "为社区孤寡老人义务检修线路" for r in rows_shown(page))
    page.search.setText("孤寡老人")
    assert [r.member for r in rows_shown(page)] == [member.name]


def test_review_progress_and_appraisal_from_the_page(qtbot, page, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    svc = PledgeService(ctx.ws)
    member = ctx.roster.list_members()[2]
    from models.services.pledges import PledgeInput

    a = svc.add(PledgeInput(YEAR, member.id, "岗位承诺", "带出两名技术骨干"))
    b = svc.add(PledgeInput(YEAR, member.id, "自律承诺", "不迟到早退"))
    ctx.data_changed.emit()
    select(page, {a.id, b.id})
    page.review()
    r = page.dialog
    assert len(r.rows) == 2 and r.meeting.currentData() is not None  # the latest meeting is offered
    r.ret.setChecked(True)
    r.save()
    assert r.isVisible() and "须写明修改意见" in r.errors.text()  # a return needs its comment
    r.approve.setChecked(True)
    r.save()
    assert r.result() == QDialog.DialogCode.Accepted
    assert all(svc.get(i).approved for i in (a.id, b.id))
    select(page, {a.id})
    page.progress()
    p = page.dialog
    photo = tmp_path / "培训照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff training")
    ime(p.content, "组织技术培训一次")
    p.set_files([photo])
    p.add()
    assert p.entries.count() == 1 and "培训照片.jpg" in p.entries.item(0).text()
    p.close_dialog()
    assert svc.get(a.id).progress[0].evidence[0].name == "培训照片.jpg"
    select(page, {a.id})
    page.assess()
    e = page.dialog
    ime(e.self_assessment, "已完成")
    e.conclusion.setCurrentText("兑现")
    e.save()
    assert svc.get(a.id).assessment.conclusion == "兑现"
    assert "兑诺率" in page.summary.text()


def test_progress_and_appraisal_refused_for_an_unapproved_pledge(page, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from models.services.pledges import PledgeInput

    m = ctx.roster.list_members()[1]
    p = PledgeService(ctx.ws).add(PledgeInput(YEAR, m.id, "共性承诺", "按时参加组织生活"))
    ctx.data_changed.emit()
    select(page, {p.id})
    page.assess()
    assert "不能评诺" in page.message.text()
    page.progress()
    assert "审核通过后才能登记践诺" in page.message.text()


def test_delete_goes_to_the_bin_and_ctrl_z_brings_it_back(qtbot, page, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    victim = rows_shown(page)[5]
    select(page, {victim.id})
    page.delete()
    assert victim.id not in {r.id for r in rows_shown(page)} and "回收站" in page.message.text()
    page.acts["bin"].setChecked(True)
    page.toggle_bin()
    assert [r.id for r in rows_shown(page)] == [victim.id]
    page.acts["bin"].setChecked(False)
    page.toggle_bin()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert victim.id in {r.id for r in rows_shown(page)} and "已撤销" in page.message.text()


def test_copy_last_year_then_undo(page, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page.year.setCurrentIndex(page.year.findData(YEAR + 1))
    assert rows_shown(page) == []
    page.copy_last_year()
    copied = rows_shown(page)
    assert copied and all(r.review == "pending" and r.year == YEAR + 1 for r in copied)
    assert "已从" in page.message.text()
    page.undo()
    assert rows_shown(page) == []


def test_workbench_lists_overdue_pledges_and_opens_them(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.dashboard.deadlines_pending)
    late = win.dashboard.late_pledges
    assert late and "已过完成时限但无践诺记录" in win.dashboard.deadlines_box.findChildren(
        type(win.dashboard.branch))[0].text()
    duty = next(o for o in win.dashboard.duty_rows if o.kind == "pledges")
    assert "党员承诺" in duty.name
    win.dashboard.open_overdue_pledges.emit()
    assert win.current_page() is win.pledges_page
    assert {r.id for r in rows_shown(win.pledges_page)} == {r.id for r in late}


def test_appraisal_page_shows_the_pledge_rate(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.appraisal_page import AppraisalPage

    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(YEAR - 1))
    headers = page.model.headers
    col = headers.index("兑诺率")
    rates = PledgeService(ctx.ws).member_rates(YEAR - 1)
    row = page.rows[0]
    assert page.model.index(0, col).data() == rates[row.member_id].rate.percent()
    assert page.model.index(0, col).data().endswith("%")


def test_rules_dialog_reads_a_list_typed_with_chinese_commas() -> None:
    from ui.standards_dialog import parse_value

    assert parse_value("共性承诺、岗位承诺，实事承诺", ["a"]) == ["共性承诺", "岗位承诺", "实事承诺"]
    assert parse_value('["兑现", "基本兑现"]', ["a"]) == ["兑现", "基本兑现"]
    assert parse_value("2、6", [2, 5]) == [2, 6] and parse_value("否", True) is False
    with pytest.raises(ValueError):
        parse_value("也许", True)


def test_pledge_rules_refuse_an_empty_list_or_a_backwards_range(ctx: AppContext) -> None:
    from models.errors import ValidationError
    from models.services.standards import StandardsService

    svc = StandardsService(ctx.ws)
    with pytest.raises(ValidationError, match="不能为空"):
        svc.override("pledge_categories", [], "试")
    with pytest.raises(ValidationError, match="最少和最多"):
        svc.override("pledges_per_member", [5, 2], "试")
    svc.override("pledges_per_member", [1, 4], "本支部规定")
    assert svc.value("pledges_per_member") == [1, 4]


def test_posting_is_recorded_with_its_place_and_can_be_removed(page, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page.year.setCurrentIndex(page.year.findData(YEAR + 1))
    page.posting()
    d = page.dialog
    d.posted_on.edit.setText(date.today().isoformat())  # the end of the year before counts too
    d.save()
    assert d.isVisible() and "公示地点" in d.errors.text()  # where it was posted is required
    ime(d.place, "党员活动室公示栏")
    d.days.setValue(5)
    d.save()
    posted = PledgeService(ctx.ws).postings(YEAR + 1)
    assert [(p.place, p.days) for p in posted] == [("党员活动室公示栏", 5)]
    page.posting()
    again = page.dialog
    again.existing.setCurrentRow(0)
    again.remove()
    assert PledgeService(ctx.ws).postings(YEAR + 1) == [] and again.existing.count() == 0


def test_amending_a_final_conclusion_shows_its_history(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from ui.pledges_page import AssessDialog

    svc = PledgeService(ctx.ws)
    row = next(r for r in svc.list_pledges(YEAR - 1) if r.assessment.conclusion == "兑现" and r.state == "final")
    d = AssessDialog(ctx, row)
    qtbot.addWidget(d)
    d.conclusion.setCurrentText("基本兑现")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("评议结果复核后调整", True))
    d.save()
    assert svc.get(row.id).assessment.conclusion == "基本兑现"
    again = AssessDialog(ctx, svc.get(row.id))
    qtbot.addWidget(again)
    labels = " ".join(w.text() for w in again.findChildren(type(again.errors)))
    assert "评议结果复核后调整" in labels and "原为兑现" in labels


def test_a_removed_progress_entry_can_be_brought_back(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.pledges_page import ProgressDialog

    svc = PledgeService(ctx.ws)
    row = next(r for r in svc.list_pledges(YEAR) if r.progress and r.member_id is not None)
    d = ProgressDialog(ctx, row)
    qtbot.addWidget(d)
    n = d.entries.count()
    d.entries.setCurrentRow(0)
    d.remove()
    assert d.entries.count() == n - 1 and len(svc.get(row.id).progress) == n - 1
    d.undo_remove()
    assert d.entries.count() == n and len(svc.get(row.id).progress) == n and not d.undo_button.isEnabled()
