"""三会一课 page (books 3–7): every meeting, filtered by kind and year, full-text search over the minutes
with highlighted snippets, the recycle bin, and printing."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.books import FormSpec
from models.meeting import KIND_NAMES, MeetingKind
from models.rules.periods import parse_period
from models.services.meetings import MeetingRow, MeetingService, kind_name
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.table_models import FilterProxy, MeetingTableModel


def _all(_r: object, _f: dict[str, object]) -> bool:
    return True  # the list is filtered when read (kind, year, search); the proxy sorts


class MeetingsPage(BookPage):
    book_key = "meetings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = MeetingTableModel(self)
        self.proxy = FilterProxy(_all, self)
        self.proxy.setSourceModel(self.model)
        self.search_field(self.tr("Search the minutes (Ctrl+F)"), self.proxy)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda t: self.reload() if not t else None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in MeetingKind:
            self.kind.addItem(kind_name(k), k.value)
        self.kind.currentIndexChanged.connect(self.reload)
        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), "")
        this = date.today().year
        for y in range(this, this - 11, -1):
            self.year.addItem(str(y), str(y))
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.reload)
        self.bin = QCheckBox(self.tr("Recycle bin"))
        self.bin.toggled.connect(self.reload)
        self.count = QLabel()

        self.table = self.table_view(self.proxy)
        self.table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        new_btn = QToolButton()
        new_btn.setText(self.tr("New record"))
        new_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(new_btn)
        for k in MeetingKind:
            a = menu.addAction(kind_name(k))
            a.triggered.connect(lambda _=False, kk=k.value: self.new_meeting(kk))
        new_btn.setMenu(menu)
        self.bar.addWidget(new_btn)
        self.add_actions((
            Act("open", self.tr("Open"), self.open_selected, QKeySequence(Qt.Key.Key_Return)),
            Act("delete", self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete),
            Act("restore", self.tr("Restore from bin"), self.restore_selected, more=True)))
        self.add_undo_actions()
        self.bar.addSeparator()
        self.add_print_menu(default="meeting")

        filters = self.row(self.search, self.kind, self.year, self.bin, self.count)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.bar)
        lay.addWidget(self.message)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        if spec.key == "meeting":
            return [(self.tr("Record of the selected meeting…"), self._record)]
        if spec.key == "signin":
            return [(self.tr("Sign-in sheet for the selected meeting…"), self._signin)]
        if spec.key == "meetings":
            return [(self.tr("Register of the year's meetings…"), self._register)]
        return super().print_variants(spec)

    def _record(self) -> dict[str, Any] | None:
        r = self.need(self.selected(), self.tr("Choose a meeting in the list first."))
        return None if r is None else {"record": r.uuid, "file_name": f"-{kind_name(r.kind)}{r.held_on}"}

    def _signin(self) -> dict[str, Any] | None:
        r = self.need(self.selected(), self.tr("Choose a meeting in the list first."))
        return None if r is None else {"kind": r.kind, "day": r.held_on, "file_name": f"-{kind_name(r.kind)}{r.held_on}"}

    def _register(self) -> dict[str, Any] | None:
        year = self.current_year()
        if not MeetingService(self.ctx.ws).list_meetings(parse_period(str(year))):
            self.say(self.tr("No meetings recorded in {0}.").format(year), error=True)
            return None
        return {}

    def read_args(self) -> tuple[str, str, str, bool]:
        return self.year.currentData() or "", self.kind.currentData() or "", self.search.text().strip(), \
            self.bin.isChecked()

    def read(self, args: tuple[str, str, str, bool]) -> tuple[list[MeetingRow], dict[int, str] | None]:
        year, kind, text, in_bin = args
        svc = MeetingService(self.ctx.ws)
        period = parse_period(year) if year else None
        kinds = (kind,) if kind else ()
        if text and not in_bin:
            hits = svc.search(text, period, kinds)
            return [h.row for h in hits], {h.row.id: h.snippet for h in hits}
        return svc.list_meetings(period, kinds, deleted=in_bin), None

    def show_data(self, data: tuple[list[MeetingRow], dict[int, str] | None]) -> None:
        rows, snippets = data
        self.model.set_rows(rows, snippets)
        self.table.setColumnHidden(MeetingTableModel.SNIPPET, snippets is None)
        self.acts["delete"].setEnabled(not self.bin.isChecked())
        self.acts["restore"].setEnabled(self.bin.isChecked())
        self.count.setText(self.tr("{0} shown").format(self.proxy.rowCount()))

    def selected(self) -> MeetingRow | None:
        r: MeetingRow | None = self.row_at(self.table)
        return r

    def new_meeting(self, kind: str, on: date | None = None, group_id: int | None = None) -> None:
        from ui.meeting_dialog import MeetingDialog

        self.dialog = MeetingDialog(self.ctx, kind, None, self, on=on, group_id=group_id)
        self.dialog.open()

    def open_meeting(self, meeting_id: int) -> None:
        from ui.meeting_dialog import MeetingDialog

        self.dialog = MeetingDialog(self.ctx, meeting_id=meeting_id, parent=self)
        self.dialog.open()

    def open_selected(self) -> None:
        r = self.selected()
        if r is not None and not r.deleted:
            self.open_meeting(r.id)

    def delete_selected(self) -> None:
        """Into the recycle bin; Ctrl+Z (or “Restore from bin”) brings it back."""
        r = self.selected()
        if r is None or r.deleted:
            return
        svc = MeetingService(self.ctx.ws)
        self.to_bin(self.tr("delete {0}").format(f"{r.held_on} {KIND_NAMES[r.kind][0]}"), lambda: svc.delete(r.id),
                    lambda: svc.restore(r.id),
                    self.tr("Moved to the recycle bin: {0} {1}. Ctrl+Z undoes.").format(r.held_on, KIND_NAMES[r.kind][0]))

    def restore_selected(self) -> None:
        r = self.selected()
        if r is not None and r.deleted:
            MeetingService(self.ctx.ws).restore(r.id)
            self.changed()

    def print_selected(self) -> None:
        self.print_form("meeting", self._record)
