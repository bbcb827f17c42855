"""民主评议党员 page (book 9): the year's sheet, one line per member; the committee's grade with the checks
(the 1/3 ceiling on 优秀, the follow-up for the lower grades); 定稿 for the year; amendments with a reason."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError, ValidationError
from models.services.appraisals import AppraisalInput, AppraisalRow, AppraisalService
from models.services.standards import StandardsService
from ui.context import AppContext
from ui.widgets import error_label, show_field_issues


def _votes(v: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 9999)
    box.setSpecialValueText("—")  # -1 shows as “not counted”
    box.setValue(-1 if v is None else v)
    return box


class AppraisalDialog(QDialog):
    def __init__(self, ctx: AppContext, row: AppraisalRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.reason = ""
        self.setWindowTitle(self.tr("Appraisal of {0}, {1}").format(row.name, row.input.year))
        self.setMinimumWidth(560)
        i = row.input
        self.self_appraisal = QPlainTextEdit(i.self_appraisal)
        self.mutual_appraisal = QPlainTextEdit(i.mutual_appraisal)
        for w in (self.self_appraisal, self.mutual_appraisal):
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
        self.votes = [_votes(v) for v in (i.votes_excellent, i.votes_qualified, i.votes_basic, i.votes_unqualified)]
        self.grade = QComboBox()
        self.grade.addItem("")
        self.grade.addItems(list(StandardsService(ctx.ws).value("appraisal_grades")))
        self.grade.setCurrentText(i.grade)
        self.follow_up = QPlainTextEdit(i.follow_up)
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setFixedHeight(60)
        votes = QHBoxLayout()
        for label, box in zip((self.tr("excellent"), self.tr("qualified"), self.tr("basically"), self.tr("unqualified")),
                              self.votes, strict=True):
            votes.addWidget(QLabel(label))
            votes.addWidget(box)
        self.fields: dict[str, QWidget] = {"self_appraisal": self.self_appraisal, "mutual_appraisal": self.mutual_appraisal,
                                           "grade": self.grade, "follow_up": self.follow_up}
        form = QFormLayout()
        form.addRow(self.tr("Self-appraisal"), self.self_appraisal)
        form.addRow(self.tr("Mutual appraisal"), self.mutual_appraisal)
        form.addRow(self.tr("Measurement votes"), votes)
        pledges = QLabel(f"{row.pledge_rate}（{row.pledge_detail}）" if row.pledge_detail else row.pledge_rate)
        form.addRow(self.tr("Pledges fulfilled (book 14)"), pledges)
        form.addRow(self.tr("Committee's grade"), self.grade)
        form.addRow(self.tr("Follow-up (required for the lower grades)"), self.follow_up)
        self.errors = error_label()
        state = QLabel(self.tr("Final: saving makes an amendment with a reason.") if row.state == "final" else "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(state)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def value(self) -> AppraisalInput:
        v = [b.value() for b in self.votes]
        return AppraisalInput(self.row.input.year, self.row.member_id, self.self_appraisal.toPlainText(),
                              self.mutual_appraisal.toPlainText(), *(None if x < 0 else x for x in v),
                              self.grade.currentText(), self.follow_up.toPlainText())

    def save(self) -> None:
        if self.row.state == "final" and not self.reason:
            reason, ok = QInputDialog.getText(self, self.tr("Amend"), self.tr("Why is this appraisal being corrected?"))
            if not ok or not reason.strip():
                return
            self.reason = reason.strip()
        try:
            AppraisalService(self.ctx.ws).save(self.value(), reason=self.reason)
        except (ValidationError, UserError) as exc:
            issues = exc.issues if isinstance(exc, ValidationError) else []
            show_field_issues(self.fields, self.errors, issues)
            if not issues:
                self.errors.setText(str(exc))
                self.errors.show()
            return
        self.accept()


class AppraisalPage(QWidget):
    COLUMNS = 9

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.year = QComboBox()
        for y in range(date.today().year, date.today().year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.currentIndexChanged.connect(self.reload)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Party group"), self.tr("Self"), self.tr("Mutual"),
                                              self.tr("Votes (excellent/qualified/basically/unqualified)"),
                                              self.tr("Pledges fulfilled"), self.tr("Grade"), self.tr("Follow-up"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.check = QLabel()
        self.check.setWordWrap(True)
        edit = QPushButton(self.tr("Appraise…"))
        edit.clicked.connect(self.edit)
        final = QPushButton(self.tr("Finalise the year"))
        final.clicked.connect(self.finalise)
        print_btn = QPushButton(self.tr("Print…"))
        print_btn.clicked.connect(self.print_sheet)
        title = QLabel(self.tr("Democratic appraisal (民主评议党员)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top = QHBoxLayout()
        for w in (self.year, edit, final, print_btn):
            top.addWidget(w)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.check)
        lay.addWidget(self.table, 1)
        self.follower = ctx.follow(self, self.reload)
        self.reload()

    def reload(self) -> None:
        year = self.year.currentData() or date.today().year
        svc = AppraisalService(self.ctx.ws)
        self.rows = svc.sheet(year)
        self.table.setRowCount(len(self.rows))
        states = {"draft": self.tr("draft"), "final": self.tr("final"), "": ""}
        for r, row in enumerate(self.rows):
            i = row.input
            votes = "/".join("—" if v is None else str(v) for v in (i.votes_excellent, i.votes_qualified, i.votes_basic,
                                                                       i.votes_unqualified))
            cells = (row.name, row.group, "✔" if i.self_appraisal else "", "✔" if i.mutual_appraisal else "", votes,
                     row.pledge_rate, i.grade, i.follow_up, states.get(row.state, row.state))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6 and i.grade in ("基本合格", "不合格"):
                    item.setForeground(Qt.GlobalColor.red)
                if c == 5:
                    item.setToolTip(row.pledge_detail)
                self.table.setItem(r, c, item)
        checks = svc.checks(year)
        self.check.setText("\n".join(("✔ " if c.ok else "⚠ ") + c.message for c in checks))
        self.check.setToolTip("\n".join(c.source for c in checks))
        self.check.setStyleSheet("color: #1e7e34;" if all(c.ok for c in checks) else "color: #b9770e; font-weight: bold;")

    def edit(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self.dialog = AppraisalDialog(self.ctx, self.rows[r], self)
            self.dialog.accepted.connect(self.ctx.data_changed.emit)
            self.dialog.open()

    def finalise(self) -> None:
        AppraisalService(self.ctx.ws).finalise(self.year.currentData() or date.today().year)
        self.ctx.data_changed.emit()

    def print_sheet(self) -> None:
        from reports.people import render_appraisal
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, self.year.currentData() or date.today().year
        print_in_background(self.ctx, self, lambda out, fs: render_appraisal(ws, year, out, fs),
                            f"民主评议党员{year}.pdf", self.tr("Preparing the appraisal sheet…"))
