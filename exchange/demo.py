"""Making the demo branch all or nothing: it is built in a private folder beside the workspace and moved into
place in one rename, so a program killed half-way leaves no half-made branch (which ``check`` would pass and
which would block the next ``demo``)."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from models import faults
from models.db import DB_NAME, Workspace
from models.disk import fsync_dir
from models.errors import UserError
from models.i18n import pick

BUILDING_PREFIX = ".demo-building-"
DEMO_META = "demo"


def is_demo(ws: Workspace) -> bool:
    """The workspace holds a demo branch (made by ``demo`` or “先看演示”), not a real one."""
    return ws.meta(DEMO_META) == "1"


def open_demo(root: Path | None = None) -> Workspace:
    """The demo branch in its own folder (made on first use): “先看演示” opens it instead of the real data."""
    from models.paths import demo_dir
    from models.services.profile import ProfileService

    root = Path(root or demo_dir())
    if (root / DB_NAME).exists():
        ws = Workspace.open(root, remember=False)
        if ProfileService(ws).get() is not None:
            return ws
        ws.close()
    make_demo_workspace(root, remember=False)
    return Workspace.open(root, remember=False)


def make_demo_workspace(root: Path, members: int = 35, years: int = 3, seed: int = 20261,
                        today: date | None = None, progress: object = None, remember: bool = True,
                        marked: bool = True) -> dict[str, int]:
    """Fill ``root`` with a demo branch. Refuses a folder that holds a branch (or one whose known workspace went
    missing); the caller holds the workspace's lock."""
    from exchange.keys import workspace_signer
    from models.demo import fill_demo
    from models.services.profile import ProfileService

    root = Path(root)
    db = root / DB_NAME
    existing = Workspace.open(root, remember=remember)  # refuses a lost workspace, a full disk, a read-only folder, a newer program
    try:
        if ProfileService(existing).get() is not None:
            raise UserError(pick(f"{root} 已有支部数据；演示数据只能放进新的数据文件夹（用 --data-dir 指定）。",
                                 f"{root} already holds a branch; put the demo in a new folder (--data-dir)."))
    finally:
        existing.close()
    building = root / f"{BUILDING_PREFIX}{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    try:
        ws = Workspace.open(building, remember=False)
        try:
            counts = fill_demo(ws, members, years, seed, today=today, progress=progress)
            workspace_signer(ws)  # made at set-up, like a real branch's
            if marked:
                ws.set_meta(DEMO_META, "1")  # shown as 演示 everywhere; its bundles are refused by a committee
            with ws.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            ws.close()
        faults.point("demo-filled")
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        os.replace(building / DB_NAME, db)  # the one step that makes the demo appear, whole
        fsync_dir(root)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return counts


def clean_building(root: Path) -> None:
    """Remove the private folders of demos that were killed while being built."""
    for p in Path(root).glob(f"{BUILDING_PREFIX}*"):
        shutil.rmtree(p, ignore_errors=True)
