"""Add or edit one member (book 2), and record a member leaving. Keyboard first: Tab through, Ctrl+S saves."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, ValidationError
from models.member import (
    COMMITTEE_ROLES,
    EDUCATIONS,
    ETHNIC_GROUPS,
    GENDERS,
    GROUP_ROLES,
    LeaveKind,
    MemberCategory,
    MemberStatus,
)
from models.rules.dates import BadDate
from models.rules.idcard import birth_date_of, gender_of, id_problem, normalise_id
from models.rules.roster import label
from models.services.dto import MemberInput, MemberRow
from ui.context import AppContext
from ui.widgets import DateField, combo_value, error_label, set_choice, show_field_issues, term_choice


def ethnicity_combo(value: str = "汉族") -> QComboBox:
    """民族: the 56 names of GB 3304-91 in its order (typing a name or its first characters finds it); a stored value
    outside the list stays shown, so nothing is changed by opening a record."""
    c = term_choice(ETHNIC_GROUPS)
    set_ethnicity(c, value)
    return c


def set_ethnicity(c: QComboBox, value: str) -> None:
    if value and c.findText(value) < 0:
        c.addItem(value)
    set_choice(c, value or "汉族")


def fill_from_id(id_number: str, birth: DateField, gender: QComboBox) -> None:
    """Birth date and sex read from a valid ID number, where the form does not have them yet."""
    s = normalise_id(id_number)
    if id_problem(s) is None:
        if not birth.edit.text():
            birth.set_date(birth_date_of(s))
        if not combo_value(gender):
            set_choice(gender, gender_of(s))


class MemberDialog(QDialog):
    def __init__(self, ctx: AppContext, member: MemberRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.saved: MemberRow | None = None
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("New member"))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 characters; birth date and gender are filled from it"))
        self.gender = term_choice(GENDERS, blank=True)
        self.ethnicity = ethnicity_combo()
        self.birth_date = DateField()
        self.education = term_choice(EDUCATIONS, editable=True, blank=True)
        self.job = QLineEdit()
        self.join_date = DateField()
        self.full_date = DateField()
        self.status = term_choice([s.value for s in MemberStatus])
        self.category = term_choice([c.value for c in MemberCategory])
        self.group = term_choice([g.name for g in ctx.roster.groups()], editable=True, blank=True)
        self.committee_role = term_choice(COMMITTEE_ROLES, blank=True)
        self.group_role = term_choice(GROUP_ROLES, blank=True)
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.fields: dict[str, QWidget] = {
            "name": self.name, "id_number": self.id_number, "gender": self.gender, "ethnicity": self.ethnicity,
            "birth_date": self.birth_date, "education": self.education, "job": self.job,
            "join_date": self.join_date, "full_date": self.full_date, "status": self.status,
            "category": self.category, "group": self.group, "committee_role": self.committee_role,
            "group_role": self.group_role, "phone": self.phone, "notes": self.notes,
        }
        form = QFormLayout()
        for key, w in self.fields.items():
            text = label(key)
            if key in ("name", "gender", "birth_date", "join_date", "status", "category"):
                text += " *"
            form.addRow(text, w)
        self.id_number.editingFinished.connect(self._fill_from_id)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed(combo_value(self.status)))

        self.errors = error_label()
        tabs = QTabWidget()
        page = QWidget()
        v = QVBoxLayout(page)
        v.addLayout(form)
        tabs.addTab(page, self.tr("Details"))
        if member is not None:
            hist = QListWidget()
            for e in ctx.roster.history(member.id):
                hist.addItem(f"{e.happened_on or ''}  {e.kind}  {e.detail}")
            tabs.addTab(hist, self.tr("History"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        if member is not None:
            self.load(member.to_input())
        self._status_changed(combo_value(self.status))
        self.name.setFocus()

    def load(self, m: MemberInput) -> None:
        self.name.setText(m.name)
        self.id_number.setText(m.id_number)
        set_choice(self.gender, m.gender)
        set_ethnicity(self.ethnicity, m.ethnicity)
        self.birth_date.set_date(m.birth_date)
        set_choice(self.education, m.education)
        self.job.setText(m.job)
        self.join_date.set_date(m.join_date)
        self.full_date.set_date(m.full_date)
        set_choice(self.status, m.status)
        set_choice(self.category, m.category)
        set_choice(self.group, m.group)
        set_choice(self.committee_role, m.committee_role)
        set_choice(self.group_role, m.group_role)
        self.phone.setText(m.phone)
        self.notes.setPlainText(m.notes)

    def _status_changed(self, status: str) -> None:
        self.full_date.setEnabled(status == MemberStatus.FULL)

    def _fill_from_id(self) -> None:
        fill_from_id(self.id_number.text(), self.birth_date, self.gender)

    def entry(self) -> tuple[MemberInput, list[FieldIssue]]:
        issues: list[FieldIssue] = []
        dates: dict[str, date | None] = {}
        for key in ("birth_date", "join_date", "full_date"):
            w = self.fields[key]
            assert isinstance(w, DateField)
            try:
                dates[key] = w.date() if w.isEnabled() else None
            except BadDate as bad:
                dates[key] = None
                issues.append(FieldIssue(key, self.tr("{0}: “{1}” is not a real date").format(label(key), bad.text)))
        m = MemberInput(
            name=self.name.text(), gender=combo_value(self.gender), ethnicity=self.ethnicity.currentText(),
            birth_date=dates["birth_date"], id_number=self.id_number.text(), education=combo_value(self.education),
            job=self.job.text(), join_date=dates["join_date"], full_date=dates["full_date"],
            status=combo_value(self.status), category=combo_value(self.category), group=self.group.currentText(),
            committee_role=self.committee_role.currentText(), group_role=self.group_role.currentText(),
            phone=self.phone.text(), notes=self.notes.toPlainText(),
        )
        return m, issues

    def show_issues(self, issues: list[FieldIssue]) -> None:
        show_field_issues(self.fields, self.errors, issues)

    def save(self) -> None:
        m, issues = self.entry()
        if issues:  # every field's problem at once, in the form's order — not the dates first and the rest later
            from models.rules.roster import normalise, validate_member

            self.show_issues(issues + validate_member(normalise(m))[0])
            return
        try:
            if self.member is None:
                self.saved = self.ctx.roster.add(m)
            else:
                self.saved = self.ctx.roster.update(self.member.id, m, expected_version=self.member.version)
        except ValidationError as exc:
            self.show_issues(exc.issues)
            return
        self.accept()


class LeaveDialog(QDialog):
    """转出/去世/出党/停止党籍, with the date and the reason; the member stays in the history."""

    def __init__(self, ctx: AppContext, member: MemberRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.member = ctx, member
        self.setWindowTitle(self.tr("{0} leaves the branch").format(member.name))
        self.kind = term_choice([k.value for k in LeaveKind])
        self.on = DateField()
        self.on.set_date(date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. transferred to the branch of ..."))
        form = QFormLayout()
        form.addRow(self.tr("How"), self.kind)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def save(self) -> None:
        try:
            on = self.on.date()
        except BadDate as bad:
            self.errors.setText(self.tr("Date: “{0}” is not a real date").format(bad.text))
            self.errors.show()
            return
        if on is None:
            self.errors.setText(self.tr("Date: required"))
            self.errors.show()
            return
        from ui.forms import confirm_lock

        if not confirm_lock(self, self.windowTitle(), self.tr(
                "{0} leaves the branch on {1} ({2})? From then on {0} is off the roster, the sign-in sheets and the "
                "dues; the records up to that day stay.").format(self.member.name, on, self.kind.currentText()),
                self.tr("Leaves the branch")):
            return
        try:
            self.ctx.roster.leave(self.member.id, combo_value(self.kind), on, self.reason.text())
        except ValidationError as exc:
            self.errors.setText("\n".join(i.message for i in exc.issues))
            self.errors.show()
            return
        self.accept()
