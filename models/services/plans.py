"""Book 15, 工作计划、总结与对标考评: plans and summaries by year and quarter; the committee's indicator set,
imported as data (JSON or a spreadsheet) and kept with every month assessed against it; the monthly
self-assessment with actual values (filled from the other books where an indicator names a metric), evidence and
scores; and the trend over the months."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

import resources
from models.base import utcnow
from models.db import Workspace
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.meeting import MeetingKind
from models.plan import Assessment, AssessmentScore, Indicator, IndicatorSet, PlanDoc
from models.rules.benchmark import RULES, BadIndicator, fmt, make_rule, number, score
from models.rules.periods import Period
from models.services.live import get_row, to_bin

KINDS: dict[str, tuple[str, str]] = {"plan": ("工作计划", "Plan"), "summary": ("工作总结", "Summary"),
                                     "report": ("向上级报告", "Report upward")}
DEFAULT_SET = ("benchmark", "indicators.json")
XLSX_COLUMNS = {"方面": "aspect", "编号": "code", "指标": "name", "目标": "target", "评分规则": "rule",
                "目标值": "target_value", "每次扣分": "per", "分值": "weight", "数据来源": "metric"}
RULE_WORDS = {"达标": "met", "达标得分": "met", "比例": "ratio", "按比例": "ratio", "按比例得分": "ratio",
              "扣分": "deduct", "按次扣分": "deduct", "评分": "manual", "人工评分": "manual"}


@dataclass
class PlanInput:
    year: int
    quarter: int
    kind: str
    title: str
    body: str = ""
    reported_to: str = ""
    reported_on: date | None = None


@dataclass(frozen=True)
class PlanRow:
    id: int
    uuid: str
    year: int
    quarter: int
    kind: str
    title: str
    body: str
    reported_to: str
    reported_on: date | None
    state: str
    version: int

    @property
    def period_label(self) -> str:
        return f"{self.year}年" + (f"第{self.quarter}季度" if self.quarter else "")


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    aspect: str
    code: str
    name: str
    target: str
    rule: str
    target_value: str
    per: str
    weight: Decimal
    metric: str

    def describe_rule(self) -> str:
        word = pick(*RULES[self.rule])
        if self.rule in ("met", "ratio"):
            return f"{word}（目标值{self.target_value}）"
        if self.rule == "deduct":
            return f"{word}（每次{self.per}分）"
        return word


@dataclass(frozen=True)
class SetRow:
    id: int
    uuid: str
    name: str
    valid_from: str
    issued_by: str
    source: str
    indicators: list[IndicatorRow]

    @property
    def total(self) -> Decimal:
        return sum((i.weight for i in self.indicators), Decimal(0))


@dataclass
class ScoreInput:
    indicator_id: int
    actual: str = ""  # a number; for manual indicators the score given
    evidence: str = ""


@dataclass(frozen=True)
class SheetRow:
    indicator: IndicatorRow
    actual: str
    suggested: str  # from the books, where the indicator names a metric ("" otherwise)
    score: Decimal
    evidence: str


@dataclass(frozen=True)
class Sheet:
    month: str
    set: SetRow
    rows: list[SheetRow]
    saved: bool
    note: str

    @property
    def total(self) -> Decimal:
        return sum((r.score for r in self.rows), Decimal(0))


@dataclass(frozen=True)
class TrendPoint:
    month: str
    total: Decimal | None  # None: not assessed
    out_of: Decimal | None
    by_aspect: dict[str, Decimal]


def month_bounds(month: str) -> tuple[date, date]:
    try:
        y, m = (int(x) for x in month.split("-"))
        start = date(y, m, 1)
    except ValueError:
        raise UserError(pick(f"月份“{month}”应写作 2026-05", f"Month “{month}”: write it as 2026-05")) from None
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start, end


class PlanService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- plans and summaries ----------------------------------------------------------------------
    def docs(self, year: int | None = None, deleted: bool = False) -> list[PlanRow]:
        with self.ws.session() as s:
            q = select(PlanDoc).where(PlanDoc.deleted_at.is_not(None) if deleted else PlanDoc.deleted_at.is_(None))
            if year is not None:
                q = q.where(PlanDoc.year == year)
            return [_plan_row(d) for d in s.scalars(q.order_by(PlanDoc.year, PlanDoc.quarter, PlanDoc.kind, PlanDoc.id))]

    def _check(self, inp: PlanInput, today: date) -> None:
        issues = []
        if inp.kind not in KINDS:
            issues.append(FieldIssue("kind", pick(f"类别“{inp.kind}”无效", f"Unknown kind “{inp.kind}”")))
        if not 2000 <= inp.year <= today.year + 1:
            issues.append(FieldIssue("year", pick(f"年度{inp.year}无效", f"Year {inp.year} is not valid")))
        if not 0 <= inp.quarter <= 4:
            issues.append(FieldIssue("quarter", pick("季度应为1至4（全年填0）", "Quarter is 1 to 4 (0 for the year)")))
        if not inp.title.strip():
            issues.append(FieldIssue("title", pick("标题：必填", "Title: required")))
        if not inp.body.strip():
            issues.append(FieldIssue("body", pick("正文：必填", "Text: required")))
        if inp.reported_on and inp.reported_on > today:
            issues.append(FieldIssue("reported_on", pick("报送日期不能晚于今天", "Cannot be in the future")))
        if issues:
            raise ValidationError(issues)

    def save_doc(self, inp: PlanInput, doc_id: int | None = None, expected_version: int | None = None,
                 today: date | None = None) -> PlanRow:
        self._check(inp, today or date.today())
        with self.ws.session() as s:
            if doc_id is None:
                d = PlanDoc()
                s.add(d)
            else:
                found = get_row(s, PlanDoc, doc_id, version=expected_version)
                d = found
                d.version += 1
                d.updated_at = utcnow()
            d.year, d.quarter, d.kind, d.title = inp.year, inp.quarter, inp.kind, inp.title.strip()
            d.body, d.reported_to, d.reported_on = inp.body.strip(), inp.reported_to.strip(), inp.reported_on
            s.flush()
            return _plan_row(d)

    def delete_doc(self, doc_id: int) -> None:
        """Into the recycle bin; ``restore_doc`` brings it back."""
        with self.ws.session() as s:
            to_bin(s, PlanDoc, doc_id)

    def restore_doc(self, doc_id: int) -> None:
        with self.ws.session() as s:
            to_bin(s, PlanDoc, doc_id, deleted=False)

    # -- indicator sets ------------------------------------------------------------------------------
    def sets(self) -> list[SetRow]:
        with self.ws.session() as s:
            sets = list(s.scalars(select(IndicatorSet).where(IndicatorSet.deleted_at.is_(None))
                                  .order_by(IndicatorSet.valid_from, IndicatorSet.id)))
            inds: dict[int, list[IndicatorRow]] = {}
            for i in s.scalars(select(Indicator).order_by(Indicator.sort_order, Indicator.id)):
                inds.setdefault(i.set_id, []).append(_ind_row(i))
            return [SetRow(x.id, x.uuid, x.name, x.valid_from, x.issued_by, x.source, inds.get(x.id, [])) for x in sets]

    def set_for(self, month: str) -> SetRow | None:
        """The set in force in ``month``: the one assessed against if the month was saved, else the latest set
        valid from that month or before."""
        sets = self.sets()
        with self.ws.session() as s:
            kept = s.scalar(select(Assessment.set_id).where(Assessment.month == month, Assessment.deleted_at.is_(None)))
        if kept is not None:
            return next((x for x in sets if x.id == kept), None)
        valid = [x for x in sets if x.valid_from <= month]
        return valid[-1] if valid else None

    def import_set(self, data: dict[str, Any] | Path, valid_from: str | None = None, name: str | None = None) -> SetRow:
        """Import the committee's indicator set from its JSON (see resources/benchmark/indicators.json) or a
        spreadsheet with the columns 方面, 编号, 指标, 目标, 评分规则, 目标值, 每次扣分, 分值, 数据来源. Every row is
        checked first; one bad row refuses the whole set and names the row."""
        if isinstance(data, Path):
            data = _read_set_file(data)
        rows = list(data.get("indicators") or [])
        name = (name or str(data.get("name") or "")).strip()
        valid_from = (valid_from or str(data.get("valid_from") or "")).strip()
        issues: list[FieldIssue] = []
        if not name:
            issues.append(FieldIssue("name", pick("指标体系名称：必填", "The set's name: required")))
        try:
            month_bounds(valid_from)
        except UserError:
            issues.append(FieldIssue("valid_from", pick(f"启用月份“{valid_from}”应写作 2026-01", f"Valid from “{valid_from}”: write 2026-01")))
        if not rows:
            issues.append(FieldIssue("indicators", pick("没有指标", "No indicators")))
        codes: set[str] = set()
        clean: list[dict[str, str]] = []
        for n, r in enumerate(rows, 1):
            r = {k: str(v if v is not None else "").strip() for k, v in r.items()}
            label = pick(f"第{n}项（{r.get('code', '')} {r.get('name', '')}）", f"Indicator {n} ({r.get('code', '')})")
            rule = RULE_WORDS.get(r.get("rule", ""), r.get("rule", "") or "manual")
            for key, zh in (("aspect", "方面"), ("code", "编号"), ("name", "指标")):
                if not r.get(key):
                    issues.append(FieldIssue("indicators", pick(f"{label}：{zh}必填", f"{label}: {key} required")))
            if r.get("code") in codes:
                issues.append(FieldIssue("indicators", pick(f"{label}：编号重复", f"{label}: code repeated")))
            codes.add(r.get("code", ""))
            try:
                make_rule(rule, r.get("weight", ""), r.get("target_value", ""), r.get("per", ""))
            except BadIndicator as e:
                issues.append(FieldIssue("indicators", f"{label}：{e}"))
            if r.get("metric") and r["metric"] not in METRICS:
                issues.append(FieldIssue("indicators", pick(f"{label}：数据来源“{r['metric']}”未知（可留空，人工填写）",
                                                            f"{label}: unknown metric “{r['metric']}”")))
            clean.append({**r, "rule": rule})
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            x = IndicatorSet(name=name, valid_from=valid_from, issued_by=str(data.get("issued_by") or ""),
                             source=str(data.get("source") or ""))
            s.add(x)
            s.flush()
            for n, r in enumerate(clean):
                s.add(Indicator(set_id=x.id, sort_order=n, aspect=r["aspect"], code=r["code"], name=r["name"],
                                target=r.get("target", ""), rule=r["rule"], target_value=r.get("target_value", ""),
                                per=r.get("per", ""), weight=r["weight"], metric=r.get("metric", "")))
            sid = x.id
        return next(x for x in self.sets() if x.id == sid)

    def import_default(self, valid_from: str | None = None) -> SetRow:
        return self.import_set(resources.path(*DEFAULT_SET), valid_from)

    def delete_set(self, set_id: int) -> None:
        with self.ws.session() as s:
            if s.scalar(select(Assessment.id).where(Assessment.set_id == set_id, Assessment.deleted_at.is_(None))):
                raise UserError(pick("已有月份按该指标体系自评，不能删除（可导入新的指标体系替代）。",
                                     "Months were assessed against this set; import a new set instead."))
            x = s.get(IndicatorSet, set_id)
            if x is not None:
                x.deleted_at = utcnow()
                x.version += 1

    # -- monthly self-assessment ------------------------------------------------------------------------
    def sheet(self, month: str, today: date | None = None, suggest: bool = True) -> Sheet:
        month_bounds(month)
        st = self.set_for(month)
        if st is None:
            raise UserError(pick(f"{month}没有适用的对标考评指标体系，请先导入上级下发的指标。",
                                 f"No indicator set is in force for {month}; import one first."))
        with self.ws.session() as s:
            a = s.scalar(select(Assessment).where(Assessment.month == month, Assessment.deleted_at.is_(None)))
            stored = {x.indicator_id: x for x in s.scalars(select(AssessmentScore).where(
                AssessmentScore.assessment_id == a.id))} if a else {}
            note = a.note if a else ""
        values = metric_values(self.ws, month, {i.metric for i in st.indicators if i.metric}, today) if suggest else {}
        rows = []
        for ind in st.indicators:
            x = stored.get(ind.id)
            suggested = values.get(ind.metric, "") if ind.metric else ""
            rows.append(SheetRow(ind, x.actual if x else "", suggested, Decimal(x.score_x100) / 100 if x else Decimal(0),
                                 x.evidence if x else ""))
        return Sheet(month, st, rows, a is not None, note)

    def save_sheet(self, month: str, entries: list[ScoreInput], note: str = "", today: date | None = None) -> Sheet:
        """Score and keep a month's self-assessment. Each actual value is checked against its indicator's rule; a
        bad one refuses the whole month and names the indicator."""
        today = today or date.today()
        start, _ = month_bounds(month)
        if start > today:
            raise ValidationError([FieldIssue("month", pick("不能为将来的月份自评", "Cannot assess a future month"))])
        st = self.set_for(month)
        if st is None:
            raise UserError(pick(f"{month}没有适用的对标考评指标体系。", f"No indicator set for {month}."))
        by_id = {i.id: i for i in st.indicators}
        issues: list[FieldIssue] = []
        scored: list[tuple[ScoreInput, Decimal]] = []
        for e in entries:
            ind = by_id.get(e.indicator_id)
            if ind is None:
                issues.append(FieldIssue("indicators", pick("指标不属于该月适用的指标体系", "Indicator not in this month's set")))
                continue
            try:
                rule = make_rule(ind.rule, str(ind.weight), ind.target_value, ind.per)
                actual = number(e.actual, pick("实际值", "Actual")) if e.actual.strip() else None
                scored.append((e, score(rule, actual)))
            except BadIndicator as exc:
                issues.append(FieldIssue(f"indicator:{ind.id}", f"{ind.code} {ind.name}：{exc}"))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            a = s.scalar(select(Assessment).where(Assessment.month == month))
            if a is None:
                a = Assessment(month=month, set_id=st.id)
                s.add(a)
                s.flush()
            else:
                a.deleted_at = None
                a.version += 1
                a.updated_at = utcnow()
            a.note = note.strip()
            stored = {x.indicator_id: x for x in s.scalars(select(AssessmentScore).where(AssessmentScore.assessment_id == a.id))}
            for e, sc in scored:
                x = stored.get(e.indicator_id)
                if x is None:
                    x = AssessmentScore(assessment_id=a.id, indicator_id=e.indicator_id)
                    s.add(x)
                x.actual, x.evidence, x.score_x100 = e.actual.strip(), e.evidence.strip(), int(sc * 100)
        return self.sheet(month, today, suggest=False)

    def assessed_months(self) -> set[str]:
        with self.ws.session() as s:
            return set(s.scalars(select(Assessment.month).where(Assessment.deleted_at.is_(None))))

    def trend(self, year: int) -> list[TrendPoint]:
        """Each month's total (and by aspect) from the kept scores; months not assessed have no total."""
        sets = {x.id: x for x in self.sets()}
        with self.ws.session() as s:
            found = {a.month: a for a in s.scalars(select(Assessment).where(
                Assessment.month >= f"{year}-01", Assessment.month <= f"{year}-12", Assessment.deleted_at.is_(None)))}
            scores: dict[int, list[tuple[int, int]]] = {}
            if found:
                for aid, iid, sc in s.execute(select(AssessmentScore.assessment_id, AssessmentScore.indicator_id,
                                                     AssessmentScore.score_x100)
                                              .where(AssessmentScore.assessment_id.in_([a.id for a in found.values()]))):
                    scores.setdefault(aid, []).append((iid, sc))
        out = []
        for m in range(1, 13):
            key = f"{year}-{m:02d}"
            a = found.get(key)
            if a is None or a.set_id not in sets:
                out.append(TrendPoint(key, None, None, {}))
                continue
            st = sets[a.set_id]
            aspect = {i.id: i.aspect for i in st.indicators}
            by: dict[str, Decimal] = {}
            for iid, sc in scores.get(a.id, []):
                by[aspect.get(iid, "")] = by.get(aspect.get(iid, ""), Decimal(0)) + Decimal(sc) / 100
            out.append(TrendPoint(key, sum(by.values(), Decimal(0)), st.total, by))
        return out


