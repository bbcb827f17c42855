"""One entry point per printed form (models/books.py names them): ``fn(ws, request, out, fonts) -> pages``.

The command line's ``report`` and anything else that prints a form by its key goes through here, so what a form
is printed for (a day, a period, a year, a record, a member) is decided once, by ``FormRequest``.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from models.books import FORMS
from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress
from models.rules.periods import Period, parse_period
from reports.fonts import FontSet


@dataclass(frozen=True)
class FormRequest:
    period: Period | None = None  # None: this year (a year's form) or today (the roster, the profile)
    record: str | None = None  # a record's UUID (a meeting, an applicant)
    member: str | None = None  # a member's UUID
    member_id: int | None = None  # or the member's row, where the caller (the window) has it
    only_branch: bool = False  # the pledge sheet of the branch's own (collective) pledges only
    day: date | None = None  # a sign-in sheet's meeting day
    kind: str = "general"  # a sign-in sheet's kind of meeting
    group: str = ""  # a 党小组会 sign-in sheet's group (its name); none: one sheet per group
    paper: str = "A4"  # the pledge board's paper
    mask_ids: bool = True
    today: date = field(default_factory=date.today)
    progress: Progress | None = None

    @property
    def year(self) -> int:
        return self.period.start.year if self.period else self.today.year

    @property
    def as_of(self) -> date | None:
        return min(self.period.end, self.today) if self.period else None

    @property
    def span(self) -> Period:
        return self.period or parse_period(str(self.today.year))


Render = Callable[[Workspace, FormRequest, Path, FontSet], int]


def renderer(key: str) -> Render:
    spec = FORMS[key]
    module, name = spec.render.split(":")
    fn: Render = getattr(importlib.import_module(module), name)
    return fn


def render_form(ws: Workspace, key: str, req: FormRequest, out: Path, fs: FontSet) -> int:
    return renderer(key)(ws, req, out, fs)


def _member_id(ws: Workspace, req: FormRequest, form: str) -> int:
    from models.services.roster import RosterService

    if req.member_id is not None:
        return req.member_id
    text = (req.member or "").strip()
    if not text:
        raise UserError(pick(f"{form} 需要指定党员（--member 姓名或党员编号，见 list roster）",
                             f"{form} needs a member (--member name or member UUID; see: list roster)"))
    members = RosterService(ws).list_members(include_left=True)
    found = ([m for m in members if m.uuid == text] or [m for m in members if m.name == text]
             or ([m for m in members if m.uuid.startswith(text)] if len(text) >= 8 else []))
    if len(found) == 1:
        return found[0].id
    if found:
        listed = "\n".join(f"  {m.name}\t{m.birth_date or ''}\t{m.group}\t{m.uuid}" for m in found)
        raise UserError(pick(f"有{len(found)}名党员与“{text}”相符，请用 --member 给出其中一人的党员编号：\n{listed}",
                             f"{len(found)} members match “{text}”; give one's member UUID with --member:\n{listed}"))
    raise UserError(pick(f"花名册上没有姓名或党员编号为“{text}”的党员（见 list roster）。",
                         f"No member named or numbered “{text}” on the roster (see: list roster)."))


def profile(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.profile import render_profile

    return render_profile(ws, out, on=req.as_of, fs=fs)


def roster(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.roster import render_roster

    return render_roster(ws, out, on=req.as_of, mask_ids=req.mask_ids, fs=fs)


def meeting(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from models.services.meetings import MeetingService
    from reports.meetings import render_meeting

    if not req.record:
        raise UserError(pick("会议记录需要指定会议（--id UUID，见 list meetings）",
                             "A meeting record needs the meeting (--id UUID; see: list meetings)"))
    return render_meeting(ws, MeetingService(ws).find_uuid(req.record), out, fs=fs)


def meetings(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.meetings import render_meeting_list

    return render_meeting_list(ws, req.span, out, fs=fs)


def signin(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from models.services.roster import RosterService
    from reports.meetings import render_signin

    group_id = None
    if req.group:
        groups = {g.name: g.id for g in RosterService(ws).groups()}
        if req.group not in groups:
            raise UserError(pick(f"没有名为“{req.group}”的党小组。现有：{'、'.join(groups) or '（还没有党小组）'}",
                                 f"No party group “{req.group}”. There are: {', '.join(groups) or '(none yet)'}"))
        group_id = groups[req.group]
    return render_signin(ws, req.kind, req.day or req.today, out, group_id=group_id, fs=fs)


def orglife(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.orglife import render_orglife

    return render_orglife(ws, req.year, out, fs)


def appraisal(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.people import render_appraisal

    return render_appraisal(ws, req.year, out, fs=fs)


def talks(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.people import render_talks

    return render_talks(ws, req.span, out, fs=fs)


def dues(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.dues import render_dues_register

    return render_dues_register(ws, req.year, out, fs=fs)


def dues_member(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.dues import render_dues_member

    return render_dues_member(ws, req.year, _member_id(ws, req, "dues-member"), out, fs=fs)


def dues_statement(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.dues import render_dues_statement

    return render_dues_statement(ws, req.year, out, fs=fs)


def development(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    """One applicant's record with ``record``, else the year's rosters."""
    from models.services.development import DevelopmentService
    from reports.development import render_development_record, render_development_rosters

    if req.record:
        return render_development_record(ws, DevelopmentService(ws).find_uuid(req.record).id, out, fs=fs)
    return render_development_rosters(ws, req.year, out, fs=fs)


def transfers(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.transfers import render_transfers

    return render_transfers(ws, req.year, out, fs)


def pledges(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.pledges import render_pledge_ledger

    return render_pledge_ledger(ws, req.year, out, fs=fs)


def pledge_board(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.pledges import render_pledge_board

    return render_pledge_board(ws, req.year, out, paper=req.paper, fs=fs)


def pledge_sheet(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    """Every member's 承诺书, or one member's with ``member``."""
    from reports.pledges import render_pledge_sheets

    member_id = _member_id(ws, req, "pledge-sheet") if req.member or req.member_id is not None else None
    return render_pledge_sheets(ws, req.year, out, member_id=member_id, only_branch=req.only_branch, fs=fs)


def pledge_summary(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.pledges import render_pledge_summary

    return render_pledge_summary(ws, req.year, out, fs=fs)


def plans(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.plans import render_plans

    return render_plans(ws, req.year, out, fs)


def volume(ws: Workspace, req: FormRequest, out: Path, fs: FontSet) -> int:
    from reports.volume import render_volume

    return render_volume(ws, req.year, out, fs, progress=req.progress)
