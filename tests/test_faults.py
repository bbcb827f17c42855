"""Nothing lost, ever: the program killed at the worst moments, full disks, read-only folders, damaged, missing and
emptied files, two writers at once. Each test names the promise it checks.

Full disks are real: a small tmpfs mounted for the test when the tests run as root (CI does); elsewhere the free
space the program sees is faked, which checks the refusals up front but not SQLite's own ENOSPC path.
"""
from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from exchange import bundle
from exchange.backup import KEEP_NEWEST, auto_backup, backup_now, check, list_backups, restore
from models.backups import is_good_backup
from models.db import DB_NAME, Workspace, backup_database
from models.errors import DiskFullError, UserError, WorkspaceMissingError
from models.services.dto import MemberInput
from models.services.roster import RosterService
from tests.conftest import ROOT
from tests.helpers import cli as run  # the next program in, run in this process: only kills and races need processes

TODAY = date(2026, 11, 21)


# ---- helpers -------------------------------------------------------------------------------------------------------

def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real program in its own process (kills need one)."""
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=e,
                          timeout=timeout)


def main_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from main import main

    rc = main(list(args), exec_=False)
    out = capsys.readouterr()
    return rc, out.out, out.err


def member(name: str = "张建国") -> MemberInput:
    return MemberInput(name=name, gender="男", birth_date=date(1980, 1, 1), join_date=date(2003, 7, 1),
                       full_date=date(2004, 7, 1))


def copy_demo(template: Path, dest: Path) -> Path:
    backup_database(template / DB_NAME, dest / DB_NAME)
    Workspace.open(dest).close()
    return dest


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def small_disk(tmp_path: Path, size_kb: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a file system of ``size_kb``: a real tmpfs as root, else the free space the program sees is faked."""
    mnt = tmp_path / f"disk{size_kb}"
    mnt.mkdir()
    if can_mount() and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mnt)],
                                      capture_output=True).returncode == 0:
        try:
            yield mnt
        finally:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
        return
    import models.disk

    real = models.disk.free_bytes

    def fake(path: Path) -> int | None:
        p = Path(path).resolve()
        return 0 if str(p).startswith(str(mnt.resolve())) else real(path)

    monkeypatch.setattr(models.disk, "free_bytes", fake)
    yield mnt


