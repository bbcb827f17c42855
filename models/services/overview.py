"""The branch at a glance, assembled once: duties and their state, deadlines, attendance, 四个清楚, dues,
recruitment, pledges, the other books' reminders and the last bundle.

The 工作台 (read on a worker), ``status`` (text and ``--json``) and the bundle's ``summary.json`` all read it.
Each part is computed when first asked for and then kept, so a reader pays only for what it shows; an Overview
is a snapshot: make a new one after a change.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from models.db import Workspace
from models.i18n import pick

if TYPE_CHECKING:
    from models.rules.periods import Period
    from models.services.committee import ElectionDue
    from models.services.development import Deadline
    from models.services.dto import BranchProfile, RosterStats
    from models.services.dues import Arrear, DuesYear
    from models.services.meetings import MemberAttendance, Obligation, RosterDrift
    from models.services.pledges import PledgeRow, YearSummary
    from models.services.reminders import Reminder
    from models.services.standards import StandardInForce


@dataclass(frozen=True)
class BundleDue:
    """The month to send, the deadline, ``state`` done/due/overdue (or first: the branch started after last month,
    so its first bundle is the start month's), what became of it (or ``note``) and its revision."""

    month: str
    deadline: date
    state: str
    note: str
    revision: int


class Overview:
    """``period``: the obligations of that period (YYYY, YYYY-Qn, YYYY-MM) instead of the current ones; the year
    of its start is the year the other parts are about. ``today``: the day things are judged on."""

    def __init__(self, ws: Workspace, today: date | None = None, period: Period | None = None):
        self.ws = ws
        self.today = today or date.today()
        self.period = period
        self.year = period.start.year if period else self.today.year
        self.year_start = period.start if period else date(self.today.year, 1, 1)
        self.year_end = min(period.end if period else self.today, self.today)

    # -- the branch ---------------------------------------------------------------------------------------------
    @cached_property
    def profile(self) -> BranchProfile | None:
        from models.services.profile import ProfileService

        return ProfileService(self.ws).get()

    @cached_property
    def stats(self) -> RosterStats:
        """四个清楚: numbers, structure and distribution of the members as of ``today``."""
        from models.services.roster import RosterService

        return RosterService(self.ws).stats(today=self.today, branch_type=self.profile.branch_type if self.profile else "")

    @cached_property
    def first_steps(self) -> list[tuple[str, str, bool]]:
        """开始使用: what a new branch sets up first, in order, each ticked from the data — (key, words, done); the
        key names the page that does it."""
        from models.services.committee import CommitteeService
        from models.services.dues import DuesService
        from models.services.meetings import MeetingService
        from models.services.roster import RosterService

        p = self.profile
        roster = RosterService(self.ws)
        members = roster.list_members()
        steps = [
            ("profile", pick("填写支部基本情况（名称、上级党组织、支部代码）", "Fill in the branch profile"),
             bool(p and p.name and p.superior and p.code)),
            ("profile", pick("确认启用日期（此前的工作不算逾期）", "Confirm the start date (nothing before it is overdue)"),
             bool(p and p.records_from)),
            ("roster", pick("录入或导入花名册", "Enter or import the roster"), bool(members)),
            ("roster", pick("设置党小组", "Set up the party groups"), bool(roster.groups())),
            ("profile", pick("登记支部委员会（书记、委员）", "Record the branch committee"),
             bool(CommitteeService(self.ws).terms()) or any(m.committee_role for m in members)),
            ("dues", pick(f"核定{self.year}年党费基数", f"Set the dues bases of {self.year}"),
             bool(DuesService(self.ws).accounts(self.year))),
            ("meetings", pick("记录第一次会议", "Record the first meeting"), bool(MeetingService(self.ws).list_meetings())),
        ]
        return steps

    # -- duties and meetings ------------------------------------------------------------------------------------
    @cached_property
    def obligations(self) -> list[Obligation]:
        from models.services.obligations import all_obligations

        return all_obligations(self.ws, self.today, periods=self.period.text if self.period else "current")

    @cached_property
    def attendance(self) -> list[MemberAttendance]:
        from models.services.meetings import MeetingService

        return MeetingService(self.ws).attendance_by_member(self.year_start, self.year_end)

    @cached_property
    def standards(self) -> dict[str, StandardInForce]:
        """The rule values in force (the branch's own where it set them), each with its source."""
        from models.services.standards import StandardsService

        return StandardsService(self.ws).in_force()

    @cached_property
    def missed_in_a_row(self) -> int:
        """The standard: this many missed meetings in a row is flagged."""
        return int(self.standards["missed_in_a_row"].value)

    @cached_property
    def missing(self) -> list[MemberAttendance]:
        return [a for a in self.attendance if a.missed_in_a_row >= self.missed_in_a_row]

    @cached_property
    def meetings_by_kind(self) -> dict[str, int]:
        from models.services.meetings import MeetingService

        return MeetingService(self.ws).counts_by_kind(self.year_start, self.year_end)

    # -- deadlines ----------------------------------------------------------------------------------------------
    @cached_property
    def late_pledges(self) -> list[PledgeRow]:
        from models.services.pledges import PledgeService

        return PledgeService(self.ws).overdue(self.today)

    @cached_property
    def pledges(self) -> YearSummary:
        from models.services.pledges import PledgeService

        return PledgeService(self.ws).summary(self.year, self.today)

    @cached_property
    def arrears(self) -> list[Arrear]:
        from models.services.dues import DuesService

        return DuesService(self.ws).arrears(self.today)

    @cached_property
    def dues(self) -> DuesYear:
        from models.services.dues import DuesService

        return DuesService(self.ws).year(self.year, self.today)

    @cached_property
    def recruitment(self) -> list[Deadline]:
        from models.services.development import DevelopmentService

        return DevelopmentService(self.ws).deadlines(self.today)

    @cached_property
    def reminders(self) -> list[Reminder]:
        """Books 1, 8 and 13: election due, remediation overdue, transfers and members away."""
        from models.services.reminders import reminders

        return reminders(self.ws, self.today)

    @cached_property
    def election(self) -> ElectionDue:
        from models.services.committee import CommitteeService

        return CommitteeService(self.ws).election_due(self.today)

    # -- final records the roster changed under ------------------------------------------------------------------
    @cached_property
    def roster_drift(self) -> list[RosterDrift]:
        from models.services.meetings import MeetingService

        return MeetingService(self.ws).roster_drift()

    @cached_property
    def appraisal_drift(self) -> list[tuple[int, list[str]]]:
        """(year, names entered after that year's appraisal was final), last year and this."""
        from models.services.appraisals import AppraisalService

        svc = AppraisalService(self.ws)
        return [(y, names) for y in (self.year - 1, self.year) if (names := svc.roster_drift(y))]

    @cached_property
    def pledge_drift(self) -> list[tuple[int, list[str]]]:
        from models.services.pledges import PledgeService

        svc = PledgeService(self.ws)
        return [(y, names) for y in (self.year - 1, self.year) if (names := svc.entered_after_final(y))]

    # -- the last bundle ----------------------------------------------------------------------------------------
    @cached_property
    def bundle_due(self) -> BundleDue:
        """报送: last month's bundle, the day the committee wants it by (the 工作台's card) and whether it went."""
        from models.rules.dates import add_months
        from models.rules.periods import month_text, months_back
        from models.services.profile import ProfileService
        from models.services.sent import history, status_name

        month = months_back(month_text(self.today), 2)[0]
        day = max(1, min(int(self.standards["bundle_due_day"].value), 28))
        start = ProfileService(self.ws).records_from()
        if start is not None and month_text(start) > month:
            # last month is before the start date: nothing to send for it; the first bundle is the start month's
            return BundleDue(month_text(start), add_months(start.replace(day=day), 1), "first", "", 0)
        deadline = self.today.replace(day=day)
        mine = sorted((b for b in history(self.ws) if b.period == month), key=lambda b: b.sequence)
        sent = [b for b in mine if b.status != "pending"]  # delivered (as month_state counts it)
        if sent:
            return BundleDue(month, deadline, "done", status_name(sent[-1].status), sent[-1].revision)
        waiting = len(mine) > len(sent)
        state = "overdue" if self.today > deadline else "due"
        return BundleDue(month, deadline, state, pick("已生成，尚未送出", "written, not yet delivered") if waiting else "", 0)

    @cached_property
    def last_bundle(self) -> tuple[str, int, str, str] | None:
        """(month, revision, status, the committee's comments) of the last bundle, or None."""
        from models.services.sent import last_state

        return last_state(self.ws)

    # -- as data --------------------------------------------------------------------------------------------------
    def as_json(self) -> dict[str, Any]:
        """What ``status --json`` prints."""
        from models.services.meetings import MeetingService

        uuids = {r.id: r.uuid for r in MeetingService(self.ws).list_meetings()}
        return {
            "obligations": [{"kind": o.kind, "name": o.name, "group_id": o.group_id, "period": o.span.label(),
                             "start": o.span.start, "end": o.span.end, "state": o.state,
                             "meetings": [uuids[i] for i in o.meeting_ids], "source": o.source} for o in self.obligations],
            "attendance": [{"name": a.name, "due": a.due, "present": a.present, "leave": a.leave,
                            "rate": round(a.rate, 3), "missed_in_a_row": a.missed_in_a_row} for a in self.attendance],
            "meetings_by_kind": self.meetings_by_kind,
            "pledges": self._pledges_json(),
            "dues": self._dues_json(),
            "development": self._development_json(),
            **self._books_json(),
        }

    def _pledges_json(self) -> dict[str, Any]:
        from models.rules.pledges import Rate

        s = self.pledges

        def rate(r: Rate) -> dict[str, object]:
            return {"due": r.due, "concluded": r.concluded, "fulfilled": r.fulfilled, "by_conclusion": r.by_conclusion,
                    "rate": None if r.rate is None else round(float(r.rate), 4)}
        return {
            "year": self.year, "total": sum(s.review_counts.values()), "by_review": s.review_counts, "final": s.final,
            "posted": [asdict(p) for p in s.postings], "branch": rate(s.branch), "members": rate(s.members),
            "collective": rate(s.collective), "by_category": {k: rate(v) for k, v in s.by_category.items()},
            "by_group": {k: rate(v) for k, v in s.by_group.items()},
            "by_member": [{"name": m.name, "group": m.group, "pledges": m.pledges, **rate(m.rate)} for m in s.by_member],
            "not_pledged": [n for _i, n, _g in s.not_pledged],
            "overdue": [{"uuid": p.uuid, "member": p.member, "content": p.content, "deadline": p.deadline}
                        for p in self.late_pledges if p.year == self.year],
        }

    def _dues_json(self) -> dict[str, Any]:
        from models.rules.dues import yuan

        y = self.dues
        return {"year": self.year, "collected": yuan(y.collected_fen), "handed_up": yuan(y.handed_fen),
                "not_handed_up": yuan(y.not_handed_fen), "owed": yuan(y.owed_fen),
                "not_handed_months": y.not_handed_months(), "without_base": y.without_account,
                "arrears": [{"member": a.name, "group": a.group, "months": [f"{yy}-{mm:02d}" for yy, mm in a.months],
                             "owed": yuan(a.owed_fen), "unpaid_in_a_row": len(a.run), "flagged": a.flagged}
                            for a in self.arrears]}

    def _development_json(self) -> dict[str, Any]:
        from models.services.development import DevelopmentService

        return {"deadlines": [{"name": d.name, "role": d.role, "step": d.limit.step, "what": d.limit.what,
                               "due": d.limit.due, "not_before": d.limit.not_before, "state": d.state,
                               "source": d.limit.source} for d in self.recruitment],
                "rosters": {k: [p.name for p in v] for k, v in DevelopmentService(self.ws).rosters(self.year).items()}}

    def _books_json(self) -> dict[str, Any]:
        from models.services.orglife import OrgLifeService
        from models.services.plans import PlanService
        from models.services.transfers import TransferService

        due = self.election
        orglife = OrgLifeService(self.ws)
        items = orglife.items(self.year)
        t = TransferService(self.ws)
        letters = t.letters(self.year)
        seated = due.term.on(self.today) if due.term else []
        return {
            "reminders": [asdict(r) for r in self.reminders],
            "roster_drift": [asdict(d) for d in self.roster_drift],
            "committee": {"term_started": due.term.elected_on if due.term else None, "ends_on": due.ends_on,
                          "remind_from": due.remind_from, "state": due.state,
                          "members": [{"name": x.name, "role": x.role, "duty": x.duty} for x in seated]},
            "orglife": {"meetings": len(orglife.meetings(self.year)), "items": len(items),
                        "by_state": {k: sum(1 for x in items if x.progress == k)
                                     for k in dict.fromkeys(x.progress for x in items)},
                        "overdue": sum(1 for x in items if x.overdue(self.today))},
            "transfers": {"out": sum(1 for x in letters if x.direction == "out"),
                          "in": sum(1 for x in letters if x.direction == "in"),
                          "away": len(t.away()), "flags": [f.kind for f in t.flags()]},
            "benchmark": [{"month": p.month, "total": p.total, "out_of": p.out_of} for p in PlanService(self.ws).trend(self.year)
                          if p.total is not None],
        }
