"""Benchmarks for the docs/design.md §9 rows this code touches. One command:

    .venv/bin/python bench/run.py [--quick]

Each figure is set against a baseline measured in the same run, and printed as a ratio; nothing here is
asserted. Rows:
  1. start to the first painted window on a 10-year demo workspace  vs  a bare PySide6 window (both fresh processes
     that print when their window has painted), and start to the 工作台 filled (the whole ``--smoke`` run);
  2. roster import of 5,000 rows (read + check + write in one transaction)  vs  reading the same file
     with calamine and a raw sqlite3 executemany of the same rows;
  3. roster PDF pages/s  vs  reportlab drawing the same cells straight onto a canvas (no layout engine).
     (docs/design.md §9 names LibreOffice converting .docx as the baseline; it is not installed here.)
  4. saving a meeting with 50 attendees  vs  a raw sqlite3 insert of the same rows;
  5. the 工作台 over a 10-year, 50-member demo  vs  a raw fetch of its meetings;
  6. search over 100,000 minutes (FTS5 trigram for 4 characters, LIKE for 2)  vs  Python `in` over the texts.
  8. the monthly bundle of a 50-member demo branch: our BagIt writer + checker on the payload  vs  bagit-python
     make_bag + validate on the same payload; and the whole 报送 (changes, forms, xlsx, write, read back);
  9. hashing an attachment  vs  `sha256sum` on the same file;
 11. nothing lost: saving a meeting with the content seals (models/seals.py) vs the same save with the seal hook off,
     and `check` (integrity + every seal + every value readable) vs `PRAGMA integrity_check` alone, 10-year demo;
 12. the UI thread: a 10 ms watchdog timer on the real window (bench/stalls.py) — the longest stall per step
     (opening the window, first and second visits to every page, dialogs, a save);
 13. encryption at rest: unlocking (Argon2id), start-up, a save, the 工作台's reads and the monthly bundle on an
     encrypted workspace vs the same on the plain one; encrypting a 10-year branch;
 10. the committee receiving 500 branches × 12 months of bundles into SQLite and PostgreSQL  vs  a bulk insert of
     the same record rows into SQLite;
  7. the yearly volume (年度台账) of a 50-member demo branch, all fifteen books  vs  LibreOffice headless
     converting a .docx of the same pages (same text, page for page) to PDF, when `soffice` is installed
     (apt-get install libreoffice-writer-nogui; python-docx from requirements-dev.txt builds the .docx); our runs
     and LibreOffice's alternate (this machine's speed drifts), medians compared. Then each book alone: its pages,
     the time to read it and build its forms, and to lay them out.
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
import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if TYPE_CHECKING:
    from models.db import Workspace
    from models.vault import DataKey
    from reports.fonts import FontSet

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()
print(f"first paint {time.time():.6f}")
"""


