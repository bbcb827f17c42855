"""Rules for meetings (books 3–7), pure functions. Values and their sources: resources/standards/meetings.json.

- 党员大会 is valid when the voting (full) members present are more than half of the voting members due
  (支部工作条例 第十一条); a motion passes when *yes* exceeds half of the voting members due (应到), not of
  those present (第十一条). Only full members vote (党章 第七条).
- 支委会 is valid when more than half of the committee attends (第十二条).
- Periods: month, quarter, year.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from models.errors import Finding
from models.i18n import pick
from models.rules.dates import add_months


@dataclass(frozen=True)
class AttendanceCounts:
    """应到/实到/请假/缺席, and the same for full members (who vote) and probationary members."""

    due: int = 0
    present: int = 0
    leave: int = 0
    absent: int = 0
    due_full: int = 0
    present_full: int = 0
    due_probationary: int = 0
    present_probationary: int = 0


def count_attendance(rows: Iterable[tuple[str, bool]]) -> AttendanceCounts:
    """From (status, full member?) pairs: status is present / leave / absent."""
    due = present = leave = absent = due_full = present_full = 0
    for status, full in rows:
        due += 1
        due_full += full
        if status == "present":
            present += 1
            present_full += full
        elif status == "leave":
            leave += 1
        else:
            absent += 1
    return AttendanceCounts(due, present, leave, absent, due_full, present_full, due - due_full, present - present_full)


def more_than(part: int, whole: int, share: float) -> bool:
    """Strictly more than ``share`` of ``whole`` (“超过半数”: 5 of 10 is not enough, 6 is)."""
    return part > whole * share


def general_quorum(c: AttendanceCounts, share: float, source: str) -> Finding:
    """党员大会: voting members present must be more than half of the voting members due."""
    ok = more_than(c.present_full, c.due_full, share)
    msg = pick(
        f"应到有表决权党员{c.due_full}人，实到{c.present_full}人，" + ("超过半数，会议有效" if ok else "未超过半数，会议不符合召开条件"),
        f"{c.present_full} of {c.due_full} voting members present: " + ("quorum met" if ok else "no quorum, not valid"),
    )
    return Finding("general_quorum_share", ok, msg, source)


def committee_quorum(c: AttendanceCounts, share: float, source: str) -> Finding:
    """支委会: more than half of the committee members must attend."""
    ok = more_than(c.present, c.due, share)
    msg = pick(f"应到支委{c.due}人，实到{c.present}人，" + ("超过半数，会议有效" if ok else "未超过半数，会议不符合召开条件"),
               f"{c.present} of {c.due} committee members present: " + ("quorum met" if ok else "no quorum, not valid"))
    return Finding("committee_quorum_share", ok, msg, source)


def motion_passes(yes: int, due_full: int, share: float) -> bool:
    """A 党员大会 motion passes when yes votes exceed half of the voting members due (应到), not of those present."""
    return more_than(yes, due_full, share)


def vote_problem(yes: int, no: int, abstain: int, present_full: int) -> str | None:
    """Votes that cannot be: negative, or more votes than voting members present."""
    if min(yes, no, abstain) < 0:
        return pick("票数不能为负数", "votes cannot be negative")
    if yes + no + abstain > present_full:
        return pick(f"赞成、反对、弃权共{yes + no + abstain}票，超过到会有表决权党员{present_full}人",
                    f"{yes + no + abstain} votes but only {present_full} voting members present")
    return None


# -- periods ---------------------------------------------------------------------------------------
EVERY = ("month", "quarter", "year")


@dataclass(frozen=True)
class Span:
    every: str
    start: date
    end: date  # inclusive

    def label(self) -> str:
        if self.every == "month":
            return pick(f"{self.start.year}年{self.start.month}月", f"{self.start:%Y-%m}")
        if self.every == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return pick(f"{self.start.year}年第{q}季度", f"{self.start.year}-Q{q}")
        return pick(f"{self.start.year}年", str(self.start.year))

    def previous(self) -> Span:
        return span(self.every, self.start - timedelta(days=1))


def span(every: str, on: date) -> Span:
    """The month, quarter or year that contains ``on``."""
    if every == "month":
        start = on.replace(day=1)
        months = 1
    elif every == "quarter":
        start = date(on.year, (on.month - 1) // 3 * 3 + 1, 1)
        months = 3
    elif every == "year":
        start = date(on.year, 1, 1)
        months = 12
    else:
        raise ValueError(every)
    return Span(every, start, add_months(start, months) - timedelta(days=1))


BEFORE_START = "before_start"  # 启用前（未记录）: the period ended before the branch began keeping its books here


def before_start(state: str, s: Span, start: date | None) -> str:
    """A duty whose period ended before the 启用日期 was not recorded here: never 逾期 (a done one stays done)."""
    return BEFORE_START if start is not None and s.end < start and state != "done" else state


def obligation_state(done: bool, s: Span, today: date) -> str:
    """done: recorded in the period; due: the period is still running; overdue: it ended with nothing."""
    if done:
        return "done"
    return "overdue" if s.end < today else "due"


def longest_recent_misses(statuses: list[str]) -> int:
    """How many meetings in a row, counting back from the latest, the member did not attend."""
    n = 0
    for s in reversed(statuses):
        if s == "present":
            break
        n += 1
    return n
