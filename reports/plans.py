"""工作计划、总结与对标考评 (book 15): the year's plans and summaries as documents, then the monthly
self-assessments (得分 by indicator, with evidence) and the trend over the year."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.rules.benchmark import fmt
from models.services.plans import KINDS, PlanService
from reports.fonts import FontSet, fonts
from reports.layout import FormSink, Target, build_pdf, finish
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


def render_plans(ws: Workspace, year: int, out: Target, fs: FontSet | None = None, today: date | None = None) -> int:
    fs = fs or fonts()
    today = today or date.today()
    st = Styles(fs)
    w = frame_width(False)
    svc = PlanService(ws)
    docs = svc.docs(year)
    trend = svc.trend(year)
    assessed = [p for p in trend if p.total is not None]
    if not docs and not assessed:
        raise UserError(pick(f"{year}年没有工作计划、总结和对标自评。", f"No plans, summaries or assessments for {year}."))
    branch = branch_name(ws)
    sink = FormSink()
    for d in docs:
        story: list[Flowable] = title_block(st, escape(d.title), f"{pick(*KINDS[d.kind])}　　{d.period_label}")
        story += [plain(p, st.body) for p in d.body.split("\n") if p.strip()]
        if d.reported_to:
            story += [Spacer(1, 4 * mm), plain(f"报送：{d.reported_to}　{date_cn(d.reported_on)}", st.cell)]
        story += [Spacer(1, 10 * mm), signature_block(st, ("支部书记（签字）", "日期"), w)]
        build_pdf(sink, FormMeta(branch, pick(*KINDS[d.kind]), d.period_label, short_id=d.uuid[:8]), story, fs)
    if assessed:
        aspects = list(dict.fromkeys(a for p in assessed for a in p.by_aspect))
        rows: list[list[object]] = [["月份", *aspects, "总分", "满分"]]
        for p in assessed:
            rows.append([p.month[5:] + "月", *(fmt(p.by_aspect.get(a, Decimal(0))) for a in aspects),
                         fmt(p.total or Decimal(0)), fmt(p.out_of or Decimal(0))])
        t = Grid(rows, colWidths=[w * 0.1] + [w * 0.72 / max(1, len(aspects))] * len(aspects) + [w * 0.09, w * 0.09],
                  repeatRows=1)
        t.setStyle(grid_style(fs.table, size=9))
        chart = Drawing(w, 55 * mm)
        lc = HorizontalLineChart()
        lc.x, lc.y, lc.width, lc.height = 12 * mm, 8 * mm, w - 20 * mm, 42 * mm
        lc.data = [[float(p.total or 0) for p in assessed]]
        lc.categoryAxis.categoryNames = [p.month[5:] + "月" for p in assessed]
        lc.categoryAxis.labels.fontName = lc.valueAxis.labels.fontName = fs.table
        lc.valueAxis.valueMin, lc.valueAxis.valueMax = 0, float(max(p.out_of or 0 for p in assessed) or 100)
        lc.lines[0].strokeWidth = 1.5
        chart.add(lc)
        story = [*title_block(st, "对标考评自评得分走势", f"{year}年度"), t, Spacer(1, 6 * mm),
                 KeepTogether([plain("总分走势", st.heading), chart])]
        build_pdf(sink, FormMeta(branch, "对标考评", f"{year}年度"), story, fs)
        for p in assessed:
            sheet = svc.sheet(p.month, today, suggest=False)
            rows = [["方面", "编号", "指标", "目标", "评分规则", "分值", "实际", "得分", "佐证"]]
            for r in sheet.rows:
                rows.append([plain(r.indicator.aspect, st.small), r.indicator.code,
                             plain(r.indicator.name, st.small), plain(r.indicator.target, st.small),
                             plain(r.indicator.describe_rule(), st.small), fmt(r.indicator.weight), r.actual,
                             fmt(r.score), plain(r.evidence, st.small)])
            rows.append(["合计", "", "", "", "", fmt(sheet.set.total), "", fmt(sheet.total), ""])
            t = grid(rows, [w * x for x in (0.1, 0.06, 0.15, 0.17, 0.14, 0.07, 0.08, 0.08, 0.15)], fs.table, size=9)
            story = [*title_block(st, "对标考评自评表", f"{p.month[:4]}年{int(p.month[5:])}月　　{escape(sheet.set.name)}"),
                     t, Spacer(1, 8 * mm), signature_block(st, ("自评人", "支部书记（签字）", "日期"), w)]
            build_pdf(sink, FormMeta(branch, "对标考评自评表", f"{p.month[:4]}年{int(p.month[5:])}月"), story, fs)
    return finish(out, sink, fs)
