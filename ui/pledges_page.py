"""党员承诺践诺 page (book 14): the year's pledges, member by member with the branch's own first, and the whole
cycle from here — 承诺 (new, copy last year), 审核 (approve or return a selection, naming the meeting), 公示,
践诺 (progress with evidence), 评诺 (conclusion per pledge, 定稿 for the year) — with the rates beside it and
the four printed forms. Deletions go to the recycle bin and Ctrl+Z brings them back."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.books import FormSpec
from models.errors import UserError
from models.i18n import clauses, listing, pick, term
from models.rules.standards import standard
from models.services.pledges import (
    AssessmentInput,
    PledgeInput,
    PledgeRow,
    PledgeService,
    PostingInput,
    YearSummary,
)
from models.services.standards import StandardsService
from ui import shortcuts, style
from ui.book_page import Act, BookPage, each
from ui.context import AppContext
from ui.forms import RecordDialog, text_box
from ui.style import AMBER, GREY, RED, hint_label
from ui.table_models import Column, ColumnModel, FilterProxy, name_matches
from ui.widgets import DateField, combo_value, set_choice, term_fill


class PledgeTableModel(ColumnModel[PledgeRow]):
    """The year's pledges, the branch's own first; overdue progress and returned reviews in red."""

    def __init__(self, parent: QObject | None = None):
        self.today = date.today()
        reviews = {"pending": self.tr("pending"), "approved": self.tr("approved"), "returned": self.tr("returned")}

        def progress(r: PledgeRow) -> str:
            if r.overdue(self.today):
                return self.tr("overdue, nothing done")
            return self.tr("{0} entries").format(len(r.progress)) if r.progress else ""

        def state(r: PledgeRow) -> str:
            return self.tr("in the bin") if r.deleted else (self.tr("final") if r.state == "final" else self.tr("draft"))

        super().__init__([
            Column(self.tr("Pledged by"), lambda r: r.member, width=84,
                   sort=lambda r: ("0" if r.member_id is None else "1") + r.member_pinyin),
            Column(self.tr("Party group"), lambda r: r.group, width=84),
            Column(self.tr("Category"), lambda r: term(r.category), width=70, terms=standard("pledge_categories").value),
            Column(self.tr("Pledge"), lambda r: r.content, tip=lambda r: r.content, width=250),
            Column(self.tr("Target"), lambda r: r.target, tip=lambda r: r.target, width=150),
            Column(self.tr("Deadline"), lambda r: r.deadline.isoformat() if r.deadline else "", width=88),
            Column(self.tr("Review"), lambda r: reviews.get(r.review, r.review), width=60,
                   fg=lambda r: RED if r.review == "returned" else None,
                   tip=lambda r: "\n".join(x for x in (r.review_meeting, r.review_comment) if x)),
            Column(self.tr("Progress"), progress, width=100, fg=lambda r: RED if r.overdue(self.today) else None,
                   tip=lambda r: "\n".join(f"{g.done_on} {g.content}" for g in r.progress)),
            Column(self.tr("Conclusion"), lambda r: term(r.assessment.conclusion), width=64,
                   terms=standard("pledge_conclusions").value),
            Column(self.tr("State"), state),
        ], parent, row_fg=lambda r: GREY if r.member_left_on is not None or r.deleted else None)

    def set_rows(self, rows: Sequence[PledgeRow]) -> None:
        self.today = date.today()
        super().set_rows(rows)


VIEWS = ("", "pending", "approved", "returned", "overdue", "unconcluded")


def pledge_shown(r: PledgeRow, f: dict[str, Any]) -> bool:
    """Search by name (Chinese, pinyin, initials) or words of the pledge; filter by category and stage."""
    if f["category"] and r.category != f["category"]:
        return False
    v = f["view"]
    if v in ("pending", "approved", "returned") and r.review != v:
        return False
    if v == "overdue" and not r.overdue(date.today()):
        return False
    if v == "unconcluded" and (not r.counts or r.assessment.conclusion):
        return False
    t = f["text"].strip().lower()
    return t in r.content or t in r.target or name_matches(t, r.member, r.member_pinyin, r.member_initials)


class PledgeDialog(RecordDialog):
    """承诺: who, category, content, measurable target, deadline."""

    def __init__(self, ctx: AppContext, year: int, row: PledgeRow | None = None, parent: QWidget | None = None,
                 member_id: int | None = None):
        super().__init__(self.tr("Pledge") if row is None else self.tr("Pledge of {0}").format(row.member), parent, 560)
        self.ctx, self.year, self.row = ctx, year, row
        self.saved: PledgeRow | None = None
        svc = PledgeService(ctx.ws)
        self.member = self.field("member_id", self.tr("Pledged by *"), QComboBox())
        self.member.addItem(self.tr("The branch (collective pledge)"), None)
        for mid, name, group in svc.members_of_year(year):
            self.member.addItem(f"{name}（{group}）" if group else name, mid)
        self.category = self.field("category", self.tr("Category *"), QComboBox())
        term_fill(self.category, list(StandardsService(ctx.ws).value("pledge_categories")), "")
        self.content = self.field("content", self.tr("Pledge *"), text_box(height=80))
        self.target = self.field("target", self.tr("Target"), QLineEdit())
        self.target.setPlaceholderText(self.tr("Measurable: how many, by when, to what standard"))
        self.deadline = self.field("deadline", self.tr("Deadline"), DateField())
        self.deadline.set_date(date(year, 12, 31))
        note = QLabel()
        note.setWordWrap(True)
        if row is not None:
            i = self.member.findData(row.member_id)
            if i < 0:  # a member who has left since: still shown
                self.member.addItem(row.member, row.member_id)
                i = self.member.count() - 1
            self.member.setCurrentIndex(i)
            if self.category.findData(row.category) < 0:
                self.category.addItem(term(row.category), row.category)
            set_choice(self.category, row.category)
            self.content.setPlainText(row.content)
            self.target.setText(row.target)
            self.deadline.set_date(row.deadline)
            if row.approved:
                note.setText(self.tr("Approved on {0}: changing the pledge sends it back for review.").format(
                    row.reviewed_on or ""))
                note.setStyleSheet(f"color: {AMBER};")
        elif member_id is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.finish(note)

    def value(self, deadline: date | None) -> PledgeInput:
        return PledgeInput(self.year, self.member.currentData(), combo_value(self.category),
                           self.content.toPlainText(), self.target.text(), deadline)

    def save(self) -> None:
        dates = self.dates("deadline")
        if dates is None:
            return
        svc, value, row = PledgeService(self.ctx.ws), self.value(dates["deadline"]), self.row

        def write() -> None:
            self.saved = svc.add(value) if row is None else svc.update(row.id, value, row.version)
        if self.attempt(write):
            self.accept()


class ReviewDialog(RecordDialog):
    """审核: approve or return the selected pledges, as decided at a 党员大会 or 支委会."""

    def __init__(self, ctx: AppContext, year: int, rows: list[PledgeRow], parent: QWidget | None = None):
        super().__init__(self.tr("Review {0} pledges").format(len(rows)), parent, 560)
        self.ctx, self.rows = ctx, rows
        self.approve = QRadioButton(self.tr("Approve"))
        self.approve.setChecked(True)
        self.ret = QRadioButton(self.tr("Return for rework"))
        decision = QHBoxLayout()
        decision.addWidget(self.approve)
        decision.addWidget(self.ret)
        decision.addStretch(1)
        self.form.addRow(self.tr("Decision"), decision)
        self.meeting = self.field("meeting_id", self.tr("Decided at"), QComboBox())
        self.meeting.addItem(self.tr("(no meeting)"), None)
        for mid, label in PledgeService(ctx.ws).review_meetings(year):
            self.meeting.addItem(label, mid)
        if self.meeting.count() > 1:
            self.meeting.setCurrentIndex(self.meeting.count() - 1)
        self.on = self.field("on", self.tr("Date"), DateField())
        self.on.edit.setPlaceholderText(self.tr("the meeting's date"))
        self.comment = self.field("comment", self.tr("Comment (required when returning)"), text_box())
        listing = hint_label("\n".join(f"· {r.member}：{r.content}" for r in rows[:8]) + ("\n…" if len(rows) > 8 else ""))
        self.finish(above=[listing])

    def save(self) -> None:
        dates = self.dates("on")
        if dates is not None and self.attempt(lambda: PledgeService(self.ctx.ws).review(
                [r.id for r in self.rows], self.approve.isChecked(), self.comment.toPlainText(), dates["on"],
                self.meeting.currentData())):
            self.accept()


class PostingDialog(RecordDialog):
    """公示: when, where and for how long the year's pledges were posted."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None):
        super().__init__(self.tr("Public posting of the {0} pledges").format(year), parent, 520)
        self.ctx, self.year = ctx, year
        self.existing = QListWidget()
        self.existing.setMaximumHeight(90)
        self.fill()
        remove = QPushButton(self.tr("Remove the selected posting"))
        remove.clicked.connect(self.remove)
        self.posted_on = self.field("posted_on", self.tr("Posted on *"), DateField())
        self.posted_on.set_date(date.today() if date.today().year == year else None)
        self.days = self.field("days", self.tr("For"), QSpinBox())
        self.days.setRange(1, 366)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.place = self.field("place", self.tr("Where *"), QLineEdit())
        self.place.setPlaceholderText(self.tr("e.g. the notice board in the members' room, the branch's WeChat group"))
        self.note = self.field("note", self.tr("Remarks"), QLineEdit())
        self.finish(above=[QLabel(self.tr("Recorded so far:")), self.existing, remove])

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
        dates = self.dates("posted_on")
        if dates is not None and self.attempt(lambda: PledgeService(self.ctx.ws).post(PostingInput(
                self.year, dates["posted_on"], self.days.value(), self.place.text(), self.note.text()))):
            self.accept()


