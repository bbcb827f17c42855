"""Printed forms for book 11: the yearly dues register (党费收缴登记表, a landscape members × months grid), one
member's dues record (党员党费交纳记录), and the yearly public statement (党费收缴情况公布) that 中组发〔2008〕3号
asks the branch to show its members once a year."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.rules.dues import yuan
from models.services.dues import DuesService, DuesYear, GridRow
from models.services.standards import StandardsService
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
    signature_block,
    title_block,
)

GRID_PT = 8
MARK = {"unpaid": "未交", "open": "", "future": "", "": "—"}


def _year(ws: Workspace, year: int, today: date | None) -> DuesYear:
    y = DuesService(ws).year(year, today)
    if not y.rows:
        raise UserError(pick(f"{year}年花名册上没有党员，无党费可登记。", f"Nobody on the roster in {year}."))
    return y


def _cell(r: GridRow, month: int) -> str:
    c = r.cells[month - 1]
    if c.paid_fen:
        return yuan(c.paid_fen) + ("*" if c.state == "partial" else "")
    return MARK.get(c.state, "")


def _source(ws: Workspace, key: str) -> str:
    return StandardsService(ws).in_force()[key].standard.source


def render_dues_register(ws: Workspace, year: int, out: Target, fs: FontSet | None = None,
                         today: date | None = None) -> int:
    """党费收缴登记表: one row per member, the amount paid for each month, totals that add up to the statement."""
    fs = fs or fonts()
    st = Styles(fs)
    y = _year(ws, year, today)
    w = frame_width(True)
    head: list[object] = ["序号", "姓名", "类别", "基数", "比例", "月交额", *[f"{m}月" for m in range(1, 13)], "已交合计", "欠交"]
    rows: list[list[object]] = [head]
    for i, r in enumerate(y.rows, start=1):
        a = r.account
        rows.append([str(i), r.name + ("（预）" if r.status == "预备党员" else ""), a.kind if a else "未核定",
                     yuan(a.base_fen) if a else "", a.rate_text if a else "", yuan(a.monthly_fen) if a else "",
                     *[_cell(r, m) for m in range(1, 13)], yuan(r.paid_fen), yuan(r.owed_fen) if r.owed_fen else ""])
    rows.append(["", "合计", "", "", "", "", *[yuan(f) if f else "" for f in y.paid_by_month], yuan(sum(y.paid_by_month)),
                 yuan(y.owed_fen) if y.owed_fen else ""])
    fixed = [8, 18, 11, 14, 9, 12]
    rest = w / mm - sum(fixed) - 16 - 12
    widths = [x * mm for x in fixed] + [rest / 12 * mm] * 12 + [16 * mm, 12 * mm]
    table = Grid(rows, colWidths=widths, repeatRows=1)
    style = grid_style(fs.table, size=GRID_PT)
    style.add("LEFTPADDING", (3, 0), (-1, -1), 1.5)  # the figures' columns: room for a month's total (3157.12)
    style.add("RIGHTPADDING", (3, 0), (-1, -1), 1.5)
    style.add("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), "#f3f3f3")
    for ri, r in enumerate(y.rows, start=1):
        for m in range(1, 13):
            if r.cells[m - 1].state in ("unpaid", "partial"):
                style.add("TEXTCOLOR", (5 + m, ri), (5 + m, ri), "#b00000")
        if r.flagged:
            style.add("TEXTCOLOR", (1, ri), (1, ri), "#b00000")
    table.setStyle(style)
    legend = (f"说明：金额单位为元；“*”为部分交纳，“未交”为已到期未交，“—”为不在本支部（入党前或转出后）。"
              f"本年收缴{yuan(y.collected_fen)}元（按交纳日期），已上缴{yuan(y.handed_fen)}元，"
              f"待上缴{yuan(y.not_handed_fen)}元；欠交{yuan(y.owed_fen)}元。")
    flagged = [r.name for r in y.rows if r.flagged]
    story: list[Flowable] = [*title_block(st, "党费收缴登记表", f"{year}年度　　共{len(y.rows)}人"), table,
                             Spacer(1, 3 * mm), plain(legend, st.small)]
    if flagged:
        rule = StandardsService(ws).in_force()["dues_arrears_months"]
        story.append(Paragraph(escape(f"连续{rule.value}个月以上未交纳党费：" + "、".join(flagged))
                               + f"<font size=7>（依据：{escape(rule.standard.source)}）</font>", st.small))
    if y.without_account:
        story.append(plain("尚未核定党费基数：" + "、".join(y.without_account), st.small))
    story += [Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "组织委员（收缴人）", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "党费收缴登记表", f"{year}年度", landscape=True), story, fs)


def render_dues_member(ws: Workspace, year: int, member_id: int, out: Target, fs: FontSet | None = None,
                       today: date | None = None) -> int:
    """One member's dues for a year: the base and amount set, each month due, paid, when and to whom."""
    fs = fs or fonts()
    st = Styles(fs)
    svc = DuesService(ws)
    y = svc.year(year, today, member_id=member_id)
    if not y.rows:
        raise UserError(pick(f"该党员{year}年不在本支部花名册上。", f"Not on the roster in {year}."))
    r = y.rows[0]
    a = r.account
    w = frame_width(False)
    info = [["姓名", r.name, "党小组", r.group or "—", "党员类型", r.status],
            ["党费类别", a.kind if a else "未核定", "计算基数（元/月）", yuan(a.base_fen) if a and a.base_fen else "—",
             "交纳比例", a.rate_text if a else "—"],
            ["月交额（元）", yuan(a.monthly_fen) if a else "—", "规定额（元）", yuan(a.proposed_fen) if a else "—",
             "党费交至", cell_dates(r.paid_to) or "—"]]
    t_info = grid(info, [w * x for x in (0.16, 0.17, 0.2, 0.15, 0.14, 0.18)], fs.table, header_rows=0)
    payments = svc.payments(year, member_id)
    rows: list[list[object]] = [["月份", "应交（元）", "实交（元）", "交纳日期", "收缴人", "备注"]]
    for c in r.cells:
        mine = [p for p in payments if p.month == c.month]
        state = {"paid": "", "ahead": "预交", "partial": "部分交纳", "unpaid": "未交", "open": "本月", "future": "",
                 "": "不在本支部"}[c.state]
        rows.append([f"{c.month}月", yuan(c.due_fen) if c.due else "—", yuan(c.paid_fen) if c.paid_fen else "",
                     "、".join(date_cn(p.paid_on) for p in mine), "、".join(sorted({p.collector for p in mine if p.collector})),
                     plain("；".join(x for x in [state, *(p.note for p in mine)] if x), st.cell)])
    rows.append(["合计", yuan(sum(c.due_fen for c in r.cells)), yuan(r.paid_fen), "", "", f"欠交 {yuan(r.owed_fen)}"])
    t = grid(rows, [w * x for x in (0.1, 0.14, 0.14, 0.2, 0.14, 0.28)], fs.table)
    story: list[Flowable] = [*title_block(st, "党员党费交纳记录", f"{year}年度　　{escape(r.name)}"), t_info,
                             Spacer(1, 4 * mm), t]
    if a and a.reason:
        story += [Spacer(1, 2 * mm), plain(f"核定说明：{a.reason}", st.cell)]
    if r.run:
        story += [Spacer(1, 2 * mm), plain(
            f"截至上月已连续{len(r.run)}个月未交纳党费（{r.run[0][0]}.{r.run[0][1]:02d}起）"
            + ("，已达6个月，请按党章第九条处理。" if r.flagged else "。"), st.cell)]
    story += [Spacer(1, 10 * mm), signature_block(st, ("党员（签字）", "收缴人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "党员党费交纳记录", f"{year}年度"), story, fs)


def render_dues_statement(ws: Workspace, year: int, out: Target, fs: FontSet | None = None,
                          today: date | None = None) -> int:
    """党费收缴情况公布: collected by month, handed up with receipts, the balance, who paid in full and who owes."""
    fs = fs or fonts()
    st = Styles(fs)
    y = _year(ws, year, today)
    w = frame_width(False)
    intro = (f"根据《关于中国共产党党费收缴、使用和管理的规定》，现将本支部{year}年度党费收缴、上缴情况公布如下："
             f"本年度应交纳党费党员{len(y.rows)}名，收缴党费{yuan(y.collected_fen)}元，"
             f"上缴上级党组织{yuan(y.handed_fen)}元，待上缴{yuan(y.not_handed_fen)}元。")
    rows: list[list[object]] = [["月份", "收缴（元）", "上缴（元）", "上缴日期", "收据号"]]
    for m in range(1, 13):
        ups = [h for h in y.handups if h.to_month == m]
        rows.append([f"{m}月", yuan(y.collected_by_month[m - 1]) if y.collected_by_month[m - 1] else "",
                     "、".join(f"{yuan(h.amount_fen)}（{h.months}）" for h in ups), "、".join(date_cn(h.handed_on) for h in ups),
                     "、".join(h.receipt_no for h in ups if h.receipt_no)])
    rows.append(["合计", yuan(y.collected_fen), yuan(y.handed_fen), "", ""])
    t = grid(rows, [w * x for x in (0.12, 0.2, 0.3, 0.2, 0.18)], fs.table)
    members: list[list[object]] = [["序号", "姓名", "月交额（元）", "本年已交（元）", "党费交至", "欠交（元）"]]
    for i, r in enumerate(y.rows, start=1):
        members.append([str(i), r.name, yuan(r.account.monthly_fen) if r.account else "未核定", yuan(r.paid_fen),
                        cell_dates(r.paid_to) or "—", yuan(r.owed_fen) if r.owed_fen else ""])
    tm = grid(members, [w * x for x in (0.08, 0.2, 0.18, 0.2, 0.16, 0.18)], fs.table)
    tm_style = TableStyle([("TEXTCOLOR", (5, i), (5, i), "#b00000") for i, r in enumerate(y.rows, start=1) if r.owed_fen])
    tm.setStyle(tm_style)
    story: list[Flowable] = [*title_block(st, "党费收缴情况公布", f"{year}年度"), plain(intro, st.body),
                             Spacer(1, 3 * mm), plain("一、收缴和上缴", st.heading), t,
                             plain("二、党员交纳情况", st.heading), tm, Spacer(1, 2 * mm),
                             plain(f"依据：{_source(ws, 'dues_statement_every')}", st.small),
                             Spacer(1, 10 * mm), signature_block(st, ("支部书记（签字）", "组织委员", "公布日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "党费收缴情况公布", f"{year}年度"), story, fs)
