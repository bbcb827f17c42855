"""The rules in force, each by its name in words with its value in words (“支部党员大会：有表决权党员到会须 —
超过半数”) and the article it comes from; a branch may set its own value (local rule) with a reason, which is
recorded, and go back to the default. The value is set with the editor its kind needs: a number with its unit, a
share in per cent, how often, yes or no, a list one item per line."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import ValidationError
from models.i18n import clauses, pick
from models.rules.standards import EVERY_WORDS, UNIT_WORDS, Standard, describe, load_standards
from models.services.standards import StandardsService
from ui.context import AppContext

# the rules in the order of the books they belong to (the files of resources/standards)
GROUP_ORDER = ("organisation", "meetings", "people", "orglife", "dues", "development", "transfers", "pledges", "plans")


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


class RuleValueDialog(QDialog):
    """Set a branch's own value for one rule, with the editor the rule's kind needs, and the reason."""

    def __init__(self, st: Standard, current: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.st = st
        self.setWindowTitle(st.title())
        form = QFormLayout(self)
        rule = QLabel(st.title())
        rule.setWordWrap(True)
        form.addRow(self.tr("Rule"), rule)
        source = QLabel(st.source)
        source.setWordWrap(True)
        form.addRow(self.tr("Source"), source)
        self.editor: QWidget
        v = current
        unit_zh, unit_en = UNIT_WORDS.get(st.unit, ("", ""))
        suffix = pick(f" {unit_zh}" if unit_zh else "", unit_en)
        if st.unit == "period":
            combo = QComboBox()
            for key, (zh, en) in EVERY_WORDS.items():
                combo.addItem(pick(zh, en), key)
            combo.setCurrentIndex(max(0, combo.findData(v)))
            self.editor = combo
        elif st.unit == "bool":
            combo = QComboBox()
            combo.addItem(pick("是", "yes"), True)
            combo.addItem(pick("否", "no"), False)
            combo.setCurrentIndex(0 if v else 1)
            self.editor = combo
        elif st.unit == "share" and isinstance(v, int | float):
            spin = QSpinBox()
            spin.setRange(1, 99)
            spin.setPrefix(pick("超过 ", "more than "))
            spin.setSuffix(" %")
            spin.setValue(round(float(v) * 100))
            self.editor = spin
        elif isinstance(v, int) and not isinstance(v, bool):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setSuffix(suffix)
            spin.setValue(v)
            self.editor = spin
        elif isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.low, self.high = QSpinBox(), QSpinBox()
            for spin, x in ((self.low, v[0]), (self.high, v[1])):
                spin.setRange(0, 9999)
                spin.setSuffix(suffix)
                spin.setValue(int(x))
            row.addWidget(self.low)
            row.addWidget(QLabel(pick("至", "to")))
            row.addWidget(self.high)
            row.addStretch(1)
            self.editor = box
        elif isinstance(v, list):
            text = QPlainTextEdit("\n".join(map(str, v)))
            text.setPlaceholderText(self.tr("One item a line"))
            self.editor = text
        else:
            line = QLineEdit(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
            self.editor = line
        form.addRow(self.tr("Our value"), self.editor)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (e.g. the local rule that sets it)"))
        form.addRow(self.tr("Reason"), self.reason)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.value: object = None

    def read(self) -> object:
        """The value the editor holds, of the kind the rule takes. Raises ValueError when it cannot be read."""
        e = self.editor
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QSpinBox):
            return e.value() / 100 if self.st.unit == "share" else e.value()
        if isinstance(e, QPlainTextEdit):
            items = [x.strip() for x in e.toPlainText().splitlines() if x.strip()]
            if not items:
                raise ValueError("")
            return items
        if isinstance(e, QLineEdit):
            return parse_value(e.text(), self.st.value)
        return [self.low.value(), self.high.value()]

    def _accept(self) -> None:
        try:
            self.value = self.read()
        except ValueError:
            self.problem.setText(self.tr("This is not a value this rule takes."))
            return
        self.accept()


class StandardsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = StandardsService(ctx.ws)
        self.setWindowTitle(self.tr("Rules and their sources"))
        self.resize(1100, 620)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("In force"), self.tr("Source"),
                                              self.tr("Branch's own value")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(3, 160)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.change())
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())  # rows as tall as their text
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
        loaded = list(load_standards())  # each file's rules in the order written there
        items = sorted(self.svc.in_force().items(), key=lambda kv: (
            GROUP_ORDER.index(kv[1].standard.group) if kv[1].standard.group in GROUP_ORDER else len(GROUP_ORDER),
            loaded.index(kv[0]) if kv[0] in loaded else 0))
        self.keys = [k for k, _ in items]
        self.table.setRowCount(len(items))
        for r, (key, f) in enumerate(items):
            st = f.standard
            own = self.tr("yes: {0}").format(f.reason) if f.overridden else ""
            if f.overridden:
                own += "\n" + self.tr("default: {0}").format(describe(st))
            cells = (st.title(), describe(st, f.value), st.source, own)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(x for x in (text, st.explain() if c == 0 else "", f"({key})" if c == 0 else "") if x))
                if f.overridden:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their widths

    def current_key(self) -> str | None:
        r = self.table.currentRow()
        return self.keys[r] if 0 <= r < len(self.keys) else None

    def change(self) -> None:
        key = self.current_key()
        if key is None:
            return
        f = self.svc.in_force()[key]
        d = RuleValueDialog(f.standard, f.value, self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.set_value(key, d.value, d.reason.text().strip())

    def set_value(self, key: str, value: object, reason: str) -> bool:
        try:
            self.svc.override(key, value, reason)
        except ValidationError as exc:
            self.message.setText(clauses(i.message for i in exc.issues))
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

