"""The meeting editor, the meetings page and the 工作台 obligations, driven with qtbot."""
from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QTableWidgetItem

from models.meeting import AttendanceStatus
from models.services.meetings import MeetingService, MotionInput
from ui.context import AppContext
from ui.table_models import ROW_ROLE, MeetingTableModel


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def tick(dialog, statuses: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    for r, d in enumerate(dialog.due):
        if d.member_id in statuses:
            combo = dialog.table.cellWidget(r, 3)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(statuses[d.member_id]))


def test_meeting_table_model_passes_qtmodeltester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MeetingTableModel()
    svc = MeetingService(ctx.ws)
    rows = svc.list_meetings()
    model.set_rows(rows, {rows[0].id: "…【党章】…"})
    qtmodeltester.check(model)


def test_recording_a_general_meeting_with_live_quorum_and_votes(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting_dialog import MeetingDialog

    d = MeetingDialog(ctx, "general", on=date.today())
    qtbot.addWidget(d)
    full = [m for m in d.due if m.full]
    assert "应到" in d.counts.text() and "✔" in d.quorum.text()  # everyone present by default
    half = len(full) // 2
    tick(d, {m.member_id: AttendanceStatus.ABSENT.value for m in full[: len(full) - half]})
    assert "⚠" in d.quorum.text() and "未超过半数" in d.quorum.text()
    d.set_all(AttendanceStatus.PRESENT.value)
    d.title.setText("审议年度工作计划")
    d.minutes.setPlainText("会议审议通过了年度工作计划。")
    d.add_motion(MotionInput("通过年度计划"))
    d.motions.setItem(0, 1, QTableWidgetItem(str(half)))  # yes = half of those due: not passed
    assert d.motions.item(0, 4).text() == "未通过"
    d.motions.setItem(0, 1, QTableWidgetItem(str(half + 1)))
    assert d.motions.item(0, 4).text() == "通过"
    assert d.save()
    saved = MeetingService(ctx.ws).get(d.detail.row.id)  # type: ignore[union-attr]
    assert saved.quorum.ok and saved.motions[0].passed and saved.input.title == "审议年度工作计划"


def test_leave_without_reason_and_bad_votes_are_named(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting_dialog import MeetingDialog

    d = MeetingDialog(ctx, "general", on=date.today())
    qtbot.addWidget(d)
    tick(d, {d.due[0].member_id: AttendanceStatus.LEAVE.value})
    assert not d.save()
    assert "请假：请填写事由" in d.errors.text() and d.tabs.currentIndex() == 0
    d.table.setItem(0, 4, QTableWidgetItem("出差"))
    d.add_motion(MotionInput("事项"))
    d.motions.setItem(0, 1, QTableWidgetItem("很多"))
    assert not d.save() and "不是票数" in d.errors.text()
    d.motions.setItem(0, 1, QTableWidgetItem("999"))
    assert "超过到会有表决权党员" in d.motions.item(0, 4).text()
    assert not d.save() and d.tabs.currentIndex() == 2


def test_group_meeting_attendance_follows_the_chosen_group(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting_dialog import MeetingDialog

    d = MeetingDialog(ctx, "group", on=date.today())
    qtbot.addWidget(d)
    first = {m.group for m in d.due}
    d.group.setCurrentIndex(1)
    second = {m.group for m in d.due}
    assert len(first) == 1 and len(second) == 1 and first != second


def test_final_record_is_read_only_until_amended(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting_dialog import MeetingDialog

    d = MeetingDialog(ctx, "partyday", on=date.today())
    qtbot.addWidget(d)
    d.title.setText("重温入党誓词")
    assert d.save()
    d.finalise()
    assert d.minutes.isReadOnly() and not d.save_btn.isEnabled() and not d.amend_btn.isHidden()
    # read-only in normal contrast (on main every field was disabled grey): enabled, but not to be changed
    assert d.minutes.isEnabled() and d.title.isEnabled() and d.table.isEnabled() and d.all_present.isHidden()
    combo = d.table.cellWidget(0, 3)
    assert combo is not None and combo.isEnabled()
    assert combo.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click does not change it
    d.show()
    before = combo.currentIndex()
    at = combo.mapTo(d, combo.rect().center())  # a real click on the window, routed to what is under it
    QTest.mouseClick(d.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert QApplication.activePopupWidget() is None and combo.currentIndex() == before
    d.start_amendment("主题写错")
    assert not d.minutes.isReadOnly() and not combo.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    d.title.setText("重温入党誓词，牢记初心使命")
    assert d.save()
    detail = MeetingService(ctx.ws).get(d.detail.row.id)  # type: ignore[union-attr]
    assert detail.row.state == "final" and [a.reason for a in detail.amendments] == ["主题写错"]
    assert d.history.count() == 1 and not d.save_btn.isEnabled()


def test_meetings_page_search_filters_recycle_bin(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.meetings_page import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()  # a page follows changes while shown (a hidden one reloads when next shown)
    page.year.setCurrentIndex(0)  # all years
    total = page.proxy.rowCount()
    assert total == len(MeetingService(ctx.ws).list_meetings())
    page.kind.setCurrentIndex(page.kind.findData("general"))
    assert 0 < page.proxy.rowCount() < total
    page.kind.setCurrentIndex(0)
    page.search.setText("党章")  # two characters: LIKE
    page.reload()
    assert page.proxy.rowCount() > 0 and "【党章】" in page.proxy.index(0, MeetingTableModel.SNIPPET).data()
    page.search.setText("中国共产党章程")  # FTS trigram
    page.reload()
    assert page.proxy.rowCount() > 0
    page.search.clear()
    page.table.selectRow(0)
    victim = page.selected()
    assert victim is not None
    page.delete_selected()
    assert victim.id not in {page.proxy.index(r, 0).data(ROW_ROLE).id for r in range(page.proxy.rowCount())}
    page.bin.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    page.restore_selected()
    page.bin.setChecked(False)
    assert page.proxy.rowCount() == total


def test_dashboard_lists_obligations_and_opens_the_editor(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    dash = win.dashboard
    states = {o.state for o in dash.duty_rows}
    assert "overdue" in states and "done" in states
    assert dash.missing, "the demo has a member who stopped coming"
    due_row = next(i for i, o in enumerate(dash.duty_rows) if o.state == "due" and o.kind == "partyday")
    button = dash.duty_buttons[due_row]
    assert isinstance(button, QPushButton) and button.text() == "去记录…"
    button.click()
    dialog = win.meetings_page.dialog
    qtbot.addWidget(dialog)
    assert dialog.kind == dash.duty_rows[due_row].kind and dialog.detail is None
    assert dialog.held_on.date() == date.today()  # a meeting of this period, recorded today
    done_row = next(i for i, o in enumerate(dash.duty_rows) if o.state == "done" and o.meeting_ids)
    dash.duty_buttons[done_row].click()
    assert win.meetings_page.dialog.detail is not None
    qtbot.addWidget(win.meetings_page.dialog)


def test_rules_dialog_shows_sources_and_records_a_local_rule(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from models.services.standards import StandardsService
    from ui.standards_dialog import StandardsDialog

    d = StandardsDialog(ctx)
    qtbot.addWidget(d)
    row = d.keys.index("meeting_every_lesson")
    assert "第五章" in d.table.item(row, 2).text() and d.table.item(row, 1).text() == "每季度"
    assert not d.set_value("meeting_every_lesson", "weekly", "本地规定")
    assert "每月、每季度或每年" in d.message.text()
    assert d.set_value("meeting_every_lesson", "month", "本市规定党课每月一次")
    assert d.table.item(row, 1).text() == "每月" and "本市规定" in d.table.item(row, 3).text()
    assert StandardsService(ctx.ws).in_force()["meeting_every_lesson"].overridden
    d.table.selectRow(row)
    d.reset()
    assert not StandardsService(ctx.ws).in_force()["meeting_every_lesson"].overridden


def test_rules_read_in_words_with_the_editor_their_kind_needs(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """On main the rules were listed by their identifiers (“appraisal_ev…”), values as JSON lists or 0.5 instead
    of “超过半数”, and every value was typed into one text box."""
    import re

    from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit, QSpinBox

    from models.services.standards import StandardsService
    from ui.i18n import install_translators
    from ui.standards_dialog import RuleValueDialog, StandardsDialog

    install_translators(qapp, "zh_CN")
    d = StandardsDialog(ctx)
    qtbot.addWidget(d)
    names = [d.table.item(r, 0).text() for r in range(d.table.rowCount())]
    values = [d.table.item(r, 1).text() for r in range(d.table.rowCount())]
    assert not [n for n in names if re.search(r"[a-z]+_[a-z]+", n)]  # no identifier shown as a rule's name
    assert not [v for v in values if v.startswith(("[", "{")) or re.fullmatch(r"0\.\d+", v)]
    quorum = d.keys.index("general_quorum_share")
    assert names[quorum] == "支部党员大会：有表决权党员到会须" and values[quorum] == "超过半数"
    assert "第十一条" in d.table.item(quorum, 2).text()
    assert values[d.keys.index("committee_size")] == "3至7人"
    svc = StandardsService(ctx.ws)
    kinds = {"general_quorum_share": QSpinBox, "dues_arrears_months": QSpinBox, "meeting_every_group": QComboBox,
             "pledge_categories": QPlainTextEdit, "orglife_every_member_speaks": QComboBox}
    for key, kind in kinds.items():
        f = svc.in_force()[key]
        editor = RuleValueDialog(f.standard, f.value, d)
        qtbot.addWidget(editor)
        assert isinstance(editor.editor, kind), key
    f = svc.in_force()["general_quorum_share"]
    editor = RuleValueDialog(f.standard, f.value, d)
    qtbot.addWidget(editor)
    assert editor.editor.text() == "超过 50 %"
    editor.editor.setValue(66)
    editor.reason.setText("本地规定：三分之二")
    editor._accept()
    assert editor.result() == QDialog.DialogCode.Accepted and editor.value == 0.66
    assert d.set_value("general_quorum_share", editor.value, editor.reason.text())
    assert d.table.item(quorum, 1).text() == "超过66%" and "默认：超过半数" in d.table.item(quorum, 3).text()


def test_every_members_attendance_table(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.attendance_dialog import AttendanceDialog

    d = AttendanceDialog(ctx)
    qtbot.addWidget(d)
    assert d.table.rowCount() == len(MeetingService(ctx.ws).attendance_by_member(date(date.today().year, 1, 1), date.today()))


def test_attachments_added_in_the_editor_are_stored(qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.meeting_dialog import MeetingDialog

    d = MeetingDialog(ctx, "partyday", on=date.today())
    qtbot.addWidget(d)
    assert not d.attach_button.isEnabled()  # save first
    d.title.setText("参观红色教育基地")
    assert d.save() and d.attach_button.isEnabled()
    photo = tmp_path / "合影.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    d.attach_files([photo])
    assert d.attachments.count() == 1 and "合影.jpg" in d.attachments.item(0).text()
    copy = d.attachment_copy(0)
    assert copy.name == "合影.jpg" and copy.read_bytes() == b"\xff\xd8photo"


def test_a_final_record_shows_and_keeps_its_stored_attendance_when_the_roster_changes_later(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext) -> None:
    """Final means frozen: a member entered later with an earlier join date never appears in a 定稿 meeting's due
    list — not in the list, the dialog, or an amendment of its minutes — and the record is listed as
    花名册变动涉及已定稿记录 instead."""
    from models.services.dto import MemberInput
    from models.services.roster import RosterService
    from ui.meeting_dialog import MeetingDialog

    svc = MeetingService(ctx.ws)
    final = next(r for r in svc.list_meetings(kinds=("general",)) if r.state == "final")
    before = svc.get(final.id)
    assert not any("张建国" in x.added for x in svc.roster_drift() if x.meeting_id == final.id)
    RosterService(ctx.ws).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                          join_date=date(1995, 7, 1), full_date=date(1996, 7, 1)))
    d = MeetingDialog(ctx, meeting_id=final.id)
    qtbot.addWidget(d)
    assert d.table.rowCount() == before.counts.due == final.due
    assert "张建国" not in [d.table.item(r, 0).text() for r in range(d.table.rowCount())]
    d.start_amendment("会议记录错别字")
    d.minutes.setPlainText(before.input.minutes + "（已更正）")
    assert d.save()
    after = svc.get(final.id)
    assert [a.member_id for a in after.attendance] == [a.member_id for a in before.attendance]
    assert (after.counts.due, after.counts.present) == (before.counts.due, before.counts.present)
    drift = [x for x in svc.roster_drift() if x.meeting_id == final.id]
    assert drift and "张建国" in drift[0].added and "花名册变动涉及本记录" in drift[0].text()


def test_the_dashboard_lists_final_records_a_later_roster_change_touches(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """花名册变动涉及已定稿记录: listed with a button that opens the record for an amendment with a reason; the demo
    itself has none (its final records agree with its roster)."""
    from models.services.dto import MemberInput
    from models.services.roster import RosterService
    from ui.dashboard import DashboardPage

    dash = DashboardPage(ctx)
    qtbot.addWidget(dash)
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert dash.roster_drift == []
    RosterService(ctx.ws).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                          join_date=date(1995, 7, 1), full_date=date(1996, 7, 1)))
    dash.reload()
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert dash.roster_drift and all("张建国" in d.added for d in dash.roster_drift)
    texts = [w.text() for w in dash.findChildren(QPushButton)]
    assert any("更正" in t or "amend" in t.lower() for t in texts)


def test_an_amendment_by_the_roster_adds_the_newly_due_member_with_the_reason_kept(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from models.services.dto import MemberInput
    from models.services.roster import RosterService
    from ui.meeting_dialog import MeetingDialog

    svc = MeetingService(ctx.ws)
    final = next(r for r in svc.list_meetings(kinds=("general",)) if r.state == "final")
    before = svc.get(final.id)
    RosterService(ctx.ws).add(MemberInput(name="张建国", gender="男", birth_date=date(1970, 1, 1),
                                          join_date=date(1995, 7, 1), full_date=date(1996, 7, 1)))
    d = MeetingDialog(ctx, meeting_id=final.id)
    qtbot.addWidget(d)
    d.start_roster_amendment("补录张建国，其入党日期早于本次会议")
    assert d.table.rowCount() == before.counts.due + 1
    assert d.save()
    after = svc.get(final.id)
    assert after.counts.due == before.counts.due + 1 and after.row.state == "final"
    assert [a.reason for a in after.amendments][-1] == "补录张建国，其入党日期早于本次会议"
    assert not [x for x in svc.roster_drift() if x.meeting_id == final.id]
