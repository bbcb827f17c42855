"""The page every form prints on (docs/design.md §4).

- A4 portrait, or landscape for wide registers; margins after GB/T 9704-2012 (top 37 mm, left 28 mm,
  right 26 mm, bottom 35 mm). In landscape the margins turn with the page, so the binding edge keeps
  the wide margin.
- Title 2号 (22 pt) in the title font, prose 3号 (16 pt) 仿宋, tables 五号 (10.5 pt).
- Dates: 2025.03.05 in table cells (``date_cn``), 2025年3月5日 in prose, titles, headers and signatures
  (``date_zh``).
- Every page: branch name, book name and period at the top; the form's own "第 n 页 共 m 页" and the record's
  short ID at the foot, so paper and data can be matched; in the bound volume also its running "— n —" on the
  outer side (GB/T 9704 page numbers).
The forms are laid out and written by reports/layout.py.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import toColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from models.db import Workspace
from models.i18n import pick
from models.services.profile import ProfileService
from reports.fonts import FontSet
from reports.linebreak import can_break_before, char_widths, ideograph, split_lines, text_width, widest_run
from reports.linebreak import install as _install_line_breaking

_install_line_breaking()  # every CJK paragraph of every form breaks lines by reports/linebreak.py
rl_config.useA85 = 0  # streams stored binary, not as ASCII85 text: files a tenth smaller and quicker to write

MARGINS = {"top": 37 * mm, "left": 28 * mm, "right": 26 * mm, "bottom": 35 * mm}
TITLE_PT, BODY_PT, TABLE_PT, SMALL_PT = 22, 16, 10.5, 9


@dataclass(frozen=True)
class FormMeta:
    branch: str
    book: str
    period: str
    short_id: str = ""
    landscape: bool = False
    author: str = ""
    paper: str = "A4"  # or "A3" for posters such as the pledge board
    detail: str = ""  # what tells one record from another in the volume's contents: date, group, topic


def branch_name(ws: Workspace) -> str:
    """The branch's name for a form's header (from book 1)."""
    return ProfileService(ws).name() or pick("（未命名支部）", "(unnamed branch)")


def margins(is_landscape: bool) -> dict[str, float]:
    if not is_landscape:
        return dict(MARGINS)
    return {"top": MARGINS["left"], "bottom": MARGINS["right"], "left": MARGINS["top"], "right": MARGINS["bottom"]}


class Styles:
    """Paragraph styles for one font set."""

    def __init__(self, fs: FontSet):
        self.fonts = fs
        self.title = ParagraphStyle("title", fontName=fs.title, fontSize=TITLE_PT, leading=TITLE_PT * 1.4,
                                    alignment=TA_CENTER, spaceAfter=4 * mm)
        self.subtitle = ParagraphStyle("subtitle", fontName=fs.table, fontSize=12, leading=18, alignment=TA_CENTER,
                                       spaceAfter=4 * mm)
        self.heading = ParagraphStyle("heading", fontName=fs.heading, fontSize=14, leading=22, spaceBefore=3 * mm,
                                      spaceAfter=2 * mm)
        self.body = ParagraphStyle("body", fontName=fs.body, fontSize=BODY_PT, leading=BODY_PT * 1.75,
                                   firstLineIndent=2 * BODY_PT, wordWrap="CJK")
        self.cell = ParagraphStyle("cell", fontName=fs.table, fontSize=TABLE_PT, leading=TABLE_PT * 1.35,
                                   wordWrap="CJK")
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.small = ParagraphStyle("small", fontName=fs.table, fontSize=SMALL_PT, leading=SMALL_PT * 1.4,
                                    wordWrap="CJK")

    def text(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Plain text as a table cell (or in ``style``), its line breaks kept (see ``plain``)."""
        return plain(text, style or self.cell)


