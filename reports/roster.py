"""党员花名册 (book 2) printed as a landscape register."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from exchange.roster_export import mask_id
from models.db import Workspace
from models.i18n import pick
from models.services.dto import MemberRow
from models.services.profile import ProfileService
from models.services.roster import RosterService
from reports.fonts import FontSet, fonts
from reports.page import FormMeta, Styles, build_pdf, date_cn, frame_width, grid_style, signature_block, title_block

# (header, width in mm, wraps)
COLUMNS = (("序号", 8, False), ("姓名", 17, True), ("性别", 9, False), ("民族", 13, False), ("出生年月", 15, True),
           ("身份证号", 35, False), ("学历", 17, True), ("工作单位及职务", 29, True), ("入党时间", 15, True),
           ("转正时间", 15, True), ("党员类型", 10, True), ("党小组", 20, True), ("联系电话", 22, False))


def roster_story(st: Styles, branch: str, rows: list[MemberRow], on: date, mask_ids: bool = True) -> list[Flowable]:
    full = sum(r.status == "正式党员" for r in rows)
    story: list[Flowable] = title_block(
        st, "党员花名册",
        f"党支部：{branch}　　截至{on.year}年{on.month}月{on.day}日　　共{len(rows)}名党员（正式党员{full}名，预备党员{len(rows) - full}名）",
    )
    head = [Paragraph(h, st.cell_center) for h, _, _ in COLUMNS]
    data: list[list[object]] = [head]
    for i, r in enumerate(rows, start=1):
        idn = (mask_id(r.id_number) if mask_ids else r.id_number) if r.id_number else ""
        job = Paragraph(r.job, st.cell) if r.job else ""
        data.append([str(i), Paragraph(r.name, st.cell_center), r.gender, r.ethnicity,
                     date_cn(r.birth_date, True), idn, r.education, job, date_cn(r.join_date, True),
                     date_cn(r.full_date, True), r.status[:2], Paragraph(r.group, st.cell_center), r.phone])
    widths = [w * mm for _, w, _ in COLUMNS]
    scale = frame_width(True) / sum(widths)
    t = Table(data, colWidths=[w * min(1.0, scale) for w in widths], repeatRows=1)
    t.setStyle(grid_style(st.fonts.table))
    story += [t, Spacer(1, 8 * mm)]
    story.append(signature_block(st, ("支部书记（签字）", "填表人", "填表日期"), frame_width(True)))
    return story


def render_roster(ws: Workspace, out: Path, on: date | None = None, mask_ids: bool = True,
                  fs: FontSet | None = None) -> int:
    """Write the roster PDF; returns its page count."""
    on = on or date.today()
    fs = fs or fonts()
    profile = ProfileService(ws).get()
    branch = profile.name if profile else pick("（未命名支部）", "(unnamed branch)")
    rows = RosterService(ws).list_members(on=on) if on != date.today() else RosterService(ws).list_members()
    meta = FormMeta(branch, "党员花名册", f"截至{on.isoformat()}", landscape=True)
    return build_pdf(out, meta, roster_story(Styles(fs), branch, rows, on, mask_ids), fs)
