"""The window's lock: the password at start, the lock after idle time and on Ctrl+L (nothing shows, no shortcut
fires, wrong tries slow down), a new branch encrypted at set-up with its recovery code, and 设置 → 安全."""
from __future__ import annotations

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from models import vault
from models.encrypt import encrypt_workspace
from ui.app_lock import RecoveryCodeDialog, UnlockDialog, pause_after
from ui.context import AppContext

PASSWORD = "支部每月十号交党费"


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield


def close_recovery_dialog(seen: list[str]) -> None:
    """Answer the recovery-code dialog the way a secretary does: read the code, tick “kept”, OK."""
    def answer() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, RecoveryCodeDialog):
            seen.append(d.code)
            assert not d.buttons.buttons()[0].isEnabled()  # cannot be closed unseen
            d.kept.setChecked(True)
            d.accept()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(20, answer)


@pytest.fixture
def locked_ctx(ctx: AppContext) -> AppContext:
    opened, _code = encrypt_workspace(ctx.ws, PASSWORD)
    ctx.replace_workspace(opened)
    return ctx


def test_a_new_branch_is_encrypted_at_set_up_and_its_recovery_code_shown_once(qtbot, qapp, ws) -> None:  # type: ignore[no-untyped-def]
    from models.config import UserSettings
    from ui.setup_dialog import SetupDialog
    from ui.tasks import SyncTaskRunner

    c = AppContext(ws, UserSettings(), SyncTaskRunner())
    d = SetupDialog(c)
    qtbot.addWidget(d)
    d.form.name.setText("中共示范学校第一支部委员会")
    d.form.superior.setText("示范学校党委")
    d.form.code.setText("SFXX-01")
    d.password.setText(PASSWORD)
    d.password_again.setText(PASSWORD + "x")
    d.create_branch()
    assert "两次输入的密码不一样" in d.password_message.text() and c.ws.key is None
    d.password_again.setText(PASSWORD)
    seen: list[str] = []
    close_recovery_dialog(seen)
    d.create_branch()
    assert d.result() == d.DialogCode.Accepted
    assert c.ws.key is not None and vault.is_encrypted(c.ws.db_path)
    assert seen and vault.unlock(c.ws.root, seen[0]) == c.ws.key
    assert c.profile.get().code == "SFXX-01"  # type: ignore[union-attr]