# -- metrics: actual values read from the other books ----------------------------------------------------------
def _pct(a: int, b: int) -> str:
    return fmt(Decimal(100 * a) / Decimal(b)) if b else ""


def _meetings(ws: Workspace, start: date, end: date, kind: str) -> str:
    from models.services.meetings import MeetingService

    return str(MeetingService(ws).counts_by_kind(start, end).get(kind, 0))


def _quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def _group_coverage(ws: Workspace, start: date, end: date, _: date) -> str:
    from models.services.meetings import MeetingService
    from models.services.roster import RosterService

    groups = [g.name for g in RosterService(ws).groups() if g.member_count]
    met = {r.group for r in MeetingService(ws).list_meetings(Period("", start, end), (MeetingKind.GROUP.value,))}
    return _pct(sum(1 for g in groups if g in met), len(groups))


def _attendance(ws: Workspace, start: date, end: date, _: date) -> str:
    from models.services.meetings import MeetingService

    kinds = tuple(k.value for k in (MeetingKind.GENERAL, MeetingKind.COMMITTEE, MeetingKind.GROUP, MeetingKind.LESSON,
                                    MeetingKind.PARTYDAY, MeetingKind.ORGLIFE))
    rows = MeetingService(ws).list_meetings(Period("", start, end), kinds)
    return _pct(sum(r.present for r in rows), sum(r.due for r in rows))


