"""Rules of the dues register (book 11), pure functions with exact money. Values and sources:
resources/standards/dues.json (中组发〔2008〕3号 and 党章第九条).

- The share depends on the monthly after-tax fixed pay (在职) or the pension (离退休): each bracket's upper bound
  is *included* (“3000元以下（含3000元）”); farmers pay a flat 0.2–1 元, students, the unemployed and members on
  relief or 低保 0.2 元. The base is set once at the start of the year and stays for the year.
- Money is Decimal in yuan and integer 分 in storage, never a float; the monthly amount is rounded half up to the
  unit in force (分 by default).
- A member is due from the month of admission (预备党员 from the meeting that admitted them) to the month they
  leave (a transfer letter says “党费交至某月”).
- Six months in a row without any payment is flagged (自行脱党 procedure, 党章第九条); paying more than six
  months back or ahead needs a reason (补交一般不超过6个月).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from models.i18n import pick

FEN = Decimal("0.01")
BRACKET_KINDS = ("在职", "离退休")
#: 花名册's 党员类别 → the dues category proposed for it
CATEGORY_KIND = {"在职": "在职", "离退休": "离退休", "农民": "农民", "学生": "学生", "失业或无固定职业": "下岗失业"}


class BadAmount(ValueError):
    """Text that is not an amount in yuan (e.g. “12.345”, “-3”, “abc”)."""


def parse_yuan(text: object, allow_zero: bool = True) -> Decimal:
    """An amount in yuan from what a person typed: digits with at most two decimals (分), not negative."""
    s = str(text).strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise BadAmount(pick(f"“{text}”不是金额", f"“{text}” is not an amount")) from None
    if not d.is_finite() or d < 0 or (d == 0 and not allow_zero):
        raise BadAmount(pick(f"金额“{text}”应大于零" if not allow_zero else f"金额“{text}”不能为负",
                             f"“{text}” must be above zero" if not allow_zero else f"“{text}” cannot be negative"))
    if d != d.quantize(FEN):
        raise BadAmount(pick(f"金额“{text}”最多到分（两位小数）", f"“{text}” has more than two decimals (分)"))
    if d >= Decimal("10000000"):
        raise BadAmount(pick(f"金额“{text}”过大", f"“{text}” is too large"))
    return d.quantize(FEN)


def to_fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def yuan(fen: int | None) -> str:
    """分 → “12.34” (empty for None)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def pct(rate: Decimal) -> str:
    """0.015 → “1.5%”."""
    return f"{(rate * 100).normalize():f}%"


@dataclass(frozen=True)
class Proposal:
    """What the rule asks of a member for a month: the share (None for a flat amount) and the amount."""

    kind: str
    rate: Decimal | None
    monthly: Decimal
    least: Decimal  # the least the rule allows without approval (the amount itself for a share)
    most: Decimal | None  # the most the flat rule names (None: no limit; 自愿多交不限)
    rule: str  # the bracket in words, for the form


def propose(kind: str, base: Decimal | None, brackets: Mapping[str, Sequence[Sequence[Any]]],
            flat: Mapping[str, Sequence[str]], rounding: str = "0.01") -> Proposal:
    """The share and monthly amount for a category and a base (monthly after-tax fixed pay or pension)."""
    unit = Decimal(str(rounding))
    if kind in brackets:
        if base is None:
            raise BadAmount(pick("请填写计算基数（税后月工资收入或离退休费）", "Give the monthly base (pay after tax or pension)"))
        lower = Decimal(0)
        for upper, share in brackets[kind]:
            if upper is None or base <= Decimal(str(upper)):
                rate = Decimal(str(share))
                monthly = (base * rate).quantize(unit, rounding=ROUND_HALF_UP).quantize(FEN)
                span = (f"{lower:g}元以上" if lower else "") + (f"至{Decimal(str(upper)):g}元（含）" if upper is not None else "")
                return Proposal(kind, rate, monthly, monthly, None, f"{kind}{span or '全部'}：{pct(rate)}")
            lower = Decimal(str(upper))
        raise AssertionError("the last bracket has no upper bound")
    if kind in flat:
        least, most = (Decimal(str(x)).quantize(FEN) for x in flat[kind])
        rule = f"{kind}每月{least}元" + (f"至{most}元" if most != least else "")
        return Proposal(kind, None, least, least, most, rule)
    raise BadAmount(pick(f"没有“{kind}”这一党费类别", f"No dues category “{kind}”"))


def kinds(brackets: Mapping[str, Any], flat: Mapping[str, Any]) -> list[str]:
    return list(brackets) + [k for k in flat if k not in brackets]


def due_months(year: int, joined: date | None, left_on: date | None) -> list[int]:
    """Months of ``year`` a member owes dues: from the month of admission to the month of leaving, both included."""
    out = []
    for m in range(1, 13):
        start = date(year, m, 1)
        end = date(year + (m == 12), m % 12 + 1, 1)
        if joined is not None and joined >= end:
            continue
        if left_on is not None and left_on < start:
            continue
        out.append(m)
    return out


def months_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Whole months from (year, month) ``a`` to ``b`` (negative when b is earlier)."""
    return (b[0] - a[0]) * 12 + (b[1] - a[1])


def unpaid_run(due: Sequence[tuple[int, int]], paid: set[tuple[int, int]], upto: tuple[int, int]) -> list[tuple[int, int]]:
    """The months in a row, ending at ``upto`` (or the last due month before it), with no payment at all."""
    run: list[tuple[int, int]] = []
    for ym in sorted((m for m in due if m <= upto), reverse=True):
        if ym in paid:
            break
        run.append(ym)
    return sorted(run)


def table_problem(key: str, value: Any) -> str | None:
    """What is wrong with a branch's own dues table (None when it can be used): brackets as [bound, share] with
    rising bounds and an open last bracket, flat amounts as [least, most], the rounding unit 0.01, 0.1 or 1."""
    try:
        if key == "dues_brackets":
            for kind, rows in value.items():
                bounds = [r[0] for r in rows]
                if not rows or bounds[-1] is not None or any(b is None for b in bounds[:-1]):
                    return pick(f"{kind}：最后一档的上限应为 null（不封顶），其余各档须有上限",
                                f"{kind}: only the last bracket is open (null)")
                if any(Decimal(str(a)) >= Decimal(str(b)) for a, b in zip(bounds[:-2], bounds[1:-1], strict=False)):
                    return pick(f"{kind}：各档上限应逐档增大", f"{kind}: bounds must rise")
                if any(not 0 < Decimal(str(r[1])) < 1 for r in rows):
                    return pick(f"{kind}：比例应为0到1之间的小数，如 0.005", f"{kind}: shares are decimals between 0 and 1")
        elif key == "dues_flat":
            for kind, pair in value.items():
                lo, hi = (Decimal(str(x)) for x in pair)
                if not 0 <= lo <= hi:
                    return pick(f"{kind}：应为最少和最多两个金额，如 [\"0.20\", \"1.00\"]", f"{kind}: [least, most]")
        elif key == "dues_rounding" and str(value) not in ("0.01", "0.1", "1"):
            return pick("取整单位应为 0.01（分）、0.1（角）或 1（元）", "rounding must be 0.01, 0.1 or 1")
    except (InvalidOperation, TypeError, ValueError, AttributeError, IndexError):
        return pick("格式不对，请参照原值填写", "not in the form of the original value")
    return None
