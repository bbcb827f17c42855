"""A form dialog described by its fields, and a plain read-only table over DTOs, for the smaller books (1's
committee, 8, 13, 15): the person fills the fields, the service checks them; a refusal marks the fields it
names and keeps the dialog open, so nothing typed is lost."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldIssue, UserError, ValidationError
from models.rules.dates import BadDate
from ui.table_models import ROW_ROLE, Column, ColumnModel
from ui.widgets import DateField, error_label, show_field_issues

W = TypeVar("W", bound=QWidget)


class RecordDialog(QDialog):
    """The frame every record's dialog shares: a form of named fields, an error line under it, Save and Cancel
    (Ctrl+S saves). A refusal marks the fields it names (red, with the message as tooltip), focuses the first one
    and keeps the dialog open, so nothing typed is lost."""

    def __init__(self, title: str, parent: QWidget | None = None, width: int = 540):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.errors = error_label()

    def field(self, key: str, label: str, widget: W) -> W:
        """Add ``widget`` as a row of the form under ``label``; refusals naming ``key`` mark it."""
        self.form.addRow(label, widget)
        self.fields[key] = widget
        return widget

    def finish(self, *below: QWidget, above: Sequence[QWidget] = (), buttons: QWidget | None = None) -> None:
        """Lay the dialog out: ``above``, the form, ``below``, the error line, the buttons (Save/Cancel)."""
        lay = QVBoxLayout(self)
        for w in above:
            lay.addWidget(w)
        lay.addLayout(self.form)
        for w in below:
            lay.addWidget(w)
        lay.addWidget(self.errors)
        if buttons is None:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
            box.accepted.connect(self.save)
            box.rejected.connect(self.reject)
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)
            buttons = box
        lay.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def label_of(self, key: str) -> str:
        lab = self.form.labelForField(self.fields[key])
        text = lab.text() if isinstance(lab, QLabel) else key
        return text.rstrip(" *")

    def read(self, **readers: Callable[[], Any]) -> dict[str, Any] | None:
        """What the fields hold, each read by its reader (a date, an amount); every field whose text does not read
        (“2021-02-30”, “12.345”) is marked with its message and None returned."""
        out: dict[str, Any] = {}
        bad: list[FieldIssue] = []
        for key, fn in readers.items():
            try:
                out[key] = fn()
            except BadDate as e:
                bad.append(FieldIssue(key, self.tr("{0}: “{1}” is not a real date").format(self.label_of(key), e.text)))
            except ValueError as e:
                bad.append(FieldIssue(key, str(e)))
        if bad:
            show_field_issues(self.fields, self.errors, bad)
            return None
        return out

    def dates(self, *keys: str) -> dict[str, date | None] | None:
        """The dates typed in the fields ``keys`` (None for an empty or disabled one), or None after marking the
        ones that are not real dates."""
        def reader(w: QWidget) -> Callable[[], date | None]:
            assert isinstance(w, DateField)
            return lambda: w.date() if w.isEnabled() else None
        return self.read(**{key: reader(self.fields[key]) for key in keys})

    def refuse(self, exc: Exception) -> None:
        """Field issues marked on their fields; any other refusal said on the error line."""
        issues = exc.issues if isinstance(exc, ValidationError) else []
        show_field_issues(self.fields, self.errors, issues)
        if not issues:
            self.errors.setText(str(exc))
            self.errors.show()

    def attempt(self, fn: Callable[[], object]) -> bool:
        """Run the service call ``fn``; a refusal is shown and False returned."""
        try:
            fn()
        except (ValidationError, UserError) as exc:
            self.refuse(exc)
            return False
        return True


def text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field."""
    w = QPlainTextEdit(text)
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text | multiline | date | combo | int | check
    options: Sequence[tuple[str, Any]] = ()  # combo: (shown text, value)
    value: Any = None
    required: bool = False
    minimum: int = 0
    maximum: int = 9999
    placeholder: str = ""


