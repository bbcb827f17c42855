"""No trust on first use (通行做法 for signed exchange; the bundle format's own rule): a receipt changes the branch's
books only when it is signed by the committee key the secretary confirmed by its full fingerprint, and the committee
applies a branch's bundles only after a person confirmed that branch's key. Until then both are kept and listed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchange import bundle
from exchange.committee import committee_signer, confirm_branch, decide, held, receive, write_receipt
from exchange.keys import full_fingerprint, workspace_signer
from exchange.receipts import committee_key, confirm_committee_key, held_receipts, import_receipt
from models.committee import CmBundle, CmRecord
from models.committee_store import CommitteeStore, latest
from models.db import Workspace
from models.errors import UserError
from tests.conftest import TODAY
from tests.helpers import cli, receive_trusted


def _export(ws: Workspace, month: str) -> Path:
    return bundle.send(ws, bundle.preview(ws, month, today=TODAY), bundle.bundles_dir(ws)).paths[-1]


def _receipt(store: CommitteeStore, path: Path, out: Path, accept: bool, comments: str = "") -> Path:
    receive_trusted(store, [path])
    [b] = latest(store, path.name.split("_")[1])
    decide(store, b.uuid, accept, comments)
    out.mkdir(exist_ok=True)
    return write_receipt(store, b.uuid, out)


def test_a_receipt_from_a_key_not_confirmed_is_kept_and_changes_nothing_until_the_secretary_confirms_it(
        demo_ws: Workspace, tmp_path: Path) -> None:
    path = _export(demo_ws, "2026-10")
    real = CommitteeStore.open(tmp_path / "real")
    stranger = CommitteeStore.open(tmp_path / "stranger")  # anyone with the program can sign a receipt
    try:
        forged = _receipt(stranger, path, tmp_path / "s1", accept=True)
        genuine = _receipt(real, path, tmp_path / "s2", accept=False, comments="请补充党小组会记录")
        real_fp = committee_signer(real).fingerprint
    finally:
        real.close()
        stranger.close()
    got = import_receipt(demo_ws, forged)  # on main this was trusted and pinned the stranger's key
    assert got.row is None and got.held is not None and got.held.decision == "accepted"
    assert bundle.month_state(demo_ws)["2026-10"].status != "accepted" and committee_key(demo_ws) == ""
    assert import_receipt(demo_ws, genuine).row is None  # still nothing confirmed: kept too
    assert len(held_receipts(demo_ws)) == 2
    with pytest.raises(UserError, match="64位"):  # the first half, as lists show it, is not enough
        confirm_committee_key(demo_ws, full_fingerprint(real_fp)[:39])
    with pytest.raises(UserError, match="都不相同"):  # a typo matches none of the keys received
        confirm_committee_key(demo_ws, real_fp[:-1] + ("1" if real_fp[-1] != "1" else "2"))
    applied = confirm_committee_key(demo_ws, full_fingerprint(real_fp).lower())
    assert [(b.period, b.status) for b in applied] == [("2026-10", "returned")]
    assert bundle.month_state(demo_ws)["2026-10"].receipt_comments == "请补充党小组会记录"
    assert held_receipts(demo_ws) == [] and committee_key(demo_ws) == real_fp
    with pytest.raises(UserError, match="另一把密钥"):  # the stranger's key is refused from now on
        import_receipt(demo_ws, forged)
    with pytest.raises(UserError, match="已确认"):  # replacing the confirmed key takes a deliberate choice
        confirm_committee_key(demo_ws, "ab" * 32)


def _resign(src: Path, dest: Path, change) -> object:  # type: ignore[no-untyped-def]
    """A receipt changed by ``change`` and signed again, properly, by a new key (returned)."""
    from exchange.keys import Signer
    from exchange.records import canonical

    body = json.loads(src.read_text(encoding="utf-8"))
    body.pop("signature")
    change(body)
    signer = Signer.generate()
    if isinstance(body.get("key"), dict):
        body["key"] = {"fingerprint": signer.fingerprint, "public_key": signer.public_b64}
    body["signature"] = signer.sign(canonical(body))
    dest.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return signer


@pytest.fixture(scope="module")
def sent_and_answered(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> tuple[Path, Path]:
    """A branch that sent October and the committee's receipt for it (made once for the cases that spoil it)."""
    from models.db import DB_NAME, backup_database

    root = tmp_path_factory.mktemp("answered")
    backup_database(demo_template / DB_NAME, root / "branch" / DB_NAME)
    ws = Workspace.open(root / "branch")
    store = CommitteeStore.open(root / "c")
    try:
        rec = _receipt(store, _export(ws, "2026-10"), root / "s", accept=True)
    finally:
        store.close()
        ws.close()
    return root / "branch", rec


