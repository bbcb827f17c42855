"""Qt table models over DTO rows: a model driven by column specs, a sort role, one filter proxy."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from models.i18n import listing, term
from models.member import EDUCATIONS, GENDERS, MemberCategory, MemberStatus
from models.rules.idcard import mask_id
from models.services.dto import MemberRow
from models.services.meetings import MeetingRow
from ui.style import GREY, RED

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LONG_TEXT = 12  # characters: past this a cell's whole text is also its tooltip (it may be cut off)
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
    terms: Sequence[str] = ()  # the fixed terms it shows (性别, 学历 …): the column is made wide enough for each, in words


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
        if role == Qt.ItemDataRole.ToolTipRole:
            if c.tip is not None:
                return c.tip(r) or None
            text = c.text(r)  # a long text may be cut off in its column: the tooltip shows it whole
            return text if isinstance(text, str) and len(text) > LONG_TEXT else None
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


class MemberTableModel(ColumnModel[MemberRow]):
    """党员花名册 rows; ID numbers masked unless ``show_ids``; members who left in grey."""

    NAME, GENDER, BIRTH, ID_NUMBER, EDUCATION, JOINED, FULL, STATUS, CATEGORY, GROUP, ROLE, PHONE, STATE = range(13)

    def __init__(self, parent: QObject | None = None):
        self.show_ids = False

        def d(x: date | None) -> str:
            return x.isoformat() if x else ""

        super().__init__([
            Column(self.tr("Name"), lambda r: r.name, sort=lambda r: r.name_pinyin,
                   tip=lambda r: f"{r.name}（{r.name_pinyin}）", width=76),
            Column(self.tr("Gender"), lambda r: term(r.gender), width=44, terms=GENDERS),
            Column(self.tr("Born"), lambda r: d(r.birth_date), width=90),
            Column(self.tr("ID number"), lambda r: r.id_number if self.show_ids else mask_id(r.id_number)
                   if r.id_number else "", width=160),
            Column(self.tr("Education"), lambda r: term(r.education), width=84, terms=EDUCATIONS),
            Column(self.tr("Joined"), lambda r: d(r.join_date), width=90),
            Column(self.tr("Full member"), lambda r: d(r.full_date), width=90),
            Column(self.tr("Membership"), lambda r: term(r.status), width=76,
                   terms=[x.value for x in MemberStatus]),
            Column(self.tr("Category"), lambda r: term(r.category), width=76,
                   terms=[x.value for x in MemberCategory]),
            Column(self.tr("Party group"), lambda r: r.group, width=96),
            Column(self.tr("Post"), lambda r: listing(x for x in (r.committee_role, r.group_role) if x), width=110),
            Column(self.tr("Phone"), lambda r: r.phone, width=110),
            Column(self.tr("State"), lambda r: self.tr("On roster") if r.active else f"{r.left_kind} {d(r.left_on)}"),
        ], parent, row_fg=lambda r: None if r.active else GREY)


def member_shown(r: MemberRow, f: dict[str, Any]) -> bool:
    """Search by Chinese name, full pinyin or initials (``zs`` finds 张三), filter by group/status/category."""
    if not f["show_left"] and not r.active:
        return False
    for key in ("group", "status", "category"):
        if f[key] and getattr(r, key) != f[key]:
            return False
    return matches(r, f["text"])


class MemberFilterProxy(FilterProxy):
    def __init__(self, parent: QObject | None = None):
        super().__init__(member_shown, parent, text="", group="", status="", category="", show_left=False)


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


class MeetingTableModel(ColumnModel[MeetingRow]):
    """三会一课 records (or search hits, with their snippet)."""

    DATE, KIND, TITLE, DUE, PRESENT, VALID, STATE, SNIPPET = range(8)

    def __init__(self, parent: QObject | None = None):
        from models.services.meetings import kind_name

        self.snippets: dict[int, str] = {}
        states = {"draft": self.tr("draft"), "final": self.tr("final"), "submitted": self.tr("submitted")}
        super().__init__([
            Column(self.tr("Date"), lambda r: r.held_on.isoformat(), width=90),
            Column(self.tr("Kind"), lambda r: kind_name(r.kind) + (f"（{r.group}）" if r.group else ""), width=190),
            Column(self.tr("Topic"), lambda r: r.title, tip=lambda r: r.title, width=360),
            Column(self.tr("Due"), lambda r: str(r.due), sort=lambda r: r.due, figures=True, width=50),
            Column(self.tr("Present"), lambda r: str(r.present), sort=lambda r: r.present, figures=True, width=50),
            Column(self.tr("Valid"), lambda r: "" if r.valid is None else (self.tr("yes") if r.valid
                                                                            else self.tr("NO quorum")),
                   fg=lambda r: RED if r.valid is False else None, width=76),
            Column(self.tr("State"), lambda r: states.get(r.state, r.state), width=60),
            Column(self.tr("Found in"), lambda r: self.snippets.get(r.id, ""), tip=lambda r: self.snippets.get(r.id, "")),
        ], parent)

    def set_rows(self, rows: Sequence[MeetingRow], snippets: dict[int, str] | None = None) -> None:
        self.snippets = snippets or {}
        super().set_rows(rows)
