"""An automatic print check over every printed form of the demo branch (this year and last): no page holds only
a signature block — the lines to sign always come with the end of what they sign (通行做法 of the paper books) —,
no character prints as an empty box (.notdef): each comes from a font that has it, and no character crosses a
ruled line of its table or lies in the page's margins (GB/T 9704—2012 5.2.1: the text area is 156 mm × 225 mm
within the margins)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from models.books import FORMS
from models.db import Workspace
from reports.fonts import fonts
from reports.forms import FormRequest, render_form

LABEL = re.compile(r"[\u4e00-\u9fff（）]{1,12}：")


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


def body_lines(pdf: Path) -> list[list[str]]:
    """Each page's text between its running header and footer, line by line (word boxes read by pdftotext)."""
    import html
    import subprocess

    xml = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for width, height, body in PAGE.findall(xml):
        w, h = float(width), float(height)
        landscape = w > h
        top, bottom = (28 if landscape else 37) * mm - 3 * mm, (26 if landscape else 35) * mm - 3 * mm
        lines: dict[int, list[tuple[float, str]]] = {}
        for x, y0, y1, text in WORD.findall(body):
            if float(y0) > top and float(y1) < h - bottom:
                lines.setdefault(round(float(y0) / 4), []).append((float(x), html.unescape(text)))
        pages.append(["".join(t for _x, t in sorted(v)) for _k, v in sorted(lines.items())])
    return pages


def pdftext(pdf: Path) -> str:
    """The text of ``pdf`` as pdftotext reads it, pages ending in a form feed."""
    import subprocess

    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def crossings(pdf: Path) -> list[tuple[int, str, str]]:
    """Characters that a ruled line passes through (a figure over its cell's border, a mark hanging out of its
    cell) or that lie in the left or right margin: (page, what, the character)."""
    import pdfplumber

    out: list[tuple[int, str, str]] = []
    with pdfplumber.open(pdf) as doc:
        for n, page in enumerate(doc.pages, start=1):
            landscape = page.width > page.height
            left, right = ((37, 35) if landscape else (28, 26))
            lo, hi = left * mm - 0.5, page.width - right * mm + 0.5
            rules = [(ln["x0"], ln["x1"], ln["top"], ln["bottom"]) for ln in page.lines]
            vertical = [(x0, top, bottom) for x0, x1, top, bottom in rules if abs(x1 - x0) < 0.01]
            horizontal = [(top, x0, x1) for x0, x1, top, bottom in rules if abs(bottom - top) < 0.01]
            for c in page.chars:
                if not c["text"].strip():
                    continue
                x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
                cx, cy = (x0 + x1) / 2, (top + bottom) / 2
                if x0 < lo or x1 > hi:
                    out.append((n, "margin", c["text"]))
                elif any(x0 + 0.3 < x < x1 - 0.3 and a < cy < b for x, a, b in vertical):
                    out.append((n, "vertical rule", c["text"]))
                elif any(top + 1.5 < y < bottom - 1.5 and a < cx < b for y, a, b in horizontal):
                    out.append((n, "horizontal rule", c["text"]))
    return out


def signature_only_pages(pdf: Path) -> list[int]:
    return [n for n, body in enumerate(body_lines(pdf), start=1)
            if body and all(not LABEL.sub("", line).strip() for line in body)]


FORM_KEYS = [k for k in FORMS if k not in ("book", "meeting", "development", "dues-member", "pledge-sheet", "signin")]


