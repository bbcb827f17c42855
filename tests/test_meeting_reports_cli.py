"""Meeting forms read back, and the command line for meetings and obligations."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from models.db import Workspace
from models.rules.periods import parse_period
from models.services.meetings import MeetingService
from reports.meetings import render_meeting, render_meeting_list, render_signin
from tests.test_cli import run


def text_of(pdf: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def test_general_meeting_form_has_header_attendance_votes_quorum_and_signatures(demo_ws: Workspace, tmp_path: Path) -> None:
    svc = MeetingService(demo_ws)
    g = next(r for r in svc.list_meetings() if r.kind == "general")
    d = svc.get(g.id)
    out = tmp_path / "m.pdf"
    render_meeting(demo_ws, g.id, out)
    text = text_of(out).replace("\n", "")
    for words in ("支部党员大会记录", "主 持 人", "记 录 人", f"应到有表决权党员{d.counts.due_full}人",
                  "决议与表决", "主持人（签字）", "记录人（签字）", d.row.uuid[:8], "第十一条"):
        assert words in text, words
    absent = [a.name for a in d.attendance if a.status == "absent"]
    assert all(n in text for n in absent)


def test_lesson_form_names_lecturer_and_title(demo_ws: Workspace, tmp_path: Path) -> None:
    svc = MeetingService(demo_ws)
    lesson = next(r for r in svc.list_meetings() if r.kind == "lesson")
    d = svc.get(lesson.id)
    render_meeting(demo_ws, lesson.id, tmp_path / "l.pdf")
    text = text_of(tmp_path / "l.pdf")
    assert "党课记录" in text and "主 讲 人" in text and d.input.lecturer in text and d.input.title[:6] in text


def test_signin_sheet_lists_everyone_due_that_day(demo_ws: Workspace, tmp_path: Path) -> None:
    due = MeetingService(demo_ws).due_members("general", date.today())
    render_signin(demo_ws, "general", date.today(), tmp_path / "s.pdf", title="支部党员大会")
    text = text_of(tmp_path / "s.pdf")
    assert "支部党员大会签到表" in text and all(d.name in text for d in due) and f"应到{len(due)}人" in text


def test_meeting_list_for_a_period(demo_ws: Workspace, tmp_path: Path) -> None:
    year = str(date.today().year)
    rows = MeetingService(demo_ws).list_meetings(parse_period(year))
    render_meeting_list(demo_ws, parse_period(year), tmp_path / "list.pdf")
    text = text_of(tmp_path / "list.pdf")
    assert "三会一课登记表" in text and f"共{len(rows)}次" in text


def test_cli_status_list_and_reports(tmp_path: Path, demo_folder: Path) -> None:
    d = demo_folder
    status = run("status", data=d)
    assert status.returncode == 0 and "✖ 逾期" in status.stdout and "支部党员大会" in status.stdout
    js = json.loads(run("status", "--json", data=d).stdout)
    assert {o["state"] for o in js["obligations"]} <= {"done", "due", "overdue"}
    assert any(o["state"] == "overdue" for o in js["obligations"]) and js["attendance"]
    general = json.loads(run("list", "general", "--json", data=d).stdout)
    assert general and {r["kind"] for r in general} == {"general"}
    out = tmp_path / "m.pdf"
    assert run("report", "meeting", "--id", general[0]["uuid"], "--out", str(out), data=d).returncode == 0
    assert "支部党员大会记录" in text_of(out)
    assert run("report", "meeting", "--out", str(out), data=d).returncode == 2
    missing = run("report", "meeting", "--id", "no-such-uuid", "--out", str(out), data=d)
    assert missing.returncode == 1 and "找不到" in missing.stderr
    year = str(date.today().year)
    assert run("report", "meetings", "--period", year, "--out", str(tmp_path / "l.pdf"), data=d).returncode == 0
    assert run("report", "signin", "--kind", "committee", "--out", str(tmp_path / "s.pdf"), data=d).returncode == 0
    assert json.loads(run("status", "--period", "2025-Q2", "--json", data=d).stdout)["obligations"]


def test_lists_say_a_records_state_in_the_interface_language(demo_ws) -> None:  # type: ignore[no-untyped-def]
    """`list meetings` printed draft/final to a Chinese user; the state is 草稿/定稿 (JSON keeps the stable value)."""
    import json

    from tests.helpers import cli

    text = cli("--data-dir", str(demo_ws.root), "list", "meetings").stdout
    assert "定稿" in text and "草稿" in text and "draft" not in text and "final" not in text
    rows = json.loads(cli("--data-dir", str(demo_ws.root), "list", "meetings", "--json").stdout)
    assert {r["state"] for r in rows} >= {"draft", "final"}
    pledges = cli("--data-dir", str(demo_ws.root), "list", "pledges").stdout
    assert "draft" not in pledges and ("草稿" in pledges or "定稿" in pledges)


def test_report_into_a_folder_a_missing_bundle_and_an_impossible_date_get_words_not_tracebacks(demo_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On main `report roster --out <folder>` ended in IsADirectoryError, `verify missing.zip` said
    “无法读取文件：No such file or directory”, and `--date 2026-02-30` said only “错误：--date 2026-02-30”."""
    from tests.helpers import cli

    folder = tmp_path / "打印"
    folder.mkdir()
    r = cli("--data-dir", str(demo_ws.root), "report", "roster", "--out", str(folder))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    [pdf] = list(folder.glob("*.pdf"))
    assert pdf.name.startswith("党员花名册") and "页" in r.stdout
    v = cli("--data-dir", str(demo_ws.root), "verify", str(tmp_path / "missing.zip"))
    assert v.returncode != 0 and "文件不存在：missing.zip" in v.stdout + v.stderr
    assert "No such file" not in v.stdout + v.stderr
    d = cli("--data-dir", str(demo_ws.root), "report", "signin", "--date", "2026-02-30", "--out", str(tmp_path / "s.pdf"))
    assert d.returncode == 1 and "不是有效日期" in d.stderr and "Traceback" not in d.stderr
