"""Meeting forms (books 3–7): the record of one meeting, the sign-in sheet to print before it, and the list
of meetings in a period."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.meeting import MeetingKind
from models.rules.periods import Period
from models.services.meetings import DueMember, MeetingDetail, MeetingService, kind_name
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
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


def _names(d: MeetingDetail, status: str, with_reason: bool = False) -> str:
    rows = [a for a in d.attendance if a.status == status]
    if not rows:
        return "无"
    return "、".join(f"{a.name}（{a.reason}）" if with_reason and a.reason else a.name for a in rows)


def meeting_story(st: Styles, d: MeetingDetail) -> list[Flowable]:
    w = frame_width(False)
    inp, c = d.input, d.counts
    story: list[Flowable] = title_block(st, f"{kind_name(inp.kind)}记录", f"编号 {d.row.uuid[:8]}　　状态：{_state(d.row.state)}")

    para = st.text

    when = date_zh(inp.held_on)
    if inp.starts:
        when += f" {inp.starts}—{inp.ends}" if inp.ends else f" {inp.starts}"
    head: list[list[object]] = [["时　　间", when, "地　　点", para(inp.place)],
                                ["主 持 人", inp.host, "记 录 人", inp.recorder]]
    if inp.kind == MeetingKind.LESSON:
        head.append(["主 讲 人", inp.lecturer, "题　　目", para(inp.title)])
    elif inp.kind == MeetingKind.GROUP:
        head.append(["党 小 组", d.row.group, "主　　题", para(inp.title)])
    else:
        head.append(["主　　题" if inp.kind == MeetingKind.PARTYDAY else "议　　题", para(inp.title), "", ""])
    head += [
        ["应到人数", para(f"{c.due}人（正式党员{c.due_full}人，预备党员{c.due_probationary}人）"), "实到人数",
         para(f"{c.present}人（正式党员{c.present_full}人）")],
        ["请假人员", para(_names(d, "leave", True)), "", ""],
        ["缺席人员", para(_names(d, "absent", True)), "", ""],
        ["出席人员", para(_names(d, "present")), "", ""],
        ["列席人员", para(inp.guests or "无"), "", ""],
    ]
    t = Grid(head, colWidths=[w * 0.14, w * 0.36, w * 0.14, w * 0.36])
    style = grid_style(st.fonts.table, header_rows=0)
    for r, row in enumerate(head):
        if row[2] == "" and row[3] == "":
            style.add("SPAN", (1, r), (3, r))
    style.add("BACKGROUND", (0, 0), (0, -1), "#eeeeee")
    style.add("ALIGN", (1, 0), (-1, -1), "LEFT")
    t.setStyle(style)
    story += [t]
    if d.quorum.applies:
        story.append(Paragraph(escape(d.quorum.message) + f"<font size=8>（依据：{escape(d.quorum.source)}）</font>", st.small))
    if inp.agenda:
        # a paragraph a line (a single run of text is wrapped several times faster than one with breaks)
        story += [plain("会议议程", st.heading), *(plain(line, st.cell) if line.strip() else Spacer(1, st.cell.leading)
                                                   for line in inp.agenda.split("\n"))]
    story.append(plain("会议记录", st.heading))
    for line in (inp.minutes or "（无）").splitlines():
        if line.strip():
            story.append(plain(line.strip(), st.body))
    if d.motions:
        rows: list[list[object]] = [["序号", "决议事项", "赞成", "反对", "弃权", "结果"]]
        for mo in d.motions:
            result = "" if mo.passed is None else ("通过" if mo.passed else "未通过")
            rows.append([str(mo.seq), para(mo.text), _n(mo.yes), _n(mo.no), _n(mo.abstain), result])
        t = grid(rows, [w * x for x in (0.08, 0.52, 0.1, 0.1, 0.1, 0.1)], st.fonts.table)
        note = ""
        if inp.kind == MeetingKind.GENERAL:
            note = f"表决以应到会有表决权党员{c.due_full}人为基数，赞成票超过半数为通过。"
        story += [KeepTogether([plain("决议与表决", st.heading), t, Paragraph(note, st.small)])]
    if d.amendments:
        story.append(plain("更正记录", st.heading))
        for a in d.amendments:
            story.append(plain(f"{a.amended_at:%Y-%m-%d %H:%M} 更正，原因：{a.reason}", st.small))
    if d.attachments:
        story.append(Paragraph("附件：" + "；".join(escape(a.caption or a.name) for a in d.attachments), st.small))
    story += [Spacer(1, 10 * mm), signature_block(st, ("主持人（签字）", "记录人（签字）"), w)]
    return story


def _n(v: int | None) -> str:
    return "" if v is None else str(v)


def _state(state: str) -> str:
    return {"draft": "草稿", "final": "定稿", "submitted": "已报送"}.get(state, state)


def render_meeting(ws: Workspace, meeting_id: int, out: Target, fs: FontSet | None = None, mask: bool = False,
                   detail: MeetingDetail | None = None) -> int:
    """One meeting's record; ``mask``: ID and phone numbers typed in its text are masked (a form leaving the branch);
    ``detail``: the record already read (the volume reads a year's meetings at once)."""
    fs = fs or fonts()
    d = detail or MeetingService(ws).get(meeting_id)
    if mask:
        from models.logsetup import redact_all

        d = redact_all(d)
    assert d.input.held_on is not None
    on = d.input.held_on
    what = "　".join(x for x in (f"{on.month}月{on.day}日", d.row.group, d.input.title[:24]) if x)
    meta = FormMeta(branch_name(ws), f"{kind_name(d.input.kind)}记录", date_zh(on, True), short_id=d.row.uuid[:8],
                    detail=what)
    return build_pdf(out, meta, meeting_story(Styles(fs), d), fs)


def signin_story(st: Styles, kind: str, on: date, due: list[DueMember], title: str) -> list[Flowable]:
    w = frame_width(False)
    story: list[Flowable] = title_block(st, f"{kind_name(kind)}签到表", f"{date_zh(on)}　　{escape(title)}")
    rows: list[list[object]] = [["序号", "姓名", "党小组", "类别", "签到", "备注"]]
    for i, d in enumerate(due, start=1):
        rows.append([str(i), d.name, d.group, "正式" if d.full else "预备", "", ""])
    t = Grid(rows, colWidths=[w * x for x in (0.08, 0.18, 0.2, 0.1, 0.24, 0.2)], rowHeights=[8 * mm] * len(rows),
              repeatRows=1)
    t.setStyle(grid_style(st.fonts.table))
    story += [t, Paragraph(f"应到{len(due)}人（正式党员{sum(d.full for d in due)}人）；实到____人；请假____人；缺席____人",
                           st.small), Spacer(1, 8 * mm), signature_block(st, ("主持人（签字）", "记录人（签字）"), w)]
    return story


def render_signin(ws: Workspace, kind: str, on: date, out: Target, group_id: int | None = None, title: str = "",
                  fs: FontSet | None = None) -> int:
    """The sheet members sign as they arrive, printed before the meeting from the roster of that day."""
    fs = fs or fonts()
    meta = FormMeta(branch_name(ws), f"{kind_name(kind)}签到表", date_zh(on))
    sheets: list[tuple[int | None, str]] = [(group_id, title)]
    if kind == MeetingKind.GROUP:  # the group's own sheet, or one for each group (on main: one sheet, 应到0人)
        from models.services.roster import RosterService

        groups = RosterService(ws).groups()
        if group_id is not None:
            sheets = [(group_id, title or next((g.name for g in groups if g.id == group_id), ""))]
        else:
            sheets = [(g.id, title or g.name) for g in groups if g.member_count]
        if not sheets:
            raise UserError(pick("还没有党小组（在“支部基本情况 → 党小组”里设立），没有党小组会签到表可打印。",
                                 "There are no party groups yet (set them up in 1 Branch profile), so no group "
                                 "sign-in sheet."))
    st, svc = Styles(fs), MeetingService(ws)
    story: list[Flowable] = []
    for gid, heading in sheets:
        story += ([PageBreak()] if story else []) + signin_story(st, kind, on, svc.due_members(kind, on, gid), heading)
    return build_pdf(out, meta, story, fs)


def render_meeting_list(ws: Workspace, period: Period, out: Target, fs: FontSet | None = None) -> int:
    """三会一课 登记表: every meeting in the period with its attendance and validity."""
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(False)
    rows_ = MeetingService(ws).list_meetings(period)
    rows_.sort(key=lambda r: (r.held_on, r.id))
    story: list[Flowable] = title_block(st, "三会一课登记表", f"{period.label_zh()}　　共{len(rows_)}次")
    data: list[list[object]] = [["序号", "日期", "类别", "议题／主题", "应到", "实到", "有效", "状态"]]
    for i, r in enumerate(rows_, start=1):
        kind = kind_name(r.kind) + (f"（{r.group}）" if r.group else "")
        data.append([str(i), date_cn(r.held_on), plain(kind, st.cell), plain(r.title, st.cell),
                     str(r.due), str(r.present), "" if r.valid is None else ("是" if r.valid else "否"), _state(r.state)])
    t = grid(data, [w * x for x in (0.07, 0.13, 0.27, 0.25, 0.07, 0.07, 0.06, 0.08)], st.fonts.table)
    story += [t, Spacer(1, 8 * mm), signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    meta = FormMeta(branch_name(ws), "三会一课登记表", period.label_zh())
    return build_pdf(out, meta, story, fs)