@pytest.mark.parametrize("key", FORM_KEYS)
def test_print_check_no_lone_signatures_no_empty_boxes_nothing_over_a_rule_or_in_the_margin(
        demo_ws: Workspace, tmp_path: Path, key: str) -> None:
    """On main the transfer register's dates (2025.11.13) and the pledge summary's rates (79.3%) ran over their
    cells' rules."""
    from models.rules.periods import parse_period
    from reports.fonts import missing_characters

    fs = fonts()
    missing_characters()
    for year in (date.today().year - 1, date.today().year):
        out = tmp_path / f"{key}-{year}.pdf"
        try:
            render_form(demo_ws, key, FormRequest(period=parse_period(str(year))), out, fs)
        except Exception as exc:  # noqa: BLE001  (a form with nothing that year says so)
            if "没有" in str(exc) or "无" in str(exc):
                continue
            raise
        assert signature_only_pages(out) == [], f"{key} {year}"
        assert missing_characters() == [], f"{key} {year}: characters printed as .notdef boxes"
        assert crossings(out) == [], f"{key} {year}"


def test_no_meeting_record_or_sheet_has_a_page_with_only_the_signatures(demo_ws: Workspace, tmp_path: Path) -> None:
    """Every meeting record of the two years, and the one-person forms, each on its own."""
    from models.services.meetings import MeetingService
    from models.services.roster import RosterService

    fs = fonts()
    bad = []
    for m in MeetingService(demo_ws).list_meetings():
        if m.held_on.year < date.today().year - 1:
            continue
        out = tmp_path / f"m{m.id}.pdf"
        render_form(demo_ws, "meeting", FormRequest(record=m.uuid), out, fs)
        if signature_only_pages(out):
            bad.append((m.held_on, m.kind))
    member = RosterService(demo_ws).list_members()[0].uuid
    for key in ("dues-member", "pledge-sheet"):
        out = tmp_path / f"{key}.pdf"
        render_form(demo_ws, key, FormRequest(member=member), out, fs)
        if signature_only_pages(out):
            bad.append((None, key))
    assert bad == []


def test_gb_t_15834_2011_5_1_no_line_starts_with_a_pause_or_closing_mark_nor_ends_with_an_opening_one(
        demo_volumes: dict[int, Path]) -> None:
    """GB/T 15834—2011《标点符号用法》5.1.1–5.1.4: 句号、逗号、顿号、分号、冒号、问号、叹号 and the closing half of
    quotes, brackets and 书名号 never start a line, the opening half never ends one — in prose and in every table
    cell (pdftotext reads each cell's lines on their own), over the whole yearly volume of both years (on main, 27
    lines of the 2025 volume broke it). A cell holding only a dash (“—”, nothing due that month) is not a line of
    text."""
    import subprocess

    from reports.linebreak import NO_LINE_END, NO_LINE_START

    page_number = re.compile(r"^— \d+ —$")
    bad = []
    for year, pdf in demo_volumes.items():
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        for n, page in enumerate(text.split("\f"), start=1):
            for line in page.splitlines():
                s = line.strip()
                if s and not page_number.match(s) and s.strip("—") \
                        and (s[0] in NO_LINE_START or s[-1] in NO_LINE_END):
                    bad.append((year, n, s[:30]))
    assert bad == []


BOX = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def split_figures(pdf: Path) -> list[tuple[int, str, str]]:
    """A figure broken over two lines of a cell: a word ending in a digit (or its point or %) with, right below it
    in the same cell, a word beginning with a digit — (page, the first part, the rest). A list's numbering (“1.”
    above “2.”) is not a figure. Word boxes as pdftotext reads them."""
    import html
    import subprocess

    xml = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    bad = []
    for n, (_w, _h, body) in enumerate(PAGE.findall(xml), start=1):
        words = [(float(x0), float(y0), float(x1), float(y1), html.unescape(t)) for x0, y0, x1, y1, t in BOX.findall(body)]
        ends = [w for w in words if (w[4][-1].isdigit() or w[4][-1] in ".%") and not re.fullmatch(r"\d+[.、]", w[4])]
        starts = [v for v in words if v[4][0].isdigit()]
        bad += [(n, w[4], v[4]) for w in ends for v in starts
                if 0 <= v[1] - w[3] < 0.45 * (w[3] - w[1]) and v[0] < w[2] and v[2] > w[0]]
    return bad


