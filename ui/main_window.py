"""Main window: books on the left (工作台 first), the page on the right, menus for data safety and help."""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.books import BOOKS
from models.errors import UserError
from ui import shortcuts, style

if TYPE_CHECKING:
    from ui.app_lock import AppLock
    from ui.context import AppContext

log = logging.getLogger(__name__)


class LazyPage(QWidget):
    """Holds a page that is built the first time it is shown, so start-up does not pay for books not opened."""

    def __init__(self, factory: Callable[[], QWidget]):
        super().__init__()
        self.factory = factory
        self.built: QWidget | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.built is None:
            self.built = self.factory()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.built)
        return self.built

    def showEvent(self, e: QShowEvent) -> None:  # noqa: N802
        self.ensure()
        super().showEvent(e)


def _lazy(ctx: AppContext, page: str) -> LazyPage:
    """A page (``module:Class``) whose module is imported and built the first time the page is shown."""
    def build() -> QWidget:
        module, cls = page.split(":")
        built: QWidget = getattr(importlib.import_module(module), cls)(ctx)
        return built

    return LazyPage(build)


class _BookPage:
    """``window.roster_page``: the book's page, built on first use."""

    def __init__(self, key: str):
        self.key = key

    def __get__(self, win: MainWindow, owner: type | None = None) -> Any:
        return win.book_page(self.key)