def plain(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (not markup) as a paragraph in ``style``, its line breaks kept, wrapped by the GB/T 15834 rules
    (reports/linebreak.py): what ``Paragraph(escape(text))`` gives, made without parsing markup — a year's volume
    holds thousands of such paragraphs, and parsing was the larger part of making one."""
    known = style.__dict__.get("_plain_frag")
    if known is None or known[0] != (style.fontName, style.fontSize, style.textColor):
        known = style.__dict__["_plain_frag"] = ((style.fontName, style.fontSize, style.textColor),
                                                 Paragraph("x", style).frags[0])
    template = known[1]
    frags = []
    # whitespace as the parser leaves it: runs made one space, the ends trimmed, each line break kept
    for i, line in enumerate(" ".join(text.replace("\n", "\x00").split()).split("\x00")):
        if i:
            frags.append(template.clone(text="", lineBreak=True, __tag__="br"))
        if line:
            frags.append(template.clone(text=line))
    return Paragraph(escape(text).replace("\n", "<br/>"), style, frags=frags)


def grid_style(font: str, header_rows: int = 1, size: float = TABLE_PT) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), "#eeeeee"))
    return TableStyle(cmds)


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], font: str, header_rows: int = 1,
         size: float = TABLE_PT, style: Sequence[tuple[Any, ...]] = ()) -> Table:
    """The ruled table every form uses: ``header_rows`` shaded and repeated on each page the table runs onto,
    cells centred in ``font`` at ``size``, then the form's own ``style`` commands (spans, colours, alignment)."""
    t = Grid(rows, colWidths=list(widths), repeatRows=header_rows)
    ts = grid_style(font, header_rows, size)
    for cmd in style:
        ts.add(*cmd)
    t.setStyle(ts)
    return t


class SignatureBlock(Table):  # type: ignore[misc]
    """The lines to sign; ``keep_signatures`` keeps it with the end of what it signs."""


def signature_block(st: Styles, labels: Sequence[str], width: float) -> Table:
    """Signature lines as the paper books have them: “支部书记（签字）：________”."""
    cells = [f"{lab}：" for lab in labels]
    n = len(cells)
    col = width / n
    t = SignatureBlock([cells], colWidths=[col] * n, rowHeights=[14 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.fonts.table, 12),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def date_cn(d: date | None, month_only: bool = False) -> str:
    """A date in a table cell: 2025.03.05 (or 2025.03) — one style in every form's cells."""
    if d is None:
        return ""
    return f"{d.year}.{d.month:02d}" if month_only else f"{d.year}.{d.month:02d}.{d.day:02d}"


def date_zh(d: date | None, month_only: bool = False) -> str:
    """A date in prose, titles, page headers and signatures: 2025年3月5日 (Arabic figures, no leading zero, as
    GB/T 9704—2012 7.3.5 (成文日期: 月、日不编虚位) writes the date of a document)."""
    if d is None:
        return ""
    return f"{d.year}年{d.month}月" if month_only else f"{d.year}年{d.month}月{d.day}日"


_ISO_DATE = re.compile(r"(?<![A-Za-z0-9.])(\d{4})-(\d{2})(?:-(\d{2}))?(?![A-Za-z0-9-])")


def prose_dates(text: str | None) -> str:
    """Dates kept as text in a sentence (“自2026-03-26起”) in the prose style: 2026年3月26日."""
    def zh(m: re.Match[str]) -> str:
        y, mo, d = m.groups()
        return f"{int(y)}年{int(mo)}月" + (f"{int(d)}日" if d else "")

    return _ISO_DATE.sub(zh, (text or "").strip())


def cell_dates(text: str | None) -> str:
    """Dates and months kept as text (“党费交至 2025-11”, “2024-07-05 支部委员会会议”) in the cells' style: 2025.11,
    2024.07.05. A code that contains such figures (收据号 DF2025-01) is left as it is."""
    return _ISO_DATE.sub(lambda m: ".".join(g for g in m.groups() if g), (text or "").strip())


def decorate_page(c: Canvas, meta: FormMeta, fs: FontSet, n: int, total: int, running: int | None = None) -> None:
    """The running header (branch, book, period) and footer of a form page: the form's own “第 n 页 共 m 页” in the
    middle, its short ID; in the bound volume also the volume's page number “— N —” on the outer side (odd pages
    right, even pages left, as GB/T 9704 places page numbers), the short ID then on the inner side."""
    w, h = c._pagesize
    m = margins(meta.landscape)
    c.saveState()
    top = h - m["top"] + 8 * mm
    c.setFont(fs.table, SMALL_PT)
    c.drawString(m["left"], top, f"{meta.branch}　{meta.book}")
    c.drawRightString(w - m["right"], top, meta.period)
    c.setLineWidth(0.5)
    c.line(m["left"], top - 2 * mm, w - m["right"], top - 2 * mm)
    foot = m["bottom"] - 12 * mm
    c.setFont(fs.table, SMALL_PT)
    c.drawCentredString(w / 2, foot, pick(f"第 {n} 页 共 {total} 页", f"page {n} of {total}"))
    odd = running is None or running % 2 == 1
    if meta.short_id:
        text = pick(f"编号 {meta.short_id}", f"ID {meta.short_id}")
        if odd:
            c.drawString(m["left"], foot, text)
        else:
            c.drawRightString(w - m["right"], foot, text)
    if running is not None:
        c.setFont(fs.table, 14)
        if odd:
            c.drawRightString(w - m["right"], foot, f"— {running} —")
        else:
            c.drawString(m["left"], foot, f"— {running} —")
    c.restoreState()


class _WithSignature(Flowable):  # type: ignore[misc]
    """What a signature block signs (its last table or paragraph, and anything small between) and the block, laid
    out so the block never starts a page alone: when they do not fit together, the last rows or lines of the part
    before go over with it (at least two), or, if that part cannot be split, all of it."""

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []
        self._aw = self._ah = 0.0
        self.height: float = 0.0

    def _gap(self, i: int) -> float:
        if i == 0:
            return 0.0
        return float(max(self.parts[i - 1].getSpaceAfter(), self.parts[i].getSpaceBefore()))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._sizes and aw == self._aw and (ah == self._ah or self.height <= min(ah, self._ah)):
            return aw, self.height  # the frame asks again before it splits: same answer (a whole fit, too)
        self._aw, self._ah = aw, ah
        canv = getattr(self, "canv", None)
        self._sizes = [p.wrapOn(canv, aw, ah) if canv is not None else p.wrap(aw, ah) for p in self.parts]
        self.width = aw
        self.height = sum(h for _w, h in self._sizes) + sum(self._gap(i) for i in range(len(self.parts)))
        return aw, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.parts[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.parts[-1].getSpaceAfter())

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        top = y + self.height
        for i, (p, (w, h)) in enumerate(zip(self.parts, self._sizes, strict=True)):
            top -= self._gap(i) + h
            p.drawOn(canvas, x, top, self._aw - w)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        if self.height <= ah:
            return list(self.parts)
        head, rest = self.parts[0], self.parts[1:]
        canv = getattr(self, "canv", None)

        def split_head(room: float) -> list[Flowable]:
            self._sizes = []  # splitting lays the part out again, for that room: the next wrap measures anew
            return list(head.splitOn(canv, aw, room) if canv is not None else head.split(aw, room))

        if isinstance(head, (Table, Paragraph)):
            # the largest first piece that leaves at least two rows or lines to go on with the signatures
            room = min(ah, self._sizes[0][1] - _tail_height(head))
            pieces = split_head(room) if room > 0 else []
            if len(pieces) >= 2:
                return [*pieces[:-1], _WithSignature([pieces[-1], *rest])]
        if not getattr(getattr(self, "_frame", None), "_atTop", False):
            return []  # all of it to the next page
        pieces = split_head(ah)  # a fresh page and still too tall: the part before splits as it would alone
        return [*pieces, *rest] if pieces else list(self.parts)


def _tail_height(f: Flowable) -> float:
    """The height of the last two rows of a table, or the last two lines of a paragraph."""
    if isinstance(f, Table):
        pos = getattr(f, "_rowpositions", None)  # after wrap: the rows' top edges, top to bottom
        if pos and len(pos) >= 3:
            return float(pos[-3] - pos[-1]) + 1
        rows = [h for h in (getattr(f, "_rowHeights", None) or []) if h is not None]
        return float(sum(rows[-2:]) if len(rows) >= 2 else 2 * TABLE_PT * 1.6) + 1
    style = getattr(f, "style", None)
    return float(2 * (style.leading if style is not None else 14)) + 1


def keep_signatures(story: list[Flowable]) -> list[Flowable]:
    """Each signature block bound to the end of what it signs (see ``_WithSignature``)."""
    out: list[Flowable] = []
    for f in story:
        if not isinstance(f, SignatureBlock):
            out.append(f)
            continue
        group: list[Flowable] = [f]
        while out and isinstance(out[-1], Spacer):
            group.insert(0, out.pop())
        # a short paragraph just before (a count, a note) goes along, with the table or text before it
        if out and isinstance(out[-1], Paragraph) and len(out) > 1 and len(getattr(out[-1], "text", "")) < 200:
            group.insert(0, out.pop())
            while out and isinstance(out[-1], Spacer):
                group.insert(0, out.pop())
        if out and not isinstance(out[-1], (SignatureBlock, Spacer, ActionFlowable)):
            group.insert(0, out.pop())  # split if a table or text; anything else (a kept group) goes whole
        out.append(_WithSignature(group) if len(group) > 1 else f)
    return out


def page_size(is_landscape: bool, paper: str = "A4") -> tuple[float, float]:
    base = A3 if paper == "A3" else A4
    w, h = landscape(base) if is_landscape else base
    return float(w), float(h)


def frame_width(is_landscape: bool, paper: str = "A4") -> float:
    size = page_size(is_landscape, paper)
    m = margins(is_landscape)
    return float(size[0] - m["left"] - m["right"])


def title_block(st: Styles, title: str, subtitle: str) -> list[Flowable]:
    return [Paragraph(title, st.title), Paragraph(subtitle, st.subtitle), Spacer(1, 2 * mm)]


CELL_PAD = 2 * 2.5 + 1  # grid_style's left and right padding, and a point to spare
MIN_FIGURE_PT = 6.5  # a figure is set no smaller than this to fit its cell; below it, it wraps
NEAR_FIT = 0.9  # text that fits at 90 % of its size is set smaller rather than broken


class Fitted(str):
    """Text broken into lines by ``fit_lines``: it knows the text it was made from, and how wide its widest line
    and its widest stretch that may not be broken (a date, an amount) are in ``font`` at ``size`` — a grid does not
    measure it again."""

    source: str
    font: str
    size: float
    widest: float
    run: float  # the widest stretch that may not be broken, if one had to be (else 0)


def fit_lines(text: str, font: str, size: float, room: float) -> Fitted:
    """``text`` broken into lines no wider than ``room``, by the line-breaking rules of every paragraph
    (reports/linebreak.py), as a plain string with newlines."""
    out: list[str] = []
    widest = run = 0.0
    for para in text.split("\n"):
        chars = list(para)
        widths = char_widths(chars, font, size)
        starts = split_lines(chars, widths, room)
        bounds = [0, *starts, len(chars)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            line = para[a:b]
            out.append(line.strip())
            widest = max(widest, sum(widths[a:b]) if line == out[-1] else text_width(out[-1], font, size))
        if any(not can_break_before(chars[b - 1], chars[b]) for b in starts):
            run = max(run, widest_run(chars, widths))  # a stretch wider than the line had to be broken
    fitted = Fitted("\n".join(out))
    fitted.source, fitted.font, fitted.size, fitted.widest, fitted.run = text, font, size, widest, run
    return fitted


def wrap_cell(text: str, font: str, size: float, width: float) -> Fitted:
    """Break ``text`` into lines that fit a table column ``width`` wide, as a plain string with newlines.

    Long registers print many cells; a plain multi-line string is laid out by the table several times faster
    than a CJK Paragraph, and it breaks by the same rules."""
    return fit_lines(text, font, size, width - CELL_PAD)


_PLACE = {"LEFT": 0, "CENTER": 1, "CENTRE": 1, "RIGHT": 2}  # where a plain-text cell's lines start
_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT", TA_JUSTIFY: "LEFT"}


def _plain_cell(value: Any, cs: Any) -> str | None:
    """The text of a cell that holds one paragraph in one font, size and colour (its lines as newlines), with the
    cell set in the paragraph's font, size, leading, colour and alignment — so the cell is drawn as lines of text
    (several times faster than a paragraph, broken by the same rules) and looks the same. None for anything else."""
    if isinstance(value, (list, tuple)):
        if len(value) != 1:
            return None
        value = value[0]
    if type(value) is not Paragraph:  # not a subclass that draws itself its own way
        return None
    st = value.style
    if st.firstLineIndent or st.leftIndent or st.rightIndent or st.spaceBefore or st.spaceAfter \
            or st.alignment not in _ALIGN or getattr(value, "bulletText", None) or not value.frags:
        return None
    first = value.frags[0]
    parts: list[str] = []
    for f in value.frags:
        if (f.fontName, f.fontSize, f.textColor, f.rise) != (first.fontName, first.fontSize, first.textColor, first.rise) \
                or f.link or f.us_lines or getattr(f, "backColor", None) or getattr(f, "cbDefn", None):
            return None
        parts.append("\n" if getattr(f, "lineBreak", False) else f.text)
    cs.fontname, cs.fontsize, cs.leading = first.fontName, first.fontSize, st.leading
    cs.color, cs.alignment = first.textColor, _ALIGN[st.alignment]
    return "".join(parts)


def _fit_text(text: str, cs: Any, room: float) -> str:
    """A plain-text cell's text fitted to its ``room``, the cell's font size ``cs.fontsize`` set smaller where that is
    what fits it: a figure wider than the cell, or text a hair too wide, is set smaller; other text breaks into
    lines; and a date, an amount or a document number that alone is wider than the cell sets the cell smaller
    rather than being broken (2025.12.2/6), down to ``MIN_FIGURE_PT`` — below it, it breaks."""
    fitted = text if type(text) is Fitted and text.font == cs.fontname and text.size == cs.fontsize else None
    source = text.source if isinstance(text, Fitted) else text
    if fitted is None or fitted.widest > room + 0.01:
        lines = source.split("\n")
        if max(map(len, lines)) * cs.fontsize <= room:
            return text  # no character is wider than the font's em: it fits without measuring
        widest = max(text_width(line, cs.fontname, cs.fontsize) for line in lines)
        if widest <= room + 0.01:
            return source
        smaller = cs.fontsize * room / widest
        if smaller >= MIN_FIGURE_PT and (_is_figure(source) or smaller >= NEAR_FIT * cs.fontsize):
            cs.fontsize = smaller  # a figure, or a header a hair too wide (序号), is not broken
            return source
        fitted = fit_lines(source, cs.fontname, cs.fontsize, room)
    if fitted.run > room + 0.01 and cs.fontsize * room / fitted.run >= MIN_FIGURE_PT:
        scale = room / fitted.run
        cs.fontsize, cs.leading = cs.fontsize * scale, cs.leading * scale
        fitted = fit_lines(source, cs.fontname, cs.fontsize, room)
    return fitted


def _is_figure(text: str) -> bool:
    """A number, an amount, a date or a code: shrunk to fit its cell rather than broken."""
    return not any(ideograph(ch) for ch in text) and "\n" not in text


class Grid(Table):  # type: ignore[misc]
    """The ruled table of every form. Before it is laid out, each plain-text cell is fitted to its cell: a figure
    (an amount, a date, a code) wider than the cell is set smaller, down to ``MIN_FIGURE_PT``, and so is text that
    fits at ``NEAR_FIT`` of its size; any other text, or a figure still too wide, breaks into lines by the rules of
    every paragraph — so no character runs over a rule or into the margin, and no mark hangs outside its cell."""

    _fitted = False

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if not self._fitted:
            self._fit()
        return tuple(super().wrap(aw, ah))

    def split(self, aw: float, ah: float) -> list[Flowable]:
        """reportlab's split; the pieces hold cells fitted already (the rest of a long register is not looked over
        again at every page)."""
        if not self._fitted:
            self._fit()
        pieces: list[Flowable] = super().split(aw, ah)
        for piece in pieces:
            if isinstance(piece, Grid):
                piece._fitted = True
        return pieces

    def _calc(self, aw: float, ah: float) -> None:
        """reportlab's sizing, once for each room: the frame asks a table its size and then asks it to split in the
        same room, and reportlab sized it again (all its rows, page after page of a long register)."""
        if getattr(self, "_sized_for", None) == (aw, ah):
            return
        super()._calc(aw, ah)
        self._sized_for = (aw, ah)

    def _fit(self) -> None:
        self._fitted = True
        # a background named by a string is looked up each time the table is drawn (page after page): once here
        commands: list[tuple[Any, ...]] = getattr(self, "_bkgrndcmds")  # noqa: B009 (reportlab sets it untyped)
        self._bkgrndcmds = [(cmd, a, b, toColor(arg) if isinstance(arg, str) else arg) for cmd, a, b, arg in commands]
        widths = self._colWidths
        if not all(isinstance(w, (int, float)) for w in widths):
            return  # columns sized by their content fit it already
        spans = None
        if self._spanCmds:
            self._calcSpanRanges()  # reportlab's own: (col, row) → (c0, r0, c1, r1), None for a cell inside a span
            spans = self._spanRanges
        for r, row in enumerate(self._cellvalues):
            if not isinstance(row, list):
                self._cellvalues[r] = row = list(row)
            for c, value in enumerate(row):
                last = c
                if spans is not None:
                    span = spans.get((c, r))
                    if span is None:
                        continue
                    last = span[2]
                cs = self._cellStyles[r][c]
                room = sum(widths[c:last + 1]) - cs.leftPadding - cs.rightPadding
                if isinstance(value, (Paragraph, list, tuple)):
                    value = _plain_cell(value, cs)
                    if value is None:
                        continue  # markup, or more than one paragraph: laid out as it is
                    row[c] = _fit_text(fit_lines(value, cs.fontname, cs.fontsize, room), cs, room)
                elif isinstance(value, str) and value.strip():
                    row[c] = _fit_text(value, cs, room)

    _fill: Any = None  # the fill colour the plain-text cells last set

    def _drawCell(self, cellval: Any, cs: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:  # noqa: N802
        """A plain-text cell as reportlab draws it, its lines in one text object (reportlab makes one a line)."""
        if not isinstance(cellval, str) or cs.alignment not in _PLACE or cs.href or cs.destination or cs.direction \
                or cs.shaping:
            self._fill = None  # reportlab may set the colour
            super()._drawCell(cellval, cs, pos, size)
            return
        canv = self.canv
        if cs.color != self._fill:
            canv.setFillColor(cs.color)  # the table's saveState … restoreState ends it
            self._fill = cs.color
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = cellval.split("\n")
        n, leading, fontsize = len(lines), cs.leading, cs.fontsize
        if cs.valign == "BOTTOM":  # placed as reportlab places a cell's lines
            y = rowpos + cs.bottomPadding + n * leading - fontsize
        elif cs.valign == "TOP":
            y = rowpos + rowheight - cs.topPadding - fontsize
        else:
            y = rowpos + (cs.bottomPadding + rowheight - cs.topPadding + n * leading) / 2.0 - fontsize
        place = _PLACE[cs.alignment]
        left, right = colpos + cs.leftPadding, colpos + colwidth - cs.rightPadding
        t = None
        for line in lines:
            if line:
                x = left if place == 0 else right - text_width(line, cs.fontname, fontsize) if place == 2 \
                    else (left + right - text_width(line, cs.fontname, fontsize)) / 2.0
                if t is None:
                    t = canv.beginText(x, y)
                    t.setFont(cs.fontname, cs.fontsize, cs.leading)
                else:
                    t.setTextOrigin(x, y)
                t._textOut(line, 1)  # with T*, as reportlab ends a line: text extraction keeps the lines apart
            y -= leading
        if t is not None:
            canv.drawText(t)
        self._curcellstyle = None  # reportlab sets its font and colour anew for a cell it draws itself