def painted(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(start to the first painted window, start to the end of the process): medians over ``runs`` fresh processes;
    the process prints ``first paint <epoch seconds>`` once its window has painted (``--smoke`` does)."""
    first, whole = [], []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                             env=env or dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
        end = time.time()
        stamps = [float(line.split()[2]) for line in out.splitlines() if line.startswith("first paint ")]
        first.append((stamps[0] if stamps else end) - t0)
        whole.append(end - t0)
    return statistics.median(first), statistics.median(whole)


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_startup(tmp: Path, runs: int) -> list[str]:
    import compileall

    from models.db import Workspace
    from models.demo import fill_demo

    for package in ("models", "exchange", "reports", "ui", "cli"):  # as a user's second start finds them
        compileall.compile_dir(str(ROOT / package), quiet=1)
    ws_dir = tmp / "ten-years"
    ws = Workspace.open(ws_dir)
    fill_demo(ws, members=50, years=10)
    ws.close()
    first, ready = painted([sys.executable, str(ROOT / "main.py"), "--data-dir", str(ws_dir), "--smoke"], runs)
    bare, bare_whole = painted([sys.executable, "-c", BARE_WINDOW], runs)
    return [f"| start to first paint (the window's frame), 10-year demo (50 members) | {first:.2f} s | bare PySide6 "
            f"window {bare:.2f} s | {first / bare:.2f}× | ≤ 4× |",
            f"| start to the 工作台 filled, painted and the process ended (--smoke) | {ready:.2f} s | bare window's "
            f"process {bare_whole:.2f} s | {ready / bare_whole:.2f}× | ≤ 1.0 s |"]


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
        print("| what | Branch Desk | baseline (same run) | ratio | budget (docs/design.md §9) |")
        print("|---|---|---|---|---|")
        for line in bench_startup(tmp, 3 if quick else 7):
            print(line, flush=True)
        print(bench_import(tmp, 1000 if quick else 5000), flush=True)
        print(bench_pdf(tmp, 100 if quick else 1000), flush=True)
        print(bench_meeting_save(tmp), flush=True)
        print(bench_dashboard(tmp), flush=True)
        print(bench_search(tmp, 10_000 if quick else 100_000), flush=True)
        print(bench_pledges(tmp, 50), flush=True)  # 50: the most a branch may have (支部工作条例 第四条)
        print(bench_dues_development(tmp, 50), flush=True)
        for line in bench_volume(tmp, 50):
            print(line, flush=True)
        print(bench_bundle(tmp), flush=True)
        print(bench_hashing(tmp, 64 if quick else 512), flush=True)
        for line in bench_seals(tmp):
            print(line, flush=True)
        for line in bench_receive(tmp, 50 if quick else 500, 12):
            print(line, flush=True)
        for line in bench_stalls():
            print(line, flush=True)
        for line in bench_encryption(tmp, 3 if quick else 5):
            print(line, flush=True)



def bench_stalls() -> list[str]:
    """Row 12: the longest stall of the event loop per step of a real window (bench/stalls.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import stalls

    return [f"| UI thread: {name} | {ms:.0f} ms stall | 10 ms watchdog timer | — | ≤ 100 ms |" for name, ms in stalls.run()]


# -- issue 14: nothing lost ------------------------------------------------------------------------------
def bench_seals(tmp: Path, runs: int = 20) -> list[str]:
    import models.db
    from exchange.backup import check
    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService

    ws = Workspace.open(tmp / "seals")
    fill_demo(ws, members=50, years=10)
    svc = MeetingService(ws)
    on = date.today()
    due = svc.due_members("general", on)
    inp = MeetingInput("general", on, title="支部党员大会", minutes="会议记录" * 200,
                       attendance=[AttendanceEntry(d.member_id, "present") for d in due])

    def saves() -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            svc.create(inp)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    sealed = saves()
    real = models.db.seal_flush
    models.db.seal_flush = lambda *_a: None  # type: ignore[assignment]
    try:
        bare = saves()
    finally:
        models.db.seal_flush = real
    t = time.perf_counter()
    report = check(ws)
    full = time.perf_counter() - t
    t = time.perf_counter()
    with ws.engine.connect() as c:
        c.exec_driver_sql("PRAGMA integrity_check").all()
    integrity = time.perf_counter() - t
    ws.close()
    return [f"| save a meeting, {len(due)} attendees, with content seals | {sealed * 1000:.1f} ms | the same save, seal "
            f"hook off {bare * 1000:.1f} ms | {sealed / bare:.2f}× | UI thread ≤ 50 ms |",
            f"| check: integrity + {report.rows_checked} seals + readable values, 10-year demo | {full * 1000:.0f} ms | "
            f"PRAGMA integrity_check alone {integrity * 1000:.0f} ms | {full / integrity:.1f}× | — |"]


# -- issue 3: meetings ---------------------------------------------------------------------------------
def bench_meeting_save(tmp: Path, runs: int = 20) -> str:
    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService

    ws = Workspace.open(tmp / "save")
    fill_demo(ws, members=50, years=0)
    svc = MeetingService(ws)
    on = date.today()
    due = svc.due_members("general", on)
    inp = MeetingInput("general", on, title="支部党员大会", minutes="会议记录" * 200,
                       attendance=[AttendanceEntry(d.member_id, "present") for d in due])
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        svc.create(inp)
        times.append(time.perf_counter() - t)
    ours = statistics.median(times)
    con = sqlite3.connect(tmp / "save-raw.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, kind, held_on, title, minutes)")
    con.execute("CREATE TABLE a (meeting_id, member_id, status)")
    base_t = []
    for _ in range(runs):
        t = time.perf_counter()
        with con:
            mid = con.execute("INSERT INTO m (kind, held_on, title, minutes) VALUES (?,?,?,?)",
                              ("general", on.isoformat(), "x", inp.minutes)).lastrowid
            con.executemany("INSERT INTO a VALUES (?,?,?)", [(mid, d.member_id, "present") for d in due])
        base_t.append(time.perf_counter() - t)
    con.close()
    ws.close()
    base = statistics.median(base_t)
    return (f"| save a meeting, {len(due)} attendees (validate, write, read back) | {ours * 1000:.0f} ms | raw sqlite3 "
            f"insert of the same rows {base * 1000:.1f} ms | {ours / base:.0f}× | UI thread ≤ 50 ms |")


def bench_dashboard(tmp: Path) -> str:
    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.meetings import MeetingService
    from models.services.roster import RosterService

    ws = Workspace.open(tmp / "dash")
    fill_demo(ws, members=50, years=10)
    svc = MeetingService(ws)
    today = date.today()
    from models.services.obligations import all_obligations

    t = time.perf_counter()
    obs = all_obligations(ws, today)
    from models.services.pledges import PledgeService

    PledgeService(ws).overdue(today)
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService

    DuesService(ws).arrears(today)
    DevelopmentService(ws).deadlines(today)
    att = svc.attendance_by_member(date(today.year, 1, 1), today)
    RosterService(ws).stats()
    ours = time.perf_counter() - t
    t = time.perf_counter()
    con = sqlite3.connect(ws.db_path)
    n = len(con.execute("SELECT kind, held_on, group_id FROM meeting WHERE deleted_at IS NULL").fetchall())
    con.close()
    base = time.perf_counter() - t
    ws.close()
    return (f"| 工作台 (all obligations incl. talks, appraisal, pledges + overdue pledges + dues arrears + recruitment "
            f"deadlines + attendance + 四个清楚), 10 years, {n} meetings | {ours * 1000:.0f} ms "
            f"({len(obs)} obligations, {len(att)} members) | raw fetch of the meetings {base * 1000:.1f} ms | "
            f"{ours / base:.0f}× | UI thread ≤ 50 ms |")


def bench_pledges(tmp: Path, members: int) -> str:
    """What the pledge page does on every change (list the year with progress, the rates) and the ledger PDF."""
    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.pledges import PledgeService
    from reports.fonts import fonts
    from reports.pledges import render_pledge_ledger

    ws = Workspace.open(tmp / "pledges")
    fill_demo(ws, members=members, years=1)
    svc = PledgeService(ws)
    year = date.today().year
    svc.summary(year)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        rows = svc.list_pledges(year)
        svc.summary(year)
        runs.append(time.perf_counter() - t)
    ours = statistics.median(runs)
    t = time.perf_counter()
    con = sqlite3.connect(ws.db_path)
    n = len(con.execute("SELECT * FROM pledge p LEFT JOIN pledge_progress g ON g.pledge_id = p.id "
                        "WHERE p.year = ?", (year,)).fetchall())
    con.close()
    base = time.perf_counter() - t
    fs = fonts()
    render_pledge_ledger(ws, year, tmp / "warm.pdf", fs=fs)
    t = time.perf_counter()
    pages = render_pledge_ledger(ws, year, tmp / "ledger.pdf", fs=fs)
    pdf = time.perf_counter() - t
    ws.close()
    return (f"| pledge page reload (list with progress + rates), {members} members, {len(rows)} pledges | "
            f"{ours * 1000:.0f} ms; ledger PDF {pages / pdf:.0f} pages/s ({pages} pages) | raw join of the same rows "
            f"({n}) {base * 1000:.1f} ms | {ours / base:.0f}× | UI thread ≤ 50 ms; ≥ 100 pages/s |")


def bench_dues_development(tmp: Path, members: int) -> str:
    """What the dues page does on every change (the year's grid and the arrears), the dues register PDF, and the
    recruitment page (everyone with steps and limits)."""
    from models.db import Workspace
    from models.demo import fill_demo
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService
    from reports.dues import render_dues_register
    from reports.fonts import fonts

    ws = Workspace.open(tmp / "dues")
    fill_demo(ws, members=members, years=1)
    svc, dev = DuesService(ws), DevelopmentService(ws)
    year = date.today().year
    svc.year(year)
    runs, dev_runs = [], []
    for _ in range(5):
        t = time.perf_counter()
        rows = svc.year(year).rows
        svc.arrears()
        runs.append(time.perf_counter() - t)
        t = time.perf_counter()
        people = dev.list_people()
        for p in people:
            dev.limits(p)
        dev_runs.append(time.perf_counter() - t)
    ours, ours_dev = statistics.median(runs), statistics.median(dev_runs)
    t = time.perf_counter()
    con = sqlite3.connect(ws.db_path)
    n = len(con.execute("SELECT member_id, month, amount_fen FROM dues_payment WHERE year IN (?, ?)",
                        (year - 1, year)).fetchall())
    con.close()
    base = time.perf_counter() - t
    fs = fonts()
    render_dues_register(ws, year, tmp / "warm.pdf", fs=fs)
    t = time.perf_counter()
    pages = render_dues_register(ws, year, tmp / "dues.pdf", fs=fs)
    pdf = time.perf_counter() - t
    ws.close()
    return (f"| dues page reload (grid + arrears over two years), {len(rows)} members, {n} payments; recruitment page "
            f"({len(people)} people, steps and limits) | {ours * 1000:.0f} ms; {ours_dev * 1000:.0f} ms; register PDF "
            f"{pages / pdf:.0f} pages/s ({pages} pages) | raw fetch of the payments {base * 1000:.1f} ms | "
            f"{ours / base:.0f}× | UI thread ≤ 50 ms; ≥ 100 pages/s |")


def bench_search(tmp: Path, n: int) -> str:
    import random

    from models.db import Workspace
    from models.demo import TOPICS
    from models.services.meetings import MeetingService

    ws = Workspace.open(tmp / "search")
    rng = random.Random(3)
    words = [w for ws_ in TOPICS.values() for w in ws_] + ["安全生产", "乡村振兴", "疫情防控", "党风廉政", "志愿服务"]
    rows = []
    for i in range(n):
        text = "。".join(rng.choice(words) for _ in range(12))
        rows.append(("study", date(2016 + i % 10, 1 + i % 12, 1 + i % 28).isoformat(), rng.choice(words), text))
    con = sqlite3.connect(ws.db_path)
    with con:
        con.executemany(
            "INSERT INTO meeting (kind, held_on, starts, ends, place, host, recorder, lecturer, title, agenda, minutes, "
            "guests, uuid, created_at, updated_at, version, state) VALUES (?, ?, '', '', '', '', '', '', ?, '', ?, '', "
            "lower(hex(randomblob(16))), '2026-01-01', '2026-01-01', 1, 'final')", rows)
    texts = [r[3] for r in rows]
    con.close()
    svc = MeetingService(ws)
    svc.search("乡村振兴")  # warm
    t = time.perf_counter()
    four = svc.search("乡村振兴", limit=200)
    t4 = time.perf_counter() - t
    t = time.perf_counter()
    two = svc.search("党风", limit=200)
    t2 = time.perf_counter() - t
    t = time.perf_counter()
    scan = sum(1 for x in texts if "乡村振兴" in x)
    base = time.perf_counter() - t
    ws.close()
    return (f"| search {n} minutes: 4-char term (FTS5 trigram) / 2-char term (LIKE) | {t4 * 1000:.0f} ms / "
            f"{t2 * 1000:.0f} ms ({len(four)}/{len(two)} hits shown) | Python `in` over the texts in memory "
            f"{base * 1000:.0f} ms ({scan} matches) | {t4 / base:.2f}× / {t2 / base:.2f}× | — |")



# -- issue 6: the yearly volume -------------------------------------------------------------------------------
def bench_volume(tmp: Path, members: int) -> list[str]:
    """年度台账 pages/s against LibreOffice converting the same pages from .docx (docs/design.md §9)."""
    import shutil

    from pypdf import PdfReader

    from models.db import Workspace
    from models.demo import fill_demo
    from reports.fonts import fonts
    from reports.volume import render_volume

    ws = Workspace.open(tmp / "volume")
    fill_demo(ws, members=members, years=2)
    year = date.today().year - 1
    fs = fonts()
    render_volume(ws, year, tmp / "warm.pdf", fs=fs)  # font loading and first-statement compiling are not page speed
    runs: list[float] = []

    def ours_five() -> int:
        pages = 0
        for _ in range(5):
            t = time.perf_counter()
            pages = render_volume(ws, year, tmp / "volume.pdf", fs=fs)
            runs.append(time.perf_counter() - t)
        return pages

    pages = ours_five()
    books = volume_by_book(ws, year, fs, tmp)
    total = len(PdfReader(tmp / "volume.pdf").pages)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        ws.close()
        ours = statistics.median(runs)
        return [f"| yearly volume, {members} members, 15 books | {total / ours:.0f} pages/s ({total} pages in {ours:.2f} s) "
                "| LibreOffice not installed | — | ≥ 100 pages/s |", *books]
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(8)  # type: ignore[attr-defined]
    normal.paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
    normal.paragraph_format.line_spacing = 1.0  # type: ignore[attr-defined]
    for i, page in enumerate(PdfReader(tmp / "volume.pdf").pages):
        for line in page.extract_text().splitlines():
            doc.add_paragraph(line)
        if i < total - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(tmp / "volume.docx"))
    one = Document()
    one.add_paragraph("支部工作台")
    one.save(str(tmp / "one.docx"))
    profile = f"-env:UserInstallation=file://{tmp / 'lo-profile'}"

    def convert(name: str) -> float:
        t = time.perf_counter()
        subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(tmp / name)],
                       check=True, capture_output=True)
        return time.perf_counter() - t

    convert("one.docx")  # first start makes the profile
    start = convert("one.docx")
    # this machine's speed drifts by a fifth over a minute: ours and LibreOffice's runs alternate, medians compared
    los = [convert("volume.docx")]
    ours_five()
    los.append(convert("volume.docx"))
    ws.close()
    ours, lo = statistics.median(runs), statistics.median(los)
    lo_pages = len(PdfReader(tmp / "lo" / "volume.pdf").pages)
    return [f"| yearly volume, {members} members, 15 books | {total / ours:.0f} pages/s ({total} pages, {pages} numbered, "
            f"in {ours:.2f} s incl. reading the books; median of {len(runs)}) | LibreOffice .docx → PDF {lo_pages / lo:.0f} "
            f"pages/s ({lo_pages} pages in {lo:.2f} s, median of {len(los)}; {lo_pages / max(0.001, lo - start):.0f} pages/s without its "
            f"{start:.2f} s start) | same content {lo / ours:.1f}× faster | ≥ 100 pages/s, ≥ 20× |", *books]


