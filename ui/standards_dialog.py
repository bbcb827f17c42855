"""The rules in force, each with its source; a branch may set its own value (local rule) with a reason,
which is recorded, and go back to the default."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.services.standards import StandardsService, is_period_rule
from ui.context import AppContext

EVERY = {"month": "每月", "quarter": "每季度", "year": "每年"}


def parse_value(text: str, like: object) -> object:
    """What a person typed, read as the kind of value the rule has: a list typed as 甲、乙 or 甲,乙 (or JSON),
    true/false or 是/否 for a yes-no rule, a number, or text. Raises ValueError when it cannot be read."""
    import re

    t = text.strip()
    if isinstance(like, dict):  # a table such as the dues brackets: typed as JSON
        v = json.loads(t)
        if not isinstance(v, dict):
            raise ValueError(t)
        return v
    if isinstance(like, list):
        if t.startswith("["):
            v = json.loads(t)
            if not isinstance(v, list):
                raise ValueError(t)
            return v
        items = [x.strip() for x in re.split(r"[、,，;；\s]+", t) if x.strip()]
        if like and all(isinstance(x, int) for x in like):
            return [int(x) for x in items]
        return items
    if isinstance(like, bool):
        if t.lower() in ("true", "yes", "是", "1"):
            return True
        if t.lower() in ("false", "no", "否", "0"):
            return False
        raise ValueError(t)
    if isinstance(like, int | float):
        return json.loads(t)
    return t


def show_value(v: object) -> str:
    if isinstance(v, str) and v in EVERY:
        return EVERY[v]
    return json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v


class StandardsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = StandardsService(ctx.ws)
        self.setWindowTitle(self.tr("Rules and their sources"))
        self.resize(1000, 560)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("In force"), self.tr("Source"),
                                              self.tr("Branch's own value")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        change = QPushButton(self.tr("Set our own value…"))
        change.clicked.connect(self.change)
        reset = QPushButton(self.tr("Back to the default"))
        reset.clicked.connect(self.reset)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(change)
        row.addWidget(reset)
        row.addWidget(self.message, 1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.reload()

    def reload(self) -> None:
        items = sorted(self.svc.in_force().items())
        self.keys = [k for k, _ in items]
        self.table.setRowCount(len(items))
        for r, (key, f) in enumerate(items):
            cells = (key, show_value(f.value), f.standard.source,
                     self.tr("yes: {0}").format(f.reason) if f.overridden else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f.standard.note or text)
                if f.overridden:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def current_key(self) -> str | None:
        r = self.table.currentRow()
        return self.keys[r] if 0 <= r < len(self.keys) else None

    def change(self) -> None:
        key = self.current_key()
        if key is None:
            return
        f = self.svc.in_force()[key]
        if is_period_rule(key):
            labels = list(EVERY.values())
            chosen, ok = QInputDialog.getItem(self, key, self.tr("How often"), labels, labels.index(EVERY[str(f.value)]),
                                              False)
            value: object = {v: k for k, v in EVERY.items()}[chosen] if ok else None
        else:
            shown = "、".join(map(str, f.value)) if isinstance(f.value, list) else show_value(f.value)
            text, ok = QInputDialog.getText(self, key, self.tr("Value (for a list, separate items with 、)"), text=shown)
            if not ok or not text.strip():
                return
            try:
                value = parse_value(text, f.standard.value)
            except ValueError:
                self.message.setText(self.tr("“{0}” is not a value this rule takes.").format(text))
                return
        if not ok or value is None:
            return
        reason, ok = QInputDialog.getText(self, key, self.tr("Why (e.g. the local rule that sets it)"))
        if ok:
            self.set_value(key, value, reason)

    def set_value(self, key: str, value: object, reason: str) -> bool:
        try:
            self.svc.override(key, value, reason)
        except ValidationError as exc:
            self.message.setText("；".join(i.message for i in exc.issues))
            return False
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Saved. The 工作台 now uses the branch's value."))
        self.reload()
        self.ctx.data_changed.emit()
        return True

    def reset(self) -> None:
        key = self.current_key()
        if key is not None:
            self.svc.reset(key)
            self.reload()
            self.ctx.data_changed.emit()
