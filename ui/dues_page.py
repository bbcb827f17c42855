"""党费收缴登记 page (book 11): the members × months grid of the year, setting each member's base (the rule
proposes the share and amount), recording payments (partial, back and advance), taking back a mistaken one
(Ctrl+Z), hand-ups to the committee that reconcile with what was collected, arrears, and the printed forms."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, UserError, ValidationError
from models.rules.dates import BadDate
from models.rules.dues import BadAmount, kinds, parse_yuan, propose, to_fen, yuan
from models.services.dues import AccountInput, DuesService, DuesYear, GridRow, HandUpInput, HandUpRow
from ui.context import AppContext
from ui.table_models import ROW_ROLE, SORT_ROLE, Index, RowTableModel, name_matches
from ui.widgets import DateField, error_label, show_field_issues

STATE_COLOURS = {"paid": "#e8f5e9", "ahead": "#e3f2fd", "partial": "#fff4d6", "unpaid": "#fdecea", "open": "#ffffff",
                 "future": "#ffffff", "": "#f0f0f0"}
NAME, KIND, MONTHLY = 0, 1, 2
FIRST_MONTH = 3
PAID, OWED = FIRST_MONTH + 12, FIRST_MONTH + 13


class DuesGridModel(RowTableModel):
    rows: list[GridRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Name"), self.tr("Category"), self.tr("Monthly"),
                        *[self.tr("M{0}").format(m) for m in range(1, 13)], self.tr("Paid"), self.tr("Owed")]
        self.paid_how: dict[tuple[int, int], str] = {}  # (member, month) → “10-08 王五收”

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        cell = r.cells[col - FIRST_MONTH] if FIRST_MONTH <= col < PAID else None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == NAME:
                return r.name + (self.tr(" (prob.)") if r.status == "预备党员" else "") if role != SORT_ROLE else \
                    f"{int(r.group == '')}{r.group}\t{r.name_pinyin}"  # a string: Qt sorts it, not a tuple
            if col == KIND:
                return r.account.kind if r.account else self.tr("not set")
            if col == MONTHLY:
                return (r.account.monthly_fen if role == SORT_ROLE else yuan(r.account.monthly_fen)) if r.account else ""
            if cell is not None:
                if role == SORT_ROLE:
                    return cell.paid_fen
                if cell.paid_fen:
                    return yuan(cell.paid_fen)
                return {"unpaid": self.tr("unpaid"), "": "—"}.get(cell.state, "")
            if col == PAID:
                return r.paid_fen if role == SORT_ROLE else yuan(r.paid_fen)
            if col == OWED:
                return r.owed_fen if role == SORT_ROLE else (yuan(r.owed_fen) if r.owed_fen else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is not None:
                return QBrush(QColor(STATE_COLOURS[cell.state]))
            if col == NAME and r.flagged:
                return QBrush(QColor("#fdecea"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if (cell is not None and cell.state == "unpaid") or (col == OWED and r.owed_fen) or (col == NAME and r.flagged):
                return QBrush(QColor("#b00000"))
            if col == KIND and r.account is None:
                return QBrush(QColor("#b9770e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= MONTHLY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None:
                states = {"paid": self.tr("paid in full"), "ahead": self.tr("paid in advance"),
                          "partial": self.tr("partly paid"), "unpaid": self.tr("not paid"),
                          "open": self.tr("this month"), "future": self.tr("not yet due"),
                          "": self.tr("not on the roster that month")}
                how = self.paid_how.get((r.member_id, cell.month), "")
                return self.tr("{0}: due {1}, paid {2} — {3}").format(
                    self.tr("M{0}").format(cell.month), yuan(cell.due_fen), yuan(cell.paid_fen), states[cell.state]) + (
                    "\n" + how if how else "")
            if col == NAME and r.run:
                return self.tr("No payment for {0} months in a row").format(len(r.run))
            if col == KIND and r.account is not None:
                a = r.account
                return self.tr("Base {0}, share {1}; the rule asks {2} a month").format(
                    yuan(a.base_fen) if a.base_fen else "—", a.rate_text, yuan(a.proposed_fen)) + (
                    "\n" + a.reason if a.reason else "")
        return None


class DuesFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.only_owing = False

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, DuesGridModel)
        r = model.rows[source_row]
        if self.only_owing and not (r.owed_fen or r.run or r.account is None):
            return False
        return name_matches(self.text, r.name, r.name_pinyin, r.name_initials)


class AccountDialog(QDialog):
    """核定: category and base for a member's year; the rule's share and amount shown live."""

    def __init__(self, ctx: AppContext, year: int, row: GridRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.year, self.row = ctx, year, row
        self.svc = DuesService(ctx.ws)
        self.setWindowTitle(self.tr("Dues for {0}, {1}").format(row.name, year))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        self.rules = self.svc.rules()  # read once: the proposal is worked out on every keystroke
        self.kind.addItems(kinds(self.rules["dues_brackets"], self.rules["dues_flat"]))
        member = ctx.roster.get(row.member_id)
        a = row.account
        self.kind.setCurrentText(a.kind if a else self.svc.default_kind(member.category))
        self.base = QLineEdit(yuan(a.base_fen) if a and a.base_fen is not None else "")
        self.base.setPlaceholderText(self.tr("monthly pay after tax, or pension, in yuan"))
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.monthly = QLineEdit(yuan(a.monthly_fen) if a else "")
        self.monthly.setPlaceholderText(self.tr("empty: as the rule asks"))
        self.reason = QLineEdit(a.reason if a else "")
        self.reason.setPlaceholderText(self.tr("only if paying less (approved by the superior) or changing mid-year"))
        # the base changes from the month the new pay is received (中组发〔2008〕3号); months before keep their amount
        self.from_month = QComboBox()
        self.from_month.addItem(self.tr("the whole year"), None)
        for mo in range(2, 13):
            self.from_month.addItem(self.tr("from month {0}").format(mo), mo)
        self.from_month.setEnabled(a is not None)
        self.fields: dict[str, QWidget] = {"kind": self.kind, "base": self.base, "monthly": self.monthly,
                                           "reason": self.reason, "from_month": self.from_month}
        form = QFormLayout()
        form.addRow(self.tr("Category *"), self.kind)
        form.addRow(self.tr("Monthly base (yuan)"), self.base)
        form.addRow(self.tr("The rule"), self.proposal)
        form.addRow(self.tr("Monthly amount (yuan)"), self.monthly)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Applies"), self.from_month)
        self.kind.currentIndexChanged.connect(self.update_proposal)
        self.base.textChanged.connect(self.update_proposal)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        src = QLabel(self.tr("Source: {0}").format(ctx.standards.in_force()["dues_brackets"].standard.source))
        src.setWordWrap(True)
        src.setStyleSheet("color: #666; font-size: 9pt;")
        lay.addLayout(form)
        lay.addWidget(src)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.update_proposal()

    def _base(self) -> Decimal | None:
        text = self.base.text().strip()
        return parse_yuan(text) if text else None

    def update_proposal(self) -> None:
        kind = self.kind.currentText()
        bracket = kind in self.rules["dues_brackets"]
        self.base.setEnabled(bracket)
        try:
            p = propose(kind, self._base() if bracket else None, self.rules["dues_brackets"], self.rules["dues_flat"],
                        self.rules["dues_rounding"])
        except BadAmount as exc:
            self.proposal.setText(str(exc))
            self.proposal.setStyleSheet("color: #b9770e;")
            return
        self.proposal.setStyleSheet("color: #1e7e34;")
        self.proposal.setText(self.tr("{0} → {1} yuan a month").format(p.rule, p.monthly))
        self.monthly.setPlaceholderText(str(p.monthly))

    def save(self) -> None:
        kind = self.kind.currentText()
        try:
            base = self._base() if kind in self.rules["dues_brackets"] else None
        except BadAmount as exc:
            show_field_issues(self.fields, self.errors, [FieldIssue("base", str(exc))])
            return
        try:
            monthly = parse_yuan(self.monthly.text()) if self.monthly.text().strip() else None
        except BadAmount as exc:
            show_field_issues(self.fields, self.errors, [FieldIssue("monthly", str(exc))])
            return
        try:
            self.svc.set_account(self.year, AccountInput(self.row.member_id, kind, base, monthly, self.reason.text(),
                                                         self.from_month.currentData()))
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        self.accept()


class PaymentDialog(QDialog):
    """收缴: which months a member pays for, how much, when and to whom."""

    def __init__(self, ctx: AppContext, year: int, row: GridRow, months: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.year, self.row = ctx, year, row
        self.setWindowTitle(self.tr("Dues received from {0}").format(row.name))
        self.setMinimumWidth(520)
        grid = QGridLayout()
        self.month_boxes: list[QCheckBox] = []
        for c in row.cells:
            b = QCheckBox(self.tr("M{0}").format(c.month))
            b.setEnabled(c.due and (c.due_fen == 0 or c.paid_fen < c.due_fen))
            b.setChecked(b.isEnabled() and c.month in months)
            if c.due:
                b.setToolTip(self.tr("due {0}, paid {1}").format(yuan(c.due_fen), yuan(c.paid_fen)))
            b.toggled.connect(self.update_total)
            grid.addWidget(b, (c.month - 1) // 6, (c.month - 1) % 6)
            self.month_boxes.append(b)
        months_box = QWidget()
        months_box.setLayout(grid)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("empty: what is still owed for each month"))
        self.amount.textChanged.connect(self.update_total)
        self.paid_on = DateField()
        self.paid_on.set_date(date.today())
        self.collector = QComboBox()
        self.collector.setEditable(True)
        members = ctx.roster.list_members()
        self.collector.addItems([m.name for m in members if m.committee_role == "组织委员"]
                                + [m.name for m in members if m.committee_role and m.committee_role != "组织委员"])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. paid by a relative; why a payment is more than six months late"))
        self.total = QLabel()
        self.fields: dict[str, QWidget] = {"months": months_box, "amount": self.amount, "paid_on": self.paid_on,
                                           "collector": self.collector, "note": self.note}
        form = QFormLayout()
        form.addRow(self.tr("Months *"), months_box)
        form.addRow(self.tr("Amount a month (yuan)"), self.amount)
        form.addRow(self.tr("Date paid *"), self.paid_on)
        form.addRow(self.tr("Collected by"), self.collector)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Total"), self.total)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.update_total()

    def chosen(self) -> list[int]:
        return [i + 1 for i, b in enumerate(self.month_boxes) if b.isChecked()]

    def update_total(self) -> None:
        try:
            each = parse_yuan(self.amount.text()) if self.amount.text().strip() else None
        except BadAmount as exc:
            self.total.setText(str(exc))
            return
        fen = 0
        for m in self.chosen():
            c = self.row.cells[m - 1]
            fen += to_fen(each) if each is not None else c.owed_fen if c.due_fen else 0
        self.total.setText(self.tr("{0} yuan for {1} months").format(yuan(fen), len(self.chosen())))

    def save(self) -> None:
        try:
            each = parse_yuan(self.amount.text(), allow_zero=False) if self.amount.text().strip() else None
        except BadAmount as exc:
            show_field_issues(self.fields, self.errors, [FieldIssue("amount", str(exc))])
            return
        try:
            on = self.paid_on.date()
        except BadDate as bad:
            show_field_issues(self.fields, self.errors, [FieldIssue("paid_on", self.tr(
                "Date paid: “{0}” is not a real date").format(bad.text))])
            return
        try:
            self.saved = DuesService(self.ctx.ws).pay(self.row.member_id, self.year, self.chosen(), on,
                                                      self.collector.currentText(), each, self.note.text())
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        self.accept()


class HandUpDialog(QDialog):
    """上缴: months handed up, the amount (what was collected in them unless the note says why), the receipt."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.svc = DuesService(ctx.ws)
        self.setWindowTitle(self.tr("Hand dues up to the committee, {0}").format(year))
        self.setMinimumWidth(480)
        covered = {m for h in self.svc.handups(year) for m in range(h.from_month, h.to_month + 1)}
        first = next((m for m in range(1, 13) if m not in covered), 12)
        every = ctx.standards.value("dues_handup_every")
        self.from_month = QSpinBox()
        self.from_month.setRange(1, 12)
        self.from_month.setValue(first)
        self.to_month = QSpinBox()
        self.to_month.setRange(1, 12)
        self.to_month.setValue(min(12, first + (2 if every == "quarter" else 11 if every == "year" else 0)))
        months = QHBoxLayout()
        months.addWidget(self.from_month)
        months.addWidget(QLabel("—"))
        months.addWidget(self.to_month)
        months_w = QWidget()
        months_w.setLayout(months)
        self.collected = QLabel()
        self.amount = QLineEdit()
        self.handed_on = DateField()
        self.handed_on.set_date(date.today())
        self.receiver = QLineEdit(ctx.profile.get().superior if ctx.profile.get() else "")
        self.receipt = QLineEdit()
        self.note = QLineEdit()
        self.fields: dict[str, QWidget] = {"months": months_w, "amount": self.amount, "handed_on": self.handed_on,
                                           "receiver": self.receiver, "receipt_no": self.receipt, "note": self.note}
        form = QFormLayout()
        form.addRow(self.tr("Months *"), months_w)
        form.addRow(self.tr("Collected in them"), self.collected)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Date handed up *"), self.handed_on)
        form.addRow(self.tr("Received by"), self.receiver)
        form.addRow(self.tr("Receipt number"), self.receipt)
        form.addRow(self.tr("Note"), self.note)
        self.from_month.valueChanged.connect(self.update_collected)
        self.to_month.valueChanged.connect(self.update_collected)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.update_collected()

    def update_collected(self) -> None:
        fen = self.svc.collected(self.year, self.from_month.value(), max(self.from_month.value(), self.to_month.value()))
        self.collected.setText(self.tr("{0} yuan").format(yuan(fen)))
        self.amount.setPlaceholderText(yuan(fen))

    def save(self) -> None:
        try:
            amount = parse_yuan(self.amount.text(), allow_zero=False) if self.amount.text().strip() else None
        except BadAmount as exc:
            show_field_issues(self.fields, self.errors, [FieldIssue("amount", str(exc))])
            return
        try:
            on = self.handed_on.date()
        except BadDate as bad:
            show_field_issues(self.fields, self.errors, [FieldIssue("handed_on", self.tr(
                "Date: “{0}” is not a real date").format(bad.text))])
            return
        try:
            self.svc.hand_up(HandUpInput(self.year, self.from_month.value(), self.to_month.value(), amount, on,
                                         self.receiver.text(), self.receipt.text(), self.note.text()))
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        self.accept()


