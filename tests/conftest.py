"""Every test gets its own workspace folder and settings folder; Qt runs offscreen; background work runs
synchronously (SyncTaskRunner) so tests are deterministic."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models.db import Workspace  # noqa: E402
from models.i18n import set_language  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BRANCHDESK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("BRANCHDESK_DATA_DIR", raising=False)
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = Workspace.open(tmp_path / "ws")
    yield w
    w.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo branch per test session (35 members, 3 years of meetings up to today)."""
    from models.demo import fill_demo

    root = tmp_path_factory.mktemp("demo-template")
    w = Workspace.open(root)
    fill_demo(w, today=date.today())
    w.close()
    return root


@pytest.fixture
def demo_ws(tmp_path: Path, demo_template: Path) -> Iterator[Workspace]:
    """A private copy of the demo branch (copied with the SQLite backup API)."""
    from models.db import DB_NAME, backup_database

    root = tmp_path / "demo"
    backup_database(demo_template / DB_NAME, root / DB_NAME)
    w = Workspace.open(root)
    yield w
    w.close()


@pytest.fixture
def ctx(qapp, demo_ws: Workspace):  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.context import AppContext
    from ui.tasks import SyncTaskRunner

    return AppContext(demo_ws, UserSettings(), SyncTaskRunner())
