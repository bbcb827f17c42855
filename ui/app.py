"""Create the application: QApplication → translators → workspace → set-up (first start) → main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from models.config import UserSettings
from models.errors import (
    DiskFullError,
    NewerDatabaseError,
    ReadOnlyError,
    UserError,
    WorkspaceBusyError,
    WorkspaceMissingError,
)
from models.lock import WorkspaceLock
from ui.i18n import install_translators

if TYPE_CHECKING:
    from models.db import Workspace
    from models.vault import DataKey
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Declined(Exception):
    """The person closed the unlock dialog: nothing is opened."""


def cannot_open(exc: UserError, smoke: bool) -> int:
    """The data will not open and nothing can be offered: say why (stderr under ``--smoke``); exit code 1."""
    if smoke:
        print(exc, file=sys.stderr)
    else:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the data"), str(exc))
    return 1


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("BranchDesk")
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Branch Desk"))
    app.setOrganizationName("BranchDesk")
    ensure_chinese_font(app)
    apply_text_size(app, UserSettings.load().text_size)
    return app


def apply_text_size(app: QApplication, size: str) -> None:
    """The body text of every window, dialog and table (设置 → 文字大小): 10.5, 12 or 14 pt."""
    from models.config import TEXT_POINTS

    f = QFont(app.font())
    f.setPointSizeF(TEXT_POINTS.get(size, TEXT_POINTS["standard"]))
    app.setFont(f)


def ensure_chinese_font(app: QApplication) -> None:
    """Without a CJK font every Chinese character is a box: fall back to the bundled one."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    import resources
    from reports.fonts import BUNDLED

    fid = QFontDatabase.addApplicationFont(str(resources.path("fonts", BUNDLED)))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if families:
        f = QFont(app.font())
        f.setFamilies([families[0], *f.families()])
        app.setFont(f)
        log.info("no Chinese font installed; using the bundled %s", families[0])


def offer_restore(data_dir: Path, problem: str) -> Workspace | None:
    """The data will not open: offer to restore a backup right away (the window cannot be reached otherwise)."""
    from PySide6.QtWidgets import QFileDialog

    from exchange.backup import restore
    from models.db import Workspace

    answer = QMessageBox.question(
        None, QCoreApplication.translate("app", "Cannot open the data"),
        problem + "\n\n" + QCoreApplication.translate("app", "Restore from a backup now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Choose a backup"),
                                            str(data_dir / "backups"), "*.sqlite3")
    if not chosen:
        return None
    try:
        key = _key_for_backup(data_dir, Path(chosen))
        restore(data_dir, None, Path(chosen), key)
        return Workspace.open(data_dir, key=key)
    except Declined:
        return None
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the data"), str(exc))
        return None


def _key_for_backup(data_dir: Path, backup: Path) -> DataKey | None:
    """The data key to restore ``backup`` with when it (or the workspace) is encrypted, asked with the unlock dialog
    (``Declined`` when the person gave up); None when both are plain. A backup brought from elsewhere with its key file beside
    it brings the key file along."""
    from models import vault
    from models.db import DB_NAME

    vault.bring_key_file(data_dir, backup)
    if not (vault.is_encrypted(backup) or vault.looks_encrypted(data_dir / DB_NAME)):
        return None
    from ui.app_lock import UnlockDialog

    dialog = UnlockDialog(data_dir)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.key is None:
        raise Declined
    return dialog.key


