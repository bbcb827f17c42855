"""The demo branch at any size a real branch has (3 members is a branch: 中国共产党支部工作条例（试行）第五条),
with people a secretary would believe."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.db import Workspace
from models.services.roster import RosterService
from models.services.talks import TalkService
from tests.helpers import cli


@pytest.mark.parametrize("members", [1, 2, 3, 4, 7])
def test_demo_works_for_a_small_branch(tmp_path: Path, members: int) -> None:
    r = cli("--data-dir", str(tmp_path / "b"), "demo", "--members", str(members), "--years", "2")
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
