"""No ambiguous shortcut (Qt does nothing when two actions in reach share a key: on main Ctrl+E did nothing on the
花名册 and 党费 pages): every key of the window and of each page, from the one table, at most once within reach of
that page; 帮助 → 快捷键 lists the table; the README gives the same keys."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from models.books import BOOKS
from ui.context import AppContext

ROOT = Path(__file__).resolve().parent.parent


def keys_in_reach(page: QWidget, window: QWidget) -> list[str]:
    """The keys of the actions answering while the focus is on ``page``, each action counted once: the page's own,
    its children's (action bars, menus) and the window's menus."""
    actions: dict[int, QAction] = {}
    for w in [page, *page.findChildren(QWidget), window, *window.menuBar().findChildren(QWidget)]:
        for a in w.actions():
            actions[id(a)] = a
    return [s.toString() for a in actions.values() for s in a.shortcuts() if not s.isEmpty()]


def clashes_on(page: QWidget, window: QWidget) -> dict[str, int]:
    """Keys answered twice while the focus is somewhere on ``page``: the actions in reach, then, for each table or
    field that has shortcuts of its own, those too (they answer only while the focus is in it)."""
    base = keys_in_reach(page, window)
    by_parent: dict[int, list[str]] = {}
    for sc in page.findChildren(QShortcut):
        if not sc.key().isEmpty():
            by_parent.setdefault(id(sc.parent()), []).append(sc.key().toString())
    out: dict[str, int] = {}
    for own in [[], *by_parent.values()]:
        out |= {k: n for k, n in Counter(base + own).items() if n > 1}
    return out


def test_no_key_is_claimed_twice_on_any_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    clashes = {}
    for b in BOOKS:
        page = win.show_book(b.key)
        twice = clashes_on(page, win)
        if twice:
            clashes[b.key] = twice
    assert clashes == {}
    assert QKeySequence("Ctrl+E").toString() in keys_in_reach(win.show_book("roster"), win)  # 报送 still reachable


def test_the_shortcut_list_shows_the_table_in_chinese(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.shortcuts import TABLE

    install_translators(qapp, "zh_CN")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_shortcuts()
    from PySide6.QtWidgets import QTableWidget

    t = win.shortcuts_dialog.findChild(QTableWidget)
    assert t.rowCount() == len(TABLE)
    texts = [t.item(r, 2).text() for r in range(t.rowCount())]
    assert "报送" in "".join(texts) and not any(x.isascii() and x.strip() for x in texts)


def test_the_readme_gives_the_same_keys_as_the_table() -> None:
    from ui.shortcuts import TABLE, text

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## 快捷键"):]
    section = section[:section.index("\n## ", 3)] if "\n## " in section[3:] else section
    for _where, _ident, k, _what in TABLE:
        assert text(k) in section, text(k)


def test_no_action_bar_shows_more_than_six_things_and_deleting_is_never_called_undo(qtbot, qapp, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """One set of verbs: 撤销 is undo only (deleting is 删除, taking a letter back 撤回); each page's bar shows its
    main actions and 打印 and 更多, at most six (the 承诺 page showed twelve)."""
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    install_translators(qapp, "zh_CN")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    for b in BOOKS:
        page = win.show_book(b.key)
        shown = [a for a in page.bar.actions() if a.isVisible() and not a.isSeparator()]
        assert len(shown) <= 6, (b.key, [a.text() for a in shown])
        for a in page.acts.values():
            if a.text().startswith("撤销"):
                assert a is page.acts.get("undo"), (b.key, a.text())