@pytest.mark.parametrize("change,message", [
    (lambda b: b.update(decision=["accepted"]), "不是支部工作台的回执"),
    (lambda b: b.update(bundle="2026-10"), "不是支部工作台的回执"),
    (lambda b: b["bundle"].update(revision="1"), "不是支部工作台的回执"),
    (lambda b: b.update(issued_at="yesterday"), "签发时间无效"),
    (lambda b: b.update(key=None), "不是支部工作台的回执"),
])
def test_a_malformed_receipt_gets_a_message_never_a_traceback(sent_and_answered: tuple[Path, Path], tmp_path: Path,
                                                              change, message) -> None:  # type: ignore[no-untyped-def]
    from models.db import DB_NAME, backup_database

    branch, rec = sent_and_answered
    backup_database(branch / DB_NAME, tmp_path / "ws" / DB_NAME)  # the branch as it was when the answer came
    bad = tmp_path / "bad_receipt.json"
    _resign(rec, bad, change)  # signed properly after the change, so only the shape is wrong
    ws = Workspace.open(tmp_path / "ws")
    try:
        with pytest.raises(UserError, match=message):
            import_receipt(ws, bad)
    finally:
        ws.close()


def test_a_receipt_with_a_zoned_time_of_issue_is_read_as_the_same_moment(demo_ws: Workspace, tmp_path: Path) -> None:
    from datetime import datetime


    path = _export(demo_ws, "2026-10")
    store = CommitteeStore.open(tmp_path / "c")
    try:
        rec = _receipt(store, path, tmp_path / "s", accept=True)
    finally:
        store.close()
    signer = _resign(rec, rec, lambda b: b.update(issued_at="2026-11-01T08:00:00+08:00"))
    import_receipt(demo_ws, rec)
    [b] = confirm_committee_key(demo_ws, signer.fingerprint)  # type: ignore[attr-defined]
    assert b.status == "accepted" and b.receipt_at == datetime(2026, 11, 1, 0, 0)


def test_the_committee_holds_a_new_branchs_bundles_until_its_key_is_confirmed_then_applies_them_in_order(
        demo_ws: Workspace, tmp_path: Path) -> None:
    from models.services.talks import TalkService

    first = _export(demo_ws, "2026-10")
    t = TalkService(demo_ws)
    t.delete(t.list_talks()[0].id)
    second = _export(demo_ws, "2026-11")
    store = CommitteeStore.open(tmp_path / "c")
    try:
        res = receive(store, [second, first])
        assert [r.status for r in res] == ["held", "held"] and all(r.new_branch or r.status == "held" for r in res)
        with store.session() as s:  # verified and listed, nothing applied
            assert s.scalar(select(func.count()).select_from(CmBundle)) == 0
            assert s.scalar(select(func.count()).select_from(CmRecord)) == 0
        assert [(code, month) for code, month, _r, _n in held(store)] == [("GWSF-JG01", "2026-10"), ("GWSF-JG01", "2026-11")]
        assert [r.status for r in receive(store, [first])] == ["held"]  # the same file again: still held once
        assert len(held(store)) == 2
        real = workspace_signer(demo_ws).fingerprint
        with pytest.raises(UserError, match="不符"):
            confirm_branch(store, "GWSF-JG01", real[:-1] + ("1" if real[-1] != "1" else "2"))
        done = confirm_branch(store, "GWSF-JG01", full_fingerprint(real))
        assert [(r.period, r.status) for r in done] == [("2026-10", "applied"), ("2026-11", "applied")]
        assert held(store) == [] and [b.period for b in latest(store)] == ["2026-10", "2026-11"]
    finally:
        store.close()


