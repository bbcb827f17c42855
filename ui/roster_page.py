"""党员花名册 page: the list with search and filters, and the actions on members."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.i18n import term
from models.member import MemberCategory, MemberStatus
from models.services.dto import MemberRow
from models.services.roster import RosterService
from ui import shortcuts
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.member_dialog import LeaveDialog, MemberDialog
from ui.table_models import MemberFilterProxy, MemberTableModel


class RosterPage(BookPage):
    book_key = "roster"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_field(self.tr("Search name or pinyin initials (e.g. zs)  Ctrl+F"), self.proxy)
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(self._filters_changed)
        self.status = QComboBox()
        self.status.addItem(self.tr("All memberships"), "")
        for s in MemberStatus:
            self.status.addItem(term(s.value), s.value)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for c in MemberCategory:
            self.category.addItem(term(c.value), c.value)
        self.category.currentIndexChanged.connect(self._filters_changed)
        self.show_left = QCheckBox(self.tr("Show members who left"))
        self.show_left.toggled.connect(self._filters_changed)
        self.count = QLabel()

        self.table = self.table_view(self.proxy)
        self.table.sortByColumn(MemberTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)

        self.add_actions((
            Act("new", self.tr("New member"), self.new_member, QKeySequence.StandardKey.New),
            Act("edit", self.tr("Edit"), self.edit_member, QKeySequence(Qt.Key.Key_Return)),
            Act("leave", self.tr("Leaves branch…"), self.leave_member),
            Act("restore", self.tr("Undo leaving…"), self.restore_member, more=True),
            Act("discipline", self.tr("Discipline and membership…"), self.discipline_member, more=True)))
        self.add_actions((
            Act("groups", self.tr("Party groups…"), self.edit_groups, more=True),
            Act("import", self.tr("Import…"), self.import_roster, shortcuts.key("roster", "import"), more=True),
            Act("export", self.tr("Export to Excel…"), self.export_roster, shortcuts.key("roster", "export"), more=True)))
        self.add_print_menu()

        filters = self.row(self.search, self.group, self.status, self.category, self.show_left, self.count)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.bar)
        lay.addWidget(self.message)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        self.ensure_loaded()

    def read_args(self) -> None:
        return None

    def read(self, _args: None) -> tuple[list[MemberRow], list[str]]:
        roster = RosterService(self.ctx.ws)
        return roster.list_members(include_left=True), [g.name for g in roster.groups()]

    def show_data(self, data: tuple[list[MemberRow], list[str]]) -> None:
        members, groups = data
        self.model.set_rows(members)
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), "")
        for g in groups:
            self.group.addItem(g, g)
        i = self.group.findData(current)
        self.group.setCurrentIndex(max(i, 0))
        self.group.blockSignals(False)
        self._update_count()

    def _filters_changed(self) -> None:
        self.proxy.set_filter(group=self.group.currentData() or "", status=self.status.currentData() or "",
                              category=self.category.currentData() or "", show_left=self.show_left.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0} shown").format(self.proxy.rowCount()))

    def selected(self) -> MemberRow | None:
        m: MemberRow | None = self.row_at(self.table)
        return m

    def new_member(self) -> None:
        d = MemberDialog(self.ctx, None, self)
        if d.exec():
            self.changed()
            self.select(d.saved)

    def edit_member(self) -> None:
        m = self.selected()
        if m is None:
            return
        d = MemberDialog(self.ctx, self.ctx.roster.get(m.id), self)
        if d.exec():
            self.changed()
            self.select(d.saved)

    def select(self, m: MemberRow | None) -> None:
        if m is not None:
            self.select_where(self.table, lambda r: r.id == m.id)

    def leave_member(self) -> None:
        m = self.selected()
        if m is None or not m.active:
            return
        if LeaveDialog(self.ctx, m, self).exec():
            self.changed()

    def restore_member(self) -> None:
        m = self.selected()
        if m is None or m.active:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Undo leaving"),
                                          self.tr("Why is {0} back on the roster?").format(m.name))
        if ok and reason.strip():
            try:
                self.ctx.roster.restore(m.id, reason.strip())
            except Exception as exc:  # UserError, shown with its message
                self.ctx.show_error(exc, self)
                return
            self.changed()

    def discipline_member(self) -> None:
        """留党察看 / 恢复党员权利 (党章第四十一条) and 除名 after 停止党籍 (党员教育管理工作条例第二十四条), each with its date
        and decision, kept in the member's history."""
        from models.errors import UserError
        from models.rules.dates import BadDate, parse_date

        m = self.selected()
        if m is None:
            return
        choices = [self.tr("留党察看 (probation in the Party)"), self.tr("恢复党员权利 (rights restored)"),
                   self.tr("除名 (struck off after 停止党籍)")]
        choice, ok = QInputDialog.getItem(self, m.name, self.tr("What was decided?"), choices, 0, False)
        if not ok:
            return
        text, ok = QInputDialog.getText(self, m.name, self.tr("Date of the decision (年-月-日)"))
        if not ok:
            return
        try:
            on = parse_date(text.strip())
        except BadDate:
            QMessageBox.warning(self, m.name, self.tr("“{0}” is not a real date").format(text))
            return
        if on is None:
            return
        decision, ok = QInputDialog.getText(self, m.name, self.tr("The decision (who decided, document number):"))
        if not ok:
            return
        try:
            if choice == choices[0]:
                years, ok = QInputDialog.getInt(self, m.name, self.tr("For how many years (1 or 2)?"), 1, 1, 2)
                if not ok:
                    return
                self.ctx.roster.discipline(m.id, on, years, decision)
            elif choice == choices[1]:
                self.ctx.roster.restore_rights(m.id, on, decision)
            else:
                self.ctx.roster.strike_off(m.id, on, decision)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return
        self.changed()

    def edit_groups(self) -> None:
        from ui.groups_dialog import GroupsDialog

        GroupsDialog(self.ctx, self).exec()
        self.changed()

    def import_roster(self) -> None:
        from ui.import_dialog import ImportDialog

        if ImportDialog(self.ctx, self).exec():
            self.changed()

    def export_roster(self) -> None:
        from exchange.roster_export import export_roster

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export roster"), self.tr("roster.xlsx"), "Excel (*.xlsx)")
        if not target:
            return
        rows = self.ctx.roster.list_members()
        profile = self.ctx.profile.get()
        name = profile.name if profile else ""
        self.ctx.tasks.run(
            lambda _p: export_roster(rows, Path(target), name, mask_ids=True),
            lambda out: self.say(self.tr("Saved to {0}").format(out)),
            label=self.tr("Exporting the roster…"), parent=self,
        )

    def print_roster(self) -> None:
        self.print_form("roster")
