"""One language at a time, and headers that fit: the main window walked page by page at 1366×768, in Chinese and in
English, at the standard and the largest text size. In Chinese no English word reaches the person (PDF, Excel, key
names and file types aside); in English the window's own words — buttons, tabs, group titles, table headers, hints
in empty fields — hold no Chinese (the records' data and the regulations' titles are Chinese in either language).
Every table header is wide enough for its title."""
from __future__ import annotations

import html
import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

ENGLISH = re.compile(r"(?<![A-Za-z0-9_.@/-])[A-Za-z]{3,}(?![A-Za-z0-9_])")
ALLOWED = {"PDF", "Excel", "Ctrl", "Shift", "Del", "Enter", "Esc", "Alt", "Tab", "Home", "End", "Branch", "Desk",
           "SQLCipher", "AES", "xlsx", "xls", "csv", "pdf", "zip", "json", "UUID",
           # fonts are called by their names (设置 → 打印字体)
           "UMing", "UKai", "uming", "ukai", "HanaMinA", "HanaMinB", "wqy", "microhei", "zenhei", "ttc", "ttf",
           "BranchDeskHei"}
CHINESE = re.compile(r"[\u4e00-\u9fff]")
HEX = re.compile(r"[0-9A-F]+")  # a key's fingerprint (D5AA F757 …) is data


def english_words(text: str) -> list[str]:
    return [x for x in ENGLISH.findall(text) if x not in ALLOWED and not HEX.fullmatch(x)]


def wrong_language(lang: str, kind: str, text: str) -> list[str]:
    """The words of ``text`` (a ``kind`` of text: button, header …) that are not in ``lang``."""
    if lang == "zh_CN":
        return english_words(text)
    return CHINESE.findall(text) if kind in CHROME else []
CHROME = ("button", "tab", "header", "group", "hint")  # the window's own words, never data
MIXED = re.compile(r"[A-Za-z][\u3400-\u9fff]+|[\u3400-\u9fff]+[A-Za-z]|\([\u3400-\u9fff]+\)")


def wrong_title(lang: str, title: str) -> list[str]:
    """A window title names its record (data in any language) but its own words are in ``lang``: in English, Chinese
    glued to English words (“Themed party day签到表”) or glossed in brackets (“(报送)”) is the window's, not data."""
    return english_words(title) if lang == "zh_CN" else MIXED.findall(title)


