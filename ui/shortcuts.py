"""Every keyboard shortcut of the window, in one table: the menus' (they work everywhere in the window) and the
pages' (they work while the focus is on that page). A page key never repeats a window key, so no key is
ambiguous (Qt would then do nothing); 帮助 → 快捷键 lists this table and the README gives the same."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

Key = QKeySequence | QKeySequence.StandardKey

# (where, id, key, what it does); "window" keys work on every page
TABLE: tuple[tuple[str, str, str | QKeySequence.StandardKey, Any], ...] = (
    ("window", "backups", "Ctrl+B", QT_TRANSLATE_NOOP("shortcuts", "Backups and restore")),
    ("window", "send", "Ctrl+E", QT_TRANSLATE_NOOP("shortcuts", "Send the monthly bundle")),
    ("window", "volume", "Ctrl+Shift+P", QT_TRANSLATE_NOOP("shortcuts", "Print the yearly volume")),
    ("window", "settings", "Ctrl+,", QT_TRANSLATE_NOOP("shortcuts", "Settings")),
    ("window", "shortcuts", QKeySequence.StandardKey.HelpContents, QT_TRANSLATE_NOOP("shortcuts", "Keyboard shortcuts")),
    ("window", "lock", "Ctrl+L", QT_TRANSLATE_NOOP("shortcuts", "Lock the window (the password opens it again)")),
    ("window", "quit", "Ctrl+Q", QT_TRANSLATE_NOOP("shortcuts", "Quit")),
    ("window", "pages", "Alt+1", QT_TRANSLATE_NOOP("shortcuts", "Go to a book (Alt+1 … Alt+0)")),
    ("page", "new", QKeySequence.StandardKey.New, QT_TRANSLATE_NOOP("shortcuts", "New record (member, meeting, pledge, payment…)")),
    ("page", "edit", "Return", QT_TRANSLATE_NOOP("shortcuts", "Open or edit the selected record")),
    ("page", "delete", QKeySequence.StandardKey.Delete, QT_TRANSLATE_NOOP("shortcuts", "Delete into the recycle bin (or take back a payment)")),
    ("page", "undo", QKeySequence.StandardKey.Undo, QT_TRANSLATE_NOOP("shortcuts", "Undo")),
    ("page", "redo", "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("shortcuts", "Redo (also Ctrl+Y)")),
    ("page", "print", QKeySequence.StandardKey.Print, QT_TRANSLATE_NOOP("shortcuts", "Print the page's main form")),
    ("page", "find", QKeySequence.StandardKey.Find, QT_TRANSLATE_NOOP("shortcuts", "Search")),
    ("page", "save", QKeySequence.StandardKey.Save, QT_TRANSLATE_NOOP("shortcuts", "Save (a dialog, the branch profile, a self-assessment)")),
    ("roster", "import", "Ctrl+I", QT_TRANSLATE_NOOP("shortcuts", "Import a roster spreadsheet")),
    ("roster", "export", "Ctrl+Shift+X", QT_TRANSLATE_NOOP("shortcuts", "Export the roster to Excel")),
    ("dues", "base", "Ctrl+D", QT_TRANSLATE_NOOP("shortcuts", "Set a member's dues base")),
    ("dues", "handup", "Ctrl+U", QT_TRANSLATE_NOOP("shortcuts", "Hand dues up to the committee")),
    ("development", "step", "Ctrl+R", QT_TRANSLATE_NOOP("shortcuts", "Record the next step")),
    ("development", "edit", "Ctrl+D", QT_TRANSLATE_NOOP("shortcuts", "Edit the applicant's details")),
    ("pledges", "review", "Ctrl+R", QT_TRANSLATE_NOOP("shortcuts", "Review the selected pledges")),
    ("pledges", "progress", "Ctrl+J", QT_TRANSLATE_NOOP("shortcuts", "Record progress on a pledge")),
    ("pledges", "assess", "Ctrl+K", QT_TRANSLATE_NOOP("shortcuts", "Year-end appraisal of a pledge")),
)

_BY_ID = {(where, ident): key for where, ident, key, _what in TABLE}


def key(where: str, ident: str) -> Key:
    """The shortcut of ``ident`` on ``where`` (a book's key, "page" for every page, or "window")."""
    k = _BY_ID.get((where, ident)) or _BY_ID[("page", ident)]
    return QKeySequence(k) if isinstance(k, str) else k


def text(k: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)


def rows() -> list[tuple[str, str, str]]:
    """(where, key, what) in the interface language, for 帮助 → 快捷键."""
    from models.books import BY_KEY

    where_words = {"window": QCoreApplication.translate("shortcuts", "Anywhere"),
                   "page": QCoreApplication.translate("shortcuts", "On every book's page")}
    return [(where_words.get(where) or BY_KEY[where].name, text(k), QCoreApplication.translate("shortcuts", str(what)))
            for where, _ident, k, what in TABLE]
