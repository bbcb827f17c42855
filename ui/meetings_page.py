"""三会一课 page (books 3–7): every meeting, filtered by kind and year, full-text search over the minutes
with highlighted snippets, the recycle bin, and printing."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.meeting import KIND_NAMES, MeetingKind
from models.rules.periods import parse_period
from models.services.meetings import MeetingRow, MeetingService, kind_name
from ui.context import AppContext
from ui.table_models import ROW_ROLE, SORT_ROLE, MeetingTableModel


class MeetingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = MeetingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the minutes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda t: self.reload() if not t else None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in MeetingKind:
            self.kind.addItem(kind_name(k), k.value)
        self.kind.currentIndexChanged.connect(self.reload)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self.reload)
        self.bin = QCheckBox(self.tr("Recycle bin"))
        self.bin.toggled.connect(self.reload)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        bar = QToolBar()
        new_btn = QToolButton()
        new_btn.setText(self.tr("New record"))
        new_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(new_btn)
        for k in MeetingKind:
            a = menu.addAction(kind_name(k))
            a.triggered.connect(lambda _=False, kk=k.value: self.new_meeting(kk))
        new_btn.setMenu(menu)
        bar.addWidget(new_btn)
        self._action(bar, self.tr("Open"), QKeySequence(Qt.Key.Key_Return), self.open_selected)
        self.act_delete = self._action(bar, self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete),
                                       self.delete_selected)
        self.act_restore = self._action(bar, self.tr("Restore from bin"), None, self.restore_selected)
        bar.addSeparator()
        self._action(bar, self.tr("Print record"), QKeySequence.StandardKey.Print, self.print_selected)
        self._action(bar, self.tr("Print list…"), None, self.print_list)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.year)
        filters.addWidget(self.bin)
        filters.addWidget(self.count)
        title = QLabel(self.tr("Meetings (三会一课)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(bar)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        self._fill_years()
        self.loaded = False
        self.follower = ctx.follow(self, self._changed)

    def showEvent(self, e: object) -> None:  # noqa: N802
        """Load on first show: the program opens on the 工作台, and start-up should not wait for this list."""
        if not self.loaded:
            self.reload()
        super().showEvent(e)  # type: ignore[arg-type]

    def _changed(self) -> None:
        if self.loaded:
            self.reload()

    def _action(self, bar: QToolBar, text: str, key, slot) -> QAction:  # type: ignore[no-untyped-def]
        a = QAction(text, self)
        if key is not None:
            a.setShortcut(key)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        bar.addAction(a)
        self.addAction(a)
        return a

    def _fill_years(self) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), "")
        this = date.today().year
        for y in range(this, this - 11, -1):
            self.year.addItem(str(y), str(y))
        self.year.setCurrentIndex(1)
        self.year.blockSignals(False)

    def reload(self) -> None:
        self.loaded = True
        svc = MeetingService(self.ctx.ws)
        period = parse_period(self.year.currentData()) if self.year.currentData() else None
        kinds = (self.kind.currentData(),) if self.kind.currentData() else ()
        text = self.search.text().strip()
        if text and not self.bin.isChecked():
            hits = svc.search(text, period, kinds)
            self.model.set_rows([h.row for h in hits], {h.row.id: h.snippet for h in hits})
            self.table.setColumnHidden(MeetingTableModel.SNIPPET, False)
        else:
            self.model.set_rows(svc.list_meetings(period, kinds, deleted=self.bin.isChecked()))
            self.table.setColumnHidden(MeetingTableModel.SNIPPET, True)
        self.act_delete.setEnabled(not self.bin.isChecked())
        self.act_restore.setEnabled(self.bin.isChecked())
        self.count.setText(self.tr("{0} shown").format(self.proxy.rowCount()))

    def selected(self) -> MeetingRow | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, ROW_ROLE) if idx.isValid() else None

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
        r = self.selected()
        if r is None or r.deleted:
            return
        MeetingService(self.ctx.ws).delete(r.id)
        self.ctx.data_changed.emit()
        self.count.setText(self.tr("Moved to the recycle bin: {0} {1}. Tick “Recycle bin” to restore it.").format(
            r.held_on, KIND_NAMES[r.kind][0]))

    def restore_selected(self) -> None:
        r = self.selected()
        if r is not None and r.deleted:
            MeetingService(self.ctx.ws).restore(r.id)
            self.ctx.data_changed.emit()

    def print_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        from reports.meetings import render_meeting
        from ui.pdf_preview import print_in_background

        ws = self.ctx.ws
        print_in_background(self.ctx, self, lambda out, fs: render_meeting(ws, r.id, out, fs),
                            f"{kind_name(r.kind)}{r.held_on}.pdf", self.tr("Preparing the record for printing…"))

    def print_list(self) -> None:
        from reports.meetings import render_meeting_list
        from ui.pdf_preview import print_in_background

        year = self.year.currentData() or str(date.today().year)
        period = parse_period(year)
        ws = self.ctx.ws
        if not MeetingService(ws).list_meetings(period):
            QMessageBox.information(self, self.tr("Print list"), self.tr("No meetings recorded in {0}.").format(year))
            return
        print_in_background(self.ctx, self, lambda out, fs: render_meeting_list(ws, period, out, fs),
                            f"三会一课登记表{year}.pdf", self.tr("Preparing the list…"))