def _texts(w: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(w, QLabel):
        out.append(("label", html.unescape(re.sub(r"<[^>]+>", "", w.text()))))
    if isinstance(w, QAbstractButton):
        out.append(("button", w.text()))
    if isinstance(w, QGroupBox):
        out.append(("group", w.title()))
    if isinstance(w, QTabWidget):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
    if isinstance(w, QLineEdit):
        out.append(("hint", w.placeholderText()))
    if w.toolTip():
        out.append(("tooltip", html.unescape(re.sub(r"<[^>]+>", "", w.toolTip()))))
    if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
        m = w.model()
        out += [("header", str(m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
                for c in range(m.columnCount())]
        for r in range(min(3, m.rowCount())):  # the tooltips of the first rows' cells (a mark's rule, a long text)
            for c in range(m.columnCount()):
                tip = m.data(m.index(r, c), Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and tip:  # a name's pinyin (程振华（cheng zhen hua）) is not English
                    tip = re.sub(r"（[a-zü ]+）", "", html.unescape(re.sub(r"<[^>]+>", "", tip)))
                    out.append(("cell tooltip", tip))
    return [(k, t) for k, t in out if t]


def look_over(root: QWidget, where: str, lang: str, leaks: dict[tuple[str, str, str], list[str]],
              cut: list[tuple[str, str, int, int]]) -> None:
    """Every word ``root`` shows that is not in ``lang`` into ``leaks``, every table header narrower than its title
    into ``cut``."""
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        for kind, text in _texts(w):
            if bad := wrong_language(lang, kind, text):
                leaks[(where, kind, text[:60])] = bad[:3]
        if isinstance(w, QTableView) and w.isVisible():
            cut += [(where, *c) for c in _cut_headers(w)]


def small_screen_window(qtbot, ctx):  # type: ignore[no-untyped-def]
    """The main window, shown at 1366×768 (a small laptop's screen)."""
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def _cut_headers(view: QTableView) -> list[tuple[str, int, int]]:
    header = view.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    out = []
    m = view.model()
    for c in range(m.columnCount()):
        title = str(m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not title or header.isSectionHidden(c) or c == m.columnCount() - 1 and header.stretchLastSection():
            continue
        need = max(header.fontMetrics().horizontalAdvance(x) for x in title.split("\n")) + margin
        if header.sectionSize(c) < need:
            out.append((title, header.sectionSize(c), need))
    return out


@pytest.mark.parametrize(("lang", "size"), [("zh_CN", "standard"), ("en", "standard"), ("zh_CN", "xlarge")])
def test_every_page_speaks_one_language_and_no_header_is_cut(qtbot, qapp, ctx, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    """On main the English 工作台 titled its 报送 box “Monthly bundle to the committee (报送)” and the English roster cut
    its “Gender” and “Membership” headers (“Votes (excellent/…)” of the appraisal lost half its title)."""
    from models.i18n import set_language
    from ui.app import apply_text_size
    from ui.i18n import install_translators

    before = qapp.font()
    leaks: dict[tuple[str, str, str], list[str]] = {}
    cut: list[tuple[str, str, int, int]] = []
    try:
        set_language(lang)
        install_translators(qapp, lang)
        apply_text_size(qapp, size)
        win = small_screen_window(qtbot, ctx)
        for i in range(win.nav.count()):
            page = win.page(i)
            qapp.processEvents()
            tabs = [(t, k) for t in page.findChildren(QTabWidget) for k in range(t.count())]
            for tab_widget, k in [(None, 0), *tabs]:  # the page as it opens, then each tab of it in turn
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(k)
                    qapp.processEvents()
                where = win.nav.item(i).text() + (f" / {tab_widget.tabText(k)}" if tab_widget is not None else "")
                look_over(page, where, lang, leaks, cut)
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
        qapp.setFont(before)
    assert leaks == {}
    assert cut == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_dialogs_and_menus_speak_one_language(qtbot, qapp, ctx, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The dialogs a secretary opens from the pages and menus (a member, a meeting, 报送, backups, party groups, the
    committee's election, settings, the rules) and the menus themselves, in each language. (The About dialog lists
    the libraries by their names and is left out.)"""
    from PySide6.QtWidgets import QMenu

    from models.i18n import set_language
    from models.services.roster import RosterService
    from ui.attendance_dialog import AttendanceDialog
    from ui.backup_dialog import BackupDialog
    from ui.committee_box import ElectionDialog
    from ui.export_dialog import ExportDialog
    from ui.groups_dialog import GroupsDialog
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.meeting_dialog import MeetingDialog
    from ui.member_dialog import MemberDialog
    from ui.settings_dialog import SettingsDialog
    from ui.standards_dialog import StandardsDialog

    leaks: dict[tuple[str, str, str], list[str]] = {}

    def check(where: str, kind: str, text: str) -> None:
        if bad := wrong_language(lang, kind, text):
            leaks[(where, kind, text[:60])] = bad[:3]

    try:
        set_language(lang)
        install_translators(qapp, lang)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        member = RosterService(ctx.ws).list_members()[0]
        makers = [lambda: MemberDialog(ctx, member, win), lambda: MemberDialog(ctx, None, win),
                  lambda: MeetingDialog(ctx, parent=win), lambda: ExportDialog(ctx, win),
                  lambda: BackupDialog(ctx, win), lambda: GroupsDialog(ctx, win), lambda: ElectionDialog(ctx, win),
                  lambda: SettingsDialog(ctx, win), lambda: StandardsDialog(ctx, win),
                  lambda: AttendanceDialog(ctx, parent=win)]
        for make in makers:
            d = make()
            qtbot.addWidget(d)
            d.show()
            qapp.processEvents()
            for w in [d, *d.findChildren(QWidget)]:
                if w is d or w.isVisibleTo(d):
                    for kind, text in _texts(w):
                        check(type(d).__name__, kind, text)
            d.close()
        for menu in win.menuBar().findChildren(QMenu):
            for action in menu.actions():
                check("menu", "button", action.text().replace("&", ""))
                check("menu", "tooltip", action.toolTip())
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
    assert leaks == {}


def test_a_long_cell_shows_its_whole_text_as_its_tooltip(qapp) -> None:  # type: ignore[no-untyped-def]
    """A text that may be cut off in its column is shown whole when the pointer rests on it (short ones need not)."""
    from ui.table_models import Column, ColumnModel

    model: ColumnModel[str] = ColumnModel([Column("承诺", lambda r: r)])
    model.set_rows(["带头学习党的创新理论，按时参加集中学习和组织生活", "按时交纳党费"])
    tip = [model.data(model.index(i, 0), Qt.ItemDataRole.ToolTipRole) for i in range(2)]
    assert tip == ["带头学习党的创新理论，按时参加集中学习和组织生活", None]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_dialog_a_page_opens_for_its_selected_record_speaks_one_language(qtbot, qapp, ctx, lang: str,
                                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every “…” action and button of every page (the payment, a recruitment step, a pledge's progress, a transfer
    letter, a remediation item …), opened with the first record of each of its tables selected, and each answered
    Cancel; the questions and file pickers they ask are answered No/nothing."""
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

    from models.i18n import set_language
    from ui.i18n import install_translators

    leaks: dict[tuple[str, str, str], list[str]] = {}
    opened: list[str] = []

    def look(where: str, d: QWidget) -> None:
        d.show()
        qapp.processEvents()
        opened.append(f"{where}: {type(d).__name__} {d.windowTitle()}")
        if bad := wrong_title(lang, d.windowTitle()):
            leaks[(where, "title", d.windowTitle())] = bad
        for w in [d, *d.findChildren(QWidget)]:
            if w is d or w.isVisibleTo(d):
                for kind, text in _texts(w):
                    if bad := wrong_language(lang, kind, text):
                        leaks[(f"{where} → {d.windowTitle()}", kind, text[:60])] = bad[:3]

    current = {"where": ""}

    def cancelled(self: QDialog) -> int:
        look(current["where"], self)
        self.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", cancelled)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    try:
        set_language(lang)
        install_translators(qapp, lang)
        win = small_screen_window(qtbot, ctx)
        for i in range(win.nav.count()):
            page = win.page(i)
            qapp.processEvents()
            for view in page.findChildren(QTableView) + page.findChildren(QTreeView):
                if view.model() is not None and view.model().rowCount() > 0:
                    view.setCurrentIndex(view.model().index(0, 0))
            acts = getattr(page, "acts", {})
            triggers = [(a.text(), a.trigger) for k, a in acts.items() if a.text().endswith("…") and k != "print"]
            triggers += [(b.text(), b.click) for b in page.findChildren(QAbstractButton)
                         if b.text().endswith("…") and b.isEnabled() and not any(t == b.text() for t, _ in triggers)]
            for text, fire in triggers:
                current["where"] = f"{win.nav.item(i).text()} / {text}"
                before = set(QApplication.topLevelWidgets())
                fire()
                qapp.processEvents()
                for w in set(QApplication.topLevelWidgets()) - before:  # a dialog opened without exec
                    if isinstance(w, QDialog) and w.isVisible():
                        look(current["where"], w)
                        w.close()
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
    assert len(opened) >= 25, opened  # the walk reached the pages' dialogs
    assert leaks == {}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_committee_window_speaks_one_language_and_cuts_no_header(qtbot, qapp, ctx, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The superior committee's window, every tab, with a branch's month received and its key confirmed. On main its
    document list named the forms by their file names (01-monthly-report.pdf) in the Chinese window."""
    from datetime import date

    from exchange import bundle
    from exchange.committee import confirm_branch
    from models.committee_store import CommitteeStore, branches
    from models.i18n import set_language
    from ui.committee_window import CommitteeWindow
    from ui.i18n import install_translators
    from ui.tasks import SyncTaskRunner

    today = date(2026, 11, 21)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle.send(ctx.ws, bundle.preview(ctx.ws, "2026-10", today=today), stick)
    store = CommitteeStore.open(tmp_path / "committee")
    leaks: dict[tuple[str, str, str], list[str]] = {}
    cut: list[tuple[str, str, int, int]] = []
    try:
        set_language(lang)
        install_translators(qapp, lang)
        win = CommitteeWindow(store, SyncTaskRunner(), today=today)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.receive([stick])
        for br in branches(store):
            confirm_branch(store, br.code, br.fingerprint)
        win.refresh()
        win.show()
        win._matrix_open(0, win.matrix_months.index("2026-10") + 1)
        for i in range(win.tabs.count()):
            win.tabs.setCurrentIndex(i)
            qapp.processEvents()
            where = win.tabs.tabText(i)
            tab = win.tabs.widget(i)
            look_over(tab, where, lang, leaks, cut)
            items = [win.docs.item(k).text() for k in range(win.docs.count())] if tab.isAncestorOf(win.docs) else []
            for text in items:
                if bad := (english_words(text) if lang == "zh_CN" else []):
                    leaks[(where, "document", text)] = bad
        assert win.docs.count() > 0
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
        store.close()
    assert leaks == {}
    assert cut == []


def test_the_english_window_shows_a_members_fixed_terms_in_english_and_stores_them_unchanged(qtbot, qapp, ctx) -> None:  # type: ignore[no-untyped-def]
    """性别, 学历, 党员类型 and 类别 are the window's words, not data: the English window showed 男, 大学本科 and 正式党员.
    Shown in English, they are stored as the Chinese terms, so a record opened and saved in English is unchanged."""
    from models.i18n import set_language, term
    from models.member import EDUCATIONS, GENDERS
    from models.services.roster import RosterService
    from ui.i18n import install_translators
    from ui.member_dialog import MemberDialog
    from ui.table_models import MemberTableModel

    before = RosterService(ctx.ws).list_members()[0]
    try:
        set_language("en")
        install_translators(qapp, "en")
        d = MemberDialog(ctx, before)
        qtbot.addWidget(d)
        shown = [d.gender.currentText(), d.education.currentText(), d.status.currentText(), d.category.currentText()]
        assert not [x for x in shown if CHINESE.search(x)], shown
        d.save()
        model = MemberTableModel()
        model.set_rows(RosterService(ctx.ws).list_members())
        cells = [str(model.data(model.index(0, c)) or "") for c in range(model.columnCount())
                 if str(model.headerData(c, Qt.Orientation.Horizontal)) in ("Gender", "Education", "Membership", "Category")]
        assert len(cells) == 4 and not [x for x in cells if CHINESE.search(x)], cells
        from ui.main_window import MainWindow

        win = MainWindow(ctx)
        qtbot.addWidget(win)
        profile = win.show_book("profile")
        types = [profile.form.branch_type.itemText(i) for i in range(profile.form.branch_type.count())]
        assert "government office" in types and not [x for x in types if CHINESE.search(x)], types
        plans = win.show_book("plans")
        months = [plans.month.itemText(i) for i in range(plans.month.count())]
        assert months and not [x for x in months if CHINESE.search(x)], months
        roster = win.show_book("roster")  # each term fits its column (“bachelor's degree”, not “bachelor's …”)
        view, rm = roster.table, roster.table.model()
        for c in range(rm.columnCount()):
            title = str(rm.headerData(c, Qt.Orientation.Horizontal))
            words = {"Gender": GENDERS, "Education": EDUCATIONS, "Membership": ("正式党员", "预备党员")}.get(title, ())
            widest = max((view.fontMetrics().horizontalAdvance(term(x)) for x in words), default=0)
            assert view.columnWidth(c) >= widest + 6, (title, view.columnWidth(c), widest)
        pledges = win.show_book("pledges")  # the default categories (a branch's own would show as it typed them)
        pledges.reload()
        qapp.processEvents()
        kinds = [pledges.category.itemText(i) for i in range(1, pledges.category.count())]
        assert "common pledge" in kinds and not [x for x in kinds if CHINESE.search(x)], kinds
    finally:
        set_language("zh_CN")
        install_translators(qapp, "zh_CN")
    after = RosterService(ctx.ws).get(before.id)
    assert (after.gender, after.education, after.status, after.category) == \
        (before.gender, before.education, before.status, before.category)
