"""Printed forms for book 14 (党员承诺践诺): the member's 承诺书 to sign, the public pledge board (公示栏) as an
A4 or A3 landscape poster grouped by party group, the 践诺台账 with the progress of every pledge, and the
year-end 评诺汇总 with the rates and a bar chart."""
from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.rules.pledges import Rate
from models.services.pledges import PledgeRow, PledgeService, PostingRow
from models.services.roster import RosterService
from models.services.standards import StandardsService
from reports.fonts import FontSet, fonts
from reports.layout import FormSink, Target, build_pdf, finish
from reports.page import (
    TABLE_PT,
    FormMeta,
    Grid,
    Styles,
    branch_name,
    date_cn,
    date_zh,
    frame_width,
    grid,
    grid_style,
    margins,
    page_size,
    plain,
    signature_block,
    title_block,
    wrap_cell,
)

RED = "#b22222"


def _posting_line(postings: list[PostingRow]) -> str:
    if not postings:
        return "尚未公示"
    return "；".join(f"{date_zh(p.posted_on)}起公示{p.days}天"
                    f"（至{date_cn(p.posted_on + timedelta(days=p.days - 1))}），地点：{p.place}" for p in postings)


def _review_line(rows: list[PledgeRow]) -> str:
    approved = [r for r in rows if r.approved]
    if not approved:
        return "尚未审核"
    meetings = list(dict.fromkeys(r.review_meeting for r in approved if r.review_meeting))
    on = max(r.reviewed_on for r in approved if r.reviewed_on)
    return (f"经{'、'.join(meetings)}审核，" if meetings else f"经支部于{date_cn(on)}审核，") + \
        f"同意{len(approved)}项承诺" + (f"，退回{n}项" if (n := sum(r.review == 'returned' for r in rows)) else "") + "。"


def _raise_empty(year: int) -> None:
    raise UserError(pick(f"{year}年还没有承诺，无可打印。", f"No pledges in {year}: nothing to print."))


# ---- 承诺书 ---------------------------------------------------------------------------------------------------
def render_pledge_sheets(ws: Workspace, year: int, out: Target, member_id: int | None = None, only_branch: bool = False,
                         fs: FontSet | None = None) -> int:
    """承诺书: one page for the branch's own pledges and one per member (or only ``member_id``'s), to sign."""
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(False)
    cell = st.text
    svc = PledgeService(ws)
    rows = [r for r in svc.list_pledges(year) if r.review != "returned"]
    members = {m.id: m for m in RosterService(ws).list_members(include_left=True)}
    owners = list(dict.fromkeys(r.member_id for r in rows))
    if member_id is not None or only_branch:
        owners = [o for o in owners if o == member_id]
    if not owners:
        _raise_empty(year)

    sink = FormSink()  # one form per person: each sheet numbers its own pages and carries its own number
    branch = branch_name(ws)
    for owner in owners:
        mine = [r for r in rows if r.member_id == owner]
        story: list[Flowable] = []
        if owner is None:
            story += title_block(st, "党支部承诺书", f"{year}年度")
            intro = "本支部自愿作出以下承诺，接受上级党组织和党员群众的监督，年终接受评议。"
        else:
            m = members[owner]
            story += title_block(st, "党员承诺书", f"{year}年度")
            info = Grid([["姓名", m.name, "党小组", m.group, "身份", m.status],
                          ["岗位职务", cell(m.job or ""), "入党时间", date_cn(m.join_date), "党内职务",
                           m.committee_role or m.group_role or "—"]],
                         colWidths=[w * x for x in (0.13, 0.2, 0.13, 0.2, 0.12, 0.22)])
            info.setStyle(grid_style(fs.table, header_rows=0))
            story += [info, Spacer(1, 4 * mm)]
            intro = ("本人自愿作出以下承诺，亮身份、亮承诺、亮工作，自觉接受党组织和党员群众的监督，"
                     "认真践诺，年终接受评议。")
        data: list[list[object]] = [["序号", "类别", "承诺内容", "目标（可衡量）", "完成时限", "编号"]]
        for n, r in enumerate(mine, start=1):
            data.append([str(n), r.category, cell(r.content), cell(r.target), date_cn(r.deadline),
                         Paragraph(r.uuid[:8], st.small)])
        t = grid(data, [w * x for x in (0.06, 0.11, 0.32, 0.23, 0.15, 0.13)], fs.table)
        signer = "支部书记（签字）" if owner is None else "承诺人（签字）"
        # the pledge is declared, then listed, then signed — as the paper 承诺书 reads
        story += [Paragraph(intro, st.body), Spacer(1, 3 * mm), t, Spacer(1, 6 * mm),
                  signature_block(st, (signer, "日期"), w), Spacer(1, 8 * mm),
                  Paragraph("党支部审核意见：" + escape(_review_line(mine)), st.cell), Spacer(1, 4 * mm),
                  signature_block(st, ("支部书记（签字）", "日期"), w)]
        title = "党支部承诺书" if owner is None else "党员承诺书"
        sink.add(FormMeta(branch, title, f"{year}年度", short_id=mine[0].uuid[:8]), story)
    return finish(out, sink, fs)


