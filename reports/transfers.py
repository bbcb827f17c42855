"""组织关系转接与流动党员登记 (book 13): the year's transfer letters out and in, the members away, and what the rules
ask about each (receipts not back, members to transfer, lost contact with the steps to take)."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.services.transfers import IN, OUT, TransferService
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import (
    FormMeta,
    Grid,
    Styles,
    branch_name,
    cell_dates,
    date_cn,
    frame_width,
    grid,
    grid_style,
    plain,
    prose_dates,
    signature_block,
    title_block,
)


def render_transfers(ws: Workspace, year: int, out: Target, fs: FontSet | None = None,
                     today: date | None = None) -> int:
    fs = fs or fonts()
    today = today or date.today()
    st = Styles(fs)
    w = frame_width(True)
    svc = TransferService(ws)
    letters = svc.letters(year)
    end = min(date(year, 12, 31), today)
    away = [a for a in svc.away(end, include_returned=True)
            if a.returned_on is None or a.returned_on >= date(year, 1, 1)]
    flags = svc.flags(today) if year == today.year else []
    if not letters and not away:
        raise UserError(pick(f"{year}年没有组织关系转接和流动党员记录。", f"No transfers or members away in {year}."))

    para = st.text

    story: list[Flowable] = title_block(st, "党员组织关系转接登记表", f"{year}年度")
    for direction, heading, org in ((OUT, "一、转出", "转往党组织"), (IN, "二、转入", "来自党组织")):
        rows: list[list[object]] = [["序号", "姓名", "身份", "介绍信编号", "开具日期", org, "有效期至", "党费交至",
                                     "回执退回" if direction == OUT else "报到日期", "原因"]]
        mine = [x for x in letters if x.direction == direction]
        for n, x in enumerate(mine, 1):
            receipt = date_cn(x.receipt_on) if x.receipt_on else ("未退回（已过期）" if x.receipt_overdue(today) else "")
            rows.append([str(n), x.name, x.member_status, para(x.letter_no), date_cn(x.issued_on), para(x.other_org),
                         date_cn(x.valid_until), cell_dates(x.dues_paid_to), para(receipt), para(x.reason)])
        if not mine:
            rows.append(["", "（无）", "", "", "", "", "", "", "", ""])
        t = Grid(rows, colWidths=[w * x for x in (0.05, 0.08, 0.08, 0.12, 0.092, 0.196, 0.092, 0.08, 0.1, 0.11)],
                  repeatRows=1)
        t.setStyle(grid_style(fs.table))
        story += [Paragraph(heading, st.heading), t]
    rows = [["序号", "姓名", "外出地点", "外出日期", "固定", "活动证号", "流入地党组织", "党费交纳方式", "联系方式",
             "最近联系", "返回日期"]]
    for n, a in enumerate(away, 1):
        rows.append([str(n), a.name, para(a.place), date_cn(a.since), "是" if a.fixed_place else "否", para(a.card_no),
                     para(a.host_org), para(a.dues_how), para(a.contact), date_cn(a.last_contact_on), date_cn(a.returned_on)])
    if not away:
        rows.append(["", "（无）", "", "", "", "", "", "", "", "", ""])
    t = Grid(rows, colWidths=[w * x for x in (0.045, 0.07, 0.11, 0.092, 0.055, 0.1, 0.129, 0.135, 0.08, 0.092, 0.092)],
              repeatRows=1)
    t.setStyle(grid_style(fs.table))
    story += [plain("三、流动党员登记", st.heading), t]
    if flags:
        rows = [["事项", "应办事项", "依据"]]
        for f in flags:
            rows.append([para(prose_dates(f.message)), para("\n".join(f"{i}. {prose_dates(s)}" for i, s in enumerate(f.steps, 1))),
                         plain(f.source, st.small)])
        t = grid(rows, [w * 0.3, w * 0.4, w * 0.3], fs.table)
        story += [KeepTogether([plain("四、需要办理的事项", st.heading), t])]
    story += [Spacer(1, 8 * mm), signature_block(st, ("组织委员（签字）", "支部书记（签字）", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "组织关系转接与流动党员登记", f"{year}年度", landscape=True), story, fs)
