"""Rules of the pledge cycle (book 14), pure functions. Values and sources: resources/standards/pledges.json.

- The cycle runs 承诺 → 审核 → 公示 → 践诺 → 评诺: only a pledge the branch approved (审核通过) takes progress
  entries and a conclusion; a returned pledge needs the comment that says why (审定承诺, 通行做法).
- 兑诺率 = pledges concluded as fulfilled ÷ pledges due for appraisal (应评). Due: every approved pledge of the
  year, except those of a member who left during the year before the pledge was concluded (the pledge went
  with the member); the branch's collective pledges count for the branch, never for a member.
- A member usually makes 2–5 pledges: fewer or more is a reminder, not a refusal.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from models.errors import Finding
from models.i18n import pick


def counts_for_rate(approved: bool, conclusion: str, left_on: date | None, year_end: date) -> bool:
    """Is this pledge due for appraisal (in the 兑诺率's denominator)?"""
    if not approved:
        return False
    if left_on is not None and left_on <= year_end and not conclusion:
        return False  # the member left during the year before the pledge was concluded
    return True


@dataclass(frozen=True)
class Rate:
    """应评 due, 已评 concluded, and how many were fulfilled; the rate is fulfilled ÷ due (while some pledges are
    not yet concluded it is the share fulfilled so far)."""

    due: int = 0
    concluded: int = 0
    fulfilled: int = 0
    by_conclusion: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> Fraction | None:
        """None while nothing is due or nothing has been concluded yet (a 0% before 评诺 would mislead)."""
        return Fraction(self.fulfilled, self.due) if self.due and self.concluded else None

    def percent(self) -> str:
        if self.due and not self.concluded:
            return pick("未评诺", "not yet")
        r = self.rate
        return "—" if r is None else f"{float(r) * 100:.1f}%"

    def detail(self) -> str:
        """“应评3项，已评3项：兑现2项、未兑现1项” — what the rate is made of."""
        if not self.due:
            return pick("无应评承诺", "no pledges due")
        parts = "、".join(f"{k}{v}项" for k, v in self.by_conclusion.items())
        return pick(f"应评{self.due}项，已评{self.concluded}项" + (f"：{parts}" if parts else ""),
                    f"{self.due} due, {self.concluded} concluded" + (f": {parts}" if parts else ""))


def fulfilment_rate(conclusions: Iterable[str], fulfilled: Collection[str]) -> Rate:
    """From the conclusions of the pledges due ("" while not yet concluded)."""
    due = concluded = hit = 0
    by: dict[str, int] = {}
    for c in conclusions:
        due += 1
        if c:
            concluded += 1
            by[c] = by.get(c, 0) + 1
            hit += c in fulfilled
    return Rate(due, concluded, hit, by)


def pledge_count_check(name: str, n: int, bounds: tuple[int, int] | list[int], source: str) -> Finding:
    """A member's number of approved or pending pledges against the usual 2–5."""
    lo, hi = int(bounds[0]), int(bounds[1])
    ok = lo <= n <= hi
    return Finding("pledges_per_member", ok, pick(
        f"{name}有{n}项承诺" + ("" if ok else f"（一般为{lo}至{hi}项）"),
        f"{name} has {n} pledges" + ("" if ok else f" (usually {lo} to {hi})")), source)


def deadline_in_year(deadline: date | None, year: int) -> bool:
    """A pledge's deadline falls within its year, so the year-end appraisal can judge it."""
    return deadline is None or deadline.year == year
