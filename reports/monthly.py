"""月度报告: the month's summary as the branch sends it (docs/design.md §5), printed from ``data/summary.json``
so the committee prints exactly what the branch sent."""
from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from models.services.meetings import kind_name
from reports.fonts import FontSet, fonts
from reports.layout import Target, build_pdf
from reports.page import FormMeta, Styles, frame_width, grid, plain, signature_block, title_block

STATE_ZH = {"done": "已完成", "due": "待完成", "overdue": "逾期"}


def _yuan(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def render_monthly(summary: dict[str, Any], out: Target, fs: FontSet | None = None) -> int:
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(False)
    y, m = summary["period"].split("-")
    label = f"{int(y)}年{int(m)}月"
    b = summary["branch"]
    story: list[Flowable] = title_block(st, "支部工作月度报告", f"{escape(b['name'])}　　{label}　　截至{summary['as_of']}")
    mem = summary["members"]
    groups = "、".join(f"{k}{v}人" for k, v in mem["by_group"].items()) or "—"
    rows: list[list[object]] = [["项目", "情况"],
                                ["党员", f"共{mem['total']}名：正式党员{mem['full']}名，预备党员{mem['probationary']}名"],
                                ["党小组", groups]]
    d = summary["dues"]
    rows.append(["党费", f"应交{d['members_due']}人 {_yuan(d['due_cents'])}元，已交{d['members_paid']}人 {_yuan(d['paid_cents'])}元"])
    p = summary["pledges"]
    rate = "—" if p["rate"] is None else f"{p['rate'] * 100:.1f}%"
    rows.append(["党员承诺", f"{p['year']}年承诺{p['count']}项，兑诺率{rate}"])
    rows.append(["发展党员", "、".join(f"{k}{v}人" for k, v in summary["development"].items()) or "无"])
    bm = summary["benchmark"]
    rows.append(["对标自评", "未自评" if bm["total"] is None else f"{bm['total']} / {bm['out_of']} 分（{bm['set'] or ''}）"])
    rows = [[r[0], plain(r[1], st.cell) if isinstance(r[1], str) and i else r[1]] for i, r in enumerate(rows)]
    t = grid(rows, [w * 0.2, w * 0.8], st.fonts.table)
    story += [t, Spacer(1, 5 * mm)]
    mrows: list[list[object]] = [["会议类别", "次数", "应到人次", "实到人次"]]
    for kind, c in summary["meetings"].items():
        mrows.append([kind_name(kind), str(c["count"]), str(c["due"]), str(c["present"])])
    if len(mrows) == 1:
        mrows.append(["本月无会议记录", "", "", ""])
    t = grid(mrows, [w * x for x in (0.4, 0.2, 0.2, 0.2)], st.fonts.table)
    story += [plain("本月会议", st.subtitle), t, Spacer(1, 5 * mm)]
    orows: list[list[object]] = [["期间", "应开展", "状态", "依据"]]
    for o in summary["obligations"]:
        orows.append([o["period"], plain(o["name"], st.cell), STATE_ZH.get(o["state"], o["state"]),
                      plain(o["source"], st.cell)])
    t = grid(orows, [w * x for x in (0.16, 0.38, 0.12, 0.34)], st.fonts.table)
    story += [plain("应开展的工作", st.subtitle), t, Spacer(1, 8 * mm),
              signature_block(st, ("支部书记（签字）", "填报人", "日期"), w)]
    return build_pdf(out, FormMeta(b["name"], "支部工作月度报告", label), story, fs)
