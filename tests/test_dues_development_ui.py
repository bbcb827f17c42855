"""The dues and recruitment pages driven with qtbot on the demo branch (Chinese typed through the input method):
setting a base with the rule's proposal shown live, a payment from the grid and taking it back with Ctrl+Z, a
hand-up, a new applicant and their next step with the working days counted, refusals shown on the form, and the
工作台 leading to the member in arrears and the person whose step is overdue."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from models.rules.dues import yuan
from models.services.development import DevelopmentService
from models.services.dues import DuesService
from ui.context import AppContext
from ui.table_models import ROW_ROLE

YEAR = date.today().year


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def ime(widget: QWidget, text: str) -> None:
    widget.setFocus()
    ev = QInputMethodEvent("", [])
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    with qtbot.waitActive(widget):
        widget.show()
    return widget


@pytest.fixture
def dues(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from ui.dues_page import DuesPage

    return shown(qtbot, DuesPage(ctx))


def test_dues_page_shows_the_grid_with_arrears_flagged(dues) -> None:  # type: ignore[no-untyped-def]
    rows = dues.model.rows
    assert rows and any(r.flagged for r in rows)
    flagged = next(i for i, r in enumerate(rows) if r.flagged)
    tip = dues.model.data(dues.model.index(flagged, 0), Qt.ItemDataRole.ToolTipRole)
    assert "《中国共产党章程》第九条" in tip  # the red mark names its rule (on main only the count of months)
    assert "连续6个月以上未交纳党费" in dues.arrears.text() and dues.arrears.isVisible()
    assert "本年收缴" in dues.summary.text()
    shown = [dues.proxy.data(dues.proxy.index(r, 0), ROW_ROLE) for r in range(dues.proxy.rowCount())]
    assert [(r.group == "", r.group, r.name_pinyin) for r in shown] == sorted(
        (r.group == "", r.group, r.name_pinyin) for r in shown)  # by party group, then pinyin
    dues.owing.setChecked(True)
    owing = [dues.proxy.data(dues.proxy.index(r, 0), ROW_ROLE) for r in range(dues.proxy.rowCount())]
    assert owing and all(r.owed_fen or r.run or r.account is None for r in owing) and len(owing) < len(rows)
    dues.owing.setChecked(False)
    target = rows[3]
    dues.search.setText(next(m.name_initials for m in dues.ctx.roster.list_members() if m.id == target.member_id))
    assert target.member_id in {dues.proxy.data(dues.proxy.index(r, 0), ROW_ROLE).member_id
                                for r in range(dues.proxy.rowCount())}


def test_dues_base_dialog_proposes_from_the_brackets_and_saves(qtbot, dues) -> None:  # type: ignore[no-untyped-def]
    from ui.dues_page import AccountDialog

    row = next(r for r in dues.model.rows if r.account and r.account.kind == "在职")
    d = AccountDialog(dues.ctx, YEAR, row, dues)
    qtbot.addWidget(d)
    d.accepted.connect(dues.ctx.data_changed.emit)
    d.show()
    d.kind.setCurrentText("在职")
    d.base.setText("")
    qtbot.keyClicks(d.base, "5000.01")
    assert "1.5%" in d.proposal.text() and "75.00" in d.proposal.text()
    d.monthly.setText("")
    d.reason.setText("")
    d.save()
    assert "年内一般不变动" in d.errors.text() and d.isVisible()  # payments exist this year
    ime(d.reason, "七月起工资调整，经支委会研究")
    d.save()
    assert not d.isVisible()
    a = next(x for x in DuesService(dues.ctx.ws).accounts(YEAR) if x.member_id == row.member_id)
    assert (a.monthly_fen, a.rate, a.base_fen) == (7500, "0.015", 500001)
    assert next(r for r in dues.model.rows if r.member_id == row.member_id).account.monthly_fen == 7500


def test_dues_payment_from_the_grid_then_ctrl_z_takes_it_back(qtbot, dues) -> None:  # type: ignore[no-untyped-def]
    from ui.dues_page import PaymentDialog

    row = next(r for r in dues.model.rows if r.flagged)
    unpaid = [c.month for c in row.cells if c.state == "unpaid"]
    dues.select(row.member_id, unpaid[-1])
    assert dues.selected_row().member_id == row.member_id and dues.selected_months() == [unpaid[-1]]
    dues.pay()
    d = dues.dialog
    assert isinstance(d, PaymentDialog) and d.chosen() == [unpaid[-1]]
    assert yuan(row.cells[unpaid[-1] - 1].owed_fen) in d.total.text()
    qtbot.keyClicks(d.amount, "abc")
    d.save()
    assert "不是金额" in d.errors.text() and d.isVisible()
    d.amount.clear()
    ime(d.collector.lineEdit(), "组织委员甲")
    d.save()
    assert not d.isVisible()
    after = next(r for r in dues.model.rows if r.member_id == row.member_id)
    assert after.cells[unpaid[-1] - 1].state == "paid" and not after.flagged  # a payment breaks the run
    r = next(i for i in range(dues.model.rowCount()) if dues.model.rows[i].member_id == row.member_id)
    tip = dues.model.data(dues.model.index(r, 2 + unpaid[-1]), Qt.ItemDataRole.ToolTipRole)
    assert f"{date.today()}" in tip and "组织委员甲" in tip  # when and to whom, in the grid
    dues.select(row.member_id, unpaid[-1])
    qtbot.keyClick(dues.table, Qt.Key.Key_Delete)
    assert next(r for r in dues.model.rows if r.member_id == row.member_id).cells[unpaid[-1] - 1].state == "unpaid"
    qtbot.keyClick(dues.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in dues.model.rows if r.member_id == row.member_id).cells[unpaid[-1] - 1].state == "paid"


def test_dues_back_payment_over_six_months_is_refused_on_the_form(qtbot, dues) -> None:  # type: ignore[no-untyped-def]
    from ui.dues_page import PaymentDialog

    dues.ctx.standards.override("dues_backpay_months", 2, "本地规定：补交一般不超过2个月")
    row = next(r for r in dues.model.rows if r.flagged)
    first = [c.month for c in row.cells if c.state == "unpaid"][0]  # at least six months back
    d = PaymentDialog(dues.ctx, YEAR, row, [first], dues)
    qtbot.addWidget(d)
    d.show()
    d.save()
    assert "补交超过2个月" in d.errors.text() and d.isVisible()
    ime(d.note, "外出务工，委托亲属补交")
    d.save()
    assert not d.isVisible()


def test_dues_hand_up_reconciles_and_shows_in_the_table(qtbot, dues) -> None:  # type: ignore[no-untyped-def]
    from ui.dues_page import HandUpDialog

    y = DuesService(dues.ctx.ws).year(YEAR)
    months = y.not_handed_months()
    assert months  # the demo collected this quarter and has not handed it up
    before = len(dues.handups.rows)
    d = HandUpDialog(dues.ctx, YEAR, dues)
    qtbot.addWidget(d)
    d.accepted.connect(dues.ctx.data_changed.emit)
    d.show()
    d.from_month.setValue(months[0])
    d.to_month.setValue(months[-1])
    assert yuan(sum(y.collected_by_month[months[0] - 1:months[-1]])) in d.collected.text()
    d.amount.setText("1.00")
    d.save()
    assert "不一致" in d.errors.text()
    d.amount.clear()
    d.receipt.setText("DF-TEST")
    d.save()
    assert not d.isVisible(), d.errors.text()
    assert len(dues.handups.rows) == before + 1
    assert "已收未缴" not in dues.summary.text()


# ---- recruitment ------------------------------------------------------------------------------------------------
@pytest.fixture
def dev(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from ui.development_page import DevelopmentPage

    return shown(qtbot, DevelopmentPage(ctx))


def test_development_page_lists_people_with_their_next_limit(dev) -> None:  # type: ignore[no-untyped-def]
    people = dev.model.rows
    assert {p.role for p in people} >= {"入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员"}
    overdue = next(p for p in people if dev.model.next_limit(p)[1] == "overdue")
    dev.select(overdue.id)
    assert dev.selected().id == overdue.id and overdue.name in dev.person_label.text()
    assert dev.steps.rowCount() >= 25
    dev.role.setCurrentIndex(dev.role.findData("发展对象"))
    assert all(dev.proxy.data(dev.proxy.index(r, 0), ROW_ROLE).role == "发展对象" for r in range(dev.proxy.rowCount()))
    dev.open_person(overdue.id)  # clears the filter that would hide them
    assert dev.selected().id == overdue.id


def test_development_new_applicant_and_the_talk(qtbot, dev) -> None:  # type: ignore[no-untyped-def]
    from ui.development_page import PersonDialog, StepDialog

    dev.new_person()
    d = dev.dialog
    assert isinstance(d, PersonDialog)
    d.save()
    assert "必填" in d.errors.text()  # name, gender, birth date
    ime(d.name, "钱多多")
    d.gender.setCurrentText("女")
    d.birth.set_date(date(2000, 5, 6))
    d.applied.set_date(date.today() - timedelta(days=3))
    d.save()
    assert not d.isVisible()
    person = dev.selected()
    assert person.name == "钱多多" and person.role == "入党申请人"
    dev.record_step()
    s = dev.dialog
    assert isinstance(s, StepDialog) and s.current() == 2 and s.form.isRowVisible(s.people)
    assert "一个月内" in s.hint.text()
    s.save()
    assert "谈话人" in s.errors.text()
    ime(s.people, "支部书记")
    s.save()
    assert not s.isVisible() and 2 in dev.selected().done


def test_development_posting_form_counts_working_days(qtbot, ctx: AppContext, dev) -> None:  # type: ignore[no-untyped-def]
    from models.services.development import StepInput
    from ui.development_page import StepDialog

    svc = DevelopmentService(ctx.ws)
    candidate = next(p for p in svc.list_people() if p.role == "发展对象")
    svc.record(candidate.id, StepInput(12, candidate.latest.done_on + timedelta(days=5)))
    s = StepDialog(ctx, svc.get(candidate.id), dev, 13)
    qtbot.addWidget(s)
    s.show()
    assert s.form.isRowVisible(s.posted_from) and not s.form.isRowVisible(s.members)
    s.posted_from.set_date(date(2026, 9, 29))
    s.posted_to.set_date(date(2026, 10, 9))  # 29, 30 Sep and 8, 9 Oct: 国庆 in between
    assert s.workdays.text().startswith("4个工作日")
    s.save()
    assert "只有4个工作日" in s.errors.text()


def test_workbench_leads_to_the_dues_and_the_overdue_step(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    dash = win.dashboard
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert any(a.flagged for a in dash.arrears) and dash.dev_deadlines
    dash.open_dues.emit()
    assert win.current_page() is win.dues_page
    late = next(d for d in dash.dev_deadlines if d.state == "overdue")
    dash.open_development.emit(late.person_id)
    assert win.current_page() is win.development_page and win.development_page.selected().id == late.person_id


def test_rules_dialog_reads_a_dues_table_typed_as_json() -> None:
    from ui.standards_dialog import parse_value

    table = parse_value('{"在职": [[3000, "0.005"], [null, "0.01"]]}', {"在职": []})
    assert table == {"在职": [[3000, "0.005"], [None, "0.01"]]}
    with pytest.raises(ValueError):
        parse_value('["not", "a", "table"]', {"在职": []})


def test_a_paid_up_members_dues_dialog_says_why_the_months_are_grey(qtbot, dues) -> None:  # type: ignore[no-untyped-def]
    """On main the 收缴 dialog of a member who had paid showed twelve grey boxes and no word why."""
    from ui.dues_page import PaymentDialog

    row = next(r for r in dues.model.rows if any(c.state == "paid" for c in r.cells)
               and any(c.state == "unpaid" for c in r.cells))
    d = PaymentDialog(dues.ctx, YEAR, row, [], dues)
    qtbot.addWidget(d)
    paid = [c.month for c in row.cells if c.state == "paid"]
    assert "灰色的月份不能勾选" in d.why_grey.text() and f"已交清的{paid[0]}月" in d.why_grey.text()
    assert "已交清" in d.month_boxes[paid[0] - 1].toolTip() and not d.month_boxes[paid[0] - 1].isEnabled()
    owed = [c.month for c in row.cells if c.due and c.paid_fen < c.due_fen]
    DuesService(dues.ctx.ws).pay(row.member_id, YEAR, owed, date.today(), "组织委员", None, "外出务工，年底一次补交")
    after = next(r for r in DuesService(dues.ctx.ws).year(YEAR, date.today()).rows if r.member_id == row.member_id)
    d2 = PaymentDialog(dues.ctx, YEAR, after, [], dues)
    qtbot.addWidget(d2)
    assert f"{YEAR}年应交的月份都已交清" in d2.why_grey.text()
