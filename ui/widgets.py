"""Small widgets the forms share: a date field that may be empty, error marking."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from weakref import WeakKeyDictionary

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from models.errors import FieldIssue
from models.i18n import term
from models.rules.dates import BadDate, parse_date
from ui import style

ERROR_STYLE = f"border: 1px solid {style.RED}; background: {style.RED_BG};"


class DateField(QWidget):
    """A date typed as 2020-01-05 (also 2020.1.5, 2020年1月5日, 20200105) or picked from a calendar; may be empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        # a format, not a date that could be read as one (a grey “2020-01-05” looked filled in)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        act = QWidgetAction(menu)
        act.setDefaultWidget(self.calendar)
        menu.addAction(act)
        self.menu = menu
        self.calendar.clicked.connect(self._picked)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._sync_calendar)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)

    def _picked(self, d: QDate) -> None:
        picked = d.toPython()
        assert isinstance(picked, date)
        self.set_date(picked)
        self.menu.close()

    def _sync_calendar(self) -> None:
        try:
            d = self.date()
        except BadDate:
            d = None
        self.calendar.setSelectedDate(QDate(d) if d else QDate.currentDate())

    def set_date(self, d: date | None) -> None:
        self.edit.setText(d.isoformat() if d else "")

    def date(self) -> date | None:
        """The date, or None when empty; raises BadDate for text that is not a real date."""
        return parse_date(self.edit.text())


def mark(widget: QWidget, bad: bool, tip: str = "") -> None:
    target = widget.edit if isinstance(widget, DateField) else widget
    target.setStyleSheet(ERROR_STYLE if bad else "")
    target.setToolTip(tip if bad else "")


def show_field_issues(fields: dict[str, QWidget], label: QLabel, issues: Sequence[FieldIssue]) -> set[str]:
    """Mark each bad field red with its message as tooltip, list the messages in the form's order — one per field,
    the messages of the record as a whole last — and focus the first bad field. A field's mark and message go as
    soon as it is changed. Returns the names of the bad fields (so a form can switch to the tab that holds them)."""
    bad: dict[str, str] = {}
    for i in issues:
        bad.setdefault(i.field, i.message)  # one message per field: the first, usually the most basic
    order = {key: n for n, key in enumerate(fields)}
    shown = dict(sorted(bad.items(), key=lambda kv: order.get(kv[0], len(order))))
    for key, w in fields.items():
        mark(w, key in shown, shown.get(key, ""))
        if key in shown:
            _clear_when_changed(w, key, label)
    _ISSUES[label] = shown
    _show_issues(label, shown)
    for key, w in fields.items():
        if key in shown:
            w.setFocus()
            break
    return set(shown)


_ISSUES: WeakKeyDictionary[QLabel, dict[str, str]] = WeakKeyDictionary()  # what each error line shows, by field


def _show_issues(label: QLabel, shown: dict[str, str]) -> None:
    label.setText("\n".join(shown.values()))
    label.setVisible(bool(shown))


def _clear_when_changed(w: QWidget, key: str, label: QLabel) -> None:
    """The first edit of a marked field takes its mark and its line in ``label`` away."""
    if w.property("clearsIssue"):
        return
    w.setProperty("clearsIssue", True)

    def cleared(*_args: object) -> None:
        shown = dict(_ISSUES.get(label, {}))
        if key in shown:
            ours = label.text() == "\n".join(shown.values())  # (not a message written there since)
            shown.pop(key)
            _ISSUES[label] = shown
            mark(w, False)
            if ours:
                _show_issues(label, shown)

    signal = (w.changed if isinstance(w, DateField) else
              w.textChanged if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) else
              getattr(w, "currentIndexChanged", None) or getattr(w, "toggled", None) or getattr(w, "valueChanged", None))
    if signal is not None:
        signal.connect(cleared)
    if isinstance(w, QComboBox) and w.isEditable():
        w.editTextChanged.connect(cleared)


def error_label() -> QLabel:
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {style.RED};")
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.hide()
    return lab


def set_read_only(w: QWidget, read_only: bool) -> None:
    """Locked for editing, yet in normal contrast: a final record is there to be read (and its text selected and
    copied, its long lists scrolled), not greyed out like a control that does not apply. Text stays selectable;
    combo boxes, check boxes and a table's cells ignore clicks and keys."""
    if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        w.setReadOnly(read_only)
        return
    if isinstance(w, DateField):
        w.edit.setReadOnly(read_only)
        w.edit.setClearButtonEnabled(not read_only)
        w.button.setVisible(not read_only)
        return
    if isinstance(w, QAbstractItemView):
        if w.property("editTriggersBefore") is None:
            w.setProperty("editTriggersBefore", int(w.editTriggers().value))
        w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                          else QAbstractItemView.EditTrigger(int(w.property("editTriggersBefore"))))
        w.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)  # scroll bars still work
        if isinstance(w, QTableWidget):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    cell = w.cellWidget(r, c)
                    if cell is not None:
                        set_read_only(cell, read_only)
        return
    if w.property("focusBefore") is None:
        w.setProperty("focusBefore", int(w.focusPolicy().value))
    w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
    w.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy(int(w.property("focusBefore"))))


# -- choices of fixed terms: shown in the interface's language, holding the stored (Chinese) value ----------------
def term_choice(items: tuple[str, ...] | list[str], editable: bool = False, blank: bool = False) -> QComboBox:
    """A choice of fixed terms, each shown in the interface's language and holding the stored (Chinese) value."""
    c = QComboBox()
    c.setEditable(editable)
    if blank:
        c.addItem("", "")
    for x in items:
        c.addItem(term(x), x)
    return c


def term_combo(items: tuple[str, ...] | list[str], value: str = "", editable: bool = False,
               blank: bool = False) -> QComboBox:
    c = term_choice(items, editable, blank)
    set_choice(c, value)
    return c


def term_fill(c: QComboBox, items: list[str], value: str) -> None:
    """Fill an existing box with fixed terms (shown in the interface's language) and choose ``value``."""
    for x in items:
        c.addItem(term(x), x)
    set_choice(c, value)


def set_choice(c: QComboBox, value: str) -> None:
    i = c.findData(value)
    i = i if i >= 0 else c.findText(value)
    if i >= 0:
        c.setCurrentIndex(i)
    elif c.isEditable():
        c.setEditText(value)


def combo_value(c: QComboBox) -> str:
    """The stored value of the choice (a typed value in an editable box as typed)."""
    i = c.currentIndex()
    if i >= 0 and c.currentText() == c.itemText(i) and c.itemData(i) is not None:
        return str(c.itemData(i))
    return c.currentText()
