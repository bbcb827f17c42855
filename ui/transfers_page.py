"""组织关系转接与流动党员 page (book 13): letters out and in (each moves the member off or onto the roster), members
away, and what the rules ask about them (receipts not back, members to transfer, lost contact with the steps)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.i18n import clauses, pick, term
from models.member import EDUCATIONS, GENDERS, MemberCategory, MemberStatus
from models.services.dto import MemberInput
from models.services.transfers import IN, OUT, AwayInput, AwayRow, LetterInput, LetterRow, TransferService
from ui import style
from ui.book_page import BookPage
from ui.context import AppContext
from ui.forms import DtoTable, Field, FormDialog, selected, shortcut, table_view
from ui.style import RED


class TransfersPage(BookPage):
    book_key = "transfers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self.show_year)
        self.add_undo_actions()
        self.add_print_menu()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.bar)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(f"padding: 6px; background: {style.AMBER_BG};")

        today = date.today()
        letter_cols = [(self.tr("Name"), lambda x: x.name), (self.tr("Status"), lambda x: x.member_status),
                       (self.tr("Letter no."), lambda x: x.letter_no), (self.tr("Issued"), lambda x: x.issued_on),
                       (self.tr("Organisation"), lambda x: x.other_org), (self.tr("Valid until"), lambda x: x.valid_until),
                       (self.tr("Dues paid to"), lambda x: x.dues_paid_to),
                       (self.tr("Receipt / reported"), lambda x: x.receipt_on or (self.tr("not back") if x.receipt_overdue(today) else "")),
                       (self.tr("Reason"), lambda x: x.reason)]
        self.out_model = DtoTable(letter_cols, colour=lambda x: RED if x.receipt_overdue(date.today()) else None)
        self.in_model = DtoTable(letter_cols)
        self.out_view = table_view(self.out_model, 4)
        self.in_view = table_view(self.in_model, 4)
        self.away_model = DtoTable([(self.tr("Name"), lambda a: a.name), (self.tr("Where"), lambda a: a.place),
                                    (self.tr("Since"), lambda a: a.since),
                                    (self.tr("Fixed place"), lambda a: self.tr("yes") if a.fixed_place else self.tr("no")),
                                    (self.tr("Card no."), lambda a: a.card_no), (self.tr("Host organisation"), lambda a: a.host_org),
                                    (self.tr("How dues are paid"), lambda a: a.dues_how), (self.tr("Contact"), lambda a: a.contact),
                                    (self.tr("Last contact"), lambda a: a.last_contact_on),
                                    (self.tr("Returned"), lambda a: a.returned_on)])
        self.away_view = table_view(self.away_model)  # ten columns: none squeezed below its title

        def tab(view: QWidget, buttons: list[tuple[str, Any]]) -> QWidget:
            w = QWidget()
            lay = QVBoxLayout(w)
            lay.addWidget(view)
            row = QHBoxLayout()
            for text, slot in buttons:
                b = QPushButton(text)
                b.clicked.connect(slot)
                row.addWidget(b)
            row.addStretch(1)
            lay.addLayout(row)
            return w

        self.tabs = QTabWidget()
        self.tabs.addTab(tab(self.out_view, [(self.tr("Issue a transfer letter…"), self.transfer_out),
                                             (self.tr("Receipt came back…"), self.receipt),
                                             (self.tr("Take back (Del)"), self.delete_letter)]), self.tr("Out"))
        self.tabs.addTab(tab(self.in_view, [(self.tr("Register an incoming letter…"), self.transfer_in),
                                            (self.tr("Take back (Del)"), self.delete_letter)]), self.tr("In"))
        self.tabs.addTab(tab(self.away_view, [(self.tr("Register a member away…"), self.add_away),
                                              (self.tr("Edit…"), self.edit_away),
                                              (self.tr("Heard from them today"), self.contacted),
                                              (self.tr("Returned…"), self.returned),
                                              (self.tr("Delete (Del)"), self.delete_away)]), self.tr("Members away"))
        shortcut(QKeySequence.StandardKey.Delete, self.out_view, self.delete_letter)
        shortcut(QKeySequence.StandardKey.Delete, self.in_view, self.delete_letter)
        shortcut(QKeySequence.StandardKey.Delete, self.away_view, self.delete_away)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.flags)
        lay.addWidget(self.tabs, 1)
        self.ensure_loaded()

    @property
    def svc(self) -> TransferService:
        return TransferService(self.ctx.ws)

    def reload(self) -> None:
        """The years that have letters (and this one), then the chosen year's lists."""
        current = self.year.currentData()
        years = sorted({x.issued_on.year for x in self.svc.letters()} | {date.today().year}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)
        self.show_year()

    def show_year(self) -> None:
        year = self.year.currentData()
        letters = self.svc.letters(year)
        self.out_model.set_rows([x for x in letters if x.direction == OUT])
        self.in_model.set_rows([x for x in letters if x.direction == IN])
        self.away_model.set_rows(self.svc.away(include_returned=True))
        flags = self.svc.flags()
        self.flags.setVisible(bool(flags))
        source = self.tr("Source: ")  # outside the f-string, where lupdate sees it
        self.flags.setText("<br>".join(f"⚠ {f.message}{pick('：', ': ')}{clauses(f.steps)}<br><small>{source}{f.source}</small>"
                                       for f in flags))

    def _done(self) -> None:
        self.changed()

    # -- letters --------------------------------------------------------------------------------------
    def _letter_fields(self, x: LetterRow | None = None, incoming: bool = False) -> list[Field]:
        most = int(self.ctx.standards.value("transfer_letter_valid_days"))
        return [
            Field("issued_on", self.tr("Date issued"), "date", value=x.issued_on if x else date.today(), required=True),
            Field("other_org", self.tr("Coming from") if incoming else self.tr("Going to"), value=x.other_org if x else "",
                  required=True),
            Field("letter_no", self.tr("Letter no."), value=x.letter_no if x else ""),
            Field("valid_days", self.tr("Valid for (days)"), "int", value=x.valid_days if x else most, minimum=1, maximum=most),
            Field("dues_paid_to", self.tr("Dues paid to (YYYY-MM)"), value=x.dues_paid_to if x else ""),
            Field("reason", self.tr("Reason"), value=x.reason if x else "工作调动"),
            Field("receipt_on", self.tr("Reported on") if incoming else self.tr("Receipt back on"), "date",
                  value=x.receipt_on if x else None),
        ]

    @staticmethod
    def _letter(v: dict[str, Any]) -> LetterInput:
        return LetterInput(v["issued_on"], v["other_org"], v["letter_no"], v["valid_days"], v["dues_paid_to"], v["reason"],
                           "", v["receipt_on"])

    def transfer_out(self) -> None:
        members = [(f"{m.name}（{m.group}）", m.id) for m in self.ctx.roster.list_members()]
        fields = [Field("member_id", self.tr("Member"), "combo", members, required=True), *self._letter_fields()]

        def save(v: dict[str, Any]) -> LetterRow:
            return self.svc.transfer_out(v["member_id"], self._letter(v))

        d = FormDialog(self.tr("Transfer letter out"), fields, save, self, 560)
        combo = d.widgets["member_id"]
        assert isinstance(combo, QComboBox)

        def suggest() -> None:  # 党费交至 from the dues register
            w = d.widgets["dues_paid_to"]
            if combo.currentData() is not None and isinstance(w, QLineEdit):
                w.setText(self.svc.dues_paid_to(combo.currentData()))

        combo.currentIndexChanged.connect(suggest)
        suggest()
        if d.exec():
            self._done()

    def transfer_in(self) -> None:
        groups = [(g.name, g.name) for g in self.ctx.roster.groups()] or [("", "")]
        fields = [
            Field("name", self.tr("Name"), required=True),
            Field("gender", self.tr("Gender"), "combo", [(term(g), g) for g in GENDERS]),
            Field("birth_date", self.tr("Birth date"), "date", required=True),
            Field("id_number", self.tr("ID number")),
            Field("education", self.tr("Education"), "combo", [(term(e), e) for e in EDUCATIONS], value="大学本科"),
            Field("job", self.tr("Job")),
            Field("join_date", self.tr("Joined the Party"), "date", required=True),
            Field("full_date", self.tr("Became full member"), "date"),
            Field("status", self.tr("Status"), "combo", [(term(s.value), s.value) for s in MemberStatus]),
            Field("category", self.tr("Category"), "combo", [(term(c.value), c.value) for c in MemberCategory]),
            Field("group", self.tr("Party group"), "combo", groups),
            Field("phone", self.tr("Phone")),
            *self._letter_fields(incoming=True),
        ]

        def save(v: dict[str, Any]) -> LetterRow:
            person = MemberInput(name=v["name"], gender=v["gender"], birth_date=v["birth_date"], id_number=v["id_number"],
                                 education=v["education"], job=v["job"], join_date=v["join_date"], full_date=v["full_date"],
                                 status=v["status"], category=v["category"], group=v["group"] or "", phone=v["phone"])
            return self.svc.transfer_in(person, self._letter(v))

        if FormDialog(self.tr("Incoming transfer letter"), fields, save, self, 560).exec():
            self._done()

    def _current_letter(self) -> LetterRow | None:
        view = self.out_view if self.tabs.currentIndex() == 0 else self.in_view
        row: LetterRow | None = selected(view)
        return row

    def receipt(self) -> None:
        x = self._current_letter()
        if x is None:
            return
        d = FormDialog(self.tr("Receipt came back — {0}").format(x.name),
                       [Field("on", self.tr("Receipt back on"), "date", value=date.today(), required=True)],
                       lambda v: self.svc.record_receipt(x.id, v["on"] or date.today()), self)
        if d.exec():
            self._done()

    def delete_letter(self) -> None:
        x = self._current_letter()
        if x is None:
            return
        svc = self.svc
        self.to_bin(self.tr("take back the letter of {0}").format(x.name), lambda: svc.delete_letter(x.id),
                    lambda: svc.restore_letter(x.id), self.tr("The letter of {0} is taken back. Ctrl+Z undoes.").format(x.name))

    # -- members away --------------------------------------------------------------------------------
    def _away_fields(self, a: AwayRow | None = None) -> list[Field]:
        members = [(f"{m.name}（{m.group}）", m.id) for m in self.ctx.roster.list_members()]
        return [
            Field("member_id", self.tr("Member"), "combo", members, value=a.member_id if a else None, required=True),
            Field("place", self.tr("Where"), value=a.place if a else "", required=True),
            Field("since", self.tr("Away since"), "date", value=a.since if a else None, required=True),
            Field("fixed_place", self.tr("Fixed place of work or residence"), "check", value=a.fixed_place if a else False),
            Field("card_no", self.tr("Activity card no."), value=a.card_no if a else ""),
            Field("host_org", self.tr("Host organisation"), value=a.host_org if a else ""),
            Field("dues_how", self.tr("How dues are paid"), value=a.dues_how if a else ""),
            Field("contact", self.tr("Contact"), value=a.contact if a else ""),
            Field("last_contact_on", self.tr("Last contact"), "date", value=a.last_contact_on if a else date.today()),
        ]

    @staticmethod
    def _away(v: dict[str, Any]) -> AwayInput:
        return AwayInput(v["member_id"], v["place"], v["since"], v["fixed_place"], v["card_no"], v["host_org"],
                         v["dues_how"], v["contact"], v["last_contact_on"])

    def add_away(self) -> None:
        if FormDialog(self.tr("Member away"), self._away_fields(), lambda v: self.svc.add_away(self._away(v)), self).exec():
            self._done()

    def edit_away(self) -> None:
        a: AwayRow | None = selected(self.away_view)
        if a is None:
            return
        if FormDialog(self.tr("Member away"), self._away_fields(a), lambda v: self.svc.update_away(a.id, self._away(v)),
                      self).exec():
            self._done()

    def contacted(self) -> None:
        a: AwayRow | None = selected(self.away_view)
        if a is not None:
            self.svc.contacted(a.id, date.today())
            self._done()

    def returned(self) -> None:
        a: AwayRow | None = selected(self.away_view)
        if a is None:
            return
        if FormDialog(self.tr("Returned — {0}").format(a.name),
                      [Field("on", self.tr("Returned on"), "date", value=date.today(), required=True)],
                      lambda v: self.svc.returned(a.id, v["on"] or date.today()), self).exec():
            self._done()

    def delete_away(self) -> None:
        a: AwayRow | None = selected(self.away_view)
        if a is None:
            return
        svc = self.svc
        self.to_bin(self.tr("delete {0} (away)").format(a.name), lambda: svc.delete_away(a.id),
                    lambda: svc.restore_away(a.id), self.tr("{0} moved to the recycle bin. Ctrl+Z undoes.").format(a.name))