def test_a_date_or_an_amount_is_never_broken_over_two_lines_of_a_cell(demo_volumes: dict[int, Path]) -> None:
    """通行做法 of typesetting: a figure stays whole; one wider than its cell sets the cell smaller (down to 6.5 pt)
    rather than being broken. On main the 践诺台账's 评诺 column printed “2025.12.2” over “6” 134 times in the 2025
    volume."""
    for year, pdf in demo_volumes.items():
        assert split_figures(pdf) == [], year


@pytest.mark.parametrize("text", ["完成率100%，按期于2025.12.26前完成。", "依据中组发〔2008〕3号文件，预备党员12人。",
                                  "参加学习《中国共产党章程》（2022年修订）并交流。"])
def test_numbers_dates_and_document_numbers_stay_on_one_line_at_every_width(text: str) -> None:
    from reports.fonts import fonts
    from reports.linebreak import NO_LINE_END, NO_LINE_START, char_widths, split_lines

    font = fonts().body
    chars = list(text)
    widths = char_widths(chars, font, 12)
    runs = [m.span() for m in re.finditer(r"[0-9.%]+", text)]
    for width in range(60, 400, 2):
        starts = split_lines(chars, widths, float(width))
        for b in starts:
            assert chars[b] not in NO_LINE_START and chars[b - 1] not in NO_LINE_END, (width, b)
            # a run is split only when it alone is wider than the line
            for a, e in runs:
                if a < b < e:
                    assert sum(widths[a:e]) > width, (width, text[a:e])


def test_a_pledge_sheet_declares_then_lists_and_each_persons_sheet_is_its_own_form(demo_ws: Workspace,
                                                                                  tmp_path: Path) -> None:
    """On main the declaration stood below the table, one member's sheet carried the branch's collective pledge
    number, and all sheets were numbered as one form (“第 2 页 共 32 页” on one member's 承诺书)."""
    from models.services.pledges import PledgeService
    from models.services.roster import RosterService

    year = date.today().year
    rows = [r for r in PledgeService(demo_ws).list_pledges(year) if r.review != "returned"]
    mine = [r for r in rows if r.member_id is not None]
    member = RosterService(demo_ws).get(mine[0].member_id)  # type: ignore[arg-type]
    own = [r for r in rows if r.member_id == member.id]
    others = [r for r in rows if r.member_id != member.id]
    out = tmp_path / "sheet.pdf"
    render_form(demo_ws, "pledge-sheet", FormRequest(member=member.uuid), out, fonts())
    text = "".join("".join(lines) for lines in body_lines(out)) + pdftext(out)
    assert text.index("本人自愿作出以下承诺") < text.index("承诺内容")
    assert f"编号 {own[0].uuid[:8]}" in text and not any(f"编号 {r.uuid[:8]}" in text for r in others)
    everyone = tmp_path / "all.pdf"
    render_form(demo_ws, "pledge-sheet", FormRequest(), everyone, fonts())
    pages = pdftext(everyone).split("\f")[:-1]
    totals = {int(m.group(1)) for p in pages for m in re.finditer(r"共 (\d+) 页", p)}
    assert len(pages) > 3 and max(totals) < len(pages)


