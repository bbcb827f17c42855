"""The forms of books 1, 8, 13 and 15 read back, the yearly volume's contents, page numbers and bookmarks read back,
and the command line for these books."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.db import Workspace
from models.errors import UserError
from models.progress import Cancelled
from reports.orglife import render_orglife
from reports.plans import render_plans
from reports.profile import render_profile
from reports.transfers import render_transfers
from reports.volume import render_volume
from tests.test_cli import run

YEAR = date.today().year


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_profile_form_shows_the_committee_with_duties_and_every_term(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "profile.pdf"
    render_profile(demo_ws, out)
    text = _text(out)
    assert "分工" in text and "主持支部全面工作" in text and "历届支部委员会" in text and "第2届" in text


def test_orglife_form_has_preparation_criticism_and_remediation(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "orglife.pdf"
    pages = render_orglife(demo_ws, YEAR - 1, out)
    text = _text(out)
    assert pages == len(PdfReader(out).pages) >= 2
    for words in ("组织生活会记录", "会前准备", "批评与自我批评", "整改清单", "第十七条", "整改清单台账", "逾期"):
        assert words in text, words
    with pytest.raises(UserError, match="没有组织生活会"):
        render_orglife(demo_ws, 1990, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_transfers_form_lists_letters_members_away_and_what_to_do(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "transfers.pdf"
    render_transfers(demo_ws, YEAR, out)
    text = _text(out)
    assert "欧阳晓峰" in text and "流动党员登记" in text and "需要办理的事项" in text and "失联" in text


def test_plans_form_has_the_documents_the_trend_and_each_months_sheet(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "plans.pdf"
    render_plans(demo_ws, YEAR, out)
    text = _text(out)
    months = date.today().month - 1
    assert f"{YEAR}年党支部工作计划" in text and "对标考评自评得分走势" in text
    assert text.count("8个方面20项") == months  # each month's sheet names its indicator set once


def test_volume_has_cover_contents_fifteen_books_and_true_page_numbers(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    pages = render_volume(demo_ws, YEAR - 1, out)
    r = PdfReader(out)
    front = len(r.pages) - pages
    assert front >= 2  # the cover and at least one page of contents
    top = [o for o in r.outline if not isinstance(o, list)]
    titles = [o.title for o in top]
    assert titles[0].endswith(f"{YEAR - 1}年度台账") and titles[1] == "目录"
    books = [t for t in titles[2:]]
    assert [int(t.split("　")[0]) for t in books] == list(range(1, 16))
    # every book's bookmark lands on the page its contents line names, and that page's header names the book
    contents = "\n".join(r.pages[i].extract_text() for i in range(1, front))
    starts = {}
    for o in top[2:]:
        page = r.get_destination_page_number(o)
        body_no = page - front + 1
        line = re.search(re.escape(o.title) + r"\s*(\d+)", contents)
        assert line and int(line.group(1)) == body_no, o.title
        starts[o.title] = page
        assert f"— {body_no} —" in r.pages[page].extract_text()
    # forms are bookmarked one level down; a meeting's record opens on its own page with its short id
    at = next(i for i, o in enumerate(r.outline) if not isinstance(o, list) and o.title == "4　支部委员会会议记录")
    committee = r.outline[at + 1]
    assert isinstance(committee, list) and len(committee) >= 10
    first = committee[0]
    short = first.title.split("（")[-1].rstrip("）")
    assert short in r.pages[r.get_destination_page_number(first)].extract_text()
    # each form numbers its own pages; the volume's running number stands on the outer side; the viewer's page
    # labels are the printed numbers, and the volume opens with its bookmarks shown
    first_form = r.pages[front].extract_text()
    assert re.search(r"第 1 页 共 \d+ 页", first_form) and f"共 {pages} 页" not in first_form
    assert r.page_labels[0] == "封面" and r.page_labels[front:front + 3] == ["1", "2", "3"]
    assert r.page_labels[-1] == str(pages) and r.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    # contents tell one record from another by its date, group and topic, not only an id
    assert re.search(r"党小组会记录　\d+月\d+日　第.党小组", contents)
    assert "本年度无记录" not in r.pages[starts["8　组织生活会记录"]].extract_text()


def test_volume_progress_can_cancel_and_leaves_no_file(demo_ws: Workspace, tmp_path: Path) -> None:
    class Stop:
        calls = 0

        @property
        def cancelled(self) -> bool:
            return self.calls > 3

        def update(self, done: int, total: int, label: str = "") -> None:
            self.calls += 1

    out = tmp_path / "book.pdf"
    with pytest.raises(Cancelled):
        render_volume(demo_ws, YEAR, out, progress=Stop())
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_cli_reports_lists_and_status_for_books_1_8_13_15(tmp_path: Path, demo_folder: Path) -> None:
    d = demo_folder
    for kind in ("orglife", "transfers", "plans", "book"):
        r = run("report", kind, "--period", str(YEAR - 1 if kind == "orglife" else YEAR), "--out", str(tmp_path / f"{kind}.pdf"),
                data=d)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / f"{kind}.pdf").exists()
    r = run("report", "orglife", "--period", "1999", "--out", str(tmp_path / "x.pdf"), data=d)
    assert r.returncode == 1 and "没有组织生活会" in r.stderr
    status = json.loads(run("status", "--json", data=d).stdout)
    assert {"reminders", "committee", "orglife", "transfers", "benchmark"} <= status.keys()
    assert status["committee"]["state"] in ("ok", "soon", "overdue") and status["committee"]["members"]
    assert any(o["kind"] == "assessment" for o in status["obligations"])
    listed = json.loads(run("list", "transfers", "--period", str(YEAR), "--json", data=d).stdout)
    assert any(x["kind"] == "letter" and x["direction"] == "in" for x in listed)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "x", "valid_from": "2026-01", "indicators": [
        {"aspect": "a", "code": "1", "name": "n", "rule": "ratio", "weight": "5"}]}), encoding="utf-8")
    r = run("indicators", "import", str(bad), data=d)
    assert r.returncode == 1 and "目标值" in r.stderr
    r = run("indicators", "import", "default", "--from", f"{YEAR + 1}-01", data=d)
    assert r.returncode == 0 and "20项指标" in r.stdout
