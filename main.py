"""Branch Desk (支部工作台) — start here.

Boot order: arguments → paths → logging → open the workspace (backup, migrate) → either run one
command-line command, or create the QApplication → translators → main window.
``main(argv, exec_=False)`` stops before the event loop (tests, ``--smoke``).

Exit codes: 0 success, 1 refused input (message on stderr, no traceback), 2 wrong usage.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from contextlib import nullcontext
from dataclasses import asdict
from datetime import date
from pathlib import Path

from models import VERSION

MEETING_BOOKS = ("general", "committee", "group", "lesson", "partyday")
IMPLEMENTED_BOOKS = ("roster", "profile", "meetings", *MEETING_BOOKS, "orglife", "appraisal", "talks", "dues",
                     "development", "transfers", "pledges", "plans")
PLEDGE_REPORTS = ("pledges", "pledge-board", "pledge-sheet", "pledge-summary")
DUES_REPORTS = ("dues", "dues-member", "dues-statement")
YEAR_REPORTS = ("orglife", "transfers", "plans", "book")
REPORT_KINDS = ("roster", "profile", "meeting", "meetings", "signin", "appraisal", "talks", *DUES_REPORTS, "development",
                *PLEDGE_REPORTS, *YEAR_REPORTS)

log = logging.getLogger("branchdesk")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="branchdesk", description="Branch Desk 支部工作台")
    p.add_argument("--data-dir", help="workspace folder (default: the per-user data folder)")
    p.add_argument("--db", help="committee database URL (postgresql://user:pw@host/db) instead of --data-dir")
    p.add_argument("--committee", action="store_true", help="open the committee's receiving workspace")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    p.add_argument("--smoke", action="store_true", help="open the main window, paint once, exit 0")
    p.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"Branch Desk {VERSION}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser("demo", help="fill a new workspace with a demo branch")
    d.add_argument("--members", type=int, default=35)
    d.add_argument("--years", type=int, default=3)
    d.add_argument("--seed", type=int, default=20261)

    ex = sub.add_parser("export", help="write the monthly bundle (报送) into a folder or onto a stick")
    ex.add_argument("--month", help="YYYY-MM (default: the last month not yet sent)")
    ex.add_argument("--out", required=True, help="folder or stick to copy the bundle to")
    ex.add_argument("--show-ids", action="store_true", help="send ID numbers unmasked (the branch opts in)")
    ex.add_argument("--dry-run", action="store_true", help="show what would go in, write nothing")
    vf = sub.add_parser("verify", help="check a bundle: exit 0 valid, 1 invalid with the reasons")
    vf.add_argument("bundle")
    rc = sub.add_parser("receive", help="committee: receive bundles (files or folders)")
    rc.add_argument("bundles", nargs="+")
    rc.add_argument("--json", action="store_true")
    rt = sub.add_parser("receipt", help="receipts (回执): the committee writes them, the branch imports them")
    rts = rt.add_subparsers(dest="receipt_command", metavar="write|import", required=True)
    rw = rts.add_parser("write", help="committee: accept or return a branch's month and write its receipt")
    rw.add_argument("branch", help="branch code")
    rw.add_argument("month", help="YYYY-MM")
    g = rw.add_mutually_exclusive_group(required=True)
    g.add_argument("--accept", action="store_true")
    g.add_argument("--return", dest="return_", metavar="COMMENTS", help="return with these comments")
    rw.add_argument("--out", required=True, help="folder or stick")
    ri_ = rts.add_parser("import", help="branch: import receipts from files or a folder")
    ri_.add_argument("files", nargs="+")
    cm = sub.add_parser("committee", help="committee views: branches, matrix, ranking, summary report")
    cms = cm.add_subparsers(dest="committee_command", metavar="branches|matrix|ranking|report|indicators|confirm|rekey",
                            required=True)
    cb = cms.add_parser("branches")
    cb.add_argument("--json", action="store_true")
    cx = cms.add_parser("matrix")
    cx.add_argument("--month", help="the last month shown (default: last month)")
    cx.add_argument("--months", type=int, default=6)
    cx.add_argument("--json", action="store_true")
    cr = cms.add_parser("ranking")
    cr.add_argument("--month", help="YYYY-MM (default: last month)")
    cr.add_argument("--json", action="store_true")
    cp = cms.add_parser("report", help="the monthly summary across branches (.pdf or .xlsx)")
    cp.add_argument("--month", help="YYYY-MM (default: last month)")
    cp.add_argument("--out", required=True)
    ci = cms.add_parser("indicators", help="import the indicator set the committee ranks by")
    ci.add_argument("file")
    cc = cms.add_parser("confirm", help="the branch's fingerprint was checked by phone")
    cc.add_argument("branch")
    ck = cms.add_parser("rekey", help="trust a branch's new key")
    ck.add_argument("branch")
    ck.add_argument("fingerprint")

    r = sub.add_parser("roster", help="import or export the member roster")
    rs = r.add_subparsers(dest="roster_command", metavar="import|export", required=True)
    ri = rs.add_parser("import", help="import .xlsx/.xls/.csv")
    ri.add_argument("file")
    ri.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    ri.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the others")
    ri.add_argument("--sheet", help="sheet name (default: the first with a 姓名 column)")
    re_ = rs.add_parser("export", help="export to .xlsx")
    re_.add_argument("file")
    re_.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")

    ls = sub.add_parser("list", help="list the records of a book")
    ls.add_argument("book", choices=IMPLEMENTED_BOOKS)
    ls.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")
    ls.add_argument("--all", action="store_true", help="include members who left")

    rp = sub.add_parser("report", help="print a form to PDF")
    rp.add_argument("kind", choices=REPORT_KINDS)
    rp.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM (the roster as at the period's end)")
    rp.add_argument("--id", help="record UUID (for single-record forms)")
    rp.add_argument("--out", required=True)
    rp.add_argument("--show-ids", action="store_true", help="do not mask ID numbers")
    rp.add_argument("--kind", dest="kind_", choices=("general", "committee", "group", "lesson", "partyday", "orglife", "council", "study"),
                    default="general", help="for signin: the kind of meeting")
    rp.add_argument("--date", help="for signin: the meeting date, YYYY-MM-DD (default today)")
    rp.add_argument("--paper", choices=("A4", "A3"), default="A4", help="for pledge-board: the poster's paper size")
    rp.add_argument("--member", help="for pledge-sheet and dues-member: one member's UUID (see: list roster)")

    st = sub.add_parser("status", help="obligations of the rules (三会一课 …) and their state")
    st.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM (default: this month, quarter and year)")
    st.add_argument("--json", action="store_true")

    ind = sub.add_parser("indicators", help="the committee's benchmark indicator sets (book 15)")
    inds = ind.add_subparsers(dest="indicators_command", metavar="import|list", required=True)
    ii = inds.add_parser("import", help="import a set from .json or .xlsx (方面, 编号, 指标, 目标, 评分规则, 目标值, 每次扣分, 分值)")
    ii.add_argument("file", help="the file, or 'default' for the bundled demonstration set")
    ii.add_argument("--from", dest="valid_from", help="first month in force, YYYY-MM")
    inds.add_parser("list", help="list the sets and their indicators")

    sub.add_parser("init", help="start a new, empty branch workspace on purpose (also where a known one went missing)")
    sub.add_parser("backup", help="back up the workspace now")
    rt = sub.add_parser("restore", help="restore the workspace from a backup file")
    rt.add_argument("file")
    sub.add_parser("check", help="check the database and attachments")
    return p


def main(argv: list[str] | None = None, exec_: bool = True) -> int:
    if os.name == "posix":
        os.umask(0o077)  # the workspace, backups, bundles and logs are the user's alone
    parser = build_parser()
    args = parser.parse_args(argv)

    from models.config import UserSettings
    from models.i18n import set_language
    from models.paths import resolve_data_dir

    settings = UserSettings.load()
    lang = args.lang or settings.language
    set_language(lang)
    data_dir, _why = resolve_data_dir(args.data_dir, settings.data_dir)

    from models.logsetup import setup_logging

    setup_logging(data_dir / "logs" if args.command or args.smoke or data_dir.exists() else None, args.verbose)
    if args.command:
        return run_command(parser, args, data_dir)
    if args.committee or args.db:
        from ui.committee_window import run_committee_gui

        return run_committee_gui(data_dir, args.db, lang=lang, smoke=args.smoke, exec_=exec_ and not args.smoke)
    from ui.app import run_gui

    return run_gui(data_dir, lang=lang, smoke=args.smoke, exec_=exec_ and not args.smoke)


class _ConsoleProgress:
    cancelled = False

    def __init__(self) -> None:
        self._last = -1

    def update(self, done: int, total: int, label: str = "") -> None:
        if total and sys.stderr.isatty():
            pct = done * 100 // total
            if pct != self._last:
                self._last = pct
                print(f"\r{pct:3d}% {label}", end="", file=sys.stderr, flush=True)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace, data_dir: Path) -> int:
    from models.errors import UserError
    from models.i18n import pick

    try:
        try:
            return _dispatch(parser, args, data_dir)
        except (UserError, BrokenPipeError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            damaged = _explain_damage(data_dir, exc)
            if damaged is None:
                raise
            raise damaged from exc
    except UserError as exc:
        print(pick("错误：", "Error: ") + str(exc), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`
        return 0
    except KeyboardInterrupt:
        print(pick("已中断。", "Interrupted."), file=sys.stderr)
        return 1


def _explain_damage(data_dir: Path, exc: BaseException) -> Exception | None:
    """A command failed on something that is not a person's error: if the workspace holds values the program cannot
    read (changed or damaged outside it), say which record, instead of a traceback."""
    from sqlalchemy.exc import DBAPIError

    from models.db import DB_NAME
    from models.errors import DamagedDataError
    from models.i18n import pick

    if isinstance(exc, DBAPIError):  # SQLite itself failed half-way through a command
        from models.disk import disk_problem

        return disk_problem(exc, data_dir) or DamagedDataError(pick(
            f"数据库文件 {data_dir / DB_NAME} 已损坏（{exc.orig}）。请运行 check 查看，并从备份恢复（restore）；"
            f"备份在 {data_dir / 'backups'}。",
            f"The database {data_dir / DB_NAME} is damaged ({exc.orig}). Run check, and restore a backup (restore); "
            f"backups are in {data_dir / 'backups'}."))
    if not isinstance(exc, (ValueError, TypeError, ArithmeticError, KeyError)) or not (data_dir / DB_NAME).exists():
        return None
    try:
        from exchange.backup import describe_row
        from models import seals
        from models.db import make_engine

        engine = make_engine(data_dir / DB_NAME)
        try:
            with engine.connect() as conn:
                bad = seals.unreadable(conn)
                named = [f"{describe_row(conn, b.table, b.rid)}：{b.column} = {b.value}" for b in bad[:10]]
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001  (the scan itself failed: report the original error)
        log.exception("damage scan failed")
        return None
    if not bad:
        return None
    log.error("unreadable values in the workspace: %s", named)
    return DamagedDataError(pick(
        "数据库中有程序无法读取的值（文件可能在程序之外被改动或已损坏）：\n  " + "\n  ".join(named)
        + "\n请运行 check 查看全部问题，并从改动之前的备份恢复（restore）。",
        "The workspace holds values the program cannot read (changed outside the program, or damaged):\n  "
        + "\n  ".join(named) + "\nRun check to see every problem, and restore a backup from before (restore)."))


# commands that write the branch workspace take its lock (one writer at a time); the committee's wait their turn
WRITING = {"demo", "roster", "export", "receipt", "indicators", "backup", "restore", "init"}


def _period(parser: argparse.ArgumentParser, text: str | None):  # type: ignore[no-untyped-def]
    from models.rules.periods import parse_period

    if text is None:
        return None
    try:
        return parse_period(text)
    except ValueError:
        parser.error(f"--period {text}: use YYYY, YYYY-Qn or YYYY-MM")


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace, data_dir: Path) -> int:
    from models.db import Workspace, clean_stale
    from models.errors import UserError
    from models.i18n import pick
    from models.lock import WorkspaceLock

    cmd = args.command
    if cmd == "verify":
        return _verify(Path(args.bundle))
    if cmd in ("receive", "committee") or (cmd == "receipt" and args.receipt_command == "write"):
        from exchange.committee import CommitteeStore

        # two receives at once take turns (a store on a server serialises in the database itself)
        with WorkspaceLock(data_dir, "receive", wait=600) if not args.db else nullcontext():
            store = CommitteeStore.open(data_dir, args.db)
            try:
                return _committee(parser, store, args)
            finally:
                store.close()
    if cmd not in WRITING:
        return _run_on_workspace(parser, args, data_dir, cmd)
    with WorkspaceLock(data_dir, "command"):
        clean_stale(data_dir)
        if cmd == "restore":
            from exchange.backup import restore

            before = restore(data_dir, None, Path(args.file))  # works even when the current data will not open
            Workspace.open(data_dir).close()  # migrate an older backup now
            print(pick(f"已恢复。恢复前的数据已另存为 {before}", f"Restored. The data as it was is kept as {before}"))
            return 0
        if cmd == "init":
            ws = Workspace.open(data_dir, create=True)
            try:
                from models.services.profile import ProfileService

                if ProfileService(ws).get() is not None:
                    raise UserError(pick(f"{data_dir} 已有支部数据，无需新建。", f"{data_dir} already holds a branch."))
            finally:
                ws.close()
            print(pick(f"已新建空白的支部数据文件夹：{data_dir}。打开窗口填写支部基本情况即可开始。",
                       f"A new, empty branch workspace: {data_dir}. Open the window and fill in the branch profile."))
            return 0
        if cmd == "demo":
            if not (1 <= args.members <= 5000 and 0 <= args.years <= 50):
                parser.error("--members 1..5000, --years 0..50")
            from exchange.demo import make_demo_workspace

            counts = make_demo_workspace(data_dir, args.members, args.years, args.seed)
            print(pick(f"演示支部已建立：{counts['members']}名党员（其中预备党员{counts['probationary']}名），"
                       f"{counts['left']}名已离开；数据文件夹 {data_dir}",
                       f"Demo branch ready: {counts['members']} members ({counts['probationary']} probationary), "
                       f"{counts['left']} left; data folder {data_dir}"))
            return 0
        return _run_on_workspace(parser, args, data_dir, cmd)


def _run_on_workspace(parser: argparse.ArgumentParser, args: argparse.Namespace, data_dir: Path, cmd: str) -> int:
    from models.db import Workspace
    from models.errors import UserError

    ws = Workspace.open(data_dir)
    try:
        if cmd == "roster" and args.roster_command == "import":
            return _roster_import(ws, args)
        elif cmd == "roster" and args.roster_command == "export":
            from exchange.roster_export import export_roster
            from models.services.profile import ProfileService
            from models.services.roster import RosterService

            p = ProfileService(ws).get()
            out = export_roster(RosterService(ws).list_members(), Path(args.file), p.name if p else "",
                                mask_ids=not args.show_ids)
            print(out)
        elif cmd == "list":
            return _list(parser, ws, args)
        elif cmd == "report":
            return _report(parser, ws, args)
        elif cmd == "status":
            return _status(parser, ws, args)
        elif cmd == "indicators":
            return _indicators(ws, args)
        elif cmd == "export":
            return _export(ws, args)
        elif cmd == "receipt":
            from exchange.receipts import find_receipts, import_receipt

            for f in find_receipts([Path(x) for x in args.files]):
                b = import_receipt(ws, f)
                print(f"{b.period}\tr{b.revision}\t{b.status_name}\t{b.receipt_comments}")
        elif cmd == "backup":
            from exchange.backup import backup_now

            print(backup_now(ws))
        elif cmd == "check":
            from exchange.backup import check

            report = check(ws, _ConsoleProgress())
            print("\n".join(report.lines()))
            return 0 if report.ok else 1
        return 0
    finally:
        if cmd == "roster":
            from exchange.backup import auto_backup

            try:
                auto_backup(ws)
            except UserError as exc:
                log.warning("automatic backup failed: %s", exc)
        ws.close()


def _roster_import(ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from exchange.roster_import import analyse, apply
    from models.i18n import pick

    plan = analyse(ws, Path(args.file), sheet_name=args.sheet, progress=_ConsoleProgress())
    for line in plan.report():
        print(line, file=sys.stderr)
    valid, invalid = len(plan.valid), len(plan.invalid)
    summary = pick(f"{plan.path.name}：共{len(plan.rows)}行，正确{valid}行，有错误{invalid}行。",
                   f"{plan.path.name}: {len(plan.rows)} rows, {valid} valid, {invalid} with errors.")
    if args.dry_run:
        print(summary + pick("（仅检查，未导入）", " (dry run, nothing imported)"))
        return 1 if invalid else 0
    if invalid and not args.skip_invalid:
        print(summary + pick("未导入任何数据。改正后重新导入，或加 --skip-invalid 只导入正确的行。",
                             " Nothing imported. Fix the rows, or add --skip-invalid to import only the valid ones."),
              file=sys.stderr)
        return 1
    n = apply(ws, plan, only_valid=args.skip_invalid, progress=_ConsoleProgress())
    print(summary + pick(f"已导入{n}名党员。", f" Imported {n} members."))
    return 0


def _list(parser: argparse.ArgumentParser, ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from exchange.roster_export import mask_id
    from models.services.profile import ProfileService
    from models.services.roster import RosterService

    if args.book in ("meetings", *MEETING_BOOKS):
        from models.services.meetings import MeetingService, kind_name

        kinds = () if args.book == "meetings" else (args.book,)
        rows = MeetingService(ws).list_meetings(_period(parser, args.period), kinds)
        if args.json:
            print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1, default=str))
        else:
            for r in rows:
                valid = "" if r.valid is None else ("有效" if r.valid else "不符合召开条件")
                print(f"{r.uuid}  {r.held_on}  {kind_name(r.kind)}{('（' + r.group + '）') if r.group else ''}\t"
                      f"{r.title}\t{r.present}/{r.due}\t{r.state}\t{valid}")
        return 0
    if args.book == "talks":
        from models.services.talks import TalkService

        talks = TalkService(ws).list_talks(_period(parser, args.period))
        if args.json:
            print(json.dumps([asdict(t) for t in talks], ensure_ascii=False, indent=1, default=str))
        else:
            for t in talks:
                print(f"{t.uuid}  {t.held_on}  {t.talker} → {t.member}\t{t.topic}")
        return 0
    if args.book == "pledges":
        from models.services.pledges import PledgeService

        year = (_period(parser, args.period) or _period(parser, str(date.today().year))).start.year
        pledges = PledgeService(ws).list_pledges(year)
        if args.json:
            print(json.dumps([{**asdict(p), "review_name": p.review_name, "counts_for_rate": p.counts,
                               "overdue": p.overdue(date.today())} for p in pledges],
                             ensure_ascii=False, indent=1, default=str))
        else:
            for p in pledges:
                print(f"{p.uuid}  {year}  {p.member}\t{p.category}\t{p.content}\t{p.review_name}\t"
                      f"{p.assessment.conclusion or '未评诺'}\t{p.state}")
        return 0
    if args.book in ("dues", "development"):
        return _list_dues_development(parser, ws, args)
    if args.book in ("orglife", "transfers", "plans"):
        year = (_period(parser, args.period) or _period(parser, str(date.today().year))).start.year
        return _list_year_book(ws, args.book, year, args.json)
    if args.book == "appraisal":
        from models.services.appraisals import AppraisalService

        year = (_period(parser, args.period) or _period(parser, str(date.today().year))).start.year
        sheet = AppraisalService(ws).sheet(year)
        if args.json:
            print(json.dumps([asdict(r) for r in sheet], ensure_ascii=False, indent=1, default=str))
        else:
            for r in sheet:
                print(f"{r.uuid or '-':36}  {year}  {r.name}\t{r.input.grade or '未评定'}\t{r.state}")
        return 0
    if args.book == "profile":
        p = ProfileService(ws).get()
        data = [asdict(p)] if p else []
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        else:
            for d in data:
                print(f"{d['uuid']}  {d['founded_on'] or ''}  {d['name']}  {d['superior']}")
        return 0
    period = _period(parser, args.period)
    rows = RosterService(ws).list_members(include_left=args.all or period is not None)
    if period is not None:
        rows = [r for r in rows if r.join_date and r.join_date <= period.end
                and (r.left_on is None or r.left_on >= period.start)]
    out = []
    for r in rows:
        d = asdict(r)
        if not args.show_ids and d["id_number"]:
            d["id_number"] = mask_id(d["id_number"])
        d["state"] = "left" if r.left_on else "active"
        out.append(d)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1, default=str))
    else:
        for d in out:
            left = f"{d['left_kind']} {d['left_on']}" if d["left_on"] else ""
            print(f"{d['uuid']}  {str(d['join_date'] or ''):10}  {d['name']}\t{d['status']}\t{d['group']}\t{left}")
    return 0


def _report(parser: argparse.ArgumentParser, ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from reports.fonts import fonts

    fs = fonts(UserSettings.load().fonts)
    period = _period(parser, args.period)
    on = min(period.end, date.today()) if period else None
    out = Path(args.out)
    if args.kind == "roster":
        from reports.roster import render_roster

        pages = render_roster(ws, out, on=on, mask_ids=not args.show_ids, fs=fs)
    elif args.kind == "meeting":
        from models.services.meetings import MeetingService
        from reports.meetings import render_meeting

        if not args.id:
            parser.error("report meeting needs --id UUID (see: list meetings)")
        pages = render_meeting(ws, MeetingService(ws).find_uuid(args.id), out, fs=fs)
    elif args.kind == "meetings":
        from models.rules.periods import parse_period
        from reports.meetings import render_meeting_list

        pages = render_meeting_list(ws, period or parse_period(str(date.today().year)), out, fs=fs)
    elif args.kind in ("appraisal", "talks"):
        from models.rules.periods import parse_period
        from reports.people import render_appraisal, render_talks

        p = period or parse_period(str(date.today().year))
        pages = render_appraisal(ws, p.start.year, out, fs=fs) if args.kind == "appraisal" else render_talks(ws, p, out, fs=fs)
    elif args.kind in PLEDGE_REPORTS:
        pages = _pledge_report(ws, args, period, out, fs)
    elif args.kind in (*DUES_REPORTS, "development"):
        pages = _dues_development_report(parser, ws, args, period, out, fs)
    elif args.kind in YEAR_REPORTS:
        pages = _year_report(ws, args.kind, period.start.year if period else date.today().year, out, fs)
    elif args.kind == "signin":
        from models.errors import UserError
        from models.rules.dates import BadDate, parse_date
        from reports.meetings import render_signin

        try:
            day = parse_date(args.date) if args.date else date.today()
        except BadDate as exc:
            raise UserError(f"--date {args.date}") from exc
        pages = render_signin(ws, args.kind_, day or date.today(), out, fs=fs)
    else:
        from reports.profile import render_profile

        pages = render_profile(ws, out, on=on, fs=fs)
    print(f"{out} ({pages} pages)")
    return 0



def _pledge_report(ws, args: argparse.Namespace, period, out: Path, fs) -> int:  # type: ignore[no-untyped-def]
    from reports import pledges as rp

    year = period.start.year if period else date.today().year
    if args.kind == "pledges":
        return rp.render_pledge_ledger(ws, year, out, fs=fs)
    if args.kind == "pledge-board":
        return rp.render_pledge_board(ws, year, out, paper=args.paper, fs=fs)
    if args.kind == "pledge-summary":
        return rp.render_pledge_summary(ws, year, out, fs=fs)
    member_id = None
    if args.member:
        from models.services.roster import RosterService

        member_id = RosterService(ws).find_uuid(args.member).id
    return rp.render_pledge_sheets(ws, year, out, member_id=member_id, fs=fs)


def _list_dues_development(parser: argparse.ArgumentParser, ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from models.rules.dues import yuan

    if args.book == "dues":
        from models.services.dues import DuesService

        year = (_period(parser, args.period) or _period(parser, str(date.today().year))).start.year
        rows = DuesService(ws).year(year).rows
        data = [{"member": r.name, "group": r.group, "kind": r.account.kind if r.account else None,
                 "base": yuan(r.account.base_fen) if r.account and r.account.base_fen else None,
                 "rate": r.account.rate if r.account else None, "monthly": yuan(r.account.monthly_fen) if r.account else None,
                 "months": {c.month: {"due": yuan(c.due_fen), "paid": yuan(c.paid_fen), "state": c.state}
                            for c in r.cells if c.due},
                 "paid": yuan(r.paid_fen), "owed": yuan(r.owed_fen), "paid_to": r.paid_to, "unpaid_in_a_row": len(r.run),
                 "flagged": r.flagged} for r in rows]
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        else:
            for d in data:
                flag = "  连续未交" + str(d["unpaid_in_a_row"]) + "个月" if d["flagged"] else ""
                print(f"{year}  {d['member']}\t{d['kind'] or '未核定'}\t{d['monthly'] or '-'}/月\t已交{d['paid']}\t"
                      f"欠交{d['owed']}\t交至{d['paid_to'] or '-'}{flag}")
        return 0
    from models.services.development import DevelopmentService

    svc = DevelopmentService(ws)
    people = svc.list_people()
    if args.period:
        year = _period(parser, args.period).start.year
        keep = {p.id for group in svc.rosters(year).values() for p in group}
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
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        for d in data:
            words = {"overdue": "已逾期", "soon": "即将到期", "open": "可办理"}
            due = [f"{lim['what']} {lim['due']}（{words[lim['state']]}）" for lim in d["limits"]
                   if lim["state"] in ("overdue", "soon", "open")]
            print(f"{d['uuid']}  {d['name']}\t{d['role']}\t第{d['latest_step']}步 {d['latest_on']}\t" + "；".join(due))
    return 0


def _dues_development_report(parser: argparse.ArgumentParser, ws, args: argparse.Namespace, period, out: Path,  # type: ignore[no-untyped-def]
                             fs) -> int:
    year = period.start.year if period else date.today().year
    if args.kind == "development":
        from models.services.development import DevelopmentService
        from reports.development import render_development_record, render_development_rosters

        if args.id:
            return render_development_record(ws, DevelopmentService(ws).find_uuid(args.id).id, out, fs=fs)
        return render_development_rosters(ws, year, out, fs=fs)
    from reports import dues as rd

    if args.kind == "dues":
        return rd.render_dues_register(ws, year, out, fs=fs)
    if args.kind == "dues-statement":
        return rd.render_dues_statement(ws, year, out, fs=fs)
    if not args.member:
        parser.error("report dues-member needs --member UUID (see: list roster)")
    from models.services.roster import RosterService

    return rd.render_dues_member(ws, year, RosterService(ws).find_uuid(args.member).id, out, fs=fs)


def _dues_development_status(ws, year: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from models.rules.dues import yuan
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService

    svc = DuesService(ws)
    y = svc.year(year)
    dev = DevelopmentService(ws)
    return {
        "dues": {"year": year, "collected": yuan(y.collected_fen), "handed_up": yuan(y.handed_fen),
                 "not_handed_up": yuan(y.not_handed_fen), "owed": yuan(y.owed_fen),
                 "not_handed_months": y.not_handed_months(), "without_base": y.without_account,
                 "arrears": [{"member": a.name, "group": a.group, "months": [f"{yy}-{mm:02d}" for yy, mm in a.months],
                              "owed": yuan(a.owed_fen), "unpaid_in_a_row": len(a.run), "flagged": a.flagged}
                             for a in svc.arrears()]},
        "development": {
            "deadlines": [{"name": d.name, "role": d.role, "step": d.limit.step, "what": d.limit.what,
                           "due": d.limit.due, "not_before": d.limit.not_before, "state": d.state,
                           "source": d.limit.source} for d in dev.deadlines()],
            "rosters": {k: [p.name for p in v] for k, v in dev.rosters(year).items()},
        },
    }


def _print_dues_development(ws) -> None:  # type: ignore[no-untyped-def]
    from models.i18n import pick
    from models.rules.dues import yuan
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService

    arrears = DuesService(ws).arrears()
    if arrears:
        print(pick("\n党费欠交：", "\nDues in arrears:"))
        for a in arrears:
            flag = pick(f"  ⚠ 连续{len(a.run)}个月未交", f"  ⚠ {len(a.run)} months unpaid in a row") if a.flagged else ""
            print(f"  {a.name}\t{len(a.months)}{pick('个月', ' months')}\t{yuan(a.owed_fen)}{pick('元', '')}{flag}")
    deadlines = DevelopmentService(ws).deadlines()
    if deadlines:
        words = {"overdue": pick("已逾期", "overdue"), "soon": pick("即将到期", "soon"), "open": pick("可办理", "due now")}
        print(pick("\n发展党员时限：", "\nRecruitment deadlines:"))
        for d in deadlines:
            print(f"  {words[d.state]}\t{d.limit.due}\t{d.name}（{d.role}）\t{d.limit.what}")


def _pledge_status(ws, year: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from models.services.pledges import PledgeService

    svc = PledgeService(ws)
    s = svc.summary(year)

    def rate(r) -> dict[str, object]:  # type: ignore[no-untyped-def]
        return {"due": r.due, "concluded": r.concluded, "fulfilled": r.fulfilled, "by_conclusion": r.by_conclusion,
                "rate": None if r.rate is None else round(float(r.rate), 4)}
    return {
        "year": year, "total": sum(s.review_counts.values()), "by_review": s.review_counts, "final": s.final,
        "posted": [asdict(p) for p in s.postings], "branch": rate(s.branch), "members": rate(s.members),
        "collective": rate(s.collective), "by_category": {k: rate(v) for k, v in s.by_category.items()},
        "by_group": {k: rate(v) for k, v in s.by_group.items()},
        "by_member": [{"name": m.name, "group": m.group, "pledges": m.pledges, **rate(m.rate)} for m in s.by_member],
        "not_pledged": [n for _i, n, _g in s.not_pledged],
        "overdue": [{"uuid": p.uuid, "member": p.member, "content": p.content, "deadline": p.deadline}
                    for p in svc.overdue() if p.year == year],
    }


def _status(parser: argparse.ArgumentParser, ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """Obligations of the rules for the current periods (or one period) with done / due / overdue."""
    from models.i18n import pick
    from models.services.meetings import MeetingService
    from models.services.obligations import all_obligations
    from models.services.standards import StandardsService

    period = _period(parser, args.period)
    svc = MeetingService(ws)
    today = date.today()
    obs = all_obligations(ws, today, periods=period.text if period else "current")
    year_start = period.start if period else date(today.year, 1, 1)
    year_end = min(period.end if period else today, today)
    attendance = svc.attendance_by_member(year_start, year_end)
    std = StandardsService(ws).value("missed_in_a_row")
    if args.json:
        uuids = {r.id: r.uuid for r in svc.list_meetings()}
        print(json.dumps({
            "obligations": [{"kind": o.kind, "name": o.name, "group_id": o.group_id, "period": o.span.label(),
                             "start": o.span.start, "end": o.span.end, "state": o.state,
                             "meetings": [uuids[i] for i in o.meeting_ids], "source": o.source} for o in obs],
            "attendance": [{"name": a.name, "due": a.due, "present": a.present, "leave": a.leave,
                            "rate": round(a.rate, 3), "missed_in_a_row": a.missed_in_a_row} for a in attendance],
            "meetings_by_kind": svc.counts_by_kind(year_start, year_end),
            "pledges": _pledge_status(ws, year_start.year),
            **_dues_development_status(ws, year_start.year),
            **_books_status(ws, year_start.year),
        }, ensure_ascii=False, indent=1, default=str))
        return 0
    marks = {"done": pick("✔ 已完成", "done"), "due": pick("○ 待完成", "due"), "overdue": pick("✖ 逾期", "OVERDUE"),
             "before_start": pick("— 启用前（未记录）", "— before the start (not recorded)")}
    for o in obs:
        print(f"{marks[o.state]}\t{o.span.label()}\t{o.name}")
    from models.services.pledges import PledgeService

    pledges = PledgeService(ws)
    late = [p for p in pledges.overdue() if not period or p.year == year_start.year]
    if late:
        print(pick("\n承诺已过完成时限但无践诺记录：", "\nPledges past their deadline with nothing done:"))
        for p in late:
            print(f"  {p.member}\t{p.deadline}\t{p.content}")
    ps = pledges.summary(year_start.year)
    print(pick(f"\n{year_start.year}年承诺：{sum(ps.review_counts.values())}项，兑诺率{ps.branch.percent()}（{ps.branch.detail()}）",
               f"\nPledges {year_start.year}: {sum(ps.review_counts.values())}, fulfilled {ps.branch.percent()} ({ps.branch.detail()})"))
    _print_dues_development(ws)
    _print_reminders(ws)
    drift = svc.roster_drift()
    if drift:
        print(pick("\n花名册变动涉及已定稿记录（记录保持定稿时的内容，如需改正请更正并写明原因）：",
                   "\nFinal records the roster changes touch (they keep what was stored; amend with a reason):"))
        for d in drift:
            print(f"  {d.uuid}\t{d.text()}")
    from models.services.appraisals import AppraisalService

    for y in (year_start.year - 1, year_start.year):
        later_pledges = PledgeService(ws).entered_after_final(y)
        if later_pledges:
            print(pick(f"\n{y}年评诺已定稿，之后才录入花名册：{'、'.join(later_pledges)}（承诺践诺保持定稿时的内容）",
                       f"\nThe {y} pledges were finalised before these were entered: {', '.join(later_pledges)}"))
        later = AppraisalService(ws).roster_drift(y)
        if later:
            print(pick(f"\n{y}年民主评议党员已定稿，之后才录入花名册：{'、'.join(later)}（评议表保持定稿时的内容）",
                       f"\nThe {y} appraisal was finalised before these were entered: {', '.join(later)} (kept as final)"))
    missing = [a for a in attendance if a.missed_in_a_row >= int(std)]
    if missing:
        print(pick(f"\n连续{std}次以上未参加会议：", f"\nMissed {std} or more in a row:"))
        for a in missing:
            print(f"  {a.name}\t{a.missed_in_a_row}")
    return 0


def _year_report(ws, kind: str, year: int, out: Path, fs) -> int:  # type: ignore[no-untyped-def]
    if kind == "orglife":
        from reports.orglife import render_orglife

        return render_orglife(ws, year, out, fs)
    if kind == "transfers":
        from reports.transfers import render_transfers

        return render_transfers(ws, year, out, fs)
    if kind == "plans":
        from reports.plans import render_plans

        return render_plans(ws, year, out, fs)
    from reports.volume import render_volume

    return render_volume(ws, year, out, fs, progress=_ConsoleProgress())


def _list_year_book(ws, book: str, year: int, as_json: bool) -> int:  # type: ignore[no-untyped-def]
    from models.i18n import pick

    data: list[dict[str, object]]
    if book == "orglife":
        from models.services.orglife import OrgLifeService

        svc = OrgLifeService(ws)
        data = [{"kind": "meeting", **asdict(m)} for m in svc.meetings(year)]
        data += [{"kind": "remediation", **asdict(x), "overdue": x.overdue(date.today())} for x in svc.items(year)]
        lines = [f"{d['uuid']}  {d.get('held_on') or d.get('deadline') or ''}  "
                 + (f"组织生活会\t{d['title']}" if d["kind"] == "meeting" else f"整改\t{d['issue']}\t{d['owner']}\t{d['progress']}")
                 for d in data]
    elif book == "transfers":
        from models.services.transfers import TransferService

        svc_t = TransferService(ws)
        data = [{"kind": "letter", **asdict(x)} for x in svc_t.letters(year)]
        data += [{"kind": "away", **asdict(a)} for a in svc_t.away(include_returned=True)
                 if a.since.year <= year and (a.returned_on is None or a.returned_on.year >= year)]
        lines = [f"{d['uuid']}  {d.get('issued_on') or d.get('since')}  "
                 + (f"{'转出' if d.get('direction') == 'out' else '转入'}\t{d['name']}\t{d['other_org']}"
                    if d["kind"] == "letter" else f"流动\t{d['name']}\t{d['place']}") for d in data]
    else:
        from models.services.plans import PlanService

        svc_p = PlanService(ws)
        docs = svc_p.docs(year)
        trend = [t for t in svc_p.trend(year) if t.total is not None]
        data = [asdict(d) for d in docs]
        data += [{"kind": "assessment", "month": t.month, "total": t.total, "out_of": t.out_of,
                  "by_aspect": t.by_aspect} for t in trend]
        lines = [f"{d.uuid}  {d.period_label}\t{d.title}" for d in docs]
        lines += [f"{'-':36}  {t.month}\t{pick('对标自评', 'self-assessment')} {t.total}/{t.out_of}" for t in trend]
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        print("\n".join(lines))
    return 0


def _indicators(ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from models.i18n import pick
    from models.services.plans import PlanService

    svc = PlanService(ws)
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


def _books_status(ws, year: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from models.services.committee import CommitteeService
    from models.services.meetings import MeetingService
    from models.services.orglife import OrgLifeService
    from models.services.plans import PlanService
    from models.services.reminders import reminders
    from models.services.transfers import TransferService

    due = CommitteeService(ws).election_due()
    items = OrgLifeService(ws).items(year)
    t = TransferService(ws)
    letters = t.letters(year)
    return {
        "reminders": [asdict(r) for r in reminders(ws)],
        "roster_drift": [asdict(d) for d in MeetingService(ws).roster_drift()],
        "committee": {"term_started": due.term.elected_on if due.term else None, "ends_on": due.ends_on,
                      "remind_from": due.remind_from, "state": due.state,
                      "members": [{"name": x.name, "role": x.role, "duty": x.duty} for x in (due.term.on(date.today()) if due.term else [])]},
        "orglife": {"meetings": len(OrgLifeService(ws).meetings(year)), "items": len(items),
                    "by_state": {k: sum(1 for x in items if x.progress == k) for k in dict.fromkeys(x.progress for x in items)},
                    "overdue": sum(1 for x in items if x.overdue(date.today()))},
        "transfers": {"out": sum(1 for x in letters if x.direction == "out"), "in": sum(1 for x in letters if x.direction == "in"),
                      "away": len(t.away()), "flags": [f.kind for f in t.flags()]},
        "benchmark": [{"month": p.month, "total": p.total, "out_of": p.out_of} for p in PlanService(ws).trend(year)
                      if p.total is not None],
    }


def _export(ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from exchange import bundle
    from models.i18n import pick

    bundle.adopt_orphans(ws)  # a bundle written after the restored backup, or just before a kill, goes first
    month = args.month or bundle.default_month(ws)
    pv = bundle.preview(ws, month, ids=True if args.show_ids else None)
    from exchange.records import BOOK_NAMES

    for key, c in pv.changes.items():
        book = BOOK_NAMES.get(key, key)
        print(pick(f"{book}\t新增{c.new}\t修改{c.changed}\t删除{c.deleted}", f"{book}\tnew {c.new}\tchanged {c.changed}\tdeleted {c.deleted}"),
              file=sys.stderr)
    if args.dry_run:
        print(pick(f"{month} 第{pv.revision}版：{len(pv.lines)}条记录，附件{len(pv.attachments)}个（仅预览，未写出）",
                   f"{month} r{pv.revision}: {len(pv.lines)} records, {len(pv.attachments)} attachments (dry run)"))
        return 0
    done = bundle.send(ws, pv, Path(args.out), _ConsoleProgress())
    if done.reused:
        print(pick(f"{month} 的报送文件此前已经生成但没有送出，这次送出的就是它（没有生成新的版本）。",
                   f"The bundle for {month} was written before but not delivered; that very file went now "
                   "(no new revision)."), file=sys.stderr)
    for p in done.paths:
        print(p)
    print(f"SHA-256 {done.sha256}", file=sys.stderr)
    return 0


def _verify(path: Path) -> int:
    from exchange.bundle import verify_bundle
    from exchange.keys import show_fingerprint
    from models.i18n import pick

    v = verify_bundle(path)
    if v.ok:
        print(pick(f"有效：{v.info['Source-Organization']}（{v.info['Branch-Id']}）{v.info['Period']} 第{v.info['Revision']}版，"
                   f"{len(v.lines)}条记录；签名密钥指纹 {show_fingerprint(v.fingerprint)}；SHA-256 {v.sha256}",
                   f"Valid: {v.info['Source-Organization']} ({v.info['Branch-Id']}) {v.info['Period']} r{v.info['Revision']}, "
                   f"{len(v.lines)} records; signed by key {show_fingerprint(v.fingerprint)}; SHA-256 {v.sha256}"))
        return 0
    print(pick(f"无效：{path.name}", f"Invalid: {path.name}"), file=sys.stderr)
    for r in v.reasons:
        print(f"  - {r}", file=sys.stderr)
    return 1


def _committee(parser: argparse.ArgumentParser, store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from exchange import committee as c
    from exchange.keys import show_fingerprint
    from models.errors import UserError
    from models.i18n import pick
    from models.rules.periods import month_text, months_back

    last_month = months_back(month_text(date.today()), 2)[0]
    if args.command == "receive":
        res = c.receive(store, [Path(x) for x in args.bundles], _ConsoleProgress())
        if args.json:
            print(json.dumps([r.as_json() for r in res], ensure_ascii=False, indent=1))
        else:
            words = {"applied": pick("已接收", "received"), "already": pick("此前已接收，无变化", "already received, unchanged"),
                     "rejected": pick("拒收", "REJECTED")}
            for r in res:
                extra = pick(f"（新支部，密钥指纹 {show_fingerprint(r.fingerprint)}，请电话核实）",
                             f" (new branch, key {show_fingerprint(r.fingerprint)}: confirm by phone)") if r.new_branch else ""
                print(f"{words[r.status]}\t{r.path.name}\t{r.branch} {r.period} r{r.revision}{extra}")
                for why in r.reasons:
                    print(f"\t- {why}")
        return 1 if any(r.status == "rejected" for r in res) else 0
    if args.command == "receipt":
        found = [b for b in c.latest(store, args.month, args.branch)]
        if not found:
            raise UserError(pick(f"没有收到 {args.branch} {args.month} 的报送", f"Nothing received from {args.branch} for {args.month}"))
        c.decide(store, found[0].uuid, args.accept, args.return_ or "")
        print(c.write_receipt(store, found[0].uuid, Path(args.out)))
        return 0
    sub = args.committee_command
    if sub == "branches":
        rows = c.branches(store)
        if args.json:
            print(json.dumps([{"code": b.code, "name": b.name, "fingerprint": b.fingerprint, "confirmed": b.confirmed,
                               "bundles": b.bundles, "records": b.records} for b in rows], ensure_ascii=False, indent=1))
        for b in rows if not args.json else []:
            print(f"{b.code}\t{b.name}\t{show_fingerprint(b.fingerprint)}\t{'✔' if b.confirmed else '?'}\t{b.bundles}")
    elif sub == "matrix":
        months = months_back(args.month or last_month, args.months)
        rows = c.matrix(store, months)
        if args.json:
            print(json.dumps({"months": months, "branches": [{"code": b.code, "name": b.name, "months": m} for b, m in rows]},
                             ensure_ascii=False, indent=1))
        else:
            marks = {"missing": "·", "received": "○", "accepted": "✔", "returned": "✖"}
            print("\t".join(["", *months]))
            for b, m in rows:
                print("\t".join([b.code, *(marks[m[x]] for x in months)]))
    elif sub == "ranking":
        rows = c.ranking(store, args.month or last_month)
        if args.json:
            print(json.dumps([{"rank": r.rank, "code": r.code, "name": r.name, "score": str(r.score), "out_of": str(r.out_of),
                               "compliance": round(r.compliance, 3), "status": r.status, "benchmark": r.benchmark,
                               "last_three": r.last_three} for r in rows], ensure_ascii=False, indent=1))
        for r in rows if not args.json else []:
            flag = pick("标杆支部", "top") if r.benchmark else (pick("连续3个月末位", "last 3 months") if r.last_three else "")
            print(f"{r.rank}\t{r.code}\t{r.name}\t{r.score}/{r.out_of}\t{r.compliance:.0%}\t{flag}")
    elif sub == "report":
        from reports.committee import export_summary_xlsx, render_summary

        out = Path(args.out)
        month = args.month or last_month
        if out.suffix.lower() == ".xlsx":
            export_summary_xlsx(store, month, out)
        else:
            render_summary(store, month, out)
        print(out)
    elif sub == "indicators":
        n = store.import_indicators(Path(args.file))
        print(pick(f"已导入{n}项指标", f"{n} indicators imported"))
    elif sub == "confirm":
        c.confirm_branch(store, args.branch)
    elif sub == "rekey":
        c.forget_key(store, args.branch, args.fingerprint)
    return 0


def _print_reminders(ws) -> None:  # type: ignore[no-untyped-def]
    from models.i18n import pick
    from models.services.reminders import reminders

    found = reminders(ws)
    if found:
        print(pick("\n期限提醒（换届、整改、组织关系）：", "\nReminders (election, remediation, transfers):"))
        for r in found:
            print(f"  [{r.book}] {r.message}")


if __name__ == "__main__":
    sys.exit(main())
