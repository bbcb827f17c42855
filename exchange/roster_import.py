"""Import a roster from a branch's own spreadsheet (book 2).

1. ``analyse``: find the header row (a title row above it is fine), map columns by the usual Chinese
   headers (or a mapping the person chose), turn each row into a member entry, and check every row
   against the roster rules, against the other rows (same ID number twice) and against the roster.
2. ``apply``: nothing is written unless the file is clean or the person chose to import only the valid
   rows; either way all rows go in one transaction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from exchange.spreadsheet import MAX_CELL, Sheet, read_sheets
from models import faults
from models.db import Workspace
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.progress import Progress, step
from models.rules.dates import BadDate, add_months, parse_date
from models.rules.roster import FIELD_LABELS, label
from models.rules.standards import standard
from models.services.dto import MemberInput
from models.services.roster import Batch, RosterService

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "党员姓名", "名字"),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码"),
    "education": ("学历", "文化程度", "最高学历", "全日制学历"),
    "job": ("工作单位及职务", "单位及职务", "职务", "工作岗位", "岗位", "工作单位", "职务或岗位"),
    "join_date": ("入党日期", "入党时间", "入党年月", "加入党组织日期"),
    "full_date": ("转正日期", "转正时间", "转正年月", "转为正式党员日期"),
    "status": ("党员类型", "党籍状态", "正式/预备", "党员身份", "人员类型"),
    "category": ("党员类别", "人员类别", "党员分类", "在职情况"),
    "group": ("党小组", "所在党小组", "所在小组", "小组"),
    "committee_role": ("支委职务", "党内职务", "支部职务"),
    "group_role": ("党小组职务", "小组职务"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "联系方式"),
    "notes": ("备注",),
}
DATE_FIELDS = ("birth_date", "join_date", "full_date")
HEADER_SCAN_ROWS = 15


def _clean_header(v: object) -> str:
    return re.sub(r"[\s*＊（）()：:]", "", str(v or ""))


def guess_mapping(header: list[object]) -> dict[int, str]:
    """Column index → field, from the header texts."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for idx, cell in enumerate(header):
        text = _clean_header(cell)
        if not text:
            continue
        for fld, names in HEADER_SYNONYMS.items():
            if fld not in taken and (text in names or text == FIELD_LABELS[fld][0]):
                mapping[idx] = fld
                taken.add(fld)
                break
    return mapping


def find_header(rows: list[list[object]]) -> tuple[int, dict[int, str]]:
    """The row (0-based) that looks most like a header, and its mapping."""
    best = (0, {})  # type: tuple[int, dict[int, str]]
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        m = guess_mapping(row)
        if len(m) > len(best[1]):
            best = (i, m)
    return best


