"""The page skeleton (ui/book_page.py) every book's page stands on: the title and print menu from the registry
(every page), forms rendered from the menu, Ctrl+Z / Ctrl+Shift+Z through one QUndoStack, a hidden page that
reads again only when shown, and every table model checked by qtmodeltester."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from models.books import BOOKS, BY_KEY
from models.services.development import DevelopmentService
from models.services.dues import DuesService
from models.services.pledges import PledgeService
from ui.context import AppContext

YEAR = date.today().year
PAGES = {"pledges": "ui.pledges_page:PledgesPage", "dues": "ui.dues_page:DuesPage",
         "development": "ui.development_page:DevelopmentPage"}


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def open_page(qtbot, ctx: AppContext, key: str):  # type: ignore[no-untyped-def]
    import importlib

    module, name = PAGES[key].split(":")
    page = getattr(importlib.import_module(module), name)(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitActive(page):
        page.show()
    return page


@pytest.mark.parametrize("key", [b.key for b in BOOKS])
def test_every_books_page_has_the_registrys_title_and_print_menu(qtbot, ctx: AppContext, key: str) -> None:  # type: ignore[no-untyped-def]
    import importlib

    from ui.book_page import BookPage

    module, name = BY_KEY[key].page.split(":")
    page = getattr(importlib.import_module(module), name)(ctx)
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, BookPage) and page.book_key == key
    offered = {a.data() for a in page.print_button.menu().actions()}
    assert offered == {f.key for f in BY_KEY[key].forms}
    assert page.title.text() == BY_KEY[key].zh  # the book's own name, from the registry
    ctrl_p = [a for a in page.actions() if a.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Print))
              == QKeySequence.SequenceMatch.ExactMatch]
    assert len(ctrl_p) == 1  # one form answers Ctrl+P


def pdf_text(path: Path) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_printing_the_selected_members_dues_record_renders_that_member(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, "dues")
    action = next(a for a in page.print_button.menu().actions() if a.data() == "dues-member")
    action.trigger()  # nobody chosen: said, nothing printed
    assert "请先在表中选择" in page.message.text() and not hasattr(page, "preview")
    row = page.model.rows[2]
    page.select(row.member_id)
    action.trigger()
    qtbot.waitUntil(lambda: hasattr(page, "preview"), timeout=20000)
    assert row.name in page.preview.suggested_name and page.preview.doc.pageCount() >= 1
    assert row.name in pdf_text(page.preview.pdf)
    page.preview.close()


def test_ctrl_p_prints_the_books_own_form(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, "pledges")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hasattr(page, "preview"), timeout=20000)
    assert page.preview.suggested_name == f"践诺台账{YEAR}.pdf"
    assert "践诺" in pdf_text(page.preview.pdf)
    page.preview.close()


def test_deleted_applicant_comes_back_with_ctrl_z_and_goes_again_with_ctrl_shift_z(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, "development")
    svc = DevelopmentService(ctx.ws)
    kept = next(p for p in page.model.rows if p.member_id is not None)
    page.select(kept.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # on the roster: the record stays, and the page says why
    assert kept.id in {p.id for p in svc.list_people()} and "须保留" in page.message.text()
    assert not page.undo_stack.canUndo()
    victim = next(p for p in page.model.rows if p.member_id is None)
    page.select(victim.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert victim.id not in {p.id for p in svc.list_people()} and "回收站" in page.message.text()
    assert victim.name in page.acts["undo"].text()  # the Undo action says what it takes back
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert victim.id in {p.id for p in svc.list_people()} and victim.id in {p.id for p in page.model.rows}
    assert "已撤销" in page.message.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert victim.id not in {p.id for p in svc.list_people()} and victim.id not in {p.id for p in page.model.rows}
    assert "已重做" in page.message.text()


def test_removed_hand_up_is_undone(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, "dues")
    svc = DuesService(ctx.ws)
    before = svc.handups(YEAR)
    assert before  # the demo handed up earlier quarters
    page.handup_table.setCurrentIndex(page.handups.index(0, 0))
    page.remove_handup()
    assert len(svc.handups(YEAR)) == len(before) - 1 and len(page.handups.rows) == len(before) - 1
    page.undo()
    assert [h.id for h in svc.handups(YEAR)] == [h.id for h in before]
    page.undo()  # nothing left to take back: said, nothing changed
    assert "没有可撤销" in page.message.text() and len(svc.handups(YEAR)) == len(before)


def test_a_hidden_page_reads_again_only_when_shown(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from models.services.pledges import PledgeInput

    page = open_page(qtbot, ctx, "pledges")
    shown = len(page.model.rows)
    page.hide()
    member = ctx.roster.list_members()[0]
    PledgeService(ctx.ws).add(PledgeInput(YEAR, member.id, "共性承诺", "每月按时交纳党费"))
    ctx.data_changed.emit()
    assert page.stale and len(page.model.rows) == shown  # no read while hidden
    page.show()
    assert not page.stale and len(page.model.rows) == shown + 1


def test_every_table_model_passes_qtmodeltester(qtmodeltester, qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dues = open_page(qtbot, ctx, "dues")
    dev = open_page(qtbot, ctx, "development")
    pledges = open_page(qtbot, ctx, "pledges")
    dev.select(next(p for p in dev.model.rows if p.steps).id)
    assert dev.steps.rowCount() >= 25
    from ui.appraisal_page import AppraisalPage
    from ui.orglife_page import OrgLifePage
    from ui.talks_page import TalksPage
    from ui.transfers_page import TransfersPage

    others = []
    for cls in (AppraisalPage, TalksPage, TransfersPage, OrgLifePage):
        page = cls(ctx)
        qtbot.addWidget(page)
        page.show()
        others.append(page)
    appraisal, talks, transfers, orglife = others
    for model in (dues.model, dues.handups, dev.model, dev.steps, pledges.model, pledges.proxy, dues.proxy,
                  appraisal.model, talks.model, transfers.away_model, orglife.speeches, orglife.items):
        assert model.rowCount() > 0, model
        qtmodeltester.check(model)


def test_a_page_reads_on_a_worker_and_the_newest_read_wins(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    """With the program's real task runner: the dues page reads off the UI thread (a visit never holds the
    window), and when the year changes twice quickly only the last read is shown."""
    import threading

    from models.config import UserSettings
    from ui.context import AppContext
    from ui.dues_page import DuesPage
    from ui.tasks import TaskRunner

    ctx = AppContext(demo_ws, UserSettings(), TaskRunner())
    page = DuesPage(ctx)
    qtbot.addWidget(page)
    readers: list[str] = []
    real_read = page.read

    def read(year: int):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread().name)
        return real_read(year)
    page.read = read  # type: ignore[method-assign]
    page.show()
    qtbot.waitUntil(lambda: bool(page.model.rows), timeout=20000)
    assert readers and threading.main_thread().name not in readers
    page.year.setCurrentIndex(page.year.findData(YEAR - 1))
    page.year.setCurrentIndex(page.year.findData(YEAR))
    qtbot.waitUntil(lambda: not page._reading, timeout=20000)
    ctx.tasks.wait()
    want = DuesService(demo_ws).year(YEAR)
    assert [r.paid_fen for r in page.model.rows] == [r.paid_fen for r in want.rows] and len(readers) == 3
