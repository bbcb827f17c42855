"""The pages of books 1 (committee), 8, 13 and 15 and the yearly volume, driven with qtbot on the demo branch:
the real dialogs are filled as a person would (Chinese through the input method) and accepted; a refusal keeps
the dialog open with the field marked, nothing is lost."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from models.services.orglife import DONE, OrgLifeService
from models.services.plans import PlanService
from models.services.transfers import TransferService
from tests.test_dues_development_ui import ime, shown
from ui.context import AppContext
from ui.forms import FormDialog

YEAR = date.today().year


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def answer(monkeypatch: pytest.MonkeyPatch, *steps: Callable[[FormDialog], None]) -> list[FormDialog]:
    """Each FormDialog the page opens is shown, filled by the next step and OK'd; the list keeps them so a test can
    look at one that refused."""
    seen: list[FormDialog] = []
    todo = list(steps)

    def run(self: FormDialog) -> int:
        self.show()
        seen.append(self)
        todo.pop(0)(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(FormDialog, "exec", run)
    return seen


def text(d: FormDialog, key: str, value: str) -> None:
    w = d.widgets[key]
    if isinstance(w, QPlainTextEdit):
        w.setPlainText("")
    elif isinstance(w, QLineEdit):
        w.clear()
    ime(w.edit if hasattr(w, "edit") else w, value)


def choose(d: FormDialog, key: str, data: object) -> None:
    combo = d.widgets[key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(data))


def test_orglife_page_records_speech_and_tracks_a_remediation_item(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.orglife_page import OrgLifePage

    page = shown(qtbot, OrgLifePage(ctx))
    assert page.year.currentData() == YEAR - 1 and page.meeting_id() is not None  # opens on the latest meeting
    assert page.speeches.rows and page.items.rows
    assert "第十七条" in page.checks.text()
    svc = OrgLifeService(ctx.ws)
    mid = page.meeting_id()
    assert mid is not None
    before = len(svc.items(meeting_id=mid))
    page.speeches_view.setCurrentIndex(page.speeches.index(0, 0))
    who = page.speeches.rows[0]
    dialogs = answer(monkeypatch, lambda d: text(d, "self_criticism", "联系群众不够紧密"))
    page.edit_speech()
    assert dialogs[0].result() and next(s for s in svc.speeches(mid) if s.member_id == who.member_id).self_criticism == "联系群众不够紧密"

    def no_measure(d: FormDialog) -> None:
        text(d, "issue", "学习制度落实不够")
        choose(d, "owner_member_id", who.member_id)

    dialogs = answer(monkeypatch, no_measure)
    page.add_item()
    refused = dialogs[0]
    assert not refused.result() and refused.isVisible() and "整改措施：必填" in refused.errors.text()
    assert len(svc.items(meeting_id=mid)) == before  # nothing half-written
    text(refused, "measure", "每月集中学习一次")
    refused.widgets["deadline"].set_date(date.today())  # type: ignore[attr-defined]
    refused.accept()
    assert refused.result() and len(svc.items(meeting_id=mid)) == before + 1
    ctx.data_changed.emit()
    new = next(i for i, x in enumerate(page.items.rows) if x.issue == "学习制度落实不够")
    page.items_view.setCurrentIndex(page.items.index(new, 0))
    answer(monkeypatch, lambda d: text(d, "result", "已建立学习台账"))
    page.complete_item()
    assert next(x for x in svc.items(meeting_id=mid) if x.issue == "学习制度落实不够").progress == DONE
    page.tabs.setCurrentIndex(2)
    new = next(i for i, x in enumerate(page.items.rows) if x.issue == "学习制度落实不够")
    page.items_view.setCurrentIndex(page.items.index(new, 0))
    page.items_view.setFocus()
    qtbot.keyClick(page.items_view, Qt.Key.Key_Delete)
    assert len(svc.items(meeting_id=mid)) == before
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(svc.items(meeting_id=mid)) == before + 1


def test_transfers_page_moves_a_member_off_the_roster_and_back(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.transfers_page import TransfersPage

    page = shown(qtbot, TransfersPage(ctx))
    assert page.flags.isVisible() and "失联" in page.flags.text()
    assert "依据：" in page.flags.text() and "Source" not in page.flags.text()  # every word of it in Chinese
    member = ctx.roster.list_members()[-1]

    def letter(d: FormDialog) -> None:
        choose(d, "member_id", member.id)
        assert d.widgets["dues_paid_to"].text() == TransferService(ctx.ws).dues_paid_to(member.id)  # type: ignore[attr-defined]
        text(d, "other_org", "某县委组织部")

    answer(monkeypatch, letter)
    page.transfer_out()
    assert member.id not in {m.id for m in ctx.roster.list_members()}
    page.year.setCurrentIndex(page.year.findData(YEAR))
    row = next(i for i, x in enumerate(page.out_model.rows) if x.member_id == member.id)
    page.out_view.setCurrentIndex(page.out_model.index(row, 0))
    page.delete_letter()
    assert member.id in {m.id for m in ctx.roster.list_members()}
    page.undo()
    assert member.id not in {m.id for m in ctx.roster.list_members()}


def test_plans_page_scores_the_month_and_refuses_a_score_above_the_weight(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.plans_page import ACTUAL, PlansPage

    page = shown(qtbot, PlansPage(ctx))
    page.tabs.setCurrentIndex(1)
    assert page.sheet is not None and page.sheet.saved and "总分" in page.total.text()
    assert sum(1 for p in page.chart.points if p.total is not None) == date.today().month - 1
    manual = next(i for i, r in enumerate(page.sheet.rows) if r.indicator.rule == "manual")
    weight = page.sheet.rows[manual].indicator.weight
    page.table.item(manual, ACTUAL).setText(str(weight + 1))
    page.save_sheet()
    assert page.errors.isVisible() and "超过分值" in page.errors.text()
    page.table.item(manual, ACTUAL).setText(str(weight))
    page.save_sheet()
    month = page.month.currentData()
    saved = PlanService(ctx.ws).sheet(month, suggest=False)
    assert saved.rows[manual].score == weight


def test_committee_election_refuses_a_probationary_member(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.committee_box import ElectionDialog

    d = shown(qtbot, ElectionDialog(ctx))
    assert d.seats.rowCount() == 5  # the committee in force, to edit
    probationary = next(m for m in ctx.roster.list_members() if m.status == "预备党员")
    d.members.append((probationary.name, probationary.id))
    d.add_row(probationary.id, "委员", "")
    who = d.seats.cellWidget(5, 0)
    who.addItem(probationary.name, probationary.id)
    who.setCurrentIndex(who.findData(probationary.id))
    d.accept()
    assert d.isVisible() and "没有被选举权" in d.errors.text()
    d.seats.removeRow(5)
    d.accept()
    assert d.result()


def test_volume_from_the_file_menu_and_reminders_open_their_book(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from ui.main_window import MainWindow

    win = shown(qtbot, MainWindow(ctx))
    dash = win.dashboard
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    books = {n.book for n in dash.notices}
    assert {8, 13} <= books
    dash.open_book.emit(13)
    assert type(win.current_page()).__name__ == "TransfersPage"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (YEAR - 1, True))
    win.print_volume()
    preview = win.preview  # type: ignore[attr-defined]
    assert preview.doc.pageCount() > 50
