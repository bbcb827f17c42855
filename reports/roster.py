"""党员花名册 (book 2) printed as a landscape register."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from models.db import Workspace
from models.i18n import pick
from models.rules.idcard import mask_id
from models.services.dto import MemberRow
from models.services.profile import ProfileService
from models.services.roster import RosterService
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import (
    TABLE_PT,
    FormMeta,
    Styles,
    date_cn,
    date_zh,
    frame_width,
    grid,
    signature_block,
    title_block,
)

# (header, minimum width in mm); columns are widened to fit their longest cell, the job column takes the rest
COLUMNS = (("序号", 8), ("姓名", 14), ("性别", 9), ("民族", 10), ("出生年月", 14), ("身份证号", 30), ("学历", 14),
           ("工作单位及职务", 24), ("入党时间", 14), ("转正时间", 14), ("党员类型", 10), ("党小组", 14), ("联系电话", 18))
FLEX = 7  # 工作单位及职务 wraps; every other column is sized to fit
PAD = 5.5  # left + right cell padding in points (page.grid_style) plus a hair


def column_widths(cells: list[list[str]], font: str, size: float, total: float) -> list[float]:
    """Widths that fit each column's longest text on one line; the job column gets what is left."""
    widths = []
    for i, (_h, minimum) in enumerate(COLUMNS):
        need = max((stringWidth(row[i], font, size) for row in cells), default=0) + PAD
        widths.append(max(minimum * mm, need))
    rest = total - (sum(widths) - widths[FLEX])
    widths[FLEX] = max(COLUMNS[FLEX][1] * mm, rest)
    over = sum(widths) - total
    if over > 0:  # still too wide: narrow the widest fitted columns (they wrap) rather than overflow the page
        widths[COLUMNS.index(("姓名", 14))] -= min(over, widths[1] - COLUMNS[1][1] * mm)
    return widths


def roster_story(st: Styles, branch: str, rows: list[MemberRow], on: date, mask_ids: bool = True) -> list[Flowable]:
    full = sum(r.status == "正式党员" for r in rows)
    story: list[Flowable] = title_block(
        st, "党员花名册",
        f"党支部：{branch}　　截至{date_zh(on)}　　共{len(rows)}名党员（正式党员{full}名，预备党员{len(rows) - full}名）",
    )
    head = [Paragraph(h, st.cell_center) for h, _ in COLUMNS]
    texts: list[list[str]] = []
    for i, r in enumerate(rows, start=1):
        idn = (mask_id(r.id_number) if mask_ids else r.id_number) if r.id_number else ""
        texts.append([str(i), r.name, r.gender, r.ethnicity, date_cn(r.birth_date, True), idn, r.education, r.job,
                      date_cn(r.join_date, True), date_cn(r.full_date, True), r.status[:2], r.group, r.phone])
    widths = column_widths(texts, st.fonts.table, TABLE_PT, frame_width(True))
    data: list[list[object]] = [head]
    for row in texts:
        # plain strings draw fastest; a Paragraph only where the text must wrap
        cells: list[object] = [
            Paragraph(text, st.cell) if text and stringWidth(text, st.fonts.table, TABLE_PT) + PAD > widths[i] else text
            for i, text in enumerate(row)
        ]
        data.append(cells)
    t = grid(data, widths, st.fonts.table)
    story += [t, Spacer(1, 8 * mm)]
    story.append(signature_block(st, ("支部书记（签字）", "填表人", "填表日期"), frame_width(True)))
    return story


def render_roster(ws: Workspace, out: Target, on: date | None = None, mask_ids: bool = True,
                  fs: FontSet | None = None) -> int:
    """Write the roster PDF; returns its page count."""
    on = on or date.today()
    fs = fs or fonts()
    profile = ProfileService(ws).get()
    branch = profile.name if profile else pick("（未命名支部）", "(unnamed branch)")
    rows = RosterService(ws).list_members(on=on)
    meta = FormMeta(branch, "党员花名册", f"截至{date_zh(on)}", landscape=True)
    return build_pdf(out, meta, roster_story(Styles(fs), branch, rows, on, mask_ids), fs)
