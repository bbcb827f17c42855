"""Read the spreadsheets branches already have: .xlsx/.xlsm/.xls/.ods (calamine) and .csv in UTF-8 or GB18030."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from models.errors import UserError
from models.i18n import pick

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]  # cells as calamine gives them: str, int, float, bool, date, datetime, None


def read_sheets(path: Path) -> list[Sheet]:
    path = Path(path)
    if not path.exists():
        raise UserError(pick(f"找不到文件：{path}", f"File not found: {path}"))
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise UserError(pick(f"{path.name}：不支持的文件类型，请用 .xlsx、.xls 或 .csv",
                             f"{path.name}: unsupported type; use .xlsx, .xls or .csv"))
    if suffix in (".csv", ".txt"):
        return [Sheet(path.stem, _read_csv(path))]
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append(Sheet(name, [[None if c == "" else c for c in r] for r in rows]))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise UserError(pick(f"{path.name}：文件已损坏或不是有效的表格文件（{type(exc).__name__}）",
                             f"{path.name}: damaged, or not a spreadsheet ({type(exc).__name__})")) from exc
    return sheets


def _read_csv(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(pick(f"{path.name}：无法识别文字编码（应为 UTF-8 或 GB18030）",
                             f"{path.name}: unknown text encoding (expected UTF-8 or GB18030)"))
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [[c if c.strip() else None for c in row] for row in csv.reader(io.StringIO(text), dialect)]
