"""报送 and the committee's window, driven as a person would (offscreen, background work run synchronously)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from models.committee_store import CommitteeStore
from ui.tasks import SyncTaskRunner

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    """The program starts in Chinese: tests see what a secretary sees."""
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")


def test_send_dialog_previews_writes_to_the_stick_and_shows_the_answer(ctx, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.export_dialog import ExportDialog

    stick = tmp_path / "stick"
    stick.mkdir()
    dlg = ExportDialog(ctx, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.month.currentText() == "2026-10"
    books = {dlg.changes.item(r, 0).text() for r in range(dlg.changes.rowCount())}
    assert {"2 党员花名册", "3–7 三会一课", "11 党费收缴登记"} <= books
    assert "2026-10" in dlg.summary.text() and "已隐去" in dlg.summary.text()
    dlg.fill_targets(stick)
    dlg.write()
    [written] = list(stick.glob("*.zip"))
    assert written.name in dlg.outcome.text() and "SHA-256" in dlg.outcome.text()
    assert dlg.history.rowCount() == 1 and dlg.history.item(0, 4).text() == "已生成"
    assert dlg.month.currentText() == "2026-10" and dlg.preview is not None and dlg.preview.lines == []

    # the committee returns it; the branch imports the receipt from the stick
    store = CommitteeStore.open(tmp_path / "committee")
    try:
        from exchange.committee import committee_signer, decide, write_receipt
        from models.committee_store import latest
        from tests.helpers import receive_trusted

        receive_trusted(store, [stick])
        [b] = latest(store, "2026-10")
        decide(store, b.uuid, accept=False, comments="请补充")
        receipt = write_receipt(store, b.uuid, stick)
        committee_fp = committee_signer(store).fingerprint
    finally:
        store.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(receipt)], ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    dlg.import_receipts()
    assert "未确认来源" in shown[0] and "未确认来源" in dlg.held.text()  # the committee's key is not confirmed yet
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (committee_fp, True))
    dlg.confirm_key()
    assert "已确认" in shown[-1] and dlg.held.text().startswith("已确认的上级党委密钥")
    assert "已退回" in dlg.history.item(0, 4).text() and dlg.history.item(0, 4).text() == "已退回" and dlg.history.item(0, 5).text() == "请补充"


def test_dashboard_shows_the_last_bundles_state(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from exchange import bundle
    from ui.dashboard import DashboardPage as Dashboard

    dash = Dashboard(ctx)
    qtbot.addWidget(dash)
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert "尚未报送" in dash.bundle_state.text()
    bundle.write(ctx.ws, bundle.preview(ctx.ws, "2026-10", today=TODAY))  # written, not yet on a stick
    dash.reload()
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert "2026-10" in dash.bundle_state.text() and "未送出" in dash.bundle_state.text()
    bundle.deliver_pending(ctx.ws, bundle.bundles_dir(ctx.ws))
    dash.reload()
    qtbot.waitUntil(lambda: not dash.deadlines_pending)
    assert "2026-10" in dash.bundle_state.text() and "已生成" in dash.bundle_state.text()


def test_committee_window_receives_ranks_shows_forms_and_returns(demo_ws, qapp, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from exchange import bundle
    from ui.committee_window import CommitteeWindow

    stick = tmp_path / "stick"
    stick.mkdir()
    [sent] = bundle.send(demo_ws, bundle.preview(demo_ws, "2026-10", today=TODAY), stick).paths
    (stick / "junk.zip").write_bytes(b"not a zip")
    store = CommitteeStore.open(tmp_path / "committee")
    try:
        win = CommitteeWindow(store, SyncTaskRunner(), today=TODAY)
        qtbot.addWidget(win)
        win.receive([stick])
        results = {win.results.item(r, 0).text(): win.results.item(r, 4).text() for r in range(win.results.rowCount())}
        assert results == {sent.name: "待确认", "junk.zip": "拒收"}  # a new branch's key is not confirmed yet
        col = win.matrix_months.index("2026-10") + 1
        assert "已收到" not in (win.matrix.item(0, col).text() if win.matrix.item(0, col) else "")
        # the branch reads out its key by phone; a wrong reading confirms nothing, the right one applies what was held
        from exchange.keys import full_fingerprint, workspace_signer

        spoken = full_fingerprint(workspace_signer(demo_ws).fingerprint)
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
        win.branches.selectRow(0)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (spoken[:-1] + ("1" if spoken[-1] != "1" else "2"), True))
        win.confirm_selected()
        assert warned and "不符" in warned[-1] and win.branches.item(0, 3).text() == ""
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (spoken.lower(), True))
        win.confirm_selected()
        assert win.branches.item(0, 3).text() == "✔"
        assert "已收到" in win.matrix.item(0, col).text()
        win.rank_month.setCurrentText("2026-10")
        assert win.ranking.rowCount() == 1 and win.ranking.item(0, 1).text() == "GWSF-JG01"
        win._matrix_open(0, col)
        assert win.tabs.currentIndex() == 3
        docs = [win.docs.item(i).text() for i in range(win.docs.count())]
        assert any(d.startswith("支部工作月度报告") for d in docs)  # the documents by what they are, not their file names
        assert any(d.startswith("会议记录 2026-10-") for d in docs) and not any("monthly" in d for d in docs)
        assert win.obligations.rowCount() > 0
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
        warned.clear()
        win.decide(False)  # no comments: refused
        assert "写明意见" in warned[0]
        win.comments.setPlainText("党小组会记录不全")
        win.decide(False)
        assert list(stick.glob("*_receipt.json"))
        assert "已退回" in win.matrix.item(0, col).text()
    finally:
        store.close()
