"""What every page needs: the open workspace, its services, the task runner and the user's settings."""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.config import UserSettings
from models.db import Workspace
from models.errors import UserError, ValidationError
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Shared by the main window and its pages. ``data_changed`` tells pages to reload."""

    data_changed = Signal()
    workspace_replaced = Signal()

    def __init__(self, ws: Workspace, settings: UserSettings, tasks: TaskRunner, log_path: Path | None = None):
        super().__init__()
        self.ws = ws
        self.settings = settings
        self.tasks = tasks
        self.log_path = log_path
        tasks.error_handler = self.show_error

    @property
    def roster(self) -> RosterService:
        return RosterService(self.ws)

    @property
    def profile(self) -> ProfileService:
        return ProfileService(self.ws)

    @property
    def standards(self) -> StandardsService:
        return StandardsService(self.ws)

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


def show_crash(exc: BaseException, log_path: Path | None, parent: QWidget | None = None) -> None:
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Unexpected error"))
    box.setText(QCoreApplication.translate("crash", "Something went wrong inside Branch Desk. Your saved data is safe.\n"
                                "Please send the log file to whoever supports you:\n{0}").format(log_path or "-"))
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
