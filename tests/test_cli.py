"""The command line, the GUI's twin: exit 0 success, 1 refused input (no traceback), 2 wrong usage."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import FIXTURES
from tests.helpers import Ran, cli, cli_process


def run(*args: str, data: Path | None = None) -> Ran:
    """A command in this process (tests/helpers.py); the tests marked below run real processes."""
    return cli(*args, data=data)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli") / "ws"
    r = cli_process("demo", "--members", "20", "--years", "2", data=d)  # a real process, as a script runs it
    assert r.returncode == 0, r.stderr
    assert "演示支部已建立：20名党员" in r.stdout
    return d


def test_demo_refuses_a_workspace_that_has_data(demo_dir: Path) -> None:
    r = run("demo", data=demo_dir)
    assert r.returncode == 1 and "已有支部数据" in r.stderr and "Traceback" not in r.stderr


def test_list_roster_json_masks_ids_unless_asked(demo_dir: Path) -> None:
    rows = json.loads(run("list", "roster", "--json", data=demo_dir).stdout)
    assert len(rows) == 20 and all("********" in r["id_number"] for r in rows)
    assert {"uuid", "name", "join_date", "state"} <= set(rows[0])
    shown = json.loads(run("list", "roster", "--json", "--show-ids", data=demo_dir).stdout)
    assert all("*" not in r["id_number"] for r in shown)


def test_list_with_a_period_includes_members_who_left_during_it(demo_dir: Path) -> None:
    everyone = json.loads(run("list", "roster", "--json", "--all", data=demo_dir).stdout)
    left = [r for r in everyone if r["state"] == "left"]
    assert left
    year = left[0]["left_on"][:4]
    in_year = json.loads(run("list", "roster", "--period", year, "--json", data=demo_dir).stdout)
    assert left[0]["uuid"] in {r["uuid"] for r in in_year}


def test_report_writes_pdfs(demo_dir: Path, tmp_path: Path) -> None:
    for kind in ("roster", "profile"):
        out = tmp_path / f"{kind}.pdf"
        r = run("report", kind, "--out", str(out), data=demo_dir)
        assert r.returncode == 0, r.stderr
        assert len(PdfReader(out).pages) >= 1


def test_wrong_usage_exits_2(demo_dir: Path) -> None:
    assert cli_process("list", "nosuchbook", data=demo_dir).returncode == 2
    assert run("list", "roster", "--period", "2026-13", data=demo_dir).returncode == 2
    assert run("report", "roster", data=demo_dir).returncode == 2  # --out missing


def test_roster_import_refuses_a_file_with_errors_and_reports_rows(tmp_path: Path) -> None:
    d = tmp_path / "ws"
    assert run("init", "--no-encrypt", data=d).returncode == 0
    r = run("roster", "import", str(FIXTURES / "roster_messy.xlsx"), data=d)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "第5行 身份证号：校验位错误" in r.stderr and "未导入任何数据" in r.stderr
    assert json.loads(run("list", "roster", "--json", data=d).stdout) == []
    dry = run("roster", "import", str(FIXTURES / "roster_clean.xlsx"), "--dry-run", data=d)
    assert dry.returncode == 0 and json.loads(run("list", "roster", "--json", data=d).stdout) == []
    ok = run("roster", "import", str(FIXTURES / "roster_messy.xlsx"), "--skip-invalid", data=d)
    assert ok.returncode == 0 and "已导入5名党员" in ok.stdout
    assert len(json.loads(run("list", "roster", "--json", data=d).stdout)) == 5


def test_roster_import_of_a_missing_or_broken_file_is_refused_cleanly(tmp_path: Path) -> None:
    assert run("init", "--no-encrypt", data=tmp_path / "ws").returncode == 0
    for f in (tmp_path / "missing.xlsx", FIXTURES / "broken_truncated.xlsx"):
        r = run("roster", "import", str(f), data=tmp_path / "ws")
        assert r.returncode == 1 and "Traceback" not in r.stderr and f.name in r.stderr


def test_export_backup_check_restore(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "roster.xlsx"
    assert run("roster", "export", str(out), data=demo_dir).returncode == 0 and out.exists()
    b = run("backup", data=demo_dir)
    assert b.returncode == 0
    backup_file = Path(b.stdout.strip())
    assert backup_file.exists()
    c = run("check", data=demo_dir)
    assert c.returncode == 0 and "数据库完整性：正常" in c.stdout
    r = run("restore", str(backup_file), data=demo_dir)
    assert r.returncode == 0 and "已恢复" in r.stdout
    bad = run("restore", str(tmp_path / "nope.sqlite3"), data=demo_dir)
    assert bad.returncode == 1 and "找不到备份文件" in bad.stderr


def test_english_messages_with_lang_en(tmp_path: Path) -> None:
    assert run("init", "--no-encrypt", data=tmp_path / "ws").returncode == 0
    r = run("--lang", "en", "roster", "import", str(FIXTURES / "roster_messy.xlsx"), data=tmp_path / "ws")
    assert r.returncode == 1 and "Row 5: ID number: wrong check character" in r.stderr


def test_smoke_opens_the_main_window(demo_dir: Path) -> None:
    r = cli_process("--smoke", data=demo_dir)
    assert r.returncode == 0 and "smoke ok" in r.stdout, r.stderr


def test_logs_never_hold_id_or_phone_numbers(demo_dir: Path) -> None:
    from models.logsetup import redact

    assert redact("id 11010519491231002X phone 13800138000") == "id 110105********002X phone 138****8000"
    log = (demo_dir / "logs" / "branchdesk.log").read_text(encoding="utf-8")
    rows = json.loads(run("list", "roster", "--json", "--show-ids", data=demo_dir).stdout)
    assert not any(r["id_number"] in log or (r["phone"] and r["phone"] in log) for r in rows)


def test_cli_dues_and_development_lists_reports_and_status(demo_dir: Path, tmp_path: Path) -> None:
    """`list dues|development`, `report dues|dues-member|dues-statement|development [--id]`, and status --json with
    arrears and recruitment deadlines, as docs/design.md §8 names them."""
    from datetime import date

    year = str(date.today().year)
    dues = json.loads(run("list", "dues", "--period", year, "--json", data=demo_dir).stdout)
    assert dues and any(d["flagged"] for d in dues) and all(d["kind"] for d in dues)
    people = json.loads(run("list", "development", "--json", data=demo_dir).stdout)
    assert {p["role"] for p in people} >= {"入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员"}
    status = json.loads(run("status", "--json", data=demo_dir).stdout)
    assert any(a["flagged"] for a in status["dues"]["arrears"]) and status["dues"]["collected"] != "0.00"
    assert any(d["state"] == "overdue" for d in status["development"]["deadlines"])
    member = next(r["uuid"] for r in json.loads(run("list", "roster", "--json", data=demo_dir).stdout))
    for args in (("dues",), ("dues-statement",), ("dues-member", "--member", member), ("development",),
                 ("development", "--id", people[0]["uuid"])):
        out = tmp_path / f"{args[0]}.pdf"
        r = run("report", *args, "--period", year, "--out", str(out), data=demo_dir)
        assert r.returncode == 0, r.stderr
        assert len(PdfReader(out).pages) >= 1
    bad = run("report", "development", "--id", "no-such-uuid", "--out", str(tmp_path / "x.pdf"), data=demo_dir)
    assert bad.returncode == 1 and "找不到编号为no-such-uuid的发展记录" in bad.stderr and "Traceback" not in bad.stderr
    assert run("report", "dues-member", "--out", str(tmp_path / "x.pdf"), data=demo_dir).returncode == 2


def test_a_mistyped_data_folder_is_refused_and_nothing_is_made_there(tmp_path: Path) -> None:
    """On main `status` in a folder without a branch made an empty one and listed its duties as 逾期, exit 0."""
    typo = tmp_path / "支部数据-typo"
    for args in (("status",), ("list", "roster"), ("backup",), ("roster", "import", str(FIXTURES / "roster_clean.xlsx"))):
        r = run(*args, data=typo)
        assert r.returncode == 1 and "没有支部数据" in r.stderr and "init" in r.stderr, (args, r.stderr)
    assert not typo.exists() or not any(typo.glob("*.sqlite3"))
    assert run("init", "--no-encrypt", data=typo).returncode == 0  # making a branch is said out loud
    assert run("status", data=typo).returncode == 0


def test_committee_commands_refuse_a_branch_folder_and_branch_commands_a_committee_one(
        demo_dir: Path, tmp_path: Path) -> None:
    r = run("receive", str(tmp_path / "x.zip"), data=demo_dir)
    assert r.returncode == 1 and "是支部的数据文件夹" in r.stderr
    assert not (demo_dir / "committee.sqlite3").exists()  # on main receive made a committee store there
    committee = tmp_path / "committee"
    assert run("committee", "branches", data=committee).returncode == 0
    r = run("status", data=committee)
    assert r.returncode == 1 and "是上级党委的接收工作区" in r.stderr


def test_an_empty_list_says_so_and_a_wrong_period_is_explained_in_the_users_language(demo_dir: Path) -> None:
    r = run("list", "meetings", "--period", "2030", data=demo_dir)
    assert r.returncode == 0 and r.stdout == "" and "2030年没有记录" in r.stderr
    assert json.loads(run("list", "meetings", "--period", "2030", "--json", data=demo_dir).stdout) == []
    r = run("list", "roster", "--period", "2026-13", data=demo_dir)
    assert r.returncode == 2 and "错误：--period 2026-13：应写作" in r.stderr and "error:" not in r.stderr
    r = run("--lang", "en", "list", "roster", "--period", "2026-13", data=demo_dir)
    assert r.returncode == 2 and "use YYYY, YYYY-Qn or YYYY-MM" in r.stderr and "错误" not in r.stderr


def test_member_is_given_by_name_or_number_and_a_shared_name_lists_the_matches(demo_dir: Path, tmp_path: Path) -> None:
    """On main --member took only the 36-character id and refused a name."""
    from datetime import date

    from models.db import DB_NAME, Workspace, backup_database
    from models.services.roster import MemberInput, RosterService

    backup_database(demo_dir / DB_NAME, tmp_path / "ws" / DB_NAME)  # a copy: the module's demo stays as it is
    demo_dir = tmp_path / "ws"
    rows = json.loads(run("list", "roster", "--json", data=demo_dir).stdout)
    name = rows[0]["name"]
    out = tmp_path / "m.pdf"
    r = run("report", "dues-member", "--member", name, "--out", str(out), data=demo_dir)
    assert r.returncode == 0, r.stderr
    assert name in "".join(p.extract_text() for p in PdfReader(out).pages)
    assert run("report", "dues-member", "--member", rows[0]["uuid"][:8], "--out", str(out), data=demo_dir).returncode == 0
    ws = Workspace.open(demo_dir)
    try:  # a second member of the same name
        RosterService(ws).add(MemberInput(name=name, gender="男", birth_date=date(1990, 5, 1), join_date=date(2015, 7, 1),
                                          full_date=date(2016, 7, 1)))
    finally:
        ws.close()
    r = run("report", "dues-member", "--member", name, "--out", str(out), data=demo_dir)
    assert r.returncode == 1 and f"有2名党员与“{name}”相符" in r.stderr and r.stderr.count(name) >= 3
    r = run("report", "dues-member", "--member", "查无此人", "--out", str(out), data=demo_dir)
    assert r.returncode == 1 and "花名册上没有" in r.stderr


def test_a_group_meetings_sign_in_sheet_is_printed_for_each_group_or_the_one_asked(demo_dir: Path, tmp_path: Path) -> None:
    """On main `report signin --kind group` printed one empty sheet, “应到0人”, exit 0."""
    out = tmp_path / "s.pdf"
    r = run("report", "signin", "--kind", "group", "--out", str(out), data=demo_dir)
    assert r.returncode == 0, r.stderr
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert len(pages) == 3 and all("党小组会签到表" in t for t in pages) and not any("应到0人" in t for t in pages)
    assert [t for t in pages if "第二党小组" in t]
    one = tmp_path / "one.pdf"
    assert run("report", "signin", "--kind", "group", "--group", "第二党小组", "--out", str(one), data=demo_dir).returncode == 0
    text = "".join(p.extract_text() for p in PdfReader(one).pages)
    assert "第二党小组" in text and "第一党小组" not in text
    r = run("report", "signin", "--kind", "group", "--group", "第九党小组", "--out", str(one), data=demo_dir)
    assert r.returncode == 1 and "没有名为“第九党小组”的党小组" in r.stderr and "第一党小组" in r.stderr


def _parsers(parser):  # type: ignore[no-untyped-def]
    import argparse

    yield parser
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction):
            for sub in a.choices.values():
                yield from _parsers(sub)


def test_help_of_every_command_follows_the_language_chinese_by_default_english_with_lang_en() -> None:
    """On main `--help` was English even with --lang zh_CN (“usage:”, “show this help message and exit”, every
    command's description)."""
    import argparse
    import re

    from main import build_parser
    from models.cli_help import HELP_ZH
    from models.i18n import set_language

    english = re.compile(r"\b(?!Branch\b|Desk\b)[A-Za-z]{3,} [a-z]{2,}\b")  # the product's name aside
    try:
        set_language("zh_CN")
        parser = build_parser()
        commands = {n for p in _parsers(parser) for a in p._actions if isinstance(a, argparse._SubParsersAction)
                    for n in a.choices}
        texts = [a.help for p in _parsers(parser) for a in p._actions if a.help and a.help != argparse.SUPPRESS]
        assert [t for t in texts if t not in HELP_ZH and t not in HELP_ZH.values()] == []
        for p in _parsers(parser):
            shown = p.format_help()
            assert shown.startswith("用法：") and "options" not in shown, p.prog
            body = shown.split("\n\n", 1)[-1]  # after the usage line (argument names are identifiers)
            words = [w for w in english.findall(body.replace(p.prog, ""))  # the command's own name aside
                     if w.split()[0] not in commands]  # a command named in a text (见 list roster)
            assert words == [], (p.prog, words[:3])
        set_language("en")
        shown = build_parser().format_help()
        assert shown.startswith("usage:") and "show this help message and exit" in shown
    finally:
        set_language("zh_CN")
