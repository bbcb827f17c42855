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
# The tests start the real program as a process some sixty times (kills, two writers at once, the frozen build).
# A machine that sets PYTHONDONTWRITEBYTECODE made each of them compile every module of ours again (~0.4 s each);
# their bytecode now goes to one cache folder outside the checkout, shared by the xdist workers and kept between
# runs (Python checks each file's time and size, so an edited module is compiled again).
if "PYTHONPYCACHEPREFIX" not in os.environ:
    import getpass
    import tempfile

    os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"branchdesk-tests-pyc-{getpass.getuser()}")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models.db import Workspace  # noqa: E402
from models.i18n import set_language  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BRANCHDESK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("BRANCHDESK_DEMO_DIR", str(tmp_path_factory.mktemp("demo-apart") / "demo"))
    monkeypatch.delenv("BRANCHDESK_DATA_DIR", raising=False)
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture(autouse=True)
def confirmations(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions irreversible steps asked (ui.forms.confirm_lock), each answered yes — a test that wants to
    say no sets ``confirmations.answer = False``. Tests of the question itself use the real one (mark
    ``real_confirm``)."""
    asked = _Asked()
    if request.node.get_closest_marker("real_confirm") is None:
        def answer(_parent: object, _title: str, what: str, _verb: str) -> bool:
            asked.append(what)
            return asked.answer
        monkeypatch.setattr("ui.forms.confirm_lock", answer)
    return asked


class _Asked(list[str]):
    answer = True


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = Workspace.open(tmp_path / "ws")
    yield w
    w.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo branch per test run (35 members, 3 years of meetings up to today), shared by the parallel workers:
    the first to need it builds it under a file lock, the others wait and use it."""
    from filelock import FileLock

    from models.demo import fill_demo

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    root = shared / "demo-template"
    with FileLock(str(shared / "demo-template.lock")):
        if not (root / "ready").exists():
            w = Workspace.open(root)
            fill_demo(w, today=date.today())
            w.close()
            (root / "ready").touch()
    return root


@pytest.fixture(scope="session")
def demo_volumes(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[int, Path]:
    """The demo branch's yearly volumes of last year and this year, rendered once per test run (shared by the
    workers like the template) for the tests that only read them back."""
    from filelock import FileLock

    from models.db import DB_NAME, backup_database
    from reports.volume import render_volume

    shared = demo_template.parent
    out = {y: shared / f"demo-volume-{y}.pdf" for y in (date.today().year - 1, date.today().year)}
    with FileLock(str(shared / "demo-volumes.lock")):
        if not all(p.exists() for p in out.values()):
            root = shared / "demo-for-volumes"
            backup_database(demo_template / DB_NAME, root / DB_NAME)
            w = Workspace.open(root)
            try:
                for year, pdf in out.items():
                    render_volume(w, year, pdf)
            finally:
                w.close()
    return out


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
def demo_folder(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo branch as a data folder, for commands run on it (``--data-dir``)."""
    from models.db import DB_NAME, backup_database

    root = tmp_path / "demo"
    backup_database(demo_template / DB_NAME, root / DB_NAME)
    return root


@pytest.fixture
def ctx(qapp, demo_ws: Workspace):  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.context import AppContext
    from ui.tasks import SyncTaskRunner

    return AppContext(demo_ws, UserSettings(), SyncTaskRunner())


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[str]:
    """A real PostgreSQL server on loopback: the one .ci/run started (BRANCHDESK_TEST_PG), or a private one made
    here from the installed server binaries (scripts/setup.sh --dev installs them)."""
    url = os.environ.get("BRANCHDESK_TEST_PG")
    if url:
        yield url
        return
    import glob
    import shutil
    import socket
    import subprocess

    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        pytest.fail("PostgreSQL server binaries not found: run scripts/setup.sh --dev (installs postgresql), "
                    "or set BRANCHDESK_TEST_PG to a server's URL")
    import tempfile

    bindir = Path(bins[-1]).parent
    data = Path(tempfile.mkdtemp(prefix="branchdesk-pg-"))  # not under pytest's root-only folder
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(data, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    made = subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "postgres",
                           "-E", "UTF8"], capture_output=True, text=True)
    if made.returncode:
        pytest.fail(f"initdb failed: {made.stderr}")
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-o", opts, "-w", "-l",
                    str(data / "log"), "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def pg_url(_pg_server: str) -> Iterator[str]:
    """A fresh, empty database on that server for one test."""
    import uuid

    import psycopg

    name = f"bd_{uuid.uuid4().hex[:12]}"
    admin = _pg_server.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    base, _, _db = _pg_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
