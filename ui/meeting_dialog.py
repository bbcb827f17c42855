"""Record one meeting: header, attendance ticked against the roster of that day (应到/实到 computed, never
typed), agenda and minutes, motions with votes, attachments, and the amendment history. The quorum and each
vote's result are said in words as you type. Ctrl+S saves, Ctrl+P prints."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, ValidationError
from models.i18n import pick, term
from models.meeting import ATTENDANCE_NAMES, AttendanceStatus, MeetingKind
from models.rules.dates import BadDate
from models.rules.meetings import committee_quorum, count_attendance, general_quorum, motion_passes, vote_problem
from models.services.meetings import (
    AttendanceEntry,
    DueMember,
    MeetingDetail,
    MeetingInput,
    MeetingService,
    MotionInput,
    kind_name,
)
from models.services.standards import StandardsService
from ui import style
from ui.context import AppContext
from ui.widgets import DateField, error_label, set_read_only, show_field_issues

STATUSES = [AttendanceStatus.PRESENT.value, AttendanceStatus.LEAVE.value, AttendanceStatus.ABSENT.value]


class MeetingDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str = MeetingKind.GENERAL.value, meeting_id: int | None = None,
                 parent: QWidget | None = None, on: date | None = None, group_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.svc = MeetingService(ctx.ws)
        self.detail: MeetingDetail | None = self.svc.get(meeting_id) if meeting_id else None
        self.kind = self.detail.input.kind if self.detail else kind
        self.amend_reason: str | None = None
        self.follow_roster = False  # an amendment that redraws the due list from today's roster
        self.due: list[DueMember] = []
        self.std = StandardsService(ctx.ws).in_force()
        self.resize(980, 760)

        members = [m.name for m in ctx.roster.list_members()]
        self.held_on = DateField()
        self.held_on.set_date(on or date.today())
        self.starts = QLineEdit()
        self.starts.setPlaceholderText("14:30")
        self.ends = QLineEdit()
        self.ends.setPlaceholderText("16:30")
        self.place = QLineEdit()
        self.host = _names_combo(members)
        self.recorder = _names_combo(members)
        self.group = QComboBox()
        for g in ctx.roster.groups():
            self.group.addItem(g.name, g.id)
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.lecturer = _names_combo(members)
        self.title = QLineEdit()
        self.guests = QLineEdit()
        self.guests.setPlaceholderText(self.tr("non-members who attended, e.g. the head of the unit"))
        self.fields: dict[str, QWidget] = {"held_on": self.held_on, "starts": self.starts, "ends": self.ends,
                                           "place": self.place, "group_id": self.group, "lecturer": self.lecturer,
                                           "title": self.title}
        head = QGridLayout()
        title_label = {MeetingKind.LESSON: self.tr("Lesson title"), MeetingKind.PARTYDAY: self.tr("Theme")}.get(
            MeetingKind(self.kind), self.tr("Topic"))
        pairs = [(self.tr("Date *"), self.held_on), (self.tr("Place"), self.place),
                 (self.tr("Starts"), self.starts), (self.tr("Ends"), self.ends),
                 (self.tr("Chaired by"), self.host), (self.tr("Minutes taken by"), self.recorder),
                 (title_label + (" *" if self.kind in ("lesson", "partyday") else ""), self.title),
                 (self.tr("Guests (列席)"), self.guests)]
        if self.kind == MeetingKind.GROUP:
            pairs.insert(0, (self.tr("Party group *"), self.group))
        if self.kind == MeetingKind.LESSON:
            pairs.insert(0, (self.tr("Lecturer *"), self.lecturer))
        for i, (text, w) in enumerate(pairs):
            head.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            head.addWidget(w, i // 2, (i % 2) * 2 + 1)

        # attendance
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Party group"), self.tr("Membership"),
                                              self.tr("Attendance"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        all_present = self.all_present = QPushButton(self.tr("Everyone present"))
        all_present.clicked.connect(lambda: self.set_all(AttendanceStatus.PRESENT.value))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        att_page = QWidget()
        av = QVBoxLayout(att_page)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addWidget(all_present)
        av.addLayout(row)
        av.addWidget(self.quorum)
        av.addWidget(self.table, 1)

        # agenda and minutes
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(self.tr("One agenda item a line"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setFixedHeight(90)
        self.minutes = QPlainTextEdit()
        self.minutes.setTabChangesFocus(True)
        minutes_page = QWidget()
        mf = QFormLayout(minutes_page)
        mf.addRow(self.tr("Agenda"), self.agenda)
        mf.addRow(self.tr("Minutes"), self.minutes)

        # motions
        self.motions = QTableWidget(0, 5)
        self.motions.setHorizontalHeaderLabels([self.tr("Motion"), self.tr("Yes"), self.tr("No"), self.tr("Abstain"),
                                                self.tr("Result")])
        self.motions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.motions.itemChanged.connect(lambda _i: self.refresh_results())
        add_motion = QPushButton(self.tr("Add motion"))
        add_motion.clicked.connect(lambda: self.add_motion(MotionInput("")))
        del_motion = QPushButton(self.tr("Remove motion"))
        del_motion.clicked.connect(lambda: self.motions.removeRow(self.motions.currentRow()))
        motions_page = QWidget()
        mv = QVBoxLayout(motions_page)
        mrow = QHBoxLayout()
        mrow.addWidget(add_motion)
        mrow.addWidget(del_motion)
        mrow.addStretch(1)
        mv.addLayout(mrow)
        mv.addWidget(self.motions, 1)
        self.vote_rule = QLabel()
        self.vote_rule.setWordWrap(True)
        mv.addWidget(self.vote_rule)

        # attachments and history
        self.attachments = QListWidget()
        self.attachments.itemActivated.connect(lambda _i: self.open_attachment(self.attachments.currentRow()))
        attach = QPushButton(self.tr("Add scan or photo…"))
        attach.clicked.connect(self.add_attachment)
        att_files = QWidget()
        fv = QVBoxLayout(att_files)
        fv.addWidget(self.attachments, 1)
        fv.addWidget(attach)
        self.attach_button = attach
        self.history = QListWidget()

        self.tabs = QTabWidget()
        self.tabs.addTab(att_page, self.tr("Attendance"))
        self.tabs.addTab(minutes_page, self.tr("Agenda and minutes"))
        self.tabs.addTab(motions_page, self.tr("Motions and votes"))
        self.tabs.addTab(att_files, self.tr("Attachments"))
        self.tabs.addTab(self.history, self.tr("Amendments"))

        self.errors = error_label()
        self.state = QLabel()
        self.save_btn = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_btn.clicked.connect(self.save)
        self.final_btn = QPushButton(self.tr("Finalise"))
        self.final_btn.clicked.connect(self.finalise)
        self.amend_btn = QPushButton(self.tr("Amend…"))
        self.amend_btn.clicked.connect(self.ask_amendment)
        print_btn = QPushButton(self.tr("Print (Ctrl+P)"))
        print_btn.clicked.connect(self.print_record)
        signin_btn = QPushButton(self.tr("Sign-in sheet…"))
        signin_btn.clicked.connect(self.print_signin)
        close_btn = QPushButton(self.tr("Close"))
        close_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for b in (signin_btn, print_btn, self.amend_btn, self.final_btn, self.save_btn, close_btn):
            buttons.addWidget(b)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_record)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.errors)
        lay.addLayout(buttons)

        self.held_on.changed.connect(lambda: self.reload_due())
        self.group.currentIndexChanged.connect(lambda _i: self.reload_due())
        self.load()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        d = self.detail
        self.setWindowTitle((self.tr("{0} — record").format(kind_name(self.kind))) if d is None
                            else self.tr("{0} — {1}").format(kind_name(self.kind), d.input.held_on))
        if d is not None:
            i = d.input
            self.held_on.blockSignals(True)
            self.group.blockSignals(True)
            self.held_on.set_date(i.held_on)
            self.starts.setText(i.starts)
            self.ends.setText(i.ends)
            self.place.setText(i.place)
            self.host.setEditText(i.host)
            self.recorder.setEditText(i.recorder)
            if i.group_id:
                self.group.setCurrentIndex(max(0, self.group.findData(i.group_id)))
            self.held_on.blockSignals(False)
            self.group.blockSignals(False)
            self.lecturer.setEditText(i.lecturer)
            self.title.setText(i.title)
            self.guests.setText(i.guests)
            self.agenda.setPlainText(i.agenda)
            self.minutes.setPlainText(i.minutes)
            self.motions.setRowCount(0)
            for mo in i.motions:
                self.add_motion(mo)
            self.history.clear()
            for a in d.amendments:
                self.history.addItem(self.tr("{0}: {1}").format(a.amended_at.strftime("%Y-%m-%d %H:%M"), a.reason))
            self.attachments.clear()
            for f in d.attachments:
                self.attachments.addItem(f"{f.caption or f.name}  ({f.size // 1024 + 1} KB, {f.sha256[:8]})")
        self.reload_due(keep={a.member_id: (a.status, a.reason) for a in d.attendance} if d else None)
        self._set_editable()

    def _set_editable(self) -> None:
        d = self.detail
        final = d is not None and d.row.state != "draft"
        editable = not final or self.amend_reason is not None
        for w in (*self.fields.values(), self.host, self.recorder, self.guests, self.agenda, self.minutes,
                  self.table, self.motions):
            set_read_only(w, not editable)  # readable in normal contrast, not the disabled grey
        self.save_btn.setEnabled(editable)
        self.all_present.setVisible(editable)  # an action, not a value: gone while the record cannot change
        self.final_btn.setVisible(d is not None and not final)
        self.amend_btn.setVisible(final and self.amend_reason is None)
        self.attach_button.setEnabled(d is not None)
        states = {"draft": self.tr("Draft"), "final": self.tr("Final (read-only; changes are amendments)"),
                  "submitted": self.tr("Submitted")}
        text = self.tr("New record") if d is None else states.get(d.row.state, d.row.state)
        if self.amend_reason is not None:
            text = self.tr("Amending: {0}").format(self.amend_reason)
        self.state.setText(text)

    def reload_due(self, keep: dict[int, tuple[str, str]] | None = None) -> None:
        """The roster on the meeting's date decides who is due; ticks already made are kept."""
        if keep is None:
            keep = {e.member_id: (e.status, e.reason) for e in self.entries()}
        try:
            on = self.held_on.date()
        except BadDate:
            return
        if on is None:
            return
        group_id = self.group.currentData() if self.kind == MeetingKind.GROUP else None
        d = self.detail
        if d is not None and d.row.state != "draft" and not self.follow_roster:
            # a final record shows the due list stored at 定稿, never today's roster merged in
            self.due = [DueMember(a.member_id, a.name, a.group, a.full) for a in d.attendance]
        else:
            self.due = self.svc.due_members(self.kind, on, group_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.due))
        for r, due in enumerate(self.due):
            status, reason = keep.get(due.member_id, (AttendanceStatus.PRESENT.value, ""))
            for c, text in enumerate((due.name, due.group, self.tr("full") if due.full else self.tr("probationary"))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            combo = self.table.cellWidget(r, 3)
            if not isinstance(combo, QComboBox):  # reuse the row's box: replaced widgets linger until deleted
                combo = QComboBox()
                for s in STATUSES:
                    combo.addItem(term(ATTENDANCE_NAMES[AttendanceStatus(s)]), s)
                combo.currentIndexChanged.connect(self.refresh_results)
                self.table.setCellWidget(r, 3, combo)
            combo.blockSignals(True)
            combo.setCurrentIndex(STATUSES.index(status))
            combo.blockSignals(False)
            self.table.setItem(r, 4, QTableWidgetItem(reason))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.refresh_results()

    # -- reading the form ------------------------------------------------------------------------
    def entries(self) -> list[AttendanceEntry]:
        out = []
        for r, d in enumerate(self.due):
            combo = self.table.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                item = self.table.item(r, 4)
                out.append(AttendanceEntry(d.member_id, combo.currentData(), item.text() if item else ""))
        return out

    def motion_inputs(self) -> tuple[list[MotionInput], list[FieldIssue]]:
        out, issues = [], []
        for r in range(self.motions.rowCount()):
            def cell(c: int, r: int = r) -> str:
                item = self.motions.item(r, c)
                return item.text().strip() if item else ""
            votes: list[int | None] = []
            for c in (1, 2, 3):
                t = cell(c)
                if t and not t.isdigit():
                    issues.append(FieldIssue("motions", self.tr("Motion {0}: “{1}” is not a number of votes").format(r + 1, t)))
                votes.append(int(t) if t.isdigit() else None)
            if cell(0) or any(v is not None for v in votes):
                out.append(MotionInput(cell(0), *votes))
        return out, issues

    def value(self) -> tuple[MeetingInput, list[FieldIssue]]:
        issues: list[FieldIssue] = []
        try:
            on = self.held_on.date()
        except BadDate as bad:
            on = None
            issues.append(FieldIssue("held_on", self.tr("Date: “{0}” is not a real date").format(bad.text)))
        motions, motion_issues = self.motion_inputs()
        issues += motion_issues
        inp = MeetingInput(
            kind=self.kind, held_on=on, starts=self.starts.text().strip(), ends=self.ends.text().strip(),
            place=self.place.text(), host=self.host.currentText(), recorder=self.recorder.currentText(),
            group_id=self.group.currentData() if self.kind == MeetingKind.GROUP else None,
            lecturer=self.lecturer.currentText(), title=self.title.text(), agenda=self.agenda.toPlainText(),
            minutes=self.minutes.toPlainText(), guests=self.guests.text(), attendance=self.entries(), motions=motions)
        return inp, issues

    def refresh_results(self) -> None:
        """应到/实到 and the quorum in words, and each motion's result, as the person ticks and types."""
        full = {d.member_id: d.full for d in self.due}
        c = count_attendance((e.status, full[e.member_id]) for e in self.entries())
        self.counts.setText(self.tr("Due {0} ({1} full, {2} probationary); present {3} ({4} full); on leave {5}; "
                                    "absent {6}").format(c.due, c.due_full, c.due_probationary, c.present,
                                                         c.present_full, c.leave, c.absent))
        if self.kind == MeetingKind.GENERAL:
            s = self.std["general_quorum_share"]
            q = general_quorum(c, float(s.value), s.standard.source)
        elif self.kind == MeetingKind.COMMITTEE:
            s = self.std["committee_quorum_share"]
            q = committee_quorum(c, float(s.value), s.standard.source)
        else:
            q = None
        if q is None:
            self.quorum.hide()
        else:
            self.quorum.setText(("✔ " if q.ok else "⚠ ") + q.message)
            self.quorum.setToolTip(q.source)
            self.quorum.setStyleSheet(f"color: {style.GREEN};" if q.ok else f"color: {style.RED}; font-weight: bold;")
            self.quorum.show()
        share = float(self.std["general_motion_share"].value)
        self.motions.blockSignals(True)
        motions, _ = self.motion_inputs()
        for r in range(self.motions.rowCount()):
            mo = motions[r] if r < len(motions) else None
            text = ""
            if mo is not None and mo.yes is not None:
                problem = vote_problem(mo.yes or 0, mo.no or 0, mo.abstain or 0, c.present_full)
                if problem:
                    text = problem
                elif self.kind == MeetingKind.GENERAL:
                    text = self.tr("passed") if motion_passes(mo.yes, c.due_full, share) else self.tr("NOT passed")
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.motions.setItem(r, 4, item)
        self.motions.blockSignals(False)
        if self.kind == MeetingKind.GENERAL:
            self.vote_rule.setText(self.tr("A motion passes when yes votes exceed half of the {0} voting members due "
                                           "(not of those present). Source: {1}").format(
                c.due_full, self.std["general_motion_share"].standard.source))

    # -- actions ---------------------------------------------------------------------------------
    def add_motion(self, mo: MotionInput) -> None:
        r = self.motions.rowCount()
        self.motions.insertRow(r)
        for c, v in enumerate((mo.text, mo.yes, mo.no, mo.abstain)):
            self.motions.setItem(r, c, QTableWidgetItem("" if v is None else str(v)))

    def set_all(self, status: str) -> None:
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(STATUSES.index(status))

    def show_issues(self, issues: list[FieldIssue]) -> None:
        bad = show_field_issues(self.fields, self.errors, issues)
        if "attendance" in bad:
            self.tabs.setCurrentIndex(0)
        elif "motions" in bad:
            self.tabs.setCurrentIndex(2)

    def save(self) -> bool:
        if not self.save_btn.isEnabled():
            return False
        inp, issues = self.value()
        if issues:
            self.show_issues(issues)
            return False
        try:
            if self.detail is None:
                self.detail = self.svc.create(inp)
            elif self.amend_reason is not None:
                self.detail = self.svc.amend(self.detail.row.id, inp, self.amend_reason, self.detail.version,
                                             follow_roster=self.follow_roster)
                self.amend_reason = None
                self.follow_roster = False
            else:
                self.detail = self.svc.update(self.detail.row.id, inp, self.detail.version)
        except ValidationError as exc:
            self.show_issues(exc.issues)
            return False
        self.show_issues([])
        self.ctx.data_changed.emit()
        self.load()
        return True

    def finalise(self) -> None:
        if self.detail is None or (self.save_btn.isEnabled() and not self.save()):
            return
        assert self.detail is not None
        from models.services.meetings import kind_name
        from ui.forms import confirm_lock

        row = self.detail.row
        if not confirm_lock(self, self.tr("Finalise"), self.tr(
                "Finalise the record of {0} ({1})? Its date, attendance, votes and minutes are then locked: a "
                "later change needs a written reason and is kept in the record's history.").format(
                    row.held_on, row.title or kind_name(row.kind)), self.tr("Finalise")):
            return
        self.detail = self.svc.finalise(self.detail.row.id)
        self.ctx.data_changed.emit()
        self.load()

    def ask_amendment(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Amend a final record"),
                                          self.tr("Why is this record being corrected?"))
        if ok and reason.strip():
            self.start_amendment(reason.strip())

    def start_amendment(self, reason: str) -> None:
        self.amend_reason = reason
        self._set_editable()

    def start_roster_amendment(self, reason: str) -> None:
        """更正 because the roster of that day was corrected: the due list is drawn anew from the roster (newly due
        members ticked present — change them as they really were), with the reason kept in the record's history."""
        self.amend_reason = reason
        self.follow_roster = True
        keep = {a.member_id: (a.status, a.reason) for a in self.detail.attendance} if self.detail else None
        self.reload_due(keep)
        self._set_editable()

    def add_attachment(self) -> None:
        if self.detail is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Sign-in sheet scans, photos"), "",
                                                self.tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx)"))
        self.attach_files([Path(f) for f in files])

    def attach_files(self, files: list[Path]) -> None:
        assert self.detail is not None
        mid = self.detail.row.id
        ws = self.ctx.ws

        def work(_p: object) -> None:
            svc = MeetingService(ws)
            for f in files:
                svc.attach(mid, f)

        def done(_r: object) -> None:
            self.detail = self.svc.get(mid)
            self.load()

        self.ctx.tasks.run(work, done, label=self.tr("Storing attachments…"), writes=True, parent=self)

    def attachment_copy(self, row: int) -> Path:
        """A temporary copy of a stored attachment, its content checked against its hash first."""
        from models.attachments import verified_copy

        assert self.detail is not None
        a = self.detail.attachments[row]
        return verified_copy(self.ctx.ws, a.sha256, a.extension, a.name)

    def open_attachment(self, row: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.detail is None or not (0 <= row < len(self.detail.attachments)):
            return
        try:
            path = self.attachment_copy(row)
        except Exception as exc:  # a damaged attachment is a UserError with a clear message
            self.ctx.show_error(exc, self)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_record(self) -> None:
        if self.detail is None and not self.save():
            return
        assert self.detail is not None
        from reports.meetings import render_meeting
        from ui.pdf_preview import print_in_background

        ws, mid = self.ctx.ws, self.detail.row.id
        print_in_background(self.ctx, self, lambda out, fs: render_meeting(ws, mid, out, fs),
                            pick(f"{kind_name(self.kind)}{self.detail.input.held_on}.pdf",
                                 f"{kind_name(self.kind)} {self.detail.input.held_on}.pdf"),
                            self.tr("Preparing the record for printing…"))

    def print_signin(self) -> None:
        from reports.meetings import render_signin
        from ui.pdf_preview import print_in_background

        try:
            on = self.held_on.date() or date.today()
        except BadDate:
            on = date.today()
        ws, kind, title = self.ctx.ws, self.kind, self.title.text()
        gid = self.group.currentData() if self.kind == MeetingKind.GROUP else None
        print_in_background(self.ctx, self, lambda out, fs: render_signin(ws, kind, on, out, gid, title, fs),
                            pick(f"{kind_name(kind)}签到表{on}.pdf", f"{kind_name(kind)} sign-in sheet {on}.pdf"),
                            self.tr("Preparing the sign-in sheet…"))


def _names_combo(names: list[str]) -> QComboBox:
    c = QComboBox()
    c.setEditable(True)
    c.addItem("")
    c.addItems(names)
    return c