def test_rare_name_characters_print_from_a_fallback_font_and_a_missing_one_is_named(demo_ws: Workspace,
                                                                                   tmp_path: Path) -> None:
    """𠮷 (CJK extension B) and 䶮 (extension A) in names and in prose print with a font that has them (the form's
    own font lacks them; on main 𠮷 was a box and 䶮 vanished in prose); a character no installed font has is named
    by the command line instead of a silent box."""
    import subprocess

    from models.services.roster import RosterService
    from reports.fonts import missing_characters
    from tests.helpers import cli

    roster = RosterService(demo_ws)
    first = roster.list_members()[0]
    second = roster.list_members()[1]
    from models.member import Member

    with demo_ws.session() as s:
        s.get(Member, first.id).name = "王𠮷祥"  # type: ignore[union-attr]
        s.get(Member, second.id).name = "刘䶮"  # type: ignore[union-attr]
    out = tmp_path / "roster.pdf"
    missing_characters()
    render_form(demo_ws, "roster", FormRequest(), out, fonts())
    text = pdftext(out)
    assert "王𠮷祥" in text and "刘䶮" in text
    assert missing_characters() == []
    used = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert used.count("TrueType") >= 2  # the fallback font is embedded beside the form's own
    with demo_ws.session() as s:
        s.get(Member, second.id).job = "工作单位\U0003134A"  # type: ignore[union-attr]  (CJK extension G)
    demo_ws.close()
    r = cli("--data-dir", str(demo_ws.root), "report", "roster", "--out", str(tmp_path / "g.pdf"))
    assert r.returncode == 0 and "U+3134A" in r.stderr and "空框" in r.stderr, r.stderr


def test_the_command_line_counts_every_page_of_the_volume(demo_volumes: dict[int, Path]) -> None:
    """On main `report book` said “(129 pages)” for a 133-page file (cover and contents not counted)."""
    from reports.layout import pdf_page_count

    for pdf in demo_volumes.values():
        assert pdf_page_count(pdf) == len(pdftext(pdf).split("\f")) - 1


def test_names_in_a_list_numbers_with_their_unit_and_document_numbers_are_never_split() -> None:
    """通行做法 of typesetting: a name (王欣怡), a four-character term (入党时间), a number with its unit (12人) and a
    document number (〔2024〕021号) stay on one line unless they alone are wider than it (on main: “王欣/怡”,
    “赵/梓萱”, “预备党员0/人”, “〔202/6〕021号”); a short term that must break breaks in its middle (入党/时间), and
    a cell's last character does not stand alone (第三党/小组)."""
    from reports.linebreak import NO_LINE_START, char_widths, split_lines

    font = fonts().table
    text = "出席：王欣怡、赵梓萱、李明、欧阳建国、张伟，预备党员12人，依据〔2024〕021号。"
    chars = list(text)
    widths = char_widths(chars, font, 10.5)
    whole = [m.span() for m in re.finditer(r"王欣怡|赵梓萱|李明|欧阳建国|张伟|12人|〔2024〕021号", text)]
    for width in range(40, 420, 3):
        for b in split_lines(chars, widths, float(width)):
            for a, e in whole:
                marks = 1 if chars[e] in NO_LINE_START else 0  # the mark after it goes with it
                assert not a < b < e or sum(widths[a:e + marks]) > width, (width, text[a:e])
    term = list("入党时间")
    w = char_widths(term, font, 10.5)
    assert split_lines(term, w, sum(w[:3]) + 0.1) == [2]
    group = list("第三党小组")  # the last character never alone on a line (on main: 第三党小/组)
    assert split_lines(group, char_widths(group, font, 10.5), sum(w[:4]) + 0.1) == [3]


def test_a_figure_wider_than_its_cell_is_set_smaller_and_text_wraps_inside_its_rules(tmp_path: Path) -> None:
    """The totals row of the dues register (2539.89 in a month's cell) and a long date in a narrow column stay
    inside their rules: a figure is set smaller, text wraps by the same rules as prose (on main both ran over the
    cell's border, gridlines through the digits)."""
    from reports.layout import build_pdf
    from reports.page import MIN_FIGURE_PT, FormMeta, grid

    fs = fonts()
    t = grid([["月份", "合计", "说明"], ["12月", "12539.89", "本月由组织委员收缴，已于月底前上缴上级党委。"]],
             [20 * mm, 14 * mm, 30 * mm], fs.table)
    out = tmp_path / "fit.pdf"
    build_pdf(out, FormMeta("第一党支部", "党费收缴登记表", "2026年度"), [t], fs)
    assert crossings(out) == []
    cell = t._cellStyles[1][1]
    assert MIN_FIGURE_PT <= cell.fontsize < 10.5
    assert "\n" in t._cellvalues[1][2] and t._cellvalues[1][2].replace("\n", "") == \
        "本月由组织委员收缴，已于月底前上缴上级党委。"
    assert not any(line[0] in "，。" for line in t._cellvalues[1][2].split("\n"))


