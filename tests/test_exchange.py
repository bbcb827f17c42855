"""Monthly bundles (docs/design.md §5): written by the branch, validated by bagit-python, verified, received by
the committee into SQLite and PostgreSQL, answered by receipts; damaged, forged and hostile bundles refused with
the right reason and nothing applied."""
from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import bagit
import pytest
from sqlalchemy import func, select

from exchange import bundle
from exchange.bag import check_bag_zip
from exchange.committee import committee_signer, decide, write_receipt
from exchange.keys import Signer
from exchange.receipts import import_receipt
from exchange.records import Snapshot
from models.committee import CmBundle, CmRecord, CmRejected
from models.committee_store import CommitteeStore, latest, matrix, ranking
from models.db import Workspace
from models.errors import UserError
from models.services.dto import BranchProfile
from models.services.profile import ProfileService
from tests.helpers import receive_trusted

TODAY = date(2026, 11, 21)


def _bagit_valid(zip_path: Path, tmp: Path) -> bagit.Bag:
    """bagit-python, the independent judge: unpack and validate."""
    out = tmp / f"unpacked-{zip_path.stem}"
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(out)
    (bag_dir,) = list(out.iterdir())
    b = bagit.Bag(str(bag_dir))
    b.validate(processes=1)
    return b


def _export(ws: Workspace, month: str, today: date = TODAY) -> Path:
    pv = bundle.preview(ws, month, today=today)
    return bundle.send(ws, pv, bundle.bundles_dir(ws)).paths[-1]


@pytest.fixture
def committee(tmp_path: Path) -> Iterator[CommitteeStore]:
    s = CommitteeStore.open(tmp_path / "committee")
    yield s
    s.close()


def _committee_records(store: CommitteeStore, code: str) -> dict[str, tuple[str, object]]:
    from models.committee import CmBranch

    with store.session() as s:
        bid = s.scalar(select(CmBranch.id).where(CmBranch.code == code))
        return {r.uuid: (r.hash, None if r.payload is None else json.loads(r.payload))
                for r in s.scalars(select(CmRecord).where(CmRecord.branch_id == bid))}


def _branch_records(ws: Workspace) -> dict[str, tuple[str, object]]:
    with ws.engine.connect() as conn:
        return {ln.uuid: (ln.hash, ln.payload) for ln in Snapshot(conn).lines()}


def test_export_verify_receive_round_trip_equals_the_source(demo_ws: Workspace, committee: CommitteeStore,
                                                            tmp_path: Path) -> None:
    first = _export(demo_ws, "2026-10")
    assert first.name == "GWSF-JG01_2026-10_r1.zip"
    b = _bagit_valid(first, tmp_path)
    assert b.info["Branch-Id"] == "GWSF-JG01" and b.info["Previous-Bundle"] == "none"
    assert bundle.verify_bundle(first).ok
    [r] = receive_trusted(committee, [first])
    assert r.status == "applied" and r.new_branch
    assert _committee_records(committee, "GWSF-JG01") == _branch_records(demo_ws)
    # a change, a deletion and a new record go in the next bundle, and only they
    from models.services.talks import TalkService

    talks = TalkService(demo_ws)
    rows = talks.list_talks()
    talks.delete(rows[0].id)
    pv = bundle.preview(demo_ws, "2026-11", today=TODAY)
    assert pv.changes["talks"].deleted == 1 and sum(c.total for c in pv.changes.values()) == 1
    second = bundle.write(demo_ws, pv).path
    _bagit_valid(second, tmp_path)
    [r2] = receive_trusted(committee, [second])
    assert r2.status == "applied" and r2.records == 1
    assert _committee_records(committee, "GWSF-JG01") == _branch_records(demo_ws)
    # importing the same bundles again changes nothing
    with committee.session() as s:
        before = (s.scalar(select(func.count()).select_from(CmBundle)), s.scalar(select(func.count()).select_from(CmRecord)))
    again = receive_trusted(committee, [first, second])
    assert [x.status for x in again] == ["already", "already"]
    with committee.session() as s:
        assert (s.scalar(select(func.count()).select_from(CmBundle)), s.scalar(select(func.count()).select_from(CmRecord))) == before


def test_nothing_changed_means_an_empty_next_bundle_and_id_numbers_masked_by_default(demo_ws: Workspace) -> None:
    _export(demo_ws, "2026-10")
    pv = bundle.preview(demo_ws, "2026-11", today=TODAY)
    assert pv.lines == [] and pv.revision == 1
    ids = [ln.payload["id_number"] for ln in pv.roster if ln.payload and ln.payload.get("id_number")]
    assert ids and all("*" in i for i in ids)
    shown = bundle.preview(demo_ws, "2026-11", today=TODAY, ids=True)
    assert all("*" not in ln.payload["id_number"] for ln in shown.roster if ln.payload and ln.payload.get("id_number"))


