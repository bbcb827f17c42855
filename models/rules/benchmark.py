"""Benchmark scoring (对标考评): how an indicator's actual value becomes its score. The rules are the kinds a
committee's indicator set uses (docs/design.md §10); the set itself is data the committee issues."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from models.i18n import pick

RULES: dict[str, tuple[str, str]] = {
    "met": ("达标得分", "met or not"),
    "ratio": ("按比例得分", "in proportion"),
    "deduct": ("按次扣分", "points off per count"),
    "manual": ("评分", "scored by hand"),
}
CENT = Decimal("0.01")


class BadIndicator(ValueError):
    """An indicator (or an entry for one) that cannot be scored; the message names the field."""


@dataclass(frozen=True)
class Rule:
    kind: str
    weight: Decimal
    target: Decimal | None = None
    per: Decimal | None = None


def number(text: str, what: str) -> Decimal:
    try:
        v = Decimal(str(text).strip().rstrip("%"))
    except InvalidOperation:
        raise BadIndicator(pick(f"{what}：“{text}”不是数字", f"{what}: “{text}” is not a number")) from None
    if not v.is_finite():
        raise BadIndicator(pick(f"{what}：“{text}”不是数字", f"{what}: “{text}” is not a number"))
    return v


def make_rule(kind: str, weight: str, target: str = "", per: str = "") -> Rule:
    """Check an indicator's rule as the committee wrote it."""
    if kind not in RULES:
        raise BadIndicator(pick(f"评分规则“{kind}”无效，应为 met、ratio、deduct 或 manual",
                                f"Score rule “{kind}” must be met, ratio, deduct or manual"))
    w = number(weight, pick("分值", "Weight"))
    if w <= 0:
        raise BadIndicator(pick("分值应大于0", "Weight must be above 0"))
    t = p = None
    if kind in ("met", "ratio"):
        if not str(target).strip():
            raise BadIndicator(pick("目标值：按“达标”或“比例”评分时必填", "Target value is required for met and ratio"))
        t = number(target, pick("目标值", "Target value"))
        if t <= 0:
            raise BadIndicator(pick("目标值应大于0", "Target value must be above 0"))
    if kind == "deduct":
        p = number(per or "0", pick("每次扣分", "Points per count"))
        if p <= 0:
            raise BadIndicator(pick("每次扣分：按次扣分时应大于0", "Points per count must be above 0"))
    return Rule(kind, w, t, p)


def score(rule: Rule, actual: Decimal | None) -> Decimal:
    """The score for an actual value: met → the weight when actual ≥ target; ratio → weight × actual ÷ target,
    at most the weight; deduct → weight − per × count, at least 0; manual → the given score, which must lie
    within 0 and the weight. No value → 0 (nothing shown, nothing scored)."""
    if actual is None:
        return Decimal(0)
    if actual < 0:
        raise BadIndicator(pick("实际值不能为负数", "The actual value cannot be negative"))
    if rule.kind == "met":
        assert rule.target is not None
        s = rule.weight if actual >= rule.target else Decimal(0)
    elif rule.kind == "ratio":
        assert rule.target is not None
        s = min(rule.weight, rule.weight * actual / rule.target)
    elif rule.kind == "deduct":
        assert rule.per is not None
        s = max(Decimal(0), rule.weight - rule.per * actual)
    else:
        if actual > rule.weight:
            raise BadIndicator(pick(f"得分{actual}超过分值{rule.weight}", f"Score {actual} exceeds the weight {rule.weight}"))
        s = actual
    return s.quantize(CENT, ROUND_HALF_UP)


def fmt(d: Decimal) -> str:
    """2.50 → 2.5, 6.00 → 6."""
    s = f"{d.quantize(CENT, ROUND_HALF_UP):f}"
    return s.rstrip("0").rstrip(".") if "." in s else s
