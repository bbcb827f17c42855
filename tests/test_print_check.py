"""An automatic print check over every printed form of the demo branch (this year and last): no page holds only
a signature block — the lines to sign always come with the end of what they sign (通行做法 of the paper books)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from models.books import FORMS
from models.db import Workspace
from reports.fonts import fonts
from reports.forms import FormRequest, render_form

LABEL = re.compile(r"[\u4e00-\u9fff（）]{1,12}：")


def _body_lines(page: pdfplumber.page.Page) -> list[str]:
    """The page's text between its running header and footer, line by line."""
    landscape = page.width > page.height
    top, bottom = (28 if landscape else 37) * mm - 3 * mm, (26 if landscape else 35) * mm - 3 * mm
    words = [w for w in page.extract_words() if w["top"] > top and w["bottom"] < page.height - bottom]
    lines: dict[int, list[str]] = {}
    for w in words:
        lines.setdefault(round(w["top"] / 4), []).append(w["text"])
    return ["".join(v) for _k, v in sorted(lines.items())]


def signature_only_pages(pdf: Path) -> list[int]:
    out = []
    with pdfplumber.open(pdf) as doc:
        for n, page in enumerate(doc.pages, start=1):
            body = _body_lines(page)
            if body and all(not LABEL.sub("", line).strip() for line in body):
                out.append(n)
    return out


FORM_KEYS = [k for k in FORMS if k not in ("book", "meeting", "development", "dues-member", "pledge-sheet", "signin")]


@pytest.mark.parametrize("key", FORM_KEYS)
def test_no_page_holds_only_a_signature_block(demo_ws: Workspace, tmp_path: Path, key: str) -> None:
    from models.rules.periods import parse_period

    fs = fonts()
    for year in (date.today().year - 1, date.today().year):
        out = tmp_path / f"{key}-{year}.pdf"
        try:
            render_form(demo_ws, key, FormRequest(period=parse_period(str(year))), out, fs)
        except Exception as exc:  # noqa: BLE001  (a form with nothing that year says so)
            if "没有" in str(exc) or "无" in str(exc):
                continue
            raise
        assert signature_only_pages(out) == [], f"{key} {year}"


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
