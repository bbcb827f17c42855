"""The yearly volume (年度台账, docs/design.md §4): a cover, a table of contents with page numbers, then all
fifteen books for the year in order — each form exactly as it prints on its own, with its own header — numbered
through, with a bookmark per book and per record, ready to bind.

One pass of layout: every form is handed to a ``FormSink`` by the book's own renderer, then all of them are laid out
in one document by reports/layout.py, the same builder every single form goes through. The contents pages are
reserved up front (their number of lines is known before layout) and drawn when the document is saved, when every
form's first page is known."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
)

from models.books import MEETING_KINDS, PARTS
from models.db import Workspace
from models.errors import UserError
from models.progress import Progress, step
from models.services.reading import one_reading
from reports.fonts import FontSet, fonts
from reports.layout import Book, FormSink, few_collections, write_forms
from reports.page import (
    FormMeta,
    Styles,
    branch_name,
    plain,
    title_block,
)

# -- the yearly volume -------------------------------------------------------------------------------------------
Renderer = Callable[[FormSink], object]


def volume_books(ws: Workspace, year: int, fs: FontSet, today: date | None = None) -> list[tuple[int, str, list[Renderer]]]:
    """The fifteen books in order, each with the renderers of its forms for ``year``."""
    from models.rules.periods import Period
    from models.services.development import DevelopmentService
    from models.services.meetings import MeetingService
    from reports.development import render_development_record, render_development_rosters
    from reports.dues import render_dues_register, render_dues_statement
    from reports.meetings import render_meeting
    from reports.orglife import render_orglife
    from reports.people import render_appraisal, render_talks
    from reports.plans import render_plans
    from reports.pledges import render_pledge_ledger, render_pledge_summary
    from reports.profile import render_profile
    from reports.roster import render_roster
    from reports.transfers import render_transfers

    today = today or date.today()
    end = min(date(year, 12, 31), today)
    period = Period(str(year), date(year, 1, 1), date(year, 12, 31))
    svc = MeetingService(ws)
    details = {d.row.id: d for d in svc.details(svc.ids_in(period))}
    meetings = sorted((d.row for d in details.values()), key=lambda m: (m.held_on, m.id))

    def meeting_forms(kind: str) -> list[Renderer]:
        return [partial(render_meeting, ws, m.id, fs=fs, detail=details[m.id]) for m in meetings if m.kind == kind]

    dev = DevelopmentService(ws)
    people = [p for p in dev.list_people() if any(s.done_on.year == year for s in p.steps if s.done_on)]
    development: list[Renderer] = [lambda sink: render_development_rosters(ws, year, sink, fs)]
    development += [partial(render_development_record, ws, p.id, fs=fs, today=today, person=p) for p in people]
    renderers: dict[str, list[Renderer]] = {
        "profile": [lambda sink: render_profile(ws, sink, end, fs)],
        "roster": [lambda sink: render_roster(ws, sink, end, True, fs)],
        **{kind: meeting_forms(kind) for kind in MEETING_KINDS},
        "orglife": [lambda sink: render_orglife(ws, year, sink, fs, today)],
        "appraisal": [lambda sink: render_appraisal(ws, year, sink, fs)],
        "talks": [lambda sink: render_talks(ws, period, sink, fs)],
        "dues": [lambda sink: render_dues_register(ws, year, sink, fs, today),
                 lambda sink: render_dues_statement(ws, year, sink, fs, today)],
        "development": development,
        "transfers": [lambda sink: render_transfers(ws, year, sink, fs, today)],
        "pledges": [lambda sink: render_pledge_ledger(ws, year, sink, fs, today),
                    lambda sink: render_pledge_summary(ws, year, sink, fs)],
        "plans": [lambda sink: render_plans(ws, year, sink, fs, today)],
    }
    return [(part.no, part.title, renderers[part.key]) for part in PARTS]


def render_volume(ws: Workspace, year: int, out: Path, fs: FontSet | None = None, today: date | None = None,
                  progress: Progress | None = None) -> int:
    """年度台账 for ``year``: cover, contents, the fifteen books. A book with nothing for the year gets one page
    saying so, so the volume always has all fifteen in order. Returns the number of numbered pages."""
    fs = fs or fonts()
    today = today or date.today()
    with one_reading(ws), few_collections():
        return _render_volume(ws, year, out, fs, today, progress)


def _render_volume(ws: Workspace, year: int, out: Path, fs: FontSet, today: date, progress: Progress | None) -> int:
    st = Styles(fs)
    branch = branch_name(ws)
    plan = volume_books(ws, year, fs, today)
    books: list[Book] = []
    for i, (number, title, renderers) in enumerate(plan):
        step(progress, i, len(plan) + 1, f"{number} {title}")
        sink = FormSink()
        for r in renderers:
            try:
                r(sink)
            except UserError:
                continue  # nothing of that form this year
        book = Book(number, title, sink.forms)
        if not book.forms:
            story = [*title_block(st, title, f"{year}年度"), Spacer(1, 20 * mm),
                     plain("本年度无记录。", st.subtitle)]
            book.forms = [(FormMeta(branch, title, f"{year}年度"), story)]
        books.append(book)
    cover_title = f"{branch}{year}年度台账"
    cover: list[Flowable] = [
        Spacer(1, 45 * mm), Paragraph(branch, st.subtitle), Spacer(1, 12 * mm),
        Paragraph(f"{year}年度", st.title), plain("党支部工作台账", st.title), Spacer(1, 70 * mm),
        Paragraph(f"十五类标准台账　共{sum(len(b.forms) for b in books)}份表单", st.subtitle),
        Paragraph(f"编印日期：{today.year}年{today.month}月{today.day}日", st.subtitle),
    ]
    step(progress, len(plan), len(plan) + 1, "排版")
    return write_forms(out, [], fs, books, cover, cover_title, progress)