def offer_missing(data_dir: Path, exc: WorkspaceMissingError) -> Workspace | None:
    """The workspace this computer knew is gone or empty: restore the newest backup, open another folder, or start
    a new branch on purpose — never a silent new empty branch."""
    from PySide6.QtWidgets import QFileDialog

    from exchange.backup import restore
    from models.db import Workspace

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("app", "The branch data is missing"), str(exc))
    newest = exc.newest_backup if isinstance(exc.newest_backup, Path) else None
    restore_btn = box.addButton(QCoreApplication.translate("app", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole) \
        if newest else None
    other_btn = box.addButton(QCoreApplication.translate("app", "Open another folder…"), QMessageBox.ButtonRole.ActionRole)
    new_btn = box.addButton(QCoreApplication.translate("app", "New branch"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    try:
        if restore_btn is not None and clicked is restore_btn and newest is not None:
            key = _key_for_backup(data_dir, newest)
            restore(data_dir, None, newest, key)
            return Workspace.open(data_dir, key=key)
        if clicked is other_btn:
            chosen = QFileDialog.getExistingDirectory(None, QCoreApplication.translate("app", "Open another folder…"), str(data_dir.parent))
            return Workspace.open(Path(chosen)) if chosen else None
        if clicked is new_btn:
            sure = QMessageBox.question(None, QCoreApplication.translate("app", "New branch"), QCoreApplication.translate(
                "app", "Start a new, empty branch in {0}? The backups in its folder stay where they are.").format(
                data_dir))
            return Workspace.open(data_dir, create=True) if sure == QMessageBox.StandardButton.Yes else None
    except Declined:
        return None
    except UserError as err:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the data"), str(err))
    return None


def ask_key(data_dir: Path, smoke: bool = False, db_name: str = "") -> DataKey | None:
    """The data key of an encrypted workspace, asked with the unlock dialog (``Declined`` when the person chose to
    quit); None for a plain one. ``--smoke`` reads ``BRANCHDESK_PASSWORD`` instead of asking."""
    from models import vault
    from models.db import DB_NAME

    if not vault.looks_encrypted(data_dir / (db_name or DB_NAME)):
        return None
    if smoke:
        import os

        secret = os.environ.get("BRANCHDESK_PASSWORD")
        if not secret:
            print("the data is encrypted: set BRANCHDESK_PASSWORD for --smoke", file=sys.stderr)
            raise Declined
        return vault.unlock(data_dir, secret)
    from ui.app_lock import UnlockDialog

    dialog = UnlockDialog(data_dir)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.key is None:
        raise Declined
    return dialog.key


def run_gui(data_dir: Path, lang: str = "zh_CN", smoke: bool = False, exec_: bool = True,
            tasks: TaskRunner | None = None) -> int:
    """The window: its frame paints first (before the database layer is loaded), then the data is opened — the
    password asked, a missing or damaged workspace offered a backup, a new branch set up — and the frame filled."""
    app = make_app()
    install_translators(app, lang)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Branch Desk"))
    settings = UserSettings.load()
    log_path = data_dir / "logs" / "branchdesk.log"
    lock = WorkspaceLock(data_dir, "window")
    try:
        lock.acquire()  # one window per workspace; held until the window closes
    except UserError as exc:
        return cannot_open(exc, smoke)
    from ui.main_window import MainWindow

    win = MainWindow()
    win.show()
    app.processEvents()
    if smoke:
        import time

        win.grab()
        print(f"first paint {time.time():.6f}")  # bench/run.py measures start to first paint from this line

    def give_up(code: int) -> int:
        win.close()
        lock.release()
        return code

    from models.db import clean_stale

    try:
        clean_stale(data_dir)
        ws = open_workspace(data_dir, smoke)
    except Declined:
        return give_up(1 if smoke else 0)
    except UserError as exc:
        if smoke:
            print(exc, file=sys.stderr)
            return give_up(1)
        if isinstance(exc, WorkspaceMissingError):
            restored = offer_missing(data_dir, exc)
        elif isinstance(exc, (NewerDatabaseError, DiskFullError, ReadOnlyError, WorkspaceBusyError)):
            restored = None  # a backup cannot help: the message says what to do
        else:
            restored = offer_restore(data_dir, str(exc))
        if restored is None:
            QMessageBox.critical(win, QCoreApplication.translate("app", "Cannot open the data"), str(exc))
            return give_up(1)
        ws = restored
    app.aboutToQuit.connect(lock.release)
    from ui.context import AppContext, show_crash

    if tasks is None:
        from ui.tasks import TaskRunner

        tasks = TaskRunner()
    ctx = AppContext(ws, settings, tasks, log_path)
    sys.excepthook = lambda t, v, tb: show_crash(v.with_traceback(tb), log_path)
    if not smoke and ctx.profile.get() is None:
        from ui.setup_dialog import SetupDialog

        if SetupDialog(ctx, win).exec() != SetupDialog.DialogCode.Accepted:
            ctx.ws.close()
            return give_up(0)
    win.attach(ctx)
    win.start_app_lock()
    if smoke:
        app.processEvents()
        pixmap = win.grab()
        ok = not pixmap.isNull()
        win.close()
        ctx.ws.close()
        lock.release()
        print("smoke ok" if ok else "smoke failed: nothing painted")
        return 0 if ok else 1
    QTimer.singleShot(2000, win.start_auto_backup)
    # what a killed program's print previews left in the temp folder, removed off the UI thread
    QTimer.singleShot(3000, lambda: ctx.tasks.run(_sweep_previews))
    if not exec_:
        return 0
    code = app.exec()
    ctx.ws.close()
    lock.release()
    return code


def _sweep_previews(_progress: object) -> int:
    from ui.pdf_preview import sweep_previews

    return sweep_previews()


def open_workspace(data_dir: Path, smoke: bool) -> Workspace:
    from models.db import Workspace

    return Workspace.open(data_dir, key=ask_key(data_dir, smoke))
