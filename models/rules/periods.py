"""Periods as the command line and the books name them: ``YYYY``, ``YYYY-Qn`` or ``YYYY-MM``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from models.rules.dates import add_months

_RE = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$")


@dataclass(frozen=True)
class Period:
    text: str
    start: date
    end: date  # inclusive

    def label_zh(self) -> str:
        if "Q" in self.text:
            return f"{self.start.year}年第{(self.start.month - 1) // 3 + 1}季度"
        if len(self.text) == 7:
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start.year}年"


def parse_period(text: str) -> Period:
    m = _RE.match(text.strip())
    if not m:
        raise ValueError(text)
    year = int(m.group(1))
    if m.group(2):
        start = date(year, (int(m.group(2)) - 1) * 3 + 1, 1)
        months = 3
    elif m.group(3):
        start = date(year, int(m.group(3)), 1)
        months = 1
    else:
        start, months = date(year, 1, 1), 12
    return Period(text.strip(), start, add_months(start, months) - timedelta(days=1))


def month_text(d: date) -> str:
    """The month of a day as periods name it: 2026-10."""
    return f"{d.year:04d}-{d.month:02d}"


def months_back(month: str, n: int) -> list[str]:
    """The ``n`` months ending with ``month``, oldest first."""
    start = parse_period(month).start
    return [month_text(add_months(start, -i)) for i in range(n - 1, -1, -1)]
