"""The books on the command line: list a book, print a form, import or export the roster, indicator sets."""
from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from cli.core import ConsoleProgress, Ctx, command, emit, say
from models.base import state_name
from models.books import FORMS, LIST_KEYS, MEETING_KINDS
from models.i18n import aside, pick
from models.rules.development import limit_word


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("book", choices=LIST_KEYS)
    p.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")
    p.add_argument("--all", action="store_true", help="include members who left")


@command("list", "list the records of a book", arguments=_list_arguments)
def list_book(ctx: Ctx) -> int:
    book = ctx.args.book
    if book in ("meetings", *MEETING_KINDS):
        return _meetings(ctx, () if book == "meetings" else (book,))
    return LISTERS[book](ctx)


def _meetings(ctx: Ctx, kinds: tuple[str, ...]) -> int:
    from models.services.meetings import MeetingService, kind_name

    rows = MeetingService(ctx.ws).list_meetings(ctx.period(), kinds)

    def line(r: Any) -> str:
        valid = "" if r.valid is None else ("有效" if r.valid else "不符合召开条件")
        return (f"{r.uuid}  {r.held_on}  {kind_name(r.kind)}{('（' + r.group + '）') if r.group else ''}\t"
                f"{r.title}\t{r.present}/{r.due}\t{state_name(r.state)}\t{valid}")
    return emit(ctx, [asdict(r) for r in rows], map(line, rows))


def _talks(ctx: Ctx) -> int:
    from models.services.talks import TalkService

    talks = TalkService(ctx.ws).list_talks(ctx.period())
    return emit(ctx, [asdict(t) for t in talks], (f"{t.uuid}  {t.held_on}  {t.talker} → {t.member}\t{t.topic}" for t in talks))


def _pledges(ctx: Ctx) -> int:
    from models.services.pledges import PledgeService

    year = ctx.year()
    pledges = PledgeService(ctx.ws).list_pledges(year)
    return emit(ctx, [{**asdict(p), "review_name": p.review_name, "counts_for_rate": p.counts,
                       "overdue": p.overdue(date.today())} for p in pledges],
                (f"{p.uuid}  {year}  {p.member}\t{p.category}\t{p.content}\t{p.review_name}\t"
                 f"{p.assessment.conclusion or '未评诺'}\t{state_name(p.state)}" for p in pledges))


def _appraisal(ctx: Ctx) -> int:
    from models.services.appraisals import AppraisalService

    year = ctx.year()
    sheet = AppraisalService(ctx.ws).sheet(year)
    return emit(ctx, [asdict(r) for r in sheet],
                (f"{r.uuid or '-':36}  {year}  {r.name}\t{r.input.grade or '未评定'}\t{state_name(r.state)}"
                 for r in sheet))


def _profile(ctx: Ctx) -> int:
    from models.services.profile import ProfileService

    p = ProfileService(ctx.ws).get()
    data = [asdict(p)] if p else []
    return emit(ctx, data, (f"{d['uuid']}  {d['founded_on'] or ''}  {d['name']}  {d['superior']}" for d in data))


def _roster(ctx: Ctx) -> int:
    from models.rules.idcard import mask_id
    from models.services.roster import RosterService

    period = ctx.period()
    rows = RosterService(ctx.ws).list_members(include_left=ctx.args.all or period is not None)
    if period is not None:
        rows = [r for r in rows if r.join_date and r.join_date <= period.end
                and (r.left_on is None or r.left_on >= period.start)]
    out = []
    for r in rows:
        d = asdict(r)
        if not ctx.args.show_ids and d["id_number"]:
            d["id_number"] = mask_id(d["id_number"])
        d["state"] = "left" if r.left_on else "active"
        out.append(d)

    def line(d: dict[str, Any]) -> str:
        left = f"{d['left_kind']} {d['left_on']}" if d["left_on"] else ""
        return f"{d['uuid']}  {str(d['join_date'] or ''):10}  {d['name']}\t{d['status']}\t{d['group']}\t{left}"
    return emit(ctx, out, map(line, out))


