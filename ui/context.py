"""What every page needs: the open workspace, its services, the task runner and the user's settings."""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.config import UserSettings
from models.db import Workspace
from models.errors import UserError, ValidationError
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class _Follower(QObject):
    """Keeps one page up to date: after a change it reloads at once if the page is shown, else when it is next
    shown — so a save never makes hidden pages read the database on the UI thread."""

    def __init__(self, page: QWidget, reload: Callable[[], object]):
        super().__init__(page)
        self.page, self.reload, self.stale = page, reload, False
        page.installEventFilter(self)

    def changed(self) -> None:
        if self.page.isVisible():
            self.stale = False
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False


class AppContext(QObject):
    """Shared by the main window and its pages. ``data_changed`` tells pages to reload."""

    data_changed = Signal()
    workspace_replaced = Signal()

    def __init__(self, ws: Workspace, settings: UserSettings, tasks: TaskRunner, log_path: Path | None = None):
        super().__init__()
        self.ws = ws
        self.home = ws.root  # the branch's own data folder (the demo is opened beside it, never in it)
        self.settings = settings
        self.tasks = tasks
        self.log_path = log_path
        tasks.error_handler = self.show_error
        global _CURRENT
        _CURRENT = self

    @property
    def is_demo(self) -> bool:
        """The demo branch is open (先看演示), not the branch's own data."""
        return self.ws.root != self.home

    @property
    def roster(self) -> RosterService:
        return RosterService(self.ws)

    @property
    def profile(self) -> ProfileService:
        return ProfileService(self.ws)

    @property
    def standards(self) -> StandardsService:
        return StandardsService(self.ws)

    def follow(self, page: QWidget, reload: Callable[[], object]) -> _Follower:
        """``page`` shows the workspace's data: ``reload`` after every change, when the page is (next) shown."""
        f = _Follower(page, reload)
        self.data_changed.connect(f.changed)
        return f

    def replace_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        self.workspace_replaced.emit()
        self.data_changed.emit()

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """A person's error gets its message; a bug gets the crash dialog that says where the log is."""
        if isinstance(exc, ValidationError):
            QMessageBox.warning(parent, self.tr("Please check"), "\n".join(i.message for i in exc.issues))
        elif isinstance(exc, UserError):
            QMessageBox.warning(parent, self.tr("Cannot do that"), str(exc))
        elif isinstance(exc, OSError):
            QMessageBox.warning(parent, self.tr("File problem"),
                                self.tr("The operation failed: {0}\n{1}").format(exc.strerror or exc, exc.filename or ""))
        else:
            show_crash(exc, self.log_path, parent)


_CURRENT: AppContext | None = None


def show_crash(exc: BaseException, log_path: Path | None, parent: QWidget | None = None) -> None:
    """The crash box: says what happened and where the log is, and offers to check the data and to restore a
    backup. It does not claim the data is safe unless the check says so."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc)))
    ctx = _CURRENT
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Unexpected error"))
    box.setText(QCoreApplication.translate("crash", "Something went wrong inside Branch Desk. What was saved before is kept in complete "
                            "transactions, but it has not been checked yet: use “Check data” to be sure.\n"
                            "Please send the log file to whoever supports you:\n{0}").format(log_path or "-"))
    box.setDetailedText("".join(traceback.format_exception(exc)))
    check_btn = box.addButton(QCoreApplication.translate("crash", "Check data"), QMessageBox.ButtonRole.ActionRole) if ctx else None
    restore_btn = box.addButton(QCoreApplication.translate("crash", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole) if ctx else None
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if ctx is None:
        return
    if box.clickedButton() is check_btn:
        from exchange.backup import check

        try:
            report = check(ctx.ws)
        except Exception as err:  # noqa: BLE001  (the check itself failed: say so, do not crash again)
            QMessageBox.critical(parent, QCoreApplication.translate("crash", "Check data"), QCoreApplication.translate("crash", "The check failed: {0}").format(err))
            return
        text = "\n".join(report.lines())
        if report.ok:
            QMessageBox.information(parent, QCoreApplication.translate("crash", "Check data"),
                                    QCoreApplication.translate("crash", "The data was checked and is intact.") + "\n\n" + text)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("crash", "Check data"), text)
    elif box.clickedButton() is restore_btn:
        from ui.backup_dialog import BackupDialog

        BackupDialog(ctx, parent).exec()
