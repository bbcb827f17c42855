"""Printed forms read back: Chinese text extractable, fonts embedded, GB/T 9704 geometry, page numbers."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from models.db import Workspace
from models.services.roster import RosterService
from reports import fonts as fonts_mod
from reports.page import MARGINS
from reports.profile import render_profile
from reports.roster import render_roster

MM = 72 / 25.4


def embedded_fonts(pdf: Path) -> list[tuple[str, bool]]:
    out = []
    for page in PdfReader(pdf).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            has = desc is not None and any(k in desc.get_object() for k in ("/FontFile2", "/FontFile3", "/FontFile"))
            out.append((str(f["/BaseFont"]), has))
    return out


def text_of(pdf: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def test_roster_pdf_has_every_member_in_extractable_chinese(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    pages = render_roster(demo_ws, out)
    text = text_of(out)
    assert "党员花名册" in text
    for m in RosterService(demo_ws).list_members():
        assert m.name in text
    assert len(PdfReader(out).pages) == pages >= 2


def test_roster_pdf_is_landscape_a4_with_page_numbers_and_signature_lines(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    pages = render_roster(demo_ws, out)
    reader = PdfReader(out)
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(w / MM), round(h / MM)) == (297, 210)
    first = reader.pages[0].extract_text()
    assert f"第 1 页 共 {pages} 页" in first and "— 1 —" not in first  # one page number on a form, not two
    assert "支部书记（签字）" in reader.pages[-1].extract_text()


def test_roster_pdf_masks_id_numbers_unless_asked(demo_ws: Workspace, tmp_path: Path) -> None:
    m = RosterService(demo_ws).list_members()[0]
    render_roster(demo_ws, tmp_path / "a.pdf")
    render_roster(demo_ws, tmp_path / "b.pdf", mask_ids=False)
    assert m.id_number not in text_of(tmp_path / "a.pdf") and m.id_number[:6] + "********" in text_of(tmp_path / "a.pdf")
    assert m.id_number in text_of(tmp_path / "b.pdf")


def test_fonts_are_embedded_truetype_subsets(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    render_roster(demo_ws, out)
    fonts = embedded_fonts(out)
    assert fonts and all(has for _name, has in fonts)


def test_bundled_font_prints_chinese_when_the_machine_has_none(demo_ws: Workspace, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts_mod, "font_dirs", lambda: [])
    fonts_mod._index.cache_clear()
    try:
        fs = fonts_mod.fonts({"_test": "no system fonts"})
        assert all(c.bundled for c in fs.choices)
        out = tmp_path / "bundled.pdf"
        render_profile(demo_ws, out, fs=fs)
        assert "支部基本情况表" in text_of(out) and "第一党小组" in text_of(out)
    finally:
        fonts_mod._index.cache_clear()


def test_profile_form_gb9704_margins_and_content(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "profile.pdf"
    render_profile(demo_ws, out)
    text = text_of(out)
    for words in ("支部基本情况表", "国网示范供电公司机关第一支部", "支部委员会", "书记", "党小组", "四个清楚", "第四条", "日期"):
        assert words.replace("第一支部", "第一党支部") in text or words in text, words
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        body = [c for c in page.chars if c["size"] >= 10 and c["text"].strip() and "—" not in c["text"]]
        # page furniture (header line 9 pt, page number) sits in the margins; the form itself inside them
        left = min(c["x0"] for c in body)
        top = min(c["top"] for c in body if c["size"] > 12)
        assert left >= MARGINS["left"] / 1 - 1
        assert top >= MARGINS["top"] - 1
        assert max(c["x1"] for c in body) <= page.width - MARGINS["right"] + 1


def test_profile_form_needs_a_profile(ws: Workspace, tmp_path: Path) -> None:
    from models.errors import UserError

    with pytest.raises(UserError, match="尚未填写支部基本情况"):
        render_profile(ws, tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "p.pdf.partial").exists()
