"""Every member's attendance for a year: meetings due, attended, on leave, rate, missed in a row."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from models.services.meetings import MeetingService
from ui.context import AppContext


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        year = year or date.today().year
        self.setWindowTitle(self.tr("Attendance {0}").format(year))
        self.resize(640, 600)
        rows = MeetingService(ctx.ws).attendance_by_member(date(year, 1, 1), min(date(year, 12, 31), date.today()))
        self.table = QTableWidget(len(rows), 6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Due"), self.tr("Present"), self.tr("On leave"),
                                              self.tr("Rate"), self.tr("Missed in a row")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, a in enumerate(rows):
            for c, v in enumerate((a.name, a.due, a.present, a.leave, a.rate, a.missed_in_a_row)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, f"{v:.0%}" if isinstance(v, float) else v)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