# ---- 公示栏 ---------------------------------------------------------------------------------------------------
def render_pledge_board(ws: Workspace, year: int, out: Target, paper: str = "A4", fs: FontSet | None = None) -> int:
    """党员承诺公示栏: the year's approved pledges as a landscape poster, the branch's own first, then each party
    group with each member's name, identity, post and pledges by category (亮身份、亮承诺、亮工作).

    On A4 the groups follow one another. On A3 — the board on the wall — each party group is one sheet of its own,
    headed by the title and the branch's pledges, set as large as the sheet allows (from 10.5 pt up to 20 pt in the
    cells) so it can be read from a step away; a group too large for one sheet at 10.5 pt runs on."""
    fs = fs or fonts()
    w = frame_width(True, paper)
    std = StandardsService(ws).in_force()
    svc = PledgeService(ws)
    rows = [r for r in svc.list_pledges(year) if r.approved]
    if not rows:
        _raise_empty(year)
    cats = list(std["pledge_categories"].value)
    cats += [c for c in dict.fromkeys(r.category for r in rows) if c not in cats]
    members = {m.id: m for m in RosterService(ws).list_members(include_left=True)}
    collective = [r for r in rows if r.member_id is None]
    by_member: dict[int, list[PledgeRow]] = {}
    for r in rows:
        if r.member_id is not None:
            by_member.setdefault(r.member_id, []).append(r)
    groups = list(dict.fromkeys(r.group for r in rows if r.member_id is not None))
    fixed = (0.08, 0.05, 0.1)  # name, identity (正式/预备), post: the rest is for the pledges
    each = (1 - sum(fixed)) / max(1, len(cats))
    widths = [w * x for x in (*fixed, *([each] * len(cats)))]
    posting = escape("公示：" + _posting_line(svc.postings(year)) + "。欢迎党员和群众监督。")

    def head(scale: float) -> list[Flowable]:
        title = ParagraphStyle("board-title", fontName=fs.title, fontSize=30 * scale, leading=40 * scale,
                               alignment=TA_CENTER, textColor=RED)
        sub = ParagraphStyle("board-sub", fontName=fs.heading, fontSize=13 * scale, leading=20 * scale,
                             alignment=TA_CENTER, spaceAfter=3 * mm)
        story: list[Flowable] = [plain("党员承诺公示栏", title),
                                 Paragraph(f"{year}年度　　亮身份　·　亮承诺　·　亮工作", sub)]
        if collective:
            cell = partial(Styles(fs).text, style=_board_cell(fs, scale))
            lines = [[cell(f"【{r.category}】{r.content}" + (f"（目标：{r.target}）" if r.target else ""))]
                     for r in collective]
            story += [_band(fs, "支部集体承诺", w, scale), grid(lines, [w], fs.table, header_rows=0), Spacer(1, 4 * mm)]
        return story

    def group(g: str, scale: float) -> list[Flowable]:
        cell_st = _board_cell(fs, scale)
        cell = partial(Styles(fs).text, style=cell_st)
        head_st = ParagraphStyle("board-head", parent=cell_st, alignment=TA_CENTER, fontName=fs.heading)
        mids = [mid for mid in by_member if by_member[mid][0].group == g]
        data: list[list[object]] = [[Paragraph(h, head_st) for h in ("姓名", "身份", "岗位", *cats)]]
        for mid in mids:
            m = members[mid]
            texts = ["\n".join(f"{i}. {r.content}" for i, r in enumerate([r for r in by_member[mid] if r.category == c],
                                                                          start=1)) for c in cats]
            data.append([plain(m.name, head_st), cell(m.status.replace("党员", "")), cell(m.job),
                         *(wrap_cell(t, fs.table, 10 * scale, widths[3 + i]) for i, t in enumerate(texts))])
        t = Grid(data, colWidths=widths, repeatRows=1)
        style = grid_style(fs.table, size=10 * scale)
        style.add("LEADING", (0, 1), (-1, -1), 14 * scale)
        style.add("ALIGN", (3, 1), (-1, -1), "LEFT")
        style.add("VALIGN", (3, 1), (-1, -1), "TOP")
        style.add("BACKGROUND", (0, 0), (-1, 0), "#fbe9e7")
        t.setStyle(style)
        return [_band(fs, f"{g or '未编入党小组'}（{len(mids)}名党员）", w, scale), t, Spacer(1, 4 * mm)]

    def foot(scale: float) -> Paragraph:
        return Paragraph(posting, ParagraphStyle("board-foot", fontName=fs.table, fontSize=10 * scale,
                                                 leading=15 * scale, wordWrap="CJK"))

    if paper != "A3":
        story = head(1.0)
        for g in groups:
            story += [CondPageBreak(40 * mm), *group(g, 1.0)]
        story.append(foot(1.0))
    else:
        room = page_size(True, "A3")[1] - sum(margins(True)[k] for k in ("top", "bottom"))
        story = []
        for k, g in enumerate(groups):
            def fits(s: float, g: str = g) -> bool:
                return _height([*head(s), *group(g, s), foot(s)], w, room) <= room

            lo, hi = BOARD_SCALE
            if fits(hi):
                lo = hi
            for _ in range(7):  # the largest size that fits, to within 1 %
                if hi - lo < 0.01:
                    break
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(mid) else (lo, mid)
            scale = lo
            story += [*([PageBreak()] if k else []), *head(scale), *group(g, scale), foot(scale)]
    return build_pdf(out, FormMeta(branch_name(ws), "党员承诺公示栏", f"{year}年度", landscape=True, paper=paper), story, fs)