class ProgressDialog(RecordDialog):
    """践诺: the entries so far (double-click evidence to open it, checked against its hash) and a new entry."""

    def __init__(self, ctx: AppContext, row: PledgeRow, parent: QWidget | None = None):
        super().__init__(self.tr("Progress of {0}'s pledge").format(row.member), parent, 620)
        self.ctx, self.row = ctx, row
        self.files: list[Path] = []
        self.changed = False
        lines = [pick(f"【{row.category}】", f"[{term(row.category)}] ") + row.content]
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
        self.done_on = self.field("done_on", self.tr("Date *"), DateField())
        self.done_on.set_date(date.today() if date.today().year == row.year else date(row.year, 12, 31))
        self.content = self.field("content", self.tr("What was done *"), text_box())
        self.confirmed_by = self.field("confirmed_by", self.tr("Confirmed by"), QComboBox())
        self.confirmed_by.setEditable(True)
        self.confirmed_by.addItems([""] + [m.name for m in ctx.roster.list_members() if m.committee_role])
        self.evidence = QLabel(self.tr("No files"))
        pick_files = QPushButton(self.tr("Add photos or scans…"))
        pick_files.clicked.connect(self.add_files)
        ev = QWidget()
        evl = QHBoxLayout(ev)
        evl.setContentsMargins(0, 0, 0, 0)
        evl.addWidget(self.evidence, 1)
        evl.addWidget(pick_files)
        self.field("files", self.tr("Evidence"), ev)
        self.fields["files"] = self.evidence
        box = QGroupBox(self.tr("New entry"))
        box.setLayout(self.form)
        add = QPushButton(self.tr("Add entry"))
        add.setDefault(True)
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close_dialog)
        bottom = QWidget()
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(remove)
        bl.addWidget(self.undo_button)
        bl.addStretch(1)
        bl.addWidget(add)
        bl.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.entries, 1)
        lay.addWidget(box)
        lay.addWidget(self.errors)
        lay.addWidget(bottom)
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
        self.evidence.setText(listing(f.name for f in self.files) or self.tr("No files"))

    def add(self) -> None:
        dates = self.dates("done_on")
        if dates is None or not self.attempt(lambda: PledgeService(self.ctx.ws).add_progress(
                self.row.id, dates["done_on"], self.content.toPlainText(), self.confirmed_by.currentText(), self.files)):
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
            self.refuse(exc)
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

    def save(self) -> None:
        self.add()

    def close_dialog(self) -> None:
        if self.changed:
            self.accept()
        else:
            self.reject()