def test_resending_a_month_is_a_new_revision_that_supersedes(demo_ws: Workspace, committee: CommitteeStore) -> None:
    receive_trusted(committee, [_export(demo_ws, "2026-10")])
    p = ProfileService(demo_ws).get()
    assert p is not None
    ProfileService(demo_ws).save(BranchProfile(**{**p.__dict__, "address": "新地址 1 号"}))
    r2 = _export(demo_ws, "2026-10")
    assert r2.name.endswith("_2026-10_r2.zip")
    [res] = receive_trusted(committee, [r2])
    assert res.status == "applied"
    [b] = latest(committee, "2026-10")
    assert b.revision == 2
    assert matrix(committee, ["2026-09", "2026-10"])[0][1] == {"2026-09": "missing", "2026-10": "received"}


def test_default_month_is_the_last_one_not_yet_sent(demo_ws: Workspace) -> None:
    assert bundle.default_month(demo_ws, TODAY) == "2026-10"
    _export(demo_ws, "2026-10")
    assert bundle.default_month(demo_ws, TODAY) == "2026-11"
    with pytest.raises(UserError, match="2026-12"):
        bundle.preview(demo_ws, "2026-12", today=TODAY)
    with pytest.raises(UserError, match="YYYY-MM"):
        bundle.preview(demo_ws, "2026-13", today=TODAY)


@pytest.mark.parametrize("part", range(4))
def test_every_single_byte_change_fails_verification(ws: Workspace, part: int) -> None:
    """Every byte of the zip's headers and central directory, the tag files (bagit.txt, bag-info.txt, the
    manifests) and the signature; inside the payload files (records, printed forms, spreadsheets — each covered
    by its SHA-256 in the signed manifest, so any changed byte in a file fails the same way) every 53rd byte and the
    first and last, to keep the test quick. In four parts (every fourth byte each), so parallel workers share it."""
    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    data = _export(ws, "2026-10").read_bytes()
    assert bundle.verify_bundle(data).ok
    sampled: set[int] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for zi in z.infolist():
            if "/data/" in zi.filename and not zi.is_dir():
                start = zi.header_offset + 30 + len(zi.filename)
                sampled |= set(range(start + 1, start + zi.file_size - 1)) - set(range(start, start + zi.file_size, 53))
    passed = []
    for i in (i for i in range(part, len(data), 4) if i not in sampled):
        b = bytearray(data)
        b[i] ^= 0x20
        if check_bag_zip(bytes(b), keep=lambda _p: False).ok:
            passed.append(i)
    assert passed == []


def test_a_bundle_signed_with_a_foreign_key_is_refused(demo_ws: Workspace, committee: CommitteeStore, tmp_path: Path) -> None:
    good = _export(demo_ws, "2026-10")
    receive_trusted(committee, [good])
    # the same branch code signed with another key: a different laptop pretending to be this branch
    other = tmp_path / "other"
    shutil.copytree(demo_ws.root, other, ignore=shutil.ignore_patterns("bundles"))
    w2 = Workspace.open(other)
    try:
        w2.set_meta("signing_key", Signer.generate().to_hex())  # its ledger still chains to the real bundle
        forged = _export(w2, "2026-11")
    finally:
        w2.close()
    [r] = receive_trusted(committee, [forged])
    assert r.status == "rejected" and "密钥指纹" in r.reasons[0]
    with committee.session() as s:
        assert s.scalar(select(func.count()).select_from(CmBundle)) == 1
        assert s.scalar(select(func.count()).select_from(CmRejected)) == 1


