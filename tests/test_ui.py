"""The windows driven as a person would (pytest-qt). Chinese goes in with setText, never keyClicks."""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.rules.idcard import check_digit
from models.services.dto import MemberInput
from tests.conftest import FIXTURES
from ui.context import AppContext
from ui.table_models import MemberFilterProxy, MemberTableModel


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    """The program starts in Chinese: tests see what a secretary sees."""
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "zh_CN")


def idn(body: str) -> str:
    return body + check_digit(body)


def test_member_table_model_passes_qtmodeltester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MemberTableModel()
    model.set_rows(ctx.roster.list_members(include_left=True))
    qtmodeltester.check(model)
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(text="zs")
    qtmodeltester.check(proxy)


def test_search_by_pinyin_initials_finds_the_member(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.roster_page import RosterPage

    ctx.roster.add(MemberInput(name="张三", gender="男", birth_date=date(1980, 5, 12), join_date=date(2003, 7, 1),
                               full_date=date(2004, 7, 1), group="第一党小组"))
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 36
    qtbot.keyClicks(page.search, "zs")
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "张三" in names and all(page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).name_initials.startswith("zs")
                                  for r in range(page.proxy.rowCount()))
    page.search.setText("张三")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("预备党员"))
    assert page.proxy.rowCount() == ctx.roster.stats().probationary
    page.status.setCurrentIndex(0)
    page.show_left.setChecked(True)
    assert page.proxy.rowCount() == len(ctx.roster.list_members(include_left=True))


def test_sorting_by_name_follows_pinyin(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.roster_page import RosterPage

    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.table.sortByColumn(MemberTableModel.NAME, Qt.SortOrder.AscendingOrder)
    pinyin = [page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).name_pinyin for r in range(page.proxy.rowCount())]
    assert pinyin == sorted(pinyin, key=str.lower)