def volume_by_book(ws: Workspace, year: int, fs: FontSet, tmp: Path) -> list[str]:
    """Each book of the volume alone: its pages, the time to read it and build its forms, and to lay them out."""
    from models.errors import UserError
    from models.services.reading import one_reading
    from reports.layout import FormSink, write_forms
    from reports.volume import volume_books

    rows = []
    with one_reading(ws):
        for number, title, renderers in volume_books(ws, year, fs):
            t = time.perf_counter()
            sink = FormSink()
            for r in renderers:
                try:
                    r(sink)
                except UserError:
                    continue
            story = time.perf_counter() - t
            if not sink.forms:
                rows.append(f"| volume book {number} {title} | no records this year | — | — | — |")
                continue
            t = time.perf_counter()
            n = write_forms(tmp / f"book-{number}.pdf", sink.forms, fs)
            layout = time.perf_counter() - t
            rows.append(f"| volume book {number} {title} | {n / (story + layout):.0f} pages/s ({n} pages, {len(sink.forms)} "
                        f"forms: reading and building {story * 1000:.0f} ms, layout {layout * 1000:.0f} ms) | — | — | — |")
    return rows


# -- issue 7: bundles -----------------------------------------------------------------------------------
def bench_bundle(tmp: Path) -> str:
    import shutil

    import bagit

    from exchange import bundle
    from exchange.bag import check_bag_zip, write_bag_zip
    from exchange.keys import Signer
    from models.db import Workspace
    from models.demo import fill_demo

    ws = Workspace.open(tmp / "bundle-demo")
    fill_demo(ws, 50, 1, today=date.today())
    month = bundle.default_month(ws)
    t0 = time.perf_counter()
    pv = bundle.preview(ws, month)
    w = bundle.write(ws, pv)
    whole = time.perf_counter() - t0
    # the same payload both ways
    src = tmp / "payload"
    with zipfile.ZipFile(w.path) as z:
        z.extractall(tmp / "unz")
    (bag_dir,) = list((tmp / "unz").iterdir())
    shutil.copytree(bag_dir / "data", src)
    files = sorted(p for p in src.rglob("*") if p.is_file())
    payload = [(str(p.relative_to(src)), p) for p in files]
    size = sum(p.stat().st_size for p in files)
    signer = Signer.generate()
    out = tmp / "ours"
    out.mkdir()
    t0 = time.perf_counter()
    zw = write_bag_zip(out, "T_2026-10_r1", payload, {"Source-Organization": "x"}, signer)
    ok = check_bag_zip(zw.path).ok
    ours = time.perf_counter() - t0
    assert ok
    theirs_dir = tmp / "bagit-payload"
    shutil.copytree(src, theirs_dir)
    t0 = time.perf_counter()
    b = bagit.make_bag(str(theirs_dir), {"Source-Organization": "x"}, checksums=["sha256"])
    b.validate(processes=1)
    theirs = time.perf_counter() - t0
    ws.close()
    return (f"| 8. monthly bundle, 50-member demo (first bundle: all {len(pv.lines)} records, {len(files)} files, "
            f"{size / 1e6:.1f} MB) | write + sign + verify {ours * 1000:.0f} ms; whole 报送 incl. reading the books, "
            f"{len(pv.summary.get('reports', [])) or 'the'} forms, xlsx and read-back {whole:.2f} s | bagit-python make_bag + "
            f"validate {theirs * 1000:.0f} ms | {theirs / ours:.1f}× bagit's speed | ≤ 2 s |")


