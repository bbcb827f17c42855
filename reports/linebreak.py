"""Where a Chinese line may break (避头尾), for every paragraph of every form — prose and table cells alike.

A line never starts with a closing mark or a pause (，。、；：！？）》” % …) and never ends with an opening one
(（《“) — GB/T 15834—2011 5.1. These stay on one line unless they alone are wider than it (通行做法 of typesetting):
a run of digits, Latin letters and the marks inside them (a date 2025.12.26, an amount 2539.89, 100%), a number
with its unit (3天, 12人, 021号), a document number (〔2024〕21号), and a short run of Chinese characters between
marks or spaces — a name in a list (王欣怡、赵梓萱), a four-character term in a cell (入党时间, 共性承诺). Such a short
run that must break (a column narrower than it) breaks in its middle (入党/时间), not before its last character.
The last character of a paragraph never stands alone on a line when the one before it can go along.
Otherwise Chinese breaks between any two characters.

reportlab lays out ``wordWrap="CJK"`` paragraphs with its own splitter, which lets a comma start a line and breaks
numbers anywhere; ``install()`` puts this one in its place (reportlab looks the splitter up when it wraps).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

NO_LINE_START = frozenset("，。、；：！？）》」』”’%％．,.;:!?)]】〕｝…·～—")
NO_LINE_END = frozenset("（《「『“‘([【〔｛")
# characters that hold a run together: digits and Latin letters, and the marks that join them inside a number, a
# date, an amount or a document number
_RUN = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ０１２３４５６７８９.．,:/-–%％@_#+")


# what a number may carry without a break before it: its unit or counter word
_UNITS = frozenset("年月日时分秒天周岁人名位个次项件条号页元角户份期届册张篇批万亿千百")
SHORT_RUN = 4  # a run of Chinese characters this long or shorter is kept on one line


def ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


def can_break_before(prev: str, ch: str) -> bool:
    """May a line end after ``prev`` and the next begin with ``ch``?"""
    if ch in NO_LINE_START or prev in NO_LINE_END:
        return False
    if ch.isspace() or prev.isspace():
        return True
    if prev.isdigit() and ch in _UNITS or prev == "〕" and ch.isdigit():
        return False
    return not (prev in _RUN and ch in _RUN)


def _run_around(chars: list[str], j: int) -> tuple[int, int] | None:
    """The run of Chinese characters that a break before ``j`` would cut, when it is short: (start, end)."""
    if not (ideograph(chars[j - 1]) and ideograph(chars[j])):
        return None
    a, b = j - 1, j + 1
    while a > 0 and j - a <= SHORT_RUN and ideograph(chars[a - 1]):
        a -= 1
    while b < len(chars) and b - j <= SHORT_RUN and ideograph(chars[b]):
        b += 1
    return (a, b) if b - a <= SHORT_RUN else None


def _lone_last(chars: list[str], j: int) -> bool:
    """Would a line from ``j`` hold only the paragraph's last character (and the marks after it)?"""
    if not ideograph(chars[j]):
        return False
    for k in range(j + 1, len(chars)):  # no slice: this is asked at every break of a long paragraph
        if chars[k] not in NO_LINE_START:
            return False
    return True


def _break_at(chars: list[str], line_start: int, i: int) -> int:
    """Where the line from ``line_start`` ends when character ``i`` no longer fits: before the last character at
    or before ``i`` that may start a line without cutting a short run; else a short run that fills the line is cut
    in its middle; else before the last character that may start a line; or at ``i`` when a single run of digits
    fills the whole line."""
    allowed = (j for j in range(i, line_start, -1) if can_break_before(chars[j - 1], chars[j]))
    first = None  # read lazily: the first good break is nearly always one of the first two looked at
    for j in allowed:
        first = j if first is None else first
        if _run_around(chars, j) is None:
            if _lone_last(chars, j) and j - 1 > line_start and can_break_before(chars[j - 2], chars[j - 1]) \
                    and _run_around(chars, j - 1) is None:
                return j - 1  # the paragraph's last character does not stand alone on a line (第三党/小组)
            return j
    run = _run_around(chars, i)
    if run is not None:
        middle = run[0] + (run[1] - run[0] + 1) // 2
        if line_start < middle <= i:
            return middle
    return first if first is not None else i


