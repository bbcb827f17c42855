"""Everything the rules ask of the branch in a period, for the 工作台 and ``status``: the meetings (三会一课,
组织生活会), the yearly democratic appraisal (民主评议党员) and a talk with every member (谈心谈话)."""
from __future__ import annotations

from datetime import date

from models.db import Workspace
from models.i18n import pick
from models.rules.meetings import obligation_state
from models.services.appraisals import AppraisalService
from models.services.meetings import MeetingService, Obligation, spans
from models.services.standards import StandardsService
from models.services.talks import TalkService


def all_obligations(ws: Workspace, today: date | None = None, periods: str = "current") -> list[Obligation]:
    today = today or date.today()
    out = MeetingService(ws).obligations(today, periods)
    std = StandardsService(ws).in_force()
    appraisals = AppraisalService(ws)
    for sp in spans(str(std["appraisal_every"].value), today, periods):
        sheet = appraisals.sheet(sp.start.year)
        graded = sum(1 for r in sheet if r.input.grade)
        done = bool(sheet) and graded == len(sheet)
        name = pick(f"民主评议党员（已评定{graded}/{len(sheet)}人）", f"Democratic appraisal ({graded}/{len(sheet)} graded)")
        out.append(Obligation(f"appraisal::{sp.start}", "appraisal", name, None, sp, obligation_state(done, sp, today),
                              (), std["appraisal_every"].standard.source))
    talks = TalkService(ws)
    for sp in spans(str(std["talks_every"].value), today, periods):
        missing = talks.not_talked_with(sp.start, sp.end)
        name = pick("谈心谈话" + (f"（{len(missing)}人尚未谈）" if missing else "（每名党员已谈）"),
                    "Heart-to-heart talks" + (f" ({len(missing)} not yet)" if missing else " (everyone)"))
        out.append(Obligation(f"talks::{sp.start}", "talks", name, None, sp, obligation_state(not missing, sp, today),
                              (), std["talks_every"].standard.source))
    return out
