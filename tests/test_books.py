"""The registry of the fifteen books: every table has one home, and everything that lists books follows it."""
from __future__ import annotations

import importlib

from models.all import Base
from models.books import BOOK_OF_TABLE, BOOKS, DETAIL_TABLES, FORMS, LIST_KEYS, OWN_TABLES, PARTS


def test_every_table_belongs_to_one_book_or_is_a_detail_or_the_programs_own() -> None:
    homes: dict[str, list[str]] = {}
    for b in BOOKS:
        for t in b.tables:
            homes.setdefault(t, []).append(b.key)
    for t in DETAIL_TABLES:
        homes.setdefault(t, []).append("detail")
    for t in OWN_TABLES:
        homes.setdefault(t, []).append("own")
    assert {t: h for t, h in homes.items() if len(h) > 1} == {}
    assert sorted(Base.metadata.tables) == sorted(homes), "a table without a home, or a home without a table"


def test_detail_tables_are_nested_in_a_record_of_a_book() -> None:
    from exchange.records import CHILD_OF

    assert sorted(CHILD_OF) == sorted(DETAIL_TABLES)
    for child, (parent, column) in CHILD_OF.items():
        assert parent in BOOK_OF_TABLE, child
        assert column in Base.metadata.tables[child].columns


def test_the_fifteen_books_are_numbered_in_order_with_one_title_each() -> None:
    assert [p.no for p in PARTS] == list(range(1, 16))
    assert len({p.title for p in PARTS}) == 15 and len({b.zh for b in BOOKS}) == len(BOOKS)
    assert [b.label for b in BOOKS][:3] == ["1 支部基本情况", "2 党员花名册", "3–7 三会一课"]


def test_every_form_and_page_the_registry_names_exists() -> None:
    for f in FORMS.values():
        module, name = f.render.split(":")
        assert callable(getattr(importlib.import_module(module), name)), f.key
    for b in BOOKS:
        module, cls = b.page.split(":")
        assert isinstance(getattr(importlib.import_module(module), cls), type), b.key


def test_the_command_line_offers_what_the_registry_lists() -> None:
    from main import build_parser

    parser = build_parser()
    assert parser.parse_args(["list", "partyday"]).book == "partyday"
    for key in LIST_KEYS:
        assert parser.parse_args(["list", key]).book == key
    for key in FORMS:
        assert parser.parse_args(["report", key, "--out", "x.pdf"]).kind == key


def test_the_volume_prints_the_books_in_the_registry_order(ws) -> None:  # type: ignore[no-untyped-def]
    from reports.fonts import fonts
    from reports.volume import volume_books

    plan = volume_books(ws, 2026, fonts())
    assert [(no, title) for no, title, _r in plan] == [(p.no, p.title) for p in PARTS]


def test_the_bundle_writes_one_record_file_per_book(demo_ws) -> None:  # type: ignore[no-untyped-def]
    from exchange import bundle

    pv = bundle.preview(demo_ws, "2026-10")
    assert {ln.book for ln in pv.lines} <= {b.key for b in BOOKS}
    assert set(pv.changes) <= {b.key for b in BOOKS}


def test_one_version_and_no_reference_to_files_outside_the_repository() -> None:
    import re
    import tomllib
    from pathlib import Path

    from models import VERSION

    root = Path(__file__).resolve().parent.parent
    assert tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"] == VERSION
    outside = re.compile(r"\b(DESIGN|STYLE|PERF)\.md")
    cited = [str(p.relative_to(root)) for folder in ("models", "reports", "exchange", "cli", "ui", "resources", "docs")
             for p in (root / folder).rglob("*") if p.suffix in (".py", ".md", ".json", ".yaml")
             and outside.search(p.read_text(encoding="utf-8"))]
    assert cited == [] and not outside.search((root / "README.md").read_text(encoding="utf-8"))
