"""支部基本情况表 (book 1): the branch, its committee, its party groups and its structure."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.member import COMMITTEE_ROLES
from models.rules.dates import add_years
from models.services.committee import CommitteeService, TermRow
from models.services.dto import BranchProfile, CountRow, GroupRow, MemberRow, RosterStats
from models.services.profile import ProfileService, term_years
from models.services.roster import RosterService
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import (
    FormMeta,
    Grid,
    Styles,
    date_cn,
    date_zh,
    frame_width,
    grid,
    grid_style,
    plain,
    signature_block,
    title_block,
)


def profile_story(st: Styles, p: BranchProfile, members: list[MemberRow], groups: list[GroupRow],
                  stats: RosterStats, on: date, terms: list[TermRow] | None = None) -> list[Flowable]:
    terms = terms or []
    w = frame_width(False)
    story: list[Flowable] = title_block(st, "支部基本情况表", f"填报日期：{date_zh(on)}")
    term_end = add_years(p.term_started_on, term_years(p.branch_type)) if p.term_started_on else None
    term = f"{date_cn(p.term_started_on)}—{date_cn(term_end)}" if term_end else "未填"

    def para(text: str) -> Paragraph:
        return Paragraph(text, st.cell)

    head = [
        ["支部名称", para(p.name), "", ""],
        ["支部类型", p.branch_type, "支部代码", p.code],
        ["上级党组织", para(p.superior), "", ""],
        ["成立日期", date_cn(p.founded_on), "地　　址", para(p.address)],
        ["本届任期", term, "任期年限", f"{term_years(p.branch_type)}年"],
        ["党员总数", f"{stats.total}名", "正式／预备", f"{stats.full}名／{stats.probationary}名"],
        ["党小组数", f"{len(groups)}个", "平均年龄", f"{stats.average_age}岁"],
    ]
    t = Grid(head, colWidths=[w * 0.17, w * 0.33, w * 0.17, w * 0.33])
    style = grid_style(st.fonts.table, header_rows=0)
    for r in (0, 2):
        style.add("SPAN", (1, r), (3, r))
    style.add("BACKGROUND", (0, 0), (0, -1), "#eeeeee")
    style.add("BACKGROUND", (2, 1), (2, -1), "#eeeeee")
    t.setStyle(style)
    story += [t, plain("支部委员会（书记、委员）", st.heading)]

    order = {r: i for i, r in enumerate(COMMITTEE_ROLES)}
    in_force = next((t for t in reversed(terms) if t.elected_on <= on), None)
    by_id = {m.id: m for m in members}
    if in_force is not None:  # the committee as it stood on the day, with each member's duties (分工)
        seated = [(x.role, by_id.get(x.member_id), x.duty) for x in in_force.on(on)]
    else:
        seated = [(m.committee_role, m, "") for m in members if m.committee_role]
    seated.sort(key=lambda r: order.get(r[0], 99))
    rows: list[list[object]] = [["职务", "姓名", "性别", "出生年月", "入党时间", "工作单位及职务", "分工"]]
    rows += [[role, m.name if m else "", m.gender if m else "", date_cn(m.birth_date, True) if m else "",
              date_cn(m.join_date, True) if m else "", para(m.job if m else ""), para(duty)]
             for role, m, duty in seated] or [["（未设）", "", "", "", "", "", ""]]
    t = grid(rows, [w * x for x in (0.11, 0.1, 0.06, 0.1, 0.1, 0.23, 0.3)], st.fonts.table)
    story += [t]
    if terms:
        rows = [["届次", "选举日期", "任期届满", "上级批复", "成员及变动"]]
        for x in terms:
            changes = "；".join(f"{s.role}{s.name}" + (f"（{date_cn(s.from_on)}起）" if s.from_on != x.elected_on else "")
                               + (f"（{date_cn(s.to_on)}止，{s.change_note}）" if s.to_on and s.change_note and s.change_note != "换届" else "")
                               for s in x.seats)
            rows.append([f"第{x.number}届", date_cn(x.elected_on), date_cn(x.ends_on),
                         para(f"{date_cn(x.approved_on)} {x.approval_no}".strip()), para(changes)])
        t = grid(rows, [w * x for x in (0.09, 0.13, 0.13, 0.2, 0.45)], st.fonts.table)
        story += [KeepTogether([plain("历届支部委员会", st.heading), t])]
    group_heading = plain("党小组", st.heading)

    vice = {m.group: m.name for m in members if m.group_role == "副组长"}
    rows = [["党小组", "组长", "副组长", "党员人数"]]
    rows += [[g.name, g.leader, vice.get(g.name, ""), str(g.member_count)] for g in groups] or [["（未划分）", "", "", ""]]
    t = grid(rows, [w * 0.34, w * 0.22, w * 0.22, w * 0.22], st.fonts.table)
    story += [KeepTogether([group_heading, t])]

    def counts(title: str, items: list[CountRow]) -> list[tuple[str, str]]:
        return [(title, "；".join(f"{c.label} {c.count}名" for c in items) or "—")]

    structure = (counts("人员类别", stats.by_category) + counts("性　　别", stats.by_gender)
                 + counts("年　　龄", stats.by_age) + counts("学　　历", stats.by_education)
                 + counts("党　　龄", stats.by_party_age))
    t = Grid([[a, para(b)] for a, b in structure], colWidths=[w * 0.17, w * 0.83])
    style = grid_style(st.fonts.table, header_rows=0)
    style.add("BACKGROUND", (0, 0), (0, -1), "#eeeeee")
    style.add("ALIGN", (1, 0), (1, -1), "LEFT")
    t.setStyle(style)
    story += [KeepTogether([plain("党员结构（四个清楚）", st.heading), t])]

    checks = [[("符合" if c.ok else "注意"), para(f"{c.message}<br/><font size=8>依据：{c.source}</font>")]
              for c in stats.checks]
    t = Grid(checks, colWidths=[w * 0.12, w * 0.88])
    style = grid_style(st.fonts.table, header_rows=0)
    t.setStyle(style)
    story += [KeepTogether([plain("组织设置检查", st.heading), t]), Spacer(1, 10 * mm),
              signature_block(st, ("支部书记（签字）", "填表人", "日期"), w)]
    return story


def render_profile(ws: Workspace, out: Target, on: date | None = None, fs: FontSet | None = None) -> int:
    on = on or date.today()
    fs = fs or fonts()
    p = ProfileService(ws).get()
    if p is None:
        raise UserError(pick("尚未填写支部基本情况。", "The branch profile has not been filled in."))
    roster = RosterService(ws)
    meta = FormMeta(p.name, "支部基本情况表", f"{on.year}年", short_id=p.uuid[:8])
    story = profile_story(Styles(fs), p, roster.list_members(include_left=True), roster.groups(),
                          roster.stats(on, p.branch_type), on, CommitteeService(ws).terms())
    return build_pdf(out, meta, story, fs)
