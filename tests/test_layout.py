"""One layout engine (reports/layout.py) for a single form, several forms and the volume, and one all-or-nothing
file writer (models/files.py) under it, the settings, the attachments and the spreadsheets."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from models.files import replacing
from reports.fonts import fonts
from reports.layout import FormSink, build_pdf, finish
from reports.page import FormMeta, Styles, grid

ROOT = Path(__file__).resolve().parent.parent


class Boom(Flowable):  # type: ignore[misc]
    """A flowable that fails while the page is drawn, as a bug or a full disk would mid-layout."""

    def wrap(self, *_: object) -> tuple[float, float]:
        return 10, 10

    def draw(self) -> None:
        raise OSError(28, "No space left on device")


def test_a_form_that_fails_midway_leaves_the_earlier_file_and_no_partial(tmp_path: Path) -> None:
    fs = fonts()
    st = Styles(fs)
    out = tmp_path / "表.pdf"
    meta = FormMeta("第一党支部", "党员花名册", "2026年度")
    assert build_pdf(out, meta, [Paragraph("第一版", st.body)], fs) == 1
    before = out.read_bytes()
    with pytest.raises(OSError):
        build_pdf(out, meta, [Paragraph("第二版", st.body), Boom()], fs)
    assert out.read_bytes() == before and list(tmp_path.iterdir()) == [out]


def test_forms_of_mixed_paper_go_through_one_builder_with_their_own_page_sizes(tmp_path: Path) -> None:
    fs = fonts()
    st = Styles(fs)
    sink = FormSink()
    build_pdf(sink, FormMeta("第一党支部", "承诺公示栏", "2026年度", landscape=True, paper="A3"),
              [grid([["姓名", "承诺"], ["张三", "按时交纳党费"]], [100, 300], fs.table)], fs)
    build_pdf(sink, FormMeta("第一党支部", "承诺书", "2026年度"), [st.text("本人自愿作出以下承诺。\n第二行")], fs)
    assert finish(tmp_path / "两种纸.pdf", sink, fs) == 2
    pages = PdfReader(tmp_path / "两种纸.pdf").pages
    assert [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages] == [(1191, 842), (595, 842)]
    assert "第 1 页 共 1 页" in pages[1].extract_text()  # each form numbers its own pages


def test_reports_import_without_a_cycle_through_the_volume() -> None:
    code = ("import sys; import reports.orglife, reports.plans, reports.pledges; "
            "print('reports.volume' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_replacing_keeps_the_old_file_when_the_write_fails(tmp_path: Path) -> None:
    dest = tmp_path / "settings.json"
    dest.write_text("old", encoding="utf-8")
    with pytest.raises(OSError), replacing(dest) as partial:
        partial.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")
    assert dest.read_text(encoding="utf-8") == "old" and sorted(tmp_path.iterdir()) == [dest]
    with replacing(dest, sync=True) as partial:
        partial.write_text("new", encoding="utf-8")
    assert dest.read_text(encoding="utf-8") == "new" and sorted(tmp_path.iterdir()) == [dest]


def test_settings_that_cannot_be_written_leave_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from models.config import UserSettings

    path = tmp_path / "config" / "settings.json"
    monkeypatch.setattr(UserSettings, "path", staticmethod(lambda: path))
    UserSettings(language="zh_CN").save()

    def refused(*_: object, **__: object) -> None:  # the rename refused (a read-only or full disk, a lock)
        raise OSError(30, "Read-only file system")
    monkeypatch.setattr("os.replace", refused)
    with pytest.raises(OSError):
        UserSettings(language="en").save()
    monkeypatch.undo()
    assert UserSettings.load().language == "zh_CN" and sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
