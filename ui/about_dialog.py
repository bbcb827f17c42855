"""About: the program's version and the versions of what it stands on, the data folder and the fonts in use."""
from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models import vault
from models.db import head_revision
from reports.fonts import ROLES, choose
from ui.context import AppContext


def _v(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "?"


def about_lines(ctx: AppContext) -> list[tuple[str, str]]:
    from models import VERSION

    fonts = "; ".join(f"{r}: {choose(r, ctx.settings.fonts).path.name}" for r in ROLES)
    return [
        ("Branch Desk", VERSION),
        ("Python", platform.python_version()),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
        ("SQLAlchemy / Alembic", f"{_v('SQLAlchemy')} / {_v('alembic')}"),
        ("SQLite", f"{vault.dbapi().sqlite_version} (SQLCipher {_v('sqlcipher3')})"),
        ("encryption", "on" if ctx.ws.key is not None else "off"),
        ("reportlab", _v("reportlab")),
        ("schema", head_revision()),
        ("data", str(ctx.ws.root)),
        ("fonts", fonts),
    ]


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Branch Desk"))
        title = QLabel(self.tr("<h2>Branch Desk 支部工作台</h2><p>Record books of a party branch, kept offline, "
                               "printed to the standard forms and handed up monthly.</p>"))
        title.setWordWrap(True)
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in about_lines(ctx))
        table = QLabel(f"<table cellspacing=4>{rows}</table>")
        table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(table)
        lay.addWidget(buttons)
