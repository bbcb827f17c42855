"""Every rule cites its source by article, checked against the official texts; where no article exists it says
通行做法 or 本地规定; nothing a user reads cites a file of this program."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import resources
from models.db import Workspace
from models.rules.development import STEPS
from models.rules.standards import check_source, load_standards, standard

FORBIDDEN = re.compile(r"DESIGN\.md|STYLE\.md|条号未能|未能离线核对")


def test_every_standard_cites_an_article_or_a_practice_never_a_file_of_this_program() -> None:
    for f in resources.path("standards").glob("*.json"):
        raw = f.read_text(encoding="utf-8")
        assert not FORBIDDEN.search(raw), f.name
        for key, entry in json.loads(raw).items():
            if not key.startswith("_"):
                src = entry["source"]
                assert "《" in src or "通行做法" in src or "本地规定" in src or "中组发" in src, (f.name, key, src)
    assert len(load_standards()) > 40


def test_the_standards_loader_refuses_a_source_that_names_a_repository_file() -> None:
    for bad in ("对标考评（DESIGN.md 第10节）", "《支部工作条例》第九条（条号未能离线核对）", "see models/rules/dues.py"):
        with pytest.raises(ValueError, match="通行做法"):
            check_source("x.json: key", bad)
    check_source("x.json: key", "《中国共产党章程》第九条")


def test_dues_six_months_unpaid_is_party_constitution_article_9() -> None:
    """党章第九条: 连续六个月不交纳党费 … 被认为是自行脱党 (it was cited as 第三十八条)."""
    src = standard("dues_arrears_months").source
    assert "《中国共产党章程》第九条" in src and "第三十八条" not in src


def test_general_meeting_quorum_quotes_the_official_wording_of_article_11() -> None:
    src = standard("general_quorum_share").source
    assert "第十一条" in src and "表决必须有半数以上有表决权的党员到会方可进行" in src


def test_recruitment_steps_cite_the_right_chapter_and_article_of_the_2014_rules() -> None:
    """《中国共产党发展党员工作细则》: 第二章 入党积极分子的确定和培养教育 (第七、九、十一条), 第三章 发展对象的确定和
    考察 (第十三、十四、十七条), 第四章 预备党员的接收 (from 第十八条; the admitting meeting 第二十条), 第五章 预备党员的
    教育、考察和转正."""
    want = {2: "第二章第七条", 5: "第二章第九条", 6: "第二章第十一条", 7: "第三章第十三条", 9: "第三章第十四条",
            11: "第三章第十七条", 12: "第四章", 15: "第四章第二十条", 17: "第四章", 19: "第五章", 23: "第五章"}
    for no, where in want.items():
        assert where in STEPS[no].source, (no, STEPS[no].source)
    assert not any("第六章" in s.source for s in STEPS.values())
    assert "第五章第三十二条" in standard("dev_extension_months").source
    assert "第二章 入党积极分子的确定和培养教育 第七条" in standard("dev_talk_within_months").source
    assert "通行做法" in standard("dev_posting_workdays").source  # the 细则 sets no number of days


def test_the_transfer_letters_three_months_is_common_practice_not_article_24() -> None:
    """《党员教育管理工作条例》第二十四条 is about members who lost contact, not the validity of a letter."""
    src = standard("transfer_letter_valid_days").source
    assert "第二十四条" not in src and "通行做法" in src


def test_the_monthly_report_and_the_yearly_volume_never_cite_a_file_of_this_program(
        demo_ws: Workspace, tmp_path: Path, demo_volumes: dict[int, Path]) -> None:
    from datetime import date

    from exchange import bundle
    from reports.monthly import render_monthly

    month = f"{date.today().year}-{date.today().month - 1:02d}" if date.today().month > 1 else f"{date.today().year - 1}-12"
    render_monthly(bundle.preview(demo_ws, month).summary, tmp_path / "monthly.pdf")
    for pdf in (tmp_path / "monthly.pdf", demo_volumes[date.today().year - 1]):
        text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
        assert text.strip() and not FORBIDDEN.search(text), pdf