def bench_hashing(tmp: Path, mb: int) -> str:
    from models.attachments import sha256_file

    f = tmp / "attachment.bin"
    with open(f, "wb") as out:
        block = os.urandom(1 << 20)
        for _ in range(mb):
            out.write(block)
    sha256_file(f)  # warm the page cache for both
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        sha256_file(f)
        runs.append(time.perf_counter() - t0)
    ours = min(runs)
    theirs = min(timed(["sha256sum", str(f)], 1) for _ in range(3))
    return (f"| 9. hashing a {mb} MB attachment | {mb / ours:.0f} MB/s | sha256sum {mb / theirs:.0f} MB/s | "
            f"{theirs / ours:.0%} of sha256sum | ≥ 80% |")


def _synthetic_bundles(out: Path, branches: int, months: int) -> tuple[list[Path], int]:
    """Bundles as branches write them: each branch its own key and chain; the first month carries a 50-member
    branch's year of records, each later month about 60 new or changed ones. The payloads are made by
    exchange.bundle from one real demo month, varied per branch, and written by the real writer."""
    import copy
    import json
    import random
    import uuid as uuidlib

    from exchange.bag import write_bag_zip
    from exchange.bundle import _jsonl
    from exchange.keys import Signer
    from exchange.records import Line, state_digest
    from exchange.schema import SCHEMA_VERSION, schema_files
    from models.db import Workspace

    ws = Workspace.open(out.parent / "recv-demo")
    from models.demo import fill_demo

    fill_demo(ws, 50, 1, today=date.today())
    from exchange import bundle

    pv = bundle.preview(ws, bundle.default_month(ws))
    template, summary = pv.lines, pv.summary
    ws.close()
    from reports.monthly import render_monthly

    render_monthly(summary, out.parent / "monthly.pdf")
    form_bytes = (out.parent / "monthly.pdf").read_bytes()
    schemas = schema_files()
    rng = random.Random(7)
    files: list[Path] = []
    rows = 0
    for b in range(branches):
        code = f"B{b:04d}"
        signer = Signer.generate()
        prev = "none"
        hashes: dict[str, str] = {}
        remap = {ln.uuid: str(uuidlib.uuid4()) for ln in template}
        lines = [Line(ln.book, ln.table, remap[ln.uuid], ln.version, ln.state, ln.deleted, ln.updated_at, ln.payload)
                 for ln in template]
        editable = [ln for ln in lines if ln.payload and isinstance(ln.payload.get("notes"), str)]
        for m in range(months):
            period = f"2025-{m + 1:02d}"
            if m == 0:
                batch = lines
            else:
                batch = []
                for ln in rng.sample(editable, min(60, len(editable))):
                    p = copy.deepcopy(ln.payload) or {}
                    p["notes"] = f"{period} {rng.random()}"
                    batch.append(Line(ln.book, ln.table, ln.uuid, ln.version + 1, ln.state, ln.deleted, ln.updated_at, p))
            for ln in batch:
                hashes[ln.uuid] = ln.hash
            rows += len(batch)
            by_book: dict[str, list[Line]] = {}
            for ln in batch:
                by_book.setdefault(ln.book, []).append(ln)
            s = {**summary, "period": period, "branch": {**summary["branch"], "code": code, "name": f"第{b}支部"}}
            payload = [("summary.json", json.dumps(s, ensure_ascii=False).encode()),
                       ("roster.jsonl", b""),
                       *((f"records/{k}.jsonl", _jsonl(v)) for k, v in by_book.items()),
                       *((f"schema/{n}", d) for n, d in schemas.items()),
                       ("reports/01-monthly-report.pdf", form_bytes)]
            bid = str(uuidlib.uuid4())
            info = {"Source-Organization": f"第{b}支部", "External-Identifier": bid, "Branch-Id": code,
                    "Period": period, "Revision": "1", "Sequence": str(m + 1), "Schema-Version": SCHEMA_VERSION,
                    "Producer": "bench", "Previous-Bundle": prev, "Audit-Head": state_digest(hashes),
                    "IDs-Shown": "no"}
            w = write_bag_zip(out, f"{code}_{period}_r1", payload, info, signer)
            prev = f"{bid} {w.sha256}"
            files.append(w.path)
    return files, rows