@dataclass
class ImportRow:
    row_number: int  # as the spreadsheet shows it (1-based)
    entry: MemberInput
    errors: list[FieldIssue] = field(default_factory=list)
    warnings: list[FieldIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPlan:
    path: Path
    sheet: str
    header_row: int  # 1-based
    mapping: dict[int, str]
    headers: list[str]
    rows: list[ImportRow]

    @property
    def valid(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    def problems(self, include_warnings: bool = True) -> list[tuple[int, str]]:
        """(spreadsheet row, line) per problem: “第17行 身份证号：校验位错误：号码中有一位不对…”."""
        out = []
        for r in self.rows:
            for i in r.errors:
                out.append((r.row_number, pick(f"第{r.row_number}行 {i.message}", f"Row {r.row_number}: {i.message}")))
            if include_warnings:
                for i in r.warnings:
                    out.append((r.row_number, pick(f"第{r.row_number}行 （提示）{i.message}",
                                                   f"Row {r.row_number} (note): {i.message}")))
        return out

    def report(self, include_warnings: bool = True) -> list[str]:
        return [line for _row, line in self.problems(include_warnings)]


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (date, datetime)):
        return v.isoformat()[:10]
    return str(v).strip()


def _entry_from_row(row: list[object], mapping: dict[int, str],
                    today: date | None = None) -> tuple[MemberInput, list[FieldIssue]]:
    entry = MemberInput(status="", category="", ethnicity="")
    issues: list[FieldIssue] = []
    for idx, fld in mapping.items():
        v = row[idx] if idx < len(row) else None
        refused = _bad_text(v)
        if refused:
            issues.append(FieldIssue(fld, f"{label(fld)}{pick('：', ': ')}{refused}"))
            continue
        if fld in DATE_FIELDS:
            try:
                setattr(entry, fld, parse_date(v))
            except BadDate as bad:
                msg = (pick(f"“{bad.text}”不是有效日期（该日不存在）", f"“{bad.text}” is not a real date")
                       if bad.impossible else
                       pick(f"“{bad.text}”无法识别为日期（可写作2020-01-05）", f"“{bad.text}” is not a date (write 2020-01-05)"))
                issues.append(FieldIssue(fld, f"{label(fld)}{pick('：', ': ')}{msg}"))
        elif fld == "id_number" and isinstance(v, (int, float)) and not isinstance(v, bool):
            issues.append(FieldIssue("id_number", pick(
                f"{label('id_number')}：被Excel当作数字保存（显示为{v:.5E}），后几位已丢失；请把该列设为“文本”后重新填写",
                f"{label('id_number')}: stored by Excel as a number ({v:.5E}), its last digits are lost; "
                "format the column as text and type it again")))
        else:
            setattr(entry, fld, _cell_text(v))
    if entry.category.strip() in STATUS_WORDS and "status" not in mapping.values():
        # many rosters call 正式/预备 the 党员类别
        entry.status, entry.category = entry.category, ""
    if not entry.category:
        entry.category = "在职"
    if not entry.status:
        entry.status = infer_status(entry, today)
    return entry, issues


STATUS_WORDS = ("正式", "预备", "正式党员", "预备党员")
# characters that are no text: NUL and the other C0 controls except tab, line feed and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _bad_text(v: object) -> str:
    """Why a cell cannot go into the books as it is ('' when it can)."""
    if not isinstance(v, str):
        return ""
    if len(v) > MAX_CELL:
        return pick(f"内容超过 {MAX_CELL // 1024} KiB，不像花名册的内容", f"over {MAX_CELL // 1024} KiB, which is no roster entry")
    m = _CONTROL.search(v)
    if m:
        return pick(f"第{m.start() + 1}个字符是不可见的控制字符（{m.group()!r}），请在表格里删除后重新导入",
                    f"character {m.start() + 1} is an invisible control character ({m.group()!r}); delete it in "
                    "the spreadsheet and import again")
    if v.startswith("=") and len(v) > 1:
        return pick("是一个公式，不是数据；请在表格里把它换成要导入的文字",
                    "is a formula, not data; replace it with the text to import")
    return ""


def infer_status(entry: MemberInput, today: date | None = None) -> str:
    """No status given: a 转正 date means full; otherwise someone who joined within the longest probation
    (two years, 《中国共产党章程》第七条) is probationary and anyone earlier must be full by now."""
    if entry.full_date:
        return "正式党员"
    if entry.join_date is None:
        return ""
    limit = add_months(entry.join_date, int(standard("probation_max_months").value))
    return "预备党员" if limit > (today or date.today()) else "正式党员"


def analyse(ws: Workspace, path: Path, mapping: dict[int, str] | None = None, sheet_name: str | None = None,
            header_row: int | None = None, today: date | None = None, progress: Progress | None = None) -> ImportPlan:
    """Read and check a roster file without writing anything."""
    path = Path(path)
    sheets = read_sheets(path)
    sheet = _pick_sheet(sheets, sheet_name)
    if header_row is None:
        idx, guessed = find_header(sheet.rows)
    else:
        idx, guessed = header_row - 1, guess_mapping(sheet.rows[header_row - 1] if sheet.rows else [])
    mapping = guessed if mapping is None else mapping
    if "name" not in mapping.values():
        raise UserError(pick(f"{path.name}：找不到“姓名”列。请确认表头行包含“姓名”，或在导入时手工对应各列。",
                             f"{path.name}: no 姓名 (name) column found. Check the header row, or map the columns by hand."))
    headers = [_cell_text(c) for c in (sheet.rows[idx] if sheet.rows else [])]
    roster = RosterService(ws)
    rows: list[ImportRow] = []
    data = sheet.rows[idx + 1:]
    seen_ids: dict[str, int] = {}
    with ws.session() as s:
        batch = Batch.load(s)
        for n, raw in enumerate(data):
            if n % 200 == 0:
                step(progress, n, len(data), pick("检查第{}行", "Checking row {}").format(idx + 2 + n))
            if all(c in (None, "") for c in raw):
                continue
            row_number = idx + 2 + n
            entry, issues = _entry_from_row(raw, mapping, today)
            entry, errors, warnings = roster.check(entry, today, session=s, batch=batch)
            unreadable = {i.field for i in issues}
            if unreadable & {"join_date", "full_date"}:
                unreadable |= {"status", "full_date", "join_date"}
            errors = issues + [e for e in errors if e.field not in unreadable]
            if entry.id_number and not any(e.field == "id_number" for e in errors):
                if entry.id_number in seen_ids:
                    errors.append(FieldIssue("id_number", pick(
                        f"{label('id_number')}：与第{seen_ids[entry.id_number]}行重复",
                        f"{label('id_number')}: same as row {seen_ids[entry.id_number]}")))
                else:
                    seen_ids[entry.id_number] = row_number
            rows.append(ImportRow(row_number, entry, errors, warnings))
    step(progress, len(data), len(data))
    return ImportPlan(path, sheet.name, idx + 1, mapping, headers, rows)


def _pick_sheet(sheets: list[Sheet], name: str | None) -> Sheet:
    if name:
        for sh in sheets:
            if sh.name == name:
                return sh
        raise UserError(pick(f"找不到工作表“{name}”", f"No sheet named “{name}”"))
    # the first sheet that has a name column
    for sh in sheets:
        if "name" in find_header(sh.rows)[1].values():
            return sh
    if not sheets or not any(sh.rows for sh in sheets):
        raise UserError(pick("文件里没有数据。", "The file has no data."))
    return sheets[0]


def apply(ws: Workspace, plan: ImportPlan, only_valid: bool = False, today: date | None = None,
          progress: Progress | None = None) -> int:
    """Write the rows in one transaction. Refuses a file with errors unless ``only_valid``."""
    if plan.invalid and not only_valid:
        raise UserError(pick(f"有{len(plan.invalid)}行存在错误，未导入任何数据。请改正后重新导入，或选择只导入正确的行。",
                             f"{len(plan.invalid)} rows have errors; nothing was imported. Fix them, or import only the valid rows."))
    roster = RosterService(ws)
    rows = plan.valid
    detail = pick(f"从{plan.path.name}导入", f"imported from {plan.path.name}")
    with ws.session() as s:
        batch = Batch.load(s)
        for n, r in enumerate(rows):
            if n % 200 == 0:
                step(progress, n, len(rows), pick("导入第{}行", "Importing row {}").format(r.row_number))
            if n == len(rows) // 2:
                s.flush()
                faults.point("import-half")
            try:
                roster.add_in(s, r.entry, today, detail=detail, batch=batch)
            except ValidationError as exc:  # the roster changed since the file was checked
                raise UserError(pick(f"第{r.row_number}行 {exc}；未导入任何数据。", f"Row {r.row_number}: {exc}; nothing imported.")) from exc
        step(progress, len(rows), len(rows))
    return len(rows)