class FormDialog(QDialog):
    """Fields in a form; ``save(values)`` runs on OK and may raise ValidationError (fields marked, dialog stays) or
    UserError (shown under the fields). ``result_value`` holds what ``save`` returned."""

    def __init__(self, title: str, fields: list[Field], save: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None, width: int = 520):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.save = save
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        self.fields = {f.key: f for f in fields}
        form = QFormLayout()
        for f in fields:
            w = self._widget(f)
            self.widgets[f.key] = w
            form.addRow(f.label + (" *" if f.required else ""), w)
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def _widget(self, f: Field) -> QWidget:
        w: QWidget
        if f.kind == "multiline":
            w = text_box(str(f.value or ""))
            w.setMinimumHeight(70)
            w.setMaximumHeight(16777215)
        elif f.kind == "date":
            w = DateField()
            w.set_date(f.value)
        elif f.kind == "combo":
            w = QComboBox()
            for text, value in f.options:
                w.addItem(text, value)
            i = w.findData(f.value)
            w.setCurrentIndex(max(0, i))
        elif f.kind == "int":
            w = QSpinBox()
            w.setRange(f.minimum, f.maximum)
            w.setValue(int(f.value or 0))
        elif f.kind == "check":
            w = QCheckBox()
            w.setChecked(bool(f.value))
        else:
            w = QLineEdit(str(f.value or ""))
            w.setPlaceholderText(f.placeholder)
        return w

    def values(self) -> dict[str, Any]:
        """What is in the fields now; a date that is not a real date raises ValidationError naming the field."""
        out: dict[str, Any] = {}
        bad: list[FieldIssue] = []
        for key, w in self.widgets.items():
            if isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, DateField):
                try:
                    out[key] = w.date()
                except BadDate as e:
                    bad.append(FieldIssue(key, self.tr("{0}: “{1}” is not a real date").format(self.fields[key].label, e.text)))
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            elif isinstance(w, QLineEdit):
                out[key] = w.text()
        if bad:
            raise ValidationError(bad)
        return out

    def accept(self) -> None:
        try:
            self.result_value = self.save(self.values())
        except ValidationError as e:
            show_field_issues(self.widgets, self.errors, e.issues)
            return
        except UserError as e:
            self.errors.setText(str(e))
            self.errors.show()
            return
        super().accept()


def _cell(v: object) -> str:
    return v.isoformat() if isinstance(v, date) else "" if v is None else str(v)


class DtoTable(ColumnModel[Any]):
    """Rows of any DTO shown through one function per column (the text is also the tooltip: cells are narrow)."""

    def __init__(self, columns: list[tuple[str, Callable[[Any], object]]], parent: QObject | None = None,
                 colour: Callable[[Any], str | None] | None = None):
        def column(header: str, get: Callable[[Any], object]) -> Column[Any]:
            return Column(header, lambda r: _cell(get(r)), tip=lambda r: _cell(get(r)))
        super().__init__([column(h, g) for h, g in columns], parent, row_fg=colour)


def table_view(model: ColumnModel[Any], stretch: int = -1) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.verticalHeader().hide()
    v.setWordWrap(True)
    h = v.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        h.setStretchLastSection(True)
    return v


def shortcut(key: QKeySequence | QKeySequence.StandardKey, parent: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A key that works while the focus is in ``parent`` (a page or one of its tables), so pages in the same window
    can each have their own Ctrl+N, Delete and Ctrl+Z."""
    sc = QShortcut(key, parent, slot)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return sc


def selected(view: QTableView) -> Any:
    idx = view.currentIndex()
    return idx.data(ROW_ROLE) if idx.isValid() else None


def confirm_lock(parent: QWidget, title: str, what: str, verb: str) -> bool:
    """An irreversible step (定稿, 离开支部, 上缴, 年度定稿) asks once, saying what will be locked; No is the default
    (Enter does not lock anything by accident)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, what, parent=parent)
    yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
