"""Ranking the branches of a month (docs/design.md §10): each branch's score by the committee's indicators — from
the metrics its books gave, or its own assessment where an indicator is scored by hand, capped by the rule — and
its compliance with the month's obligations."""
from __future__ import annotations

from decimal import Decimal
from typing import Any


def branch_score(summary: dict[str, Any], indicators: list[dict[str, Any]]) -> tuple[Decimal, Decimal]:
    """The committee's own scoring of a branch's month: each indicator with a metric is scored from the metric
    the branch's books gave; the others (scored by hand) take the branch's self-assessment, capped by the rule."""
    from models.rules.benchmark import BadIndicator, make_rule, score

    metrics = summary.get("metrics", {})
    own = (summary.get("benchmark") or {}).get("scores") or {}
    total = out_of = Decimal(0)
    for ind in indicators:
        try:
            rule = make_rule(ind.get("rule", ""), ind.get("weight", ""), ind.get("target_value", ""), ind.get("per", ""))
        except BadIndicator:
            continue
        out_of += rule.weight
        value = metrics.get(ind.get("metric", "")) if ind.get("metric") else None
        try:
            if value not in (None, ""):
                total += score(rule, Decimal(str(value)))
            elif ind.get("code") in own:
                total += min(rule.weight, max(Decimal(0), Decimal(own[ind["code"]])))
        except (BadIndicator, ArithmeticError, ValueError):
            continue
    return total, out_of


def compliance(summary: dict[str, Any]) -> float:
    """The share of the month's obligations the branch has done (1 when it had none)."""
    obs = summary.get("obligations") or []
    return sum(1 for o in obs if o["state"] == "done") / len(obs) if obs else 1.0
