"""Deadlines from books 1, 8 and 13 for the 工作台's 期限提醒 and ``status``: the committee election falling due
(six months ahead), remediation items past their deadline, transfer letters without a receipt, members away long
enough to transfer and members the branch has lost contact with. Each says what to do and on what authority."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.db import Workspace
from models.i18n import pick
from models.services.committee import CommitteeService
from models.services.orglife import OrgLifeService
from models.services.standards import StandardsService
from models.services.transfers import TransferService


@dataclass(frozen=True)
class Reminder:
    book: int  # 1, 8 or 13: the page that deals with it
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
    return out
