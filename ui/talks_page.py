"""谈心谈话 page (book 10): the year's talks, the members nobody has talked with yet, add/edit, recycle bin,
print."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, ValidationError
from models.rules.dates import BadDate
from models.rules.periods import parse_period
from models.services.talks import TalkInput, TalkRow, TalkService
from ui.context import AppContext
from ui.table_models import ROW_ROLE, RowTableModel
from ui.widgets import DateField, error_label, show_field_issues


class TalkTableModel(RowTableModel):
    rows: list[TalkRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Date"), self.tr("Talked with"), self.tr("By"), self.tr("Topic"), self.tr("Follow-up")]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.held_on.isoformat(), r.member, r.talker, r.topic, r.follow_up)[index.column()]
        return None


class TalkDialog(QDialog):
    def __init__(self, ctx: AppContext, talk: TalkRow | None = None, parent: QWidget | None = None,
                 member_id: int | None = None):
        super().__init__(parent)
        self.ctx, self.talk = ctx, talk
        self.setWindowTitle(self.tr("Heart-to-heart talk"))
        self.setMinimumWidth(560)
        members = ctx.roster.list_members()
        self.held_on = DateField()
        self.held_on.set_date(talk.held_on if talk else date.today())
        self.member = QComboBox()
        for m in members:
            self.member.addItem(f"{m.name}（{m.group}）" if m.group else m.name, m.id)
        self.talker = QComboBox()
        self.talker.setEditable(True)
        self.talker.addItems([m.name for m in members if m.committee_role] + [m.name for m in members if not m.committee_role])
        self.place = QLineEdit()
        self.topic = QLineEdit()
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.follow_up = QPlainTextEdit()
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setFixedHeight(70)
        self.fields: dict[str, QWidget] = {"held_on": self.held_on, "member_id": self.member, "talker": self.talker,
                                           "place": self.place, "topic": self.topic, "content": self.content,
                                           "follow_up": self.follow_up}
        labels = {"held_on": self.tr("Date *"), "member_id": self.tr("Talked with *"), "talker": self.tr("By *"),
                  "place": self.tr("Place"), "topic": self.tr("Topic"), "content": self.tr("What was said"),
                  "follow_up": self.tr("Follow-up")}
        form = QFormLayout()
        for k, w in self.fields.items():
            form.addRow(labels[k], w)
        if talk is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(talk.member_id)))
            self.talker.setEditText(talk.talker)
            self.place.setText(talk.place)
            self.topic.setText(talk.topic)
            self.content.setPlainText(talk.content)
            self.follow_up.setPlainText(talk.follow_up)
        elif member_id is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def save(self) -> None:
        try:
            on = self.held_on.date()
        except BadDate as bad:
            show_field_issues(self.fields, self.errors, [FieldIssue("held_on", self.tr(
                "Date: “{0}” is not a real date").format(bad.text))])
            return
        t = TalkInput(on, self.talker.currentText(), self.member.currentData(), self.topic.text(),
                      self.content.toPlainText(), self.follow_up.toPlainText(), self.place.text())
        svc = TalkService(self.ctx.ws)
        try:
            if self.talk is None:
                svc.add(t)
            else:
                svc.update(self.talk.id, t, self.talk.version)
        except ValidationError as exc:
            show_field_issues(self.fields, self.errors, exc.issues)
            return
        self.accept()


class TalksPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = TalkTableModel(self)
        self.year = QComboBox()
        for y in range(date.today().year, date.today().year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.currentIndexChanged.connect(self.reload)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        bar = QToolBar()
        for text, key, slot in ((self.tr("New talk"), QKeySequence.StandardKey.New, self.new),
                                (self.tr("Edit"), QKeySequence(Qt.Key.Key_Return), self.edit),
                                (self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete),
                                (self.tr("Print…"), QKeySequence.StandardKey.Print, self.print_talks)):
            a = QAction(text, self)
            a.setShortcut(key)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            bar.addAction(a)
            self.addAction(a)
        title = QLabel(self.tr("Heart-to-heart talks (谈心谈话)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        top.addWidget(self.year)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.missing)
        lay.addWidget(self.table, 1)
        self.follower = ctx.follow(self, self.reload)
        self.reload()

    def reload(self) -> None:
        year = self.year.currentData() or date.today().year
        svc = TalkService(self.ctx.ws)
        self.model.set_rows(svc.list_talks(parse_period(str(year))))
        missing = svc.not_talked_with(date(year, 1, 1), date(year, 12, 31))
        self.not_talked = missing
        self.missing.setText(self.tr("Nobody has talked with these members in {0} yet: {1}").format(
            year, "、".join(m.name for m in missing)) if missing else self.tr("Every member has had a talk in {0}.").format(year))
        self.missing.setStyleSheet("color: #b9770e;" if missing else "color: #1e7e34;")

    def selected(self) -> TalkRow | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, ROW_ROLE) if idx.isValid() else None

    def new(self, member_id: int | None = None) -> None:
        self.dialog = TalkDialog(self.ctx, None, self, member_id=member_id if isinstance(member_id, int) else None)
        self.dialog.accepted.connect(self.ctx.data_changed.emit)
        self.dialog.open()

    def edit(self) -> None:
        t = self.selected()
        if t is not None:
            self.dialog = TalkDialog(self.ctx, t, self)
            self.dialog.accepted.connect(self.ctx.data_changed.emit)
            self.dialog.open()

    def delete(self) -> None:
        t = self.selected()
        if t is not None:
            TalkService(self.ctx.ws).delete(t.id)
            self.ctx.data_changed.emit()

    def print_talks(self) -> None:
        from reports.people import render_talks
        from ui.pdf_preview import print_in_background

        ws, year = self.ctx.ws, self.year.currentData() or date.today().year
        print_in_background(self.ctx, self, lambda out, fs: render_talks(ws, parse_period(str(year)), out, fs),
                            f"谈心谈话记录{year}.pdf", self.tr("Preparing the talks…"))