BOARD_SCALE = (1.0, 2.0)  # × 10 pt in the cells: the largest in this range that fits one A3 sheet


def _board_cell(fs: FontSet, scale: float) -> ParagraphStyle:
    return ParagraphStyle("board-cell", fontName=fs.table, fontSize=10 * scale, leading=14 * scale, wordWrap="CJK")


def _band(fs: FontSet, text: str, w: float, scale: float) -> Table:
    band = ParagraphStyle("band", fontName=fs.heading, fontSize=13 * scale, leading=18 * scale, textColor="white")
    t = Grid([[plain(text, band)]], colWidths=[w])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fs.heading, 13 * scale), ("BACKGROUND", (0, 0), (-1, -1), RED),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def _height(story: list[Flowable], w: float, room: float) -> float:
    """How tall these flowables stand one after another in a frame ``w`` wide."""
    total, after = 0.0, 0.0
    for f in story:
        _w, h = f.wrap(w, room * 10)
        total += h + max(after, f.getSpaceBefore())
        after = f.getSpaceAfter()
    return total


# ---- 践诺台账 -------------------------------------------------------------------------------------------------
def render_pledge_ledger(ws: Workspace, year: int, out: Target, fs: FontSet | None = None,
                         today: date | None = None) -> int:
    """践诺台账: every pledge of the year with its review, each progress entry and the conclusion."""
    fs = fs or fonts()
    today = today or date.today()
    st = Styles(fs)
    w = frame_width(True)
    svc = PledgeService(ws)
    rows = svc.list_pledges(year)
    s = svc.summary(year, today, rows=rows)
    story: list[Flowable] = title_block(st, "党员承诺践诺台账", f"{year}年度　　共{len(rows)}项承诺")
    story.append(plain("公示：" + _posting_line(s.postings), st.cell))
    story.append(Spacer(1, 3 * mm))
    widths = [w * x for x in (0.04, 0.08, 0.07, 0.195, 0.095, 0.095, 0.275, 0.085, 0.065)]

    def fit(text: str, col: int) -> str:  # plain multi-line strings: long ledgers lay out fast
        return wrap_cell(text, fs.table, TABLE_PT, widths[col])

    data: list[list[object]] = [[Paragraph(h, st.cell_center) for h in (
        "序号", "承诺人", "类别", "承诺内容及目标", "完成时限", "审核", "践诺情况（日期、内容、确认人、佐证）", "评诺", "编号")]]
    late_rows = []
    for i, r in enumerate(rows, start=1):
        review = r.review_name + (f"\n{date_cn(r.reviewed_on)}" if r.reviewed_on else "") + \
            (f"\n{r.review_comment}" if r.review == "returned" and r.review_comment else "")
        steps = "\n".join(f"{date_cn(g.done_on)} {g.content}" + (f"（确认：{g.confirmed_by}）" if g.confirmed_by else "")
                          + (f"［佐证{len(g.evidence)}件］" if g.evidence else "") for g in r.progress)
        if r.overdue(today):
            steps = "逾期未践诺"
            late_rows.append(i)
        elif not steps and r.member_left_on:
            steps = f"已于{date_cn(r.member_left_on)}离开本支部"
        a = r.assessment
        verdict = a.conclusion + (f"\n{date_cn(a.concluded_on)}" if a.concluded_on else "") if a.conclusion else ""
        data.append([str(i), fit(r.member if r.member_id is not None else "支部集体", 1), fit(r.category, 2),
                     fit(r.content + (f"\n目标：{r.target}" if r.target else ""), 3), date_cn(r.deadline),
                     fit(review, 5), fit(steps, 6), fit(verdict, 7), Paragraph(r.uuid[:8], st.small)])
    t = Grid(data, colWidths=widths, repeatRows=1)
    style = grid_style(fs.table)
    style.add("ALIGN", (3, 1), (3, -1), "LEFT")
    style.add("ALIGN", (6, 1), (6, -1), "LEFT")
    for i in late_rows:
        style.add("TEXTCOLOR", (6, i), (6, i), RED)
    t.setStyle(style)
    story += [t, Spacer(1, 3 * mm),
              plain(f"兑诺率：{s.branch.percent()}（{s.branch.detail()}）", st.cell),
              Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "党员承诺践诺台账", f"{year}年度", landscape=True), story, fs)


