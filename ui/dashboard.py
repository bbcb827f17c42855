"""工作台 (dashboard): first what is to be done now — the 报送 card with its deadline, then the duties still open
(overdue first, each with its deadline and one button; those done folded below with a count) — then deadlines,
attendance and the roster's “四个清楚”."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.i18n import aside, clauses, listing, pick, term
from models.meeting import MeetingKind
from models.progress import Progress, step
from models.services.dto import CountRow, RosterStats
from models.services.meetings import MemberAttendance, Obligation, RosterDrift
from models.services.pledges import PledgeRow
from ui import style
from ui.context import AppContext

if TYPE_CHECKING:
    from models.services.development import Deadline
    from models.services.dues import Arrear
    from models.services.overview import BundleDue, Overview
    from models.services.reminders import Reminder
    from models.services.standards import StandardInForce

STATE_STYLE = {"done": ("✔", style.GREEN), "due": ("○", style.AMBER), "overdue": ("✖", style.RED),
               "before_start": ("—", style.GREY)}

BAR_COLOUR = QColor(style.RED)


class BarList(QWidget):
    """Horizontal bars: label, bar, count. Painted, so it stays light."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[CountRow] = []

    def set_rows(self, rows: list[CountRow]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, max(1, len(self.rows)) * self.ROW + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, max(1, len(self.rows)) * self.ROW + 4)

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        label_w = max([fm.horizontalAdvance(r.label) for r in self.rows] + [40]) + 8
        count_w = fm.horizontalAdvance("0000") + 8
        top = max((r.count for r in self.rows), default=1) or 1
        bar_w = max(10, self.width() - label_w - count_w)
        if not self.rows:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("No members yet"))
        for i, r in enumerate(self.rows):
            y = i * self.ROW + 2
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, label_w - 6, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, r.label)
            w = bar_w * r.count / top
            p.fillRect(QRectF(label_w, y + 5, w, self.ROW - 10), BAR_COLOUR)
            p.drawText(QRectF(label_w + w + 4, y, count_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, str(r.count))
        p.end()


def _card(title: str) -> tuple[QFrame, QLabel]:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.StyledPanel)
    v = QVBoxLayout(f)
    t = QLabel(title)
    t.setStyleSheet("color: #666;")
    n = QLabel("—")
    n.setStyleSheet("font-size: 22pt; font-weight: bold;")  # a count is not a warning: no red
    v.addWidget(t)
    v.addWidget(n)
    return f, n