def test_trust_on_the_command_line(demo_ws: Workspace, tmp_path: Path) -> None:
    root = demo_ws.root
    path = _export(demo_ws, "2026-10")
    demo_ws.close()
    cdir = tmp_path / "committee"
    r = cli("receive", str(path), data=cdir)
    assert r.returncode == 0 and r.stdout.startswith("待确认") and "committee confirm GWSF-JG01" in r.stdout
    assert "GWSF-JG01\t2026-10" in cli("committee", "held", data=cdir).stdout
    spoken = cli("key", data=root).stdout.strip()
    assert len(spoken.replace(" ", "")) == 64
    r = cli("committee", "confirm", "GWSF-JG01", *spoken.split(), data=cdir)
    assert r.returncode == 0 and r.stdout.startswith("已接收"), r.stderr
    (tmp_path / "stick").mkdir()
    assert cli("receipt", "write", "GWSF-JG01", "2026-10", "--accept", "--out", str(tmp_path / "stick"),
               data=cdir).returncode == 0
    r = cli("receipt", "import", str(tmp_path / "stick"), data=root)
    assert r.returncode == 0 and "未确认来源" in r.stdout and "receipt confirm" in r.stderr
    assert "未确认来源" in cli("receipt", "held", data=root).stdout
    notice = cli("committee", "key", data=cdir).stdout.strip()
    assert cli("receipt", "confirm", "0123", data=root).returncode == 1
    r = cli("receipt", "confirm", *notice.split(), data=root)
    assert r.returncode == 0 and "2026-10\tr1\t已接收" in r.stdout and cli("receipt", "held", data=root).stdout == ""


def _signed_bag(ws: Workspace, tmp_path: Path, records: Path | bytes) -> Path:
    """A bundle signed properly (by the branch's own key) whose meetings file is ``records``."""
    from exchange.bag import write_bag_zip
    from exchange.schema import SCHEMA_VERSION

    pv = bundle.preview(ws, "2026-10", today=TODAY)
    info = {"Source-Organization": "x", "External-Identifier": "00000000-0000-4000-8000-0000000000aa",
            "Branch-Id": "GWSF-JG01", "Period": "2026-10", "Revision": "1", "Sequence": "1",
            "Schema-Version": SCHEMA_VERSION, "Producer": "test", "Previous-Bundle": "none", "Audit-Head": pv.digest}
    return write_bag_zip(tmp_path, "GWSF-JG01_2026-10_r1", [("summary.json", json.dumps(pv.summary).encode()),
                                                            ("records/meetings.jsonl", records)],
                         info, workspace_signer(ws)).path


def test_a_600_mb_record_line_is_refused_before_it_is_read_and_memory_stays_small(demo_ws: Workspace,
                                                                                 tmp_path: Path) -> None:
    """On main a 600 MB line from a stranger was applied using 4.4 GB; the limits are in docs/bundle-format.md."""
    import subprocess
    import sys

    from tests.helpers import ROOT

    big = tmp_path / "meetings.jsonl"
    with open(big, "wb") as f:
        f.write(b'{"book":"meetings","payload":"')
        chunk = b"a" * (1 << 20)
        for _ in range(600):
            f.write(chunk)
        f.write(b'"}\n')
    path = _signed_bag(demo_ws, tmp_path, big)
    big.unlink()
    # the peak resident memory of a fresh process that checks it (VmHWM: ru_maxrss would count the forking parent)
    probe = ("import sys\nfrom exchange.bundle import verify_bundle\n"
             "v = verify_bundle(sys.argv[1], keep_documents=True)\n"
             "hwm = next(x for x in open('/proc/self/status') if x.startswith('VmHWM')).split()[1]\n"
             "print(v.ok, hwm)\nprint(*v.reasons)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    first, reasons = out.stdout.split("\n", 1)
    ok, peak_kb = first.split()
    assert ok == "False" and "超过上限 24 MiB" in reasons, out.stderr
    assert int(peak_kb) < 300 * 1024


def test_a_record_line_over_the_limit_is_refused_and_the_branch_is_told_which_record(demo_ws: Workspace,
                                                                                    tmp_path: Path) -> None:
    from exchange.bundle import _jsonl
    from exchange.records import Line

    long_line = Line("meetings", "meeting", "00000000-0000-4000-8000-000000000001", 1, "draft", False, "",
                     {"kind": "general", "minutes": "记" * 400_000})  # 1.2 MB of UTF-8
    with pytest.raises(UserError, match="3–7 三会一课的记录 00000000 超过 1024 KiB"):
        _jsonl([long_line])
    raw = json.dumps(long_line.as_json(), ensure_ascii=False).encode() + b"\n"
    v = bundle.verify_bundle(_signed_bag(demo_ws, tmp_path, raw))
    assert not v.ok and "records/meetings.jsonl 第1行超过 1024 KiB 的上限" in v.reasons[0]