def _dues(ctx: Ctx) -> int:
    from models.rules.dues import yuan
    from models.services.dues import DuesService

    year = ctx.year()
    rows = DuesService(ctx.ws).year(year).rows
    data = [{"member": r.name, "group": r.group, "kind": r.account.kind if r.account else None,
             "base": yuan(r.account.base_fen) if r.account and r.account.base_fen else None,
             "rate": r.account.rate if r.account else None, "monthly": yuan(r.account.monthly_fen) if r.account else None,
             "months": {c.month: {"due": yuan(c.due_fen), "paid": yuan(c.paid_fen), "state": c.state}
                        for c in r.cells if c.due},
             "paid": yuan(r.paid_fen), "owed": yuan(r.owed_fen), "paid_to": r.paid_to, "unpaid_in_a_row": len(r.run),
             "flagged": r.flagged} for r in rows]

    def line(d: dict[str, Any]) -> str:
        flag = "  连续未交" + str(d["unpaid_in_a_row"]) + "个月" if d["flagged"] else ""
        return (f"{year}  {d['member']}\t{d['kind'] or '未核定'}\t{d['monthly'] or '-'}/月\t已交{d['paid']}\t"
                f"欠交{d['owed']}\t交至{d['paid_to'] or '-'}{flag}")
    return emit(ctx, data, map(line, data))


def _development(ctx: Ctx) -> int:
    from models.services.development import DevelopmentService

    svc = DevelopmentService(ctx.ws)
    people = svc.list_people()
    if ctx.args.period:
        keep = {p.id for group in svc.rosters(ctx.year()).values() for p in group}
        people = [p for p in people if p.id in keep]
    today = date.today()
    data = []
    for p in people:
        latest = p.latest
        limits = [{"step": lim.step, "what": lim.what, "due": lim.due, "state": lim.state(today)} for lim in svc.limits(p)]
        data.append({"uuid": p.uuid, "name": p.name, "role": p.role, "stage": p.stage, "outcome": p.outcome,
                     "latest_step": latest.step if latest else None, "latest_on": latest.done_on if latest else None,
                     "steps": [{"step": x.step, "name": x.name, "on": x.done_on, "result": x.result} for x in p.steps],
                     "limits": limits})
    def line(d: dict[str, Any]) -> str:
        due = [f"{lim['what']} {lim['due']}{aside(limit_word(lim['state']))}" for lim in d["limits"]
               if lim["state"] in ("overdue", "soon", "open")]
        return f"{d['uuid']}  {d['name']}\t{d['role']}\t第{d['latest_step']}步 {d['latest_on']}\t" + "；".join(due)
    return emit(ctx, data, map(line, data))


def _orglife(ctx: Ctx) -> int:
    from models.services.orglife import OrgLifeService

    year = ctx.year()
    svc = OrgLifeService(ctx.ws)
    data: list[dict[str, Any]] = [{"kind": "meeting", **asdict(m)} for m in svc.meetings(year)]
    data += [{"kind": "remediation", **asdict(x), "overdue": x.overdue(date.today())} for x in svc.items(year)]
    return emit(ctx, data, (f"{d['uuid']}  {d.get('held_on') or d.get('deadline') or ''}  "
                            + (f"组织生活会\t{d['title']}" if d["kind"] == "meeting"
                               else f"整改\t{d['issue']}\t{d['owner']}\t{d['progress']}") for d in data))


def _transfers(ctx: Ctx) -> int:
    from models.services.transfers import TransferService

    year = ctx.year()
    svc = TransferService(ctx.ws)
    data: list[dict[str, Any]] = [{"kind": "letter", **asdict(x)} for x in svc.letters(year)]
    data += [{"kind": "away", **asdict(a)} for a in svc.away(include_returned=True)
             if a.since.year <= year and (a.returned_on is None or a.returned_on.year >= year)]
    return emit(ctx, data, (f"{d['uuid']}  {d.get('issued_on') or d.get('since')}  "
                            + (f"{'转出' if d.get('direction') == 'out' else '转入'}\t{d['name']}\t{d['other_org']}"
                               if d["kind"] == "letter" else f"流动\t{d['name']}\t{d['place']}") for d in data))


