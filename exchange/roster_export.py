"""Export the roster to .xlsx, with the same headers the import recognises (so it round-trips)."""
from __future__ import annotations

from pathlib import Path

from exchange.xlsx import append_row, save_workbook
from models.i18n import pick
from models.rules.idcard import mask_id
from models.rules.roster import label
from models.services.dto import MemberRow

EXPORT_FIELDS = ("name", "gender", "ethnicity", "birth_date", "id_number", "education", "job", "join_date",
                 "full_date", "status", "category", "group", "committee_role", "group_role", "phone", "notes")


def export_roster(rows: list[MemberRow], out: Path, branch_name: str, mask_ids: bool = False) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    out = Path(out)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = pick("党员花名册", "Roster")
    append_row(ws, [pick(f"{branch_name}党员花名册", f"{branch_name} member roster")])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(EXPORT_FIELDS))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    append_row(ws, [label(f) for f in EXPORT_FIELDS])
    for r in rows:
        values = []
        for f in EXPORT_FIELDS:
            v = getattr(r, f)
            if f == "id_number" and mask_ids and v:
                v = mask_id(v)
            values.append(v if v is not None else "")
        append_row(ws, values)
    for col, f in enumerate(EXPORT_FIELDS, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = {"id_number": 22, "job": 24, "notes": 20}.get(f, 12)
        if f == "id_number" or f == "phone":
            for cell in ws[letter][2:]:
                cell.number_format = "@"  # text, so Excel never turns an ID number into 1.1E+17
        if f.endswith("_date"):
            for cell in ws[letter][2:]:
                cell.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "B3"
    save_workbook(wb, out)
    return out
