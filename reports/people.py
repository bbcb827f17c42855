"""Printed forms for book 9 (民主评议党员登记表) and book 10 (谈心谈话记录)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from models.db import Workspace
from models.rules.periods import Period
from models.services.appraisals import AppraisalService
from models.services.talks import TalkService
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import (
    FormMeta,
    Grid,
    Styles,
    branch_name,
    date_cn,
    frame_width,
    grid,
    grid_style,
    plain,
    signature_block,
    title_block,
)


def render_talks(ws: Workspace, period: Period, out: Target, fs: FontSet | None = None) -> int:
    """谈心谈话记录: every talk in the period, and who has not been talked with."""
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(True)
    svc = TalkService(ws)
    talks = sorted(svc.list_talks(period), key=lambda t: (t.held_on, t.id))
    missing = svc.not_talked_with(period.start, period.end)

    para = st.text

    story: list[Flowable] = title_block(st, "谈心谈话记录", f"{period.label_zh()}　　共{len(talks)}次")
    rows: list[list[object]] = [["序号", "日期", "谈话人", "谈话对象", "主题", "主要内容", "后续措施"]]
    for i, t in enumerate(talks, start=1):
        rows.append([str(i), date_cn(t.held_on), t.talker, t.member, para(t.topic), para(t.content), para(t.follow_up)])
    table = grid(rows, [w * x for x in (0.05, 0.1, 0.09, 0.09, 0.17, 0.3, 0.2)], fs.table)
    story += [table, Spacer(1, 4 * mm),
              Paragraph("尚未谈心谈话的党员：" + ("、".join(escape(m.name) for m in missing) if missing else "无"), st.cell),
              Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "谈心谈话记录", period.label_zh(), landscape=True), story, fs)


def render_appraisal(ws: Workspace, year: int, out: Target, fs: FontSet | None = None) -> int:
    """民主评议党员登记表 for one year, with the 1/3 check on 优秀."""
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(True)
    svc = AppraisalService(ws)
    sheet = svc.sheet(year)

    def para(text: str) -> Paragraph:
        return plain(text, st.cell)

    story: list[Flowable] = title_block(st, "民主评议党员登记表", f"{year}年度　　参评{len(sheet)}人")
    head = ("序号", "姓名", "党小组", "个人自评", "党员互评", "优秀票", "合格票", "基本合格票", "不合格票", "兑诺率",
            "组织评定", "处置或帮扶措施")
    rows: list[list[object]] = [[Paragraph(h, st.cell_center) for h in head]]
    for i, r in enumerate(sheet, start=1):
        a = r.input
        rows.append([str(i), r.name, r.group, para(a.self_appraisal), para(a.mutual_appraisal),
                     *("" if v is None else str(v) for v in (a.votes_excellent, a.votes_qualified, a.votes_basic,
                                                             a.votes_unqualified)), r.pledge_rate, a.grade,
                     para(a.follow_up)])
    table = Grid(rows, colWidths=[w * x for x in (0.04, 0.07, 0.09, 0.16, 0.16, 0.05, 0.05, 0.06, 0.05, 0.07, 0.07,
                                                   0.13)],
                  repeatRows=1)
    table.setStyle(grid_style(fs.table))
    story += [table, Spacer(1, 3 * mm)]
    for c in svc.checks(year):
        story.append(Paragraph(escape(c.message) + f"<font size=8>（依据：{escape(c.source)}）</font>", st.small))
    story += [Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "民主评议党员登记表", f"{year}年度", landscape=True), story, fs)
