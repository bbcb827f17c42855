"""民主评议党员 page (book 9): the year's sheet, one line per member; the committee's grade with the checks
(the 1/3 ceiling on 优秀, the follow-up for the lower grades); 定稿 for the year; amendments with a reason."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QSpinBox, QVBoxLayout, QWidget

from models.errors import Finding, UserError
from models.i18n import term
from models.rules.standards import standard
from models.services.appraisals import AppraisalInput, AppraisalRow, AppraisalService
from models.services.standards import StandardsService
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.forms import RecordDialog, text_box
from ui.style import AMBER, GREEN, MUTED, RED
from ui.table_models import Column, ColumnModel
from ui.widgets import combo_value, term_fill


def _votes(v: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 9999)
    box.setSpecialValueText("—")  # -1 shows as “not counted”
    box.setValue(-1 if v is None else v)
    return box


class AppraisalDialog(RecordDialog):
    def __init__(self, ctx: AppContext, row: AppraisalRow, parent: QWidget | None = None):
        super().__init__(self.tr("Appraisal of {0}, {1}").format(row.name, row.input.year), parent, 560)
        self.ctx, self.row = ctx, row
        self.reason = ""
        i = row.input
        self.self_appraisal = self.field("self_appraisal", self.tr("Self-appraisal"), text_box(i.self_appraisal, 70))
        self.mutual_appraisal = self.field("mutual_appraisal", self.tr("Mutual appraisal"),
                                           text_box(i.mutual_appraisal, 70))
        self.votes = [_votes(v) for v in (i.votes_excellent, i.votes_qualified, i.votes_basic, i.votes_unqualified)]
        votes = QWidget()
        vl = QHBoxLayout(votes)
        vl.setContentsMargins(0, 0, 0, 0)
        for label, box in zip((self.tr("excellent"), self.tr("qualified"), self.tr("basically"), self.tr("unqualified")),
                              self.votes, strict=True):
            vl.addWidget(QLabel(label))
            vl.addWidget(box)
        self.field("votes", self.tr("Measurement votes"), votes)
        self.field("pledges", self.tr("Pledges fulfilled (book 14)"),
                   QLabel(f"{row.pledge_rate}（{row.pledge_detail}）" if row.pledge_detail else row.pledge_rate))
        self.grade = self.field("grade", self.tr("Committee's grade"), QComboBox())
        self.grade.addItem("", "")
        term_fill(self.grade, list(StandardsService(ctx.ws).value("appraisal_grades")), i.grade)
        self.follow_up = self.field("follow_up", self.tr("Follow-up (required for the lower grades)"),
                                    text_box(i.follow_up, 60))
        self.finish(QLabel(self.tr("Final: saving makes an amendment with a reason.") if row.state == "final" else ""))

    def value(self) -> AppraisalInput:
        excellent, qualified, basic, unqualified = (None if b.value() < 0 else b.value() for b in self.votes)
        return AppraisalInput(self.row.input.year, self.row.member_id, self.self_appraisal.toPlainText(),
                              self.mutual_appraisal.toPlainText(), excellent, qualified, basic, unqualified,
                              combo_value(self.grade), self.follow_up.toPlainText())

    def save(self) -> None:
        if self.row.state == "final" and not self.reason:
            reason, ok = QInputDialog.getText(self, self.tr("Amend"), self.tr("Why is this appraisal being corrected?"))
            if not ok or not reason.strip():
                return
            self.reason = reason.strip()
        if self.attempt(lambda: AppraisalService(self.ctx.ws).save(self.value(), reason=self.reason)):
            self.accept()


class AppraisalTableModel(ColumnModel[AppraisalRow]):
    GRADE = 6

    def __init__(self, parent: QObject | None = None):
        states = {"draft": self.tr("draft"), "final": self.tr("final"), "": ""}

        def votes(r: AppraisalRow) -> str:
            i = r.input
            return "/".join("—" if v is None else str(v)
                            for v in (i.votes_excellent, i.votes_qualified, i.votes_basic, i.votes_unqualified))

        super().__init__([
            Column(self.tr("Name"), lambda r: r.name, width=76),
            Column(self.tr("Party group"), lambda r: r.group, width=96),
            Column(self.tr("Self"), lambda r: "✔" if r.input.self_appraisal else "", width=44),
            Column(self.tr("Mutual"), lambda r: "✔" if r.input.mutual_appraisal else "", width=44),
            Column(self.tr("Votes (excellent/qualified/basically/unqualified)"), votes, width=240),
            Column(self.tr("Pledges fulfilled"), lambda r: r.pledge_rate, tip=lambda r: r.pledge_detail, width=70),
            Column(self.tr("Grade"), lambda r: term(r.input.grade), width=72, terms=standard("appraisal_grades").value,
                   fg=lambda r: RED if r.input.grade in ("基本合格", "不合格") else None),
            Column(self.tr("Follow-up"), lambda r: r.input.follow_up, tip=lambda r: r.input.follow_up, width=300),
            Column(self.tr("State"), lambda r: states.get(r.state, r.state)),
        ], parent)


class AppraisalPage(BookPage):
    book_key = "appraisal"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = AppraisalTableModel(self)
        self.year_box().currentIndexChanged.connect(self.reload)
        self.table = self.table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.add_actions((Act("edit", self.tr("Appraise…"), self.edit, QKeySequence(Qt.Key.Key_Return)),
                          Act("final", self.tr("Finalise the year"), self.finalise)))
        self.add_print_menu()
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.year)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.check)
        lay.addWidget(self.table, 1)
        self.ensure_loaded()

    @property
    def rows(self) -> list[AppraisalRow]:
        return self.model.rows

    def read(self, year: int) -> tuple[list[AppraisalRow], list[Finding]]:
        svc = AppraisalService(self.ctx.ws)
        return svc.sheet(year), svc.checks(year)

    def show_data(self, data: tuple[list[AppraisalRow], list[Finding]]) -> None:
        rows, checks = data
        self.model.set_rows(rows)
        self.check.setText("\n".join(("○ " if not c.applies else "✔ " if c.ok else "⚠ ") + c.message for c in checks))
        self.check.setToolTip("\n".join(c.source for c in checks))
        calm = GREEN if all(c.applies for c in checks) else MUTED  # nothing graded yet is not a success
        self.check.setStyleSheet(f"color: {calm};" if all(c.ok for c in checks) else f"color: {AMBER}; font-weight: bold;")

    def edit(self) -> None:
        r = self.need(self.row_at(self.table), self.tr("Choose a member in the sheet first."))
        if r is not None:
            self.open_dialog(AppraisalDialog(self.ctx, r, self))

    def finalise(self) -> None:
        from ui.forms import confirm_lock

        if not confirm_lock(self, self.tr("Finalise the year"), self.tr(
                "Finalise the appraisal of {0}? Every grade of the year is then locked: a later change needs a "
                "written reason.").format(self.current_year()), self.tr("Finalise")):
            return
        try:
            n = AppraisalService(self.ctx.ws).finalise(self.current_year())
        except UserError as exc:
            self.say(str(exc), error=True)
            return
        self.changed()
        self.say(self.tr("{0} appraisals are final. Changes now need a reason.").format(n))
