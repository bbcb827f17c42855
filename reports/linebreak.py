"""Where a Chinese line may break (避头尾), for every paragraph of every form — prose and table cells alike.

A line never starts with a closing mark or a pause (，。、；：！？）》” % …) and never ends with an opening one
(（《“); a run of digits, Latin letters and the marks inside them (a date 2025.12.26, an amount 2539.89, a
document number 〔2024〕21号, 100%, 3天) stays on one line unless it alone is wider than the line. Otherwise Chinese
breaks between any two characters.

reportlab lays out ``wordWrap="CJK"`` paragraphs with its own splitter, which lets a comma start a line and breaks
numbers anywhere; ``install()`` puts this one in its place (reportlab looks the splitter up when it wraps).
"""
from __future__ import annotations

from typing import Any

NO_LINE_START = frozenset("，。、；：！？）》」』”’%％．,.;:!?)]】〕｝…·～—")
NO_LINE_END = frozenset("（《「『“‘([【〔｛")
# characters that hold a run together: digits and Latin letters, and the marks that join them inside a number, a
# date, an amount or a document number
_RUN = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ０１２３４５６７８９.．,:/-–%％@_#+")


def can_break_before(prev: str, ch: str) -> bool:
    """May a line end after ``prev`` and the next begin with ``ch``?"""
    if ch in NO_LINE_START or prev in NO_LINE_END:
        return False
    if ch.isspace() or prev.isspace():
        return True
    return not (prev in _RUN and ch in _RUN)


def _break_at(chars: list[str], line_start: int, i: int) -> int:
    """Where the line from ``line_start`` ends when character ``i`` no longer fits: before the last character at
    or before ``i`` that may start a line, or at ``i`` when a single run fills the whole line."""
    return next((j for j in range(i, line_start, -1) if can_break_before(chars[j - 1], chars[j])), i)


def split_lines(chars: list[str], widths: list[float], max_width: float | list[float]) -> list[int]:
    """Indexes where each line after the first starts, for characters of these widths in lines of ``max_width``
    (one width for every line, or one per line with the last repeated)."""
    limits = max_width if isinstance(max_width, list) else [max_width]
    starts: list[int] = []
    line_start, used = 0, 0.0
    limit = limits[0]
    for i, w in enumerate(widths):
        used += w
        if used > limit + 1e-6 and i > line_start:
            b = _break_at(chars, line_start, i)
            starts.append(b)
            line_start = b
            used = sum(widths[b:i + 1])
            limit = limits[min(len(starts), len(limits) - 1)]
    return starts


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(chars: list[str], font: str, size: float) -> list[float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cache = _WIDTHS.setdefault((font, size), {})
    out = []
    for c in chars:
        w = cache.get(c)
        if w is None:
            w = cache[c] = stringWidth(c, font, size)
        out.append(w)
    return out


def _cjk_frag_split(frags: list[Any], max_widths: list[float], calc_bounds: bool, encoding: str = "utf8") -> Any:
    """reportlab's CJK splitter with the rules above (same inputs and output as ``cjkFragSplit``)."""
    from reportlab.platypus import paragraph as rp

    units: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(rp.cjkU(t, f, encoding) for t in text)
        else:
            units.append(rp.cjkU(text, f, encoding))
    lines: list[Any] = []
    chars = [str(u) for u in units]
    start, n = 0, len(units)

    def width(u: Any, limit: float) -> float:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = limit
            w = w.normalizedValue(limit)
        return float(w)

    while start < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, end, forced = 0.0, start, n, False
        while i < n:
            u = units[i]
            used += width(u, limit)
            if hasattr(u.frag, "lineBreak"):  # an explicit <br/>: the line ends with it
                end, forced = i + 1, True
                break
            if used > limit + 1e-6 and i > start:
                end = _break_at(chars, start, i)
                break
            i += 1
        line = units[start:end]
        used = sum(width(u, limit) for u in line)
        lines.append(rp.makeCJKParaLine(line, limit, used, limit - used, forced, calc_bounds))
        start = end
    return rp.ParaLines(kind=1, lines=lines)


def _word_split(text: str | bytes, max_widths: float | list[float], font: str, size: float,
                encoding: str = "utf8") -> list[tuple[float, str]]:
    """reportlab's splitter for a paragraph in one style (same inputs and output as ``textsplit.wordSplit``):
    (space left, text) per line."""
    if isinstance(text, bytes):
        text = text.decode(encoding)
    limits = list(max_widths) if isinstance(max_widths, (list, tuple)) else [max_widths]
    chars = list(text)
    widths = char_widths(chars, font, size)
    bounds = [0, *split_lines(chars, widths, limits), len(chars)]
    return [(limits[min(k, len(limits) - 1)] - sum(widths[a:b]), text[a:b])
            for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)) if b > a or k == 0]


def install() -> None:
    """Make every ``wordWrap="CJK"`` paragraph break by these rules."""
    from reportlab.platypus import paragraph as rp

    rp.cjkFragSplit = _cjk_frag_split
    rp.wordSplit = _word_split
