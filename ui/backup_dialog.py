"""Backups: list them, back up now, restore one (or any backup file), check the data."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange.backup import backup_now, check, list_backups, restore
from models.db import Workspace
from ui.context import AppContext


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Why"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        now = QPushButton(self.tr("Back up now"))
        now.clicked.connect(self.backup)
        rest = QPushButton(self.tr("Restore selected…"))
        rest.clicked.connect(self.restore_selected)
        from_file = QPushButton(self.tr("Restore from file…"))
        from_file.clicked.connect(self.restore_file)
        chk = QPushButton(self.tr("Check data"))
        chk.clicked.connect(self.check)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (now, rest, from_file, chk):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(row)
        self.reload()

    def reload(self) -> None:
        reasons = {"auto": self.tr("automatic"), "manual": self.tr("by hand"), "before-restore": self.tr("before a restore")}
        backups = list_backups(self.ctx.ws)
        self.table.setRowCount(len(backups))
        for i, b in enumerate(backups):
            item = QTableWidgetItem(b.when.strftime("%Y-%m-%d %H:%M:%S"))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.table.setItem(i, 0, item)
            why = reasons.get(b.reason, self.tr("before an upgrade") if b.reason.startswith("before-migrate") else b.reason)
            self.table.setItem(i, 1, QTableWidgetItem(why))
            self.table.setItem(i, 2, QTableWidgetItem(f"{b.size / 1024:.0f} KB"))

    def backup(self) -> None:
        ws = self.ctx.ws
        def done(path: Path) -> None:
            self.reload()
            self.status.setText(self.tr("Backed up to {0}").format(path))

        self.ctx.tasks.run(lambda _p: backup_now(ws), done,
                           label=self.tr("Backing up…"), writes=True, parent=self)

    def restore_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self.restore_path(Path(item.data(Qt.ItemDataRole.UserRole)))

    def restore_file(self) -> None:
        f, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.ctx.ws.backups_dir),
                                           self.tr("Branch Desk backups (*.sqlite3)"))
        if f:
            self.restore_path(Path(f))

    def restore_path(self, path: Path, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace the current data with the backup {0}?\nThe current data is backed up first.").format(path.name),
        ) != QMessageBox.StandardButton.Yes:
            return
        root = self.ctx.ws.root
        old = self.ctx.ws

        key = old.key

        def work(_p: object) -> Workspace:
            restore(root, old, path, key)
            return Workspace.open(root, key=key)

        def done(ws: Workspace) -> None:
            self.ctx.replace_workspace(ws)
            self.reload()
            self.status.setText(self.tr("Restored from {0}.").format(path.name))

        def failed(exc: BaseException) -> None:
            # the old engine was closed only after the backup was checked; reopen whatever is on disk now
            self.ctx.replace_workspace(Workspace.open(root, key=key))
            self.ctx.show_error(exc, self)

        self.ctx.tasks.run(work, done, failed, label=self.tr("Restoring…"), writes=True, parent=self)

    def check(self) -> None:
        ws = self.ctx.ws

        def done(report: object) -> None:
            from exchange.backup import CheckReport

            assert isinstance(report, CheckReport)
            self.status.setText("\n".join(report.lines()))
            box = QMessageBox(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
                              self.tr("Check data"), "\n".join(report.lines()), parent=self.parentWidget() or self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.report = report

        self.ctx.tasks.run(lambda p: check(ws, p), done, label=self.tr("Checking…"), parent=self)