def widest_run(chars: list[str], widths: list[float]) -> float:
    """The width of the widest stretch of ``chars`` that may not be broken anywhere (a date, an amount, a number
    with its unit, a document number, a word with the marks that cling to it)."""
    best = used = 0.0
    for i, w in enumerate(widths):
        if i and can_break_before(chars[i - 1], chars[i]):
            used = 0.0
        used += w
        best = max(best, used)
    return best


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


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` on one line (the widths of its characters, cached per font and size)."""
    cache = _WIDTHS.setdefault((font, size), {})
    try:
        return float(sum(map(cache.__getitem__, text)))
    except KeyError:
        return float(sum(char_widths(list(text), font, size)))


def _cjk_frag_split(frags: list[Any], max_widths: list[float], calc_bounds: bool, encoding: str = "utf8") -> Any:
    """reportlab's CJK splitter with the rules above (same inputs and output as ``cjkFragSplit``), for a paragraph
    in more than one style (a smaller note, a line break): the characters measured once, each line's runs of one
    style made into one piece."""
    from reportlab.lib.rl_accel import sameFrag
    from reportlab.pdfbase.pdfmetrics import getAscentDescent
    from reportlab.platypus import paragraph as rp

    if any(hasattr(f, "cbDefn") for f in frags):
        return _cjk_frag_split_units(frags, max_widths, calc_bounds, encoding)
    chars: list[str] = []
    owner: list[int] = []  # per character: the index of its frag
    widths: list[float] = []
    for k, f in enumerate(frags):
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            run = list(text)
            chars += run
            owner += [k] * len(run)
            widths += char_widths(run, f.fontName, f.fontSize)
        else:
            chars.append("")  # an empty frag (a <br/>) takes its place and no room
            owner.append(k)
            widths.append(0.0)

    def line_of(start: int, end: int, limit: float, forced: bool) -> Any:
        words: list[Any] = []
        size = ascent = descent = 0.0
        i = start
        while i < end:
            k, j = owner[i], i
            while j < end and owner[j] == k:
                j += 1
            f = frags[k]
            size = max(size, f.fontSize)
            a, d = getAscentDescent(f.fontName, f.fontSize)
            ascent, descent = max(ascent, a), min(descent, d)
            text = "".join(chars[i:j])
            if words and sameFrag(words[-1], f):
                words[-1].text += text
            else:
                w = f.clone()
                w.text = text
                words.append(w)
            i = j
        used = sum(widths[start:end])
        return rp.FragLine(kind=1, extraSpace=limit - used, wordCount=1, words=words, fontSize=size, ascent=ascent,
                           descent=descent, maxWidth=limit, currentWidth=used, lineBreak=forced)

    breaks = [hasattr(frags[k], "lineBreak") for k in owner]
    return rp.ParaLines(kind=1, lines=[line_of(*line) for line in _frag_lines(
        chars, lambda i, _limit: widths[i], breaks, max_widths)])


def _frag_lines(chars: list[str], width: Callable[[int, float], float], breaks: list[bool],
                max_widths: list[float]) -> Iterator[tuple[int, int, float, bool]]:
    """The lines of a paragraph of several pieces: (start, end, room, ended by an explicit <br/>) — a line ends at
    a <br/> or before the character that no longer fits, where these rules allow."""
    start, n, k = 0, len(chars), 0
    while start < n:
        limit = max_widths[min(k, len(max_widths) - 1)]
        used, i, end, forced = 0.0, start, n, False
        while i < n:
            used += width(i, limit)
            if breaks[i]:  # an explicit <br/>: the line ends with it
                end, forced = i + 1, True
                break
            if used > limit + 1e-6 and i > start:
                end = _break_at(chars, start, i)
                break
            i += 1
        yield start, end, limit, forced
        start, k = end, k + 1


def _cjk_frag_split_units(frags: list[Any], max_widths: list[float], calc_bounds: bool, encoding: str = "utf8") -> Any:
    """``_cjk_frag_split`` for a paragraph holding images or other drawn things (they are measured as reportlab does)."""
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

    def width(u: Any, limit: float) -> float:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = limit
            w = w.normalizedValue(limit)
        return float(w)

    for start, end, limit, forced in _frag_lines(chars, lambda i, limit: width(units[i], limit),
                                                 [hasattr(u.frag, "lineBreak") for u in units], max_widths):
        line = units[start:end]
        used = sum(width(u, limit) for u in line)
        lines.append(rp.makeCJKParaLine(line, limit, used, limit - used, forced, calc_bounds))
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