class DashboardPage(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal(str, object, object)  # kind, date, group id
    open_overdue_pledges = Signal()
    open_dues = Signal()
    open_development = Signal(int)  # person id
    open_book = Signal(int)  # 1, 8 or 13: a reminder's book
    open_first_step = Signal(str)  # 开始使用: the key of the page that does the step
    send_bundle = Signal()  # the 报送 card's button

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Workbench"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.branch = QLabel()
        self.branch.setStyleSheet(f"color: {style.MUTED};")
        cards = QHBoxLayout()
        self.total_card, self.total = _card(self.tr("Members"))
        self.full_card, self.full = _card(self.tr("Full members"))
        self.prob_card, self.prob = _card(self.tr("Probationary"))
        self.age_card, self.age = _card(self.tr("Average age"))
        for c in (self.total_card, self.full_card, self.prob_card, self.age_card):
            cards.addWidget(c)
        self.bars: dict[str, BarList] = {}
        grid = QGridLayout()
        titles = [("by_group", self.tr("By party group")), ("by_category", self.tr("By category")),
                  ("by_age", self.tr("By age")), ("by_education", self.tr("By education")),
                  ("by_gender", self.tr("By gender")), ("by_party_age", self.tr("By years in the party"))]
        for i, (key, text) in enumerate(titles):
            box = QGroupBox(text)
            v = QVBoxLayout(box)
            bars = BarList()
            v.addWidget(bars)
            self.bars[key] = bars
            grid.addWidget(box, i // 3, i % 3)
        self.checks_box = QGroupBox(self.tr("Organisation checks"))
        self.checks = QVBoxLayout(self.checks_box)

        self.duties_box = QGroupBox(self.tr("To do now (what the rules ask for this month, quarter and year)"))
        duties_v = QVBoxLayout(self.duties_box)
        self.duties = QGridLayout()
        duties_v.addLayout(self.duties)
        self.nothing_due = QLabel(self.tr("✔ Nothing open: everything due now is recorded."))
        self.nothing_due.setStyleSheet(f"color: {style.GREEN};")
        duties_v.addWidget(self.nothing_due)
        self.done_toggle = QToolButton()
        self.done_toggle.setCheckable(True)
        self.done_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.done_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.done_toggle.setAutoRaise(True)
        self.done_toggle.toggled.connect(self._show_done)
        duties_v.addWidget(self.done_toggle)
        self.done_box = QWidget()
        self.done_grid = QGridLayout(self.done_box)
        self.done_grid.setContentsMargins(0, 0, 0, 0)
        self.done_box.hide()
        duties_v.addWidget(self.done_box)
        self.bundle_box = QGroupBox(self.tr("Monthly bundle to the committee"))
        bundle_h = QHBoxLayout(self.bundle_box)
        bundle_v = QVBoxLayout()
        self.bundle_due = QLabel()
        self.bundle_due.setWordWrap(True)
        bundle_v.addWidget(self.bundle_due)
        self.deadlines_box = QGroupBox(self.tr("Deadlines"))
        self.deadlines = QVBoxLayout(self.deadlines_box)
        self.attendance_box = QGroupBox(self.tr("Attendance this year"))
        self.attendance = QVBoxLayout(self.attendance_box)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(title)
        lay.addWidget(self.branch)
        self.first_box = QGroupBox(self.tr("Getting started"))
        self.first = QVBoxLayout(self.first_box)
        self.first_box.hide()
        self.show_first_steps_always = False  # 帮助 → 开始使用 shows the list again after everything is done
        lay.addWidget(self.first_box)
        self.bundle_state = QLabel()
        bundle_v.addWidget(self.bundle_state)
        bundle_h.addLayout(bundle_v, 1)
        self.send_button = QPushButton(self.tr("Send…"))
        self.send_button.setToolTip(self.tr("File → Send the monthly bundle (Ctrl+E)"))
        self.send_button.clicked.connect(self.send_bundle)
        bundle_h.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.bundle_box)
        lay.addWidget(self.duties_box)
        lay.addWidget(self.deadlines_box)
        lay.addWidget(self.attendance_box)
        four = QLabel(self.tr("Four things to know (四个清楚): the number of members, their structure and distribution"))
        four.setStyleSheet("color: #666;")
        lay.addWidget(four)
        lay.addLayout(cards)
        lay.addLayout(grid)
        lay.addWidget(self.checks_box)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.deadlines_pending = False  # a read of the Overview is on its way
        self._generation = 0
        self.follower = ctx.follow(self, self.reload)  # a save elsewhere: read again when shown
        self.reload()

    @property
    def stale(self) -> bool:
        return self.follower.stale

    def reload(self) -> None:
        """Read the Overview on a worker (the UI thread stays free) and show it when it arrives; a newer read
        supersedes one still on its way."""
        from models.services.overview import Overview

        self.deadlines_pending = True
        self._generation += 1
        generation, ws = self._generation, self.ctx.ws

        def read(progress: Progress) -> Overview:
            ov = Overview(ws)
            parts = ("profile", "first_steps", "stats", "obligations", "attendance", "standards", "late_pledges", "arrears",
                     "recruitment", "reminders", "last_bundle", "bundle_due", "roster_drift", "appraisal_drift", "pledge_drift")
            for i, part in enumerate(parts):
                step(progress, i, len(parts))  # stops here when the window closes meanwhile
                getattr(ov, part)  # computed here, on the worker
            return ov

        self.ctx.tasks.run(read, lambda ov: self.show_overview(ov, generation))

    def show_overview(self, ov: Overview, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # a newer read is on its way
        p = ov.profile
        self.branch.setText(f"{p.name} · {p.superior}" if p else "")
        self.show_first_steps(ov.first_steps)
        self.show_stats(ov.stats)
        self.show_duties(ov.obligations, ov.today)
        self.show_attendance(ov.attendance, ov.missed_in_a_row)
        self.show_deadlines(ov.late_pledges, ov.arrears, ov.recruitment, ov.reminders, ov.standards)
        self.show_bundle_state(ov.last_bundle)
        self.show_bundle_due(ov.bundle_due, ov.today)
        self.show_roster_drift(ov.roster_drift, ov.appraisal_drift, ov.pledge_drift)
        self.deadlines_pending = False

    def show_first_steps(self, steps: list[tuple[str, str, bool]]) -> None:
        """开始使用: the set-up steps in order, each ticked from the data, the next one with its button; the list goes
        once all are done (帮助 → 开始使用 brings it back)."""
        self.first_steps = steps
        while self.first.count():
            item = self.first.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        done = sum(1 for _k, _t, ok in steps if ok)
        self.first_box.setTitle(self.tr("Getting started: {0} of {1} done").format(done, len(steps)))
        self.first_box.setVisible(done < len(steps) or self.show_first_steps_always)
        next_step = next((i for i, (_k, _t, ok) in enumerate(steps) if not ok), None)
        for i, (key, text, ok) in enumerate(steps):
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            lab = QLabel(("✔ " if ok else f"{i + 1}. ") + text)
            lab.setStyleSheet(f"color: {style.GREEN};" if ok else ("font-weight: bold;" if i == next_step else ""))
            h.addWidget(lab, 1)
            if not ok:
                go = QPushButton(self.tr("Do it now") if i == next_step else self.tr("Open"))
                go.clicked.connect(lambda _=False, k=key: self.open_first_step.emit(k))
                h.addWidget(go)
            self.first.addWidget(row)

    def show_roster_drift(self, drift: list[RosterDrift], appraisals: list[tuple[int, list[str]]] | None = None,
                          pledges: list[tuple[int, list[str]]] | None = None) -> None:
        """花名册变动涉及已定稿记录: the final records keep what was stored; each opens for an amendment with a reason."""
        self.roster_drift = drift
        groups: dict[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], list[RosterDrift]] = {}
        for d in drift:  # one member entered with an old date touches many records: one row for them all
            groups.setdefault((tuple(d.added), tuple(d.removed), tuple(d.changed)), []).append(d)
        for rows in list(groups.values())[:8]:
            last = rows[-1]
            if len(rows) == 1:
                text = last.text()
            else:
                who = listing([*last.added, *last.removed, *last.changed])
                text = self.tr("The roster changes touch {0} final meeting records ({1} to {2}) — {3}. They keep what "
                               "was stored; amend any of them with a reason.").format(
                    len(rows), rows[0].held_on, last.held_on, who)
            self._deadline_row("○ " + text, style.AMBER, self.tr("Open to amend…"),
                               lambda mid=last.meeting_id: self.amend_meeting(mid))
        if len(groups) > 8:
            self.deadlines.addWidget(QLabel(self.tr("… and {0} more final records the roster changes touch").format(
                sum(len(r) for r in list(groups.values())[8:]))))
        for y, names in appraisals or []:
            self._deadline_row("○ " + self.tr("The {0} democratic appraisal was finalised before {1} was entered into "
                                              "the roster: the final sheet is kept; amend it if needed").format(
                y, listing(names)), style.AMBER, self.tr("Open"), lambda: self.open_book.emit(9))
        for y, names in pledges or []:
            self._deadline_row("○ " + self.tr("The {0} pledges were finalised before {1} was entered into the roster: "
                                              "the final record is kept").format(y, listing(names)), style.AMBER,
                               self.tr("Open"), lambda: self.open_book.emit(14))

    def amend_meeting(self, meeting_id: int) -> None:
        """Open the final record; if the secretary gives a reason, its due list is redrawn from the roster as an
        amendment (with the reason kept); without one it opens read-only as it was stored."""
        from PySide6.QtWidgets import QInputDialog

        from ui.meeting_dialog import MeetingDialog

        d = MeetingDialog(self.ctx, meeting_id=meeting_id, parent=self)
        reason, ok = QInputDialog.getText(self, self.tr("Amend by the roster"), self.tr(
            "Why does this final record change (e.g. 张三's join date was corrected)? Leave empty to only look."))
        if ok and reason.strip():
            d.start_roster_amendment(reason.strip())
        if d.exec():
            self.ctx.data_changed.emit()

    def show_bundle_state(self, last: tuple[str, int, str, str] | None) -> None:
        """The last bundle's state: written, accepted by the committee, or returned with its comments."""
        from models.services.sent import status_name

        if last is None:
            self.bundle_state.setText(self.tr("No monthly bundle sent yet (File → Send the monthly bundle, Ctrl+E)"))
            return
        period, revision, status, comments = last
        colour = {"accepted": style.GREEN, "returned": style.RED}.get(status, style.MUTED)
        text = self.tr("Last bundle: {0} revision {1}, {2}").format(period, revision, status_name(status))
        if comments:
            text += f"：{comments}"
        self.bundle_state.setText(text)
        self.bundle_state.setStyleSheet(f"color: {colour};")

    def show_bundle_due(self, due: BundleDue, today: date) -> None:
        """The 报送 card: last month's bundle, the committee's deadline and how near it is, or that it went."""
        from models.i18n import language
        from models.rules.periods import parse_period

        month = parse_period(due.month).label_zh() if language() == "zh_CN" else due.month
        days = (due.deadline - today).days
        if due.state == "done":
            text = self.tr("✔ {0}: sent (revision {1}, {2}).").format(month, due.revision, due.note)
            colour = style.GREEN
        elif due.state == "first":  # a branch that started this month: its first bundle is this month's
            text = self.tr("○ The first bundle is for {0}, due by {1}.").format(month, due.deadline)
            colour = style.AMBER
        elif due.state == "overdue":
            text = self.tr("✖ {0}: not sent; it was due by {1}, {2} days ago.").format(month, due.deadline, -days)
            colour = style.RED
        else:
            text = self.tr("○ {0}: due by {1} ({2} days left).").format(month, due.deadline, days)
            colour = style.AMBER
        if due.note and due.state != "done":
            text += " " + self.tr("The bundle is {0}.").format(due.note)
        self.bundle_due.setText(text)
        self.bundle_due.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.bundle_due.setToolTip(self.tr("The deadline is a rule in File → Rules and their sources: set the day your "
                                           "committee asks for."))
        self.send_button.setText(self.tr("Send again…") if due.state == "done" else self.tr("Send…"))

    @staticmethod
    def _clear(layout: QGridLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()

    def show_duties(self, obligations: list[Obligation], today: date) -> None:
        """What is open now — overdue first, then by deadline, each with its deadline and one button — and, folded
        below with a count, what is done (the current periods, and earlier ones only where something was missed)."""
        self._clear(self.duties)
        self._clear(self.done_grid)
        shown = [o for o in obligations if o.span.start <= today <= o.span.end or o.state == "overdue"]
        todo = sorted((o for o in shown if o.state != "done"), key=lambda o: (o.state != "overdue", o.span.end))
        done = [o for o in shown if o.state == "done"]
        self.duty_rows = [*todo, *done]
        self.duty_buttons: list[QPushButton] = []
        states = {"done": self.tr("done"), "due": self.tr("due"), "overdue": self.tr("overdue"),
                  "before_start": self.tr("before the start (not recorded)")}
        why_state = {"done": self.tr("recorded for this period"),
                     "due": self.tr("not recorded yet; the period is still open"),
                     "overdue": self.tr("the period ended without a record"),
                     "before_start": self.tr("before the books were started in this program")}
        for grid, rows in ((self.duties, todo), (self.done_grid, done)):
            for r, o in enumerate(rows):
                mark, colour = STATE_STYLE[o.state]
                state = QLabel(f"{mark} {states[o.state]}")
                state.setStyleSheet(f"color: {colour}; font-weight: bold;")
                name = QLabel(o.name)
                name.setWordWrap(True)  # a long duty wraps instead of pushing its button off the page (特大 text)
                why = self.tr("{0}, {1}: {2}. Source: {3}").format(o.name, o.span.label(), why_state[o.state], o.source)
                for w in (state, name):  # every mark says what it rests on
                    w.setToolTip(why)
                grid.addWidget(state, r, 0)
                grid.addWidget(QLabel(o.span.label()), r, 1)
                grid.addWidget(name, r, 2)
                if o.state != "done":
                    when = (self.tr("was due by {0}") if o.state == "overdue" else self.tr("by {0}")).format(o.span.end)
                    grid.addWidget(QLabel(when), r, 3)
                grid.addWidget(self._duty_button(o, today), r, 4)
            grid.setColumnStretch(2, 1)
        self.nothing_due.setVisible(not todo)
        self.done_toggle.setText(self.tr("Done: {0}").format(len(done)))
        self.done_toggle.setVisible(bool(done))

    def _duty_button(self, o: Obligation, today: date) -> QPushButton:
        if o.meeting_ids:
            b = QPushButton(self.tr("Open record"))
            b.clicked.connect(lambda _=False, mid=o.meeting_ids[-1]: self.open_meeting.emit(mid))
        elif o.state == "done":
            b = QPushButton(self.tr("Open"))
            b.clicked.connect(lambda _=False, k=o.kind: self.new_meeting.emit(k, today, None))
        elif o.span.end < today and o.kind in {k.value for k in MeetingKind}:
            # 补记: a meeting held then but not recorded, dated the day it was held — never silently the period's end
            b = QPushButton(self.tr("Record a past meeting…"))
            b.clicked.connect(lambda _=False, ob=o: self.record_past(ob, today))
        else:
            b = QPushButton(self.tr("Record it…"))
            b.clicked.connect(lambda _=False, k=o.kind, g=o.group_id: self.new_meeting.emit(k, today, g))
        self.duty_buttons.append(b)
        return b

    def record_past(self, o: Obligation, today: date) -> None:
        """Ask the day the meeting was held (within its period); then open a new record of that day."""
        d = HeldOnDialog(o, today, self)
        if d.exec() and d.held_on is not None:
            self.new_meeting.emit(o.kind, d.held_on, o.group_id)

    def _show_done(self, shown: bool) -> None:
        self.done_box.setVisible(shown)
        self.done_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_deadlines(self, late: list[PledgeRow], arrears: list[Arrear], steps: list[Deadline],
                       notices: list[Reminder], standards: dict[str, StandardInForce]) -> None:
        """Pledges past their deadline with nothing done, dues in arrears (six months in a row flagged), the
        recruitment steps overdue, due now or coming within a month, and the reminders of books 1, 8 and 13 (the
        committee election, remediation items, transfer letters, members away and lost contact)."""
        self._clear(self.deadlines)
        self.late_pledges, self.arrears, self.dev_deadlines, self.notices = late, arrears, steps, notices
        self.deadlines_box.setVisible(bool(late or arrears or steps or notices))
        if late:
            self._deadline_row(self.tr("✖ {0} pledges are past their deadline with nothing done: {1}").format(
                len(late), clauses(f"{r.member}“{r.content[:14]}{'…' if len(r.content) > 14 else ''}”{aside(r.deadline)}"
                                   for r in late[:6]) + ("…" if len(late) > 6 else "")),
                style.RED, self.tr("See these pledges"), self.open_overdue_pledges.emit)
        flagged = [a for a in arrears if a.flagged]
        one_month, many_months = self.tr("{0} month"), self.tr("{0} months")

        def n_months(n: int) -> str:
            return (one_month if n == 1 else many_months).format(n)  # “1 month”, not “1 months”
        if flagged:
            rule = standards["dues_arrears_months"]
            self._deadline_row(self.tr("✖ No dues paid for {0} months or more in a row: {1}").format(
                rule.value, listing(f"{a.name}{aside(n_months(len(a.run)))}" for a in flagged)),
                style.RED, self.tr("Open the dues register"), self.open_dues.emit, rule.standard.source)
        others = [a for a in arrears if not a.flagged]
        if others:
            self._deadline_row(self.tr("○ Dues in arrears: {0}").format(
                listing(f"{a.name}{aside(n_months(len(a.months)))}" for a in others[:10])
                + ("…" if len(others) > 10 else "")),
                style.AMBER, self.tr("Open the dues register") if not flagged else "", self.open_dues.emit)
        words = {"overdue": self.tr("overdue"), "open": self.tr("due now"), "soon": self.tr("coming")}
        for d in steps[:8]:
            colour = style.RED if d.state == "overdue" else style.AMBER
            mark = "✖" if d.state == "overdue" else "○"
            self._deadline_row(f"{mark} {words[d.state]} {d.limit.due}　{d.name}{aside(term(d.role))}"
                               f"{pick('：', ': ')}{d.limit.what}", colour,
                               self.tr("Open"), lambda pid=d.person_id: self.open_development.emit(pid), d.limit.source)
        if len(steps) > 8:
            self.deadlines.addWidget(QLabel(self.tr("… and {0} more in the recruitment record").format(len(steps) - 8)))
        for n in notices:
            mark = "✖" if n.state == "overdue" else "○"
            self._deadline_row(f"{mark} {n.message}", style.RED if n.state == "overdue" else style.AMBER, self.tr("Open"),
                               lambda b=n.book: self.open_book.emit(b), n.source)

    def _deadline_row(self, text: str, colour: str, button: str, slot: object, tip: str = "") -> None:
        lab = QLabel(text)
        lab.setStyleSheet(f"color: {colour};")
        lab.setWordWrap(True)
        if tip:
            lab.setToolTip(self.tr("Source: {0}").format(tip))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(lab, 1)
        if button:
            b = QPushButton(button)
            b.clicked.connect(slot)
            row.addWidget(b)
        holder = QWidget()
        holder.setLayout(row)
        self.deadlines.addWidget(holder)

    def show_attendance(self, rows: list[MemberAttendance], in_a_row: int) -> None:
        self._clear(self.attendance)
        missing = [a for a in rows if a.missed_in_a_row >= in_a_row]
        self.missing = missing
        if missing:
            lab = QLabel(self.tr("⚠ Missed the last {0} meetings or more: {1}").format(
                in_a_row, listing(f"{a.name}{aside(a.missed_in_a_row)}" for a in missing)))
            lab.setStyleSheet(f"color: {style.RED}; font-weight: bold;")
            lab.setWordWrap(True)
            self.attendance.addWidget(lab)
        low = [a for a in rows if a.due and a.rate < 0.8][:8]
        counted = any(a.due for a in rows)
        text = clauses(f"{a.name} {a.present}/{a.due}{aside(f'{a.rate:.0%}')}" for a in low) or (
            self.tr("everyone at 80% or more") if counted else self.tr("no data yet (no meeting recorded this year)"))
        lab = QLabel(self.tr("Lowest attendance: {0}").format(text))
        lab.setWordWrap(True)
        self.attendance.addWidget(lab)
        if rows:
            total_due = sum(a.due for a in rows)
            rate = sum(a.present for a in rows) / total_due if total_due else 1.0
            self.attendance.addWidget(QLabel(self.tr("Branch attendance rate this year: {0:.0%}").format(rate)))
            every = QPushButton(self.tr("Every member's attendance…"))
            every.clicked.connect(self.show_all_attendance)
            self.attendance.addWidget(every)

    def show_all_attendance(self) -> None:
        from ui.attendance_dialog import AttendanceDialog

        self.attendance_dialog = AttendanceDialog(self.ctx, parent=self)
        self.attendance_dialog.open()

    def show_stats(self, s: RosterStats) -> None:
        self.stats = s
        none = self.tr("no data yet")
        for lab in (self.total, self.full, self.prob, self.age):
            lab.setStyleSheet("font-size: 22pt; font-weight: bold;" if s.total else
                              f"font-size: 14pt; color: {style.GREY};")
        self.total.setText(self.tr("{0} members").format(s.total) if s.total else none)
        self.full.setText(self.tr("{0} members").format(s.full) if s.total else none)
        self.prob.setText(self.tr("{0} members").format(s.probationary) if s.total else none)
        self.age.setText(self.tr("{0} years").format(f"{s.average_age:g}") if s.total else none)
        for key, bars in self.bars.items():
            bars.set_rows(getattr(s, key))
        while self.checks.count():
            item = self.checks.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        for c in s.checks:
            lab = QLabel(("✔ " if c.ok else "⚠ ") + c.message)
            lab.setStyleSheet(f"color: {style.GREEN};" if c.ok else f"color: {style.AMBER}; font-weight: bold;")
            lab.setToolTip(self.tr("Source: {0}").format(c.source))
            lab.setWordWrap(True)
            self.checks.addWidget(lab)
            src = QLabel(self.tr("Source: {0}").format(c.source))
            src.setStyleSheet("color: #888; font-size: 9pt; margin-left: 18px;")
            src.setWordWrap(True)
            self.checks.addWidget(src)


class HeldOnDialog(QDialog):
    """补记: the day a past period's meeting was actually held. A meeting that was not held cannot be recorded for
    that period afterwards; the dialog says so instead of offering a date."""

    def __init__(self, o: Obligation, today: date, parent: QWidget | None = None):
        from ui.widgets import DateField, error_label

        super().__init__(parent)
        self.o, self.today = o, today
        self.held_on: date | None = None
        self.setWindowTitle(self.tr("Record a past meeting"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("{0}, {1}: on which day was it held? A meeting held then but not recorded is recorded "
                              "with the day it was held. One that was not held cannot be recorded afterwards — hold "
                              "it now, in this period.").format(o.name, o.span.label()))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.date = DateField()
        lay.addWidget(self.date)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def check(self) -> None:
        from models.rules.dates import BadDate

        try:
            on = self.date.date()
        except BadDate as bad:
            self.error.setText(self.tr("“{0}” is not a real date").format(bad.text))
            return
        if on is None or not (self.o.span.start <= on <= min(self.o.span.end, self.today)):
            self.error.setText(self.tr("The day it was held: between {0} and {1}").format(
                self.o.span.start, min(self.o.span.end, self.today)))
            return
        self.held_on = on
        self.accept()
