"""工作计划、总结与对标考评 page (book 15): plans and summaries; the month's self-assessment against the committee's
indicator set in force (actual values offered from the other books, evidence typed in, scores worked out on save),
the trend over the year; importing the committee's set."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError, ValidationError
from models.i18n import pick
from models.rules.benchmark import fmt
from models.services.plans import KINDS, PlanInput, PlanRow, PlanService, ScoreInput, Sheet, TrendPoint
from ui import style
from ui.book_page import BookPage
from ui.context import AppContext
from ui.forms import DtoTable, Field, FormDialog, selected, shortcut, table_view

ACTUAL, EVIDENCE = 6, 8  # editable columns of the sheet


class TrendChart(QWidget):
    """The year's monthly totals as a line, out of the set's full marks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.setMinimumHeight(120)

    def set_points(self, points: list[TrendPoint]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        left, bottom, top = 34, h - 22, 10
        p.setPen(QPen(QColor(style.GREY)))
        p.drawLine(left, bottom, w - 8, bottom)
        full = max((float(x.out_of) for x in self.points if x.out_of), default=100.0)
        p.drawText(2, top + 10, fmt(Decimal(str(full))))
        p.drawText(2, bottom, "0")
        step = (w - left - 16) / 11
        prev = None
        for i, pt in enumerate(self.points):
            x = int(left + 8 + i * step)
            p.setPen(QPen(QColor(style.MUTED)))
            p.drawText(x - 8, h - 4, pick(f"{i + 1}月", str(i + 1)))
            if pt.total is None:
                prev = None
                continue
            y = int(bottom - (bottom - top) * float(pt.total) / full)
            p.setPen(QPen(QColor(style.RED), 2))
            if prev is not None:
                p.drawLine(prev[0], prev[1], x, y)
            p.drawEllipse(x - 3, y - 3, 6, 6)
            p.drawText(x - 10, y - 6, fmt(pt.total))
            prev = (x, y)
        p.end()


class PlansPage(BookPage):
    book_key = "plans"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.sheet: Sheet | None = None
        self.year_box(ahead=1, back=9).currentIndexChanged.connect(self.reload)
        self.add_undo_actions()
        self.add_print_menu()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.bar)

        # plans and summaries
        self.docs = DtoTable([(self.tr("Period"), lambda d: d.period_label), (self.tr("Kind"), lambda d: KINDS[d.kind][0]),
                              (self.tr("Title"), lambda d: d.title), (self.tr("Reported to"), lambda d: d.reported_to),
                              (self.tr("On"), lambda d: d.reported_on)])
        self.docs_view = table_view(self.docs, 2)
        self.docs_view.doubleClicked.connect(lambda _i: self.edit_doc())
        docs = QWidget()
        dl = QVBoxLayout(docs)
        dl.addWidget(self.docs_view)
        row = QHBoxLayout()
        for text, slot in ((self.tr("New… (Ctrl+N)"), self.new_doc), (self.tr("Edit…"), self.edit_doc),
                           (self.tr("Delete (Del)"), self.delete_doc)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        dl.addLayout(row)
        shortcut(QKeySequence.StandardKey.New, docs, self.new_doc)
        shortcut(QKeySequence.StandardKey.Delete, self.docs_view, self.delete_doc)

        # self-assessment
        self.month = QComboBox()
        self.month.currentIndexChanged.connect(self.load_sheet)
        self.set_label = QLabel()
        self.set_label.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([self.tr("Aspect"), self.tr("Code"), self.tr("Indicator"), self.tr("Target"),
                                              self.tr("Score rule"), self.tr("Weight"), self.tr("Actual"), self.tr("Score"),
                                              self.tr("Evidence")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(EVIDENCE, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.errors = QLabel()
        self.errors.setStyleSheet(f"color: {style.RED};")
        self.errors.setWordWrap(True)
        fill = QPushButton(self.tr("Fill in from the books"))
        fill.setToolTip(self.tr("Actual values of the indicators that name a book (meetings, dues, talks …)"))
        fill.clicked.connect(self.fill_from_books)
        save = QPushButton(self.tr("Save and score (Ctrl+S)"))
        save.clicked.connect(self.save_sheet)
        imp = QPushButton(self.tr("Import the committee's indicators…"))
        imp.clicked.connect(self.import_set)
        demo = QPushButton(self.tr("Use the demonstration set"))
        demo.clicked.connect(self.use_default)
        self.chart = TrendChart()
        sheet = QWidget()
        sl = QVBoxLayout(sheet)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(self.set_label, 1)
        sl.addLayout(row)
        sl.addWidget(self.table, 1)
        sl.addWidget(self.errors)
        row = QHBoxLayout()
        for b in (fill, save):
            row.addWidget(b)
        row.addWidget(self.total)
        row.addStretch(1)
        row.addWidget(imp)
        row.addWidget(demo)
        sl.addLayout(row)
        sl.addWidget(QLabel(self.tr("Total score by month")))
        sl.addWidget(self.chart)
        shortcut(QKeySequence.StandardKey.Save, sheet, self.save_sheet)

        self.tabs = QTabWidget()
        self.tabs.addTab(docs, self.tr("Plans and summaries"))
        self.tabs.addTab(sheet, self.tr("Benchmark self-assessment"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        self.ensure_loaded()

    @property
    def svc(self) -> PlanService:
        return PlanService(self.ctx.ws)

    def reload(self) -> None:
        year = self.current_year()
        self.docs.set_rows(self.svc.docs(year))
        today = date.today()
        last = 12 if year < today.year else (today.month if year == today.year else 0)
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        assessed = self.svc.assessed_months()
        for m in range(last, 0, -1):
            key = f"{year}-{m:02d}"
            self.month.addItem(pick(f"{m}月", key) + (self.tr(" (assessed)") if key in assessed else ""), key)
        i = self.month.findData(current)
        self.month.setCurrentIndex(i if i >= 0 else (1 if self.month.count() > 1 and year == today.year else 0))
        self.month.blockSignals(False)
        self.chart.set_points(self.svc.trend(year))
        self.load_sheet()

    # -- plans and summaries -----------------------------------------------------------------------
    def _doc_fields(self, d: PlanRow | None) -> list[Field]:
        kinds = [(v[0], k) for k, v in KINDS.items()]
        quarters = [(self.tr("Whole year"), 0)] + [(self.tr("Quarter {0}").format(q), q) for q in range(1, 5)]
        return [
            Field("kind", self.tr("Kind"), "combo", kinds, value=d.kind if d else "plan"),
            Field("quarter", self.tr("Period"), "combo", quarters, value=d.quarter if d else 0),
            Field("title", self.tr("Title"), value=d.title if d else f"{self.current_year()}年党支部工作计划", required=True),
            Field("body", self.tr("Text"), "multiline", value=d.body if d else "", required=True),
            Field("reported_to", self.tr("Reported to"), value=d.reported_to if d else ""),
            Field("reported_on", self.tr("Reported on"), "date", value=d.reported_on if d else None),
        ]

    def _doc_input(self, v: dict[str, Any]) -> PlanInput:
        return PlanInput(self.current_year(), v["quarter"], v["kind"], v["title"], v["body"], v["reported_to"], v["reported_on"])

    def new_doc(self) -> None:
        d = FormDialog(self.tr("Plan or summary"), self._doc_fields(None), lambda v: self.svc.save_doc(self._doc_input(v)),
                       self, 680)
        if d.exec():
            self.changed()

    def edit_doc(self) -> None:
        doc: PlanRow | None = selected(self.docs_view)
        if doc is None:
            return
        d = FormDialog(self.tr("Plan or summary"), self._doc_fields(doc),
                       lambda v: self.svc.save_doc(self._doc_input(v), doc.id, doc.version), self, 680)
        if d.exec():
            self.changed()

    def delete_doc(self) -> None:
        doc: PlanRow | None = selected(self.docs_view)
        if doc is not None:
            svc = self.svc
            self.to_bin(self.tr("delete “{0}”").format(doc.title), lambda: svc.delete_doc(doc.id),
                        lambda: svc.restore_doc(doc.id),
                        self.tr("Moved to the recycle bin: {0}. Ctrl+Z undoes.").format(doc.title))

    # -- self-assessment ----------------------------------------------------------------------------
    def load_sheet(self) -> None:
        month = self.month.currentData()
        self.errors.hide()
        self.table.setRowCount(0)
        self.sheet = None
        if month is None:
            self.set_label.setText(self.tr("No month to assess in this year yet."))
            self.total.setText("")
            return
        try:
            sheet = self.svc.sheet(month, suggest=False)
        except UserError as e:
            self.set_label.setText(str(e))
            self.total.setText("")
            return
        self.sheet = sheet
        self.set_label.setText(self.tr("Indicator set in force: {0} (from {1})").format(sheet.set.name, sheet.set.valid_from)
                               + ("" if sheet.saved else self.tr(" — not assessed yet")))
        self.table.setRowCount(len(sheet.rows))
        for i, r in enumerate(sheet.rows):
            ind = r.indicator
            cells = [ind.aspect, ind.code, ind.name, ind.target, ind.describe_rule(), fmt(ind.weight), r.actual,
                     fmt(r.score) if sheet.saved else "", r.evidence]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in (ACTUAL, EVIDENCE):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == ACTUAL and ind.metric:
                    item.setToolTip(self.tr("Can be filled in from the books"))
                self.table.setItem(i, c, item)
        self.total.setText(self.tr("Total {0} / {1}").format(fmt(sheet.total), fmt(sheet.set.total)) if sheet.saved else "")

    def fill_from_books(self) -> None:
        month = self.month.currentData()
        if month is None or self.sheet is None:
            return
        suggested = self.svc.sheet(month, suggest=True)
        for i, r in enumerate(suggested.rows):
            item = self.table.item(i, ACTUAL)
            if r.suggested and item is not None:
                item.setText(r.suggested)
                ev = self.table.item(i, EVIDENCE)
                if ev is not None and not ev.text():
                    ev.setText(self.tr("from the books"))

    def entries(self) -> list[ScoreInput]:
        assert self.sheet is not None
        out = []
        for i, r in enumerate(self.sheet.rows):
            a, e = self.table.item(i, ACTUAL), self.table.item(i, EVIDENCE)
            out.append(ScoreInput(r.indicator.id, a.text() if a else "", e.text() if e else ""))
        return out

    def save_sheet(self) -> None:
        month = self.month.currentData()
        if month is None or self.sheet is None:
            return
        try:
            self.svc.save_sheet(month, self.entries(), self.sheet.note)
        except ValidationError as e:
            self.errors.setText("\n".join(i.message for i in e.issues))
            self.errors.show()
            bad = {i.field for i in e.issues}
            for row, r in enumerate(self.sheet.rows):
                item = self.table.item(row, ACTUAL)
                if item is not None:
                    item.setBackground(QColor(style.RED_BG) if f"indicator:{r.indicator.id}" in bad else QColor("white"))
            return
        self.changed()

    def import_set(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import indicators"), "",
                                              self.tr("Indicator sets (*.json *.xlsx *.xls)"))
        if not path:
            return
        d = FormDialog(self.tr("Import indicators"), [
            Field("valid_from", self.tr("In force from (YYYY-MM)"), value=f"{date.today():%Y-%m}", required=True)],
            lambda v: self.svc.import_set(Path(path), v["valid_from"]), self)
        if d.exec():
            st = d.result_value
            QMessageBox.information(self, self.tr("Import indicators"),
                                    self.tr("Imported “{0}”: {1} indicators, {2} points.").format(
                                        st.name, len(st.indicators), fmt(st.total)))
            self.changed()

    def use_default(self) -> None:
        try:
            self.svc.import_default(f"{self.current_year()}-01")
        except UserError as e:
            self.ctx.show_error(e, self)
            return
        self.changed()
