"""The yearly volume (年度台账, docs/design.md §4): a cover, a table of contents with page numbers, then all
fifteen books for the year in order — each form exactly as it prints on its own, with its own header — numbered
through, with a bookmark per book and per record, ready to bind.

One pass of layout: every form is handed to a ``FormSink`` by the book's own renderer, then all of them are laid out
in one document. The contents pages are reserved up front (their number of lines is known before layout) and
drawn when the document is saved, when every form's first page is known. ``write_forms`` is the same machinery
without the front matter, for a renderer that prints several forms into one file."""
from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from models.books import MEETING_KINDS, PARTS
from models.db import Workspace
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress, step
from reports.fonts import FontSet, fonts
from reports.page import (
    SMALL_PT,
    DeferredCanvas,
    FormMeta,
    FormSink,
    Styles,
    branch_name,
    decorate_page,
    keep_signatures,
    margins,
    page_size,
    title_block,
)

TOC_LINES_PER_PAGE = 34


@dataclass
class Entry:
    """One line of the contents and one bookmark: a book (level 0) or a form in it (level 1)."""

    key: str
    title: str
    level: int
    page: int = 0  # the body page it starts on, filled in during layout


@dataclass
class Book:
    number: int
    title: str
    forms: list[tuple[FormMeta, list[Flowable]]] = field(default_factory=list)
    empty_note: str = ""


class _Mark(Flowable):  # type: ignore[misc]
    """Zero-size marker at the top of a form: sets the page header, records the page, adds the bookmarks."""

    def __init__(self, meta: FormMeta, entries: list[Entry]):
        super().__init__()
        self.meta, self.entries = meta, entries
        self.width = self.height = 0

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        c = self.canv
        c._form_meta = self.meta
        c._form_seq += 1
        for e in self.entries:
            e.page = c.getPageNumber() - c._front_pages
        c._marks = c._marks + self.entries  # bookmarked when the page is written out (pages are deferred)