def _dues(ws: Workspace, start: date, _end: date, as_of: date) -> str:
    from models.services.dues import DuesService

    grid = DuesService(ws).year(start.year, as_of)
    due = [r.cells[start.month - 1] for r in grid.rows if r.cells[start.month - 1].due and r.cells[start.month - 1].due_fen]
    return _pct(sum(1 for c in due if c.paid_fen >= c.due_fen), len(due))


def _talks(ws: Workspace, start: date, _end: date, as_of: date) -> str:
    from models.services.roster import RosterService
    from models.services.talks import TalkService

    n = len(RosterService(ws).list_members(on=as_of))
    missing = len(TalkService(ws).not_talked_with(date(start.year, 1, 1), as_of))
    return _pct(n - missing, n)


def _remediation(ws: Workspace, _start: date, _end: date, as_of: date) -> str:
    from models.services.orglife import IN_PROGRESS, ONGOING, OrgLifeService

    return str(sum(1 for x in OrgLifeService(ws).items()
                   if x.deadline is not None and x.deadline < as_of and x.progress != ONGOING
                   and (x.progress == IN_PROGRESS or (x.done_on is not None and x.done_on > as_of))))


def _lost(ws: Workspace, _start: date, _end: date, as_of: date) -> str:
    from models.services.transfers import TransferService

    return str(sum(1 for f in TransferService(ws).flags(as_of) if f.kind == "lost_contact"))


