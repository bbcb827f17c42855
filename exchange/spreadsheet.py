"""Read the spreadsheets branches already have: .xlsx/.xlsm/.xls/.ods (calamine) and .csv in UTF-8 or GB18030."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from models.errors import UserError
from models.i18n import pick

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
# a cell longer than this is no roster entry (the csv module's own limit, applied to every format)
MAX_CELL = 128 * 1024


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
    # old Mac and some exporters end lines with CR alone: read those as line ends too
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[list[object]] = []
    try:
        for row in reader:
            rows.append([c if c.strip() else None for c in row])
    except csv.Error as exc:
        line = reader.line_num
        if "field larger than field limit" in str(exc):
            raise UserError(pick(f"{path.name} 第{line}行：有一个单元格超过 {MAX_CELL // 1024} KiB，不像花名册的内容。请检查该行。",
                                 f"{path.name} line {line}: a cell is over {MAX_CELL // 1024} KiB, which is no roster "
                                 "entry. Check that line.")) from exc
        raise UserError(pick(f"{path.name} 第{line}行无法读取（{exc}）。请用 Excel 另存为 .xlsx 后再导入。",
                             f"{path.name} line {line} cannot be read ({exc}). Save it as .xlsx in Excel and "
                             "import that.")) from exc
    return rows
