"""The demo branch at any size a real branch has (3 members is a branch: 中国共产党支部工作条例（试行）第五条),
with people a secretary would believe."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.db import Workspace
from models.services.roster import RosterService
from models.services.talks import TalkService
from tests.helpers import cli


@pytest.mark.parametrize("members", [1, 2, 3, 4])
def test_demo_works_for_a_small_branch(tmp_path: Path, members: int) -> None:
    r = cli("--data-dir", str(tmp_path / "b"), "demo", "--members", str(members), "--years", "1")
    assert r.returncode == 0, r.stderr
    ws = Workspace.open(tmp_path / "b")
    try:
        assert len(RosterService(ws).list_members()) == members
    finally:
        ws.close()


def test_demo_people_are_plausible_sex_matches_the_name_and_nobody_talks_with_themselves(demo_ws: Workspace) -> None:
    from models.demo import GIVEN

    male, female = set(GIVEN["男"]), set(GIVEN["女"])
    for m in RosterService(demo_ws).list_members(include_left=True):
        given = m.name[1:]
        if given in male | female:
            assert given in (male if m.gender == "男" else female), (m.name, m.gender)
    for t in TalkService(demo_ws).list_talks():
        assert t.talker != t.member, t


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_demo_opens_apart_and_back_to_my_branch_leaves_the_real_folder_byte_for_byte(qtbot, qapp, ws,  # type: ignore[no-untyped-def]
                                                                                       monkeypatch) -> None:
    """先看演示 on a new branch: the demo opens in its own folder with 演示 in the title and a banner on every
    page, 回到我的支部 returns; the branch's own folder is the same byte for byte; the demo's bundle says Demo."""
    from models.config import UserSettings
    from models.paths import demo_dir
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.setup_dialog import SetupDialog
    from ui.tasks import SyncTaskRunner

    c = AppContext(ws, UserSettings(), SyncTaskRunner())
    real = ws.root
    before = _snapshot(real)
    d = SetupDialog(c)
    qtbot.addWidget(d)
    d.demo.click()
    assert d.result() == d.DialogCode.Accepted and c.is_demo and c.ws.root == demo_dir()
    assert len(c.roster.list_members()) == 35
    win = MainWindow(c)
    qtbot.addWidget(win)
    win.show()
    assert win.demo_banner.isVisible() and ("DEMO" in win.windowTitle() or "演示" in win.windowTitle())
    for i in (1, 5, 11):
        win.page(i)
        assert win.demo_banner.isVisible()
    from exchange import bundle

    written = bundle.write(c.ws, bundle.preview(c.ws, bundle.default_month(c.ws)))
    assert bundle.verify_bundle(written.path).info.get("Demo") == "yes"
    answered: list[str] = []
    monkeypatch.setattr("ui.setup_dialog.SetupDialog.exec", lambda self: answered.append("setup") or 0)
    win.go_home()
    assert c.ws.root == real and not c.is_demo and not win.demo_banner.isVisible()
    assert answered == ["setup"]  # the real branch is not set up yet: the set-up comes back
    c.ws.close()
    assert _snapshot(real) == before


def test_a_committee_refuses_a_demo_branchs_bundle(tmp_path: Path) -> None:
    from exchange import bundle
    from exchange.committee import receive
    from models.committee_store import CommitteeStore

    r = cli("--data-dir", str(tmp_path / "demo"), "demo", "--members", "5", "--years", "0")
    assert r.returncode == 0, r.stderr
    ws = Workspace.open(tmp_path / "demo")
    written = bundle.write(ws, bundle.preview(ws, bundle.default_month(ws)))
    ws.close()
    store = CommitteeStore.open(tmp_path / "committee")
    try:
        res = receive(store, [written.path])
    finally:
        store.close()
    assert res[0].status == "rejected" and any("演示" in why for why in res[0].reasons)


def test_demo_without_a_data_folder_goes_to_a_folder_of_its_own(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from models.paths import demo_dir

    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "mine"))
    r = cli("demo", "--members", "3", "--years", "0")
    assert r.returncode == 0 and str(demo_dir()) in r.stdout, r.stderr
    assert (demo_dir() / "branchdesk.sqlite3").exists()
    assert not (tmp_path / "mine" / "branchdesk.sqlite3").exists()