def _rezip(src: Path, dest: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """Copy a bundle entry by entry, letting ``change`` alter, add or drop entries."""
    with zipfile.ZipFile(src) as z:
        entries = [(zi, z.read(zi)) for zi in z.infolist()]
    with zipfile.ZipFile(dest, "w") as out:
        for zi, data in change(entries):
            out.writestr(zi, data)
    return dest


HOSTILE = {
    "traversal": ("../evil.txt", "不安全的路径"),
    "absolute": ("/etc/evil.txt", "不安全的路径"),
    "backslash": ("a\\..\\evil.txt", "不安全的路径"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_paths_are_refused(ws: Workspace, tmp_path: Path, kind: str) -> None:
    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    good = _export(ws, "2026-10")
    name, reason = HOSTILE[kind]
    bad = _rezip(good, tmp_path / "bad.zip", lambda es: [*es, (zipfile.ZipInfo(name), b"x")])
    v = bundle.verify_bundle(bad)
    assert not v.ok and reason in v.reasons[0]


def test_symlink_duplicate_truncated_bomb_and_schema_are_refused_with_their_reason(
        ws: Workspace, committee: CommitteeStore, tmp_path: Path) -> None:
    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    good = _export(ws, "2026-10")
    stem = good.stem

    link = zipfile.ZipInfo(f"{stem}/data/link")
    link.external_attr = 0o120777 << 16
    cases: dict[str, tuple[Path, str]] = {}
    cases["symlink"] = (_rezip(good, tmp_path / "s.zip", lambda es: [*es, (link, b"/etc/passwd")]), "符号链接")
    cases["duplicate"] = (_rezip(good, tmp_path / "d.zip", lambda es: [*es, es[0]]), "重名")
    raw = good.read_bytes()
    (tmp_path / "t.zip").write_bytes(raw[: len(raw) // 2])
    cases["truncated"] = (tmp_path / "t.zip", "不是完整的zip")
    bomb = tmp_path / "b.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"{stem}/data/bomb.bin", b"\0" * (64 << 20))
    cases["bomb"] = (bomb, "压缩炸弹")

    def wrong_schema(es):  # type: ignore[no-untyped-def]
        return [(zi, d.replace(b"Schema-Version: 1", b"Schema-Version: 9")) for zi, d in es]
    cases["schema"] = (_rezip(good, tmp_path / "v.zip", wrong_schema), "标签清单的校验值不符")
    for kind, (path, reason) in cases.items():
        v = bundle.verify_bundle(path)
        assert not v.ok and reason in v.reasons[0], (kind, v.reasons)
        [r] = receive_trusted(committee, [path])
        assert r.status == "rejected", kind
    with committee.session() as s:
        assert s.scalar(select(func.count()).select_from(CmBundle)) == 0
        assert s.scalar(select(func.count()).select_from(CmRecord)) == 0


def test_unknown_schema_version_signed_properly_is_refused(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer program's bundle (schema 2), validly signed: refused with “unknown schema version”."""
    import exchange.bundle as eb

    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    monkeypatch.setattr(eb, "SCHEMA_VERSION", "2")
    path = _export_unchecked(ws, "2026-10", tmp_path)
    monkeypatch.undo()
    v = bundle.verify_bundle(path)
    assert not v.ok and "未知的数据格式版本 2" in v.reasons[0]


def _export_unchecked(ws: Workspace, month: str, tmp: Path) -> Path:
    pv = bundle.preview(ws, month, today=TODAY)
    try:
        bundle.write(ws, pv)
    except UserError:
        pass  # its own read-back refuses the unknown version; the renamed file is what we test
    [p] = list((ws.root / "bundles").glob("*.damaged"))
    return Path(shutil.copy(p, tmp / "newer.zip"))


def test_a_missing_bundle_breaks_the_chain_until_it_arrives(demo_ws: Workspace, committee: CommitteeStore) -> None:
    a = _export(demo_ws, "2026-10")
    from models.services.talks import TalkService

    t = TalkService(demo_ws)
    t.delete(t.list_talks()[0].id)
    b = _export(demo_ws, "2026-11")
    [r] = receive_trusted(committee, [b])
    assert r.status == "rejected" and "缺少该支部第 1–1 号" in r.reasons[0]
    res = receive_trusted(committee, [b, a])  # given out of order in one go: applied in chain order
    assert sorted(x.status for x in res) == ["applied", "applied"]


def test_receipts_return_and_accept_a_month(demo_ws: Workspace, committee: CommitteeStore, tmp_path: Path) -> None:
    path = _export(demo_ws, "2026-10")
    receive_trusted(committee, [path])
    [b] = latest(committee, "2026-10")
    stick = tmp_path / "stick"
    stick.mkdir()
    decide(committee, b.uuid, accept=False, comments="请补充党小组会记录")
    rec = write_receipt(committee, b.uuid, stick)
    assert import_receipt(demo_ws, rec).held is not None  # kept until the committee's key is confirmed
    from exchange.receipts import confirm_committee_key

    [row] = confirm_committee_key(demo_ws, committee_signer(committee).fingerprint)
    assert (row.status, row.receipt_comments) == ("returned", "请补充党小组会记录")
    # a forged receipt (decision changed after signing) is refused
    body = json.loads(rec.read_text(encoding="utf-8"))
    body["decision"] = "accepted"
    forged = tmp_path / "forged_receipt.json"
    forged.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="签名无效"):
        import_receipt(demo_ws, forged)
    import time

    time.sleep(1.1)  # receipts carry their time to the second
    decide(committee, b.uuid, accept=True)
    ok = write_receipt(committee, b.uuid, stick)
    assert import_receipt(demo_ws, ok).row.status == "accepted"  # type: ignore[union-attr]
    assert bundle.month_state(demo_ws)["2026-10"].status_name == "已接收"
    with pytest.raises(UserError, match="更早"):  # the older “returned” one, imported again, does not undo it
        import_receipt(demo_ws, rec)
    assert bundle.month_state(demo_ws)["2026-10"].status == "accepted"


def test_a_full_read_only_pulled_out_or_missing_stick_leaves_no_complete_looking_file(demo_ws: Workspace, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    path = _export(demo_ws, "2026-10")
    with pytest.raises(UserError, match="找不到文件夹"):
        bundle.copy_to(path, tmp_path / "gone")
    stick = tmp_path / "stick"
    stick.mkdir()
    real_fsync = os.fsync

    for code, says in ((errno.ENOSPC, "空间不足"), (errno.EROFS, "只读"), (errno.EIO, "可能已被拔出")):
        def fail(fd: int, code: int = code) -> None:
            raise OSError(code, os.strerror(code))
        monkeypatch.setattr(os, "fsync", fail)
        with pytest.raises(UserError, match=says):
            bundle.copy_to(path, stick)
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert list(stick.iterdir()) == []  # nothing that looks complete, not even the .partial
    copied = bundle.copy_to(path, stick)
    assert bundle.verify_bundle(copied).ok
    assert bundle.copy_to(path, stick) == copied  # the same bundle again: nothing to do


def test_ranking_scores_branches_with_the_committees_indicators(demo_ws: Workspace, committee: CommitteeStore,
                                                                tmp_path: Path) -> None:
    receive_trusted(committee, [_export(demo_ws, "2026-10")])
    other = tmp_path / "b2"
    shutil.copytree(demo_ws.root, other, ignore=shutil.ignore_patterns("bundles"))
    w2 = Workspace.open(other)
    try:
        p = ProfileService(w2).get()
        assert p is not None
        ProfileService(w2).save(BranchProfile(**{**p.__dict__, "code": "B2", "name": "第二支部"}))
        w2.set_meta("signing_key", Signer.generate().to_hex())
        with w2.session() as s:
            from models.bundle import BundleRecord, BundleSent

            s.query(BundleRecord).delete()
            s.query(BundleSent).delete()
        from models.meeting import Meeting

        with w2.session() as s:  # the second branch held no committee meeting in October
            for m in s.scalars(select(Meeting).where(Meeting.kind == "committee", Meeting.held_on >= date(2026, 10, 1),
                                                     Meeting.held_on <= date(2026, 10, 31))):
                m.deleted_at = m.updated_at
        receive_trusted(committee, [_export(w2, "2026-10")])
    finally:
        w2.close()
    rows = ranking(committee, "2026-10")
    assert [r.code for r in rows] == ["GWSF-JG01", "B2"]
    assert rows[0].score > rows[1].score and rows[0].benchmark


def test_receive_into_postgresql(demo_ws: Workspace, pg_url: str) -> None:
    store = CommitteeStore.open(url=pg_url)
    try:
        path = _export(demo_ws, "2026-10")
        [r] = receive_trusted(store, [path])
        assert r.status == "applied"
        assert _committee_records(store, "GWSF-JG01") == _branch_records(demo_ws)
        assert [x.status for x in receive_trusted(store, [path])] == ["already"]
    finally:
        store.close()


def test_bundle_zip_has_no_compressed_entries_so_every_byte_is_checked(ws: Workspace) -> None:
    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    with zipfile.ZipFile(io.BytesIO(_export(ws, "2026-10").read_bytes())) as z:
        assert {zi.compress_type for zi in z.infolist()} == {zipfile.ZIP_STORED}


def test_the_documented_schemas_are_the_ones_bundles_carry() -> None:
    from exchange.schema import schema_files

    docs = Path(__file__).resolve().parent.parent / "docs" / "schema"
    assert {p.name: p.read_bytes() for p in docs.glob("*.json")} == schema_files()


def test_a_properly_signed_bundle_whose_records_break_the_schema_is_refused(ws: Workspace, committee: CommitteeStore,
                                                                            tmp_path: Path) -> None:
    """Signed by the right key, hashes right, but a record says a date is “yesterday”: refused, nothing applied."""
    from exchange.bag import write_bag_zip
    from exchange.bundle import _jsonl
    from exchange.keys import workspace_signer
    from exchange.records import Line
    from exchange.schema import SCHEMA_VERSION

    ProfileService(ws).save(BranchProfile("测试支部", "机关", "测试党委", "T01"))
    pv = bundle.preview(ws, "2026-10", today=TODAY)
    bad = Line("meetings", "meeting", "00000000-0000-4000-8000-000000000001", 1, "draft", False, "",
               {"kind": "general", "held_on": "yesterday"})
    info = {"Source-Organization": "测试支部", "External-Identifier": "00000000-0000-4000-8000-0000000000aa",
            "Branch-Id": "T01", "Period": "2026-10", "Revision": "1", "Sequence": "1", "Schema-Version": SCHEMA_VERSION,
            "Producer": "test", "Previous-Bundle": "none", "Audit-Head": pv.digest}
    w = write_bag_zip(tmp_path, "T01_2026-10_r1", [("summary.json", json.dumps(pv.summary).encode()),
                                                   ("records/meetings.jsonl", _jsonl([bad]))], info, workspace_signer(ws))
    v = bundle.verify_bundle(w.path)
    assert not v.ok and "records/meetings.jsonl 第1行不符合格式" in v.reasons[0] and "held_on" in v.reasons[0]
    [r] = receive_trusted(committee, [w.path])
    assert r.status == "rejected"
    with committee.session() as s:
        assert s.scalar(select(func.count()).select_from(CmRecord)) == 0


def test_committee_monthly_summary_prints_and_exports_every_branch(demo_ws: Workspace, committee: CommitteeStore,
                                                                   tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from reports.committee import export_summary_xlsx, render_summary

    receive_trusted(committee, [_export(demo_ws, "2026-10")])
    pdf = tmp_path / "sum.pdf"
    assert render_summary(committee, "2026-10", pdf) == 1
    text = PdfReader(pdf).pages[0].extract_text()
    assert "各支部月度报送汇总表" in text and "GWSF-JG01" in text and "已收到待审" in text
    xlsx = export_summary_xlsx(committee, "2026-09", tmp_path / "sum.xlsx")
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][0] == "名次" and rows[1][1] == "GWSF-JG01" and rows[1][3] == "未报送"


def test_no_id_or_phone_number_leaves_in_a_bundle_unless_the_branch_opts_in(demo_ws: Workspace, tmp_path: Path) -> None:
    """Masking is complete: members', applicants' and any typed ID or phone number is masked in every JSON line, every
    spreadsheet and every printed form of the bundle while bag-info says IDs-Shown: no."""
    import re
    import sqlite3
    from contextlib import closing

    from openpyxl import load_workbook

    with closing(sqlite3.connect(demo_ws.db_path)) as c:
        ids = {r[0] for r in c.execute("SELECT id_number FROM member WHERE id_number != '' "
                                       "UNION SELECT id_number FROM applicant WHERE id_number != ''")}
        phones = {r[0] for r in c.execute("SELECT phone FROM member WHERE phone != '' UNION "
                                          "SELECT phone FROM applicant WHERE phone != ''")}
    assert ids and phones
    from datetime import date as day

    from models.meeting import Meeting

    with demo_ws.session() as ses:  # a secretary typed a member's phone and ID number into October's minutes
        m = ses.scalars(select(Meeting).where(Meeting.held_on >= day(2026, 10, 1), Meeting.held_on <= day(2026, 10, 31),
                                              Meeting.deleted_at.is_(None))).first()
        assert m is not None
        m.minutes += f"\n联系人电话{sorted(phones)[0]}，身份证号{sorted(ids)[0]}"
    path = _export(demo_ws, "2026-10")
    texts: list[str] = []
    with zipfile.ZipFile(path) as z:
        assert "IDs-Shown: no" in next(z.read(n).decode() for n in z.namelist() if n.endswith("bag-info.txt"))
        for n in z.namelist():
            data = z.read(n)
            if n.endswith(".pdf"):  # the printed forms inside it too
                from pypdf import PdfReader

                texts += [pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages]
            if n.endswith((".json", ".jsonl")):
                texts.append(data.decode())
            elif n.endswith(".xlsx"):
                wb = load_workbook(io.BytesIO(data), read_only=True)
                texts += [str(v) for sh in wb.worksheets for row in sh.iter_rows(values_only=True) for v in row if v]
    blob = "\n".join(texts)
    # an ID number stands apart from letters and digits (hashes are hex: not an ID)
    assert not re.search(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", blob)
    assert not [p for p in phones if p in blob]
    assert "********" in blob  # masked, not dropped
