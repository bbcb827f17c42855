"""党员承诺践诺 page (book 14): the year's pledges, member by member with the branch's own first, and the whole
cycle from here — 承诺 (new, copy last year), 审核 (approve or return a selection, naming the meeting), 公示,
践诺 (progress with evidence), 评诺 (conclusion per pledge, 定稿 for the year) — with the rates beside it and
the four printed forms. Deletions go to the recycle bin and Ctrl+Z brings them back."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
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
from models.services.pledges import (
    AssessmentInput,
    PledgeInput,
    PledgeRow,
    PledgeService,
    PostingInput,
    YearSummary,
)
from models.services.standards import StandardsService
from ui.context import AppContext
from ui.table_models import ROW_ROLE, SORT_ROLE, Index, RowTableModel, name_matches
from ui.widgets import DateField, error_label, show_field_issues

RED = QColor("#c0392b")


def _text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    w = QPlainTextEdit(text)
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


def _buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    b = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    b.accepted.connect(save)
    b.rejected.connect(dialog.reject)
    act = QAction(dialog)
    act.setShortcut(QKeySequence.StandardKey.Save)
    act.triggered.connect(save)
    dialog.addAction(act)
    return b


def _report(errors: QLabel, fields: dict[str, QWidget], exc: Exception) -> None:
    """Field issues marked on their fields; any other refusal said in the error line."""
    issues = exc.issues if isinstance(exc, ValidationError) else []
    show_field_issues(fields, errors, issues)
    if not issues:
        errors.setText(str(exc))
        errors.show()


def _date(field: DateField, key: str, fields: dict[str, QWidget], errors: QLabel, label: str) -> tuple[bool, date | None]:
    try:
        return True, field.date()
    except BadDate as bad:
        show_field_issues(fields, errors, [FieldIssue(key, label.format(bad.text))])
        return False, None


class PledgeTableModel(RowTableModel):
    MEMBER, GROUP, CATEGORY, CONTENT, TARGET, DEADLINE, REVIEW, PROGRESS, CONCLUSION, STATE = range(10)

    rows: list[PledgeRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.today = date.today()
        self.headers = [self.tr("Pledged by"), self.tr("Party group"), self.tr("Category"), self.tr("Pledge"),
                        self.tr("Target"), self.tr("Deadline"), self.tr("Review"), self.tr("Progress"),
                        self.tr("Conclusion"), self.tr("State")]

    def set_rows(self, rows: list[PledgeRow]) -> None:  # type: ignore[override]
        self.today = date.today()
        super().set_rows(rows)

    def _text(self, r: PledgeRow, col: int) -> str:
        if col == self.MEMBER:
            return r.member
        if col == self.GROUP:
            return r.group
        if col == self.CATEGORY:
            return r.category
        if col == self.CONTENT:
            return r.content
        if col == self.TARGET:
            return r.target
        if col == self.DEADLINE:
            return r.deadline.isoformat() if r.deadline else ""
        if col == self.REVIEW:
            return {"pending": self.tr("pending"), "approved": self.tr("approved"),
                    "returned": self.tr("returned")}.get(r.review, r.review)
        if col == self.PROGRESS:
            if r.overdue(self.today):
                return self.tr("overdue, nothing done")
            return self.tr("{0} entries").format(len(r.progress)) if r.progress else ""
        if col == self.CONCLUSION:
            return r.assessment.conclusion
        if col == self.STATE:
            return self.tr("in the bin") if r.deleted else (self.tr("final") if r.state == "final" else self.tr("draft"))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col).replace("\n", " ")
        if role == SORT_ROLE:
            if col == self.MEMBER:
                return ("0" if r.member_id is None else "1") + r.member_pinyin
            return self._text(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.PROGRESS and r.overdue(self.today):
                return QBrush(RED)
            if col == self.REVIEW and r.review == "returned":
                return QBrush(RED)
            if r.member_left_on is not None or r.deleted:
                return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.REVIEW:
                return "\n".join(x for x in (r.review_meeting, r.review_comment) if x) or None
            if col == self.PROGRESS and r.progress:
                return "\n".join(f"{g.done_on} {g.content}" for g in r.progress)
            if col in (self.CONTENT, self.TARGET):
                return self._text(r, col)
        return None


class PledgeFilterProxy(QSortFilterProxyModel):
    """Search by name (Chinese, pinyin, initials) or words of the pledge; filter by category and stage."""

    VIEWS = ("", "pending", "approved", "returned", "overdue", "unconcluded")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.category = ""
        self.view = ""

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PledgeTableModel)
        r: PledgeRow = model.rows[source_row]
        if self.category and r.category != self.category:
            return False
        v = self.view
        if v in ("pending", "approved", "returned") and r.review != v:
            return False
        if v == "overdue" and not r.overdue(model.today):
            return False
        if v == "unconcluded" and (not r.counts or r.assessment.conclusion):
            return False
        t = self.text.strip().lower()
        return t in r.content or t in r.target or name_matches(t, r.member, r.member_pinyin, r.member_initials)


class PledgeDialog(QDialog):
    """承诺: who, category, content, measurable target, deadline."""

    def __init__(self, ctx: AppContext, year: int, row: PledgeRow | None = None, parent: QWidget | None = None,
                 member_id: int | None = None):
        super().__init__(parent)
        self.ctx, self.year, self.row = ctx, year, row
        self.saved: PledgeRow | None = None
        self.setWindowTitle(self.tr("Pledge") if row is None else self.tr("Pledge of {0}").format(row.member))
        self.setMinimumWidth(560)
        svc = PledgeService(ctx.ws)
        self.member = QComboBox()
        self.member.addItem(self.tr("The branch (collective pledge)"), None)
        for mid, name, group in svc.members_of_year(year):
            self.member.addItem(f"{name}（{group}）" if group else name, mid)
        self.category = QComboBox()
        self.category.addItems(list(StandardsService(ctx.ws).value("pledge_categories")))
        self.content = _text_box(height=80)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Measurable: how many, by when, to what standard"))
        self.deadline = DateField()
        self.deadline.set_date(date(year, 12, 31))
        self.fields: dict[str, QWidget] = {"member_id": self.member, "category": self.category, "content": self.content,
                                           "target": self.target, "deadline": self.deadline}
        form = QFormLayout()
        for key, label in (("member_id", self.tr("Pledged by *")), ("category", self.tr("Category *")),
                           ("content", self.tr("Pledge *")), ("target", self.tr("Target")),
                           ("deadline", self.tr("Deadline"))):
            form.addRow(label, self.fields[key])
        note = QLabel()
        note.setWordWrap(True)
        if row is not None:
            i = self.member.findData(row.member_id)
            if i < 0:  # a member who has left since: still shown
                self.member.addItem(row.member, row.member_id)
                i = self.member.count() - 1
            self.member.setCurrentIndex(i)
            if self.category.findText(row.category) < 0:
                self.category.addItem(row.category)
            self.category.setCurrentText(row.category)
            self.content.setPlainText(row.content)
            self.target.setText(row.target)
            self.deadline.set_date(row.deadline)
            if row.approved:
                note.setText(self.tr("Approved on {0}: changing the pledge sends it back for review.").format(
                    row.reviewed_on or ""))
                note.setStyleSheet("color: #b9770e;")
        elif member_id is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.errors = error_label()
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.errors)
        lay.addWidget(_buttons(self, self.save))

    def value(self, deadline: date | None) -> PledgeInput:
        return PledgeInput(self.year, self.member.currentData(), self.category.currentText(),
                           self.content.toPlainText(), self.target.text(), deadline)

    def save(self) -> None:
        ok, deadline = _date(self.deadline, "deadline", self.fields, self.errors,
                             self.tr("Deadline: “{0}” is not a real date"))
        if not ok:
            return
        svc = PledgeService(self.ctx.ws)
        try:
            if self.row is None:
                self.saved = svc.add(self.value(deadline))
            else:
                self.saved = svc.update(self.row.id, self.value(deadline), self.row.version)
        except (ValidationError, UserError) as exc:
            _report(self.errors, self.fields, exc)
            return
        self.accept()


class ReviewDialog(QDialog):
    """审核: approve or return the selected pledges, as decided at a 党员大会 or 支委会."""

    def __init__(self, ctx: AppContext, year: int, rows: list[PledgeRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.rows = ctx, rows
        self.setWindowTitle(self.tr("Review {0} pledges").format(len(rows)))
        self.setMinimumWidth(560)
        self.approve = QRadioButton(self.tr("Approve"))
        self.approve.setChecked(True)
        self.ret = QRadioButton(self.tr("Return for rework"))
        decision = QHBoxLayout()
        decision.addWidget(self.approve)
        decision.addWidget(self.ret)
        decision.addStretch(1)
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("(no meeting)"), None)
        for mid, label in PledgeService(ctx.ws).review_meetings(year):
            self.meeting.addItem(label, mid)
        if self.meeting.count() > 1:
            self.meeting.setCurrentIndex(self.meeting.count() - 1)
        self.on = DateField()
        self.on.edit.setPlaceholderText(self.tr("the meeting's date"))
        self.comment = _text_box()
        self.fields: dict[str, QWidget] = {"meeting_id": self.meeting, "on": self.on, "comment": self.comment}
        form = QFormLayout()
        form.addRow(self.tr("Decision"), decision)
        form.addRow(self.tr("Decided at"), self.meeting)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Comment (required when returning)"), self.comment)
        listing = QLabel("\n".join(f"· {r.member}：{r.content}" for r in rows[:8]) + ("\n…" if len(rows) > 8 else ""))
        listing.setWordWrap(True)
        listing.setStyleSheet("color: #444;")
        self.errors = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(listing)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(_buttons(self, self.save))

    def save(self) -> None:
        ok, on = _date(self.on, "on", self.fields, self.errors, self.tr("Date: “{0}” is not a real date"))
        if not ok:
            return
        try:
            PledgeService(self.ctx.ws).review([r.id for r in self.rows], self.approve.isChecked(),
                                              self.comment.toPlainText(), on, self.meeting.currentData())
        except (ValidationError, UserError) as exc:
            _report(self.errors, self.fields, exc)
            return
        self.accept()


class PostingDialog(QDialog):
    """公示: when, where and for how long the year's pledges were posted."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.setWindowTitle(self.tr("Public posting of the {0} pledges").format(year))
        self.setMinimumWidth(520)
        self.existing = QListWidget()
        self.existing.setMaximumHeight(90)
        self.fill()
        remove = QPushButton(self.tr("Remove the selected posting"))
        remove.clicked.connect(self.remove)
        self.posted_on = DateField()
        self.posted_on.set_date(date.today() if date.today().year == year else None)
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. the notice board in the members' room, the branch's WeChat group"))
        self.note = QLineEdit()
        self.fields: dict[str, QWidget] = {"posted_on": self.posted_on, "days": self.days, "place": self.place,
                                           "note": self.note}
        form = QFormLayout()
        form.addRow(self.tr("Posted on *"), self.posted_on)
        form.addRow(self.tr("For"), self.days)
        form.addRow(self.tr("Where *"), self.place)
        form.addRow(self.tr("Remarks"), self.note)
        self.errors = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Recorded so far:")))
        lay.addWidget(self.existing)
        lay.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(_buttons(self, self.save))

    def fill(self) -> None:
        self.existing.clear()
        for p in PledgeService(self.ctx.ws).postings(self.year):
            item = QListWidgetItem(self.tr("{0}, {1} days, {2}").format(p.posted_on, p.days, p.place))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.existing.addItem(item)

    def remove(self) -> None:
        item = self.existing.currentItem()
        if item is not None:
            PledgeService(self.ctx.ws).delete_posting(item.data(Qt.ItemDataRole.UserRole))
            self.fill()
            self.ctx.data_changed.emit()

    def save(self) -> None:
        ok, on = _date(self.posted_on, "posted_on", self.fields, self.errors, self.tr("Date: “{0}” is not a real date"))
        if not ok:
            return
        try:
            PledgeService(self.ctx.ws).post(PostingInput(self.year, on, self.days.value(), self.place.text(),
                                                         self.note.text()))
        except ValidationError as exc:
            _report(self.errors, self.fields, exc)
            return
        self.accept()