def fill_up(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (1 << 20, 65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def names(ws: Workspace) -> list[str]:
    return sorted(m.name for m in RosterService(ws).list_members())


def files_state(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.iterdir() if p.is_file() and p.name.startswith(DB_NAME)}


# ---- 1. restore and backup on a full disk --------------------------------------------------------------------------

@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small real file system")
def test_restore_on_a_full_disk_refuses_and_keeps_every_commit_including_the_wal(
        tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(tmp_path, 12 * 1024, monkeypatch) as disk:
        root = copy_demo(demo_template, disk / "ws")
        ws = Workspace.open(root)
        old = backup_now(ws)
        RosterService(ws).add(member())
        ws.close()
        filler = fill_up(disk)
        before = files_state(root)
        with pytest.raises(DiskFullError, match="磁盘已满"):
            restore(root, None, old)
        assert files_state(root) == before, "the live files must be exactly as they were"
        assert not list((root / "backups").glob("*.partial*")) and not (root / f"{DB_NAME}.restoring").exists()
        filler.unlink()
        ws2 = Workspace.open(root)
        try:
            assert "张建国" in names(ws2)
            assert check(ws2).ok
        finally:
            ws2.close()


def test_restore_sets_the_live_data_aside_with_its_wal_and_verifies_it(tmp_path: Path, demo_template: Path) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    ws = Workspace.open(root)
    old = backup_now(ws)
    RosterService(ws).add(member())  # lives in the WAL while ws is open
    kept = restore(root, ws, old)
    with closing(sqlite3.connect(kept)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM member WHERE name='张建国'").fetchone()[0] == 1
    ws2 = Workspace.open(root)
    try:
        assert "张建国" not in names(ws2) and check(ws2).ok
    finally:
        ws2.close()


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small real file system")
def test_a_backup_that_fails_on_a_full_disk_leaves_no_partial(
        tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.db

    with small_disk(tmp_path, 4 * 1024, monkeypatch) as disk:
        root = copy_demo(demo_template, disk / "ws")
        ws = Workspace.open(root)
        try:
            fill_up(disk)
            # past the up-front check too: SQLite's own write fails on the full disk
            monkeypatch.setattr(models.db, "require_space", lambda *_a: None)
            with pytest.raises(DiskFullError):
                backup_now(ws)
            assert not list((root / "backups").glob("*.partial*"))
        finally:
            ws.close()


def test_stale_partials_of_a_killed_backup_are_cleaned_by_the_next_program(tmp_path: Path, demo_template: Path) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    stale = root / "backups" / "branchdesk-20260101-000000-manual.sqlite3.partial"
    stale.write_bytes(b"SQLite format 3\x00half")
    (root / "backups" / f"{stale.name}-journal").write_bytes(b"x")
    r = run("--data-dir", str(root), "backup")
    assert r.returncode == 0, r.stderr
    assert not list((root / "backups").glob("*.partial*"))


def test_backup_refuses_up_front_when_the_copy_will_not_fit(
        tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.disk

    root = copy_demo(demo_template, tmp_path / "ws")
    ws = Workspace.open(root)
    old = backup_now(ws)
    try:
        monkeypatch.setattr(models.disk, "free_bytes", lambda _p: 4096)
        with pytest.raises(DiskFullError, match="磁盘已满"):
            backup_now(ws)
        before = files_state(root)
        with pytest.raises(DiskFullError, match="磁盘已满"):
            restore(root, None, old)
        assert files_state(root) == before
    finally:
        ws.close()
    assert not list((root / "backups").glob("*.partial*"))


# ---- 2. a full disk is named as a full disk, a read-only folder as read-only ------------------------------------

@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small real file system")
def test_full_disk_and_read_only_folder_are_named_never_called_damage(
        tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(tmp_path, 8 * 1024, monkeypatch) as disk:
        root = copy_demo(demo_template, disk / "ws")
        ws = Workspace.open(root)
        fill_up(disk)
        # saving in the window goes through one unit of work: a clear message, nothing half-written
        try:
            with pytest.raises(DiskFullError):
                for n in range(400):
                    RosterService(ws).add(member("测试" + "甲乙丙丁戊己庚辛壬癸"[n % 10] + "子丑寅卯辰巳午未申酉戌亥"[n // 10 % 12]
                                                 + "东南西北"[n // 120]))
        finally:
            ws.close()
        for args in (("status",), ("list", "roster"), ("backup",), ("check",)):
            r = run("--data-dir", str(root), *args)
            assert "已损坏" not in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
            assert r.returncode == 0 or "磁盘已满" in r.stderr, (args, r.stderr)
        r = run("--data-dir", str(root), "backup")
        assert r.returncode == 1 and "磁盘已满" in r.stderr
        for p in disk.glob("filler*"):
            p.unlink()
        ws = Workspace.open(root)
        try:
            assert check(ws).ok
        finally:
            ws.close()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for args in (("status",), ("list", "roster"), ("backup",)):
            r = run("--data-dir", str(root), *args)
            assert "已损坏" not in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
            assert r.returncode == 0 or "只读" in r.stderr, (args, r.stderr)
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small real file system")
def test_demo_and_roster_import_on_a_full_disk_write_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import FIXTURES

    with small_disk(tmp_path, 1024, monkeypatch) as disk:
        r = run("--data-dir", str(disk / "demo"), "demo", "--members", "30", "--years", "3")
        assert r.returncode == 1 and "磁盘已满" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert not list((disk / "demo").glob(".demo-building-*"))
        w = Workspace.open(disk / "demo") if (disk / "demo" / DB_NAME).exists() else None
        if w is not None:
            from models.services.profile import ProfileService

            assert ProfileService(w).get() is None and names(w) == []
            w.close()
    with small_disk(tmp_path, 2 * 1024, monkeypatch) as disk:
        root = disk / "ws"
        Workspace.open(root).close()
        fill_up(disk)
        r = run("--data-dir", str(root), "roster", "import", str(FIXTURES / "roster_clean.xlsx"))
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert "磁盘已满" in r.stderr
        for p in disk.glob("filler*"):
            p.unlink()
        w = Workspace.open(root)
        try:
            assert names(w) == [] and check(w).ok
        finally:
            w.close()


# ---- 3. a missing or empty workspace is never silently replaced -------------------------------------------------

@pytest.mark.parametrize("how", ["missing", "zero bytes"])
def test_a_known_workspace_that_vanished_is_reported_with_its_newest_backup(
        tmp_path: Path, demo_template: Path, how: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    ws = Workspace.open(root)
    good = backup_now(ws, when=datetime(2026, 11, 20, 9))
    ws.close()
    db = root / DB_NAME
    db.unlink()
    if how == "zero bytes":
        db.write_bytes(b"")
    with pytest.raises(WorkspaceMissingError) as err:
        Workspace.open(root)
    assert err.value.newest_backup == good and good.name in str(err.value)
    rc, _out, errtext = main_in_process(capsys, "--data-dir", str(root), "status")
    assert rc == 1 and "不会用一个新的空支部代替它" in errtext and "restore" in errtext
    assert not db.exists() or db.stat().st_size == 0, "nothing was created in its place"
    rc, out, errtext = main_in_process(capsys, "--data-dir", str(root), "restore", str(good))
    assert rc == 0, errtext
    w = Workspace.open(root)
    try:
        assert len(names(w)) == 35
    finally:
        w.close()


def test_new_branch_on_purpose_with_init_and_a_fresh_folder_just_opens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh = tmp_path / "fresh"
    Workspace.open(fresh).close()  # never used before: a new workspace is what the user wants
    (fresh / DB_NAME).unlink()
    with pytest.raises(WorkspaceMissingError):
        Workspace.open(fresh)
    rc, out, err = main_in_process(capsys, "--data-dir", str(fresh), "init", "--no-encrypt")
    assert rc == 0 and "新建" in out, err
    Workspace.open(fresh).close()


def test_thinning_keeps_the_newest_good_backups_whatever_happens_today(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws")
    try:
        RosterService(ws).add(member())
        start = datetime(2026, 11, 21, 8)
        made = [backup_now(ws, "auto", start + timedelta(minutes=5 * i)) for i in range(KEEP_NEWEST + 3)]
        for p in made[-3:]:  # today the live file went bad and was backed up as it was: those copies are no good
            p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
        RosterService(ws).add(member("李四"))
        auto_backup(ws, now=start + timedelta(hours=3))
        left = [b.path for b in list_backups(ws) if b.reason == "auto"]
        good = [p for p in left if is_good_backup(p)]
        assert len(good) >= KEEP_NEWEST, "the newest good backups survive the same-day thinning"
    finally:
        ws.close()


# ---- 4. damage is found and named -------------------------------------------------------------------------------

def test_one_changed_character_in_a_final_meetings_minutes_is_found_and_named(
        tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    with closing(sqlite3.connect(root / DB_NAME)) as c:
        mid, minutes, held_on = c.execute("SELECT id, minutes, held_on FROM meeting WHERE state='final' "
                                          "AND minutes != '' ORDER BY held_on LIMIT 1").fetchone()
        c.execute("UPDATE meeting SET minutes=? WHERE id=?", (minutes[:-1] + "改", mid))
        c.commit()
    rc, out, _err = main_in_process(capsys, "--data-dir", str(root), "check")
    assert rc == 1
    assert "记录在程序之外被改动" in out and "三会一课" in out and str(held_on)[:10] in out


def test_a_bit_flipped_date_gives_a_message_naming_the_record_never_a_traceback(
        tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    with closing(sqlite3.connect(root / DB_NAME)) as c:
        mid, title = c.execute("SELECT id, title FROM meeting ORDER BY held_on DESC LIMIT 1").fetchone()
        c.execute("UPDATE meeting SET held_on='2026-13-05' WHERE id=?", (mid,))  # '0'→'1' is one bit
        c.commit()
    for args in (("status",), ("list", "meetings")):
        r = run("--data-dir", str(root), *args)
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert "无法读取" in r.stderr and title[:10] in r.stderr, r.stderr
    rc, out, _ = main_in_process(capsys, "--data-dir", str(root), "check")
    assert rc == 1 and "无法读取" in out and "held_on" in out


def test_the_crash_box_offers_check_and_restore_and_does_not_claim_the_data_is_safe(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.context import show_crash

    seen: dict[str, object] = {}

    def look() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.reject()

    QTimer.singleShot(0, look)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        show_crash(exc, None)
    assert "安全" not in str(seen["text"]) and "safe" not in str(seen["text"])
    buttons = " ".join(seen["buttons"])  # type: ignore[arg-type]
    assert ("检查" in buttons or "Check" in buttons) and ("恢复" in buttons or "Restore" in buttons)


# ---- 5. exports never get stuck ---------------------------------------------------------------------------------

def _receive_all(store_dir: Path, files: list[Path]) -> list[str]:
    from models.committee_store import CommitteeStore
    from tests.helpers import receive_trusted

    store = CommitteeStore.open(store_dir)
    try:
        return [r.status + ":" + "; ".join(r.reasons) for r in receive_trusted(store, files)]
    finally:
        store.close()


def test_a_month_is_sent_only_once_it_is_on_the_stick_and_a_finished_bundle_is_reused(
        tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    ws = Workspace.open(root)
    try:
        pv = bundle.preview(ws, "2026-10", today=TODAY)
        with small_disk(tmp_path, 64, monkeypatch) as stick:  # far too small for the bundle
            with pytest.raises(UserError):
                bundle.send(ws, pv, stick)
            assert not list(stick.glob("*.zip")) and not list(stick.glob("*.partial"))
        assert "2026-10" not in bundle.month_state(ws), "not sent until it is on the stick"
        [waiting] = bundle.pending(ws)
        good = tmp_path / "stick"
        good.mkdir()
        done = bundle.send(ws, bundle.preview(ws, "2026-10", today=TODAY), good)
        assert done.reused and [p.name for p in done.paths] == [waiting.file_name]
        assert bundle.month_state(ws)["2026-10"].revision == 1 and len(bundle.history(ws)) == 1
        assert not bundle.pending(ws)
    finally:
        ws.close()
    assert [s.split(":")[0] for s in _receive_all(tmp_path / "committee", sorted(good.glob("*.zip")))] == ["applied"]


def test_after_restoring_a_backup_from_before_a_send_the_chain_goes_on_without_a_gap(
        tmp_path: Path, demo_template: Path) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    stick = tmp_path / "stick"
    stick.mkdir()
    ws = Workspace.open(root)
    from exchange.keys import workspace_signer

    workspace_signer(ws)  # the branch's key is made at set-up, before any backup
    old = backup_now(ws)
    bundle.send(ws, bundle.preview(ws, "2026-09", today=TODAY), stick)
    kept = restore(root, ws, old)
    assert kept.exists()
    ws = Workspace.open(root)
    try:
        assert bundle.history(ws) == []  # the restored ledger never heard of September's bundle …
        done = bundle.send(ws, bundle.preview(ws, "2026-10", today=TODAY), stick)
        # … but the bundle kept in bundles/ is taken back, so October follows it in the chain
        assert [b.sequence for b in sorted(bundle.history(ws), key=lambda b: b.sequence)] == [1, 2]
        assert len(done.paths) == 2
    finally:
        ws.close()
    statuses = _receive_all(tmp_path / "committee", sorted(stick.glob("*.zip")))
    assert [s.split(":")[0] for s in statuses] == ["applied", "applied"], statuses


# ---- kill -9 at many points: all or nothing, and check passes ------------------------------------------------------

@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kill") / "tmpl"
    r = run("--data-dir", str(root), "demo", "--members", "12", "--years", "1", "--unmarked")
    assert r.returncode == 0, r.stderr
    return root


def _fresh(small_demo: Path, dest: Path) -> Path:
    shutil.copytree(small_demo, dest)
    return dest


def _check_ok(root: Path) -> None:
    ws = Workspace.open(root)
    try:
        report = check(ws)
        assert report.ok, report.lines()
    finally:
        ws.close()


KILL_POINTS = [
    ("backup", "backup-copied"),
    ("restore", "restore-set-aside"),
    ("restore", "restore-swapping"),
    ("export", "bundle-written"),
    ("export", "bundle-copying"),
    ("export", "bundle-copied"),
    ("roster", "import-half"),
    ("demo", "demo-filled"),
]


@pytest.mark.parametrize(("command", "point"), KILL_POINTS, ids=[p for _c, p in KILL_POINTS])
def test_killed_at_each_critical_point_all_or_nothing_and_check_passes(
        tmp_path: Path, small_demo: Path, command: str, point: str) -> None:
    from tests.conftest import FIXTURES

    root = _fresh(small_demo, tmp_path / "ws")
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"BRANCHDESK_KILL_AT": point}
    ws = Workspace.open(root)
    before_names = names(ws)
    old = backup_now(ws, when=datetime(2026, 1, 1))
    ws.close()
    if command == "restore":
        RosterService_add(root, "恢复后应消失")
    args = {"backup": ["backup"], "restore": ["restore", str(old)],
            "export": ["export", "--month", "2026-10", "--out", str(stick)],
            "roster": ["roster", "import", str(FIXTURES / "roster_clean.xlsx")],
            "demo": ["demo", "--members", "5", "--years", "0"]}[command]
    target = root if command != "demo" else tmp_path / "demo"
    r = cli("--data-dir", str(target), *args, env=env)
    assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr)
    # the next program in: it cleans up what was left, and everything is whole
    r2 = run("--data-dir", str(target), "check")
    assert r2.returncode in (0, 1) and "Traceback" not in r2.stderr, r2.stderr
    if command == "demo":
        again = run("--data-dir", str(target), "demo", "--members", "5", "--years", "0")
        assert again.returncode == 0, again.stderr  # a killed demo never blocks the next
        _check_ok(target)
        return
    _check_ok(root)
    ws = Workspace.open(root)
    try:
        now = names(ws)
        if command == "roster":
            assert now == before_names or len(now) > len(before_names) + 2  # none or all rows
        if command == "restore":
            assert now in (sorted([*before_names, "恢复后应消失"]), before_names)
        if command == "export":
            assert "2026-10" not in bundle.month_state(ws) or list(stick.glob("*.zip"))
    finally:
        ws.close()
    assert not list((root / "backups").glob("*.partial*")) or command == "backup"
    if command == "export":
        r3 = run("--data-dir", str(root), "export", "--month", "2026-10", "--out", str(stick))
        assert r3.returncode == 0, r3.stderr
        zips = sorted(stick.glob("*.zip"))
        assert [z.name for z in zips] == [zips[0].name] and "_r1" in zips[0].name, "reused, never rewritten as r2"
        assert not list(stick.glob("*.partial"))
        assert [s.split(":")[0] for s in _receive_all(tmp_path / "committee", zips)] == ["applied"]


def RosterService_add(root: Path, name: str) -> None:  # noqa: N802
    ws = Workspace.open(root)
    try:
        RosterService(ws).add(member(name))
    finally:
        ws.close()


def test_killed_while_a_database_is_made_or_migrated_nothing_is_half_made(tmp_path: Path) -> None:
    """SQLite commits each CREATE of a migration on its own: killed in the middle of making a new workspace, main
    left tables without a schema version, and every later start, init or demo said “不是支部工作台的数据库”. Now the
    database is made (or migrated) as a copy beside it and renamed into place; a kill leaves the old one or none."""
    import shutil

    from tests.conftest import FIXTURES

    new = tmp_path / "new"
    r = cli("--data-dir", str(new), "init", "--no-encrypt", env={"BRANCHDESK_KILL_AT": "migrating"})
    assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr)
    again = run("--data-dir", str(new), "demo", "--members", "5", "--years", "0")
    assert again.returncode == 0, again.stderr
    _check_ok(new)
    assert not list(new.glob("*.migrating*"))
    old = tmp_path / "old"
    old.mkdir()
    shutil.copyfile(FIXTURES / "workspace_rev0002.sqlite3", old / "branchdesk.sqlite3")
    r = cli("--data-dir", str(old), "status", env={"BRANCHDESK_KILL_AT": "migrated-aside"})
    assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr)
    import sqlite3

    with sqlite3.connect(old / "branchdesk.sqlite3") as c:  # untouched: still the old schema
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
    assert run("--data-dir", str(old), "status").returncode == 0
    _check_ok(old)


def test_a_committee_store_killed_while_it_is_made_opens_the_next_time(tmp_path: Path) -> None:
    """The committee's SQLite store is made aside too: a receive killed during its first migration leaves no
    half-made store, and the next receive makes it whole."""
    store = tmp_path / "committee"
    r = cli("--data-dir", str(store), "committee", "branches", env={"BRANCHDESK_KILL_AT": "migrating"})
    assert r.returncode == -signal.SIGKILL, (r.returncode, r.stderr)
    again = run("--data-dir", str(store), "committee", "branches")
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    assert not list(store.glob("*.migrating*"))


def test_killed_at_random_moments_of_demo_import_backup_and_export_loses_nothing(
        tmp_path: Path, small_demo: Path) -> None:
    """Beyond the named points: kill -9 at random moments (seeded) of each writing command."""
    from tests.conftest import FIXTURES

    rng = random.Random(14)
    tried = held = 0
    for n in range(4):
        root = _fresh(small_demo, tmp_path / f"ws{n}")
        stick = tmp_path / f"stick{n}"
        stick.mkdir()
        before = names(_open_close(root))
        args = [["roster", "import", str(FIXTURES / "roster_clean.xlsx")], ["backup"],
                ["export", "--month", "2026-10", "--out", str(stick)], ["demo"]][n % 4]
        target = root if args[0] != "demo" else tmp_path / f"demo{n}"
        if args[0] == "demo":
            args = ["demo", "--members", "8", "--years", "1"]
        p = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(target), *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        time.sleep(rng.uniform(0.9, 2.5))
        p.send_signal(signal.SIGKILL)
        p.wait()
        tried += 1
        r = run("--data-dir", str(target), "check")
        assert "Traceback" not in r.stderr, r.stderr
        if args[0] == "demo":
            again = run("--data-dir", str(target), "demo", "--members", "8", "--years", "1")
            assert again.returncode == 0 or "已有支部数据" in again.stderr, again.stderr
            _check_ok(target)
        else:
            _check_ok(root)
            after = names(_open_close(root))
            assert after == before or (args[0] == "roster" and len(after) > len(before) + 2)
        held += 1
    assert held == tried


def _open_close(root: Path) -> Workspace:
    ws = Workspace.open(root)
    ws.close()
    return ws


# ---- 7. two writers -----------------------------------------------------------------------------------------------

def _hold_lock(root: Path, what: str = "window") -> subprocess.Popen[str]:
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); from models.lock import WorkspaceLock; "
            f"l = WorkspaceLock(__import__('pathlib').Path({str(root)!r}), {what!r}).acquire(); "
            "print('held', flush=True); time.sleep(60)")
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def test_a_second_writer_is_refused_with_the_real_reason_and_a_killed_holder_leaves_no_stale_lock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    holder = _hold_lock(root)
    try:
        rc, _out, err = main_in_process(capsys, "--data-dir", str(root), "demo", "--members", "5", "--years", "0")
        assert rc == 1 and "正被另一个支部工作台使用" in err and "程序窗口" in err and "已损坏" not in err
        rc, _out, err = main_in_process(capsys, "--data-dir", str(root), "--smoke")
        assert rc == 1
        assert "正被另一个支部工作台使用" in err
    finally:
        holder.kill()
        holder.wait()
    rc, _out, err = main_in_process(capsys, "--data-dir", str(root), "demo", "--members", "5", "--years", "0")
    assert rc == 0, err  # the OS released the dead holder's lock


def test_two_demos_into_one_folder_one_wins_the_other_gives_the_reason(tmp_path: Path) -> None:
    target = tmp_path / "ws"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(target), "demo", "--members",
                               "10", "--years", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    codes = sorted(p.returncode for p in procs)
    errs = " ".join(e for _o, e in results)
    assert codes == [0, 1], errs
    assert ("正被另一个支部工作台使用" in errs or "已有支部数据" in errs) and "已损坏" not in errs and "Traceback" not in errs
    _check_ok(target)


def test_two_committee_receives_at_once_take_turns(tmp_path: Path, small_demo: Path) -> None:
    root = _fresh(small_demo, tmp_path / "ws")
    out = tmp_path / "out"
    out.mkdir()
    for month in ("2026-09", "2026-10"):
        assert run("--data-dir", str(root), "export", "--month", month, "--out", str(out)).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "committee"), "receive", str(out)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert all("Traceback" not in e for _o, e in results)
    lines = [ln for o, _e in results for ln in o.splitlines()]
    assert len(lines) == 4 and all(ln.startswith("待确认\t") for ln in lines), lines  # a new branch: held, not applied
    held = run("--data-dir", str(tmp_path / "committee"), "committee", "held").stdout.splitlines()
    assert len(held) == 2, held  # each file held once, though both receives saw both
    spoken = run("--data-dir", str(root), "key").stdout.split()
    done = run("--data-dir", str(tmp_path / "committee"), "committee", "confirm", "GWSF-JG01", *spoken).stdout
    assert [ln.split("\t")[0] for ln in done.splitlines()] == ["已接收", "已接收"], done


# ---- 8. bad characters never block the books ------------------------------------------------------------------------

def test_control_characters_in_an_imported_cell_are_refused_with_the_row_named(tmp_path: Path, ws: Workspace) -> None:
    from exchange.roster_import import analyse

    f = tmp_path / "nul.csv"  # a CSV from an old system (xlsx cannot even hold a NUL)
    f.write_text("姓名,性别,出生日期,入党时间,转正时间,单位及职务\n"
                 "王欣怡,女,1985-03-02,2010-07-01,2011-07-01,办公室\n"
                 "赵梓萱,女,1986-04-02,2011-07-01,2012-07-01,财务\x00部\n", encoding="utf-8")
    plan = analyse(ws, f)
    [bad] = plan.invalid
    assert bad.row_number == 3 and "控制字符" in "；".join(i.message for i in bad.errors)


def test_cr_only_csv_and_oversized_cells_get_a_message_not_a_traceback(tmp_path: Path, ws: Workspace) -> None:
    from exchange.roster_import import analyse

    cr = tmp_path / "mac.csv"
    cr.write_bytes("姓名,性别,出生日期,入党时间,转正时间\r王欣怡,女,1985-03-02,2010-07-01,2011-07-01\r".encode())
    plan = analyse(ws, cr)
    assert [r.entry.name for r in plan.rows] == ["王欣怡"] and not plan.invalid
    big = tmp_path / "big.csv"
    big.write_text("姓名,备注\n王欣怡," + "很" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="第2行"):
        analyse(ws, big)


def test_a_stored_control_character_or_formula_never_breaks_an_export(tmp_path: Path, demo_ws: Workspace) -> None:
    from openpyxl import load_workbook

    from exchange.roster_export import export_roster

    m = RosterService(demo_ws).list_members()[0]
    with closing(sqlite3.connect(demo_ws.db_path)) as c:  # as an older program might have stored it
        c.execute("UPDATE member SET job=? WHERE id=?", ("=cmd|' /C calc'!A0\x01", m.id))
        c.commit()
    out = export_roster(RosterService(demo_ws).list_members(), tmp_path / "r.xlsx", "支部")
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row if isinstance(c.value, str)  # type: ignore[union-attr]
             and c.value.startswith("=cmd")]
    assert cells and all(c.data_type == "s" for c in cells) and "\ufffd" in cells[0].value
    pv = bundle.preview(demo_ws, "2026-10", today=TODAY)
    done = bundle.send(demo_ws, pv, bundle.bundles_dir(demo_ws))
    assert done.paths[0].exists()


# ---- 9. files are private -------------------------------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_workspace_backups_bundles_and_logs_are_readable_by_the_user_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)
    try:
        root = tmp_path / "ws"
        stick = tmp_path / "stick"
        stick.mkdir()
        for args in (("demo", "--members", "5", "--years", "0"), ("backup",),
                     ("export", "--month", "2026-10", "--out", str(stick))):
            rc, _o, err = main_in_process(capsys, "--data-dir", str(root), *args)
            assert rc == 0, err
    finally:
        os.umask(old)
    for p in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, f"{p} is {oct(mode)}"


def test_a_truncated_database_is_called_damaged_and_a_restore_keeps_its_bytes_aside(
        tmp_path: Path, demo_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_demo(demo_template, tmp_path / "ws")
    ws = Workspace.open(root)
    good = backup_now(ws)
    ws.close()
    db = root / DB_NAME
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 3])  # a copy cut short, a disk that lost the end
    rc, _out, err = main_in_process(capsys, "--data-dir", str(root), "status")
    assert rc == 1 and "已损坏" in err and "Traceback" not in err and "磁盘已满" not in err
    rc, out, err = main_in_process(capsys, "--data-dir", str(root), "restore", str(good))
    assert rc == 0, err
    [kept] = [p for p in (root / "backups").iterdir() if p.name.endswith("-damaged")]
    assert (kept / DB_NAME).read_bytes() == raw[: len(raw) // 3], "the damaged file is kept byte for byte"
    _check_ok(root)