class HandUpModel(RowTableModel):
    rows: list[HandUpRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Months"), self.tr("Amount"), self.tr("Collected"), self.tr("Date"), self.tr("Receipt")]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        h = self.rows[index.row()]
        if role == ROW_ROLE:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            return (h.months, yuan(h.amount_fen), yuan(h.collected_fen), h.handed_on.isoformat(),
                    h.receipt_no)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and h.amount_fen != h.collected_fen:
            return QBrush(QColor("#b9770e"))
        if role == Qt.ItemDataRole.ToolTipRole and h.note:
            return h.note
        return None


class DuesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.undo_ids: list[int] = []
        self.model = DuesGridModel(self)
        self.proxy = DuesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.year = QComboBox()
        for y in range(date.today().year, date.today().year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name (pinyin initials work)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.owing = QCheckBox(self.tr("Only members who owe"))
        self.owing.toggled.connect(lambda on: self.proxy.set_filter(only_owing=on))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setMinimumSectionSize(46)
        self.table.doubleClicked.connect(self._double_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.arrears = QLabel()
        self.arrears.setWordWrap(True)
        self.handups = HandUpModel(self)
        self.handup_table = QTableView()
        self.handup_table.setModel(self.handups)
        self.handup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.handup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handup_table.verticalHeader().hide()
        self.handup_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.handup_table.horizontalHeader().setStretchLastSection(True)
        self.actions: dict[str, QAction] = {}
        bar = QToolBar()
        for key, text, shortcut, slot in (
                ("pay", self.tr("Record payment…"), QKeySequence.StandardKey.New, self.pay),
                ("base", self.tr("Set base…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self.set_base),
                ("setup", self.tr("Set up the year from last year"), None, self.set_up_year),
                ("remove", self.tr("Take back payment"), QKeySequence.StandardKey.Delete, self.remove_payment),
                ("undo", self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo),
                ("handup", self.tr("Hand up…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_U), self.hand_up)):
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(shortcut)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            bar.addAction(a)
            self.addAction(a)
            self.actions[key] = a
        self.actions["undo"].setEnabled(False)
        printing = QToolButton()
        printing.setText(self.tr("Print"))
        printing.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(printing)
        for text, shortcut, slot in ((self.tr("Dues register (landscape grid)"), QKeySequence.StandardKey.Print, self.print_register),
                                     (self.tr("This member's dues record"), None, self.print_member),
                                     (self.tr("Yearly public statement"), None, self.print_statement)):
            a = menu.addAction(text)
            a.triggered.connect(slot)
            if shortcut is not None:
                a.setShortcut(shortcut)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(a)
        printing.setMenu(menu)
        bar.addWidget(printing)
        title = QLabel(self.tr("Dues register (党费收缴登记)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        top.addWidget(self.search)
        top.addWidget(self.owing)
        top.addWidget(self.year)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Handed up to the committee")))
        head.addStretch(1)
        remove_handup = QToolButton()
        remove_handup.setText(self.tr("Remove the selected hand-up"))
        remove_handup.clicked.connect(self.remove_handup)
        head.addWidget(remove_handup)
        bl.addLayout(head)
        bl.addWidget(self.handup_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 150])
        legend = QLabel(self.tr("Green paid · blue paid in advance · yellow partly paid · red unpaid · grey not on the "
                                "roster that month. Double-click a month to record a payment."))
        legend.setStyleSheet("color: #666;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.arrears)
        lay.addWidget(split, 1)
        lay.addWidget(legend)
        ctx.data_changed.connect(self._data_changed)
        ctx.workspace_replaced.connect(self._data_changed)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, e: Any) -> None:  # noqa: N802
        super().showEvent(e)
        if self.stale:
            self.reload()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def current_year(self) -> int:
        return int(self.year.currentData() or date.today().year)

    def reload(self) -> None:
        self.stale = False
        svc = DuesService(self.ctx.ws)
        y = svc.year(self.current_year())
        how: dict[tuple[int, int], list[str]] = {}
        for p in svc.payments(self.current_year()):
            how.setdefault((p.member_id, p.month), []).append(
                f"{p.paid_on} {yuan(p.amount_fen)} {p.collector}" + (f"（{p.note}）" if p.note else ""))
        self.model.paid_how = {k: "\n".join(v) for k, v in how.items()}
        self.model.set_rows(y.rows)
        self.handups.set_rows(y.handups)
        self.show_summary(y)
        # the flag is about now: shown on this year's grid (the rows already carry it)
        arrears = [r for r in y.rows if r.flagged] if self.current_year() == date.today().year else []
        self.arrears.setText(self.tr("No payment for {0} months or more in a row: {1}").format(
            svc.rules()["dues_arrears_months"], "、".join(f"{a.name}（{len(a.run)}）" for a in arrears)) if arrears else "")
        self.arrears.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.arrears.setVisible(bool(arrears))

    def show_summary(self, y: DuesYear) -> None:
        lines = [self.tr("Collected {0} yuan · handed up {1} · not yet handed up {2} · owed {3}").format(
            yuan(y.collected_fen), yuan(y.handed_fen), yuan(y.not_handed_fen), yuan(y.owed_fen))]
        if y.not_handed_months():
            lines.append(self.tr("collected but not handed up: {0}").format(
                "、".join(self.tr("M{0}").format(m) for m in y.not_handed_months())))
        if y.without_account:
            lines.append(self.tr("no base set yet: {0}").format("、".join(y.without_account)))
        self.summary.setText(" · ".join(lines))

    # -- selection -------------------------------------------------------------------------------
    def selected_row(self) -> GridRow | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, ROW_ROLE) if idx.isValid() else None

    def selected_months(self) -> list[int]:
        cols = {i.column() for i in self.table.selectionModel().selectedIndexes()}
        return sorted(c - FIRST_MONTH + 1 for c in cols if FIRST_MONTH <= c < PAID)

    def select(self, member_id: int, month: int | None = None) -> None:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)
            if row.member_id == member_id:
                col = FIRST_MONTH + month - 1 if month else NAME
                self.table.setCurrentIndex(self.proxy.index(r, col))
                return

    def _need_row(self) -> GridRow | None:
        r = self.selected_row()
        if r is None:
            QMessageBox.information(self, self.tr("Dues"), self.tr("Choose a member in the grid first."))
        return r

    def _double_clicked(self, idx: QModelIndex) -> None:
        if idx.column() in (KIND, MONTHLY):
            self.set_base()
        else:
            self.pay()

    # -- actions ---------------------------------------------------------------------------------
    def set_base(self) -> None:
        r = self._need_row()
        if r is None:
            return
        self.dialog = AccountDialog(self.ctx, self.current_year(), r, self)
        self.dialog.accepted.connect(self.ctx.data_changed.emit)
        self.dialog.open()

    def set_up_year(self) -> None:
        made, missing = DuesService(self.ctx.ws).set_up_year(self.current_year())
        self.ctx.data_changed.emit()
        text = self.tr("Set {0} members from last year's base or their flat amount.").format(made)
        if missing:
            text += "\n" + self.tr("Type the base for: {0}").format("、".join(missing))
        QMessageBox.information(self, self.tr("Dues"), text)

    def pay(self) -> None:
        r = self._need_row()
        if r is None:
            return
        months = self.selected_months()
        if not months:
            months = [c.month for c in r.cells if c.state in ("unpaid", "partial", "open")]
        self.dialog = PaymentDialog(self.ctx, self.current_year(), r, months, self)
        self.dialog.accepted.connect(self.ctx.data_changed.emit)
        self.dialog.open()

    def remove_payment(self) -> None:
        """Take back the payments recorded for the selected months (into the recycle bin; Ctrl+Z restores)."""
        r = self._need_row()
        months = self.selected_months()
        if r is None or not months:
            return
        svc = DuesService(self.ctx.ws)
        payments = [p for p in svc.payments(self.current_year(), r.member_id) if p.month in months]
        if not payments:
            return
        try:
            svc.delete_payment(*(p.id for p in payments))  # all or none
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Dues"), str(exc))
            return
        self.undo_ids = [p.id for p in payments]
        self.actions["undo"].setEnabled(True)
        self.ctx.data_changed.emit()

    def undo(self) -> None:
        DuesService(self.ctx.ws).restore_payment(*self.undo_ids)
        self.undo_ids = []
        self.actions["undo"].setEnabled(False)
        self.ctx.data_changed.emit()

    def hand_up(self) -> None:
        self.dialog = HandUpDialog(self.ctx, self.current_year(), self)
        self.dialog.accepted.connect(self.ctx.data_changed.emit)
        self.dialog.open()

    def remove_handup(self) -> None:
        idx = self.handup_table.currentIndex()
        h = self.handups.data(idx, ROW_ROLE) if idx.isValid() else None
        if h is None:
            return
        if QMessageBox.question(self, self.tr("Dues"), self.tr("Remove the hand-up of {0} ({1} yuan)?").format(
                h.months, yuan(h.amount_fen))) != QMessageBox.StandardButton.Yes:
            return
        DuesService(self.ctx.ws).delete_handup(h.id)
        self.ctx.data_changed.emit()

    # -- printing --------------------------------------------------------------------------------
    def print_register(self) -> None:
        from reports.dues import render_dues_register
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, self.current_year()
        print_in_background(self.ctx, self, lambda out, fs: render_dues_register(ws, year, out, fs),
                            f"党费收缴登记表{year}.pdf", self.tr("Preparing the dues register…"))

    def print_member(self) -> None:
        from reports.dues import render_dues_member
        from ui.pdf_preview import print_in_background

        r = self._need_row()
        if r is None:
            return
        ws, year, mid = self.ctx.ws, self.current_year(), r.member_id
        print_in_background(self.ctx, self, lambda out, fs: render_dues_member(ws, year, mid, out, fs),
                            f"党费交纳记录{year}{r.name}.pdf", self.tr("Preparing the dues record…"))

    def print_statement(self) -> None:
        from reports.dues import render_dues_statement
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, self.current_year()
        print_in_background(self.ctx, self, lambda out, fs: render_dues_statement(ws, year, out, fs),
                            f"党费收缴情况公布{year}.pdf", self.tr("Preparing the statement…"))
