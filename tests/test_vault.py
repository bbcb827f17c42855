"""Encryption at rest: the workspace, its backups and attachments are unreadable without the password or the
recovery code; a plain workspace is converted on request without losing anything; the signing key never leaves in
clear; a re-key is a statement the committee verifies against the old key."""
from __future__ import annotations

import json
import os
import signal
from datetime import date
from pathlib import Path

import pytest

from exchange.backup import backup_now, inspect_backup, restore
from models import vault
from models.attachments import read_verified, store
from models.db import DB_NAME, Workspace
from models.encrypt import encrypt_workspace, table_counts
from models.errors import UserError
from models.rules.idcard import check_digit
from models.services.roster import MemberInput, RosterService
from tests.helpers import cli, cli_process

PASSWORD = "支部每月十号交党费"
ID_BODY = "37020219710304512"
PLANTED_ID = ID_BODY + check_digit(ID_BODY)
PLANTED_PHONE = "13905321874"
PLANTED_NAME = "慕容秋雁"


def planted_member() -> MemberInput:
    return MemberInput(name=PLANTED_NAME, gender="女", id_number=PLANTED_ID, phone=PLANTED_PHONE,
                       join_date=date(2003, 7, 1), full_date=date(2004, 7, 1), group="第一党小组")


def files_holding(root: Path, needles: list[str]) -> list[str]:
    """Every file under ``root`` holding one of ``needles`` (UTF-8, UTF-16 or GBK), as ``file: needle``."""
    found = []
    forms = [(n, n.encode(enc)) for n in needles for enc in ("utf-8", "utf-16-le", "gbk")]
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            found += [f"{p.relative_to(root)}: {n}" for n, b in forms if b in data]
    return found


def new_encrypted(root: Path) -> tuple[Workspace, str]:
    ws = Workspace.open(root, create=True)
    return encrypt_workspace(ws, PASSWORD)


def test_a_planted_id_number_phone_and_name_are_in_no_file_of_an_encrypted_branch(tmp_path: Path) -> None:
    """Workspace, WAL, backups (automatic and manual), attachments and logs: nothing readable without the key."""
    root = tmp_path / "branch"
    ws, code = new_encrypted(root)
    try:
        RosterService(ws).add(planted_member())
        note = tmp_path / "谈话记录.txt"
        note.write_text(f"{PLANTED_NAME} 身份证 {PLANTED_ID} 电话 {PLANTED_PHONE}", encoding="utf-8")
        sha = store(ws, note)
        backup_now(ws, "manual")
        assert read_verified(ws, sha, "txt") == note.read_bytes()  # the attachment opens with the key
        from exchange.keys import workspace_signer

        signer_hex = workspace_signer(ws).to_hex()  # the signing key lives inside the encrypted database only
        assert files_holding(root, [PLANTED_ID, PLANTED_PHONE, PLANTED_NAME, signer_hex]) == []
    finally:
        ws.close()
    assert files_holding(root, [PLANTED_ID, PLANTED_PHONE, PLANTED_NAME, signer_hex]) == []
    assert code and vault.normalise_recovery_code(code) == code
    with pytest.raises(vault.LockedError, match="已加密"):
        Workspace.open(root)


def test_the_password_or_the_recovery_code_opens_the_data_and_nothing_else_does(tmp_path: Path) -> None:
    root = tmp_path / "branch"
    ws, code = new_encrypted(root)
    RosterService(ws).add(planted_member())
    ws.close()
    with pytest.raises(vault.WrongSecretError, match="密码或恢复码不对"):
        vault.unlock(root, "支部每月十号交党费!")
    for secret in (PASSWORD, code, code.lower().replace("-", " ")):
        w = Workspace.open(root, key=vault.unlock(root, secret))
        assert [m.name for m in RosterService(w).list_members()] == [PLANTED_NAME]
        w.close()
    other = vault.DataKey(os.urandom(32))  # a key that is not this data's
    with pytest.raises(vault.WrongSecretError):
        Workspace.open(root, key=other)


def test_changing_the_password_rewraps_the_key_and_leaves_the_data_as_it_is(tmp_path: Path) -> None:
    root = tmp_path / "branch"
    ws, code = new_encrypted(root)
    key = ws.key
    assert key is not None
    ws.close()
    before = (root / DB_NAME).read_bytes()
    vault.change_password(root, key, "新的密码也要好记")
    assert (root / DB_NAME).read_bytes() == before  # not re-encrypted
    with pytest.raises(vault.WrongSecretError):
        vault.unlock(root, PASSWORD)
    assert vault.unlock(root, "新的密码也要好记") == key
    assert vault.unlock(root, code) == key  # the recovery code still opens it
    new_code = vault.renew_recovery_code(root, key)
    with pytest.raises(vault.WrongSecretError):
        vault.unlock(root, code)
    assert vault.unlock(root, new_code) == key
    with pytest.raises(Exception, match="至少8个字符"):
        vault.change_password(root, key, "short")


