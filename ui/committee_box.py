"""Book 1's committee on the profile page: the term in force with each post and its duties, the election due
date, recording an election (换届) or a change within the term, and taking back a term entered by mistake."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError, ValidationError
from models.i18n import clauses, pick
from models.member import COMMITTEE_ROLES
from models.rules.dates import BadDate
from models.services.committee import CommitteeService, SeatInput, TermInput
from ui import style
from ui.context import AppContext
from ui.forms import DtoTable, Field, FormDialog, table_view
from ui.widgets import DateField, error_label, show_field_issues


class ElectionDialog(QDialog):
    """An election: the day, the term, the superior's approval, and who was elected to which post with what duties."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Committee election"))
        self.setMinimumWidth(720)
        self.elected_on = DateField()
        self.elected_on.set_date(date.today())
        self.term_years = QSpinBox()
        self.term_years.setRange(0, 5)
        self.term_years.setSpecialValueText(self.tr("by branch type (3, or 5 for villages and communities)"))
        self.approved_on = DateField()
        self.approval_no = QLineEdit()
        self.members = [(m.name, m.id) for m in ctx.roster.list_members() if m.status == "正式党员"]
        self.seats = QTableWidget(0, 3)
        self.seats.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Post"), self.tr("Duties")])
        self.seats.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.seats.verticalHeader().hide()
        current = CommitteeService(ctx.ws).current()
        start: list[tuple[int | None, str, str]] = [
            (s.member_id, s.role, s.duty) for s in current.on(date.today())] if current else [
            (m.id, m.committee_role, "") for m in ctx.roster.list_members() if m.committee_role]
        for seat in start or [(None, "书记", "")]:
            self.add_row(*seat)
        add = QPushButton(self.tr("Add a seat"))
        add.clicked.connect(lambda: self.add_row(None, "委员", ""))
        remove = QPushButton(self.tr("Remove seat"))
        remove.clicked.connect(lambda: self.seats.removeRow(self.seats.currentRow()) if self.seats.currentRow() >= 0 else None)
        form = QFormLayout()
        form.addRow(self.tr("Election date *"), self.elected_on)
        form.addRow(self.tr("Term (years)"), self.term_years)
        form.addRow(self.tr("Approved by the superior on"), self.approved_on)
        form.addRow(self.tr("Approval no."), self.approval_no)
        self.fields: dict[str, QWidget] = {"elected_on": self.elected_on, "term_years": self.term_years,
                                           "approved_on": self.approved_on, "seats": self.seats}
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Elected (full members only; a committee needs at least 7 full members in the branch)")))
        lay.addWidget(self.seats)
        lay.addLayout(row)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def add_row(self, member_id: int | None, role: str, duty: str) -> None:
        r = self.seats.rowCount()
        self.seats.insertRow(r)
        who = QComboBox()
        who.addItem(self.tr("(choose)"), None)
        for name, mid in self.members:
            who.addItem(name, mid)
        who.setCurrentIndex(max(0, who.findData(member_id)))
        post = QComboBox()
        post.addItems(list(COMMITTEE_ROLES))
        post.setCurrentText(role or "委员")
        self.seats.setCellWidget(r, 0, who)
        self.seats.setCellWidget(r, 1, post)
        self.seats.setCellWidget(r, 2, QLineEdit(duty))

    def value(self) -> TermInput:
        seats = []
        for r in range(self.seats.rowCount()):
            who, post, duty = (self.seats.cellWidget(r, c) for c in range(3))
            assert isinstance(who, QComboBox) and isinstance(post, QComboBox) and isinstance(duty, QLineEdit)
            seats.append(SeatInput(who.currentData(), post.currentText(), duty.text()))
        return TermInput(self.elected_on.date(), seats, self.term_years.value() or None, None, self.approved_on.date(),
                         self.approval_no.text())

    def accept(self) -> None:
        try:
            inp = self.value()
            CommitteeService(self.ctx.ws).elect(inp)
        except BadDate as e:
            self.errors.setText(self.tr("“{0}” is not a real date").format(e.text))
            self.errors.show()
            return
        except ValidationError as e:
            show_field_issues(self.fields, self.errors, e.issues)
            return
        super().accept()


class CommitteeBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Branch committee"), parent)
        self.ctx = ctx
        self.undone = False
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.model = DtoTable([(self.tr("Post"), lambda s: s.role), (self.tr("Name"), lambda s: s.name),
                               (self.tr("Duties"), lambda s: s.duty), (self.tr("Since"), lambda s: s.from_on)])
        self.view = table_view(self.model, 2)
        self.view.setMaximumHeight(190)
        self.history = QLabel()
        self.history.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Record an election…"), self.elect), (self.tr("Change of post…"), self.change),
                           (self.tr("Take back the latest term"), self.take_back), (self.tr("Undo"), self.undo)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.due)
        lay.addWidget(self.view)
        lay.addWidget(self.history)
        lay.addLayout(row)
        self.stale = True
        ctx.data_changed.connect(self.mark_stale)
        ctx.workspace_replaced.connect(self.mark_stale)

    def mark_stale(self) -> None:
        """Reload now if shown, else the next time the profile page is shown (start-up does not pay for it)."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, e: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.reload()
        super().showEvent(e)

    @property
    def svc(self) -> CommitteeService:
        return CommitteeService(self.ctx.ws)

    def reload(self) -> None:
        self.stale = False
        due = self.svc.election_due()
        colour = {"overdue": style.RED, "soon": style.AMBER}.get(due.state, style.TEXT)
        self.due.setText(f"<span style='color:{colour}'>{due.message()}</span>"
                         + (f"<br><small>{self.tr('Source: ')}{due.source}</small>" if due.term else ""))
        self.model.set_rows(due.term.on(date.today()) if due.term else [])
        terms = self.svc.terms()
        self.history.setText(self.tr("Terms: ") + clauses(pick(f"第{t.number}届 {t.elected_on}—{t.ends_on}", f"term {t.number} {t.elected_on}—{t.ends_on}") for t in terms)
                             if terms else "")

    def elect(self) -> None:
        d = ElectionDialog(self.ctx, self)
        if d.exec():
            self.ctx.data_changed.emit()

    def change(self) -> None:
        members = [(m.name + (f"（{m.committee_role}）" if m.committee_role else ""), m.id)
                   for m in self.ctx.roster.list_members()]
        posts = [(self.tr("(released from the committee)"), "")] + [(r, r) for r in COMMITTEE_ROLES]

        def save(v: dict[str, Any]) -> object:
            return self.svc.change_seat(v["member_id"], v["role"], v["on"] or date.today(), v["note"], v["duty"])

        d = FormDialog(self.tr("Change of post"), [
            Field("member_id", self.tr("Member"), "combo", members, required=True),
            Field("role", self.tr("New post"), "combo", posts),
            Field("duty", self.tr("Duties")),
            Field("on", self.tr("From"), "date", value=date.today(), required=True),
            Field("note", self.tr("Why (by-election, new duties, released …)"), required=True),
        ], save, self)
        if d.exec():
            self.ctx.data_changed.emit()

    def take_back(self) -> None:
        try:
            self.svc.delete_latest()
        except UserError as e:
            self.ctx.show_error(e, self)
            return
        self.undone = True
        self.ctx.data_changed.emit()

    def undo(self) -> None:
        if not self.undone:
            return
        try:
            self.svc.restore_latest()
        except UserError as e:
            self.ctx.show_error(e, self)
            return
        self.undone = False
        self.ctx.data_changed.emit()