def _plans(ctx: Ctx) -> int:
    from models.services.plans import PlanService

    year = ctx.year()
    svc = PlanService(ctx.ws)
    docs = svc.docs(year)
    trend = [t for t in svc.trend(year) if t.total is not None]
    data: list[dict[str, Any]] = [asdict(d) for d in docs]
    data += [{"kind": "assessment", "month": t.month, "total": t.total, "out_of": t.out_of,
              "by_aspect": t.by_aspect} for t in trend]
    return emit(ctx, data, [*(f"{d.uuid}  {d.period_label}\t{d.title}" for d in docs),
                            *(f"{'-':36}  {t.month}\t{pick('对标自评', 'self-assessment')} {t.total}/{t.out_of}"
                              for t in trend)])


LISTERS = {"profile": _profile, "roster": _roster, "orglife": _orglife, "appraisal": _appraisal, "talks": _talks,
           "dues": _dues, "development": _development, "transfers": _transfers, "pledges": _pledges, "plans": _plans}


def _report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=tuple(FORMS))
    p.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM (the roster as at the period's end)")
    p.add_argument("--id", help="record UUID (for single-record forms)")
    p.add_argument("--out", required=True)
    p.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")
    p.add_argument("--kind", dest="kind_", choices=("general", "committee", "group", "lesson", "partyday", "orglife",
                                                      "council", "study"),
                   default="general", help="for signin: the kind of meeting")
    p.add_argument("--date", help="for signin: the meeting date, YYYY-MM-DD (default today)")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help="for pledge-board: the poster's paper size")
    p.add_argument("--member", help="for pledge-sheet and dues-member: the member's name or member UUID (see: list roster)")
    p.add_argument("--group", default="", help="for signin --kind group: the party group (default: a sheet for each)")


@command("report", "print a form to PDF", arguments=_report_arguments)
def report(ctx: Ctx) -> int:
    from models.config import UserSettings
    from models.errors import UserError
    from models.rules.dates import BadDate, parse_date
    from reports.fonts import fonts
    from reports.forms import FormRequest, render_form

    a = ctx.args
    spec = FORMS[a.kind]
    if spec.requires and not getattr(a, spec.requires):
        see = "list meetings" if spec.requires == "id" else "list roster"
        what = pick("姓名或党员编号", "name or member UUID") if spec.requires == "member" else "UUID"
        ctx.parser.error(pick(f"report {a.kind} 需要 --{spec.requires}（{what}，见 {see}）",
                              f"report {a.kind} needs --{spec.requires} {what} (see: {see})"))
    try:
        day = parse_date(a.date) if a.date else None
    except BadDate as exc:
        raise UserError(pick(f"--date {a.date}：不是有效日期（写作 2026-03-05，且须是当月真有的一天）",
                             f"--date {a.date}: not a real date (write 2026-03-05, a day that month has)")) from exc
    req = FormRequest(period=ctx.period(), record=a.id, member=a.member, day=day, kind=a.kind_, group=a.group,
                      paper=a.paper,
                      mask_ids=not a.show_ids, progress=ConsoleProgress())
    out = Path(a.out)
    if out.is_dir():  # a folder: the form goes into it under its own name, as a copy into a folder would
        out = out / f"{spec.zh}{req.year}.pdf"
    from reports.fonts import missing_characters
    from reports.layout import pdf_page_count

    missing_characters()  # what an earlier form lacked is not this one's
    render_form(ctx.ws, a.kind, req, out, fonts(UserSettings.load().fonts))
    pages = pdf_page_count(out)  # every page of the file (the volume's cover and contents too)
    print(pick(f"{out}（{pages}页）", f"{out} ({pages} pages)"))
    lacking = missing_characters()
    if lacking:
        say(missing_warning(lacking))
    return 0


def missing_warning(chars: list[str]) -> str:
    shown = "、".join(f"{c}（U+{ord(c):04X}）" for c in chars[:20])
    return pick(f"注意：以下字符没有任何字体可以打印，纸上会是空框：{shown}。请安装含这些字的字体（例如 Windows 的 "
                "SimSun-ExtB，或花园明朝 HanaMinA/B），或在“设置”中为表格和正文选择这样的字体。",
                f"Note: no font can print these characters; they come out as empty boxes: {shown}. Install a font "
                "that has them (SimSun-ExtB on Windows, or HanaMinA/B), or choose one in Settings.")


