"""Laying forms out into PDF files — one builder for a single form, several forms in one file and the bound yearly
volume (cover, contents, fifteen books numbered through, bookmarks), always written all or nothing.

Every form is a ``FormMeta`` (its header) and a story of flowables. A renderer hands its forms to ``build_pdf``
(or, for several, to a ``FormSink`` and ``finish``); the volume collects every book's forms in one sink. Each page
is finished when the document is saved (``DeferredCanvas``), when every form's page count — and, in the volume,
every form's first page for the contents — is known."""
from __future__ import annotations

import gc
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from models.errors import UserError
from models.files import replacing
from models.i18n import pick
from models.progress import Progress, step
from reports.fonts import FontSet, fonts
from reports.page import SMALL_PT, TABLE_PT, FormMeta, decorate_page, keep_signatures, margins, page_size


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the document ends, so each page is finished knowing how many there are (and, in the
    yearly volume, where every form begins). Subclasses set ``fs`` and finish a page in ``finish_page``."""

    fs: FontSet

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs["initialFontName"] = self.fs.table  # no stray unembedded Helvetica
        kwargs["initialFontSize"] = TABLE_PT
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        count: int = getattr(self, "_annotationCount", 0)  # restored page states would reuse link names
        for state in self._saved:
            self.__dict__.update(state)
            self._annotationCount = count
            self.finish_page(total)
            count = self._annotationCount
            super().showPage()
        super().save()

    def finish_page(self, total: int) -> None:
        raise NotImplementedError


class FormSink:
    """Where a form goes instead of its own file: the yearly volume collects the forms of every book and lays them
    out in one document (reports/volume.py). Each form keeps its header (book, period, short ID)."""

    def __init__(self) -> None:
        self.forms: list[tuple[FormMeta, list[Flowable]]] = []

    def add(self, meta: FormMeta, story: list[Flowable]) -> None:
        self.forms.append((meta, story))


Target = Path | FormSink




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
        story += [*cover, NextPageTemplate(_shape_name(False, "A4")), PageBreak()]
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
            template = _shape_name(meta.landscape, meta.paper)
            if first:
                story.append(NextPageTemplate(template))
                first = False
            else:
                story += [NextPageTemplate(template), PageBreak()]
            story += [_Mark(meta, entries), *keep_signatures(form)]
    first_meta = sections[0].forms[0][0]
    single = len(forms) == 1 and cover is None
    doc = BaseDocTemplate(
        str(out), pagesize=page_size(first_meta.landscape, first_meta.paper),
        title=cover_title or (f"{first_meta.branch} {first_meta.book}" if single else first_meta.book),
        author=first_meta.author or first_meta.branch, subject=first_meta.period if single else "",
        creator="Branch Desk 支部工作台")
    shapes = list(dict.fromkeys([*((m.landscape, m.paper) for b in sections for m, _story in b.forms),
                                 *([(False, "A4")] if cover is not None else [])]))  # contents: portrait A4
    templates = [_template(_shape_name(*shape), *shape) for shape in shapes]  # the first page takes the first
    if cover is not None:
        templates.insert(0, _template("cover", False, "A4"))
    doc.addPageTemplates(templates)
    total = len(story)
    if progress is not None:
        def report(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                step(progress, value, total, "排版")

        doc.setProgressCallBack(report)
    with replacing(out) as partial, few_collections():
        doc.filename = str(partial)
        doc.build(story, canvasmaker=_canvas(fs, front, toc, toc_pages, cover_title))
    return int(doc.page) - front


_QUIET = threading.Lock()
_layouts = 0  # layouts running now
_thresholds = gc.get_threshold()  # the collector's, from before the first of them


@contextmanager
def few_collections() -> Iterator[None]:
    """While forms are laid out — hundreds of thousands of short-lived objects — Python's cycle collector leaves
    the objects that were there before alone (``gc.freeze``) and runs less often: the yearly volume is made about a
    seventh faster. Undone when the last layout running ends (a worker thread may print while another does)."""
    global _layouts, _thresholds
    with _QUIET:
        if not _layouts:
            _thresholds = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(20_000, 20, 20)
        _layouts += 1
    try:
        yield
    finally:
        with _QUIET:
            _layouts -= 1
            if not _layouts:
                gc.set_threshold(*_thresholds)
                gc.unfreeze()


def build_pdf(out: Target, meta: FormMeta, story: list[Flowable], fs: FontSet | None = None) -> int:
    """One form: laid out on its page and written safely; returns the number of pages. Given a ``FormSink`` the
    form is handed to it instead (and 0 returned)."""
    if isinstance(out, FormSink):
        out.add(meta, story)
        return 0
    return write_forms(Path(out), [(meta, story)], fs)


def _shape_name(is_landscape: bool, paper: str) -> str:
    return f"{'landscape' if is_landscape else 'portrait'}-{paper}"


def _template(name: str, is_landscape: bool, paper: str) -> PageTemplate:
    size = page_size(is_landscape, paper)
    m = margins(is_landscape)
    frame = Frame(m["left"], m["bottom"], size[0] - m["left"] - m["right"], size[1] - m["top"] - m["bottom"],
                  0, 0, 0, 0, id=name)
    return PageTemplate(name, [frame], pagesize=size)


def finish(out: Path | FormSink, sink: FormSink, fs: FontSet) -> int:
    """For a renderer of several forms: hand them on to the volume being assembled, or write them as one file."""
    if isinstance(out, FormSink):
        out.forms += sink.forms
        return 0
    return write_forms(out, sink.forms, fs)




def pdf_page_count(path: Path) -> int:
    """The pages of a written PDF, read back from its page tree (what a viewer shows, cover and contents too)."""
    import re

    data = Path(path).read_bytes()
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)] + \
        [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts) if counts else len(re.findall(rb"/Type\s*/Page\b", data))
