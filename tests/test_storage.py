"""Keeping data safe (docs/design.md §6): WAL + synchronous=FULL, migrations, backups, restore, check."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text as sa_text

from exchange.backup import auto_backup, backup_now, backups_to_keep, check, inspect_backup, list_backups, restore
from models.all import Base
from models.attachments import read_verified, store, stored_path
from models.db import DB_NAME, Workspace, head_revision
from models.errors import NewerDatabaseError, UserError
from models.services.roster import RosterService
from tests.conftest import FIXTURES, ROOT


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(ws: Workspace) -> None:
    with ws.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_models_match_the_latest_migration(ws: Workspace) -> None:
    from models.all import include_name

    with ws.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c, opts={"include_name": include_name}), Base.metadata)
    assert diff == []


def test_fast_path_schema_head_is_alembics_head() -> None:
    from models.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision(), "set models.db.SCHEMA_HEAD to the new migration's revision"


def test_checked_in_old_database_opens_and_keeps_its_data(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0001.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        assert len(RosterService(ws).list_members()) == 6
        with ws.engine.connect() as c:
            assert MigrationContext.configure(c).get_current_revision() == head_revision()
    finally:
        ws.close()


def test_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "new"
    Workspace.open(root).close()
    with closing(sqlite3.connect(root / DB_NAME)) as c:
        c.execute("UPDATE alembic_version SET version_num='9999_future'")
        c.commit()
    before = (root / DB_NAME).read_bytes()
    with pytest.raises(NewerDatabaseError, match="更新版本"):
        Workspace.open(root)
    assert (root / DB_NAME).read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "junk"
    root.mkdir()
    (root / DB_NAME).write_text("hello")
    with pytest.raises(UserError, match="不是支部工作台的数据库"):
        Workspace.open(root)


def test_backup_and_restore_round_trip(demo_ws: Workspace) -> None:
    roster = RosterService(demo_ws)
    names = [m.name for m in roster.list_members()]
    b = backup_now(demo_ws)
    assert inspect_backup(b) == head_revision()
    first = roster.list_members()[0]
    roster.leave(first.id, "去世", first.join_date, "误操作")  # type: ignore[arg-type]
    before = restore(demo_ws.root, demo_ws, b)
    ws2 = Workspace.open(demo_ws.root)
    try:
        assert [m.name for m in RosterService(ws2).list_members()] == names
        assert before.exists() and "before-restore" in before.name
    finally:
        ws2.close()


def test_restore_refuses_a_damaged_backup_and_keeps_the_data(demo_ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    good = backup_now(demo_ws).read_bytes()
    bad.write_bytes(good[:4096] + b"\0" * 4096 + good[8192:])
    with pytest.raises(UserError):
        restore(demo_ws.root, demo_ws, bad)
    (tmp_path / "text.sqlite3").write_text("not a backup")
    with pytest.raises(UserError, match="不是支部工作台的备份文件"):
        restore(demo_ws.root, demo_ws, tmp_path / "text.sqlite3")
    assert len(RosterService(demo_ws).list_members()) == 35


def test_automatic_backup_only_when_data_changed(ws: Workspace) -> None:
    from datetime import date

    from models.services.dto import MemberInput

    assert auto_backup(ws) is None  # nothing changed yet
    RosterService(ws).add(MemberInput(name="张三", gender="男", birth_date=date(1980, 1, 1),
                                      join_date=date(2003, 7, 1), full_date=date(2004, 7, 1)))
    assert auto_backup(ws) is not None
    assert auto_backup(ws) is None
    assert [b.reason for b in list_backups(ws)] == ["auto"]


def test_backup_thinning_daily_weekly_monthly_yearly() -> None:
    now = datetime(2026, 11, 21, 18, 0)
    times = [now - timedelta(hours=6 * i) for i in range(4 * 800)]  # four a day for 800 days
    keep = backups_to_keep(times, now)
    recent = [t for t in keep if now - t <= timedelta(days=7)]
    assert len(recent) == len({t.date() for t in recent}) == 8  # one a day (today and the 7 before)
    weekly = [t for t in keep if timedelta(days=7) < now - t <= timedelta(weeks=8)]
    assert len({tuple(t.isocalendar())[:2] for t in weekly}) == len(weekly)
    monthly = [t for t in keep if timedelta(weeks=8) < now - t <= timedelta(days=366)]
    assert len({(t.year, t.month) for t in monthly}) == len(monthly)
    assert len(keep) < 40
    assert max(times) in keep


def test_check_finds_a_damaged_attachment(ws: Workspace, tmp_path: Path) -> None:
    f = tmp_path / "签到表.jpg"
    f.write_bytes(b"scan of the sign-in sheet")
    sha = store(ws, f)
    assert check(ws).ok
    stored_path(ws, sha, "jpg").write_bytes(b"tampered")
    report = check(ws)
    assert not report.ok and "签到表.jpg" in report.attachments[0]
    with pytest.raises(UserError, match="已损坏"):
        read_verified(ws, sha, "jpg")


WRITER = r"""
import sys, itertools
sys.path.insert(0, sys.argv[2])
from datetime import date
from pathlib import Path
from models.db import Workspace
from models.services.roster import RosterService
from models.services.dto import MemberInput
ws = Workspace.open(Path(sys.argv[1]))
roster = RosterService(ws)
for i in itertools.count():
    roster.add(MemberInput(name="党员" + "甲乙丙丁戊己庚辛壬癸"[i % 10] * (1 + i // 10 % 3), gender="男",
                           birth_date=date(1980, 1, 1), join_date=date(2003, 7, 1), full_date=date(2004, 7, 1),
                           notes=str(i)))
    print(i, flush=True)
"""


@pytest.mark.slow
def test_killing_the_program_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    """Done means: data intact after killing the program mid-edit (issue 2)."""
    root = tmp_path / "kill"
    Workspace.open(root).close()
    p = subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(ROOT)], stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None
    seen = -1
    deadline = time.monotonic() + 30
    while seen < 40 and time.monotonic() < deadline:
        seen = int(p.stdout.readline().split()[0])
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    ws = Workspace.open(root)
    try:
        assert check(ws).ok
        assert len(RosterService(ws).list_members()) >= seen + 1  # every reported commit survived
    finally:
        ws.close()


def test_restore_works_when_the_current_database_is_damaged(demo_ws: Workspace) -> None:
    b = backup_now(demo_ws)
    root = demo_ws.root
    demo_ws.close()
    (root / DB_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # damaged beyond opening
    with pytest.raises(UserError):
        Workspace.open(root).close()
    kept = restore(root, None, b)
    assert "damaged" in kept.name and kept.exists()
    ws = Workspace.open(root)
    try:
        assert len(RosterService(ws).list_members()) == 35 and check(ws).ok
    finally:
        ws.close()


def test_checked_in_rev0002_database_keeps_meetings_and_search(tmp_path: Path) -> None:
    from models.services.meetings import MeetingService

    root = tmp_path / "rev2"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0002.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        svc = MeetingService(ws)
        meetings = svc.list_meetings()
        assert len(meetings) > 20
        assert svc.search("交流讨论") and svc.search("党章")
    finally:
        ws.close()


def test_checked_in_rev0003_database_upgrades_and_keeps_appraisals(tmp_path: Path) -> None:
    """A workspace from before pledges (revision 0003) opens, is backed up, gains the pledge tables and keeps
    its talks and appraisals."""
    from models.services.appraisals import AppraisalService
    from models.services.pledges import PledgeService
    from models.services.talks import TalkService

    root = tmp_path / "rev3"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0003.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        assert TalkService(ws).list_talks() and any(r.input.grade for r in AppraisalService(ws).sheet(2025))
        assert PledgeService(ws).list_pledges(2026) == [] and check(ws).ok
        assert list((root / "backups").glob("*.sqlite3"))
    finally:
        ws.close()


def test_checked_in_rev0004_database_upgrades_and_keeps_pledges(tmp_path: Path) -> None:
    """A workspace from before dues and recruitment (revision 0004) opens, is backed up, gains the dues and
    development tables and keeps its pledges."""
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService
    from models.services.pledges import PledgeService

    root = tmp_path / "rev4"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0004.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        assert any(PledgeService(ws).list_pledges(y) for y in (2025, 2026))
        assert DevelopmentService(ws).list_people() == [] and DuesService(ws).accounts(2026) == []
        assert check(ws).ok
        assert list((root / "backups").glob("*.sqlite3"))
    finally:
        ws.close()


def test_checked_in_rev0005_database_upgrades_and_keeps_dues(tmp_path: Path) -> None:
    """A workspace from before books 1-ext, 8, 13 and 15 (revision 0005) opens, is backed up, gains their tables
    and keeps its dues and recruitment records."""
    from models.services.development import DevelopmentService
    from models.services.dues import DuesService

    root = tmp_path / "rev5"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0005.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        assert DevelopmentService(ws).list_people()
        assert any(DuesService(ws).payments(y) for y in (2025, 2026))
        with ws.session() as s:
            assert s.execute(sa_text("SELECT count(*) FROM committee_term")).scalar() == 0
            assert s.execute(sa_text("SELECT count(*) FROM transfer_letter")).scalar() == 0
        assert check(ws).ok
        assert list((root / "backups").glob("*.sqlite3"))
    finally:
        ws.close()


def test_checked_in_rev0006_database_upgrades_and_gets_a_bundle_ledger(tmp_path: Path) -> None:
    """A workspace from before monthly bundles (revision 0006) opens, is backed up, gains the ledger of bundles
    sent (empty: its first bundle carries everything) and keeps its records."""
    from models.services.dues import DuesService

    root = tmp_path / "rev6"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0006.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        assert any(DuesService(ws).payments(y) for y in (2025, 2026))
        with ws.session() as s:
            assert s.execute(sa_text("SELECT count(*) FROM bundle_sent")).scalar() == 0
            assert s.execute(sa_text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert check(ws).ok
        assert list((root / "backups").glob("*before-migrate-0006*.sqlite3"))
    finally:
        ws.close()


def test_checked_in_rev0007_database_upgrades_sealed_and_with_a_records_start(tmp_path: Path) -> None:
    """Migration 0008 adds the content seals: an old workspace is sealed as it stands, `check` passes, and a
    change made afterwards outside the program is found."""
    root = tmp_path / "old"
    root.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0007.sqlite3", root / DB_NAME)
    ws = Workspace.open(root)
    try:
        report = check(ws)
        assert report.ok, report.lines()
        with ws.engine.connect() as c:
            rows = sum(c.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0
                       for t in ("member", "meeting", "meeting_attendance", "dues_payment"))
        assert report.rows_checked >= rows > 0
        from models.services.profile import ProfileService

        # 0009: the 启用日期 of an existing branch is the month of its first meeting or payment
        assert ProfileService(ws).records_from() == ProfileService(ws).earliest_record()
    finally:
        ws.close()
    with closing(sqlite3.connect(root / DB_NAME)) as c:
        c.execute("UPDATE member SET name = name || '改' WHERE id = (SELECT min(id) FROM member)")
        c.commit()
    ws = Workspace.open(root)
    try:
        assert any("花名册" in line for line in check(ws).content)
    finally:
        ws.close()


def test_a_record_in_the_bin_or_changed_elsewhere_is_refused_by_name(ws: Workspace) -> None:
    """One “get live or refuse” for every service: a record in the recycle bin cannot be changed, and a record
    changed since it was read is not overwritten; the refusal names the kind of record."""
    from datetime import date

    from models.errors import UserError
    from models.services.dto import MemberInput
    from models.services.roster import RosterService
    from models.services.talks import TalkInput, TalkService

    m = RosterService(ws).add(MemberInput(name="李四", gender="男", birth_date=date(1980, 1, 2),
                                          join_date=date(2005, 7, 1), full_date=date(2006, 7, 1)))
    svc = TalkService(ws)
    t = svc.add(TalkInput(date(2026, 3, 2), "支部书记", m.id, "思想状况"))
    svc.update(t.id, TalkInput(date(2026, 3, 2), "支部书记", m.id, "工作情况"), t.version)
    with pytest.raises(UserError, match="该谈话记录已在别处被修改"):
        svc.update(t.id, TalkInput(date(2026, 3, 2), "支部书记", m.id, "家庭情况"), t.version)
    svc.delete(t.id)
    with pytest.raises(UserError, match="找不到该谈话记录"):
        svc.update(t.id, TalkInput(date(2026, 3, 2), "支部书记", m.id, "家庭情况"))
    svc.restore(t.id)
    assert svc.get(t.id).topic == "工作情况"