def test_encrypting_a_plain_workspace_keeps_every_record_backup_and_attachment(demo_ws: Workspace,
                                                                               tmp_path: Path) -> None:
    ws = demo_ws
    root = ws.root
    RosterService(ws).add(planted_member())
    note = tmp_path / "photo.txt"
    note.write_text(PLANTED_ID, encoding="utf-8")
    sha = store(ws, note)
    old_backup = backup_now(ws, "manual")
    counts = table_counts(ws.db_path, None)
    assert files_holding(root, [PLANTED_ID])  # plain today: the ID is readable in the files
    opened, code = encrypt_workspace(ws, PASSWORD)
    try:
        assert code and opened.encrypted
        assert table_counts(opened.db_path, opened.key) == counts
        assert read_verified(opened, sha, "txt") == note.read_bytes()
        assert vault.is_encrypted(old_backup)
        assert inspect_backup(old_backup, opened.key)  # the old backup still restores, now encrypted
        assert any("before-encrypt" in p.name for p in (root / "backups").iterdir())
    finally:
        opened.close()
    assert files_holding(root, [PLANTED_ID, PLANTED_PHONE, PLANTED_NAME]) == []


def test_encrypting_twice_finishes_what_was_left_and_asks_for_the_same_password(demo_ws: Workspace) -> None:
    opened, _code = encrypt_workspace(demo_ws, PASSWORD)
    with pytest.raises(vault.WrongSecretError):
        encrypt_workspace(opened, "另一个密码另一个密码")
    again, code = encrypt_workspace(Workspace.open(opened.root, key=opened.key), PASSWORD)
    assert code == "" and again.encrypted
    again.close()


