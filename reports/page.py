"""The page every form prints on (docs/design.md §4).

- A4 portrait, or landscape for wide registers; margins after GB/T 9704-2012 (top 37 mm, left 28 mm,
  right 26 mm, bottom 35 mm). In landscape the margins turn with the page, so the binding edge keeps
  the wide margin.
- Title 2号 (22 pt) in the title font, prose 3号 (16 pt) 仿宋, tables 五号 (10.5 pt).
- Every page: branch name, book name and period at the top; "— n —" centred at the foot (GB/T 9704
  page numbers) with "第 n 页 共 m 页" and the record's short ID so paper and data can be matched.
The forms are laid out and written by reports/layout.py.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from models.db import Workspace
from models.i18n import pick
from models.services.profile import ProfileService
from reports.fonts import FontSet
from reports.linebreak import NO_LINE_START
from reports.linebreak import install as _install_line_breaking

_install_line_breaking()  # every CJK paragraph of every form breaks lines by reports/linebreak.py

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
    p = ProfileService(ws).get()
    return p.name if p else pick("（未命名支部）", "(unnamed branch)")


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
        """Plain text as a table cell (or in ``style``): escaped, its line breaks kept, wrapped by the GB/T 15834
        rules (reports/linebreak.py)."""
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.cell)


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
    t = Table(rows, colWidths=list(widths), repeatRows=header_rows)
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
    if d is None:
        return ""
    return f"{d.year}.{d.month:02d}" if month_only else f"{d.year}.{d.month:02d}.{d.day:02d}"


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
        self._aw = 0.0

    def _gap(self, i: int) -> float:
        if i == 0:
            return 0.0
        return float(max(self.parts[i - 1].getSpaceAfter(), self.parts[i].getSpaceBefore()))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._aw = aw
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


def wrap_cell(text: str, font: str, size: float, width: float) -> str:
    """Break ``text`` into lines that fit ``width`` (a table column), as a plain string with newlines.

    Long registers print many cells; a plain multi-line string is laid out by the table several times faster
    than a CJK Paragraph. Chinese breaks between any two characters; a Latin word or number is kept whole
    unless it alone is wider than the column."""
    room = width - CELL_PAD
    out: list[str] = []
    for para in text.split("\n"):
        line, line_w = "", 0.0
        for token in _tokens(para):
            w = stringWidth(token, font, size)
            if line and line_w + w > room and token in NO_LINE_START and len(line) > 1:
                carry = line[-1]  # 避头: a closing mark never starts a line; take the character before along
                out.append(line[:-1])
                line, line_w = carry, stringWidth(carry, font, size)
            elif line and line_w + w > room:
                out.append(line.rstrip())
                line, line_w = "", 0.0
                token = token.lstrip()
                w = stringWidth(token, font, size)
            if w > room:  # a single token wider than the column: break it by character
                for ch in token:
                    cw = stringWidth(ch, font, size)
                    if line and line_w + cw > room:
                        out.append(line)
                        line, line_w = "", 0.0
                    line += ch
                    line_w += cw
                continue
            line += token
            line_w += w
        out.append(line.rstrip())
    return "\n".join(out)


def _tokens(text: str) -> list[str]:
    """Each CJK character alone; runs of Latin letters, digits and their punctuation together."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out
