"""Benchmarks for the DESIGN.md section 9 rows this code touches. One command:

    .venv/bin/python bench/run.py [--quick]

Each figure is set against a baseline measured in the same run, and printed as a ratio; nothing here is
asserted. Rows:
  1. start to first painted window on a 10-year demo workspace  vs  bare PySide6 window (both as a
     fresh process: interpreter start, imports, show, paint, exit);
  2. roster import of 5,000 rows (read + check + write in one transaction)  vs  reading the same file
     with calamine and a raw sqlite3 executemany of the same rows;
  3. roster PDF pages/s  vs  reportlab drawing the same cells straight onto a canvas (no layout engine).
     (DESIGN.md names LibreOffice converting .docx as the baseline; it is not installed here.)
"""
from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
"""


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_startup(tmp: Path, runs: int) -> str:
    from models.db import Workspace
    from models.demo import fill_demo

    ws_dir = tmp / "ten-years"
    ws = Workspace.open(ws_dir)
    fill_demo(ws, members=50, years=10)
    ws.close()
    ours = timed([sys.executable, str(ROOT / "main.py"), "--data-dir", str(ws_dir), "--smoke"], runs)
    bare = timed([sys.executable, "-c", BARE_WINDOW], runs)
    return f"| start to first paint, 10-year demo (50 members) | {ours:.2f} s | bare PySide6 window {bare:.2f} s | {ours / bare:.2f}× | ≤ 1.0 s |"


def make_roster_xlsx(path: Path, n: int) -> list[list[object]]:
    import random

    from openpyxl import Workbook

    from models.demo import GIVEN, SURNAMES, make_id

    rng = random.Random(5)
    wb = Workbook(write_only=True)
    sh = wb.create_sheet("花名册")
    header = ["姓名", "性别", "出生日期", "身份证号", "学历", "入党时间", "转正时间", "所在党小组", "联系电话"]
    sh.append(header)
    rows = []
    for i in range(n):
        born = date(1950 + i % 50, 1 + i % 12, 1 + i % 28)
        gender = "男" if i % 2 else "女"
        join = date(born.year + 25, 7, 1)
        row = [rng.choice(SURNAMES) + rng.choice(GIVEN), gender, born.isoformat(), make_id(rng, born, gender), "大学本科",
               join.isoformat(), date(join.year + 1, 7, 1).isoformat(), f"第{i % 20 + 1}党小组", f"139{i:08d}"]
        sh.append(row)
        rows.append(row)
    wb.save(path)
    return rows


def bench_import(tmp: Path, n: int) -> str:
    from python_calamine import CalamineWorkbook

    from exchange.roster_import import analyse, apply
    from models.db import Workspace

    f = tmp / "roster5000.xlsx"
    make_roster_xlsx(f, n)
    ws = Workspace.open(tmp / "import")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    plan = analyse(ws, f)
    done = apply(ws, plan, only_valid=True)
    ours = time.perf_counter() - t
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ws.close()
    t = time.perf_counter()
    data = CalamineWorkbook.from_path(str(f)).get_sheet_by_index(0).to_python()[1:]
    con = sqlite3.connect(tmp / "raw.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE m (name, gender, born, idn, edu, joined, full, grp, phone)")
    with con:
        con.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?,?)", data)
    con.close()
    base = time.perf_counter() - t
    return (f"| roster import, {n} rows ({done} imported, {len(plan.invalid)} refused) | {ours:.2f} s "
            f"({n / ours:.0f} rows/s, +{(rss1 - rss0) / 1024:.0f} MiB peak) | calamine read + raw sqlite3 insert "
            f"{base:.2f} s | {ours / base:.1f}× | — |")


def bench_pdf(tmp: Path, members: int) -> str:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.roster import RosterService
    from reports.fonts import fonts
    from reports.roster import render_roster

    ws = Workspace.open(tmp / "pdf")
    fill_demo(ws, members=members, years=3)
    fs = fonts()
    render_roster(ws, tmp / "warm.pdf", fs=fs)  # font loading is not page speed
    t = time.perf_counter()
    pages = render_roster(ws, tmp / "roster.pdf", fs=fs)
    ours = time.perf_counter() - t
    rows = RosterService(ws).list_members()
    ws.close()
    per_page = max(1, len(rows) // pages)
    t = time.perf_counter()
    c = Canvas(str(tmp / "raw.pdf"), pagesize=landscape(A4))
    for p in range(pages):
        c.setFont(fs.table, 10.5)
        for i, r in enumerate(rows[p * per_page:(p + 1) * per_page]):
            y = 500 - i * 28
            for j, v in enumerate((r.name, r.gender, r.ethnicity, str(r.birth_date), r.id_number, r.education, r.job,
                                   str(r.join_date), str(r.full_date), r.status, r.group, r.phone)):
                c.drawString(40 + j * 62, y, v)
                c.rect(38 + j * 62, y - 8, 62, 28)
        c.showPage()
    c.save()
    base = time.perf_counter() - t
    return (f"| roster PDF, {len(rows)} members | {pages / ours:.0f} pages/s ({pages} pages in {ours:.2f} s) | "
            f"raw reportlab canvas {pages / base:.0f} pages/s | {base / ours:.2f}× of raw speed | ≥ 100 pages/s |")


def main() -> None:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("| what | Branch Desk | baseline (same run) | ratio | DESIGN.md budget |")
        print("|---|---|---|---|---|")
        print(bench_startup(tmp, 3 if quick else 7), flush=True)
        print(bench_import(tmp, 1000 if quick else 5000), flush=True)
        print(bench_pdf(tmp, 100 if quick else 500), flush=True)


if __name__ == "__main__":
    main()
