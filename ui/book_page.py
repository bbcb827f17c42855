"""The skeleton every book's page stands on: the book's title from the registry, an action bar built from action
specs (shortcuts work anywhere on the page and show in the tooltip), a print menu built from the book's forms,
a year box, a search field (Ctrl+F), one message line, one stale flag (the page reloads after a change when it is
shown, or when it is next shown), and a QUndoStack whose Undo/Redo (Ctrl+Z, Ctrl+Shift+Z) take back what the
page did — deletions into the recycle bin, copies, taken-back payments."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.books import BY_KEY, Book, FormSpec
from models.i18n import pick, term
from models.rules.periods import parse_period
from ui.context import AppContext, _Follower
from ui.style import MessageLine, title_label
from ui.table_models import ROW_ROLE, ColumnModel, FilterProxy

Shortcut = QKeySequence | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class Act:
    """An entry of the action bar: ``key`` names it in ``page.acts``."""

    key: str
    text: str
    slot: Callable[[], object]
    shortcut: Shortcut = None
    checkable: bool = False
    more: bool = False  # under 更多 (the bar shows at most six things; the keys work either way)


class _Done(QUndoCommand):
    """Something the page has already done; undo calls ``back``, redo calls ``again``, each followed by a reload
    of every page and a word on the message line."""

    def __init__(self, page: BookPage, text: str, back: Callable[[], object], again: Callable[[], object] | None):
        super().__init__(text)
        self.page, self.back, self.again, self.first = page, back, again, True

    def _run(self, fn: Callable[[], object], said: str) -> None:
        from models.errors import UserError

        try:
            fn()
        except UserError as exc:
            self.page.message.say(str(exc), error=True)
        else:
            self.page.message.say(said.format(self.text()))
        self.page.changed()

    def undo(self) -> None:
        self._run(self.back, QCoreApplication.translate("BookPage", "Undone: {0}."))

    def redo(self) -> None:
        if self.first:  # being pushed: it has been done already
            self.first = False
            return
        if self.again is not None:
            self._run(self.again, QCoreApplication.translate("BookPage", "Done again: {0}."))


def each(fn: Callable[[Any], object], items: Sequence[Any]) -> Callable[[], None]:
    """A step for the undo stack: ``fn`` on every item, in order."""
    def run() -> None:
        for x in items:
            fn(x)
    return run


def shortcut_text(shortcut: Shortcut) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText) if shortcut is not None else ""


class BookPage(QWidget):
    """Subclasses set ``book_key`` and implement ``reload``; they add their widgets to the layout they build from
    ``self.title``, ``self.bar``, ``self.message`` and the rest."""

    book_key: ClassVar[str]
    follows_changes: ClassVar[bool] = True  # False: a form being typed in, read again only for another workspace

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.book: Book = BY_KEY[self.book_key]
        self.title = title_label(self.book.name)
        self.bar = QToolBar()
        self.message = MessageLine()
        self.acts: dict[str, QAction] = {}
        self.undo_stack = QUndoStack(self)
        self._more: QMenu | None = None
        self._more_action: QAction | None = None
        self._generation, self._reading = 0, False
        self._when_shown: list[Callable[[], object]] = []
        if self.follows_changes:
            self.follower = ctx.follow(self, self.reload)
        else:
            self.follower = _Follower(self, self.reload)
            ctx.workspace_replaced.connect(self.follower.changed)
        self.follower.stale = True  # read when first shown, not while the window starts
        ctx.workspace_replaced.connect(self.undo_stack.clear)

    # ---- reading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the page's data on a worker and show it on the UI thread, so a visit or a save never holds the
        window: ``read_args`` (UI thread) says what to read from the widgets' state, ``read`` (worker, no widgets)
        reads it, ``show_data`` (UI thread) shows it. A newer reload supersedes one still running. A page that
        reads nothing worth a worker overrides ``reload`` itself."""
        args = self.read_args()
        self._generation += 1
        generation = self._generation
        self._reading = True
        self.ctx.tasks.run(lambda _p: self.read(args), lambda data: self._arrived(generation, data), parent=self)

    def read_args(self) -> Any:
        return self.current_year()

    def read(self, args: Any) -> Any:
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def _arrived(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self._reading = False
        self.show_data(data)
        waiting, self._when_shown = self._when_shown, []
        for fn in waiting:
            fn()

    def when_shown(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the data being read is shown (at once if nothing is being read)."""
        if self._reading:
            self._when_shown.append(fn)
        else:
            fn()

    @property
    def stale(self) -> bool:
        return bool(self.follower.stale)

    def ensure_loaded(self) -> None:
        """For a caller about to look at the rows (the 工作台 opening a record): read now if the page is stale."""
        if self.follower.stale:
            self.follower.stale = False
            self.reload()

    def changed(self) -> None:
        """Tell every page (this one included) that the workspace changed."""
        self.ctx.data_changed.emit()

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def open_dialog(self, dialog: QDialog, after: Callable[[], object] | None = None) -> None:
        """Open ``dialog`` (window-modal); when it is accepted every page reloads, then ``after`` runs."""
        self.dialog = dialog

        def accepted() -> None:
            self.changed()
            if after is not None:
                self.when_shown(after)
        dialog.accepted.connect(accepted)
        dialog.open()

    def attempt(self, fn: Callable[[], object], said: str = "") -> bool:
        """Run the service call ``fn``; a refusal is said on the message line (False), else every page reloads and
        ``said`` is said."""
        from models.errors import UserError

        try:
            fn()
        except UserError as exc:
            self.say(str(exc), error=True)
            return False
        self.changed()
        if said:
            self.say(said)
        return True

    def to_bin(self, what: str, delete: Callable[[], object], restore: Callable[[], object], said: str) -> bool:
        """Delete into the recycle bin (a refusal is said); Ctrl+Z brings it back, Ctrl+Shift+Z deletes it again.
        ``what`` names it in the Undo action (“Undo delete 王五”), ``said`` on the message line."""
        if not self.attempt(delete, said):
            return False
        self.done(what, restore, delete)
        return True

    def need(self, row: Any, what: str) -> Any:
        """``row``, or None after saying on the message line what to choose first."""
        if row is None:
            self.say(what, error=True)
        return row

    # ---- the action bar ----------------------------------------------------------------------------------------
    def add_actions(self, specs: Sequence[Act]) -> None:
        for spec in specs:
            a = QAction(spec.text, self)
            if spec.shortcut is not None:
                a.setShortcut(spec.shortcut)
                a.setToolTip(f"{spec.text} ({shortcut_text(spec.shortcut)})")
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setCheckable(spec.checkable)
            a.triggered.connect(lambda _=False, slot=spec.slot: slot())
            if spec.more:
                self.more_menu().addAction(a)
            elif self._more_action is not None:
                self.bar.insertAction(self._more_action, a)
            else:
                self.bar.addAction(a)
            self.addAction(a)
            self.acts[spec.key] = a

    def more_menu(self) -> QMenu:
        """The 更多 menu at the end of the action bar, made when the first action goes into it."""
        if self._more is None:
            button = QToolButton()
            button.setText(self.tr("More"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self._more = QMenu(button)
            button.setMenu(self._more)
            self._more_action = self.bar.addWidget(button)
        return self._more

    def add_undo_actions(self) -> None:
        """Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) of the page's undo stack, named by what they take back."""
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                           QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y)])
        for key, a in (("undo", undo), ("redo", redo)):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.more_menu().addAction(a)  # Ctrl+Z / Ctrl+Shift+Z; the menu says what they would take back
            self.addAction(a)
            self.acts[key] = a

    def done(self, text: str, back: Callable[[], object], again: Callable[[], object] | None = None) -> None:
        """Record something the page has just done so Ctrl+Z takes it back (and Ctrl+Shift+Z does it again)."""
        self.undo_stack.push(_Done(self, text, back, again))

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
        else:
            self.message.say(self.tr("Nothing to undo."))

    # ---- the layout ------------------------------------------------------------------------------------------------
    def lay_out(self, *tools: QWidget, body: QWidget, above: Sequence[QWidget] = (),
                below: Sequence[QWidget] = ()) -> None:
        """The page as every book's page looks: the title, ``above`` (a hint, a summary), the action bar with the
        page's ``tools`` (search, filters, the year) beside it, the message line, the ``body`` taking the room
        left, then ``below`` (a legend)."""
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)  # the actions first: never folded away behind the search field
        for w in tools:
            top.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        for w in above:
            lay.addWidget(w)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(body, 1)
        for w in below:
            lay.addWidget(w)

    @staticmethod
    def row(*widgets: QWidget) -> QHBoxLayout:
        """Widgets side by side at their own size, the rest of the row left empty (a row of filters)."""
        lay = QHBoxLayout()
        for w in widgets:
            lay.addWidget(w)
        lay.addStretch(1)
        return lay

    @staticmethod
    def panel(*items: QWidget | QLayout, stretch: int = -1, left: int = 0) -> QWidget:
        """Widgets (or rows) stacked without margins — one side of a splitter; ``stretch``: the index that takes
        the room; ``left``: a gap on the left."""
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(left, 0, 0, 0)
        for i, x in enumerate(items):
            if isinstance(x, QLayout):
                lay.addLayout(x, 1 if i == stretch else 0)
            else:
                lay.addWidget(x, 1 if i == stretch else 0)
        return w

    @staticmethod
    def split(*widgets: QWidget, sizes: Sequence[int], vertical: bool = False) -> QSplitter:
        s = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        for i, (w, size) in enumerate(zip(widgets, sizes, strict=True)):
            s.addWidget(w)
            s.setStretchFactor(i, size)
        s.setSizes(list(sizes))
        return s

    # ---- the year, the search field, the table -----------------------------------------------------------------
    def year_box(self, ahead: int = 0, back: int = 10, tip: str = "") -> QComboBox:
        box = QComboBox()
        this = date.today().year
        for y in range(this + ahead, this - back - 1, -1):
            box.addItem(str(y), y)
        box.setCurrentIndex(box.findData(this))
        if tip:
            box.setToolTip(tip)
        self.year = box
        return box

    def current_year(self) -> int:
        box = getattr(self, "year", None)
        return int(box.currentData() if box is not None and box.currentData() else date.today().year)

    def search_field(self, hint: str, proxy: FilterProxy) -> QLineEdit:
        self.search = QLineEdit()
        self.search.setPlaceholderText(hint)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(280)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: proxy.set_filter(text=t))
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._find)
        self.addAction(find)
        return self.search

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @staticmethod
    def table_view(proxy: FilterProxy | ColumnModel[Any], rows: bool = True, multi: bool = False) -> QTableView:
        """A read-only table over ``proxy``: whole rows selected (``multi``: several), sortable, column widths
        from the model's column specs (others sized to their contents)."""
        view = QTableView()
        view.setModel(proxy)
        if isinstance(proxy, FilterProxy):
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if rows
                                  else QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        model = proxy.sourceModel() if isinstance(proxy, FilterProxy) else proxy
        columns = list(model.columns) if isinstance(model, ColumnModel) else []
        widths = [c.width for c in columns]
        if any(widths):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            # the widths are given for 9-pt text (a Chinese character 12 px wide): they grow with 设置 → 文字大小,
            # and never below the header's own title (with its margins and the sort arrow): a header is never cut
            scale = max(1.0, view.fontMetrics().horizontalAdvance("中") / 12)
            margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 14
            for col, width in enumerate(widths):
                if width:
                    title = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                    need = max((header.fontMetrics().horizontalAdvance(x) for x in title.split("\n")), default=0)
                    terms = [view.fontMetrics().horizontalAdvance(term(t)) for t in columns[col].terms]
                    need = max(need, max(terms, default=0))
                    view.setColumnWidth(col, max(round(width * scale), need + margin))
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    @staticmethod
    def rows_of(view: QTableView) -> list[Any]:
        """The rows selected in ``view``, in the order shown."""
        rows = []
        for idx in sorted(view.selectionModel().selectedRows(), key=lambda i: i.row()):
            r = view.model().data(idx, ROW_ROLE)
            if r is not None:
                rows.append(r)
        return rows

    @staticmethod
    def row_at(view: QTableView) -> Any:
        idx = view.currentIndex()
        return view.model().data(idx, ROW_ROLE) if idx.isValid() else None

    @staticmethod
    def select_where(view: QTableView, test: Callable[[Any], bool], column: int = 0) -> bool:
        model = view.model()
        for r in range(model.rowCount()):
            idx = model.index(r, column)
            if test(model.data(idx, ROW_ROLE)):
                view.setCurrentIndex(idx)
                view.selectRow(r) if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows \
                    else None
                view.scrollTo(idx)
                return True
        return False

    # ---- printing ----------------------------------------------------------------------------------------------
    def print_variants(self, spec: FormSpec) -> list[tuple[str, Callable[[], dict[str, Any] | None]]]:
        """How ``spec`` appears in the print menu: (label, options of the request, or None when the page has said
        why it cannot print now). A page overrides this for forms printed for a selected record or member."""
        return [(spec.name + "…", dict)]

    def add_print_menu(self, default: str | None = None) -> QToolButton:
        """The Print button with the book's forms; Ctrl+P prints ``default`` (the book's own form if not named)."""
        button = QToolButton()
        button.setText(self.tr("Print"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        default = default or (self.book.key if any(f.key == self.book.key for f in self.book.forms)
                              else self.book.forms[0].key)
        first = True
        for spec in self.book.forms:
            for label, options in self.print_variants(spec):
                act = menu.addAction(label)
                act.setData(spec.key)
                act.triggered.connect(lambda _=False, s=spec, o=options: self.print_form(s, o))
                if spec.key == default and first:
                    first = False
                    act.setShortcut(QKeySequence.StandardKey.Print)
                    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    self.addAction(act)
        button.setMenu(menu)
        self.print_button = button
        if self._more_action is not None:
            self.bar.insertWidget(self._more_action, button)
        else:
            self.bar.addWidget(button)
        return button

    def print_form(self, spec: FormSpec | str, options: Callable[[], dict[str, Any] | None] = dict) -> None:
        """Render the form on a worker with the user's fonts, then preview it."""
        from models.books import FORMS
        from reports.forms import FormRequest, render_form
        from ui.pdf_preview import print_in_background

        spec = FORMS[spec] if isinstance(spec, str) else spec
        opts = options()
        if opts is None:
            return
        name = str(opts.pop("file_name", ""))
        year = self.current_year()
        req = FormRequest(**({"period": parse_period(str(year))} | opts))
        ws, key = self.ctx.ws, spec.key
        print_in_background(self.ctx, self, lambda out, fs: render_form(ws, key, req, out, fs),
                            pick(f"{spec.zh}{year}{name}.pdf", f"{spec.en} {year}{' ' if name else ''}{name}.pdf"),
                            self.tr("Preparing {0}…").format(spec.name))
