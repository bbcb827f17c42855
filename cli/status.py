"""``status``: the branch's duties and deadlines, as the 工作台 shows them."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cli.core import Ctx, command, emit
from models.i18n import aside, pick, term
from models.rules.development import limit_word

if TYPE_CHECKING:
    from models.services.overview import Overview


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM (default: this month, quarter and year)")
    p.add_argument("--json", action="store_true")


@command("status", "obligations of the rules (三会一课 …) and their state", arguments=_arguments)
def status(ctx: Ctx) -> int:
    from models.services.overview import Overview

    ov = Overview(ctx.ws, period=ctx.period())
    if ctx.args.json:
        return emit(ctx, ov.as_json(), ())
    return emit(ctx, None, _lines(ov))


def _lines(ov: Overview) -> list[str]:
    from models.rules.dues import yuan

    out: list[str] = []
    marks = {"done": pick("✔ 已完成", "done"), "due": pick("○ 待完成", "due"), "overdue": pick("✖ 逾期", "OVERDUE"),
             "before_start": pick("— 启用前（未记录）", "— before the start (not recorded)")}
    out += [f"{marks[o.state]}\t{o.span.label()}\t{o.name}" for o in ov.obligations]
    late = [p for p in ov.late_pledges if not ov.period or p.year == ov.year]
    if late:
        out.append(pick("\n承诺已过完成时限但无践诺记录：", "\nPledges past their deadline with nothing done:"))
        out += [f"  {p.member}\t{p.deadline}\t{p.content}" for p in late]
    ps = ov.pledges
    out.append(pick(f"\n{ov.year}年承诺：{sum(ps.review_counts.values())}项，兑诺率{ps.branch.percent()}（{ps.branch.detail()}）",
                    f"\nPledges {ov.year}: {sum(ps.review_counts.values())}, fulfilled {ps.branch.percent()} "
                    f"({ps.branch.detail()})"))
    if ov.arrears:
        out.append(pick("\n党费欠交：", "\nDues in arrears:"))
        for a in ov.arrears:
            flag = pick(f"  ⚠ 连续{len(a.run)}个月未交", f"  ⚠ {len(a.run)} months unpaid in a row") if a.flagged else ""
            out.append(f"  {a.name}\t{len(a.months)}{pick('个月', ' months')}\t{yuan(a.owed_fen)}{pick('元', '')}{flag}")
    if ov.recruitment:
        out.append(pick("\n发展党员时限：", "\nRecruitment deadlines:"))
        out += [f"  {limit_word(d.state)}\t{d.limit.due}\t{d.name}{aside(term(d.role))}\t{d.limit.what}"
                for d in ov.recruitment]
    if ov.reminders:
        out.append(pick("\n期限提醒（换届、整改、组织关系）：", "\nReminders (election, remediation, transfers):"))
        out += [f"  [{r.book}] {r.message}" for r in ov.reminders]
    if ov.roster_drift:
        out.append(pick("\n花名册变动涉及已定稿记录（记录保持定稿时的内容，如需改正请更正并写明原因）：",
                        "\nFinal records the roster changes touch (they keep what was stored; amend with a reason):"))
        out += [f"  {d.uuid}\t{d.text()}" for d in ov.roster_drift]
    pledge_drift, appraisal_drift = dict(ov.pledge_drift), dict(ov.appraisal_drift)
    for y in (ov.year - 1, ov.year):
        if y in pledge_drift:
            names = pledge_drift[y]
            out.append(pick(f"\n{y}年评诺已定稿，之后才录入花名册：{'、'.join(names)}（承诺践诺保持定稿时的内容）",
                            f"\nThe {y} pledges were finalised before these were entered: {', '.join(names)}"))
        if y in appraisal_drift:
            names = appraisal_drift[y]
            out.append(pick(f"\n{y}年民主评议党员已定稿，之后才录入花名册：{'、'.join(names)}（评议表保持定稿时的内容）",
                            f"\nThe {y} appraisal was finalised before these were entered: {', '.join(names)} "
                            "(kept as final)"))
    if ov.missing:
        std = ov.missed_in_a_row
        out.append(pick(f"\n连续{std}次以上未参加会议：", f"\nMissed {std} or more in a row:"))
        out += [f"  {a.name}\t{a.missed_in_a_row}" for a in ov.missing]
    return out
