"""Main window: books on the left (工作台 first), the page on the right, menus for data safety and help."""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exchange.backup import auto_backup
from models.errors import UserError
from ui.appraisal_page import AppraisalPage
from ui.context import AppContext
from ui.dashboard import DashboardPage
from ui.meetings_page import MeetingsPage
from ui.pledges_page import PledgesPage
from ui.profile_page import ProfilePage
from ui.roster_page import RosterPage
from ui.talks_page import TalksPage

if TYPE_CHECKING:
    from ui.development_page import DevelopmentPage
    from ui.dues_page import DuesPage
    from ui.orglife_page import OrgLifePage
    from ui.plans_page import PlansPage
    from ui.transfers_page import TransfersPage

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


def _lazy(ctx: AppContext, module: str, cls: str) -> LazyPage:
    """A page whose module is imported and built the first time the page is shown."""
    def build() -> QWidget:
        page: QWidget = getattr(importlib.import_module(module), cls)(ctx)
        return page

    return LazyPage(build)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Branch Desk"))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setMaximumWidth(220)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.dashboard = DashboardPage(ctx)
        self.profile_page = ProfilePage(ctx)
        self.roster_page = RosterPage(ctx)
        self.meetings_page = MeetingsPage(ctx)
        self.appraisal_page = AppraisalPage(ctx)
        self.talks_page = TalksPage(ctx)
        self._orglife = _lazy(ctx, "ui.orglife_page", "OrgLifePage")
        self._dues = _lazy(ctx, "ui.dues_page", "DuesPage")
        self._development = _lazy(ctx, "ui.development_page", "DevelopmentPage")
        self._transfers = _lazy(ctx, "ui.transfers_page", "TransfersPage")
        self.pledges_page = PledgesPage(ctx)
        self._plans = _lazy(ctx, "ui.plans_page", "PlansPage")
        for i, (title, page) in enumerate(((self.tr("Workbench"), self.dashboard),
                                           (self.tr("1 Branch profile"), self.profile_page),
                                           (self.tr("2 Member roster"), self.roster_page),
                                           (self.tr("3–7 Meetings (三会一课)"), self.meetings_page),
                                           (self.tr("8 Organisational life"), self._orglife),
                                           (self.tr("9 Democratic appraisal"), self.appraisal_page),
                                           (self.tr("10 Heart-to-heart talks"), self.talks_page),
                                           (self.tr("11 Dues register"), self._dues),
                                           (self.tr("12 Recruitment record"), self._development),
                                           (self.tr("13 Transfers and members away"), self._transfers),
                                           (self.tr("14 Member pledges"), self.pledges_page),
                                           (self.tr("15 Plans and benchmark"), self._plans))):
            item = QListWidgetItem(title)
            self.nav.addItem(item)
            self.stack.addWidget(page)
            if i < 10:  # Alt+1 … Alt+9, Alt+0
                key = (i + 1) % 10
                item.setToolTip(self.tr("Alt+{0}").format(key))
                act = QAction(self)
                act.setShortcut(QKeySequence(f"Alt+{key}"))
                act.triggered.connect(lambda _=False, n=i: self.nav.setCurrentRow(n))
                self.addAction(act)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.dashboard.open_meeting.connect(self.meetings_page.open_meeting)
        self.dashboard.new_meeting.connect(self.record)
        self.dashboard.open_overdue_pledges.connect(self.overdue_pledges)
        self.dashboard.open_dues.connect(lambda: self.page(self.stack.indexOf(self._dues)))
        self.dashboard.open_development.connect(self.open_development)
        self.dashboard.open_book.connect(self.open_book)
        self.nav.setCurrentRow(0)
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)
        self._menus()
        self.where = QLabel()
        self.statusBar().addPermanentWidget(self.where)
        ctx.workspace_replaced.connect(self._status)
        self._status()

    def _menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        self._add(m, self.tr("&Backups and restore…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B), self.backups)
        self._add(m, self.tr("&Check data"), None, self.check_data)
        m.addSeparator()
        self._add(m, self.tr("Print the yearly &volume…"), QKeySequence("Ctrl+Shift+P"), self.print_volume)
        self._add(m, self.tr("S&end the monthly bundle…"), QKeySequence("Ctrl+E"), self.send_bundle)
        m.addSeparator()
        self._add(m, self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.settings)
        self._add(m, self.tr("&Rules and their sources…"), None, self.standards)
        m.addSeparator()
        self._add(m, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        h = self.menuBar().addMenu(self.tr("&Help"))
        self._add(h, self.tr("&About Branch Desk"), None, self.about)

    def _add(self, menu, text: str, key, slot) -> QAction:  # type: ignore[no-untyped-def]
        a = QAction(text, self)
        if key is not None:
            a.setShortcut(key)
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _status(self) -> None:
        self.where.setText(self.tr("Data: {0}").format(self.ctx.ws.root))

    def page(self, index: int) -> QWidget:
        self.nav.setCurrentRow(index)
        return self.current_page()

    def record(self, kind: str, on: object, group_id: object) -> None:
        """The 工作台's “record it”: a new meeting of that kind, or the book where the duty is recorded."""
        if kind == "talks":
            self.page(self.stack.indexOf(self.talks_page))
        elif kind == "appraisal":
            self.page(self.stack.indexOf(self.appraisal_page))
        elif kind in ("pledges", "pledge-appraisal"):
            self.page(self.stack.indexOf(self.pledges_page))
        elif kind in ("plan", "summary", "assessment"):
            self.page(self.stack.indexOf(self._plans))
            self.plans_page.tabs.setCurrentIndex(1 if kind == "assessment" else 0)
        else:
            self.meetings_page.new_meeting(kind, on, group_id)  # type: ignore[arg-type]

    def overdue_pledges(self) -> None:
        self.page(self.stack.indexOf(self.pledges_page))
        self.pledges_page.show_overdue()

    @property
    def dues_page(self) -> DuesPage:
        from ui.dues_page import DuesPage

        page = self._dues.ensure()
        assert isinstance(page, DuesPage)
        return page

    @property
    def development_page(self) -> DevelopmentPage:
        from ui.development_page import DevelopmentPage

        page = self._development.ensure()
        assert isinstance(page, DevelopmentPage)
        return page

    def _built(self, holder: LazyPage, cls: type[QWidget]) -> Any:
        page = holder.ensure()
        assert isinstance(page, cls)
        return page

    @property
    def orglife_page(self) -> OrgLifePage:
        from ui.orglife_page import OrgLifePage

        return self._built(self._orglife, OrgLifePage)  # type: ignore[no-any-return]

    @property
    def transfers_page(self) -> TransfersPage:
        from ui.transfers_page import TransfersPage

        return self._built(self._transfers, TransfersPage)  # type: ignore[no-any-return]

    @property
    def plans_page(self) -> PlansPage:
        from ui.plans_page import PlansPage

        return self._built(self._plans, PlansPage)  # type: ignore[no-any-return]

    def open_book(self, book: int) -> None:
        """The 工作台's reminders open the book that deals with them (1, 8 or 13)."""
        holder = {1: self.profile_page, 8: self._orglife, 13: self._transfers}.get(book)
        if holder is not None:
            self.page(self.stack.indexOf(holder))

    def send_bundle(self) -> None:
        """报送: the monthly bundle onto a USB stick, and the committee's receipts back."""
        from ui.export_dialog import ExportDialog

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
        return w.ensure() if isinstance(w, LazyPage) else w

    def open_development(self, person_id: int) -> None:
        self.page(self.stack.indexOf(self._development))
        self.development_page.open_person(person_id)

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
        ws = self.ctx.ws
        self.ctx.tasks.run(lambda _p: auto_backup(ws), None, lambda exc: log.warning("auto backup: %s", exc),
                           writes=True)

    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802
        self.ctx.tasks.wait(60000)
        try:
            auto_backup(self.ctx.ws)
        except UserError as exc:
            log.warning("automatic backup on close failed: %s", exc)
        super().closeEvent(e)