def test_gb_t_9704_2012_7_3_5_dates_print_in_one_style_cells_with_points_prose_with_year_month_day(
        demo_volumes: dict[int, Path]) -> None:
    """Dates in a table cell read 2025.03.05, in prose, headers and titles 2025年3月5日 (Arabic figures without a
    leading zero, as GB/T 9704—2012 7.3.5 writes a document's date). On main the volume mixed 2025-12-31 (the
    roster's header), 2025年03月 (meeting records) and 2025-11 (党费交至) with the cells' 2025.12.31. A code such as the receipt number
    DF2025-01 is data, not a date."""
    mixed = re.compile(r"(?<![A-Za-z0-9])\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}年0\d月|\d{4}/\d{1,2}/\d{1,2}")
    for year, pdf in demo_volumes.items():
        found = sorted(set(mixed.findall(pdftext(pdf))))
        assert found == [], (year, found[:10])


@pytest.mark.parametrize(("machine", "expected"), [
    ({"simsun.ttc", "simhei.ttf", "simfang.ttf", "simkai.ttf"},  # a Chinese Windows without 方正小标宋
     {"title": "simhei.ttf", "body": "simfang.ttf", "table": "simsun.ttc", "heading": "simhei.ttf"}),
    ({"uming.ttc", "ukai.ttc", "wqy-microhei.ttc"},  # Debian with the AR PL and WenQuanYi fonts
     {"title": "wqy-microhei.ttc", "body": "uming.ttc", "table": "uming.ttc", "heading": "wqy-microhei.ttc"}),
    ({"FZXBSJW.TTF", "simsun.ttc", "simhei.ttf", "simfang.ttf"},  # an office with 方正小标宋
     {"title": "FZXBSJW.TTF", "body": "simfang.ttf", "table": "simsun.ttc", "heading": "simhei.ttf"}),
])
def test_gb_t_9704_2012_7_3_1_and_7_3_3_title_in_xiaobiaosong_else_heiti_prose_in_fangsong_else_songti_never_kaiti(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, machine: set[str], expected: dict[str, str]) -> None:
    """GB/T 9704—2012 7.3.1 标题 “2号小标宋体字”, 7.3.3 正文 “3号仿宋体字”. Without them a title takes 黑体 before 宋体 and prose 宋体 before
    楷体 (on main a title fell to 宋体 where 黑体 was there, and prose to AR PL UKai — a 楷体 — on Debian)."""
    import reports.fonts as rf

    index = {name.lower(): tmp_path / name for name in machine}
    monkeypatch.setattr(rf, "_index", lambda: index)
    monkeypatch.setattr(rf, "_loadable", lambda _p: True)
    assert {role: rf.choose(role).path.name for role in rf.ROLES} == expected


def test_settings_show_the_font_in_use_for_each_role_and_the_order_fonts_are_looked_for(qapp, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from reports.fonts import choose, fallback_paths, font_name
    from ui.i18n import install_translators
    from ui.settings_dialog import SettingsDialog

    install_translators(qapp, "zh_CN")
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    for role, label in d.font_in_use.items():
        assert label.text() == f"在用：{font_name(choose(role).path)}"
        assert label.toolTip().startswith("查找顺序：")
    assert d.font_in_use["body"].toolTip().index("仿宋") < d.font_in_use["body"].toolTip().index("宋体")
    texts = [w.text() for w in d.findChildren(type(next(iter(d.font_in_use.values()))))]
    order = next(t for t in texts if "生僻字" in t)
    assert all(font_name(p) in order for p in fallback_paths(set()))
