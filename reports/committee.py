"""The committee's monthly summary across branches (各支部月度报送汇总表), as PDF and xlsx: each branch's state for
the month, its counts as the branch sent them, and its place in the ranking."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from models.committee_store import CommitteeStore, branches, latest, ranking
from reports.fonts import FontSet, fonts
from reports.layout import build_pdf
from reports.page import FormMeta, Styles, frame_width, grid, plain, signature_block, title_block

STATUS_ZH = {"received": "已收到待审", "accepted": "已接收", "returned": "已退回", "missing": "未报送"}
HEADERS = ["名次", "支部代码", "支部名称", "报送状态", "党员", "会议次数", "参会率", "应开展工作完成", "党费交纳", "兑诺率",
           "对标得分"]


@dataclass
class SummaryRow:
    rank: str
    code: str
    name: str
    status: str
    members: str
    meetings: str
    attendance: str
    obligations: str
    dues: str
    pledges: str
    score: str

    def cells(self) -> list[str]:
        return [self.rank, self.code, self.name, self.status, self.members, self.meetings, self.attendance,
                self.obligations, self.dues, self.pledges, self.score]


def summary_rows(store: CommitteeStore, month: str) -> list[SummaryRow]:
    got = {b.code: b for b in latest(store, month)}
    ranks = {r.code: r for r in ranking(store, month)}
    rows = []
    for br in branches(store):
        b = got.get(br.code)
        if b is None:
            rows.append(SummaryRow("", br.code, br.name, STATUS_ZH["missing"], *([""] * 7)))
            continue
        s: dict[str, Any] = b.summary
        meetings = s["meetings"]
        due = sum(m["due"] for m in meetings.values())
        present = sum(m["present"] for m in meetings.values())
        obs = s["obligations"]
        d = s["dues"]
        r = ranks.get(br.code)
        rows.append(SummaryRow(
            str(r.rank) if r else "", br.code, br.name, STATUS_ZH.get(b.status, b.status) + (f"（第{b.revision}版）" if b.revision > 1 else ""),
            str(s["members"]["total"]), str(sum(m["count"] for m in meetings.values())),
            f"{present / due:.0%}" if due else "—",
            f"{sum(1 for o in obs if o['state'] == 'done')}/{len(obs)}",
            f"{d['members_paid']}/{d['members_due']}",
            "—" if s["pledges"]["rate"] is None else f"{s['pledges']['rate']:.0%}",
            f"{r.score}/{r.out_of}" if r else ""))
    rows.sort(key=lambda x: (x.rank == "", int(x.rank) if x.rank else 0, x.code))
    return rows


def render_summary(store: CommitteeStore, month: str, out: Path, fs: FontSet | None = None) -> int:
    fs = fs or fonts()
    st = Styles(fs)
    w = frame_width(True)
    y, m = month.split("-")
    label = f"{int(y)}年{int(m)}月"
    rows = summary_rows(store, month)
    sent = sum(1 for r in rows if r.rank)
    story: list[Flowable] = title_block(st, "各支部月度报送汇总表", f"{escape(store.name)}　　{label}　　"
                                        f"应报{len(rows)}个支部，已报{sent}个")
    data: list[list[object]] = [[Paragraph(h, st.cell) for h in HEADERS]]
    for r in rows:
        cells: list[object] = list(r.cells())
        cells[2] = plain(r.name, st.cell)
        data.append(cells)
    widths = (0.05, 0.11, 0.22, 0.1, 0.05, 0.08, 0.07, 0.09, 0.08, 0.06, 0.09)
    t = grid(data, [w * x for x in widths], st.fonts.table)
    story += [t, Spacer(1, 6 * mm), plain("对标得分按上级党委的指标体系由各支部报送的台账数据计算；人工评分项取支部自评。", st.cell),
              Spacer(1, 6 * mm), signature_block(st, ("审核人", "填表人", "日期"), w)]
    return build_pdf(out, FormMeta(store.name, "各支部月度报送汇总表", label, landscape=True), story, fs)


def export_summary_xlsx(store: CommitteeStore, month: str, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from exchange.xlsx import append_row, save_workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = month
    append_row(ws, HEADERS)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in summary_rows(store, month):
        append_row(ws, r.cells())
    for col, width in zip("ABCDEFGHIJK", (6, 14, 36, 14, 6, 8, 8, 12, 10, 8, 12), strict=True):
        ws.column_dimensions[col].width = width
    out = Path(out)
    save_workbook(wb, out)
    return out
