"""The short cuts that make the yearly volume fast print the same page as the long way round: plain text made into
paragraphs without the markup parser, a cell of one paragraph set as lines of text, a paragraph in two styles
broken with its characters measured once, a table sized once for each room, each text encoded once per document,
and the books' repeated reads made once per volume."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
import pytest
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rp
from sqlalchemy import event

from models.db import Workspace
from models.services.pledges import PledgeService
from models.services.reading import one_reading
from models.services.roster import RosterService
from reports import linebreak
from reports import page as page_module
from reports.fonts import fonts
from reports.layout import build_pdf
from reports.page import FormMeta, Styles, grid, plain, signature_block

TEXTS = ["", "   ", "王欣怡、赵梓萱  参加了 会议。", "a & b < c > d", "第一行\n第二行\n\n第四行 ", " 前后空格 ",
         "2025.12.26 完成共性承诺（100%），〔2024〕21号文件" * 4, "x\n", "\n"]


def _lines(p: Paragraph) -> list[tuple[float, str]]:
    out = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):
            out.append((round(line[0], 3), "".join(line[1])))
        else:
            out.append((round(line.extraSpace, 3), "".join(w.text for w in line.words)))
    return out


@pytest.mark.parametrize("width", [60, 140, 400])
def test_plain_text_breaks_into_the_lines_its_escaped_markup_did(width: float) -> None:
    st = Styles(fonts())
    for style in (st.cell, st.body, st.small, st.cell_center):
        for text in TEXTS:
            slow = Paragraph(escape(text).replace("\n", "<br/>"), style)
            fast = plain(text, style)
            assert fast.wrap(width, 10_000) == slow.wrap(width, 10_000), (text, style.name)
            assert _lines(fast) == _lines(slow), (text, style.name)


def test_plain_text_follows_a_style_changed_after_first_use() -> None:
    st = Styles(fonts())
    before = plain("党员大会", st.cell).frags[0].fontSize
    st.cell.fontSize = 14
    assert (before, plain("党员大会", st.cell).frags[0].fontSize) == (10.5, 14)


def _chars(pdf: Path) -> list[tuple[str, float, float]]:
    with pdfplumber.open(pdf) as doc:
        return [(c["text"], round(c["x0"], 1), round(c["top"], 1)) for p in doc.pages for c in p.chars]


def test_a_cell_of_one_paragraph_prints_where_the_paragraph_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fs = fonts()
    st = Styles(fs)

    def story() -> list[object]:
        rows: list[list[object]] = [[st.text("序号", st.cell_center), st.text("承诺内容"), st.text("完成时限", st.cell_center)]]
        for i in range(1, 40):
            rows.append([str(i), st.text(f"带头践行社会主义核心价值观，弘扬新风正气，第{i}项承诺（2025.12.{i % 28 + 1:02d}）\n另起一行"),
                         plain("2026年12月28日前", st.small)])
        return [grid(rows, [40, 260, 90], fs.table)]

    meta = FormMeta("第一党支部", "践诺台账", "2026年度")
    build_pdf(tmp_path / "fast.pdf", meta, story(), fs)
    monkeypatch.setattr(page_module, "_plain_cell", lambda value, cs: None)  # the long way: reportlab's paragraphs
    build_pdf(tmp_path / "slow.pdf", meta, story(), fs)
    fast, slow = _chars(tmp_path / "fast.pdf"), _chars(tmp_path / "slow.pdf")
    assert len(fast) == len(slow) > 1000
    assert [c[0] for c in fast] == [c[0] for c in slow]  # the same characters in the same order: same lines
    assert all(abs(a[1] - b[1]) < 0.2 and abs(a[2] - b[2]) < 0.2 for a, b in zip(fast, slow, strict=True))


def test_a_paragraph_in_two_styles_breaks_as_reportlab_measures_it(monkeypatch: pytest.MonkeyPatch) -> None:
    st = Styles(fonts())
    texts = ["应到支委5人，实到5人，超过半数，会议有效<font size=8>（依据：《中国共产党支部工作条例（试行）》第十一条）</font>",
             "第一行<br/>第二行，很长很长很长很长很长很长很长很长很长的一行2025.12.26<br/><br/>第四行",
             "a &amp; b &lt; 王欣怡、赵梓萱 100% 〔2024〕21号" * 3, "<b>粗体</b>普通文本（括号）“引号”" * 4]

    def lines(p: Paragraph) -> list[tuple[object, ...]]:
        return [(round(line.extraSpace, 3), round(line.currentWidth, 3), line.lineBreak, line.fontSize,
                 round(line.ascent, 3), round(line.descent, 3), "".join(w.text for w in line.words),
                 [w.fontSize for w in line.words]) for line in p.blPara.lines]

    for style in (st.small, st.cell, st.body):
        for text in texts:
            for width in (60, 120, 300):
                monkeypatch.setattr(rp, "cjkFragSplit", linebreak._cjk_frag_split_units)
                slow = Paragraph(text, style)
                size = slow.wrap(width, 1000)
                monkeypatch.setattr(rp, "cjkFragSplit", linebreak._cjk_frag_split)
                fast = Paragraph(text, style)
                assert fast.wrap(width, 1000) == size and lines(fast) == lines(slow), (text, width)


def test_a_register_over_many_pages_keeps_every_row_once_in_order(tmp_path: Path) -> None:
    fs = fonts()
    rows: list[list[object]] = [["序号", "姓名", "金额（元）"]]
    rows += [[str(i), f"党员{i:03d}", f"{i * 12.5:.2f}"] for i in range(1, 301)]
    pages = build_pdf(tmp_path / "长表.pdf", FormMeta("第一党支部", "党费收缴登记", "2026年度"),
                      [grid(rows, [60, 200, 120], fs.table), signature_block(Styles(fs), ("收缴人（签字）", "日期"), 380)], fs)
    with pdfplumber.open(tmp_path / "长表.pdf") as doc:
        texts = [p.extract_text() for p in doc.pages]
    text = "\n".join(texts)
    names = [w for w in text.split() if w.startswith("党员") and len(w) == 5]
    assert pages >= 6 and names == [f"党员{i:03d}" for i in range(1, 301)]
    assert text.count("序号") == pages  # the header row on every page
    assert "收缴人（签字）" in texts[-1] and "党员299" in texts[-1] and text.count("收缴人（签字）") == 1


def test_each_document_encodes_its_own_characters(tmp_path: Path) -> None:
    fs = fonts()
    st = Styles(fs)
    meta = FormMeta("第一党支部", "会议记录", "2026年度")
    build_pdf(tmp_path / "a.pdf", meta, [plain("甲乙丙丁党员大会", st.body)], fs)
    build_pdf(tmp_path / "b.pdf", meta, [plain("戊己庚辛党员大会甲乙", st.body)], fs)  # new characters, then old ones
    build_pdf(tmp_path / "a2.pdf", meta, [plain("甲乙丙丁党员大会", st.body)], fs)
    with pdfplumber.open(tmp_path / "b.pdf") as b, pdfplumber.open(tmp_path / "a2.pdf") as a2:
        assert "戊己庚辛党员大会甲乙" in b.pages[0].extract_text()
        assert "甲乙丙丁党员大会" in a2.pages[0].extract_text()


def test_reads_within_one_reading_are_made_once_and_handed_out_as_copies(demo_ws: Workspace, tmp_path: Path) -> None:
    statements: list[str] = []
    event.listen(demo_ws.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    year = 2025
    svc = PledgeService(demo_ws)
    svc.list_pledges(year)
    alone = len(statements)
    with one_reading(demo_ws):
        first = svc.list_pledges(year)
        n = len(statements)
        again = PledgeService(demo_ws).list_pledges(year)
        assert len(statements) == n and again == first and again is not first  # no read; a list of its own
        again.clear()
        assert PledgeService(demo_ws).list_pledges(year) == first  # a caller's change does not reach the next
        PledgeService(demo_ws).list_pledges(year, progress=False)
        assert len(statements) > n  # other arguments: read
        other = Workspace.open(tmp_path / "other")
        try:
            assert RosterService(other).list_members() == []  # another workspace is read, not answered for
        finally:
            other.close()
    m = len(statements)
    svc.list_pledges(year)
    assert len(statements) - m == alone  # after the block: read again


def test_the_collector_is_as_it_was_when_the_last_of_overlapping_layouts_ends() -> None:
    import gc
    import threading
    import time

    from reports import layout
    from reports.layout import few_collections

    deadline = time.monotonic() + 30
    while layout._layouts and time.monotonic() < deadline:  # a print job an earlier test started may still run
        time.sleep(0.05)
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    inside, leave = threading.Event(), threading.Event()

    def other_layout() -> None:
        with few_collections():
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=other_layout)
    with pytest.raises(OSError), few_collections():
        worker.start()
        assert inside.wait(10) and gc.get_threshold()[0] > before[0]
        raise OSError(28, "No space left on device")  # this layout fails; the other goes on
    assert gc.get_threshold()[0] > before[0]  # the worker's layout still runs
    leave.set()
    worker.join(10)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
