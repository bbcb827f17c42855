"""组织生活会记录 (book 8): for each meeting the preparation, each member's criticism and self-criticism, the
remediation list and the checks of 第十七条; and the year's remediation register (整改清单台账)."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.services.meetings import MeetingService
from models.services.orglife import ItemRow, OrgLifeService
from reports.fonts import FontSet, fonts
from reports.layout import FormSink, Target, build_pdf, finish
from reports.page import (
    FormMeta,
    Grid,
    Styles,
    branch_name,
    date_cn,
    date_zh,
    frame_width,
    grid,
    grid_style,
    plain,
    signature_block,
    title_block,
)


def _items_table(st: Styles, items: list[ItemRow], w: float, today: date) -> Table:
    para = st.text

    rows: list[list[object]] = [["序号", "问题", "整改措施", "责任人", "完成时限", "状态", "完成情况"]]
    for n, x in enumerate(items, 1):
        state = x.progress + ("（逾期）" if x.overdue(today) else "")
        done = (date_cn(x.done_on) + " " if x.done_on else "") + x.result
        rows.append([str(n), para(x.issue), para(x.measure), para(x.owner), date_cn(x.deadline), para(state), para(done)])
    if not items:
        rows.append(["", "（尚未制定整改清单）", "", "", "", "", ""])
    t = grid(rows, [w * x for x in (0.06, 0.2, 0.24, 0.1, 0.12, 0.1, 0.18)], st.fonts.table)
    return t


def render_orglife(ws: Workspace, year: int, out: Target, fs: FontSet | None = None, today: date | None = None) -> int:
    """Every 组织生活会 of the year, one form each, then the year's remediation register."""
    fs = fs or fonts()
    today = today or date.today()
    st = Styles(fs)
    w = frame_width(False)
    svc = OrgLifeService(ws)
    meetings = sorted(svc.meetings(year), key=lambda m: m.held_on)
    items = svc.items(year)
    if not meetings and not items:
        raise UserError(pick(f"{year}年没有组织生活会记录。", f"No organisational life meeting in {year}."))
    branch = branch_name(ws)

    para = st.text

    sink = FormSink()
    for m in meetings:
        rec = svc.record(m.id, today)
        d = MeetingService(ws).get(m.id)
        c = d.counts
        story: list[Flowable] = title_block(st, "组织生活会记录", f"{date_zh(m.held_on)}　　编号 {m.uuid[:8]}")
        head = Grid([["时　　间", date_cn(m.held_on), "地　　点", para(d.input.place)],
                      ["主 持 人", d.input.host, "记 录 人", d.input.recorder],
                      ["主　　题", para(m.title), "", ""],
                      ["应到人数", f"{c.due}人", "实到人数", f"{c.present}人"]],
                     colWidths=[w * 0.15, w * 0.35, w * 0.15, w * 0.35])
        hs = grid_style(fs.table, header_rows=0)
        hs.add("SPAN", (1, 2), (3, 2))
        hs.add("BACKGROUND", (0, 0), (0, -1), "#eeeeee")
        hs.add("BACKGROUND", (2, 0), (2, -1), "#eeeeee")
        head.setStyle(hs)
        story.append(head)
        prep = rec.preparation
        rows: list[list[object]] = [["序号", "征求到的意见和查摆的问题", "来源", "涉及"]]
        rows += [[str(n), para(p.text), p.source, p.member or "班子"] for n, p in enumerate(prep.problems, 1)] or [
            ["", "（未记录）", "", ""]]
        t = grid(rows, [w * x for x in (0.07, 0.63, 0.12, 0.18)], fs.table)
        talks = f"会前{prep.window_days}天内开展谈心谈话{len(prep.talks)}次" + (
            f"；参会党员中尚未谈心谈话的：{'、'.join(prep.not_talked)}" if prep.not_talked else "；参会党员均已谈心谈话")
        story += [plain("一、会前准备", st.heading), para(talks), Spacer(1, 2 * mm), t]
        rows = [["姓名", "自我批评（查摆的问题）", "他人提出的批评意见", "整改方向"]]
        rows += [[x.name, para(x.self_criticism or "（未记录）"), para(x.criticism), para(x.direction)] for x in rec.speeches]
        t = grid(rows, [w * x for x in (0.12, 0.36, 0.3, 0.22)], fs.table)
        story += [plain("二、批评与自我批评", st.heading), t,
                  plain("三、整改清单", st.heading), _items_table(st, rec.items, w, today)]
        checks = Grid([[("符合" if ck.ok else "注意"), para(ck.message)] for ck in rec.checks],
                       colWidths=[w * 0.12, w * 0.88])
        checks.setStyle(grid_style(fs.table, header_rows=0))
        story += [KeepTogether([plain("四、对照《中国共产党支部工作条例（试行）》第十七条", st.heading), checks]),
                  Spacer(1, 8 * mm), signature_block(st, ("主持人（签字）", "记录人（签字）", "日期"), w)]
        build_pdf(sink, FormMeta(branch, "组织生活会记录", date_zh(m.held_on, True), short_id=m.uuid[:8]), story, fs)
    if items:
        story = [*title_block(st, "整改清单台账", f"{year}年度　　共{len(items)}项"), _items_table(st, items, w, today),
                 Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "日期"), w)]
        build_pdf(sink, FormMeta(branch, "整改清单台账", f"{year}年度"), story, fs)
    return finish(out, sink, fs)
