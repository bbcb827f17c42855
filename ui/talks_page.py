"""谈心谈话 page (book 10): the year's talks, the members nobody has talked with yet, add/edit, delete into the
recycle bin (Ctrl+Z brings a talk back), print."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.i18n import listing
from models.rules.periods import parse_period
from models.services.talks import TalkInput, TalkRow, TalkService
from ui.book_page import Act, BookPage
from ui.context import AppContext
from ui.forms import RecordDialog, text_box
from ui.style import AMBER, GREEN
from ui.table_models import Column, ColumnModel
from ui.widgets import DateField


class TalkTableModel(ColumnModel[TalkRow]):
    def __init__(self, parent: QObject | None = None):
        super().__init__([
            Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
            Column(self.tr("Talked with"), lambda r: r.member),
            Column(self.tr("By"), lambda r: r.talker),
            Column(self.tr("Topic"), lambda r: r.topic, tip=lambda r: r.content),
            Column(self.tr("Follow-up"), lambda r: r.follow_up, tip=lambda r: r.follow_up),
        ], parent)


class TalkDialog(RecordDialog):
    def __init__(self, ctx: AppContext, talk: TalkRow | None = None, parent: QWidget | None = None,
                 member_id: int | None = None):
        super().__init__(self.tr("Heart-to-heart talk"), parent, 560)
        self.ctx, self.talk = ctx, talk
        members = ctx.roster.list_members()
        self.held_on = self.field("held_on", self.tr("Date *"), DateField())
        self.held_on.set_date(talk.held_on if talk else date.today())
        self.member = self.field("member_id", self.tr("Talked with *"), QComboBox())
        for m in members:
            self.member.addItem(f"{m.name}（{m.group}）" if m.group else m.name, m.id)
        self.talker = self.field("talker", self.tr("By *"), QComboBox())
        self.talker.setEditable(True)
        self.talker.addItems([m.name for m in members if m.committee_role] + [m.name for m in members if not m.committee_role])
        self.place = self.field("place", self.tr("Place"), QLineEdit())
        self.topic = self.field("topic", self.tr("Topic"), QLineEdit())
        self.content = self.field("content", self.tr("What was said"), text_box(height=120))
        self.follow_up = self.field("follow_up", self.tr("Follow-up"), text_box(height=70))
        if talk is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(talk.member_id)))
            self.talker.setEditText(talk.talker)
            self.place.setText(talk.place)
            self.topic.setText(talk.topic)
            self.content.setPlainText(talk.content)
            self.follow_up.setPlainText(talk.follow_up)
        elif member_id is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.finish()

    def save(self) -> None:
        dates = self.dates("held_on")
        if dates is None:
            return
        t = TalkInput(dates["held_on"], self.talker.currentText(), self.member.currentData(), self.topic.text(),
                      self.content.toPlainText(), self.follow_up.toPlainText(), self.place.text())
        svc, talk = TalkService(self.ctx.ws), self.talk
        if self.attempt(lambda: svc.add(t) if talk is None else svc.update(talk.id, t, talk.version)):
            self.accept()


class TalksPage(BookPage):
    book_key = "talks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = TalkTableModel(self)
        self.year_box().currentIndexChanged.connect(self.reload)
        self.table = self.table_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.add_actions((Act("new", self.tr("New talk"), self.new, QKeySequence.StandardKey.New),
                          Act("edit", self.tr("Edit"), self.edit, QKeySequence(Qt.Key.Key_Return)),
                          Act("delete", self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete)))
        self.add_undo_actions()
        self.add_print_menu()
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.year)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.missing)
        lay.addWidget(self.table, 1)
        self.ensure_loaded()

    def reload(self) -> None:
        year = self.current_year()
        svc = TalkService(self.ctx.ws)
        self.model.set_rows(svc.list_talks(parse_period(str(year))))
        missing = svc.not_talked_with(date(year, 1, 1), date(year, 12, 31))
        self.not_talked = missing
        self.missing.setText(self.tr("Nobody has talked with these members in {0} yet: {1}").format(
            year, listing(m.name for m in missing)) if missing else self.tr("Every member has had a talk in {0}.").format(year))
        self.missing.setStyleSheet(f"color: {AMBER if missing else GREEN};")

    def selected(self) -> TalkRow | None:
        t: TalkRow | None = self.row_at(self.table)
        return t

    def new(self, member_id: int | None = None) -> None:
        self.open_dialog(TalkDialog(self.ctx, None, self, member_id=member_id if isinstance(member_id, int) else None))

    def edit(self) -> None:
        t = self.selected()
        if t is not None:
            self.open_dialog(TalkDialog(self.ctx, t, self))

    def delete(self) -> None:
        """Into the recycle bin; Ctrl+Z brings the talk back."""
        t = self.need(self.selected(), self.tr("Choose a talk first."))
        if t is None:
            return
        svc = TalkService(self.ctx.ws)
        self.to_bin(self.tr("delete the talk with {0}").format(t.member), lambda: svc.delete(t.id),
                    lambda: svc.restore(t.id),
                    self.tr("The talk with {0} of {1} is in the recycle bin. Ctrl+Z undoes.").format(t.member, t.held_on))
