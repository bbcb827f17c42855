"""发展党员全程纪实 page (book 12): everyone on the way to membership with their stage and the next time limit;
for the selected person all 25 steps with dates, people, meetings, materials and each limit; recording the next
step in a form that asks only what that step needs (with the working days of a 公示 counted live); taking back
the step recorded last; 终止; the recycle bin; and the printed record and yearly rosters."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from models.books import FormSpec
from models.errors import FieldIssue, ValidationError
from models.i18n import aside, clauses, listing, pick, term
from models.member import EDUCATIONS, GENDERS, MemberCategory
from models.rules.dates import BadDate
from models.rules.development import STEPS, Limit, stage_name, step_name
from models.rules.workdays import count_workdays
from models.services.development import DevelopmentService, PersonInput, PersonRow, StepInput
from models.services.roster import RosterService
from ui import shortcuts, style
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.forms import RecordDialog, text_box
from ui.member_dialog import ethnicity_combo, fill_from_id
from ui.style import GREEN, GREY, RED, hint_label
from ui.table_models import ROW_ROLE, Column, ColumnModel, FilterProxy, Index, name_matches
from ui.widgets import DateField, combo_value, term_combo, term_fill

STATE_COLOURS = {"overdue": style.RED, "late": style.AMBER, "early": style.AMBER, "soon": style.AMBER, "open": style.BLUE,
                 "done": style.GREEN, "waiting": style.MUTED}


class PeopleModel(ColumnModel[PersonRow]):
    """Applicants and members in the making, each with their most pressing time limit."""

    def __init__(self, parent: QObject | None = None):
        self.limits: dict[int, list[Limit]] = {}
        self.next: dict[int, tuple[str, str]] = {}  # person → (text, state) of the most pressing limit
        self.today = date.today()

        def latest(p: PersonRow) -> str:
            return self.tr("Step {0}, {1}").format(p.latest.step, p.latest.done_on) if p.latest else ""

        super().__init__([
            Column(self.tr("Name"), lambda p: p.name, sort=lambda p: p.name_pinyin),
            Column(self.tr("Stage"), lambda p: term(p.role), sort=lambda p: -p.stage if not p.outcome else 9),
            Column(self.tr("Latest step"), latest, sort=lambda p: p.latest.done_on.isoformat() if p.latest else "",
                   tip=lambda p: p.latest.name if p.latest else None),
            Column(self.tr("Next time limit"), lambda p: self.next_limit(p)[0], tip=lambda p: self.next_limit(p)[0],
                   fg=lambda p: STATE_COLOURS.get(self.next_limit(p)[1], style.TEXT)),
        ], parent, row_fg=lambda p: GREY if p.outcome and p.outcome != "转正" else None)

    def show(self, people: list[PersonRow], limits: dict[int, list[Limit]], today: date) -> None:
        self.limits, self.today = limits, today
        order = {"overdue": 0, "open": 1, "soon": 2, "waiting": 3}
        self.next = {}
        for p in people:
            pending = [lim for lim in limits.get(p.id, []) if lim.state(today) in order]
            if pending:
                lim = min(pending, key=lambda x: (order[x.state(today)], x.due))
                self.next[p.id] = lim.words(today), lim.state(today)
        self.set_rows(people)

    def next_limit(self, p: PersonRow) -> tuple[str, str]:
        return self.next.get(p.id, ("", ""))


def person_shown(p: PersonRow, f: dict[str, Any]) -> bool:
    if f["role"] and p.role != f["role"]:
        return False
    return name_matches(f["text"], p.name, p.name_pinyin, p.name_initials)


StepLine = tuple[int, Any, Limit | None]  # (step number, the recorded step or None, its time limit)


class StepsModel(ColumnModel[StepLine]):
    """All 25 steps for one person: done ones with their details, the rest empty, each with its limit."""

    def __init__(self, parent: QObject | None = None):
        self.names: dict[int, str] = {}
        self.today = date.today()

        def people(st: Any) -> str:
            return clauses(x for x in (st.people, listing(self.names.get(i, "?") for i in st.member_ids)) if x)

        def details(st: Any) -> str:
            parts = [term(st.result) + (pick(f" {st.months}个月", f" {st.months} months") if st.months else "") if st.result else "",
                     pick(f"{st.days or 0}天/{st.hours or 0}学时", f"{st.days or 0} days/{st.hours or 0} hours")
                     if st.days or st.hours else "",
                     pick(f"公示{st.posted_from}—{st.posted_to}（{st.workdays}个工作日）",
                          f"posted {st.posted_from}—{st.posted_to} ({st.workdays} working days)") + st.workdays_note
                     if st.posted_from else "",
                     st.documents, st.detail]
            return clauses(x for x in parts if x)

        def done(fn: Callable[[Any], str]) -> Callable[[StepLine], str]:
            return lambda line: "" if line[1] is None else fn(line[1])

        super().__init__([
            Column(self.tr("Step"), lambda line: f"{line[0]}. {step_name(line[0])}", tip=lambda line: STEPS[line[0]].source,
                   width=230),
            Column(self.tr("Date"), done(lambda st: st.done_on.isoformat()), width=90),
            Column(self.tr("People"), done(people), width=150),
            Column(self.tr("Meeting"), done(lambda st: st.meeting), width=150),
            Column(self.tr("Details"), done(details), tip=done(details), width=300),
            Column(self.tr("Time limit"), lambda line: line[2].words(self.today, short=True) if line[2] else "",
                   tip=lambda line: line[2].words(self.today) + "\n" + line[2].source if line[2] else None,
                   fg=lambda line: STATE_COLOURS[line[2].state(self.today)] if line[2] else None),
        ], parent, row_fg=lambda line: style.GREY if line[1] is None else None)

    def show(self, p: PersonRow | None, limits: list[Limit], names: dict[int, str]) -> None:
        by_step = {lim.step: lim for lim in limits}
        self.names = names
        rows: list[StepLine] = []
        for spec in STEPS.values():
            done = [x for x in p.steps if x.step == spec.no] if p else []
            rows += [(spec.no, x, by_step.get(spec.no)) for x in done] or [(spec.no, None, by_step.get(spec.no))]
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ROW_ROLE and index.isValid() and 0 <= index.row() < len(self.rows):
            return self.rows[index.row()][1]  # the recorded step, None for one not yet done
        return super().data(index, role)


class PersonDialog(RecordDialog):
    def __init__(self, ctx: AppContext, person: PersonRow | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Applicant") if person is None else person.name, parent, 520)
        self.ctx, self.person = ctx, person
        p = person.input if person else PersonInput()
        self.name = self.field("name", self.tr("Name *"), QLineEdit(p.name))
        self.gender = self.field("gender", self.tr("Gender *"), term_combo(GENDERS, p.gender, blank=True))
        self.birth = self.field("birth_date", self.tr("Born *"), DateField())
        self.birth.set_date(p.birth_date)
        self.id_number = self.field("id_number", self.tr("ID number"), QLineEdit(p.id_number))
        self.ethnicity = self.field("ethnicity", self.tr("Ethnicity"), ethnicity_combo(p.ethnicity))
        self.id_number.editingFinished.connect(lambda: fill_from_id(self.id_number.text(), self.birth, self.gender))
        self.education = self.field("education", self.tr("Education"),
                                    term_combo(EDUCATIONS, p.education, editable=True, blank=True))
        self.job = self.field("job", self.tr("Job"), QLineEdit(p.job))
        self.category = self.field("category", self.tr("Category"), QComboBox())
        term_fill(self.category, [c.value for c in MemberCategory], p.category)
        self.group = self.field("group", self.tr("Party group to join"), QComboBox())
        self.group.setEditable(True)
        self.group.addItems(["", *(g.name for g in ctx.roster.groups())])
        self.group.setCurrentText(p.group)
        self.phone = self.field("phone", self.tr("Phone"), QLineEdit(p.phone))
        self.notes = self.field("notes", self.tr("Notes"), QLineEdit(p.notes))
        self.leaving = self.field("leaving_on", self.tr("Leaves the workplace on"), DateField())
        self.leaving.set_date(p.leaving_on)
        self.leaving.setToolTip(self.tr("Leaving this workplace within three months of the admitting meeting, one is "
                                        "generally not admitted (发展党员工作细则 Art. 19)."))
        self.applied = DateField()
        self.applied.set_date(date.today())
        if person is None:
            self.field("done_on", self.tr("Application handed in on *"), self.applied)
        self.finish()

    def save(self) -> None:
        dates = self.dates("birth_date", "leaving_on", *(("done_on",) if self.person is None else ()))
        if dates is None:
            return
        p = PersonInput(self.name.text(), combo_value(self.gender), dates["birth_date"], self.id_number.text(),
                        self.ethnicity.currentText() or "汉族", combo_value(self.education), self.job.text(),
                        combo_value(self.category), self.group.currentText(), self.phone.text(), self.notes.text(),
                        dates["leaving_on"])
        svc, person = DevelopmentService(self.ctx.ws), self.person

        def write() -> None:
            if person is None:
                if dates["done_on"] is None:
                    raise ValidationError([FieldIssue("done_on", self.tr("The date of the application is required"))])
                self.saved = svc.add(p, applied_on=dates["done_on"])
            else:
                self.saved = svc.update(person.id, p, person.version)
        if self.attempt(write):
            self.accept()


class StepDialog(RecordDialog):
    """Record one step: the form shows only what that step needs."""

    def __init__(self, ctx: AppContext, person: PersonRow, parent: QWidget | None = None, step: int | None = None):
        super().__init__(self.tr("Record a step for {0}").format(person.name), parent, 600)
        self.ctx, self.person = ctx, person
        self.svc = DevelopmentService(ctx.ws)
        self.need_workdays = int(ctx.standards.value("dev_posting_workdays"))
        self.step = self.field("step", self.tr("Step *"), QComboBox())
        for n in self.svc.next_steps(person):
            self.step.addItem(f"{n}. {step_name(n)}", n)
        if step is not None and self.step.findData(step) >= 0:
            self.step.setCurrentIndex(self.step.findData(step))
        self.done_on = self.field("done_on", self.tr("Date *"), DateField())
        self.done_on.set_date(date.today())
        self.people = self.field("people", self.tr("Who"), QLineEdit())
        self.members = self.field("member_ids", self.tr("Members"), QListWidget())
        self.members.setMaximumHeight(130)
        for m in ctx.roster.list_members():
            if m.status == "正式党员":
                item = QListWidgetItem(f"{m.name}{aside(m.group)}" if m.group else m.name)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.meeting = self.field("meeting_id", self.tr("Deciding meeting"), QComboBox())
        self.outcome = self.field("result", self.tr("Conclusion *"), QComboBox())
        self.days = self.field("days", self.tr("Training days"), QSpinBox())
        self.days.setRange(0, 60)
        self.hours = self.field("hours", self.tr("Training hours"), QSpinBox())
        self.hours.setRange(0, 500)
        self.months = self.field("months", self.tr("Extend by (months)"), QSpinBox())
        self.months.setRange(0, 12)
        self.posted_from = self.field("posted_from", self.tr("Posted from"), DateField())
        self.posted_to = self.field("posted_to", self.tr("Posted until"), DateField())
        self.documents = self.field("documents", self.tr("Materials"), QLineEdit())
        self.detail = self.field("detail", self.tr("Details"), text_box(height=70))
        self.workdays = QLabel()
        self.form.addRow("", self.workdays)
        self.hint = hint_label()
        self.finish(above=[self.hint])
        self.step.currentIndexChanged.connect(self.adapt)
        self.meeting.currentIndexChanged.connect(self._meeting_date)
        self.posted_from.changed.connect(self.count)
        self.posted_to.changed.connect(self.count)
        self.outcome.currentTextChanged.connect(lambda t: self.months.setEnabled(t == "延长预备期"))
        self.adapt()

    def current(self) -> int:
        return int(self.step.currentData() or 0)

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[key], visible)

    def _label(self, key: str, text: str) -> None:
        label = self.form.labelForField(self.fields[key])
        if isinstance(label, QLabel):
            label.setText(text)

    def adapt(self) -> None:
        n = self.current()
        if not n:
            self.hint.setText(self.tr("Nothing can be recorded for this person now."))
            return
        spec = STEPS[n]
        self._show("people", spec.people == "talker" or n in (16, 17, 24))
        who = {2: self.tr("Who talked *"), 16: self.tr("Who talked *"), 17: self.tr("Approved by"),
               24: self.tr("Approved by")}
        self._label("people", who.get(n, self.tr("Who")))
        self._show("member_ids", spec.people in ("contacts", "introducers"))
        self._label("member_ids", self.tr("Introducers (2 full members) *") if spec.people == "introducers"
                    else self.tr("Contact persons (1–2) *"))
        self.meeting.clear()
        if spec.meeting:
            self.meeting.addItem(self.tr("(not linked to a recorded meeting)"), None)
            for mid, text, _on in self.svc.meetings(n):
                self.meeting.addItem(text, mid)
        self._show("meeting_id", bool(spec.meeting))
        self.outcome.clear()
        self.outcome.addItems(["", *spec.results] if spec.results else [])
        self._show("result", bool(spec.results))
        for k in ("days", "hours"):
            self._show(k, spec.training)
        self._show("months", n == 23)
        self.months.setEnabled(False)
        for k in ("posted_from", "posted_to"):
            self._show(k, spec.posting)
        self.form.setRowVisible(self.workdays, spec.posting)
        limits = [lim.words(date.today()) for lim in self.svc.limits(self.person) if lim.step == n]
        self.hint.setText(self.tr("Stage {0}: {1}").format(spec.stage, stage_name(spec.stage)) + "\n"
                          + self.tr("Source: {0}").format(spec.source) + ("\n" + clauses(limits) if limits else ""))
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
            self.workdays.setStyleSheet(f"color: {GREEN if c.days >= need else RED};")
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
        dates = self.dates("done_on", "posted_from", "posted_to")
        if dates is None:
            return
        inp = StepInput(
            n, dates["done_on"], people=self.people.text() if self.form.isRowVisible(self.people) else "",
            member_ids=self.checked_members() if spec.people in ("contacts", "introducers") else [],
            meeting_id=self.meeting.currentData() if spec.meeting else None,
            result=self.outcome.currentText() if spec.results else "",
            days=self.days.value() if spec.training else None, hours=self.hours.value() if spec.training else None,
            months=self.months.value() if n == 23 and self.outcome.currentText() == "延长预备期" else None,
            posted_from=dates["posted_from"] if spec.posting else None,
            posted_to=dates["posted_to"] if spec.posting else None,
            documents=self.documents.text(), detail=self.detail.toPlainText())
        def write() -> None:
            self.saved = self.svc.record(self.person.id, inp)
        if not self.attempt(write):
            return
        if self.saved.warning:  # recorded; the rule says "generally not": say so once
            QMessageBox.warning(self, self.windowTitle(), self.saved.warning)
        self.accept()


class DevelopmentPage(BookPage):
    book_key = "development"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.names: dict[int, str] = {}  # roster member id → name, for contact persons and introducers
        self.model = PeopleModel(self)
        self.proxy = FilterProxy(person_shown, self, text="", role="")
        self.proxy.setSourceModel(self.model)
        self.search_field(self.tr("Search name (pinyin initials work)"), self.proxy)
        self.role = QComboBox()
        self.role.addItem(self.tr("Everyone"), "")
        for r in ("入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员", "终止", "取消预备党员资格"):
            self.role.addItem(term(r), r)
        self.role.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(role=self.role.currentData()))
        self.table = self.table_view(self.proxy)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.record_step())
        self.steps = StepsModel(self)
        self.steps_view = self.table_view(self.steps)
        self.steps_view.setWordWrap(True)
        self.steps_view.doubleClicked.connect(self._step_clicked)
        self.person_label = QLabel()
        self.person_label.setStyleSheet("font-weight: bold;")
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_person())
        self.add_actions((
            Act("new", self.tr("New applicant…"), self.new_person, QKeySequence.StandardKey.New),
            Act("step", self.tr("Record next step…"), self.record_step, shortcuts.key("development", "step")),
            Act("edit", self.tr("Edit details…"), self.edit_person, shortcuts.key("development", "edit")),
            Act("takeback", self.tr("Take back last step"), self.take_back, more=True),
            Act("stop", self.tr("Stop (withdrawn)…"), self.stop, more=True),
            Act("delete", self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete)))
        self.add_undo_actions()
        self.add_print_menu()
        self.year_box(tip=self.tr("Year of the printed rosters"))
        self.lay_out(self.search, self.role, self.year, body=self.split(
            self.table, self.panel(self.person_label, self.steps_view, stretch=1), sizes=[220, 560], vertical=True))

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        return [(self.tr("Full-process record of this person…"), self._record_form),
                (self.tr("Yearly rosters (applicants, activists, candidates, new members)…"), dict)]

    def _record_form(self) -> dict[str, Any] | None:
        p = self._need()
        return None if p is None else {"record": p.uuid, "file_name": p.name}

    def read_args(self) -> None:  # everyone, every year
        return None

    def read(self, _args: None) -> tuple[list[PersonRow], dict[int, list[Limit]], dict[int, str]]:
        svc = DevelopmentService(self.ctx.ws)
        people = svc.list_people()
        std = svc.rules()
        names = RosterService(self.ctx.ws).names()
        return people, {p.id: svc.limits(p, std) for p in people}, names

    def show_data(self, data: tuple[list[PersonRow], dict[int, list[Limit]], dict[int, str]]) -> None:
        people, limits, self.names = data
        keep = self.selected()
        self.steps.today = date.today()
        self.model.show(people, limits, self.steps.today)
        if keep is not None:
            self.select(keep.id)
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.show_person()

    def selected(self) -> PersonRow | None:
        p: PersonRow | None = self.row_at(self.table)
        return p

    def select(self, person_id: int) -> None:
        self.select_where(self.table, lambda p: p.id == person_id)

    def open_person(self, person_id: int) -> None:
        """From the 工作台: show this person (clearing filters that would hide them)."""
        self.ensure_loaded()
        self.search.clear()
        self.role.setCurrentIndex(0)
        self.when_shown(lambda: self.select(person_id))

    def show_person(self) -> None:
        p = self.selected()
        self.steps.show(p, self.model.limits.get(p.id, []) if p else [], self.names)
        if p is None:
            self.person_label.setText(self.tr("Nobody selected"))
            return
        i = p.input
        self.person_label.setText(f"{p.name}　{term(i.gender)}　{i.birth_date or ''}　{i.job}　— {term(p.role)}"
                                  + (aside(p.outcome_on) if p.outcome else ""))
        self.steps_view.resizeRowsToContents()

    def _need(self) -> PersonRow | None:
        p: PersonRow | None = self.need(self.selected(), self.tr("Choose a person first."))
        return p

    def _step_clicked(self, idx: Any) -> None:
        if self.steps.data(idx, ROW_ROLE) is None and self.selected() is not None:
            self.record_step(self.steps.rows[idx.row()][0])

    # -- actions ---------------------------------------------------------------------------------
    def new_person(self) -> None:
        self.open_dialog(PersonDialog(self.ctx, None, self), self._saved_person)

    def _saved_person(self) -> None:
        if (saved := getattr(self.dialog, "saved", None)) is not None:
            self.select(saved.id)

    def edit_person(self) -> None:
        p = self._need()
        if p is not None:
            self.open_dialog(PersonDialog(self.ctx, p, self), self._saved_person)

    def record_step(self, step: int | None = None) -> None:
        p = self._need()
        if p is None:
            return
        if not DevelopmentService(self.ctx.ws).next_steps(p):
            self.say(self.tr("{0}: every step is recorded.").format(p.name))
            return
        self.open_dialog(StepDialog(self.ctx, p, self, step if isinstance(step, int) else None))

    def take_back(self) -> None:
        p = self._need()
        if p is None or not p.steps:
            return
        last = max(p.steps, key=lambda s: s.id)
        if QMessageBox.question(self, self.tr("Recruitment"), self.tr("Take back step {0} “{1}” of {2}?").format(
                last.step, last.name, last.done_on)) == QMessageBox.StandardButton.Yes:
            self.attempt(lambda: DevelopmentService(self.ctx.ws).delete_step(last.id))

    def stop(self) -> None:
        p = self._need()
        if p is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Stop"), self.tr("Why does {0} not go on (e.g. withdrew the "
                                                                          "application)?").format(p.name))
        if ok:
            self.attempt(lambda: DevelopmentService(self.ctx.ws).stop(p.id, date.today(), reason))

    def delete(self) -> None:
        """Into the recycle bin; Ctrl+Z brings the person back."""
        p = self._need()
        if p is None:
            return
        svc = DevelopmentService(self.ctx.ws)
        self.to_bin(self.tr("delete {0}").format(p.name), lambda: svc.delete(p.id), lambda: svc.restore(p.id),
                    self.tr("{0} moved to the recycle bin. Ctrl+Z undoes.").format(p.name))