def _roster_arguments(p: argparse.ArgumentParser) -> None:
    rs = p.add_subparsers(dest="roster_command", metavar="import|export", required=True)
    ri = rs.add_parser("import", help="import .xlsx/.xls/.csv")
    ri.add_argument("file")
    ri.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    ri.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the others")
    ri.add_argument("--sheet", help="sheet name (default: the first with a 姓名 column)")
    re_ = rs.add_parser("export", help="export to .xlsx")
    re_.add_argument("file")
    re_.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")


@command("roster", "import or export the member roster", kind="write", arguments=_roster_arguments)
def roster(ctx: Ctx) -> int:
    from exchange.backup import auto_backup
    from models.errors import UserError

    try:
        return _roster_import(ctx) if ctx.args.roster_command == "import" else _roster_export(ctx)
    finally:
        try:
            auto_backup(ctx.ws)
        except UserError as exc:
            say(str(exc))


def _roster_export(ctx: Ctx) -> int:
    from exchange.roster_export import export_roster
    from models.services.profile import ProfileService
    from models.services.roster import RosterService

    p = ProfileService(ctx.ws).get()
    print(export_roster(RosterService(ctx.ws).list_members(), Path(ctx.args.file), p.name if p else "",
                        mask_ids=not ctx.args.show_ids))
    return 0


def _roster_import(ctx: Ctx) -> int:
    from exchange.roster_import import analyse, apply

    args = ctx.args
    plan = analyse(ctx.ws, Path(args.file), sheet_name=args.sheet, progress=ConsoleProgress())
    for line in plan.report():
        say(line)
    valid, invalid = len(plan.valid), len(plan.invalid)
    summary = pick(f"{plan.path.name}：共{len(plan.rows)}行，正确{valid}行，有错误{invalid}行。",
                   f"{plan.path.name}: {len(plan.rows)} rows, {valid} valid, {invalid} with errors.")
    if args.dry_run:
        print(summary + pick("（仅检查，未导入）", " (dry run, nothing imported)"))
        return 1 if invalid else 0
    if invalid and not args.skip_invalid:
        say(summary + pick("未导入任何数据。改正后重新导入，或加 --skip-invalid 只导入正确的行。",
                           " Nothing imported. Fix the rows, or add --skip-invalid to import only the valid ones."))
        return 1
    n = apply(ctx.ws, plan, only_valid=args.skip_invalid, progress=ConsoleProgress())
    print(summary + pick(f"已导入{n}名党员。", f" Imported {n} members."))
    return 0


def _indicators_arguments(p: argparse.ArgumentParser) -> None:
    inds = p.add_subparsers(dest="indicators_command", metavar="import|list", required=True)
    ii = inds.add_parser("import", help="import a set from .json or .xlsx (方面, 编号, 指标, 目标, 评分规则, 目标值, 每次扣分, 分值)")
    ii.add_argument("file", help="the file, or 'default' for the bundled demonstration set")
    ii.add_argument("--from", dest="valid_from", help="first month in force, YYYY-MM")
    inds.add_parser("list", help="list the sets and their indicators")


@command("indicators", "the committee's benchmark indicator sets (book 15)", kind="write",
         arguments=_indicators_arguments)
def indicators(ctx: Ctx) -> int:
    from models.services.plans import PlanService

    svc = PlanService(ctx.ws)
    args = ctx.args
    if args.indicators_command == "import":
        st = (svc.import_default(args.valid_from) if args.file == "default"
              else svc.import_set(Path(args.file), args.valid_from))
        print(pick(f"已导入“{st.name}”：{len(st.indicators)}项指标，满分{st.total}，自{st.valid_from}起适用。",
                   f"Imported “{st.name}”: {len(st.indicators)} indicators, {st.total} points, from {st.valid_from}."))
        return 0
    for st in svc.sets():
        print(f"{st.uuid}  {st.valid_from}  {st.name}（{len(st.indicators)}项，满分{st.total}）")
        for i in st.indicators:
            print(f"    {i.code}\t{i.aspect}\t{i.name}\t{i.describe_rule()}\t{i.weight}\t{i.metric}")
    return 0