def bench_receive(tmp: Path, branches: int, months: int) -> list[str]:
    from exchange.committee import receive
    from models.committee_store import CommitteeStore

    src = tmp / "bundles"
    src.mkdir()
    t0 = time.perf_counter()
    files, rows = _synthetic_bundles(src, branches, months)
    made = time.perf_counter() - t0
    # baseline: the same number of record rows bulk-inserted into SQLite in one transaction
    con = sqlite3.connect(tmp / "bulk.sqlite3")
    con.execute("CREATE TABLE r (branch INT, uuid TEXT, book TEXT, tbl TEXT, version INT, state TEXT, deleted INT, "
                "hash TEXT, payload TEXT, UNIQUE(branch, uuid))")
    sample = '{"name": "张三", "kind": "committee", "held_on": "2025-10-01", "minutes": "' + "会议内容" * 40 + '"}'
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT OR REPLACE INTO r VALUES (?,?,?,?,?,?,?,?,?)",
                        ((i % branches, f"u{i}", "meetings", "meeting", 1, "final", 0, "h" * 64, sample) for i in range(rows)))
    bulk = time.perf_counter() - t0
    con.close()
    out = [f"| 10a. making the test bundles | {len(files)} bundles ({branches} branches × {months} months, {rows} "
           f"record lines) in {made:.0f} s | — | — | — |"]
    targets: list[tuple[str, dict[str, object]]] = [("SQLite", {"data_dir": tmp / "committee"})]
    pg = os.environ.get("BRANCHDESK_TEST_PG")
    if pg:
        import psycopg

        with psycopg.connect(pg, autocommit=True) as c:
            c.execute("DROP DATABASE IF EXISTS bd_bench WITH (FORCE)")
            c.execute("CREATE DATABASE bd_bench")
        targets.append(("PostgreSQL", {"url": pg.rsplit("/", 1)[0] + "/bd_bench"}))
    for name, kw in targets:
        store = CommitteeStore.open(**kw)  # type: ignore[arg-type]
        t0 = time.perf_counter()
        res = receive(store, files)
        took = time.perf_counter() - t0
        store.close()
        bad = [r for r in res if r.status != "applied"]
        assert not bad, bad[:3]
        out.append(f"| 10. committee receives {len(files)} bundles into {name} (every check: zip layout, hashes, "
                   f"signature, schema, chain, Audit-Head) | {len(files) / took:.0f} bundles/s ({took:.0f} s) | SQLite bulk "
                   f"insert of the same {rows} rows {bulk:.1f} s | {took / bulk:.0f}× the bare insert | ≥ 20 bundles/s |")
    if not pg:
        out.append("| 10. PostgreSQL | not run: set BRANCHDESK_TEST_PG (.ci/run sets it) | — | — | — |")
    return out


