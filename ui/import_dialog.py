"""Import a roster spreadsheet: choose the file, map the columns, see every problem row by row, then import
everything (only when clean) or only the valid rows — in one transaction either way."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange import roster_import
from exchange.roster_import import ImportPlan
from exchange.spreadsheet import SPREADSHEET_SUFFIXES
from models.rules.roster import FIELD_LABELS, label
from ui import style
from ui.context import AppContext

PREVIEW_FIELDS = ("name", "gender", "birth_date", "id_number", "join_date", "full_date", "status", "category", "group")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import roster from a spreadsheet"))
        self.resize(1000, 700)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("An .xlsx, .xls or .csv file with one member per row"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Means")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        recheck = QPushButton(self.tr("Check again with this mapping"))
        recheck.clicked.connect(self.recheck)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Columns")))
        lv.addWidget(self.mapping, 1)
        lv.addWidget(recheck)

        self.preview = QTableWidget(0, len(PREVIEW_FIELDS) + 1)
        self.preview.setHorizontalHeaderLabels([self.tr("Row")] + [label(f) for f in PREVIEW_FIELDS])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems = QListWidget()
        self.problems.itemActivated.connect(self._jump)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.problems)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)

        self.summary = QLabel(self.tr("Choose a file to begin."))
        self.summary.setWordWrap(True)
        self.import_all = QPushButton(self.tr("Import all"))
        self.import_all.clicked.connect(lambda: self.do_import(False))
        self.import_valid = QPushButton(self.tr("Import only the valid rows"))
        self.import_valid.clicked.connect(lambda: self.do_import(True))
        cancel = QPushButton(self.tr("Close"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_all)
        bottom.addWidget(self.import_valid)
        bottom.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self._buttons()
        if path is not None:
            self.load(Path(path))

    def choose(self) -> None:
        pattern = " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)
        f, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster file"), "",
                                           self.tr("Spreadsheets ({0})").format(pattern))
        if f:
            self.load(Path(f))

    def load(self, path: Path, mapping: dict[int, str] | None = None) -> None:
        self.path.setText(str(path))
        ws = self.ctx.ws
        self.ctx.tasks.run(lambda p: roster_import.analyse(ws, path, mapping=mapping, progress=p), self.show_plan,
                           label=self.tr("Checking {0}…").format(path.name), parent=self)

    def recheck(self) -> None:
        if self.plan is None:
            return
        mapping: dict[int, str] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            head = self.mapping.item(row, 0)
            if combo.currentData() and head is not None:
                mapping[head.data(Qt.ItemDataRole.UserRole)] = combo.currentData()
        self.load(self.plan.path, mapping)

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.mapping.setRowCount(len(plan.headers))
        for i, h in enumerate(plan.headers):
            item = QTableWidgetItem(h or self.tr("(column {0})").format(i + 1))
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(i, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for f in FIELD_LABELS:
                combo.addItem(label(f), f)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(i, ""))))
            self.mapping.setCellWidget(i, 1, combo)
        self.preview.setRowCount(len(plan.rows))
        bad_brush = QBrush(QColor(style.RED_BG))
        for r, row in enumerate(plan.rows):
            bad = {i.field: i.message for i in row.errors}
            cells = [str(row.row_number)] + [self._value(row.entry, f) for f in PREVIEW_FIELDS]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                field = PREVIEW_FIELDS[c - 1] if c else ""
                if field in bad or (c == 0 and row.errors):
                    item.setBackground(bad_brush)
                    item.setToolTip(bad.get(field, "\n".join(bad.values())))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        for row_number, line in plan.problems():
            problem = QListWidgetItem(line)
            problem.setData(Qt.ItemDataRole.UserRole, row_number)
            self.problems.addItem(problem)
        n_bad, n_ok = len(plan.invalid), len(plan.valid)
        text = self.tr("{0}: sheet “{1}”, header on row {2}; {3} rows, {4} valid, {5} with errors.").format(
            plan.path.name, plan.sheet, plan.header_row, len(plan.rows), n_ok, n_bad)
        if n_bad:
            text += " " + self.tr("Fix the file and choose it again, or import only the valid rows.")
        self.summary.setText(text)
        self._buttons()

    @staticmethod
    def _value(entry: object, field: str) -> str:
        v = getattr(entry, field, "")
        return v.isoformat() if hasattr(v, "isoformat") else str(v or "")

    def _jump(self, item: QListWidgetItem) -> None:
        """Activating a problem selects its row in the preview."""
        wanted = item.data(Qt.ItemDataRole.UserRole)
        for r, row in enumerate(self.plan.rows if self.plan else []):
            if row.row_number == wanted:
                self.preview.selectRow(r)
                first = self.preview.item(r, 0)
                if first is not None:
                    self.preview.scrollToItem(first)
                return

    def _buttons(self) -> None:
        p = self.plan
        self.import_all.setEnabled(bool(p and p.rows and not p.invalid))
        self.import_valid.setEnabled(bool(p and p.invalid and p.valid))

    def do_import(self, only_valid: bool) -> None:
        plan = self.plan
        if plan is None:
            return
        ws = self.ctx.ws

        def done(n: int) -> None:
            self.imported = n
            self.accept()

        self.ctx.tasks.run(lambda p: roster_import.apply(ws, plan, only_valid=only_valid, progress=p), done,
                           label=self.tr("Importing…"), writes=True, parent=self)