class ProgressDialog(QDialog):
    """践诺: the entries so far (double-click evidence to open it, checked against its hash) and a new entry."""

    def __init__(self, ctx: AppContext, row: PledgeRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.files: list[Path] = []
        self.changed = False
        self.setWindowTitle(self.tr("Progress of {0}'s pledge").format(row.member))
        self.setMinimumWidth(620)
        lines = [f"【{row.category}】{row.content}"]
        if row.target:
            lines.append(self.tr("Target: {0}").format(row.target))
        if row.deadline:
            lines.append(self.tr("Deadline: {0}").format(row.deadline))
        head = QLabel("\n".join(lines))
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        self.entries = QListWidget()
        self.entries.itemDoubleClicked.connect(self.open_evidence)
        remove = QPushButton(self.tr("Remove entry"))
        remove.clicked.connect(self.remove)
        self.removed: list[int] = []
        self.undo_button = QPushButton(self.tr("Undo remove"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_remove)
        self.done_on = DateField()
        self.done_on.set_date(date.today() if date.today().year == row.year else date(row.year, 12, 31))
        self.content = _text_box()
        self.confirmed_by = QComboBox()
        self.confirmed_by.setEditable(True)
        self.confirmed_by.addItems([""] + [m.name for m in ctx.roster.list_members() if m.committee_role])
        self.evidence = QLabel(self.tr("No files"))
        pick_files = QPushButton(self.tr("Add photos or scans…"))
        pick_files.clicked.connect(self.add_files)
        ev = QHBoxLayout()
        ev.addWidget(self.evidence, 1)
        ev.addWidget(pick_files)
        self.fields: dict[str, QWidget] = {"done_on": self.done_on, "content": self.content,
                                           "confirmed_by": self.confirmed_by, "files": self.evidence}
        form = QFormLayout()
        form.addRow(self.tr("Date *"), self.done_on)
        form.addRow(self.tr("What was done *"), self.content)
        form.addRow(self.tr("Confirmed by"), self.confirmed_by)
        form.addRow(self.tr("Evidence"), ev)
        box = QGroupBox(self.tr("New entry"))
        box.setLayout(form)
        self.errors = error_label()
        add = QPushButton(self.tr("Add entry"))
        add.setDefault(True)
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(add)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.entries, 1)
        lay.addWidget(box)
        lay.addWidget(self.errors)
        lay.addLayout(bottom)
        self.fill()

    def fill(self) -> None:
        self.row = PledgeService(self.ctx.ws).get(self.row.id)
        self.entries.clear()
        for g in self.row.progress:
            text = f"{g.done_on}  {g.content}"
            if g.confirmed_by:
                text += self.tr(" (confirmed by {0})").format(g.confirmed_by)
            item = QListWidgetItem(text + "".join(f"\n    📎 {e.name}" for e in g.evidence))
            item.setData(Qt.ItemDataRole.UserRole, g)
            self.entries.addItem(item)

    def add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence"), str(Path.home()))
        self.set_files([Path(n) for n in names])

    def set_files(self, files: list[Path]) -> None:
        self.files += files
        self.evidence.setText("、".join(f.name for f in self.files) or self.tr("No files"))

    def add(self) -> None:
        ok, on = _date(self.done_on, "done_on", self.fields, self.errors, self.tr("Date: “{0}” is not a real date"))
        if not ok:
            return
        try:
            PledgeService(self.ctx.ws).add_progress(self.row.id, on, self.content.toPlainText(),
                                                    self.confirmed_by.currentText(), self.files)
        except (ValidationError, UserError) as exc:
            _report(self.errors, self.fields, exc)
            return
        self.changed = True
        self.content.clear()
        self.files = []
        self.evidence.setText(self.tr("No files"))
        self.errors.hide()
        self.fill()

    def remove(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        gid = item.data(Qt.ItemDataRole.UserRole).id
        try:
            PledgeService(self.ctx.ws).delete_progress(gid)
        except UserError as exc:
            _report(self.errors, {}, exc)
            return
        self.removed.append(gid)
        self.undo_button.setEnabled(True)
        self.changed = True
        self.fill()

    def undo_remove(self) -> None:
        if self.removed:
            PledgeService(self.ctx.ws).restore_progress(self.removed.pop())
            self.undo_button.setEnabled(bool(self.removed))
            self.fill()

    def open_evidence(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from models.attachments import verified_copy

        g = item.data(Qt.ItemDataRole.UserRole)
        for e in g.evidence:
            try:
                path = verified_copy(self.ctx.ws, e.sha256, e.extension, e.name)
            except (UserError, OSError) as exc:
                self.ctx.show_error(exc, self)
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def finish(self) -> None:
        if self.changed:
            self.accept()
        else:
            self.reject()


class AssessDialog(QDialog):
    """评诺: self-assessment, the members' and the masses' assessment, the branch's conclusion."""

    def __init__(self, ctx: AppContext, row: PledgeRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.reason = ""
        self.setWindowTitle(self.tr("Year-end appraisal of {0}'s pledge").format(row.member))
        self.setMinimumWidth(580)
        head = QLabel(f"【{row.category}】{row.content}\n" + self.tr("{0} progress entries").format(len(row.progress))
                      + "".join(f"\n  {g.done_on} {g.content}" for g in row.progress[-4:]))
        head.setWordWrap(True)
        a = row.assessment
        self.self_assessment = _text_box(a.self_assessment)
        self.member_assessment = _text_box(a.member_assessment)
        self.masses_assessment = _text_box(a.masses_assessment)
        self.conclusion = QComboBox()
        self.conclusion.addItem("")
        self.conclusion.addItems(list(StandardsService(ctx.ws).value("pledge_conclusions")))
        self.conclusion.setCurrentText(a.conclusion)
        self.concluded_on = DateField()
        self.concluded_on.set_date(a.concluded_on or (date.today() if date.today().year == row.year
                                                       else date(row.year, 12, 31)))
        self.fields: dict[str, QWidget] = {"self_assessment": self.self_assessment,
                                           "member_assessment": self.member_assessment,
                                           "masses_assessment": self.masses_assessment,
                                           "conclusion": self.conclusion, "concluded_on": self.concluded_on}
        form = QFormLayout()
        form.addRow(self.tr("Self-assessment"), self.self_assessment)
        form.addRow(self.tr("Members' assessment"), self.member_assessment)
        form.addRow(self.tr("The masses' assessment"), self.masses_assessment)
        form.addRow(self.tr("Branch's conclusion"), self.conclusion)
        form.addRow(self.tr("Concluded on"), self.concluded_on)
        state = QLabel(self.tr("Final: saving makes an amendment with a reason.") if row.state == "final" else "")
        state.setStyleSheet("color: #b9770e;")
        history = PledgeService(ctx.ws).amendments(row.uuid)
        amended = QLabel("\n".join(self.tr("Amended {0}: {1} (was {2})").format(when, why, before.get("conclusion", ""))
                                   for when, why, before in history))
        amended.setStyleSheet("color: #666;")
        amended.setWordWrap(True)
        self.errors = error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(form)
        lay.addWidget(state)
        lay.addWidget(amended)
        lay.addWidget(self.errors)
        lay.addWidget(_buttons(self, self.save))

    def save(self) -> None:
        ok, on = _date(self.concluded_on, "concluded_on", self.fields, self.errors,
                       self.tr("Date: “{0}” is not a real date"))
        if not ok:
            return
        if self.row.state == "final" and not self.reason:
            reason, ok = QInputDialog.getText(self, self.tr("Amend"), self.tr("Why is this conclusion being corrected?"))
            if not ok or not reason.strip():
                return
            self.reason = reason.strip()
        a = AssessmentInput(self.self_assessment.toPlainText(), self.member_assessment.toPlainText(),
                            self.masses_assessment.toPlainText(), self.conclusion.currentText(), on)
        try:
            PledgeService(self.ctx.ws).assess(self.row.id, a, reason=self.reason)
        except (ValidationError, UserError) as exc:
            _report(self.errors, self.fields, exc)
            return
        self.accept()


class PledgesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack: list[tuple[str, Callable[[], None]]] = []
        self.show_bin = False
        self.model = PledgeTableModel(self)
        self.proxy = PledgeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.year = QComboBox()
        this = date.today().year
        for y in range(this + 1, this - 11, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name (pinyin initials work) or pledge"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        self.category.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(category=self.category.currentData()))
        self.view = QComboBox()
        for key, label in zip(PledgeFilterProxy.VIEWS, (self.tr("All stages"), self.tr("Awaiting review"),
                                                       self.tr("Approved"), self.tr("Returned"),
                                                       self.tr("Overdue, nothing done"), self.tr("Not yet concluded")),
                              strict=True):
            self.view.addItem(label, key)
        self.view.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(view=self.view.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((PledgeTableModel.MEMBER, 84), (PledgeTableModel.GROUP, 84), (PledgeTableModel.CATEGORY, 70),
                           (PledgeTableModel.CONTENT, 250), (PledgeTableModel.TARGET, 150),
                           (PledgeTableModel.DEADLINE, 88), (PledgeTableModel.REVIEW, 60),
                           (PledgeTableModel.PROGRESS, 100), (PledgeTableModel.CONCLUSION, 64)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setMinimumWidth(220)
        self.message = QLabel()
        self.message.setStyleSheet("color: #1e7e34;")

        bar = QToolBar()
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
                ("new", self.tr("New pledge"), QKeySequence.StandardKey.New, self.new),
                ("edit", self.tr("Edit"), QKeySequence(Qt.Key.Key_Return), self.edit),
                ("copy", self.tr("Copy last year's"), None, self.copy_last_year),
                ("review", self.tr("Review…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self.review),
                ("post", self.tr("Posting…"), None, self.posting),
                ("progress", self.tr("Progress…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_J), self.progress),
                ("assess", self.tr("Appraise…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K), self.assess),
                ("final", self.tr("Finalise the year"), None, self.finalise),
                ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete),
                ("undo", self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo),
                ("bin", self.tr("Recycle bin"), None, self.toggle_bin)):
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(shortcut)
                a.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            bar.addAction(a)
            self.addAction(a)
            self.actions_[key] = a
        self.actions_["bin"].setCheckable(True)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        for text, kind in ((self.tr("Pledge sheet of the selected member…"), "sheet-one"),
                           (self.tr("Every pledge sheet…"), "sheet-all"),
                           (self.tr("Public pledge board, A4…"), "board-A4"),
                           (self.tr("Public pledge board, A3…"), "board-A3"),
                           (self.tr("Pledge ledger with progress…"), "ledger"),
                           (self.tr("Year-end appraisal summary…"), "summary")):
            act = menu.addAction(text)
            act.triggered.connect(lambda _=False, k=kind: self.print_form(k))
            if kind == "ledger":
                act.setShortcut(QKeySequence.StandardKey.Print)
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
        self.print_button.setMenu(menu)
        bar.addWidget(self.print_button)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

        title = QLabel(self.tr("Member pledges (党员承诺践诺)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        cycle = QLabel(self.tr("Pledge → review → posting → progress → year-end appraisal"))
        cycle.setStyleSheet("color: #666;")
        filters = QHBoxLayout()
        filters.addWidget(self.year)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.view)
        split = QSplitter()
        split.addWidget(self.table)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(6, 0, 0, 0)
        sv.addWidget(self.summary)
        sv.addStretch(1)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 240])
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(cycle)
        lay.addWidget(bar)
        lay.addLayout(filters)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        ctx.data_changed.connect(self._changed)
        self.loaded = False

    def showEvent(self, e: Any) -> None:  # noqa: N802
        """Load on show: start-up and changes made elsewhere do not wait for this page while it is hidden."""
        if not self.loaded:
            self.reload()
        super().showEvent(e)

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.loaded = False  # stale: reloaded when next shown

    # ---- state -----------------------------------------------------------------------------------------------
    def current_year(self) -> int:
        return int(self.year.currentData() or date.today().year)

    def reload(self) -> None:
        self.loaded = True
        year = self.current_year()
        svc = PledgeService(self.ctx.ws)
        rows = svc.list_pledges(year, deleted=True if self.show_bin else False)
        self.model.set_rows(rows)
        cats = list(StandardsService(self.ctx.ws).value("pledge_categories"))
        current = self.category.currentData()
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for c in cats + sorted({r.category for r in rows} - set(cats)):
            self.category.addItem(c, c)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self.show_summary(svc.summary(year, rows=None if self.show_bin else rows))
        for key in ("new", "copy", "review", "post", "progress", "assess", "final", "edit"):
            self.actions_[key].setEnabled(not self.show_bin)
        self.actions_["delete"].setText(self.tr("Restore") if self.show_bin else self.tr("Delete"))

    def show_summary(self, s: YearSummary) -> None:
        self.year_summary = s

        def esc(t: str) -> str:
            return t.replace("&", "&amp;").replace("<", "&lt;")
        b = s.branch
        heading = self.tr("{0}: pledges at a glance").format(s.year)
        lines = [f"<h3>{esc(heading)}</h3>",
                 self.tr("Pledges: {0} · approved {1} · awaiting review {2} · returned {3}").format(
                     sum(s.review_counts.values()), s.review_counts["approved"], s.review_counts["pending"],
                     s.review_counts["returned"]),
                 "<br><b>" + self.tr("Fulfilment rate (兑诺率): {0}").format(b.percent()) + "</b> "
                 + f"<span style='color:#666'>{esc(b.detail())}</span>",
                 "<br>" + self.tr("Members: {0} · the branch's own: {1}").format(s.members.percent(), s.collective.percent()),
                 "<br>" + "<br>".join(f"&nbsp;&nbsp;{esc(c)}：{r.percent()}" for c, r in s.by_category.items() if r.due)]
        posted = "；".join(self.tr("{0}, {1} days, {2}").format(p.posted_on, p.days, esc(p.place)) for p in s.postings)
        lines.append("<br>" + (self.tr("Posted: {0}").format(posted) if posted else
                                "<span style='color:#b9770e'>" + self.tr("Not posted yet") + "</span>"))
        if s.final:
            lines.append("<br><span style='color:#1e7e34'>✔ " + self.tr("Conclusions are final") + "</span>")
        if s.not_pledged:
            lines.append("<br><span style='color:#b9770e'>⚠ " + self.tr("No pledge yet: {0}").format(
                "、".join(esc(n) for _i, n, _g in s.not_pledged)) + "</span>")
        late = [r for r in self.model.rows if r.overdue(date.today())]
        if late:
            lines.append("<br><span style='color:#c0392b'>✖ " + self.tr("Past the deadline with nothing done: {0}").format(
                "、".join(dict.fromkeys(esc(r.member) for r in late))) + "</span>")
        for c in s.checks[:6]:
            lines.append(f"<br><span style='color:#b9770e'>⚠ {esc(c.message)}</span>")
        self.summary.setText("".join(lines))
        if s.checks:
            self.summary.setToolTip(s.checks[0].source)

    def selected_rows(self) -> list[PledgeRow]:
        rows = []
        for idx in self.table.selectionModel().selectedRows():
            r = self.proxy.data(idx, ROW_ROLE)
            if r is not None:
                rows.append(r)
        return rows

    def selected(self) -> PledgeRow | None:
        idx = self.table.currentIndex()
        r = self.proxy.data(idx, ROW_ROLE) if idx.isValid() else None
        sel = self.selected_rows()
        return r if r is not None and (not sel or r in sel) else (sel[0] if sel else None)

    def show_overdue(self) -> None:
        """From the 工作台: this year's pledges past their deadline with nothing done."""
        self.year.setCurrentIndex(max(0, self.year.findData(date.today().year)))
        if not self.loaded:
            self.reload()
        self.view.setCurrentIndex(self.view.findData("overdue"))

    def select_pledge(self, pledge_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, ROW_ROLE).id == pledge_id:
                self.table.selectRow(row)
                self.table.scrollTo(idx)
                return

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "color: #1e7e34;")
        self.message.setText(text)

    def _open(self, dialog: QDialog, after: Callable[[], None] | None = None) -> None:
        self.dialog = dialog

        def done() -> None:
            self.ctx.data_changed.emit()
            if after is not None:
                after()
        dialog.accepted.connect(done)
        dialog.open()

    # ---- the cycle -------------------------------------------------------------------------------------------
    def new(self, member_id: int | None = None) -> None:
        d = PledgeDialog(self.ctx, self.current_year(), None, self, member_id if isinstance(member_id, int) else None)
        self._open(d, lambda: d.saved and self.select_pledge(d.saved.id))

    def edit(self) -> None:
        r = self.selected()
        if r is not None:
            d = PledgeDialog(self.ctx, r.year, r, self)
            self._open(d, lambda: self.select_pledge(r.id))

    def copy_last_year(self) -> None:
        year = self.current_year()
        made = PledgeService(self.ctx.ws).copy_year(year - 1, year)
        if not made:
            self.say(self.tr("Nothing to copy: {0} has no pledges that are not already here.").format(year - 1))
            return
        svc = PledgeService(self.ctx.ws)

        def take_back() -> None:
            for i in made:
                svc.delete(i)
        self.undo_stack.append((self.tr("copy"), take_back))
        self.ctx.data_changed.emit()
        self.say(self.tr("Copied {0} pledges from {1}, awaiting review. Ctrl+Z undoes.").format(len(made), year - 1))

    def review(self) -> None:
        rows = [r for r in self.selected_rows() if not r.assessment.conclusion]
        if not rows:
            self.say(self.tr("Select the pledges to review (Ctrl+A selects all)."), error=True)
            return
        self._open(ReviewDialog(self.ctx, self.current_year(), rows, self))

    def posting(self) -> None:
        self._open(PostingDialog(self.ctx, self.current_year(), self))

    def progress(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not r.approved:
            self.say(self.tr("Only an approved pledge takes progress entries."), error=True)
            return
        self._open(ProgressDialog(self.ctx, r, self), lambda: self.select_pledge(r.id))

    def assess(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not r.approved:
            self.say(self.tr("This pledge was never approved, so it cannot be appraised."), error=True)
            return
        self._open(AssessDialog(self.ctx, r, self), lambda: self.select_pledge(r.id))

    def finalise(self) -> None:
        try:
            n = PledgeService(self.ctx.ws).finalise(self.current_year())
        except UserError as exc:
            self.say(str(exc), error=True)
            return
        self.ctx.data_changed.emit()
        self.say(self.tr("{0} conclusions are final. Changes now need a reason.").format(n))

    def delete(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        svc = PledgeService(self.ctx.ws)
        if self.show_bin:
            for r in rows:
                svc.restore(r.id)
            self.ctx.data_changed.emit()
            self.say(self.tr("Restored {0} pledges.").format(len(rows)))
            return
        done = []
        try:
            for r in rows:
                svc.delete(r.id)
                done.append(r.id)
        except UserError as exc:
            self.say(str(exc), error=True)
        if done:
            def bring_back() -> None:
                for i in done:
                    svc.restore(i)
            self.undo_stack.append((self.tr("delete"), bring_back))
            self.ctx.data_changed.emit()
            self.say(self.tr("{0} pledges moved to the recycle bin. Ctrl+Z undoes.").format(len(done)))

    def undo(self) -> None:
        if not self.undo_stack:
            self.say(self.tr("Nothing to undo."))
            return
        what, fn = self.undo_stack.pop()
        fn()
        self.ctx.data_changed.emit()
        self.say(self.tr("Undone: {0}.").format(what))

    def toggle_bin(self) -> None:
        self.show_bin = self.actions_["bin"].isChecked()
        self.reload()

    def print_form(self, kind: str) -> None:
        from reports import pledges as rp
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, self.current_year()
        if kind == "sheet-one":
            r = self.selected()
            if r is None:
                self.say(self.tr("Select one of the member's pledges first."), error=True)
                return
            mid, who = r.member_id, r.member
            print_in_background(self.ctx, self, lambda out, fs: rp.render_pledge_sheets(
                ws, year, out, member_id=mid, only_branch=mid is None, fs=fs), f"承诺书{year}-{who}.pdf",
                self.tr("Preparing the pledge sheet…"))
        elif kind == "sheet-all":
            print_in_background(self.ctx, self, lambda out, fs: rp.render_pledge_sheets(ws, year, out, fs=fs),
                                f"承诺书{year}.pdf", self.tr("Preparing the pledge sheets…"))
        elif kind.startswith("board-"):
            paper = kind.split("-")[1]
            print_in_background(self.ctx, self, lambda out, fs: rp.render_pledge_board(ws, year, out, paper, fs),
                                f"党员承诺公示栏{year}-{paper}.pdf", self.tr("Preparing the pledge board…"))
        elif kind == "ledger":
            print_in_background(self.ctx, self, lambda out, fs: rp.render_pledge_ledger(ws, year, out, fs),
                                f"党员承诺践诺台账{year}.pdf", self.tr("Preparing the pledge ledger…"))
        else:
            print_in_background(self.ctx, self, lambda out, fs: rp.render_pledge_summary(ws, year, out, fs),
                                f"承诺践诺评议汇总{year}.pdf", self.tr("Preparing the appraisal summary…"))
