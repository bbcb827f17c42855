"""Working days (工作日) after the official holiday calendar, for 公示 periods and other limits counted in
working days (docs/design.md §3, 《中国共产党发展党员工作细则》 第五章).

The State Council's yearly arrangement of public holidays and make-up workdays (调休上班) comes from the
``chinese-calendar`` package. For years it does not cover yet, only weekends are days off, and every result
says so (``official`` is False) so a person can check the count by hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar


def _official(d: date) -> bool | None:
    """Is ``d`` a working day per the official calendar, or None when the calendar does not know its year."""
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:
        return None


def covered_years() -> tuple[int, int]:
    """The first and last year the official calendar covers."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]


def is_workday(d: date) -> tuple[bool, bool]:
    """(is a working day, the answer came from the official calendar)."""
    official = _official(d)
    if official is None:
        return d.weekday() < 5, False
    return official, True


@dataclass(frozen=True)
class WorkdayCount:
    days: int
    official: bool  # False when some day fell outside the official calendar (weekends only there)

    def note(self) -> str:
        from models.i18n import pick

        if self.official:
            return ""
        first, last = covered_years()
        return pick(f"（{first}–{last}年以外按周末计算，未计入节假日调休，请核对）",
                    f" (outside {first}–{last} only weekends are off; check holidays by hand)")


def count_workdays(start: date, end: date) -> WorkdayCount:
    """Working days from ``start`` to ``end``, both included (0 when end is before start)."""
    n, official = 0, True
    d = start
    while d <= end:
        work, known = is_workday(d)
        n += work
        official = official and known
        d += timedelta(days=1)
    return WorkdayCount(n, official)


def add_workdays(start: date, n: int) -> tuple[date, bool]:
    """The day on which a period of ``n`` working days that begins on ``start`` ends (``start`` counts if it is
    a working day), and whether the official calendar covered every day."""
    d, left, official = start, n, True
    while True:
        work, known = is_workday(d)
        official = official and known
        if work:
            left -= 1
            if left <= 0:
                return d, official
        d += timedelta(days=1)
