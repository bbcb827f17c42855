"""Everything the rules ask of the branch in a period, for the 工作台 and ``status``: the meetings (三会一课,
组织生活会), the yearly democratic appraisal (民主评议党员), a talk with every member (谈心谈话), the pledge
cycle (党员承诺践诺): every member's pledges approved and posted, then concluded and 定稿 at the year's end, and
book 15: the year's plan and summary and the monthly benchmark self-assessment (对标自评)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.db import Workspace
from models.i18n import pick
from models.rules.meetings import before_start, obligation_state
from models.services.appraisals import AppraisalService
from models.services.meetings import MeetingService, Obligation, spans
from models.services.plans import PlanService
from models.services.pledges import PledgeService
from models.services.profile import ProfileService
from models.services.roster import RosterService
from models.services.standards import StandardsService
from models.services.talks import TalkService


def all_obligations(ws: Workspace, today: date | None = None, periods: str = "current") -> list[Obligation]:
    today = today or date.today()
    out = MeetingService(ws).obligations(today, periods)
    std = StandardsService(ws).in_force()
    appraisals = AppraisalService(ws)
    for sp in spans(str(std["appraisal_every"].value), today, periods):
        sheet = appraisals.sheet(sp.start.year, with_pledges=False)
        graded = sum(1 for r in sheet if r.input.grade)
        done = bool(sheet) and graded == len(sheet)
        name = (pick(f"民主评议党员（已评定{graded}/{len(sheet)}人）", f"Democratic appraisal ({graded}/{len(sheet)} graded)")
                if sheet else pick("民主评议党员（未开始：花名册上还没有党员）",
                                   "Democratic appraisal (not started: no members on the roster yet)"))
        out.append(Obligation(f"appraisal::{sp.start}", "appraisal", name, None, sp, obligation_state(done, sp, today),
                              (), std["appraisal_every"].standard.source))
    talks = TalkService(ws)
    for sp in spans(str(std["talks_every"].value), today, periods):
        missing = talks.not_talked_with(sp.start, sp.end)
        anyone = bool(missing) or bool(RosterService(ws).list_members(on=min(sp.end, today)))
        if not anyone:  # ✔ only for work done: with nobody to talk with, nothing is done yet
            name = pick("谈心谈话（未开始：花名册上还没有党员）", "Heart-to-heart talks (not started: no members yet)")
        else:
            name = pick("谈心谈话" + (f"（{len(missing)}人尚未谈）" if missing else "（每名党员已谈）"),
                        "Heart-to-heart talks" + (f" ({len(missing)} not yet)" if missing else " (everyone)"))
        out.append(Obligation(f"talks::{sp.start}", "talks", name, None, sp,
                              obligation_state(anyone and not missing, sp, today),
                              (), std["talks_every"].standard.source))
    pledges = PledgeService(ws)
    for sp in spans(str(std["pledge_every"].value), today, periods):
        year = sp.start.year
        summary = pledges.summary(year, today)
        expected = summary.expected
        pledged = expected - len(summary.not_pledged)
        without = len(summary.without_approved)
        posted = bool(summary.postings)
        name = pick("党员承诺：审核与公示（未开始：花名册上还没有党员）",
                    "Pledges approved and posted (not started: no members yet)") if not expected else \
            pick(f"党员承诺：审核与公示（{pledged}/{expected}人已承诺"
                    + (f"，{without}人尚无通过审核的承诺" if without else "") + ("，已公示）" if posted else "，未公示）"),
                    f"Pledges approved and posted ({pledged}/{expected} members pledged"
                    + (f", {without} without an approved pledge" if without else "") + (", posted)" if posted else ", not posted)"))
        source = std["pledge_every"].standard.source
        out.append(Obligation(f"pledges::{sp.start}", "pledges", name, None, sp,
                              obligation_state(without == 0 and posted, sp, today), (), source))
        b = summary.branch
        name = pick("年终评诺（未开始：还没有承诺）", "Year-end pledge appraisal (not started: no pledges yet)") \
            if not b.due and not summary.final else \
            pick(f"年终评诺（已评{b.concluded}/{b.due}项" + ("，已定稿）" if summary.final else "）"),
                    f"Year-end pledge appraisal ({b.concluded}/{b.due} concluded" + (", final)" if summary.final else ")"))
        out.append(Obligation(f"pledge-appraisal::{sp.start}", "pledge-appraisal", name, None, sp,
                              obligation_state(summary.final, sp, today), (), source))
    plans = PlanService(ws)
    for sp in spans(str(std["plan_every"].value), today, periods):
        docs = [d for d in plans.docs(sp.start.year) if d.quarter == 0 or sp.start.month <= 3 * d.quarter <= sp.end.month]
        source = std["plan_every"].standard.source
        for kind, zh, en in (("plan", "工作计划", "Work plan"), ("summary", "工作总结", "Work summary")):
            done = any(d.kind == kind for d in docs)
            out.append(Obligation(f"{kind}::{sp.start}", kind, pick(zh + ("（已制定）" if done else ""), en), None, sp,
                                  obligation_state(done, sp, today), (), source))
    assessed = plans.assessed_months()
    for sp in spans(str(std["assessment_every"].value), today, periods):
        done = any(f"{sp.start:%Y-%m}" <= m <= f"{sp.end:%Y-%m}" for m in assessed)
        out.append(Obligation(f"assessment::{sp.start}", "assessment", pick("对标考评自评", "Benchmark self-assessment"),
                              None, sp, obligation_state(done, sp, today), (), std["assessment_every"].standard.source))
    start = ProfileService(ws).records_from()
    return [replace(o, state=before_start(o.state, o.span, start)) for o in out]