def _development(ws: Workspace, _start: date, _end: date, as_of: date) -> str:
    from models.services.development import DevelopmentService

    return str(sum(1 for d in DevelopmentService(ws).deadlines(as_of) if d.state == "overdue"))


def _pledge_rate(ws: Workspace, start: date, _end: date, as_of: date) -> str:
    from models.services.pledges import PledgeService

    r = PledgeService(ws).summary(start.year, as_of).branch.rate
    return fmt(Decimal(r.numerator * 100) / Decimal(r.denominator)) if r is not None else ""


def _pledge_posted(ws: Workspace, start: date, _end: date, as_of: date) -> str:
    from models.services.pledges import PledgeService

    return "1" if PledgeService(ws).summary(start.year, as_of).postings else "0"


Metric = Callable[[Workspace, date, date, date], str]
METRICS: dict[str, tuple[str, Metric]] = {
    "meetings.committee": ("本月支委会次数", lambda ws, a, b, _: _meetings(ws, a, b, MeetingKind.COMMITTEE.value)),
    "meetings.partyday": ("本月主题党日次数", lambda ws, a, b, _: _meetings(ws, a, b, MeetingKind.PARTYDAY.value)),
    "meetings.general_quarter": ("本季度至本月党员大会次数",
                                 lambda ws, a, b, _: _meetings(ws, _quarter_start(a), b, MeetingKind.GENERAL.value)),
    "meetings.lesson_quarter": ("本季度至本月党课次数",
                                lambda ws, a, b, _: _meetings(ws, _quarter_start(a), b, MeetingKind.LESSON.value)),
    "meetings.group_coverage": ("本月召开党小组会的党小组占比（%）", _group_coverage),
    "attendance.rate": ("本月会议参会率（%）", _attendance),
    "dues.paid_rate": ("本月党费已交人数占应交人数（%）", _dues),
    "talks.coverage": ("本年至本月已谈心谈话党员占比（%）", _talks),
    "remediation.overdue": ("月末逾期未完成的整改事项数", _remediation),
    "away.lost_contact": ("失联流动党员人数", _lost),
    "development.overdue": ("发展党员逾期环节数", _development),
    "pledges.rate": ("本年度兑诺率（%）", _pledge_rate),
    "pledges.posted": ("本年度承诺已公示（1是0否）", _pledge_posted),
}