# ---- 评诺汇总 -------------------------------------------------------------------------------------------------
class RateChart(Flowable):  # type: ignore[misc]
    """Horizontal bars of 兑诺率, 0–100%: the label on the left, the figure in white inside the bar's end (after a
    bar too short to hold it), never over the 100% line. Drawn on the
    canvas directly with the form's own font (a reportlab Drawing would set an unembedded Helvetica)."""

    ROW = 7 * mm
    LABEL = 32 * mm

    def __init__(self, items: list[tuple[str, Rate]], width: float, font: str):
        super().__init__()
        self.items, self.width, self.font = items, width, font
        self.height = self.ROW * len(items) + 8 * mm

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        bar_w = self.width - self.LABEL - 16 * mm
        top = self.ROW * len(self.items) + 4 * mm
        c.setFont(self.font, 8)
        c.setStrokeColor("#bbbbbb")
        c.setLineWidth(0.4)
        for x in (0, 0.5, 1):
            c.line(self.LABEL + bar_w * x, 4 * mm, self.LABEL + bar_w * x, top)
            c.drawCentredString(self.LABEL + bar_w * x, 0.5 * mm, f"{int(x * 100)}%")
        for i, (label, r) in enumerate(self.items):
            y = top - (i + 1) * self.ROW + 1.2 * mm
            c.setFillColor("black")
            c.setFont(self.font, 9.5)
            c.drawRightString(self.LABEL - 2 * mm, y + 1.2 * mm, label)
            share = float(r.rate) if r.rate is not None else 0.0
            c.setFillColor(RED if i else "#7b241c")
            c.rect(self.LABEL, y, bar_w * share, self.ROW - 2.4 * mm, stroke=0, fill=1)
            c.setFont(self.font, 9)
            end, text = self.LABEL + bar_w * share, r.percent()
            if bar_w * share < c.stringWidth(text, self.font, 9) + 3 * mm:  # a short bar: the figure after it
                c.setFillColor("black")
                c.drawString(end + 1.5 * mm, y + 1.2 * mm, text)
            else:  # inside the bar's end, so it never runs over the 100% line
                c.setFillColor("white")
                c.drawRightString(end - 1.5 * mm, y + 1.2 * mm, text)


