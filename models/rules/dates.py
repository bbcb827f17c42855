"""Reading dates the way Chinese spreadsheets write them, and refusing impossible ones."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_ONLY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_EXCEL_EPOCH = date(1899, 12, 30)


class BadDate(ValueError):
    """The text is not a date, or names a day that does not exist (e.g. 2021-02-30)."""

    def __init__(self, text: str, impossible: bool):
        self.text = text
        self.impossible = impossible
        super().__init__(text)


def parse_date(value: object) -> date | None:
    """A date from a cell: a date, an Excel serial number, or text like 2020-1-5, 2020.01.05,
    2020年1月5日, 20200105. A month alone (2020.01) means its first day. Empty → None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80000:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        text = str(int(value)) if float(value).is_integer() else str(value)
    else:
        text = str(value).strip()
    if not text:
        return None
    for pat in _PATTERNS:
        m = pat.match(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            try:
                return date(y, mo, d)
            except ValueError:
                raise BadDate(text, impossible=True) from None
    m = _MONTH_ONLY.match(text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        try:
            return date(y, mo, 1)
        except ValueError:
            raise BadDate(text, impossible=True) from None
    raise BadDate(text, impossible=False)


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_on(born: date, on: date) -> int:
    """Whole years of age on ``on``. Someone born on 29 February turns a year older on 1 March of a common year
    (the roster's 入党 check and the recruitment's 递交申请 check both use this, so they agree)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
