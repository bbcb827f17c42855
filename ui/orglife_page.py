"""组织生活会 page (book 8): pick the meeting, then its preparation (talks held, problems collected), each member's
criticism and self-criticism, and the remediation list tracked to done; the 第十七条 checks above; print."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.books import FormSpec
from models.i18n import listing
from models.services.orglife import (
    DONE,
    IN_PROGRESS,
    ItemInput,
    ItemRow,
    OrgLifeService,
    ProblemInput,
    SpeechRow,
)
from ui import style
from ui.book_page import BookPage
from ui.context import AppContext
from ui.forms import DtoTable, Field, FormDialog, selected, shortcut, table_view
from ui.style import GREEN, RED


class OrgLifePage(BookPage):
    book_key = "orglife"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.year = QComboBox()
        self.meeting = QComboBox()
        self.meeting.setMinimumWidth(320)
        self.year.currentIndexChanged.connect(self.load_meetings)
        self.meeting.currentIndexChanged.connect(self.show_meeting)
        self.add_undo_actions()
        self.add_print_menu()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for w in (QLabel(self.tr("Year")), self.year, QLabel(self.tr("Meeting")), self.meeting, self.bar):
            top.addWidget(w)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet(f"padding: 6px; background: {style.NEUTRAL_BG};")

        # preparation
        self.prep_label = QLabel()
        self.prep_label.setWordWrap(True)
        self.problems = DtoTable([(self.tr("Problem or opinion"), lambda p: p.text), (self.tr("From"), lambda p: p.source),
                                  (self.tr("About"), lambda p: p.member or self.tr("the committee"))])
        self.problems_view = table_view(self.problems, 0)
        add_p = QPushButton(self.tr("Add problem…"))
        add_p.clicked.connect(self.add_problem)
        del_p = QPushButton(self.tr("Delete problem"))
        del_p.clicked.connect(self.delete_problem)
        prep = QWidget()
        pl = QVBoxLayout(prep)
        pl.addWidget(self.prep_label)
        pl.addWidget(self.problems_view)
        row = QHBoxLayout()
        row.addWidget(add_p)
        row.addWidget(del_p)
        row.addStretch(1)
        pl.addLayout(row)

        # criticism and self-criticism
        self.speeches = DtoTable([(self.tr("Member"), lambda s: s.name), (self.tr("Self-criticism"), lambda s: s.self_criticism),
                                  (self.tr("Criticism received"), lambda s: s.criticism),
                                  (self.tr("Direction"), lambda s: s.direction)],
                                 colour=lambda s: None if s.recorded else RED)
        self.speeches_view = table_view(self.speeches, 1)
        self.speeches_view.doubleClicked.connect(lambda _i: self.edit_speech())
        shortcut(QKeySequence(Qt.Key.Key_Return), self.speeches_view, self.edit_speech)
        edit_s = QPushButton(self.tr("Record what was said… (Enter)"))
        edit_s.clicked.connect(self.edit_speech)
        speech = QWidget()
        sl = QVBoxLayout(speech)
        sl.addWidget(QLabel(self.tr("Everyone present; names in red have no self-criticism recorded yet.")))
        sl.addWidget(self.speeches_view)
        sl.addWidget(edit_s)

        # remediation list
        today = date.today()
        self.items = DtoTable([(self.tr("Issue"), lambda x: x.issue), (self.tr("Measure"), lambda x: x.measure),
                               (self.tr("Owner"), lambda x: x.owner), (self.tr("Deadline"), lambda x: x.deadline),
                               (self.tr("State"), lambda x: x.progress + (self.tr(" (overdue)") if x.overdue(today) else "")),
                               (self.tr("Done"), lambda x: f"{x.done_on or ''} {x.result}".strip())],
                              colour=lambda x: RED if x.overdue(date.today()) else (GREEN if x.progress == DONE else None))
        self.items_view = table_view(self.items, 1)
        self.items_view.doubleClicked.connect(lambda _i: self.edit_item())
        buttons = []
        for text, slot in ((self.tr("New item… (Ctrl+N)"), self.add_item), (self.tr("Edit…"), self.edit_item),
                           (self.tr("Mark done…"), self.complete_item), (self.tr("Delete (Del)"), self.delete_item)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.append(b)
        shortcut(QKeySequence.StandardKey.New, self, self.add_item)
        shortcut(QKeySequence.StandardKey.Delete, self.items_view, self.delete_item)
        items = QWidget()
        il = QVBoxLayout(items)
        il.addWidget(self.items_view)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        il.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(prep, self.tr("1 Preparation"))
        self.tabs.addTab(speech, self.tr("2 Criticism and self-criticism"))
        self.tabs.addTab(items, self.tr("3 Remediation list"))
        self.empty = QLabel(self.tr("No organisational life meeting recorded in this year. Record it in 3–7 Meetings "
                                    "(kind: organisational life meeting) first; its preparation, criticism and "
                                    "remediation list are kept here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.checks)
        lay.addWidget(self.empty, 1)
        lay.addWidget(self.tabs, 1)
        self.ensure_loaded()

    @property
    def svc(self) -> OrgLifeService:
        return OrgLifeService(self.ctx.ws)

    def reload(self) -> None:
        """The years with a meeting (and this one), that year's meetings, then the chosen meeting."""
        current = self.year.currentData()
        held = {m.held_on.year for m in self.svc.meetings()}
        years = sorted(held | {date.today().year}, reverse=True)
        if current is None and held:  # open on the latest meeting, usually last year's (held in Q4)
            current = max(held)
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)
        self.load_meetings()

    def load_meetings(self) -> None:
        current = self.meeting.currentData()
        year = self.year.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for m in self.svc.meetings(year):
            self.meeting.addItem(f"{m.held_on}  {m.title}", m.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(current)))
        self.meeting.blockSignals(False)
        self.show_meeting()

    def meeting_id(self) -> int | None:
        v = self.meeting.currentData()
        return int(v) if v is not None else None

    def show_meeting(self) -> None:
        mid = self.meeting_id()
        self.tabs.setVisible(mid is not None)
        self.checks.setVisible(mid is not None)
        self.empty.setVisible(mid is None)
        if mid is None:
            self.checks.setText("")
            for model in (self.problems, self.speeches, self.items):
                model.set_rows([])
            return
        rec = self.svc.record(mid)
        prep = rec.preparation
        self.prep_label.setText(self.tr("Talks in the {0} days before the meeting: {1}. Present but not talked with: {2}")
                                .format(prep.window_days, len(prep.talks), listing(prep.not_talked) or self.tr("none")))
        self.problems.set_rows(prep.problems)
        self.speeches.set_rows(rec.speeches)
        self.items.set_rows(rec.items)
        self.checks.setText("<br>".join(("✔ " if c.ok else f"<span style='color:{RED}'>✖ </span>") + c.message
                                        for c in rec.checks)
                            + "<br><small>" + self.tr("Source: ") + (rec.checks[-1].source if rec.checks else "") + "</small>")

    # -- actions ------------------------------------------------------------------------------------
    def _done(self) -> None:
        self.changed()

    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        return [(spec.name + "…", self._year_form)]

    def _year_form(self) -> dict[str, Any] | None:
        year = self.current_year()
        if not self.svc.meetings(year) and not self.svc.items(year):
            self.say(self.tr("Nothing recorded for {0}.").format(year), error=True)
            return None
        return {}

    def add_problem(self) -> None:
        mid = self.meeting_id()
        if mid is None:
            return
        sources = [(s, s) for s in ("党员", "群众", "上级", "自查")]
        d = FormDialog(self.tr("Problem collected before the meeting"), [
            Field("text", self.tr("Problem or opinion"), "multiline", required=True),
            Field("source", self.tr("From"), "combo", sources),
        ], lambda v: self.svc.add_problem(mid, ProblemInput(v["text"], v["source"] or "")), self)
        if d.exec():
            self._done()

    def delete_problem(self) -> None:
        p = selected(self.problems_view)
        if p is not None:
            svc = self.svc
            self.to_bin(self.tr("delete a problem"), lambda: svc.delete_problem(p.id),
                        lambda: svc.restore_problem(p.id), self.tr("Moved to the recycle bin: {0}. Ctrl+Z undoes.").format(p.text))

    def edit_speech(self) -> None:
        mid = self.meeting_id()
        s: SpeechRow | None = selected(self.speeches_view)
        if mid is None or s is None:
            return
        d = FormDialog(self.tr("Criticism and self-criticism — {0}").format(s.name), [
            Field("self_criticism", self.tr("Self-criticism"), "multiline", value=s.self_criticism, required=True),
            Field("criticism", self.tr("Criticism received"), "multiline", value=s.criticism),
            Field("direction", self.tr("Direction"), "multiline", value=s.direction),
        ], lambda v: self.svc.set_speech(mid, s.member_id, v["self_criticism"], v["criticism"], v["direction"]), self, 640)
        if d.exec():
            self._done()

    def _item_fields(self, x: ItemRow | None) -> list[Field]:
        mid = self.meeting_id()
        speeches = self.svc.speeches(mid) if mid is not None else []
        owners = [(self.tr("(the committee — type below)"), None)] + [(s.name, s.member_id) for s in speeches]
        states = [(s, s) for s in self.ctx.standards.value("remediation_states")]
        return [
            Field("issue", self.tr("Issue"), "multiline", value=x.issue if x else "", required=True),
            Field("measure", self.tr("Measure"), "multiline", value=x.measure if x else "", required=True),
            Field("owner_member_id", self.tr("Owner"), "combo", owners, value=x.owner_member_id if x else None, required=True),
            Field("owner", self.tr("Owner if not a member"), value=(x.owner if x and x.owner_member_id is None else "")),
            Field("deadline", self.tr("Deadline"), "date", value=x.deadline if x else None),
            Field("progress", self.tr("State"), "combo", states, value=x.progress if x else IN_PROGRESS),
            Field("done_on", self.tr("Date done"), "date", value=x.done_on if x else None),
            Field("result", self.tr("What was done"), "multiline", value=x.result if x else ""),
        ]

    def _item_input(self, v: dict[str, Any]) -> ItemInput:
        return ItemInput(v["issue"], v["measure"], v["deadline"], v["owner_member_id"], v["owner"], self.meeting_id(),
                         progress=v["progress"], done_on=v["done_on"], result=v["result"])

    def add_item(self) -> None:
        if self.meeting_id() is None:
            return
        d = FormDialog(self.tr("Remediation item"), self._item_fields(None), lambda v: self.svc.add_item(self._item_input(v)),
                       self, 600)
        if d.exec():
            self._done()

    def edit_item(self) -> None:
        x: ItemRow | None = selected(self.items_view)
        if x is None:
            return
        d = FormDialog(self.tr("Remediation item"), self._item_fields(x),
                       lambda v: self.svc.update_item(x.id, self._item_input(v), x.version), self, 600)
        if d.exec():
            self._done()

    def complete_item(self) -> None:
        x: ItemRow | None = selected(self.items_view)
        if x is None:
            return
        d = FormDialog(self.tr("Mark done — {0}").format(x.issue), [
            Field("done_on", self.tr("Date done"), "date", value=date.today(), required=True),
            Field("result", self.tr("What was done"), "multiline", required=True),
        ], lambda v: self.svc.complete(x.id, v["done_on"] or date.today(), v["result"]), self)
        if d.exec():
            self._done()

    def delete_item(self) -> None:
        x: ItemRow | None = selected(self.items_view)
        if x is None:
            return
        svc = self.svc
        self.to_bin(self.tr("delete the item “{0}”").format(x.issue), lambda: svc.delete_item(x.id),
                    lambda: svc.restore_item(x.id), self.tr("Moved to the recycle bin: {0}. Ctrl+Z undoes.").format(x.issue))