if __name__ == "__main__":
    main()


# -- issue 15: encryption at rest -------------------------------------------------------------------------------
def bench_encryption(tmp: Path, runs: int) -> list[str]:
    """What encryption costs, each row against the same work on the plain workspace in this run: unlocking
    (Argon2id), start-up, saving a meeting, the 工作台's reads, the monthly bundle, and encrypting a 10-year branch."""
    from exchange import bundle
    from models import vault
    from models.db import DB_NAME, Workspace, backup_database
    from models.demo import fill_demo
    from models.encrypt import encrypt_workspace
    from models.services.meetings import AttendanceEntry, MeetingInput, MeetingService
    from models.services.overview import Overview

    password = "bench-password-1"
    plain_dir = tmp / "enc-plain"
    ws = Workspace.open(plain_dir)
    fill_demo(ws, members=50, years=10)
    ws.close()
    enc_dir = tmp / "enc-encrypted"
    backup_database(plain_dir / DB_NAME, enc_dir / DB_NAME)
    t = time.perf_counter()
    opened, _code = encrypt_workspace(Workspace.open(enc_dir), password)
    encrypt_s = time.perf_counter() - t
    opened.close()
    size = (plain_dir / DB_NAME).stat().st_size
    unlock = []
    for _ in range(5):
        t = time.perf_counter()
        key = vault.unlock(enc_dir, password)
        unlock.append(time.perf_counter() - t)
    rows = [f"| unlock (Argon2id t={vault.ARGON2['time_cost']}, m={vault.ARGON2['memory_cost'] // 1024} MiB, "
            f"p={vault.ARGON2['parallelism']}) | {statistics.median(unlock) * 1000:.0f} ms per try | — | — | "
            "a guess costs as much |",
            f"| encrypt a plain 10-year, 50-member branch ({size / 1e6:.1f} MB, backup first, verify) | "
            f"{encrypt_s:.2f} s | — | — | once |"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRANCHDESK_PASSWORD=password)
    cmd = [sys.executable, str(ROOT / "main.py"), "--smoke", "--data-dir"]
    plain_start = painted([*cmd, str(plain_dir)], runs)[1]
    enc_start = painted([*cmd, str(enc_dir)], runs, env)[1]
    rows.append(f"| start to the 工作台 filled, encrypted (unlock included) | {enc_start:.2f} s | plain {plain_start:.2f} s | "
                f"{enc_start / plain_start:.2f}× | ≤ 1.0 s + unlock |")

    def work(w: Workspace) -> tuple[float, float, float]:
        svc = MeetingService(w)
        on = date.today()
        due = svc.due_members("general", on)
        inp = MeetingInput("general", on, title="支部党员大会", minutes="会议记录" * 200,
                           attendance=[AttendanceEntry(d.member_id, "present") for d in due])
        saves = []
        for _ in range(10):
            t0 = time.perf_counter()
            svc.create(inp)
            saves.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ov = Overview(w, today=on)
        for part in ("profile", "stats", "obligations", "attendance", "standards", "late_pledges", "arrears",
                     "recruitment", "reminders", "last_bundle", "roster_drift", "appraisal_drift", "pledge_drift"):
            getattr(ov, part)
        reads = time.perf_counter() - t0
        t0 = time.perf_counter()
        bundle.write(w, bundle.preview(w, bundle.default_month(w)))
        return statistics.median(saves), reads, time.perf_counter() - t0

    p = Workspace.open(plain_dir)
    try:
        plain = work(p)
    finally:
        p.close()
    e = Workspace.open(enc_dir, key=key)
    try:
        enc = work(e)
    finally:
        e.close()
    for name, ours, base, budget in (("save a meeting, 50 attendees", enc[0], plain[0], "UI thread ≤ 50 ms"),
                                     ("工作台 reads (Overview), 10 years", enc[1], plain[1], "worker"),
                                     ("monthly bundle (first: all records)", enc[2], plain[2], "≤ 2 s")):
        rows.append(f"| {name}, encrypted | {ours * 1000:.0f} ms | plain {base * 1000:.0f} ms | {ours / base:.2f}× | "
                    f"{budget} |")
    rows.append(_bench_sealed_copy(tmp, key))
    return rows


def _bench_sealed_copy(tmp: Path, key: DataKey) -> str:
    """The kept copy of a large bundle: sealing it and copying it out opened (what 再次复制 does), against a plain
    file copy of the same bytes in the same run."""
    import shutil

    from exchange import bundle
    from models import vault

    big = tmp / "big" / "T01_2026-10_r1.zip"
    big.parent.mkdir()
    with open(big, "wb") as f:
        for _ in range(256):
            f.write(os.urandom(1 << 20))
    out = tmp / "big-out"
    out.mkdir()
    t = time.perf_counter()
    shutil.copyfile(big, out / "plain.zip")
    plain = time.perf_counter() - t
    keep = big.with_name("kept.zip")
    shutil.copyfile(big, keep)
    t = time.perf_counter()
    sealed = vault.seal_file(key, keep)
    seal = time.perf_counter() - t
    t = time.perf_counter()
    bundle.copy_to(sealed, out, key=key)
    copy = time.perf_counter() - t
    return (f"| kept copy of a 256 MiB bundle: seal + read back {seal:.2f} s; copy out opened + read back "
            f"{copy:.2f} s | plain file copy {plain:.2f} s | {copy / plain:.1f}× | a stick writes ~20 MB/s |")
