"""Printed forms for book 12: one person's full-process record (发展党员全程纪实表: all 25 steps in their five
stages with dates, people, deciding meetings, materials and each time limit) and the year's rosters of
applicants, activists, candidates, new members and those who became full members."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.rules.development import LIMIT_WORDS, STAGES, STEPS
from models.rules.idcard import mask_id
from models.services.development import DevelopmentService, PersonRow, StepRow
from models.services.roster import RosterService
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import (
    FormMeta,
    Grid,
    Styles,
    branch_name,
    cell_dates,
    date_cn,
    date_zh,
    frame_width,
    grid,
    grid_style,
    plain,
    signature_block,
    title_block,
)


def _step_text(st: StepRow, names: dict[int, str]) -> str:
    parts = []
    if st.member_ids:
        parts.append(("入党介绍人：" if st.step == 9 else "培养联系人：") + "、".join(names.get(i, "?") for i in st.member_ids))
    if st.result:
        parts.append(f"结论：{st.result}" + (f"（延长{st.months}个月）" if st.months else ""))
    if st.days or st.hours:
        parts.append(f"培训{st.days or 0}天、{st.hours or 0}学时")
    if st.posted_from and st.posted_to:
        parts.append(f"公示{date_cn(st.posted_from)}—{date_cn(st.posted_to)}，{st.workdays}个工作日{st.workdays_note}")
    if st.documents:
        parts.append(f"材料：{st.documents}")
    if st.detail:
        parts.append(st.detail)
    return "；".join(parts)


def render_development_record(ws: Workspace, person_id: int, out: Target, fs: FontSet | None = None,
                              today: date | None = None, person: PersonRow | None = None) -> int:
    """发展党员全程纪实表 for one person: every step, done or not, with its time limit (``person``: the record
    already read, as the yearly volume reads them all at once)."""
    fs = fs or fonts()
    st = Styles(fs)
    svc = DevelopmentService(ws)
    p = person if person is not None and person.id == person_id else svc.get(person_id)
    today = today or date.today()
    names = RosterService(ws).names()
    limits = {lim.step: lim for lim in svc.limits(p)}
    w = frame_width(True)
    i = p.input
    info = [["姓名", i.name, "性别", i.gender, "出生日期", date_cn(i.birth_date), "民族", i.ethnicity],
            ["学历", i.education, "工作岗位", i.job, "身份证号", mask_id(i.id_number) if i.id_number else "", "当前阶段", p.role]]
    t_info = grid(info, [w * x for x in (0.08, 0.14, 0.08, 0.1, 0.1, 0.2, 0.1, 0.2)], fs.table, header_rows=0)
    head: list[object] = ["阶段", "序号", "步骤", "日期", "经办人/相关人员", "决定会议", "结论、材料及说明", "时限"]
    rows: list[list[object]] = [head]
    spans = []
    for stage, stage_name in STAGES.items():
        first_row = len(rows)
        for spec in (s for s in STEPS.values() if s.stage == stage):
            done: list[StepRow | None] = [x for x in p.steps if x.step == spec.no] or [None]
            for k, x in enumerate(done):
                lim = limits.get(spec.no)
                limit = ""
                if lim is not None and (k == len(done) - 1):
                    word = "" if (state := lim.state(today)) == "waiting" else LIMIT_WORDS[state][0]
                    limit = ("不早于" if lim.not_before else "不晚于") + date_cn(lim.due) + (f"（{word}）" if word else "")
                rows.append([plain(stage_name, st.cell_center) if spec.no == min(
                    s.no for s in STEPS.values() if s.stage == stage) and k == 0 else "",
                    str(spec.no), plain(spec.name, st.cell),
                    date_cn(x.done_on) if x else "", plain(x.people if x else "", st.cell),
                    plain(cell_dates(x.meeting) if x else "", st.cell),
                    plain(_step_text(x, names) if x else "", st.cell), plain(limit, st.cell)])
        spans.append(("SPAN", (0, first_row), (0, len(rows) - 1)))
    t = Grid(rows, colWidths=[w * x for x in (0.1, 0.04, 0.14, 0.08, 0.12, 0.15, 0.22, 0.15)], repeatRows=1)
    style = grid_style(fs.table, size=9)
    for cmd in spans:
        style.add(*cmd)
    t.setStyle(style)
    story: list[Flowable] = [*title_block(st, "发展党员全程纪实表", escape(f"{i.name}　　{p.role}")), t_info,
                             Spacer(1, 3 * mm), t]
    if p.outcome:
        story += [Spacer(1, 2 * mm), plain(f"结果：{p.outcome}（{date_cn(p.outcome_on)}）"
                                                      + (f"，{p.outcome_reason}" if p.outcome_reason else ""), st.cell)]
    story += [Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "组织委员", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "发展党员全程纪实表", date_zh(p.on(1)) + "起", short_id=p.uuid[:8],
                                   landscape=True), story, fs)


ROSTER_COLUMNS = {
    "入党申请人": ("递交申请日期", 1), "入党积极分子": ("确定日期", 3), "发展对象": ("列为发展对象日期", 7),
    "新发展党员": ("支部大会接收日期", 15), "预备党员": ("预备期起始日期", 15), "预备党员转正": ("转正日期", 0),
}


def render_development_rosters(ws: Workspace, year: int, out: Target, fs: FontSet | None = None) -> int:
    """The year's rosters: applicants, activists, candidates, new (probationary) members, and 转正."""
    fs = fs or fonts()
    st = Styles(fs)
    svc = DevelopmentService(ws)
    rosters = svc.rosters(year)
    if not any(rosters.values()):
        raise UserError(pick(f"{year}年没有发展党员记录。", f"No recruitment records in {year}."))
    names = RosterService(ws).names()
    w = frame_width(False)
    story: list[Flowable] = title_block(st, "发展党员工作名册", f"{year}年度")
    heading = ParagraphStyle("heading-keep", parent=st.heading, keepWithNext=1)
    for n, (key, people) in enumerate(rosters.items(), start=1):
        label, step = ROSTER_COLUMNS[key]
        story.append(Paragraph(f"{'一二三四五六'[n - 1]}、{key}（{len(people)}名）", heading))
        rows: list[list[object]] = [[Paragraph(h, st.cell_center) for h in
                                     ("序号", "姓名", "性别", "出生年月", "学历", label, "培养联系人/入党介绍人", "目前")]]
        for k, p in enumerate(people, start=1):
            when = p.outcome_on if step == 0 else p.on(step)
            helpers = _helpers(p, names)
            rows.append([str(k), p.name, p.input.gender, date_cn(p.input.birth_date, month_only=True), p.input.education,
                         date_cn(when), plain(helpers, st.cell), plain(p.role, st.cell_center)])
        if len(rows) == 1:
            rows.append(["", "无", "", "", "", "", "", ""])
        t = grid(rows, [w * x for x in (0.06, 0.1, 0.06, 0.11, 0.12, 0.14, 0.26, 0.15)], fs.table, size=9.5)
        story += [t, Spacer(1, 2 * mm)]
    story += [Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(branch_name(ws), "发展党员工作名册", f"{year}年度"), story, fs)


def _helpers(p: PersonRow, names: dict[int, str]) -> str:
    contacts = p.first(5)
    introducers = p.first(9)
    parts = []
    if introducers:
        parts.append("介绍人：" + "、".join(names.get(i, "?") for i in introducers.member_ids))
    elif contacts:
        parts.append("联系人：" + "、".join(names.get(i, "?") for i in contacts.member_ids))
    return "；".join(parts)
