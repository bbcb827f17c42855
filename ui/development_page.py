"""发展党员全程纪实 page (book 12): everyone on the way to membership with their stage and the next time limit;
for the selected person all 25 steps with dates, people, meetings, materials and each limit; recording the next
step in a form that asks only what that step needs (with the working days of a 公示 counted live); taking back
the step recorded last; 终止; the recycle bin; and the printed record and yearly rosters."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, UserError, ValidationError
from models.member import EDUCATIONS, GENDERS, MemberCategory
from models.rules.dates import BadDate
from models.rules.development import STAGES, STEPS, Limit
from models.rules.workdays import count_workdays
from models.services.development import DevelopmentService, PersonInput, PersonRow, StepInput
from ui.context import AppContext
from ui.table_models import ROW_ROLE, SORT_ROLE, Index, RowTableModel, name_matches
from ui.widgets import DateField, error_label, show_field_issues

STATE_COLOURS = {"overdue": "#c0392b", "late": "#b9770e", "early": "#b9770e", "soon": "#b9770e", "open": "#1a5fb4",
                 "done": "#1e7e34", "waiting": "#666666"}


def limit_words(lim: Limit, today: date, short: bool = False) -> tuple[str, str]:
    """(text, state) of a limit for the lists; ``short`` leaves out what the limit is about."""
    state = lim.state(today)
    word = {"overdue": "已逾期", "late": "超期完成", "early": "早于期限", "soon": "即将到期", "open": "可办理",
            "done": "按时", "waiting": "未到"}[state]
    when = f"{'不早于' if lim.not_before else '不晚于'}{lim.due}（{word}）"
    return (when if short else f"{lim.what}：{when}"), state


class PeopleModel(RowTableModel):
    rows: list[PersonRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Name"), self.tr("Stage"), self.tr("Latest step"), self.tr("Next time limit")]
        self.limits: dict[int, list[Limit]] = {}
        self.next: dict[int, tuple[str, str]] = {}  # person → (text, state) of the most pressing limit
        self.today = date.today()

    def show(self, people: list[PersonRow], limits: dict[int, list[Limit]], today: date) -> None:
        self.limits, self.today = limits, today
        order = {"overdue": 0, "open": 1, "soon": 2, "waiting": 3}
        self.next = {}
        for p in people:
            pending = [lim for lim in limits.get(p.id, []) if lim.state(today) in order]
            if pending:
                lim = min(pending, key=lambda x: (order[x.state(today)], x.due))
                self.next[p.id] = limit_words(lim, today)
        self.set_rows(people)

    def next_limit(self, p: PersonRow) -> tuple[str, str]:
        return self.next.get(p.id, ("", ""))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            latest = p.latest
            return (p.name, p.role, self.tr("Step {0}, {1}").format(latest.step, latest.done_on) if latest else "",
                    self.next_limit(p)[0])[col]
        if role == SORT_ROLE:
            latest = p.latest
            return (p.name_pinyin, -p.stage if not p.outcome else 9, latest.done_on.isoformat() if latest else "",
                    self.next_limit(p)[0])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and p.latest:
            return p.latest.name
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return self.next_limit(p)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3:
                return QBrush(QColor(STATE_COLOURS.get(self.next_limit(p)[1], "#000000")))
            if p.outcome and p.outcome != "转正":
                return QBrush(QColor("#888888"))
        return None


class PeopleFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.role = ""

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        p = model.rows[source_row]
        if self.role and p.role != self.role:
            return False
        return name_matches(self.text, p.name, p.name_pinyin, p.name_initials)


class StepsModel(RowTableModel):
    """All 25 steps for one person: done ones with their details, the rest empty, each with its limit."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Step"), self.tr("Date"), self.tr("People"), self.tr("Meeting"), self.tr("Details"),
                        self.tr("Time limit")]
        self.limits: dict[int, Limit] = {}
        self.names: dict[int, str] = {}
        self.today = date.today()

    def show(self, p: PersonRow | None, limits: list[Limit], names: dict[int, str]) -> None:
        self.limits = {lim.step: lim for lim in limits}
        self.names = names
        rows: list[tuple[int, Any]] = []
        for spec in STEPS.values():
            done = [x for x in p.steps if x.step == spec.no] if p else []
            rows += [(spec.no, x) for x in done] or [(spec.no, None)]
        self.set_rows(rows)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        no, st = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return st
        lim = self.limits.get(no)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{no}. {STEPS[no].name}"
            if col == 5:
                return limit_words(lim, self.today, short=True)[0] if lim else ""
            if st is None:
                return ""
            if col == 1:
                return st.done_on.isoformat()
            if col == 2:
                helpers = "、".join(self.names.get(i, "?") for i in st.member_ids)
                return "；".join(x for x in (st.people, helpers) if x)
            if col == 3:
                return st.meeting
            parts = [st.result + (f" {st.months}个月" if st.months else "") if st.result else "",
                     f"{st.days or 0}天/{st.hours or 0}学时" if st.days or st.hours else "",
                     f"公示{st.posted_from}—{st.posted_to}（{st.workdays}个工作日）{st.workdays_note}" if st.posted_from else "",
                     st.documents, st.detail]
            return "；".join(x for x in parts if x)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 5 and lim:
                return QBrush(QColor(STATE_COLOURS[lim.state(self.today)]))
            if st is None:
                return QBrush(QColor("#999999"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return STEPS[no].source
            if col == 5 and lim:
                return limit_words(lim, self.today)[0] + "\n" + lim.source
            if col == 4:
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class PersonDialog(QDialog):
    def __init__(self, ctx: AppContext, person: PersonRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.setWindowTitle(self.tr("Applicant") if person is None else person.name)
        self.setMinimumWidth(520)
        p = person.input if person else PersonInput()
        self.name = QLineEdit(p.name)
        self.gender = QComboBox()
        self.gender.addItems(["", *GENDERS])
        self.gender.setCurrentText(p.gender)
        self.birth = DateField()
        self.birth.set_date(p.birth_date)
        self.id_number = QLineEdit(p.id_number)
        self.ethnicity = QLineEdit(p.ethnicity)
        self.education = QComboBox()
        self.education.setEditable(True)
        self.education.addItems(["", *EDUCATIONS])
        self.education.setCurrentText(p.education)
        self.job = QLineEdit(p.job)
        self.category = QComboBox()
        self.category.addItems([c.value for c in MemberCategory])
        self.category.setCurrentText(p.category)
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(["", *(g.name for g in ctx.roster.groups())])
        self.group.setCurrentText(p.group)
        self.phone = QLineEdit(p.phone)
        self.notes = QLineEdit(p.notes)
        self.leaving = DateField()
        self.leaving.set_date(p.leaving_on)
        self.leaving.setToolTip(self.tr("Leaving this workplace within three months of the admitting meeting, one is "
                                        "generally not admitted (发展党员工作细则 Art. 19)."))
        self.applied = DateField()
        self.applied.set_date(date.today())
        self.fields: dict[str, QWidget] = {
            "name": self.name, "gender": self.gender, "birth_date": self.birth, "id_number": self.id_number,
            "ethnicity": self.ethnicity, "education": self.education, "job": self.job, "category": self.category,
            "group": self.group, "phone": self.phone, "notes": self.notes, "leaving_on": self.leaving,
            "done_on": self.applied}
        labels = {"name": self.tr("Name *"), "gender": self.tr("Gender *"), "birth_date": self.tr("Born *"),
                  "id_number": self.tr("ID number"), "ethnicity": self.tr("Ethnicity"), "education": self.tr("Education"),
                  "job": self.tr("Job"), "category": self.tr("Category"), "group": self.tr("Party group to join"),
                  "phone": self.tr("Phone"), "notes": self.tr("Notes"), "leaving_on": self.tr("Leaves the workplace on"),
                  "done_on": self.tr("Application handed in on *")}
        form = QFormLayout()
        for k, w in self.fields.items():
            if k == "done_on" and person is not None:
                continue
            form.addRow(labels[k], w)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def save(self) -> None:
        dates = {}
        for key in ("birth_date", "leaving_on", "done_on"):
            w = self.fields[key]
            assert isinstance(w, DateField)
            try:
                dates[key] = w.date()
            except BadDate as bad:
                show_field_issues(self.fields, self.errors, [FieldIssue(key, self.tr(
                    "“{0}” is not a real date").format(bad.text))])
                return
        p = PersonInput(self.name.text(), self.gender.currentText(), dates["birth_date"], self.id_number.text(),
                        self.ethnicity.text() or "汉族", self.education.currentText(), self.job.text(),
                        self.category.currentText(), self.group.currentText(), self.phone.text(), self.notes.text(),
                        dates["leaving_on"])
        svc = DevelopmentService(self.ctx.ws)
        try:
            if self.person is None:
                if dates["done_on"] is None:
                    raise ValidationError([FieldIssue("done_on", self.tr("The date of the application is required"))])
                self.saved = svc.add(p, applied_on=dates["done_on"])
            else:
                self.saved = svc.update(self.person.id, p, self.person.version)
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        self.accept()


class StepDialog(QDialog):
    """Record one step: the form shows only what that step needs."""

    def __init__(self, ctx: AppContext, person: PersonRow, parent: QWidget | None = None, step: int | None = None):
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.svc = DevelopmentService(ctx.ws)
        self.need_workdays = int(ctx.standards.value("dev_posting_workdays"))
        self.setWindowTitle(self.tr("Record a step for {0}").format(person.name))
        self.setMinimumWidth(600)
        self.step = QComboBox()
        for n in self.svc.next_steps(person):
            self.step.addItem(f"{n}. {STEPS[n].name}", n)
        if step is not None and self.step.findData(step) >= 0:
            self.step.setCurrentIndex(self.step.findData(step))
        self.done_on = DateField()
        self.done_on.set_date(date.today())
        self.people = QLineEdit()
        self.members = QListWidget()
        self.members.setMaximumHeight(130)
        for m in ctx.roster.list_members():
            if m.status == "正式党员":
                item = QListWidgetItem(f"{m.name}（{m.group}）" if m.group else m.name)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.meeting = QComboBox()
        self.result = QComboBox()
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        self.hours = QSpinBox()
        self.hours.setRange(0, 500)
        self.months = QSpinBox()
        self.months.setRange(0, 12)
        self.posted_from = DateField()
        self.posted_to = DateField()
        self.workdays = QLabel()
        self.documents = QLineEdit()
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(70)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.fields: dict[str, QWidget] = {
            "step": self.step, "done_on": self.done_on, "people": self.people, "member_ids": self.members,
            "meeting_id": self.meeting, "result": self.result, "days": self.days, "hours": self.hours,
            "months": self.months, "posted_from": self.posted_from, "posted_to": self.posted_to,
            "documents": self.documents, "detail": self.detail}
        self.labels = {"step": self.tr("Step *"), "done_on": self.tr("Date *"), "people": self.tr("Who"),
                       "member_ids": self.tr("Members"), "meeting_id": self.tr("Deciding meeting"),
                       "result": self.tr("Conclusion *"), "days": self.tr("Training days"),
                       "hours": self.tr("Training hours"), "months": self.tr("Extend by (months)"),
                       "posted_from": self.tr("Posted from"), "posted_to": self.tr("Posted until"),
                       "documents": self.tr("Materials"), "detail": self.tr("Details")}
        self.form = QFormLayout()
        for k, w in self.fields.items():
            self.form.addRow(self.labels[k], w)
        self.form.addRow("", self.workdays)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addLayout(self.form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.step.currentIndexChanged.connect(self.adapt)
        self.meeting.currentIndexChanged.connect(self._meeting_date)
        self.posted_from.changed.connect(self.count)
        self.posted_to.changed.connect(self.count)
        self.result.currentTextChanged.connect(lambda _t: self.months.setEnabled(self.result.currentText() == "延长预备期"))
        self.adapt()

    def current(self) -> int:
        return int(self.step.currentData() or 0)

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[key], visible)

    def adapt(self) -> None:
        n = self.current()
        if not n:
            self.hint.setText(self.tr("Nothing can be recorded for this person now."))
            return
        spec = STEPS[n]
        self._show("people", spec.people == "talker" or n in (16, 17, 24))
        who = {2: self.tr("Who talked *"), 16: self.tr("Who talked *"), 17: self.tr("Approved by"),
               24: self.tr("Approved by")}
        self.form.labelForField(self.people).setText(who.get(n, self.tr("Who")))  # type: ignore[union-attr]
        self._show("member_ids", spec.people in ("contacts", "introducers"))
        self.form.labelForField(self.members).setText(  # type: ignore[union-attr]
            self.tr("Introducers (2 full members) *") if spec.people == "introducers" else self.tr("Contact persons (1–2) *"))
        self.meeting.clear()
        if spec.meeting:
            self.meeting.addItem(self.tr("(not linked to a recorded meeting)"), None)
            for mid, text, _on in self.svc.meetings(n):
                self.meeting.addItem(text, mid)
        self._show("meeting_id", bool(spec.meeting))
        self.result.clear()
        self.result.addItems(["", *spec.results] if spec.results else [])
        self._show("result", bool(spec.results))
        for k in ("days", "hours"):
            self._show(k, spec.training)
        self._show("months", n == 23)
        self.months.setEnabled(False)
        for k in ("posted_from", "posted_to"):
            self._show(k, spec.posting)
        self.form.setRowVisible(self.workdays, spec.posting)
        limits = [limit_words(lim, date.today())[0] for lim in self.svc.limits(self.person) if lim.step == n]
        self.hint.setText(self.tr("Stage {0}: {1}").format(spec.stage, STAGES[spec.stage]) + "\n"
                          + self.tr("Source: {0}").format(spec.source) + ("\n" + "；".join(limits) if limits else ""))
        self.count()

    def _meeting_date(self) -> None:
        mid = self.meeting.currentData()
        for i, _text, on in self.svc.meetings(self.current()) if mid else []:
            if i == mid:
                self.done_on.set_date(on)

    def count(self) -> None:
        try:
            a, b = self.posted_from.date(), self.posted_to.date()
        except BadDate:
            self.workdays.setText("")
            return
        if a and b and b >= a:
            c = count_workdays(a, b)
            need = self.need_workdays
            self.workdays.setText(self.tr("{0} working days (at least {1}){2}").format(c.days, need, c.note()))
            self.workdays.setStyleSheet("color: #1e7e34;" if c.days >= need else "color: #c0392b;")
        else:
            self.workdays.setText("")

    def checked_members(self) -> list[int]:
        out = []
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def save(self) -> None:
        n = self.current()
        if not n:
            self.reject()
            return
        spec = STEPS[n]
        dates = {}
        for key in ("done_on", "posted_from", "posted_to"):
            w = self.fields[key]
            assert isinstance(w, DateField)
            try:
                dates[key] = w.date()
            except BadDate as bad:
                show_field_issues(self.fields, self.errors, [FieldIssue(key, self.tr(
                    "“{0}” is not a real date").format(bad.text))])
                return
        inp = StepInput(
            n, dates["done_on"], people=self.people.text() if self.form.isRowVisible(self.people) else "",
            member_ids=self.checked_members() if spec.people in ("contacts", "introducers") else [],
            meeting_id=self.meeting.currentData() if spec.meeting else None,
            result=self.result.currentText() if spec.results else "",
            days=self.days.value() if spec.training else None, hours=self.hours.value() if spec.training else None,
            months=self.months.value() if n == 23 and self.result.currentText() == "延长预备期" else None,
            posted_from=dates["posted_from"] if spec.posting else None,
            posted_to=dates["posted_to"] if spec.posting else None,
            documents=self.documents.text(), detail=self.detail.toPlainText())
        try:
            self.saved = self.svc.record(self.person.id, inp)
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        if self.saved.warning:  # recorded; the rule says "generally not": say so once
            QMessageBox.warning(self, self.windowTitle(), self.saved.warning)
        self.accept()


class DevelopmentPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.undo_id: int | None = None
        self.names: dict[int, str] = {}  # roster member id → name, for contact persons and introducers
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name (pinyin initials work)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.role = QComboBox()
        self.role.addItem(self.tr("Everyone"), "")
        for r in ("入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员", "终止", "取消预备党员资格"):
            self.role.addItem(r, r)
        self.role.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(role=self.role.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.record_step())
        self.steps = StepsModel(self)
        self.steps_view = QTableView()
        self.steps_view.setModel(self.steps)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.verticalHeader().hide()
        self.steps_view.setWordWrap(True)
        sh = self.steps_view.horizontalHeader()
        sh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sh.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        sh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.steps_view.setColumnWidth(3, 150)
        self.steps_view.doubleClicked.connect(self._step_clicked)
        self.person_label = QLabel()
        self.person_label.setStyleSheet("font-weight: bold;")
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_person())
        self.actions: dict[str, QAction] = {}
        bar = QToolBar()
        for key, text, shortcut, slot in (
                ("new", self.tr("New applicant…"), QKeySequence.StandardKey.New, self.new_person),
                ("step", self.tr("Record next step…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self.record_step),
                ("edit", self.tr("Edit details…"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self.edit_person),
                ("takeback", self.tr("Take back last step"), None, self.take_back),
                ("stop", self.tr("Stop (withdrawn)…"), None, self.stop),
                ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete),
                ("undo", self.tr("Undo delete"), QKeySequence.StandardKey.Undo, self.undo)):
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
        a = menu.addAction(self.tr("Full-process record of this person"))
        a.setShortcut(QKeySequence.StandardKey.Print)
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(self.print_record)
        self.addAction(a)
        menu.addAction(self.tr("Yearly rosters (applicants, activists, candidates, new members)")).triggered.connect(
            self.print_rosters)
        printing.setMenu(menu)
        bar.addWidget(printing)
        self.year = QComboBox()
        for y in range(date.today().year, date.today().year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.setToolTip(self.tr("Year of the printed rosters"))
        title = QLabel(self.tr("Recruitment record (发展党员全程纪实)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        top.addWidget(self.search)
        top.addWidget(self.role)
        top.addWidget(self.year)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.person_label)
        rl.addWidget(self.steps_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 560])
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        ctx.data_changed.connect(self._data_changed)
        ctx.workspace_replaced.connect(self._data_changed)

    def showEvent(self, e: Any) -> None:  # noqa: N802
        super().showEvent(e)
        if self.stale:
            self.reload()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def reload(self) -> None:
        self.stale = False
        keep = self.selected()
        svc = DevelopmentService(self.ctx.ws)
        people = svc.list_people()
        std = svc.rules()
        self.steps.today = date.today()
        self.model.show(people, {p.id: svc.limits(p, std) for p in people}, self.steps.today)
        self.names = {m.id: m.name for m in self.ctx.roster.list_members(include_left=True)}
        if keep is not None:
            self.select(keep.id)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.show_person()

    def selected(self) -> PersonRow | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, ROW_ROLE) if idx.isValid() else None

    def select(self, person_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).id == person_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return

    def open_person(self, person_id: int) -> None:
        """From the 工作台: show this person (clearing filters that would hide them)."""
        if self.stale:
            self.reload()
        self.search.clear()
        self.role.setCurrentIndex(0)
        self.select(person_id)

    def show_person(self) -> None:
        p = self.selected()
        self.steps.show(p, self.model.limits.get(p.id, []) if p else [], self.names)
        if p is None:
            self.person_label.setText(self.tr("Nobody selected"))
            return
        i = p.input
        self.person_label.setText(f"{p.name}　{i.gender}　{i.birth_date or ''}　{i.job}　— {p.role}"
                                  + (f"（{p.outcome_on}）" if p.outcome else ""))
        self.steps_view.resizeRowsToContents()

    def _need(self) -> PersonRow | None:
        p = self.selected()
        if p is None:
            QMessageBox.information(self, self.tr("Recruitment"), self.tr("Choose a person first."))
        return p

    def _step_clicked(self, idx: Any) -> None:
        st = self.steps.data(idx, ROW_ROLE)
        p = self.selected()
        if st is None and p is not None:
            no = self.steps.rows[idx.row()][0]
            self.record_step(no)

    # -- actions ---------------------------------------------------------------------------------
    def new_person(self) -> None:
        self.dialog = PersonDialog(self.ctx, None, self)
        self.dialog.accepted.connect(self._saved_person)
        self.dialog.open()

    def _saved_person(self) -> None:
        self.ctx.data_changed.emit()
        saved = getattr(self.dialog, "saved", None)
        if saved is not None:
            self.select(saved.id)

    def edit_person(self) -> None:
        p = self._need()
        if p is not None:
            self.dialog = PersonDialog(self.ctx, p, self)
            self.dialog.accepted.connect(self._saved_person)
            self.dialog.open()

    def record_step(self, step: int | None = None) -> None:
        p = self._need()
        if p is None:
            return
        if not DevelopmentService(self.ctx.ws).next_steps(p):
            QMessageBox.information(self, self.tr("Recruitment"), self.tr("{0}: every step is recorded.").format(p.name))
            return
        self.dialog = StepDialog(self.ctx, p, self, step if isinstance(step, int) else None)
        self.dialog.accepted.connect(self.ctx.data_changed.emit)
        self.dialog.open()

    def take_back(self) -> None:
        p = self._need()
        if p is None or not p.steps:
            return
        last = max(p.steps, key=lambda s: s.id)
        if QMessageBox.question(self, self.tr("Recruitment"), self.tr("Take back step {0} “{1}” of {2}?").format(
                last.step, last.name, last.done_on)) != QMessageBox.StandardButton.Yes:
            return
        try:
            DevelopmentService(self.ctx.ws).delete_step(last.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Recruitment"), str(exc))
            return
        self.ctx.data_changed.emit()

    def stop(self) -> None:
        p = self._need()
        if p is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Stop"), self.tr("Why does {0} not go on (e.g. withdrew the "
                                                                          "application)?").format(p.name))
        if not ok:
            return
        try:
            DevelopmentService(self.ctx.ws).stop(p.id, date.today(), reason)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Recruitment"), str(exc))
            return
        self.ctx.data_changed.emit()

    def delete(self) -> None:
        p = self._need()
        if p is None:
            return
        try:
            DevelopmentService(self.ctx.ws).delete(p.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Recruitment"), str(exc))
            return
        self.undo_id = p.id
        self.actions["undo"].setEnabled(True)
        self.ctx.data_changed.emit()

    def undo(self) -> None:
        if self.undo_id is None:
            return
        DevelopmentService(self.ctx.ws).restore(self.undo_id)
        self.undo_id = None
        self.actions["undo"].setEnabled(False)
        self.ctx.data_changed.emit()

    def print_record(self) -> None:
        from reports.development import render_development_record
        from ui.pdf_preview import print_in_background

        p = self._need()
        if p is None:
            return
        ws, pid = self.ctx.ws, p.id
        print_in_background(self.ctx, self, lambda out, fs: render_development_record(ws, pid, out, fs),
                            f"发展党员全程纪实表{p.name}.pdf", self.tr("Preparing the record…"))

    def print_rosters(self) -> None:
        from reports.development import render_development_rosters
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, int(self.year.currentData() or date.today().year)
        print_in_background(self.ctx, self, lambda out, fs: render_development_rosters(ws, year, out, fs),
                            f"发展党员工作名册{year}.pdf", self.tr("Preparing the rosters…"))