def metric_values(ws: Workspace, month: str, wanted: set[str], today: date | None = None) -> dict[str, str]:
    """The actual value of each wanted metric for ``month``, read from the books as they stand (as at the month's
    end, or today within the current month)."""
    start, end = month_bounds(month)
    as_of = min(end, today or date.today())
    return {k: METRICS[k][1](ws, start, end, as_of) for k in sorted(wanted) if k in METRICS}


def _read_set_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise UserError(pick(f"找不到文件：{path}", f"No such file: {path}"))
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise UserError(pick(f"{path.name}不是有效的指标文件（JSON）：{e}", f"{path.name} is not valid JSON: {e}")) from None
        if not isinstance(data, dict):
            raise UserError(pick(f"{path.name}不是指标文件", f"{path.name} is not an indicator file"))
        return data
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        rows = wb.get_sheet_by_index(0).to_python()
    except Exception as e:  # calamine raises its own error types for damaged files
        raise UserError(pick(f"无法读取{path.name}：{e}", f"Cannot read {path.name}: {e}")) from None
    header_at = next((i for i, r in enumerate(rows[:10]) if "指标" in [str(c).strip() for c in r]), None)
    if header_at is None:
        raise UserError(pick(f"{path.name}的前10行中没有“指标”列标题", f"{path.name}: no “指标” header in the first 10 rows"))
    header = [XLSX_COLUMNS.get(str(c).strip(), "") for c in rows[header_at]]
    out = []
    for r in rows[header_at + 1:]:
        item = {k: _cell(v) for k, v in zip(header, r, strict=False) if k}
        if any(item.values()):
            out.append(item)
    return {"name": path.stem, "indicators": out}


def _cell(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v).strip()


def _plan_row(d: PlanDoc) -> PlanRow:
    return PlanRow(d.id, d.uuid, d.year, d.quarter, d.kind, d.title, d.body, d.reported_to, d.reported_on, d.state, d.version)


def _ind_row(i: Indicator) -> IndicatorRow:
    return IndicatorRow(i.id, i.aspect, i.code, i.name, i.target, i.rule, i.target_value, i.per, Decimal(i.weight), i.metric)
