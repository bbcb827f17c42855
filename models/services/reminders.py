"""Deadlines from books 1, 8 and 13 for the 工作台's 期限提醒 and ``status``: the committee election falling due
(six months ahead), remediation items past their deadline, transfer letters without a receipt, members away long
enough to transfer and members the branch has lost contact with. Each says what to do and on what authority."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from models.db import Workspace
from models.i18n import pick
from models.services.committee import CommitteeService
from models.services.orglife import OrgLifeService
from models.services.standards import StandardsService
from models.services.transfers import TransferService


@dataclass(frozen=True)
class Reminder:
    book: int  # 1, 2, 8 or 13: the page that deals with it
    kind: str  # election | remediation | receipt | should_transfer | lost_contact
    message: str
    due: date | None
    state: str  # overdue | soon
    steps: tuple[str, ...]
    source: str
    ref_id: int | None = None


def reminders(ws: Workspace, today: date | None = None) -> list[Reminder]:
    today = today or date.today()
    std = StandardsService(ws).in_force()  # read once for the three books
    out: list[Reminder] = []
    due = CommitteeService(ws).election_due(today, std)
    if due.state in ("soon", "overdue"):
        out.append(Reminder(1, "election", due.message(), due.ends_on, due.state,
                            (pick("向上级党组织报告换届事宜，做好候选人酝酿和选举准备", "Report to the superior and prepare the election"),),
                            due.source))
    src = std["orglife_remediation_required"].standard.source
    for x in OrgLifeService(ws).overdue(today):
        out.append(Reminder(8, "remediation", pick(f"整改事项“{x.issue}”（责任人{x.owner}）已过时限{x.deadline}",
                                                   f"Remediation “{x.issue}” ({x.owner}) was due {x.deadline}"),
                            x.deadline, "overdue", (x.measure,), src, x.id))
    for f in TransferService(ws).flags(today, std):
        out.append(Reminder(13, f.kind, f.message, f.since, "overdue", f.steps, f.source, f.ref_id))
    out += _lapsed(ws, today, std)
    return out


def _lapsed(ws: Workspace, today: date, std: dict[str, Any]) -> list[Reminder]:
    """党章第九条 (six months without organisational life) and 《党员教育管理工作条例》第二十四条 (除名 two years after
    停止党籍 without contact), each with what to do."""
    from models.member import EventKind, LeaveKind, Member, MemberEvent
    from models.rules.dates import add_years
    from models.services.meetings import MeetingService

    out: list[Reminder] = []
    months = int(std["no_org_life_months"].value)
    for mid, name, last in MeetingService(ws).without_org_life(today, months):
        out.append(Reminder(2, "no_org_life", pick(
            f"{name}连续{months}个月以上未参加党的组织生活" + (f"（最近一次参加：{last}）" if last else "（未有参加记录）"),
            f"{name} has attended no organisational life for {months} months" + (f" (last: {last})" if last else "")),
            last, "overdue", (pick("了解原因、谈心谈话；没有正当理由的，按党章第九条由支部大会讨论处置",
                                   "Find out why and talk; without good reason, the general meeting decides"),),
            std["no_org_life_months"].standard.source, mid))
    years = int(std["suspended_expel_years"].value)
    with ws.session() as s:
        suspended = s.scalars(select(Member).where(Member.left_kind == LeaveKind.SUSPENDED.value,
                                                   Member.deleted_at.is_(None))).all()
        struck = set(s.scalars(select(MemberEvent.member_id).where(MemberEvent.kind == EventKind.STRUCK_OFF.value)))
        for m in suspended:
            if m.left_on is not None and m.id not in struck and add_years(m.left_on, years) <= today:
                out.append(Reminder(2, "strike_off", pick(
                    f"{m.name}自{m.left_on}停止党籍已满{years}年，仍无法取得联系的，应当予以除名",
                    f"{m.name}: membership stopped on {m.left_on}, {years} years without contact: strike off"),
                    add_years(m.left_on, years), "overdue",
                    (pick("再次查找；确实无法取得联系的，经支部大会讨论、报上级党委批准，按自行脱党予以除名",
                          "Search again; if still unreachable, the general meeting decides and the superior approves"),),
                    std["suspended_expel_years"].standard.source, m.id))
    return out
