"""Qt table models over DTO rows: a model driven by column specs, a sort role, one filter proxy."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from models.rules.idcard import mask_id
from models.services.dto import MemberRow
from models.services.meetings import MeetingRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
R = TypeVar("R")
Colour = Callable[[Any], str | None]


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a table: its header, how a row reads in it, and (optionally) how it sorts, its colours, its
    tooltip, its width and whether it holds figures (right-aligned)."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    fg: Callable[[R], str | None] | None = None
    bg: Callable[[R], str | None] | None = None
    tip: Callable[[R], str | None] | None = None
    width: int = 0
    figures: bool = False


class ColumnModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of rows, each column read by its ``Column``; ``row_fg`` greys or colours a
    whole row (left members, deleted records) where a column has no colour of its own."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None,
                 row_fg: Callable[[R], str | None] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_fg = row_fg
        self.rows: list[R] = []

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        r = self.rows[index.row()]
        c = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.text(r).replace("\n", " ")
        if role == SORT_ROLE:
            return c.sort(r) if c.sort is not None else c.text(r)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = (c.fg(r) if c.fg is not None else None) or (self.row_fg(r) if self.row_fg is not None else None)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and c.bg is not None:
            colour = c.bg(r)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and c.tip is not None:
            return c.tip(r) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and c.figures:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FilterProxy(QSortFilterProxyModel):
    """The one filter proxy: ``accept(row, filters)`` decides, ``set_filter(name=value, ...)`` changes the
    filters and refilters once; sorting goes by SORT_ROLE."""

    def __init__(self, accept: Callable[[Any, dict[str, Any]], bool], parent: QObject | None = None, **filters: Any):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accept = accept
        self.filters: dict[str, Any] = dict(filters)

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        self.filters.update(kw)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        r = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return r is not None and self.accept(r, self.filters)


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of DTO rows: subclasses name their columns and say how a cell reads."""

    headers: list[str]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class MemberTableModel(RowTableModel):
    """党员花名册 rows."""

    NAME, GENDER, BIRTH, ID_NUMBER, EDUCATION, JOINED, FULL, STATUS, CATEGORY, GROUP, ROLE, PHONE, STATE = range(13)

    rows: list[MemberRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.show_ids = False
        self.headers = [self.tr("Name"), self.tr("Gender"), self.tr("Born"), self.tr("ID number"),
                        self.tr("Education"), self.tr("Joined"), self.tr("Full member"), self.tr("Membership"),
                        self.tr("Category"), self.tr("Party group"), self.tr("Post"), self.tr("Phone"),
                        self.tr("State")]

    def _text(self, r: MemberRow, col: int) -> str:
        def d(x: date | None) -> str:
            return x.isoformat() if x else ""

        if col == self.NAME:
            return r.name
        if col == self.GENDER:
            return r.gender
        if col == self.BIRTH:
            return d(r.birth_date)
        if col == self.ID_NUMBER:
            return r.id_number if self.show_ids else mask_id(r.id_number) if r.id_number else ""
        if col == self.EDUCATION:
            return r.education
        if col == self.JOINED:
            return d(r.join_date)
        if col == self.FULL:
            return d(r.full_date)
        if col == self.STATUS:
            return r.status
        if col == self.CATEGORY:
            return r.category
        if col == self.GROUP:
            return r.group
        if col == self.ROLE:
            return "、".join(x for x in (r.committee_role, r.group_role) if x)
        if col == self.PHONE:
            return r.phone
        if col == self.STATE:
            return self.tr("On roster") if r.active else f"{r.left_kind} {d(r.left_on)}"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            if col == self.NAME:
                return r.name_pinyin
            return self._text(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return f"{r.name}（{r.name_pinyin}）"
        return None


class MemberFilterProxy(QSortFilterProxyModel):
    """Search by Chinese name, full pinyin or initials (``zs`` finds 张三), filter by group/status/category."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.text = ""
        self.group = ""
        self.status = ""
        self.category = ""
        self.show_left = False

    def set_filter(self, **kw: Any) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        r: MemberRow = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if r is None:
            return False
        if not self.show_left and not r.active:
            return False
        if self.group and r.group != self.group:
            return False
        if self.status and r.status != self.status:
            return False
        if self.category and r.category != self.category:
            return False
        return matches(r, self.text)


def name_matches(text: str, name: str, pinyin: str, initials: str) -> bool:
    """Search by a name as people type it: Chinese characters, full pinyin, or pinyin initials (zs for 张三)."""
    t = text.strip().lower()
    if not t or t in name:
        return True
    return t.isascii() and (initials.startswith(t) or t in pinyin.replace(" ", "") or t in initials)


def matches(r: MemberRow, text: str) -> bool:
    t = text.strip().lower()
    if name_matches(t, r.name, r.name_pinyin, r.name_initials):
        return True
    if t.isascii():
        return t in r.phone
    return t in r.job or t in r.group


class MeetingTableModel(RowTableModel):
    """三会一课 records (or search hits, with their snippet)."""

    DATE, KIND, TITLE, DUE, PRESENT, VALID, STATE, SNIPPET = range(8)

    rows: list[MeetingRow]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.snippets: dict[int, str] = {}
        self.headers = [self.tr("Date"), self.tr("Kind"), self.tr("Topic"), self.tr("Due"), self.tr("Present"),
                        self.tr("Valid"), self.tr("State"), self.tr("Found in")]

    def set_rows(self, rows: list[MeetingRow], snippets: dict[int, str] | None = None) -> None:
        self.snippets = snippets or {}
        super().set_rows(rows)

    def _text(self, r: MeetingRow, col: int) -> str:
        from models.services.meetings import kind_name

        if col == self.DATE:
            return r.held_on.isoformat()
        if col == self.KIND:
            return kind_name(r.kind) + (f"（{r.group}）" if r.group else "")
        if col == self.TITLE:
            return r.title
        if col == self.DUE:
            return str(r.due)
        if col == self.PRESENT:
            return str(r.present)
        if col == self.VALID:
            return "" if r.valid is None else (self.tr("yes") if r.valid else self.tr("NO quorum"))
        if col == self.STATE:
            return {"draft": self.tr("draft"), "final": self.tr("final"), "submitted": self.tr("submitted")}.get(r.state, r.state)
        if col == self.SNIPPET:
            return self.snippets.get(r.id, "").replace("\n", " ")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            if col in (self.DUE, self.PRESENT):
                return r.due if col == self.DUE else r.present
            return self._text(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and col == self.VALID and r.valid is False:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.SNIPPET:
            return self.snippets.get(r.id, "")
        return None
