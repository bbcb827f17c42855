"""Importing the spreadsheets branches really have: row-by-row reports, nothing half-written."""
from __future__ import annotations

from pathlib import Path

import pytest

from exchange.roster_export import export_roster
from exchange.roster_import import analyse, apply, guess_mapping
from models.db import Workspace
from models.errors import UserError
from models.i18n import set_language
from models.services.roster import RosterService
from tests.conftest import FIXTURES


def test_messy_roster_reports_each_bad_row_by_spreadsheet_row_and_field(ws: Workspace) -> None:
    plan = analyse(ws, FIXTURES / "roster_messy.xlsx")
    assert plan.header_row == 2  # the title row above the header is skipped
    report = plan.report()
    expected = [
        "第5行 身份证号：校验位错误",
        "第6行 身份证号：被Excel当作数字保存（显示为1.10105E+17）",
        "第7行 身份证号：“1.10105E+17”被Excel改成了科学计数法",
        "第8行 入党日期：“2021-02-30”不是有效日期（该日不存在）",
        "第10行 转正日期：不能早于入党日期",
        "第11行 姓名：必填",
        "第13行 身份证号：与第3行重复",
        "第14行 性别：与身份证号不一致",
        "第15行 入党日期：入党时未满18周岁（党章第一条）",
    ]
    for line in expected:
        assert any(r.startswith(line) for r in report), line
    assert [r.entry.name for r in plan.valid] == ["张三", "李四", "吴十", "褚十四", "卫十五"]


def test_blank_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers(ws: Workspace) -> None:
    plan = analyse(ws, FIXTURES / "roster_messy.xlsx")
    numbers = [r.row_number for r in plan.rows]
    assert 9 not in numbers and numbers[0] == 3 and numbers[-1] == 17


def test_full_width_id_and_status_in_the_category_column_are_understood(ws: Workspace) -> None:
    row = next(r for r in analyse(ws, FIXTURES / "roster_messy.xlsx").rows if r.entry.name == "褚十四")
    assert row.ok
    assert row.entry.id_number.isascii() and row.entry.status == "预备党员" and row.entry.category == "在职"
    assert row.entry.birth_date is not None and row.entry.gender == "女"


def test_nothing_is_imported_while_the_file_has_errors(ws: Workspace) -> None:
    plan = analyse(ws, FIXTURES / "roster_messy.xlsx")
    with pytest.raises(UserError, match="未导入任何数据"):
        apply(ws, plan)
    assert RosterService(ws).list_members() == []


def test_importing_only_the_valid_rows_is_one_transaction(ws: Workspace) -> None:
    plan = analyse(ws, FIXTURES / "roster_messy.xlsx")
    assert apply(ws, plan, only_valid=True) == 5
    assert len(RosterService(ws).list_members()) == 5
    assert {g.name for g in RosterService(ws).groups()} == {"第一党小组", "第二党小组", "第三党小组"}


def test_a_failure_midway_leaves_nothing_behind(ws: Workspace) -> None:
    plan = analyse(ws, FIXTURES / "roster_clean.xlsx")
    # another person adds a member with the same ID between check and import
    RosterService(ws).add(plan.rows[7].entry)
    with pytest.raises(UserError):
        apply(ws, plan)
    assert [m.name for m in RosterService(ws).list_members()] == [plan.rows[7].entry.name]


@pytest.mark.parametrize("name", ["roster_gb18030.csv", "roster_utf8.csv", "roster_legacy.xls", "roster_clean.xlsx"])
def test_formats_branches_have_are_read(ws: Workspace, name: str) -> None:
    plan = analyse(ws, FIXTURES / name)
    assert plan.rows and not plan.invalid
    assert all(r.entry.name.startswith("刘") for r in plan.rows)


@pytest.mark.parametrize("name", ["broken_truncated.xlsx", "not_a_spreadsheet.xlsx"])
def test_damaged_files_get_a_clear_message(ws: Workspace, name: str) -> None:
    with pytest.raises(UserError, match=f"{name}：文件已损坏"):
        analyse(ws, FIXTURES / name)


def test_file_without_a_name_column_says_so(ws: Workspace, tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="找不到“姓名”列"):
        analyse(ws, f)


def test_columns_can_be_mapped_by_hand(ws: Workspace, tmp_path: Path) -> None:
    f = tmp_path / "odd.csv"
    f.write_text("人名,号码,入党,转正\n刘伟,320102197001100111,1995-07-01,1996-07-01\n".replace(
        "320102197001100111", "32010219700110011" + __import__("models.rules.idcard", fromlist=["x"]).check_digit("32010219700110011")),
        encoding="utf-8")
    with pytest.raises(UserError):
        analyse(ws, f)  # nothing recognisable
    plan = analyse(ws, f, mapping={0: "name", 1: "id_number", 2: "join_date", 3: "full_date"}, header_row=1)
    assert plan.valid and plan.valid[0].entry.gender == "男"


def test_header_synonyms_are_recognised() -> None:
    m = guess_mapping(["序号", "姓 名", "身份证号码", "出生年月", "文化程度", "入党时间", "转正时间", "所在党小组", "手机号码"])
    assert set(m.values()) == {"name", "id_number", "birth_date", "education", "join_date", "full_date", "group", "phone"}


def test_export_round_trips_through_import(demo_ws: Workspace, ws: Workspace, tmp_path: Path) -> None:
    rows = RosterService(demo_ws).list_members()
    out = export_roster(rows, tmp_path / "out.xlsx", "示范支部")
    plan = analyse(ws, out)
    assert not plan.invalid, plan.report()
    assert [(r.entry.name, r.entry.id_number, r.entry.join_date) for r in plan.rows] == \
           [(r.name, r.id_number, r.join_date) for r in rows]


def test_export_masks_id_numbers_unless_asked(demo_ws: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = RosterService(demo_ws).list_members()
    out = export_roster(rows, tmp_path / "m.xlsx", "示范支部", mask_ids=True)
    values = [c.value for c in load_workbook(out).active["E"][2:]]
    assert all("********" in v for v in values)


def test_messages_follow_the_interface_language(ws: Workspace) -> None:
    set_language("en")
    plan = analyse(ws, FIXTURES / "roster_messy.xlsx")
    assert any(line.startswith("Row 5: ID number: wrong check character") for line in plan.report())