def fill(dialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for key, text in values.items():
        w = dialog.fields[key]
        if hasattr(w, "edit"):
            w.edit.setText(text)
        elif hasattr(w, "setEditText") and w.isEditable():
            w.setEditText(text)
        elif hasattr(w, "setCurrentText"):
            w.setCurrentText(text)
        else:
            w.setText(text)


def test_member_dialog_adds_a_member_from_the_keyboard(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.member_dialog import MemberDialog

    d = MemberDialog(ctx)
    qtbot.addWidget(d)
    fill(d, name="欧阳修", id_number=idn("11010519800512001"), join_date="2003.7.1", full_date="2004年7月1日",
         group="第二党小组", phone="13800138000")
    d.id_number.editingFinished.emit()
    assert d.birth_date.edit.text() == "1980-05-12" and d.gender.currentText() == "男"
    with qtbot.waitActive(d):
        d.show()
    qtbot.keyClick(d.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted, d.errors.text()
    saved = next(m for m in ctx.roster.list_members() if m.name == "欧阳修")
    assert (saved.join_date, saved.full_date, saved.name_initials) == (date(2003, 7, 1), date(2004, 7, 1), "oyx")


def test_member_dialog_names_the_bad_field_and_saves_nothing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.member_dialog import MemberDialog

    before = len(ctx.roster.list_members())
    d = MemberDialog(ctx)
    qtbot.addWidget(d)
    bad_id = idn("11010519800512001")[:-1] + ("1" if idn("11010519800512001")[-1] != "1" else "2")
    fill(d, name="王五", gender="男", birth_date="1980-05-12", id_number=bad_id, join_date="2021-02-30")
    d.save()
    assert d.result() != d.DialogCode.Accepted
    assert "入党日期：“2021-02-30”不是有效日期" in d.errors.text()
    fill(d, join_date="2003-07-01", full_date="2004-07-01")
    d.save()
    assert "身份证号：校验位错误" in d.errors.text()
    assert "border" in d.id_number.styleSheet() and d.id_number.hasFocus() in (True, False)
    assert len(ctx.roster.list_members()) == before


def test_leave_dialog_takes_member_off_the_roster(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.member_dialog import LeaveDialog

    m = ctx.roster.list_members()[0]
    d = LeaveDialog(ctx, m)
    qtbot.addWidget(d)
    d.kind.setCurrentText("转出")
    d.save()
    assert "原因" in d.errors.text()
    d.reason.setText("转至市局机关第二党支部")
    d.save()
    assert d.result() == d.DialogCode.Accepted
    assert m.id not in {x.id for x in ctx.roster.list_members()}


def test_import_dialog_shows_problems_and_imports_only_valid_rows(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.import_dialog import ImportDialog

    before = len(ctx.roster.list_members())
    d = ImportDialog(ctx, None, FIXTURES / "roster_messy.xlsx")
    qtbot.addWidget(d)
    assert "正确5行，有错误9行" in d.summary.text()
    assert not d.import_all.isEnabled() and d.import_valid.isEnabled()
    lines = [d.problems.item(i).text() for i in range(d.problems.count())]
    assert any(line.startswith("第5行 身份证号：校验位错误") for line in lines)
    d.problems.setCurrentRow(0)
    d._jump(d.problems.item(0))
    assert d.preview.currentRow() >= 0
    d.import_valid.click()
    assert d.imported == 5 and len(ctx.roster.list_members()) == before + 5


def test_import_dialog_remapping_a_column_rechecks(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from ui.import_dialog import ImportDialog

    d = ImportDialog(ctx, None, FIXTURES / "roster_clean.xlsx")
    qtbot.addWidget(d)
    assert d.import_all.isEnabled()
    row = next(r for r in range(d.mapping.rowCount()) if d.mapping.item(r, 0).text() == "转正时间")
    combo = d.mapping.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(0)  # ignore the 转正 column: now full members lack their date
    d.recheck()
    assert not d.import_all.isEnabled() and "有错误10行" in d.summary.text()


def test_dashboard_shows_the_four_things_to_know(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    s = ctx.roster.stats()
    def count(label) -> str:  # type: ignore[no-untyped-def]  # “35名” / “35 members”: the number, with its unit
        import re

        m = re.fullmatch(r"(\d+)(名| members)", label.text())
        assert m is not None, label.text()
        return m.group(1)

    assert count(page.total) == str(s.total) and count(page.prob) == str(s.probationary)
    assert sum(r.count for r in page.bars["by_group"].rows) == s.total
    page.grab()  # paints the bars
    page.show()
    first, second = ctx.roster.list_members()[:2]
    ctx.roster.leave(first.id, "转出", date.today(), "转走")
    ctx.data_changed.emit()  # shown: read again at once
    assert count(page.total) == str(s.total - 1)
    page.hide()
    ctx.roster.leave(second.id, "转出", date.today(), "转走")
    ctx.data_changed.emit()  # hidden (another book is open): read when next shown, not now
    assert page.stale and count(page.total) == str(s.total - 1)
    page.show()
    assert not page.stale and count(page.total) == str(s.total - 2)


def test_main_window_navigates_by_keyboard_through_the_fifteen_books(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert titles[0] == "工作台" and [int(t.split()[0].split("–")[0]) for t in titles[1:]] == [1, 2, 3, 8, 9, 10, 11, 12, 13,
                                                                                               14, 15]
    assert titles[4] == "8 组织生活会" and titles[-1] == "15 计划总结与对标考评"
    assert win.page(2) is win.roster_page and win.current_page() is win.roster_page
    next(a for a in win.actions() if a.shortcut().toString() == "Alt+0").trigger()  # Alt+0: the tenth book
    assert win.nav.currentRow() == 9 and type(win.current_page()).__name__ == "TransfersPage"
    assert not win.grab().isNull()


def test_profile_page_refuses_a_bad_code_and_saves_a_good_one(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.profile_page import ProfilePage

    page = ProfilePage(ctx)
    qtbot.addWidget(page)
    page.form.code.setText("第一支部")
    page.save()
    assert "支部代码" in page.form.errors.text()
    assert ctx.profile.get().code == "GWSF-JG01"  # type: ignore[union-attr]
    page.form.code.setText("JG-02")
    page.form.address.setText("人民路1号")
    page.save()
    assert ctx.profile.get().address == "人民路1号"  # type: ignore[union-attr]


def test_first_start_setup_creates_the_profile(qtbot, qapp, ws) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.setup_dialog import SetupDialog
    from ui.tasks import SyncTaskRunner

    c = AppContext(ws, UserSettings(), SyncTaskRunner())
    d = SetupDialog(c)
    qtbot.addWidget(d)
    d.create_branch()
    assert "支部名称：必填" in d.form.errors.text() and c.profile.get() is None
    assert "密码至少8个字符" in d.password_message.text()  # the password is asked for by default (encryption on)
    d.plain.setChecked(True)  # this test is about the profile; tests/test_app_lock.py sets a password
    d.form.name.setText("中共示范学校第一支部委员会")
    d.form.superior.setText("示范学校党委")
    d.form.code.setText("SFXX-01")
    d.form.branch_type.setCurrentText("学校")
    d.create_branch()
    assert d.result() == d.DialogCode.Accepted and c.profile.get().branch_type == "学校"  # type: ignore[union-attr]


def test_first_start_demo_button_fills_a_demo_branch(qtbot, qapp, ws) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.setup_dialog import SetupDialog
    from ui.tasks import SyncTaskRunner

    c = AppContext(ws, UserSettings(), SyncTaskRunner())
    d = SetupDialog(c)
    qtbot.addWidget(d)
    d.demo.click()
    assert d.result() == d.DialogCode.Accepted and len(c.roster.list_members()) == 35


def test_print_preview_shows_the_roster_pdf(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.roster_page import RosterPage

    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.print_roster()
    preview = page.preview
    qtbot.addWidget(preview)
    assert preview.doc.pageCount() >= 2 and "页" in preview.pages.text()
    folder = preview.pdf.parent
    assert folder.is_dir()
    preview.close()
    assert not folder.exists()  # on main every preview left its PDF (names, records) in the temp folder


def test_previews_a_killed_program_left_behind_are_swept_and_a_current_one_is_kept(tmp_path: Path,
                                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os
    import tempfile
    import time

    from ui.pdf_preview import sweep_previews, temporary_pdf

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, new = temporary_pdf(), temporary_pdf()
    for p in (old, new):
        p.write_bytes(b"%PDF-1.4")
    day_ago = time.time() - 24 * 3600
    os.utime(old.parent, (day_ago, day_ago))
    assert sweep_previews() == 1
    assert not old.parent.exists() and new.exists()


def test_print_renders_every_page_to_the_printer(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from reports.roster import render_roster
    from ui.pdf_preview import print_pdf

    src = tmp_path / "r.pdf"
    pages = render_roster(ctx.ws, src)
    doc = QPdfDocument()
    doc.load(str(src))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf(doc, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_backup_dialog_backs_up_and_restores(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.backup_dialog import BackupDialog

    d = BackupDialog(ctx)
    qtbot.addWidget(d)
    d.backup()
    assert d.table.rowCount() == 1
    path = Path(d.table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    first = ctx.roster.list_members()[0]
    ctx.roster.leave(first.id, "转出", date.today(), "转走")
    replaced = []
    ctx.workspace_replaced.connect(lambda: replaced.append(True))
    d.restore_path(path, confirm=False)
    assert replaced and first.id in {m.id for m in ctx.roster.list_members()}
    assert "已从" in d.status.text()
    d.check()
    assert d.report.ok and "数据库完整性：正常" in d.status.text()


def test_settings_dialog_saves_language_and_fonts(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.settings_dialog import SettingsDialog

    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.language.setCurrentIndex(d.language.findData("en"))
    d.font_edits["body"].setText("/fonts/simfang.ttf")
    d.save()
    s = UserSettings.load()
    assert s.language == "en" and s.fonts == {"body": "/fonts/simfang.ttf"}


def test_about_lists_versions(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.about_dialog import AboutDialog, about_lines

    keys = [k for k, _ in about_lines(ctx)]
    assert {"Branch Desk", "Python", "Qt / PySide6", "SQLite", "fonts"} <= set(keys)
    qtbot.addWidget(AboutDialog(ctx))


def test_background_task_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from models.progress import Cancelled, step
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    seen: dict[str, object] = {}
    ui_thread = threading.current_thread()

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        for i in range(3):
            step(progress, i, 3, "x")
        return "done"

    runner.run(work, lambda r: seen.setdefault("result", (r, threading.current_thread())))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["thread"] is not ui_thread and seen["result"] == ("done", ui_thread)

    started = threading.Event()
    release = threading.Event()

    def slow(progress) -> None:  # type: ignore[no-untyped-def]
        started.set()
        release.wait(5)
        step(progress, 1, 2)

    errors: list[BaseException] = []
    progress = runner.run(slow, lambda _r: None, errors.append, label="慢任务", writes=True)
    started.wait(5)
    progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)


@pytest.mark.parametrize("lang,expected", [("zh_CN", "2 党员花名册"), ("en", "2 Member roster")])
def test_interface_is_translated_both_ways(qtbot, ctx: AppContext, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    install_translators(QApplication.instance(), lang)  # type: ignore[arg-type]
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert win.nav.item(2).text() == expected
    finally:
        install_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]


def test_text_size_is_chosen_in_settings_applied_at_once_and_remembered(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """设置 → 文字大小: 标准 10.5 pt (the default, at least 五号), 大 12 pt, 特大 14 pt, on every window at once."""
    from models.config import UserSettings
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog
    from ui.widgets import DateField

    before = qapp.font()
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        d = SettingsDialog(ctx)
        qtbot.addWidget(d)
        assert d.text_size.currentData() == "standard"
        d.text_size.setCurrentIndex(d.text_size.findData("large"))
        d.save()
        assert qapp.font().pointSizeF() == 12.0 and UserSettings.load().text_size == "large"
        qtbot.waitUntil(lambda: "font-size: 13.5pt" in win.nav.styleSheet())  # the books' list grows (was fixed 12 pt)
        field = DateField()
        qtbot.addWidget(field)
        assert field.font().pointSizeF() == 12.0
        assert "2020" not in field.edit.placeholderText()  # a format hint, not a date that looks filled in
    finally:
        qapp.setFont(before)