def render_pledge_summary(ws: Workspace, year: int, out: Target, fs: FontSet | None = None) -> int:
    """党员承诺践诺评议汇总表: the rates for the branch, each category, group and member, with a chart."""
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(False)
    std = StandardsService(ws).in_force()
    conclusions = list(std["pledge_conclusions"].value)
    s = PledgeService(ws).summary(year)
    b = s.branch
    story: list[Flowable] = title_block(st, "党员承诺践诺评议汇总表", f"{year}年度" + ("（已定稿）" if s.final else "（未定稿）"))
    parts = "、".join(f"{c}{b.by_conclusion.get(c, 0)}项" for c in conclusions)
    story.append(plain(
        f"全支部应评承诺{b.due}项，已评{b.concluded}项（{parts}），兑诺率{b.percent()}；"
        f"其中党员个人承诺兑诺率{s.members.percent()}，支部集体承诺兑诺率{s.collective.percent()}。", st.cell))
    story.append(Spacer(1, 3 * mm))
    chart_items = [("全支部", b), *s.by_category.items(), *s.by_group.items()]
    story += [plain("兑诺率（按类别、党小组）", st.heading), RateChart(chart_items, w, fs.table), Spacer(1, 3 * mm)]
    head = ["类别", "应评", *conclusions, "兑诺率"]
    cat_rows: list[list[object]] = [head]
    for name, r in [*s.by_category.items(), ("合计", b)]:
        cat_rows.append([name, str(r.due), *(str(r.by_conclusion.get(c, 0)) for c in conclusions), r.percent()])
    ct = Grid(cat_rows, colWidths=[w * 0.22] + [w * 0.78 / (len(head) - 1)] * (len(head) - 1))
    ct.setStyle(grid_style(fs.table))
    story += [KeepTogether([plain("按类别", st.heading), ct])]
    data: list[list[object]] = [["序号", "姓名", "党小组", "承诺项数", "应评", *conclusions, "兑诺率"]]
    for i, m in enumerate(s.by_member, start=1):
        r = m.rate
        data.append([str(i), m.name, m.group, str(m.pledges), str(r.due),
                     *(str(r.by_conclusion.get(c, 0)) for c in conclusions), r.percent()])
    n = len(data[0])
    mt = Grid(data, colWidths=[w * 0.07, w * 0.13, w * 0.16] + [w * 0.64 / (n - 3)] * (n - 3), repeatRows=1)
    style = grid_style(fs.table)
    for i, m in enumerate(s.by_member, start=1):
        if m.rate.rate is not None and m.rate.rate < 1 and m.rate.concluded == m.rate.due:
            style.add("TEXTCOLOR", (n - 1, i), (n - 1, i), RED)
    mt.setStyle(style)
    story += [plain("按党员", st.heading), mt, Spacer(1, 2 * mm)]
    if s.not_pledged:
        story.append(plain("未作承诺的党员：" + "、".join(x[1] for x in s.not_pledged), st.cell))
    src = std["pledge_fulfilled"].standard.source
    story += [Paragraph(f"<font size=8>计算口径：{escape(src)}</font>", st.small),
              Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "党员承诺践诺评议汇总表", f"{year}年度"), story, fs)