class MainWindow(QMainWindow):
    ctx: AppContext

    def __init__(self, ctx: AppContext | None = None):
        """The frame first — title, the books on the left, “opening…” on the right — so the window paints before
        the data is opened (the database layer alone takes longer to load than a bare window takes to paint);
        ``attach`` then fills it. Given ``ctx`` it is filled at once."""
        super().__init__()
        self.setWindowTitle(self.tr("Branch Desk"))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setMaximumWidth(250)
        self.nav.setWordWrap(True)  # a long book name wraps, never scrolls sideways
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._style_nav()
        self.nav.setEnabled(False)  # until the data is open
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening the branch's data…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet(f"color: {style.MUTED}; font-size: 14pt;")
        self.stack.addWidget(self.opening)
        for i, title in enumerate([self.tr("Workbench"), *(b.label for b in BOOKS)]):
            item = QListWidgetItem(title)
            if i < 10:  # Alt+1 … Alt+9, Alt+0
                item.setToolTip(self.tr("Alt+{0}").format((i + 1) % 10))
            self.nav.addItem(item)
        self.nav.setCurrentRow(0)
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = self._demo_banner()
        outer.addWidget(self.demo_banner)
        outer.addWidget(split, 1)
        self.setCentralWidget(central)
        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where)
        if ctx is not None:
            self.attach(ctx)

    def _style_nav(self) -> None:
        """The books' list a little larger than the text, following 设置 → 文字大小 (it was a fixed 12 pt)."""
        size = QApplication.font().pointSizeF() + 1.5
        self.nav.setStyleSheet(f"QListWidget {{ font-size: {size:.1f}pt; }} QListWidget::item {{ padding: 8px; }}")

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "nav"):
            self._style_nav()
        super().changeEvent(e)

    def attach(self, ctx: AppContext) -> None:
        """Fill the frame with the open workspace: the 工作台, the books (each built when first shown), the menus."""
        from ui.dashboard import DashboardPage

        self.ctx = ctx
        self.dashboard = DashboardPage(ctx)
        self.holders: dict[str, LazyPage] = {b.key: _lazy(ctx, b.page) for b in BOOKS}
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        for page in (self.dashboard, *(self.holders[b.key] for b in BOOKS)):
            self.stack.addWidget(page)
        for i in range(min(10, self.nav.count())):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Alt+{(i + 1) % 10}"))
            act.triggered.connect(lambda _=False, n=i: self.nav.setCurrentRow(n))
            self.addAction(act)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.dashboard.open_meeting.connect(lambda mid: self.meetings_page.open_meeting(mid))
        self.dashboard.new_meeting.connect(self.record)
        self.dashboard.open_overdue_pledges.connect(self.overdue_pledges)
        self.dashboard.open_dues.connect(lambda: self.show_book("dues"))
        self.dashboard.open_development.connect(self.open_development)
        self.dashboard.open_book.connect(self.open_book)
        self.dashboard.send_bundle.connect(self.send_bundle)
        self.dashboard.open_first_step.connect(self.show_book)
        self.stack.setCurrentIndex(self.nav.currentRow())
        self.nav.setEnabled(True)
        self._menus()
        ctx.workspace_replaced.connect(self._status)
        ctx.workspace_replaced.connect(self.start_app_lock)
        self._status()

    def _demo_banner(self) -> QWidget:
        """On every page while the demo is open: it is a demo, nothing here is real or can be sent; one button back."""
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        bar = QWidget()
        bar.setObjectName("demoBanner")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar.setStyleSheet(f"#demoBanner {{ background: {style.AMBER_BG}; border-bottom: 1px solid {style.AMBER_BORDER}; }}")
        lay = QHBoxLayout(bar)
        text = QLabel(self.tr("Demo branch: everything here is made up, to look around. It is kept apart from your "
                              "branch's data and cannot be sent to the committee."))
        text.setWordWrap(True)
        self.home_button = QPushButton(self.tr("Back to my branch"))
        self.home_button.clicked.connect(self.go_home)
        lay.addWidget(text, 1)
        lay.addWidget(self.home_button)
        bar.hide()
        return bar

    def go_home(self) -> None:
        """回到我的支部: close the demo, open the branch's own data (its password if it has one); a branch not set up
        yet gets the set-up again."""
        from models.db import Workspace
        from ui.app import Declined, ask_key

        home = self.ctx.home
        try:
            ws = Workspace.open(home, key=ask_key(home))
        except Declined:
            return
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return
        demo = self.ctx.ws
        self.ctx.replace_workspace(ws)
        demo.close()
        if self.ctx.profile.get() is None:
            from ui.setup_dialog import SetupDialog

            SetupDialog(self.ctx, self).exec()

    def _menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        self._add(m, self.tr("&Backups and restore…"), shortcuts.key("window", "backups"), self.backups)
        self._add(m, self.tr("&Check data"), None, self.check_data)
        m.addSeparator()
        self._add(m, self.tr("Print the yearly &volume…"), shortcuts.key("window", "volume"), self.print_volume)
        self._add(m, self.tr("S&end the monthly bundle…"), shortcuts.key("window", "send"), self.send_bundle)
        m.addSeparator()
        self._add(m, self.tr("&Settings…"), shortcuts.key("window", "settings"), self.settings)
        self._add(m, self.tr("&Rules and their sources…"), None, self.standards)
        m.addSeparator()
        self._add(m, self.tr("&Lock"), shortcuts.key("window", "lock"), self.lock)
        self._add(m, self.tr("&Quit"), shortcuts.key("window", "quit"), self.close)
        h = self.menuBar().addMenu(self.tr("&Help"))
        self._add(h, self.tr("&Getting started"), None, self.getting_started)
        self._add(h, self.tr("User &manual"), None, self.manual)
        self._add(h, self.tr("&Keyboard shortcuts"), shortcuts.key("window", "shortcuts"), self.show_shortcuts)
        self._add(h, self.tr("&About Branch Desk"), None, self.about)

    def manual(self) -> None:
        """帮助 → 用户手册: the README's part for secretaries, offline."""
        from ui.manual import ManualDialog

        ManualDialog(self).exec()

    def getting_started(self) -> None:
        """帮助 → 开始使用: the set-up list on the 工作台, even when every step is done."""
        self.dashboard.show_first_steps_always = True
        self.nav.setCurrentRow(0)
        self.dashboard.show_first_steps(getattr(self.dashboard, "first_steps", []))

    def show_shortcuts(self) -> None:
        """帮助 → 快捷键: every key of the window and the pages, from the one table (ui/shortcuts.py)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

        from ui.shortcuts import rows

        d = QDialog(self)
        d.setWindowTitle(self.tr("Keyboard shortcuts"))
        d.resize(640, 560)
        table = QTableWidget(0, 3, d)
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Key"), self.tr("What it does")])
        for where, k, what in rows():
            r = table.rowCount()
            table.insertRow(r)
            for c, value in enumerate((where, k, what)):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(d.reject)
        lay = QVBoxLayout(d)
        lay.addWidget(table)
        lay.addWidget(close)
        self.shortcuts_dialog = d
        d.open()

    def _add(self, menu: QMenu, text: str, key: QKeySequence | QKeySequence.StandardKey | None,
             slot: Callable[[], object]) -> QAction:
        a = QAction(text, self)
        if key is not None:
            a.setShortcut(key)
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    app_lock: AppLock | None = None

    def start_app_lock(self) -> None:
        """An encrypted workspace locks after the idle time set in 设置 and on Ctrl+L (a plain one has no password)."""
        ws = self.ctx.ws
        if self.app_lock is not None:
            self.app_lock.unlock()
            QApplication.instance().removeEventFilter(self.app_lock)  # type: ignore[union-attr]
            self.app_lock.deleteLater()
            self.app_lock = None
        if ws.key is None:
            return
        from models import vault
        from ui.app_lock import AppLock

        root, key = ws.root, ws.key
        self.app_lock = AppLock(self, lambda secret: vault.confirm(root, secret, key), self.ctx.settings.lock_minutes)

    def lock(self) -> None:
        if self.app_lock is None:
            QMessageBox.information(self, self.tr("Lock"), self.tr(
                "The branch's data is not encrypted, so there is no password to lock the window with. Encrypt it "
                "under Settings → Security: then the window asks for the password at start, after {0} minutes "
                "without use, and on Ctrl+L.").format(int(self.ctx.settings.lock_minutes)))
            return
        self.app_lock.lock()

    def _status(self) -> None:
        demo = self.ctx.is_demo
        self.demo_banner.setVisible(demo)
        self.setWindowTitle(self.tr("Branch Desk — DEMO") if demo else self.tr("Branch Desk"))
        self.where.setText(self.tr("Data: {0}").format(self.ctx.ws.root))
        plain = self.ctx.ws.key is None and not demo
        self.where.setToolTip("" if not plain else self.tr(
            "Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and phone "
            "numbers. Encrypt it under Settings → Security."))
        self.where.setStyleSheet(f"color: {style.AMBER};" if plain else "")
        if plain:
            self.where.setText(self.where.text() + self.tr(" (not encrypted)"))

    def page(self, index: int) -> QWidget:
        self.nav.setCurrentRow(index)
        return self.current_page()

    def book_page(self, key: str) -> QWidget:
        """The book's page, built if it was not yet."""
        return self.holders[key].ensure()

    def show_book(self, key: str) -> Any:
        """Switch to the book's page and return it."""
        self.stack.setCurrentWidget(self.holders[key])
        self.nav.setCurrentRow(self.stack.currentIndex())
        return self.book_page(key)

    profile_page = _BookPage("profile")
    roster_page = _BookPage("roster")
    meetings_page = _BookPage("meetings")
    orglife_page = _BookPage("orglife")
    appraisal_page = _BookPage("appraisal")
    talks_page = _BookPage("talks")
    dues_page = _BookPage("dues")
    development_page = _BookPage("development")
    transfers_page = _BookPage("transfers")
    pledges_page = _BookPage("pledges")
    plans_page = _BookPage("plans")

    def record(self, kind: str, on: object, group_id: object) -> None:
        """The 工作台's “record it”: a new meeting of that kind, or the book where the duty is recorded."""
        if kind in ("talks", "appraisal"):
            self.show_book(kind)
        elif kind in ("pledges", "pledge-appraisal"):
            self.show_book("pledges")
        elif kind in ("plan", "summary", "assessment"):
            self.show_book("plans").tabs.setCurrentIndex(1 if kind == "assessment" else 0)
        else:
            self.show_book("meetings").new_meeting(kind, on, group_id)

    def overdue_pledges(self) -> None:
        self.show_book("pledges").show_overdue()

    def open_book(self, book: int) -> None:
        """The 工作台's reminders open the book that deals with them (1, 8 or 13)."""
        key = next((b.key for b in BOOKS if any(p.no == book for p in b.parts)), None)
        if key is not None:
            self.show_book(key)

    def send_bundle(self) -> None:
        """报送: the monthly bundle onto a USB stick, and the committee's receipts back."""
        from ui.export_dialog import ExportDialog

        if self.ctx.is_demo:
            QMessageBox.information(self, self.tr("Demo branch"), self.tr(
                "This is the demo branch: its bundle is marked as a demo and a committee will not receive it. Use "
                "“Back to my branch” to send your own."))
        ExportDialog(self.ctx, self).exec()

    def print_volume(self) -> None:
        """年度台账: ask the year, lay out all fifteen books in the background with progress and cancel."""
        from datetime import date

        from PySide6.QtWidgets import QInputDialog

        from reports.volume import render_volume
        from ui.pdf_preview import print_in_background

        this = date.today().year
        year, ok = QInputDialog.getInt(self, self.tr("Yearly volume"), self.tr("Year"), this, 2000, this)
        if not ok:
            return
        ws = self.ctx.ws
        print_in_background(self.ctx, self, lambda out, fs, progress: render_volume(ws, year, out, fs, progress=progress),
                            self.tr("Yearly volume {0}.pdf").format(year), self.tr("Laying out the yearly volume…"),
                            with_progress=True)

    def current_page(self) -> QWidget:
        """The page shown (a lazily built page rather than its holder)."""
        w = self.stack.currentWidget()
        assert w is not None
        return w.ensure() if isinstance(w, LazyPage) else w

    def open_development(self, person_id: int) -> None:
        self.show_book("development").open_person(person_id)

    def backups(self) -> None:
        from ui.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).exec()

    def check_data(self) -> None:
        from ui.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).check()

    def settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def standards(self) -> None:
        from ui.standards_dialog import StandardsDialog

        StandardsDialog(self.ctx, self).exec()

    def about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def start_auto_backup(self) -> None:
        """Back up in the background what changed since the last automatic backup (e.g. before a crash)."""
        from exchange.backup import auto_backup

        ws = self.ctx.ws
        self.ctx.tasks.run(lambda _p: auto_backup(ws), None, lambda exc: log.warning("auto backup: %s", exc),
                           writes=True)

    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802
        if not hasattr(self, "ctx"):  # closed before the data was opened
            super().closeEvent(e)
            return
        from exchange.backup import auto_backup

        self.ctx.tasks.cancel_reads()  # a read nobody will see stops at its next step; writes finish
        self.ctx.tasks.wait(60000)
        try:
            auto_backup(self.ctx.ws)
        except UserError as exc:
            log.warning("automatic backup on close failed: %s", exc)
        super().closeEvent(e)