class AssessDialog(RecordDialog):
    """评诺: self-assessment, the members' and the masses' assessment, the branch's conclusion."""

    def __init__(self, ctx: AppContext, row: PledgeRow, parent: QWidget | None = None):
        super().__init__(self.tr("Year-end appraisal of {0}'s pledge").format(row.member), parent, 580)
        self.ctx, self.row = ctx, row
        self.reason = ""
        head = QLabel(pick(f"【{row.category}】", f"[{term(row.category)}] ") + f"{row.content}\n" + self.tr("{0} progress entries").format(len(row.progress))
                      + "".join(f"\n  {g.done_on} {g.content}" for g in row.progress[-4:]))
        head.setWordWrap(True)
        a = row.assessment
        self.self_assessment = self.field("self_assessment", self.tr("Self-assessment"), text_box(a.self_assessment))
        self.member_assessment = self.field("member_assessment", self.tr("Members' assessment"),
                                            text_box(a.member_assessment))
        self.masses_assessment = self.field("masses_assessment", self.tr("The masses' assessment"),
                                            text_box(a.masses_assessment))
        self.conclusion = self.field("conclusion", self.tr("Branch's conclusion"), QComboBox())
        self.conclusion.addItem("", "")
        term_fill(self.conclusion, list(StandardsService(ctx.ws).value("pledge_conclusions")), a.conclusion)
        self.concluded_on = self.field("concluded_on", self.tr("Concluded on"), DateField())
        self.concluded_on.set_date(a.concluded_on or (date.today() if date.today().year == row.year
                                                       else date(row.year, 12, 31)))
        state = QLabel(self.tr("Final: saving makes an amendment with a reason.") if row.state == "final" else "")
        state.setStyleSheet(f"color: {AMBER};")
        history = PledgeService(ctx.ws).amendments(row.uuid)
        amended = hint_label("\n".join(self.tr("Amended {0}: {1} (was {2})").format(when, why, before.get("conclusion", ""))
                                       for when, why, before in history))
        self.finish(state, amended, above=[head])

    def save(self) -> None:
        dates = self.dates("concluded_on")
        if dates is None:
            return
        if self.row.state == "final" and not self.reason:
            reason, ok = QInputDialog.getText(self, self.tr("Amend"), self.tr("Why is this conclusion being corrected?"))
            if not ok or not reason.strip():
                return
            self.reason = reason.strip()
        a = AssessmentInput(self.self_assessment.toPlainText(), self.member_assessment.toPlainText(),
                            self.masses_assessment.toPlainText(), combo_value(self.conclusion), dates["concluded_on"])
        if self.attempt(lambda: PledgeService(self.ctx.ws).assess(self.row.id, a, reason=self.reason)):
            self.accept()


