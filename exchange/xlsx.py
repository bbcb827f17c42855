"""One way to put text into a spreadsheet the program writes (the roster export, the bundle's tables, the
committee's summary): control characters that the xlsx format cannot hold are replaced (U+FFFD) instead of
stopping the export, and text that starts like a formula (= + - @, a tab or a carriage return) stays text, so
a cell such as ``=cmd|' /C calc'!A0`` typed into a member's work unit is never a live formula in Excel (the
OWASP guidance on CSV/formula injection)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(v: Any) -> Any:
    """Strings without the control characters xlsx refuses; other values unchanged."""
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
    return v


def append_row(ws: Any, values: Iterable[Any]) -> None:
    """Append one row of values as data, never as formulas (normal and write-only sheets alike)."""
    vals = [clean_text(v) for v in values]
    if isinstance(ws, Worksheet):
        ws.append(vals)
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"
        return
    cells = []
    for v in vals:
        c = WriteOnlyCell(ws, value=v)
        if isinstance(v, str) and v.startswith(FORMULA_START):
            c.data_type = "s"
        cells.append(c)
    ws.append(cells)


def save_workbook(wb: Any, out: Any) -> None:
    """Save through ``<name>.partial`` and a rename: a full disk leaves no half-written spreadsheet."""
    from pathlib import Path

    from models.disk import os_error
    from models.errors import UserError
    from models.files import replacing
    from models.i18n import pick

    out = Path(out)
    if out.is_dir():
        raise UserError(pick(f"{out} 是一个文件夹，请给出要写入的文件名（…/花名册.xlsx）。",
                             f"{out} is a folder; give the file name to write (…/roster.xlsx)."))
    try:
        with replacing(out) as partial:
            wb.save(partial)
    except OSError as exc:
        raise os_error(exc, out.parent) or UserError(
            pick(f"无法写入 {out}：{exc.strerror or exc}", f"Cannot write {out}: {exc.strerror or exc}")) from exc