def _canvas(fs: FontSet, front: int, toc: list[Entry], toc_pages: int, cover_title: str) -> type[Canvas]:
    numbers: list[tuple[int, int]] = []  # per page: its number within its form, the form's page count

    class VolumeCanvas(DeferredCanvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._front_pages = front
            self._form_meta: FormMeta | None = None
            self._form_seq = 0  # which form the page belongs to (0: the cover and contents)
            self._marks: list[Entry] = [Entry("cover", cover_title, 0)] if front else []

        def showPage(self) -> None:  # noqa: N802
            super().showPage()
            self._marks = []  # a new list: the saved page keeps its own

        def save(self) -> None:
            """Each page's number within its form and the form's page count, known once every page is laid out;
            the viewer's page labels match the printed numbers; the volume opens with its bookmarks shown."""
            seqs = [int(st.get("_form_seq", 0)) for st in self._saved]
            counts = {q: seqs.count(q) for q in set(seqs)}
            seen: dict[int, int] = {}
            numbers.clear()  # kept outside the page states, which the deferred pages restore one by one
            for q in seqs:
                seen[q] = seen.get(q, 0) + 1
                numbers.append((seen[q], counts[q]))
            if front:
                self.addPageLabel(0, prefix="封面")
                if toc_pages:
                    self.addPageLabel(1, style="ROMAN_LOWER", start=1)
                self.addPageLabel(front, style="ARABIC", start=1)
                self.showOutline()
            super().save()

        def finish_page(self, total: int) -> None:
            for e in self._marks:  # bookmarks go in now, when the page they point to is written out
                self.bookmarkPage(e.key)
                self.addOutlineEntry(e.title, e.key, level=e.level, closed=e.level == 0)
            n = self._pageNumber
            if front and 2 <= n <= 1 + toc_pages:
                self._draw_toc(n - 2)
            elif n > front and self._form_meta is not None:
                own, count = numbers[n - 1]
                decorate_page(self, self._form_meta, fs, own, count, running=n - front if front else None)

        def _draw_toc(self, index: int) -> None:
            w, h = self._pagesize
            m = margins(False)
            y = h - m["top"]
            if index == 0:
                self.setFont(fs.title, 22)
                self.drawCentredString(w / 2, y, "目　　录")
                self.bookmarkPage("toc")
                self.addOutlineEntry("目录", "toc", level=0)
            y -= 14 * mm
            for e in toc[index * TOC_LINES_PER_PAGE:(index + 1) * TOC_LINES_PER_PAGE]:
                size = 12 if e.level == 0 else SMALL_PT + 1
                font = fs.heading if e.level == 0 else fs.table
                x = m["left"] + (0 if e.level == 0 else 8 * mm)
                right = w - m["right"]
                self.setFont(font, size)
                num = str(e.page)
                title, room = e.title, right - x - self.stringWidth(num, font, size) - 6 * mm
                while len(title) > 4 and self.stringWidth(title, font, size) > room:
                    title = title[:-2] + "…"  # a long topic is cut, never printed over the page number
                self.drawString(x, y, title)
                self.drawRightString(right, y, num)
                start = x + self.stringWidth(title, font, size) + 2 * mm
                end = right - self.stringWidth(num, font, size) - 2 * mm
                if end > start:
                    self.setDash(1, 2)
                    self.setLineWidth(0.4)
                    self.line(start, y + 1, end, y + 1)
                    self.setDash()
                self.linkRect("", e.key, (x, y - 2, right, y + size), relative=0, thickness=0)
                y -= 7.2 * mm if e.level == 0 else 6.2 * mm

    VolumeCanvas.fs = fs
    return VolumeCanvas


def write_forms(out: Path, forms: list[tuple[FormMeta, list[Flowable]]], fs: FontSet | None = None,
                books: list[Book] | None = None, cover: list[Flowable] | None = None, cover_title: str = "",
                progress: Progress | None = None) -> int:
    """Lay out several forms in one file, each from a new page with its own header, numbered through; with
    ``books`` and a ``cover``, as a bound volume with contents and bookmarks. Returns the body's page count."""
    fs = fs or fonts()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    toc: list[Entry] = []
    story: list[Flowable] = []
    sections = books if books is not None else [Book(0, "", forms)]
    n_forms = sum(len(b.forms) for b in sections)
    if n_forms == 0:
        raise UserError(pick("没有可打印的内容。", "Nothing to print."))
    toc_pages = math.ceil((n_forms + len(sections)) / TOC_LINES_PER_PAGE) if cover is not None else 0
    front = 1 + toc_pages if cover is not None else 0
    if cover is not None:
        story += [*cover, NextPageTemplate("portrait"), PageBreak()]
        story += [Spacer(1, 1)] + [PageBreak(), Spacer(1, 1)] * (toc_pages - 1)
    first = cover is None
    for b in sections:
        for k, (meta, form) in enumerate(b.forms):
            entries = []
            if books is not None and k == 0:
                entries.append(Entry(f"book{b.number}", f"{b.number}　{b.title}", 0))
            title = (f"{meta.book}　{meta.detail}" if meta.detail else f"{meta.book}　{meta.period}") \
                + (f"（{meta.short_id}）" if meta.short_id else "")
            entries.append(Entry(f"form{len(toc)}", title, 1 if books is not None else 0))
            toc += entries
            template = "landscape" if meta.landscape else "portrait"
            if first:
                story.append(NextPageTemplate(template))
                first = False
            else:
                story += [NextPageTemplate(template), PageBreak()]
            story += [_Mark(meta, entries), *keep_signatures(form)]
    partial = out.with_name(out.name + ".partial")
    pm, lm = margins(False), margins(True)
    ps, ls = page_size(False), page_size(True)
    doc = BaseDocTemplate(str(partial), pagesize=ps, title=cover_title or (forms[0][0].book if forms else ""),
                          author=(sections[0].forms[0][0].branch if sections and sections[0].forms else ""),
                          creator="Branch Desk 支部工作台")
    templates = [
        PageTemplate("portrait", [Frame(pm["left"], pm["bottom"], ps[0] - pm["left"] - pm["right"],
                                        ps[1] - pm["top"] - pm["bottom"], 0, 0, 0, 0, id="p")], pagesize=ps),
        PageTemplate("landscape", [Frame(lm["left"], lm["bottom"], ls[0] - lm["left"] - lm["right"],
                                         ls[1] - lm["top"] - lm["bottom"], 0, 0, 0, 0, id="l")], pagesize=ls),
    ]
    if cover is None:
        if sections[0].forms[0][0].landscape:
            templates.reverse()  # the first page takes the first template
        doc.addPageTemplates(templates)
    else:
        doc.addPageTemplates([PageTemplate("cover", [Frame(pm["left"], pm["bottom"], ps[0] - pm["left"] - pm["right"],
                                                           ps[1] - pm["top"] - pm["bottom"], 0, 0, 0, 0, id="c")],
                                           pagesize=ps), *templates])
    total = len(story)
    if progress is not None:
        def report(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                step(progress, value, total, "排版")

        doc.setProgressCallBack(report)
    try:
        doc.build(story, canvasmaker=_canvas(fs, front, toc, toc_pages, cover_title))
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return int(doc.page) - front


def finish(out: Path | FormSink, sink: FormSink, fs: FontSet) -> int:
    """For a renderer of several forms: hand them on to the volume being assembled, or write them as one file."""
    if isinstance(out, FormSink):
        out.forms += sink.forms
        return 0
    return write_forms(out, sink.forms, fs)


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
    meetings = sorted(MeetingService(ws).list_meetings(period), key=lambda m: (m.held_on, m.id))

    def meeting_forms(kind: str) -> list[Renderer]:
        return [partial(render_meeting, ws, m.id, fs=fs) for m in meetings if m.kind == kind]

    dev = DevelopmentService(ws)
    people = [p for p in dev.list_people() if any(s.done_on.year == year for s in p.steps if s.done_on)]
    development: list[Renderer] = [lambda sink: render_development_rosters(ws, year, sink, fs)]
    development += [partial(render_development_record, ws, p.id, fs=fs, today=today) for p in people]
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
                     Paragraph("本年度无记录。", st.subtitle)]
            book.forms = [(FormMeta(branch, title, f"{year}年度"), story)]
        books.append(book)
    cover_title = f"{branch}{year}年度台账"
    cover: list[Flowable] = [
        Spacer(1, 45 * mm), Paragraph(branch, st.subtitle), Spacer(1, 12 * mm),
        Paragraph(f"{year}年度", st.title), Paragraph("党支部工作台账", st.title), Spacer(1, 70 * mm),
        Paragraph(f"十五类标准台账　共{sum(len(b.forms) for b in books)}份表单", st.subtitle),
        Paragraph(f"编印日期：{today.year}年{today.month}月{today.day}日", st.subtitle),
    ]
    step(progress, len(plan), len(plan) + 1, "排版")
    return write_forms(out, [], fs, books, cover, cover_title, progress)