class PledgesPage(BookPage):
    book_key = "pledges"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.show_bin = False
        self.model = PledgeTableModel(self)
        self.proxy = FilterProxy(pledge_shown, self, text="", category="", view="")
        self.proxy.setSourceModel(self.model)
        self.year_box(ahead=1).currentIndexChanged.connect(self.reload)
        self.search_field(self.tr("Search name (pinyin initials work) or pledge"), self.proxy)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        self.category.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(category=self.category.currentData()))
        self.view = QComboBox()
        for key, label in zip(VIEWS, (self.tr("All stages"), self.tr("Awaiting review"), self.tr("Approved"),
                                      self.tr("Returned"), self.tr("Overdue, nothing done"),
                                      self.tr("Not yet concluded")), strict=True):
            self.view.addItem(label, key)
        self.view.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(view=self.view.currentData()))
        self.table = self.table_view(self.proxy, multi=True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setMinimumWidth(220)
        self.add_actions((
            Act("new", self.tr("New pledge"), self.new, QKeySequence.StandardKey.New),
            Act("edit", self.tr("Edit"), self.edit, QKeySequence(Qt.Key.Key_Return), more=True),
            Act("copy", self.tr("Copy last year's"), self.copy_last_year, more=True),
            Act("review", self.tr("Review…"), self.review, shortcuts.key("pledges", "review")),
            Act("post", self.tr("Posting…"), self.posting, more=True),
            Act("progress", self.tr("Progress…"), self.progress, shortcuts.key("pledges", "progress")),
            Act("assess", self.tr("Appraise…"), self.assess, shortcuts.key("pledges", "assess")),
            Act("final", self.tr("Finalise the year"), self.finalise, more=True),
            Act("delete", self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete, more=True),
            Act("bin", self.tr("Recycle bin"), self.toggle_bin, checkable=True, more=True)))
        self.add_undo_actions()
        self.add_print_menu()

        cycle = hint_label(self.tr("Pledge → review → posting → progress → year-end appraisal"))
        filters = self.row(self.year, self.search, self.category, self.view)
        side = self.panel(self.summary, QWidget(), stretch=1, left=6)
        lay = QVBoxLayout(self)
        for w in (self.title, cycle, self.bar):
            lay.addWidget(w)
        lay.addLayout(filters)
        lay.addWidget(self.message)
        lay.addWidget(self.split(self.table, side, sizes=[1000, 240]), 1)

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        if spec.key == "pledge-sheet":
            return [(self.tr("Pledge sheet of the selected member…"), self._selected_sheet),
                    (self.tr("Every pledge sheet…"), dict)]
        if spec.key == "pledge-board":
            return [(self.tr("Public pledge board, {0}…").format(paper), partial(dict, paper=paper, file_name=f"-{paper}"))
                    for paper in ("A4", "A3")]
        return super().print_variants(spec)

    def _selected_sheet(self) -> dict[str, Any] | None:
        r = self.need(self.selected(), self.tr("Select one of the member's pledges first."))
        if r is None:
            return None
        return {"only_branch": r.member_id is None, "member_id": r.member_id, "file_name": f"-{r.member}"}

    # ---- state -----------------------------------------------------------------------------------------------
    def read_args(self) -> tuple[int, bool]:
        return self.current_year(), self.show_bin

    def read(self, args: tuple[int, bool]) -> tuple[list[PledgeRow], list[str], YearSummary]:
        year, in_bin = args
        svc = PledgeService(self.ctx.ws)
        rows = svc.list_pledges(year, deleted=True if in_bin else False)
        cats = list(StandardsService(self.ctx.ws).value("pledge_categories"))
        return rows, cats, svc.summary(year, rows=None if in_bin else rows)

    def show_data(self, data: tuple[list[PledgeRow], list[str], YearSummary]) -> None:
        rows, cats, summary = data
        self.model.set_rows(rows)
        current = self.category.currentData()
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for c in cats + sorted({r.category for r in rows} - set(cats)):
            self.category.addItem(term(c), c)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self.show_summary(summary)
        for key in ("new", "copy", "review", "post", "progress", "assess", "final", "edit"):
            self.acts[key].setEnabled(not self.show_bin)
        self.acts["delete"].setText(self.tr("Restore") if self.show_bin else self.tr("Delete"))

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
                 "<br>" + "<br>".join(f"&nbsp;&nbsp;{esc(term(c))}{pick('：', ': ')}{r.percent()}" for c, r in s.by_category.items() if r.due)]
        posted = clauses(self.tr("{0}, {1} days, {2}").format(p.posted_on, p.days, esc(p.place)) for p in s.postings)
        lines.append("<br>" + (self.tr("Posted: {0}").format(posted) if posted else
                                f"<span style='color:{style.AMBER}'>" + self.tr("Not posted yet") + "</span>"))
        if s.final:
            lines.append(f"<br><span style='color:{style.GREEN}'>✔ " + self.tr("Conclusions are final") + "</span>")
        if s.not_pledged:
            lines.append(f"<br><span style='color:{style.AMBER}'>⚠ " + self.tr("No pledge yet: {0}").format(
                listing(esc(n) for _i, n, _g in s.not_pledged)) + "</span>")
        late = [r for r in self.model.rows if r.overdue(date.today())]
        if late:
            lines.append(f"<br><span style='color:{style.RED}'>✖ " + self.tr("Past the deadline with nothing done: {0}").format(
                listing(dict.fromkeys(esc(r.member) for r in late))) + "</span>")
        for c in s.checks[:6]:
            lines.append(f"<br><span style='color:{style.AMBER}'>⚠ {esc(c.message)}</span>")
        self.summary.setText("".join(lines))
        if s.checks:
            self.summary.setToolTip(s.checks[0].source)

    def selected_rows(self) -> list[PledgeRow]:
        return self.rows_of(self.table)

    def selected(self) -> PledgeRow | None:
        r = self.row_at(self.table)
        sel = self.selected_rows()
        return r if r is not None and (not sel or r in sel) else (sel[0] if sel else None)

    def show_overdue(self) -> None:
        """From the 工作台: this year's pledges past their deadline with nothing done."""
        self.year.setCurrentIndex(max(0, self.year.findData(date.today().year)))
        self.ensure_loaded()
        self.view.setCurrentIndex(self.view.findData("overdue"))

    def select_pledge(self, pledge_id: int) -> None:
        self.select_where(self.table, lambda r: r.id == pledge_id)

    # ---- the cycle -------------------------------------------------------------------------------------------
    def new(self, member_id: int | None = None) -> None:
        d = PledgeDialog(self.ctx, self.current_year(), None, self, member_id if isinstance(member_id, int) else None)
        self.open_dialog(d, lambda: self.select_pledge(d.saved.id) if d.saved else None)

    def edit(self) -> None:
        r = self.selected()
        if r is not None:
            d = PledgeDialog(self.ctx, r.year, r, self)
            self.open_dialog(d, lambda: self.select_pledge(r.id))

    def copy_last_year(self) -> None:
        year = self.current_year()
        svc = PledgeService(self.ctx.ws)
        made = svc.copy_year(year - 1, year)
        if not made:
            self.say(self.tr("Nothing to copy: {0} has no pledges that are not already here.").format(year - 1))
            return
        self.done(self.tr("copy"), each(svc.delete, made), each(svc.restore, made))
        self.changed()
        self.say(self.tr("Copied {0} pledges from {1}, awaiting review. Ctrl+Z undoes.").format(len(made), year - 1))

    def review(self) -> None:
        rows = [r for r in self.selected_rows() if not r.assessment.conclusion]
        if not rows:
            self.say(self.tr("Select the pledges to review (Ctrl+A selects all)."), error=True)
            return
        self.open_dialog(ReviewDialog(self.ctx, self.current_year(), rows, self))

    def posting(self) -> None:
        self.open_dialog(PostingDialog(self.ctx, self.current_year(), self))

    def progress(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not r.approved:
            self.say(self.tr("Only an approved pledge takes progress entries."), error=True)
            return
        self.open_dialog(ProgressDialog(self.ctx, r, self), lambda: self.select_pledge(r.id))

    def assess(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not r.approved:
            self.say(self.tr("This pledge was never approved, so it cannot be appraised."), error=True)
            return
        self.open_dialog(AssessDialog(self.ctx, r, self), lambda: self.select_pledge(r.id))

    def finalise(self) -> None:
        from ui.forms import confirm_lock

        if not confirm_lock(self, self.tr("Finalise the year"), self.tr(
                "Finalise the pledge conclusions of {0}? Every conclusion of the year is then locked: a later change "
                "needs a written reason.").format(self.current_year()), self.tr("Finalise")):
            return
        done: list[int] = []
        if self.attempt(lambda: done.append(PledgeService(self.ctx.ws).finalise(self.current_year()))):
            self.say(self.tr("{0} conclusions are final. Changes now need a reason.").format(done[0]))

    def delete(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        svc = PledgeService(self.ctx.ws)
        if self.show_bin:
            for r in rows:
                svc.restore(r.id)
            self.changed()
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
            self.done(self.tr("delete"), each(svc.restore, done), each(svc.delete, done))
            self.changed()
            self.say(self.tr("{0} pledges moved to the recycle bin. Ctrl+Z undoes.").format(len(done)))

    def toggle_bin(self) -> None:
        self.show_bin = self.acts["bin"].isChecked()
        self.reload()
