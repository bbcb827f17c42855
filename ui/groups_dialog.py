"""党小组 management: add, rename, delete an empty group. Leaders are set on the member (党小组职务)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from ui.context import AppContext


class GroupsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Party groups"))
        self.list = QListWidget()
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("Rename…"))
        rename.clicked.connect(self.rename)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete)
        side = QVBoxLayout()
        for b in (add, rename, delete):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for g in self.ctx.roster.groups():
            leader = self.tr(", leader {0}").format(g.leader) if g.leader else ""
            item = QListWidgetItem(self.tr("{0} ({1} members{2})").format(g.name, g.member_count, leader))
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, g.name)
            self.list.addItem(item)

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except UserError as exc:
            self.ctx.show_error(exc, self)
        self.reload()

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New party group"), self.tr("Name"))
        if ok:
            self._run(lambda: self.ctx.roster.add_group(name))

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename party group"), self.tr("Name"),
                                        text=item.data(Qt.ItemDataRole.UserRole + 1))
        if ok:
            self._run(lambda: self.ctx.roster.rename_group(item.data(Qt.ItemDataRole.UserRole), name))

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._run(lambda: self.ctx.roster.delete_group(item.data(Qt.ItemDataRole.UserRole)))
