"""报送 between branch and committee: export, verify, receive, receipts, the committee's views."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.core import ConsoleProgress, Ctx, Kind, command, emit, say
from models.i18n import pick


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", help="YYYY-MM (default: the last month not yet sent)")
    p.add_argument("--out", required=True, help="folder or stick to copy the bundle to")
    p.add_argument("--show-ids", action="store_true", help="send ID numbers unmasked (the branch opts in)")
    p.add_argument("--dry-run", action="store_true", help="show what would go in, write nothing")


@command("export", "write the monthly bundle (报送) into a folder or onto a stick", kind="write",
         arguments=_export_arguments)
def export(ctx: Ctx) -> int:
    from exchange import bundle
    from models.books import label

    ws, args = ctx.ws, ctx.args
    bundle.adopt_orphans(ws)  # a bundle written after the restored backup, or just before a kill, goes first
    month = args.month or bundle.default_month(ws)
    pv = bundle.preview(ws, month, ids=True if args.show_ids else None)
    for key, c in pv.changes.items():
        say(pick(f"{label(key)}\t新增{c.new}\t修改{c.changed}\t删除{c.deleted}",
                 f"{label(key)}\tnew {c.new}\tchanged {c.changed}\tdeleted {c.deleted}"))
    if args.dry_run:
        print(pick(f"{month} 第{pv.revision}版：{len(pv.lines)}条记录，附件{len(pv.attachments)}个（仅预览，未写出）",
                   f"{month} r{pv.revision}: {len(pv.lines)} records, {len(pv.attachments)} attachments (dry run)"))
        return 0
    done = bundle.send(ws, pv, Path(args.out), ConsoleProgress())
    if done.reused:
        say(pick(f"{month} 的报送文件此前已经生成但没有送出，这次送出的就是它（没有生成新的版本）。",
                 f"The bundle for {month} was written before but not delivered; that very file went now "
                 "(no new revision)."))
    for p in done.paths:
        print(p)
    say(f"SHA-256 {done.sha256}")
    return 0


@command("verify", "check a bundle: exit 0 valid, 1 invalid with the reasons", kind="free",
         arguments=lambda p: p.add_argument("bundle"))
def verify(ctx: Ctx) -> int:
    from exchange.bundle import verify_bundle
    from exchange.keys import show_fingerprint

    path = Path(ctx.args.bundle)
    v = verify_bundle(path)
    if v.ok:
        print(pick(f"有效：{v.info['Source-Organization']}（{v.info['Branch-Id']}）{v.info['Period']} 第{v.info['Revision']}版，"
                   f"{len(v.lines)}条记录；签名密钥指纹 {show_fingerprint(v.fingerprint)}；SHA-256 {v.sha256}",
                   f"Valid: {v.info['Source-Organization']} ({v.info['Branch-Id']}) {v.info['Period']} r{v.info['Revision']}, "
                   f"{len(v.lines)} records; signed by key {show_fingerprint(v.fingerprint)}; SHA-256 {v.sha256}"))
        return 0
    say(pick(f"无效：{path.name}", f"Invalid: {path.name}"))
    for r in v.reasons:
        say(f"  - {r}")
    return 1


def _key_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=("show", "rotate"), default="show",
                   help="show: the fingerprint (default); rotate: a new key after a suspected loss, with a key-change "
                        "statement signed by the old key for the committee")
    p.add_argument("--out", help="rotate: folder for the statement (default: the workspace's bundles folder)")


@command("key", "this branch's signing key fingerprint, to read out when the committee confirms it; "
         "key rotate makes a new one", kind=lambda a: "write" if getattr(a, "action", "show") == "rotate" else "read",
         arguments=_key_arguments)
def key(ctx: Ctx) -> int:
    from exchange.keys import full_fingerprint, workspace_signer

    if ctx.args.action != "rotate":
        print(full_fingerprint(workspace_signer(ctx.ws).fingerprint))
        return 0
    import json
    from datetime import datetime

    from exchange.keys import rotate_signing_key
    from models.errors import UserError
    from models.files import replacing
    from models.services.profile import ProfileService

    prof = ProfileService(ctx.ws).get()
    if prof is None or not prof.code:
        raise UserError(pick("请先填写支部基本情况（含支部编号），再更换密钥。", "Fill in the branch profile (with its code) first."))
    statement = rotate_signing_key(ctx.ws, prof.code, prof.name, datetime.now().isoformat(timespec="seconds"))
    folder = Path(ctx.args.out) if ctx.args.out else ctx.ws.root / "bundles"
    out = folder / f"key-change-{prof.code}-{datetime.now():%Y%m%d-%H%M%S}.json"
    with replacing(out, sync=True) as tmp:
        tmp.write_text(json.dumps(statement, ensure_ascii=False, indent=1), encoding="utf-8")
    print(out)
    say(pick(f"已更换签名密钥。新指纹：{full_fingerprint(statement['new_fingerprint'])}\n"
             "请把上面的换密钥声明和下次报送一起交给上级党委（committee key-change），并电话告知新指纹以便核对。",
             f"The signing key is changed. New fingerprint: {full_fingerprint(statement['new_fingerprint'])}\n"
             "Hand the statement above to the committee with the next bundle (committee key-change) and read the new "
             "fingerprint out by phone."))
    return 0


def _receipt_arguments(p: argparse.ArgumentParser) -> None:
    rts = p.add_subparsers(dest="receipt_command", metavar="write|import|confirm|held", required=True)
    rw = rts.add_parser("write", help="committee: accept or return a branch's month and write its receipt")
    rw.add_argument("branch", help="branch code")
    rw.add_argument("month", help="YYYY-MM")
    g = rw.add_mutually_exclusive_group(required=True)
    g.add_argument("--accept", action="store_true")
    g.add_argument("--return", dest="return_", metavar="COMMENTS", help="return with these comments")
    rw.add_argument("--out", required=True, help="folder or stick")
    ri = rts.add_parser("import", help="branch: import receipts from files or a folder")
    ri.add_argument("files", nargs="+")
    rc = rts.add_parser("confirm", help="branch: confirm the committee's key by its full fingerprint (from the "
                                         "committee's notice or read out by phone); kept receipts then apply")
    rc.add_argument("fingerprint", nargs="+", help="all 64 hex digits; spaces allowed")
    rc.add_argument("--replace", action="store_true", help="the committee announced a new key: replace the confirmed one")
    rts.add_parser("held", help="branch: receipts kept because their key is not confirmed")


def _receipt_kind(args: argparse.Namespace) -> Kind:
    return "committee" if args.receipt_command == "write" else "write"


@command("receipt", "receipts (回执): the committee writes them, the branch imports them", kind=_receipt_kind,
         arguments=_receipt_arguments)
def receipt(ctx: Ctx) -> int:
    args = ctx.args
    if args.receipt_command == "write":
        from exchange import committee as c
        from models import committee_store as q
        from models.errors import UserError

        found = list(q.latest(ctx.store, args.month, args.branch))
        if not found:
            raise UserError(pick(f"没有收到 {args.branch} {args.month} 的报送",
                                 f"Nothing received from {args.branch} for {args.month}"))
        c.decide(ctx.store, found[0].uuid, args.accept, args.return_ or "")
        print(c.write_receipt(ctx.store, found[0].uuid, Path(args.out)))
        return 0
    from exchange import receipts as rc
    from exchange.keys import show_fingerprint

    if args.receipt_command == "confirm":
        applied = rc.confirm_committee_key(ctx.ws, " ".join(args.fingerprint), replace=args.replace)
        say(pick(f"已确认上级党委的密钥 {show_fingerprint(rc.committee_key(ctx.ws))}；此前保留的回执生效{len(applied)}份。",
                 f"The committee's key {show_fingerprint(rc.committee_key(ctx.ws))} is confirmed; {len(applied)} kept "
                 "receipts applied."))
        for b in applied:
            print(f"{b.period}\tr{b.revision}\t{b.status_name}\t{b.receipt_comments}")
        return 0
    if args.receipt_command == "held":
        for h in rc.held_receipts(ctx.ws):
            print(f"{h.period}\tr{h.revision}\t{h.decision_name}\t{pick('未确认来源', 'source not confirmed')}\t"
                  f"{show_fingerprint(h.fingerprint)}\t{h.file_name}")
        return 0
    for f in rc.find_receipts([Path(x) for x in args.files]):
        got = rc.import_receipt(ctx.ws, f)
        if got.row is not None:
            b = got.row
            print(f"{b.period}\tr{b.revision}\t{b.status_name}\t{b.receipt_comments}")
        elif got.held is not None:
            h = got.held
            print(f"{h.period}\tr{h.revision}\t{pick('未确认来源', 'source not confirmed')}\t{h.decision_name}")
            say(pick(f"回执 {f.name} 的签名密钥（{show_fingerprint(h.fingerprint)}）尚未确认，已保留，暂不生效。请核对上级党委"
                     "通知中的密钥指纹，然后运行 receipt confirm <完整指纹>。",
                     f"The receipt {f.name} is signed by a key not confirmed yet ({show_fingerprint(h.fingerprint)}); kept, "
                     "not applied. Check the fingerprint in the committee's notice, then run receipt confirm <fingerprint>."))
    return 0


def _receive_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("bundles", nargs="+")
    p.add_argument("--json", action="store_true")


@command("receive", "committee: receive bundles (files or folders)", kind="committee", arguments=_receive_arguments)
def receive(ctx: Ctx) -> int:
    from exchange import committee as c
    from exchange.keys import show_fingerprint

    res = c.receive(ctx.store, [Path(x) for x in ctx.args.bundles], ConsoleProgress())
    words = {"applied": pick("已接收", "received"), "already": pick("此前已接收，无变化", "already received, unchanged"),
             "held": pick("待确认", "HELD"), "rejected": pick("拒收", "REJECTED")}
    lines = []
    for r in res:
        extra = pick(f"（新支部，密钥指纹 {show_fingerprint(r.fingerprint)}…，请电话核实后运行 committee confirm {r.branch} <支部读出的完整指纹>）",
                     f" (new branch, key {show_fingerprint(r.fingerprint)}…: check by phone, then run committee confirm "
                     f"{r.branch} <the full fingerprint the branch reads out>)") if r.new_branch else ""
        if r.status == "held" and not r.new_branch:
            extra = pick("（该支部的密钥尚未核实确认，已保留，确认后按顺序生效）",
                         " (the branch's key is not confirmed yet: kept, applied in order once confirmed)")
        lines.append(f"{words[r.status]}\t{r.path.name}\t{r.branch} {r.period} r{r.revision}{extra}")
        lines += [f"\t- {why}" for why in r.reasons]
    emit(ctx, [r.as_json() for r in res], lines)
    return 1 if any(r.status == "rejected" for r in res) else 0


def _committee_arguments(p: argparse.ArgumentParser) -> None:
    cms = p.add_subparsers(dest="committee_command",
                           metavar="branches|matrix|ranking|report|indicators|confirm|held|key|rekey",
                           required=True)
    cms.add_parser("branches").add_argument("--json", action="store_true")
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
    cms.add_parser("indicators", help="import the indicator set the committee ranks by").add_argument("file")
    cc = cms.add_parser("confirm", help="the branch's fingerprint was read out by phone and matches: its held bundles apply")
    cc.add_argument("branch")
    cc.add_argument("fingerprint", nargs="+", help="the full fingerprint (64 hex digits) the branch read out; spaces allowed")
    cms.add_parser("held", help="bundles held until their branch's key is confirmed (待确认)")
    cms.add_parser("key", help="the committee's own key fingerprint, for the notice to the branches")
    cms.add_parser("key-change", help="a branch's key-change statement (key rotate), checked against its registered "
                   "key: its new key is trusted from now on").add_argument("file")
    ck = cms.add_parser("rekey", help="trust a branch's new key")
    ck.add_argument("branch")
    ck.add_argument("fingerprint")


@command("committee", "committee views: branches, matrix, ranking, summary report", kind="committee",
         arguments=_committee_arguments)
def committee(ctx: Ctx) -> int:
    from exchange import committee as c
    from exchange.keys import show_fingerprint
    from models import committee_store as q
    from models.rules.periods import month_text, months_back

    store, args = ctx.store, ctx.args
    last_month = months_back(month_text(date.today()), 2)[0]
    sub = args.committee_command
    if sub == "branches":
        rows = q.branches(store)
        return emit(ctx, [{"code": b.code, "name": b.name, "fingerprint": b.fingerprint, "confirmed": b.confirmed,
                           "bundles": b.bundles, "records": b.records} for b in rows],
                    (f"{b.code}\t{b.name}\t{show_fingerprint(b.fingerprint)}\t{'✔' if b.confirmed else '?'}\t{b.bundles}"
                     for b in rows))
    if sub == "matrix":
        months = months_back(args.month or last_month, args.months)
        matrix = q.matrix(store, months)
        marks = {"missing": "·", "received": "○", "accepted": "✔", "returned": "✖"}
        return emit(ctx, {"months": months, "branches": [{"code": b.code, "name": b.name, "months": m} for b, m in matrix]},
                    ["\t".join(["", *months]), *("\t".join([b.code, *(marks[m[x]] for x in months)]) for b, m in matrix)])
    if sub == "ranking":
        ranks = q.ranking(store, args.month or last_month)

        def flag(r: q.RankRow) -> str:
            return pick("标杆支部", "top") if r.benchmark else (pick("连续3个月末位", "last 3 months") if r.last_three else "")
        return emit(ctx, [{"rank": r.rank, "code": r.code, "name": r.name, "score": str(r.score), "out_of": str(r.out_of),
                           "compliance": round(r.compliance, 3), "status": r.status, "benchmark": r.benchmark,
                           "last_three": r.last_three} for r in ranks],
                    (f"{r.rank}\t{r.code}\t{r.name}\t{r.score}/{r.out_of}\t{r.compliance:.0%}\t{flag(r)}" for r in ranks))
    if sub == "report":
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
        words = {"applied": pick("已接收", "received"), "rejected": pick("拒收", "REJECTED")}
        for r in c.confirm_branch(store, args.branch, " ".join(args.fingerprint)):
            print(f"{words[r.status]}\t{r.path.name}\t{r.branch} {r.period} r{r.revision}")
            for why in r.reasons:
                print(f"\t- {why}")
    elif sub == "held":
        for code, period, revision, name in c.held(store):
            print(f"{code}\t{period}\tr{revision}\t{pick('待确认', 'held')}\t{name}")
    elif sub == "key":
        from exchange.keys import full_fingerprint

        print(full_fingerprint(c.committee_signer(store).fingerprint))
    elif sub == "rekey":
        c.forget_key(store, args.branch, args.fingerprint)
    elif sub == "key-change":
        from exchange.keys import full_fingerprint

        branch, new_fp = c.apply_key_change(store, Path(args.file))
        print(pick(f"支部 {branch} 的新密钥已登记：{full_fingerprint(new_fp)}", f"Branch {branch}'s new key is registered: "
                   f"{full_fingerprint(new_fp)}"))
    return 0
