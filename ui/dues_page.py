"""党费收缴登记 page (book 11): the members × months grid of the year, setting each member's base (the rule
proposes the share and amount), recording payments (partial, back and advance), taking back a mistaken one
(Ctrl+Z), hand-ups to the committee that reconcile with what was collected, arrears, and the printed forms."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from models.books import FormSpec
from models.errors import UserError
from models.i18n import aside, listing
from models.rules.dues import BadAmount, kinds, parse_yuan, propose, to_fen, yuan
from models.services.dues import AccountInput, DuesService, DuesYear, GridRow, HandUpInput, HandUpRow
from ui import shortcuts, style
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.forms import RecordDialog
from ui.style import AMBER, DARK_RED, GREEN, RED, hint_label
from ui.table_models import Column, ColumnModel, FilterProxy, name_matches
from ui.widgets import DateField

STATE_COLOURS = {"paid": style.GREEN_BG, "ahead": style.BLUE_BG, "partial": style.AMBER_BG, "unpaid": style.RED_BG, "open": style.PLAIN_BG,
                 "future": style.PLAIN_BG, "": style.NEUTRAL_BG}
NAME, KIND, MONTHLY = 0, 1, 2
FIRST_MONTH = 3
PAID, OWED = FIRST_MONTH + 12, FIRST_MONTH + 13


class DuesGridModel(ColumnModel[GridRow]):
    """Members × months: each month coloured by its state, what was paid and to whom in its tooltip."""

    def __init__(self, parent: QObject | None = None):
        self.paid_how: dict[tuple[int, int], str] = {}  # (member, month) → “10-08 王五收”
        states = {"paid": self.tr("paid in full"), "ahead": self.tr("paid in advance"),
                  "partial": self.tr("partly paid"), "unpaid": self.tr("not paid"), "open": self.tr("this month"),
                  "future": self.tr("not yet due"), "": self.tr("not on the roster that month")}

        def month(m: int) -> Column[GridRow]:
            def text(r: GridRow) -> str:
                c = r.cells[m - 1]
                return yuan(c.paid_fen) if c.paid_fen else {"unpaid": self.tr("unpaid"), "": "—"}.get(c.state, "")

            def tip(r: GridRow) -> str:
                c = r.cells[m - 1]
                how = self.paid_how.get((r.member_id, m), "")
                return self.tr("{0}: due {1}, paid {2} — {3}").format(
                    self.tr("M{0}").format(m), yuan(c.due_fen), yuan(c.paid_fen), states[c.state]) + (
                    "\n" + how if how else "")
            return Column(self.tr("M{0}").format(m), text, sort=lambda r: r.cells[m - 1].paid_fen,
                          bg=lambda r: STATE_COLOURS[r.cells[m - 1].state],
                          fg=lambda r: DARK_RED if r.cells[m - 1].state == "unpaid" else None, tip=tip, figures=True,
                          width=58)

        def kind_tip(r: GridRow) -> str | None:
            a = r.account
            if a is None:
                return None
            return self.tr("Base {0}, share {1}; the rule asks {2} a month").format(
                yuan(a.base_fen) if a.base_fen else "—", a.rate_text, yuan(a.proposed_fen)) + (
                "\n" + a.reason if a.reason else "")

        from models.rules.standards import standard

        arrears_source = standard("dues_arrears_months").source  # the rule behind the red mark, on the mark itself
        super().__init__([
            Column(self.tr("Name"), lambda r: r.name + (self.tr(" (prob.)") if r.status == "预备党员" else ""),
                   sort=lambda r: f"{int(r.group == '')}{r.group}\t{r.name_pinyin}",  # by party group, then pinyin
                   bg=lambda r: style.RED_BG if r.flagged else None, fg=lambda r: DARK_RED if r.flagged else None,
                   tip=lambda r: (self.tr("No payment for {0} months in a row").format(len(r.run))
                                  + (f"\n{arrears_source}" if r.flagged else "")) if r.run else None,
                   width=96),
            Column(self.tr("Category"), lambda r: r.account.kind if r.account else self.tr("not set"),
                   fg=lambda r: AMBER if r.account is None else None, tip=kind_tip, width=64),
            Column(self.tr("Monthly"), lambda r: yuan(r.account.monthly_fen) if r.account else "",
                   sort=lambda r: r.account.monthly_fen if r.account else -1, figures=True, width=64),
            *(month(m) for m in range(1, 13)),
            Column(self.tr("Paid"), lambda r: yuan(r.paid_fen), sort=lambda r: r.paid_fen, figures=True, width=76),
            Column(self.tr("Owed"), lambda r: yuan(r.owed_fen) if r.owed_fen else "", sort=lambda r: r.owed_fen,
                   fg=lambda r: DARK_RED if r.owed_fen else None, figures=True, width=72),
        ], parent)


def dues_shown(r: GridRow, f: dict[str, Any]) -> bool:
    if f["only_owing"] and not (r.owed_fen or r.run or r.account is None):
        return False
    return name_matches(f["text"], r.name, r.name_pinyin, r.name_initials)


def yuan_of(line: QLineEdit, allow_zero: bool = True) -> Callable[[], Decimal | None]:
    """A reader for ``RecordDialog.read``: the amount typed in ``line``, None when it is empty."""
    return lambda: parse_yuan(line.text(), allow_zero=allow_zero) if line.text().strip() else None


class AccountDialog(RecordDialog):
    """核定: category and base for a member's year; the rule's share and amount shown live."""

    def __init__(self, ctx: AppContext, year: int, row: GridRow, parent: QWidget | None = None):
        super().__init__(self.tr("Dues for {0}, {1}").format(row.name, year), parent, 520)
        self.ctx, self.year, self.row = ctx, year, row
        self.svc = DuesService(ctx.ws)
        self.rules = self.svc.rules()  # read once: the proposal is worked out on every keystroke
        member = ctx.roster.get(row.member_id)
        a = row.account
        self.kind = self.field("kind", self.tr("Category *"), QComboBox())
        self.kind.addItems(kinds(self.rules["dues_brackets"], self.rules["dues_flat"]))
        self.kind.setCurrentText(a.kind if a else self.svc.default_kind(member.category))
        self.base = self.field("base", self.tr("Monthly base (yuan)"),
                               QLineEdit(yuan(a.base_fen) if a and a.base_fen is not None else ""))
        self.base.setPlaceholderText(self.tr("monthly pay after tax, or pension, in yuan"))
        self.proposal = self.field("proposal", self.tr("The rule"), QLabel())
        self.proposal.setWordWrap(True)
        self.monthly = self.field("monthly", self.tr("Monthly amount (yuan)"), QLineEdit(yuan(a.monthly_fen) if a else ""))
        self.monthly.setPlaceholderText(self.tr("empty: as the rule asks"))
        self.reason = self.field("reason", self.tr("Reason"), QLineEdit(a.reason if a else ""))
        self.reason.setPlaceholderText(self.tr("only if paying less (approved by the superior) or changing mid-year"))
        # the base changes from the month the new pay is received (中组发〔2008〕3号); months before keep their amount
        self.from_month = self.field("from_month", self.tr("Applies"), QComboBox())
        self.from_month.addItem(self.tr("the whole year"), None)
        for mo in range(2, 13):
            self.from_month.addItem(self.tr("from month {0}").format(mo), mo)
        self.from_month.setEnabled(a is not None)
        self.kind.currentIndexChanged.connect(self.update_proposal)
        self.base.textChanged.connect(self.update_proposal)
        src = hint_label(self.tr("Source: {0}").format(ctx.standards.in_force()["dues_brackets"].standard.source))
        self.finish(src)
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
            self.proposal.setStyleSheet(f"color: {AMBER};")
            return
        self.proposal.setStyleSheet(f"color: {GREEN};")
        self.proposal.setText(self.tr("{0} → {1} yuan a month").format(p.rule, p.monthly))
        self.monthly.setPlaceholderText(str(p.monthly))

    def save(self) -> None:
        kind = self.kind.currentText()
        v = self.read(base=yuan_of(self.base) if kind in self.rules["dues_brackets"] else lambda: None,
                      monthly=yuan_of(self.monthly))
        if v is not None and self.attempt(lambda: self.svc.set_account(self.year, AccountInput(
                self.row.member_id, kind, v["base"], v["monthly"], self.reason.text(), self.from_month.currentData()))):
            self.accept()


class PaymentDialog(RecordDialog):
    """收缴: which months a member pays for, how much, when and to whom."""

    def __init__(self, ctx: AppContext, year: int, row: GridRow, months: list[int], parent: QWidget | None = None):
        super().__init__(self.tr("Dues received from {0}").format(row.name), parent, 520)
        self.ctx, self.year, self.row = ctx, year, row
        grid = QGridLayout()
        self.month_boxes: list[QCheckBox] = []
        paid_up, not_due = [], []
        for c in row.cells:
            b = QCheckBox(self.tr("M{0}").format(c.month))
            b.setEnabled(c.due and (c.due_fen == 0 or c.paid_fen < c.due_fen))
            b.setChecked(b.isEnabled() and c.month in months)
            if not c.due:
                not_due.append(c.month)
                b.setToolTip(self.tr("Not due: not a member of this branch that month, or exempt"))
            elif not b.isEnabled():
                paid_up.append(c.month)
                b.setToolTip(self.tr("Paid up: {0} paid of {1} due").format(yuan(c.paid_fen), yuan(c.due_fen)))
            else:
                b.setToolTip(self.tr("due {0}, paid {1}").format(yuan(c.due_fen), yuan(c.paid_fen)))
            b.toggled.connect(self.update_total)
            grid.addWidget(b, (c.month - 1) // 6, (c.month - 1) % 6)
            self.month_boxes.append(b)
        self.why_grey = hint_label(self._why_grey(paid_up, not_due))
        self.why_grey.setWordWrap(True)
        grid.addWidget(self.why_grey, 2, 0, 1, 6)
        months_box = self.field("months", self.tr("Months *"), QWidget())
        months_box.setLayout(grid)
        self.amount = self.field("amount", self.tr("Amount a month (yuan)"), QLineEdit())
        self.amount.setPlaceholderText(self.tr("empty: what is still owed for each month"))
        self.amount.textChanged.connect(self.update_total)
        self.paid_on = self.field("paid_on", self.tr("Date paid *"), DateField())
        self.paid_on.set_date(date.today())
        self.collector = self.field("collector", self.tr("Collected by"), QComboBox())
        self.collector.setEditable(True)
        members = ctx.roster.list_members()
        self.collector.addItems([m.name for m in members if m.committee_role == "组织委员"]
                                + [m.name for m in members if m.committee_role and m.committee_role != "组织委员"])
        self.note = self.field("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. paid by a relative; why a payment is more than six months late"))
        self.total = self.field("total", self.tr("Total"), QLabel())
        self.finish()
        self.update_total()

    def _why_grey(self, paid_up: list[int], not_due: list[int]) -> str:
        """Why months cannot be ticked, in words (on main a paid-up member's dialog showed twelve grey boxes)."""
        def months(ms: list[int]) -> str:
            return self.tr(", ").join(self.tr("M{0}").format(m) for m in ms)

        if len(paid_up) + len(not_due) == 12 and paid_up:
            return self.tr("Nothing to collect for {0}: every month due is paid up.").format(self.year)
        parts = []
        if paid_up:
            parts.append(self.tr("paid up: {0}").format(months(paid_up)))
        if not_due:
            parts.append(self.tr("not due (not in this branch then, or exempt): {0}").format(months(not_due)))
        return self.tr("Grey months cannot be ticked — {0}.").format(self.tr("; ").join(parts)) if parts else ""

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
        v = self.read(amount=yuan_of(self.amount, allow_zero=False), paid_on=self.paid_on.date)

        def pay() -> None:
            assert v is not None
            self.saved = DuesService(self.ctx.ws).pay(self.row.member_id, self.year, self.chosen(), v["paid_on"],
                                                      self.collector.currentText(), v["amount"], self.note.text())
        if v is not None and self.attempt(pay):
            self.accept()


class HandUpDialog(RecordDialog):
    """上缴: months handed up, the amount (what was collected in them unless the note says why), the receipt."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None):
        super().__init__(self.tr("Hand dues up to the committee, {0}").format(year), parent, 480)
        self.ctx, self.year = ctx, year
        self.svc = DuesService(ctx.ws)
        covered = {m for h in self.svc.handups(year) for m in range(h.from_month, h.to_month + 1)}
        first = next((m for m in range(1, 13) if m not in covered), 12)
        every = ctx.standards.value("dues_handup_every")
        self.from_month = QSpinBox()
        self.from_month.setRange(1, 12)
        self.from_month.setValue(first)
        self.to_month = QSpinBox()
        self.to_month.setRange(1, 12)
        self.to_month.setValue(min(12, first + (2 if every == "quarter" else 11 if every == "year" else 0)))
        months = self.field("months", self.tr("Months *"), QWidget())
        ml = QHBoxLayout(months)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.from_month)
        ml.addWidget(QLabel("—"))
        ml.addWidget(self.to_month)
        self.collected = self.field("collected", self.tr("Collected in them"), QLabel())
        self.amount = self.field("amount", self.tr("Amount (yuan)"), QLineEdit())
        self.handed_on = self.field("handed_on", self.tr("Date handed up *"), DateField())
        self.handed_on.set_date(date.today())
        profile = ctx.profile.get()
        self.receiver = self.field("receiver", self.tr("Received by"), QLineEdit(profile.superior if profile else ""))
        self.receipt = self.field("receipt_no", self.tr("Receipt number"), QLineEdit())
        self.note = self.field("note", self.tr("Note"), QLineEdit())
        self.from_month.valueChanged.connect(self.update_collected)
        self.to_month.valueChanged.connect(self.update_collected)
        self.finish()
        self.update_collected()

    def update_collected(self) -> None:
        fen = self.svc.collected(self.year, self.from_month.value(), max(self.from_month.value(), self.to_month.value()))
        self.collected.setText(self.tr("{0} yuan").format(yuan(fen)))
        self.amount.setPlaceholderText(yuan(fen))

    def save(self) -> None:
        v = self.read(amount=yuan_of(self.amount, allow_zero=False), handed_on=self.handed_on.date)
        if v is None:
            return
        from ui.forms import confirm_lock

        if not confirm_lock(self, self.windowTitle(), self.tr(
                "Hand up {0} yuan for months {1}–{2} of {3}? Those months are then counted as handed up to the "
                "committee.").format(f"{v['amount']:.2f}" if v["amount"] is not None else yuan(self.svc.collected(
                    self.year, self.from_month.value(), max(self.from_month.value(), self.to_month.value()))),
                    self.from_month.value(), max(self.from_month.value(),
                                     self.to_month.value()), self.year), self.tr("Hand up")):
            return
        if self.attempt(lambda: self.svc.hand_up(HandUpInput(
                self.year, self.from_month.value(), self.to_month.value(), v["amount"], v["handed_on"],
                self.receiver.text(), self.receipt.text(), self.note.text()))):
            self.accept()


class HandUpModel(ColumnModel[HandUpRow]):
    def __init__(self, parent: QObject | None = None):
        super().__init__([
            Column(self.tr("Months"), lambda h: h.months, tip=lambda h: h.note),
            Column(self.tr("Amount"), lambda h: yuan(h.amount_fen), tip=lambda h: h.note),
            Column(self.tr("Collected"), lambda h: yuan(h.collected_fen), tip=lambda h: h.note,
                   fg=lambda h: AMBER if h.amount_fen != h.collected_fen else None),
            Column(self.tr("Date"), lambda h: h.handed_on.isoformat(), tip=lambda h: h.note),
            Column(self.tr("Receipt"), lambda h: h.receipt_no, tip=lambda h: h.note),
        ], parent)


class DuesPage(BookPage):
    book_key = "dues"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = DuesGridModel(self)
        self.proxy = FilterProxy(dues_shown, self, text="", only_owing=False)
        self.proxy.setSourceModel(self.model)
        self.year_box().currentIndexChanged.connect(self.reload)
        self.search_field(self.tr("Search name (pinyin initials work)"), self.proxy)
        self.owing = QCheckBox(self.tr("Only members who owe"))
        self.owing.toggled.connect(lambda on: self.proxy.set_filter(only_owing=on))
        self.table = self.table_view(self.proxy, rows=False, multi=True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(False)  # fixed widths: no measuring 50 × 17 cells per read
        self.table.doubleClicked.connect(self._double_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.arrears = QLabel()
        self.arrears.setWordWrap(True)
        self.arrears.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.handups = HandUpModel(self)
        self.handup_table = self.table_view(self.handups)
        self.add_actions((
            Act("pay", self.tr("Record payment…"), self.pay, QKeySequence.StandardKey.New),
            Act("base", self.tr("Set base…"), self.set_base, shortcuts.key("dues", "base")),
            Act("setup", self.tr("Set up the year from last year"), self.set_up_year, more=True),
            Act("remove", self.tr("Take back payment"), self.remove_payment, QKeySequence.StandardKey.Delete),
            Act("handup", self.tr("Hand up…"), self.hand_up, shortcuts.key("dues", "handup"))))
        self.add_undo_actions()
        self.add_print_menu()
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Handed up to the committee")))
        head.addStretch(1)
        remove_handup = QToolButton()
        remove_handup.setText(self.tr("Remove the selected hand-up"))
        remove_handup.clicked.connect(self.remove_handup)
        head.addWidget(remove_handup)
        handed = self.panel(head, self.handup_table, stretch=1)
        legend = hint_label(self.tr("Green paid · blue paid in advance · yellow partly paid · red unpaid · grey not on "
                                    "the roster that month. Double-click a month to record a payment."))
        self.lay_out(self.search, self.owing, self.year, below=[legend], body=self.panel(
            self.summary, self.arrears, self.split(self.table, handed, sizes=[600, 150], vertical=True), stretch=2))

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        if spec.key == "dues-member":
            return [(self.tr("This member's dues record…"), self._member_form)]
        return super().print_variants(spec)

    def _member_form(self) -> dict[str, Any] | None:
        r = self._need_row()
        return None if r is None else {"member_id": r.member_id, "file_name": r.name}

    def read(self, year: int) -> tuple[int, DuesYear, dict[tuple[int, int], str], int]:
        svc = DuesService(self.ctx.ws)
        how: dict[tuple[int, int], list[str]] = {}
        for p in svc.payments(year):
            how.setdefault((p.member_id, p.month), []).append(
                f"{p.paid_on} {yuan(p.amount_fen)} {p.collector}" + (f"（{p.note}）" if p.note else ""))
        return year, svc.year(year), {k: "\n".join(v) for k, v in how.items()}, int(svc.rules()["dues_arrears_months"])

    def show_data(self, data: tuple[int, DuesYear, dict[tuple[int, int], str], int]) -> None:
        year, y, how, months = data
        self.model.paid_how = how
        self.model.set_rows(y.rows)
        self.handups.set_rows(y.handups)
        self.show_summary(y)
        # the flag is about now: shown on this year's grid (the rows already carry it)
        arrears = [r for r in y.rows if r.flagged] if year == date.today().year else []
        self.arrears.setText(self.tr("No payment for {0} months or more in a row: {1}").format(
            months, listing(f"{a.name}{aside(len(a.run))}" for a in arrears)) if arrears else "")
        self.arrears.setVisible(bool(arrears))

    def show_summary(self, y: DuesYear) -> None:
        lines = [self.tr("Collected {0} yuan · handed up {1} · not yet handed up {2} · owed {3}").format(
            yuan(y.collected_fen), yuan(y.handed_fen), yuan(y.not_handed_fen), yuan(y.owed_fen))]
        if y.not_handed_months():
            lines.append(self.tr("collected but not handed up: {0}").format(
                listing(self.tr("M{0}").format(m) for m in y.not_handed_months())))
        if y.without_account:
            lines.append(self.tr("no base set yet: {0}").format(listing(y.without_account)))
        self.summary.setText(" · ".join(lines))

    # -- selection -------------------------------------------------------------------------------
    def selected_row(self) -> GridRow | None:
        r: GridRow | None = self.row_at(self.table)
        return r

    def selected_months(self) -> list[int]:
        cols = {i.column() for i in self.table.selectionModel().selectedIndexes()}
        return sorted(c - FIRST_MONTH + 1 for c in cols if FIRST_MONTH <= c < PAID)

    def select(self, member_id: int, month: int | None = None) -> None:
        self.select_where(self.table, lambda r: r.member_id == member_id, FIRST_MONTH + month - 1 if month else NAME)

    def _need_row(self) -> GridRow | None:
        r: GridRow | None = self.need(self.selected_row(), self.tr("Choose a member in the grid first."))
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
        self.open_dialog(AccountDialog(self.ctx, self.current_year(), r, self))

    def set_up_year(self) -> None:
        made, missing = DuesService(self.ctx.ws).set_up_year(self.current_year())
        self.changed()
        text = self.tr("Set {0} members from last year's base or their flat amount.").format(made)
        if missing:
            text += " " + self.tr("Type the base for: {0}").format(listing(missing))
        self.say(text)

    def pay(self) -> None:
        r = self._need_row()
        if r is None:
            return
        months = self.selected_months()
        if not months:
            months = [c.month for c in r.cells if c.state in ("unpaid", "partial", "open")]
        self.open_dialog(PaymentDialog(self.ctx, self.current_year(), r, months, self))

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
        ids = [p.id for p in payments]
        try:
            svc.delete_payment(*ids)  # all or none
        except UserError as exc:
            self.say(str(exc), error=True)
            return
        self.done(self.tr("take back the payment of {0}").format(r.name), lambda: svc.restore_payment(*ids),
                  lambda: svc.delete_payment(*ids))
        self.changed()
        self.say(self.tr("Took back {0} payments of {1}. Ctrl+Z undoes.").format(len(ids), r.name))

    def hand_up(self) -> None:
        self.open_dialog(HandUpDialog(self.ctx, self.current_year(), self))

    def remove_handup(self) -> None:
        """Into the recycle bin; Ctrl+Z brings it back."""
        h = self.need(self.row_at(self.handup_table), self.tr("Choose a hand-up in the table first."))
        if h is None:
            return
        svc = DuesService(self.ctx.ws)
        self.to_bin(self.tr("remove the hand-up of {0}").format(h.months), lambda: svc.delete_handup(h.id),
                    lambda: svc.restore_handup(h.id),
                    self.tr("Removed the hand-up of {0} ({1} yuan). Ctrl+Z undoes.").format(h.months, yuan(h.amount_fen)))