@pytest.fixture(scope="module")
def small_plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small plain branch with a backup, made once for the kill tests (each works on its own copy)."""
    data = tmp_path_factory.mktemp("plain") / "b"
    assert cli("--data-dir", str(data), "demo", "--members", "5", "--years", "1").returncode == 0
    assert cli("--data-dir", str(data), "backup").returncode == 0
    return data


@pytest.mark.parametrize("point", ["encrypt-keys-written", "encrypt-copied", "encrypt-backup"])
def test_a_program_killed_while_encrypting_leaves_data_that_opens(tmp_path: Path, point: str, small_plain: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    data = tmp_path / "b"
    shutil.copytree(small_plain, data)
    env = {"BRANCHDESK_KILL_AT": point, "BRANCHDESK_NEW_PASSWORD": PASSWORD, "BRANCHDESK_PASSWORD": PASSWORD}
    r = cli_process("--data-dir", str(data), "encrypt", env=env)  # the one real process: it is killed
    assert r.returncode == -signal.SIGKILL, r.stderr
    monkeypatch.setenv("BRANCHDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("BRANCHDESK_NEW_PASSWORD", PASSWORD)
    status = cli("--data-dir", str(data), "status")
    assert status.returncode == 0, status.stderr
    done = cli("--data-dir", str(data), "encrypt")
    assert done.returncode == 0, done.stderr
    assert vault.is_encrypted(data / DB_NAME)
    assert all(vault.is_encrypted(p) for p in (data / "backups").glob("branchdesk-*.sqlite3"))
    assert not list(data.glob("*.encrypting*")) and not list((data / "backups").glob("*.partial"))
    check = cli("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_command_line_asks_for_the_password_and_refuses_a_wrong_one(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "b"
    monkeypatch.setenv("BRANCHDESK_NEW_PASSWORD", PASSWORD)
    made = cli("--data-dir", str(data), "init")
    assert made.returncode == 0 and "恢复码" in made.stdout, made.stderr
    code = made.stdout.strip().splitlines()[-1].strip()
    monkeypatch.delenv("BRANCHDESK_NEW_PASSWORD")
    no_password = cli("--data-dir", str(data), "status")
    assert no_password.returncode == 1 and "BRANCHDESK_PASSWORD" in no_password.stderr
    monkeypatch.setenv("BRANCHDESK_PASSWORD", "不是这个密码不是这个")
    wrong = cli("--data-dir", str(data), "status")
    assert wrong.returncode == 1 and "密码或恢复码不对" in wrong.stderr
    log = (data / "logs" / "branchdesk.log")
    assert "不是这个密码" not in (log.read_text(encoding="utf-8") if log.exists() else "")
    monkeypatch.setenv("BRANCHDESK_PASSWORD", code)
    assert cli("--data-dir", str(data), "status").returncode == 0
    plain = cli("--data-dir", str(tmp_path / "plain"), "init", "--no-encrypt")
    assert plain.returncode == 0 and not vault.is_encrypted(tmp_path / "plain" / DB_NAME)


def test_a_plain_backup_restored_into_an_encrypted_branch_is_encrypted_on_the_way_in(tmp_path: Path) -> None:
    plain = Workspace.open(tmp_path / "plain")
    RosterService(plain).add(planted_member())
    old = backup_now(plain, "manual")
    plain.close()
    ws, _code = new_encrypted(tmp_path / "branch")
    key = ws.key
    restore(ws.root, ws, old)
    assert vault.is_encrypted(ws.root / DB_NAME)
    w = Workspace.open(ws.root, key=key)
    assert [m.name for m in RosterService(w).list_members()] == [PLANTED_NAME]
    w.close()
    assert files_holding(ws.root, [PLANTED_ID]) == []


def test_an_encrypted_backup_restores_on_a_new_computer_with_the_key_file_beside_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, code = new_encrypted(tmp_path / "old-laptop")
    RosterService(ws).add(planted_member())
    made = backup_now(ws, "manual")
    ws.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / made.name).write_bytes(made.read_bytes())
    (stick / vault.KEYS_NAME).write_bytes((made.parent / vault.KEYS_NAME).read_bytes())  # kept beside the backups
    monkeypatch.setenv("BRANCHDESK_PASSWORD", code)  # the password is forgotten: the recovery code from the safe
    r = cli("--data-dir", str(tmp_path / "new-laptop"), "restore", str(stick / made.name))
    assert r.returncode == 0, r.stderr
    assert PLANTED_NAME in cli("--data-dir", str(tmp_path / "new-laptop"), "list", "roster").stdout


def test_an_encrypted_backup_of_another_branch_is_refused_by_name(tmp_path: Path) -> None:
    a, _ = new_encrypted(tmp_path / "a")
    theirs = backup_now(a, "manual")
    a.close()
    b, _ = new_encrypted(tmp_path / "b")
    with pytest.raises(Exception, match="不是这个支部的备份"):
        restore(b.root, b, theirs)
    assert Workspace.open(b.root, key=b.key)  # untouched


def test_key_rotate_writes_a_statement_the_committee_verifies_against_the_old_key(demo_ws: Workspace,
                                                                                  tmp_path: Path) -> None:
    from sqlalchemy import select

    from exchange.bundle import preview, write
    from exchange.committee import apply_key_change, receive
    from exchange.keys import workspace_signer
    from models.committee import CmBranch
    from models.committee_store import CommitteeStore
    from tests.helpers import receive_trusted

    data = demo_ws.root
    pv = preview(demo_ws, "2026-10", today=date(2026, 11, 21))
    first = write(demo_ws, pv).path
    old_fp = workspace_signer(demo_ws).fingerprint
    demo_ws.close()
    store = CommitteeStore.open(tmp_path / "committee")
    receive_trusted(store, [first])
    r = cli("--data-dir", str(data), "key", "rotate", "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    statement_path = Path(r.stdout.strip())
    statement = json.loads(statement_path.read_text(encoding="utf-8"))
    assert statement["old_fingerprint"] == old_fp != statement["new_fingerprint"]
    w = Workspace.open(data)
    assert workspace_signer(w).fingerprint == statement["new_fingerprint"]
    assert old_fp in (w.meta("retired_signing_keys") or "")
    w.close()
    forged = dict(statement, new_public_key=statement["new_public_key"][:-4] + "AAA=")
    bad = tmp_path / "forged.json"
    bad.write_text(json.dumps(forged), encoding="utf-8")
    with pytest.raises(Exception, match="不予更换"):
        apply_key_change(store, bad)
    tampered = dict(statement, made_at="2020-01-01T00:00:00")
    bad.write_text(json.dumps(tampered), encoding="utf-8")
    with pytest.raises(Exception, match="原密钥的有效签名"):
        apply_key_change(store, bad)
    branch, new_fp = apply_key_change(store, statement_path)
    with store.session() as s:
        assert s.scalars(select(CmBranch).where(CmBranch.code == branch)).one().fingerprint == new_fp
    w = Workspace.open(data)
    second = write(w, preview(w, "2026-11", today=date(2026, 12, 3))).path
    w.close()
    assert [x.status for x in receive(store, [second])] == ["applied"]
    store.close()


def test_the_committee_store_encrypts_and_asks_for_its_password(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from models.committee_store import COMMITTEE_DB

    folder = tmp_path / "committee"
    monkeypatch.setenv("BRANCHDESK_NEW_PASSWORD", PASSWORD)
    r = cli("--data-dir", str(folder), "encrypt", "--committee")
    assert r.returncode == 0 and "恢复码" in r.stdout, r.stderr
    assert vault.is_encrypted(folder / COMMITTEE_DB)
    assert cli("--data-dir", str(folder), "committee", "branches").returncode == 1
    monkeypatch.setenv("BRANCHDESK_PASSWORD", PASSWORD)
    assert cli("--data-dir", str(folder), "committee", "branches").returncode == 0


# ---- the kept copies of sent bundles ------------------------------------------------------------------------------

def _encrypted_demo(folder: Path) -> Workspace:
    ws, _code = encrypt_workspace(Workspace.open(folder), PASSWORD)
    return ws


def test_the_kept_copy_of_a_sent_bundle_is_sealed_and_the_stick_gets_the_bundle_itself(
        tmp_path: Path, demo_folder: Path) -> None:
    """On main the copy kept in bundles/ was the clear zip: names, the roster and every record readable."""
    import zipfile

    from exchange import bundle
    from exchange.bag import sha256_of
    from tests.conftest import TODAY
    from tests.test_exchange import _bagit_valid

    ws = _encrypted_demo(demo_folder)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        name = RosterService(ws).list_members()[0].name
        done = bundle.send(ws, bundle.preview(ws, "2026-10", today=TODAY), stick)
        [sent] = done.paths
        kept = sorted(p.name for p in (demo_folder / "bundles").iterdir())
        assert kept == [f"{sent.name}.sealed"]
        assert [b.file_name for b in bundle.history(ws)] == [sent.name]  # the ledger names the bundle, not its seal
        assert bundle.adopt_orphans(ws) == []  # and the sealed copy is known, not taken for an orphan
        sealed = demo_folder / "bundles" / kept[0]
        assert not zipfile.is_zipfile(sealed) and name.encode() not in sealed.read_bytes()
        _bagit_valid(sent, tmp_path)  # what the committee gets is the bundle itself
        with zipfile.ZipFile(sent) as z:
            assert any(name in z.read(n).decode() for n in z.namelist() if n.endswith("roster.jsonl"))
        again = tmp_path / "again"
        again.mkdir()
        copy = bundle.copy_to(bundle.kept_path(ws, sent.name), again, key=ws.key)  # 再次复制 from the history
        assert sha256_of(copy) == done.sha256 == sha256_of(sent)
        data = bytearray(sealed.read_bytes())
        data[len(data) // 2] ^= 1  # one changed bit in the kept copy
        sealed.write_bytes(bytes(data))
        third = tmp_path / "third"
        third.mkdir()
        with pytest.raises(UserError, match="已被改动"):
            bundle.copy_to(sealed, third, key=ws.key)
        assert list(third.iterdir()) == []  # nothing that looks like a bundle is left on the stick
    finally:
        ws.close()
    assert files_holding(demo_folder, [name]) == []


def test_encrypting_a_branch_seals_the_bundles_it_sent_before_and_one_not_yet_delivered_still_goes(
        tmp_path: Path, demo_folder: Path) -> None:
    from exchange import bundle
    from exchange.bag import sha256_of
    from tests.conftest import TODAY

    ws = Workspace.open(demo_folder)
    bundle.write(ws, bundle.preview(ws, "2026-10", today=TODAY))  # written, not yet on a stick
    [waiting] = bundle.pending(ws)
    ws, _code = encrypt_workspace(ws, PASSWORD)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        assert [p.name for p in (demo_folder / "bundles").iterdir()] == [f"{waiting.file_name}.sealed"]
        [sent] = bundle.deliver_pending(ws, stick)
        assert sent.name == waiting.file_name and sha256_of(sent) == waiting.sha256
        with pytest.raises(UserError, match="另一个文件夹"):  # the kept copies' own folder would get it in clear
            bundle.deliver_pending(ws, demo_folder / "bundles")
    finally:
        ws.close()


def test_a_program_killed_after_writing_a_bundle_leaves_it_sealed_and_taken_back_by_the_next_send(
        tmp_path: Path, demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _encrypted_demo(demo_folder).close()
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"BRANCHDESK_KILL_AT": "bundle-written", "BRANCHDESK_PASSWORD": PASSWORD}
    r = cli_process("--data-dir", str(demo_folder), "export", "--month", "2026-10", "--out", str(stick), env=env)
    assert r.returncode == -signal.SIGKILL, r.stderr
    [left] = (demo_folder / "bundles").glob("*.zip")  # killed before it was sealed
    monkeypatch.setenv("BRANCHDESK_PASSWORD", PASSWORD)
    again = cli("--data-dir", str(demo_folder), "export", "--month", "2026-10", "--out", str(stick))
    assert again.returncode == 0, again.stderr
    assert [p.name for p in stick.glob("*.zip")] == [left.name]  # that very bundle, not a second revision
    assert [p.name for p in (demo_folder / "bundles").iterdir()] == [f"{left.name}.sealed"]