def test_the_unlock_dialog_opens_with_the_password_and_slows_wrong_tries(qtbot, locked_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    d = UnlockDialog(locked_ctx.ws.root)
    qtbot.addWidget(d)
    d.box.field.setText("不对的密码不对的密码")
    d.box.attempt()
    assert "不对" in d.box.message.text() and d.box.field.isEnabled()
    d.box.field.setText("还是不对的密码还是不对")
    d.box.attempt()
    assert not d.box.field.isEnabled() and "等" in d.box.message.text()  # a pause before the third try
    d.box.until = 0
    d.box._tick()
    d.box.field.setText(PASSWORD)
    d.box.attempt()
    assert d.result() == d.DialogCode.Accepted and d.key == locked_ctx.ws.key
    assert [pause_after(n) for n in range(1, 8)] == [0, 2, 4, 8, 16, 30, 30]


def test_the_window_locks_after_idle_time_hides_the_books_and_fires_no_shortcut(qtbot, locked_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    locked_ctx.settings.lock_minutes = 0.002  # 120 ms for the test; 15 minutes by default
    win = MainWindow(locked_ctx)
    qtbot.addWidget(win)
    win.show()
    win.start_app_lock()
    lock = win.app_lock
    assert lock is not None and not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    cover = lock.covers[0]
    assert cover.isVisible() and cover.geometry() == win.rect()
    from PySide6.QtGui import QAction, QKeySequence

    fired: list[str] = []
    for act in win.findChildren(QAction):  # count what a shortcut would open instead of opening it
        if act.shortcut() in (QKeySequence("Ctrl+B"), QKeySequence("Ctrl+L")):
            act.triggered.disconnect()
            act.triggered.connect(lambda _=False, a=act: fired.append(a.shortcut().toString()))
    qtbot.keyClick(win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # 备份与恢复 stays shut
    qtbot.keyClick(lock.box.field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert fired == [] and lock.locked
    lock.box.field.setText("不对的密码不对的密码")
    qtbot.keyClick(lock.box.field, Qt.Key.Key_Return)
    assert lock.locked
    lock.box.field.setText(PASSWORD)
    qtbot.keyClick(lock.box.field, Qt.Key.Key_Return)
    assert not lock.locked
    qtbot.keyClick(win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+B"]  # unlocked, the shortcut works again
    win.lock()  # 文件 → 锁定 (Ctrl+L)
    assert lock.locked
    lock.box.field.setText(PASSWORD)
    lock.box.attempt()
    assert not lock.locked
    win.close()


def test_ctrl_l_on_a_plain_branch_says_to_encrypt_first(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start_app_lock()
    win.lock()
    assert win.app_lock is None and "没有加密" in said[0]


def test_settings_encrypts_a_plain_branch_and_changes_the_password(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import app_lock
    from ui.settings_dialog import SettingsDialog

    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    assert d.encrypt.isVisibleTo(d) and not d.change_password.isVisibleTo(d)
    assert "未加密" in d.security_state.text()

    def fake_new(title, explain, current=None, parent=None):  # type: ignore[no-untyped-def]
        dlg = app_lock.NewPasswordDialog(title, explain, current, parent)
        dlg.exec = lambda: (dlg.current.setText(PASSWORD), dlg.first.setText("新的密码也要好记"),  # type: ignore[method-assign]
                            dlg.second.setText("新的密码也要好记"), dlg.finish(), dlg.result())[-1]
        return dlg
    monkeypatch.setattr("ui.settings_dialog.NewPasswordDialog", fake_new)
    seen: list[str] = []
    close_recovery_dialog(seen)
    d.ask_encrypt()
    assert ctx.ws.key is not None and seen and "已加密" in d.security_state.text()
    assert vault.unlock(ctx.ws.root, "新的密码也要好记") == ctx.ws.key
    monkeypatch.setattr("ui.settings_dialog.QMessageBox.information", lambda *a: None)
    d.ask_change_password()  # current: the new password from above is typed as "current" → refused
    assert vault.unlock(ctx.ws.root, "新的密码也要好记") == ctx.ws.key
    d.lock_minutes.setValue(5)
    d.save()
    from models.config import UserSettings

    assert UserSettings.load().lock_minutes == 5


@pytest.mark.real_confirm
def test_an_irreversible_step_asks_once_and_enter_does_not_lock(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """定稿, 离开支部, 上缴, 年度定稿 ask once with what will be locked; the default button is Cancel."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.forms import confirm_lock

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def press(button: str) -> None:
        def go() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, go)
                return
            seen.append(box.text())
            if button == "enter":
                qtbot.keyClick(box, Qt.Key.Key_Return)
            else:
                next(b for b in box.buttons() if b.text() == "定稿").click()
        QTimer.singleShot(20, go)

    press("enter")
    assert confirm_lock(parent, "定稿", "定稿后锁定", "定稿") is False
    press("yes")
    assert confirm_lock(parent, "定稿", "定稿后锁定", "定稿") is True
    assert seen == ["定稿后锁定", "定稿后锁定"]


def test_finalising_a_meeting_says_what_is_locked_and_no_keeps_the_draft(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                          confirmations) -> None:
    from models.services.meetings import MeetingService
    from ui.meeting_dialog import MeetingDialog

    draft = next(r for r in MeetingService(ctx.ws).list_meetings() if r.state == "draft")
    d = MeetingDialog(ctx, meeting_id=draft.id)
    qtbot.addWidget(d)
    confirmations.answer = False
    d.finalise()
    assert MeetingService(ctx.ws).get(draft.id).row.state == "draft"
    assert "锁定" in confirmations[0] and str(draft.held_on) in confirmations[0]
    confirmations.answer = True
    d.finalise()
    assert MeetingService(ctx.ws).get(draft.id).row.state == "final"
