"""支部基本情况 page (book 1): the profile form, party groups, and printing the 支部基本情况表."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.books import FormSpec
from models.branch import BranchType
from models.errors import FieldIssue, ValidationError
from models.i18n import pick, term
from models.rules.dates import BadDate
from models.services.dto import BranchProfile
from models.services.profile import PROFILE_LABELS
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.widgets import DateField, error_label, show_field_issues


class ProfileForm(QWidget):
    """The profile fields, shared by the set-up dialog and the profile page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the full name, as on the branch's seal"))
        self.branch_type = QComboBox()
        for t in BranchType:
            self.branch_type.addItem(term(t.value), t.value)
        self.superior = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("letters and digits, given by the superior committee"))
        self.address = QLineEdit()
        self.founded_on = DateField()
        self.term_started_on = DateField()
        # 启用日期: set at set-up (default the first of this month); later changed only with a reason (a button)
        self.records_from = DateField()
        self.records_from.set_date(date.today().replace(day=1))
        self.records_from.setToolTip(self.tr("The day the branch starts keeping its books here: duties before it are "
                                             "shown as “before the start”, never overdue, and dues fall due from it."))
        self.fields: dict[str, QWidget] = {
            "name": self.name, "branch_type": self.branch_type, "superior": self.superior, "code": self.code,
            "address": self.address, "founded_on": self.founded_on, "term_started_on": self.term_started_on,
            "records_from": self.records_from,
        }
        form = QFormLayout(self)
        for key, w in self.fields.items():
            text = pick(*PROFILE_LABELS[key])
            form.addRow(text + (" *" if key in ("name", "superior", "code") else ""), w)
        self.errors = error_label()
        form.addRow(self.errors)
        self.uuid = ""

    def load(self, p: BranchProfile) -> None:
        self.name.setText(p.name)
        self.branch_type.setCurrentIndex(max(0, self.branch_type.findData(p.branch_type)))
        self.superior.setText(p.superior)
        self.code.setText(p.code)
        self.address.setText(p.address)
        self.founded_on.set_date(p.founded_on)
        self.term_started_on.set_date(p.term_started_on)
        self.records_from.set_date(p.records_from)
        self.records_from.setEnabled(False)  # an existing branch changes it with a reason
        self.uuid = p.uuid

    def value(self) -> tuple[BranchProfile, list[FieldIssue]]:
        issues = []
        dates: dict[str, date | None] = {}
        for key in ("founded_on", "term_started_on", "records_from"):
            w = self.fields[key]
            assert isinstance(w, DateField)
            try:
                dates[key] = w.date()
            except BadDate as bad:
                dates[key] = None
                issues.append(FieldIssue(key, self.tr("{0}: “{1}” is not a real date").format(
                    pick(*PROFILE_LABELS[key]), bad.text)))
        p = BranchProfile(self.name.text(), str(self.branch_type.currentData()), self.superior.text(), self.code.text(),
                          self.address.text(), dates["founded_on"], dates["term_started_on"], uuid=self.uuid,
                          records_from=dates["records_from"])
        return p, issues

    def show_issues(self, issues: list[FieldIssue]) -> None:
        show_field_issues(self.fields, self.errors, issues)

    def save_to(self, ctx: AppContext) -> bool:
        """Save through the profile service; on refusal mark the fields and say why."""
        p, issues = self.value()
        try:
            if issues:
                raise ValidationError(issues)
            ctx.profile.save(p)
        except ValidationError as exc:
            self.show_issues(exc.issues)
            return False
        self.show_issues([])
        return True


class ProfilePage(BookPage):
    book_key = "profile"
    follows_changes = False  # the form may hold unsaved typing: read again only for another workspace

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form = ProfileForm()
        self.add_actions((
            Act("save", self.tr("Save"), self.save, QKeySequence.StandardKey.Save),
            Act("groups", self.tr("Party groups…"), self.edit_groups),
            Act("start", self.tr("Change the records start…"), self.change_start)))
        self.add_print_menu()
        self.form.setMaximumWidth(760)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.form)
        lay.addWidget(self.bar)
        lay.addWidget(self.message)
        from ui.committee_box import CommitteeBox

        self.committee = CommitteeBox(ctx)
        self.committee.setMaximumWidth(960)
        lay.addWidget(self.committee)
        lay.addStretch(1)
        self.ensure_loaded()

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        return [(spec.name + "…", self._profile_form)]

    def _profile_form(self) -> dict[str, Any] | None:
        if self.ctx.profile.get() is None:
            self.say(self.tr("Save the profile first."), error=True)
            return None
        return {}

    def reload(self) -> None:
        p = self.ctx.profile.get()
        if p:
            self.form.load(p)

    def save(self) -> None:
        if self.form.save_to(self.ctx):
            self.say(self.tr("Saved."))
            self.changed()

    def change_start(self) -> None:
        """启用日期 moves only with a reason (e.g. history entered for earlier months); it is kept in the history."""
        from PySide6.QtWidgets import QInputDialog

        from models.rules.dates import BadDate, parse_date

        earliest = self.ctx.profile.earliest_record()
        current = self.ctx.profile.records_from()
        hint = self.tr("The earliest record entered is of {0}.").format(earliest) if earliest else ""
        text, ok = QInputDialog.getText(self, self.tr("Records start"), self.tr(
            "New records start (年-月-日). Duties before it are not counted as overdue.") + ("\n" + hint if hint else ""),
            text=str(earliest if earliest and (current is None or earliest < current) else current or ""))
        if not ok or not text.strip():
            return
        try:
            on = parse_date(text.strip())
        except BadDate:
            self.say(self.tr("“{0}” is not a real date").format(text), error=True)
            return
        if on is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Records start"), self.tr("Why does it change?"))
        if not ok:
            return
        try:
            self.ctx.profile.set_records_from(on, reason)
        except ValidationError as exc:
            self.say("\n".join(i.message for i in exc.issues), error=True)
            return
        self.reload()
        self.changed()

    def edit_groups(self) -> None:
        from ui.groups_dialog import GroupsDialog

        GroupsDialog(self.ctx, self).exec()
        self.changed()

    def print_profile(self) -> None:
        self.print_form("profile", self._profile_form)
