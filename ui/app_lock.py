"""The password at start, the lock after idle time or on Ctrl+L, and the dialogs that set or change the password.

While locked every window of the program is covered: nothing of the books shows, no shortcut fires, no click goes
through. Wrong tries are slowed down (a pause that doubles from the second wrong try, up to 30 s) and never logged.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import vault
from models.errors import UserError
from ui import style

if TYPE_CHECKING:
    from ui.context import AppContext

MAX_PAUSE = 30


def pause_after(wrong: int) -> int:
    """Seconds to wait before the next try after ``wrong`` wrong ones: none after the first, then 2, 4, 8 … 30."""
    return 0 if wrong < 2 else min(MAX_PAUSE, 2 ** (wrong - 1))


def password_field(placeholder: str = "") -> QLineEdit:
    """A field whose text is never shown (a password, a recovery code)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class SecretBox(QWidget):
    """A password field with its message line and the growing pause after wrong tries. ``check(secret)`` returns
    the data key or raises ``WrongSecretError``; ``opened`` carries the key."""

    opened = Signal(object)

    def __init__(self, check: Callable[[str], vault.DataKey], parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check
        self.wrong = 0
        self.field = password_field(self.tr("Password or recovery code"))
        self.field.setMinimumWidth(320)
        self.field.returnPressed.connect(self.attempt)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.attempt)
        self.message = style.MessageLine()
        hint = style.hint_label(self.tr("Forgot the password? The recovery code from the branch's safe opens the data too."))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.field)
        lay.addWidget(self.button)
        lay.addWidget(self.message)
        lay.addWidget(hint)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.until = 0.0

    def attempt(self) -> None:
        if self.until > time.monotonic():
            return
        secret = self.field.text()
        if not secret:
            self.message.say(self.tr("Type the password."), error=True)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self.check(secret)
        except vault.WrongSecretError:
            self.wrong += 1
            self.field.clear()
            wait = pause_after(self.wrong)
            if wait:
                self.until = time.monotonic() + wait
                self.field.setEnabled(False)
                self.button.setEnabled(False)
                self.countdown.start()
                self._tick()
            else:
                self.message.say(self.tr("The password or recovery code is wrong."), error=True)
            return
        except UserError as exc:
            self.message.say(str(exc), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.wrong = 0
        self.field.clear()
        self.message.say("")
        self.opened.emit(key)

    def _tick(self) -> None:
        left = int(self.until - time.monotonic() + 0.999)
        if left <= 0:
            self.countdown.stop()
            self.field.setEnabled(True)
            self.button.setEnabled(True)
            self.field.setFocus()
            self.message.say(self.tr("The password or recovery code is wrong. Try again."), error=True)
            return
        self.message.say(self.tr("Wrong {0} times. Wait {1} s before the next try.").format(self.wrong, left),
                  error=True)


class UnlockDialog(QDialog):
    """At start: the password (or recovery code) that opens an encrypted workspace."""

    def __init__(self, root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Branch Desk — unlock"))
        self.key: vault.DataKey | None = None
        title = style.title_label(self.tr("The branch's data is encrypted"))
        where = style.hint_label(self.tr("Data folder: {0}").format(root))
        self.box = SecretBox(lambda s: vault.unlock(root, s))
        self.box.opened.connect(self._opened)
        quit_ = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        quit_.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        quit_.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(where)
        lay.addWidget(self.box)
        lay.addWidget(quit_)
        self.box.field.setFocus()

    def _opened(self, key: vault.DataKey) -> None:
        self.key = key
        self.accept()


class _Cover(QWidget):
    """An opaque sheet over one window while the program is locked."""

    def __init__(self, window: QWidget, content: QWidget | None):
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("lockCover")
        self.setStyleSheet("#lockCover { background: palette(window); }")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        if content is not None:
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.addWidget(content)
            holder.setMaximumWidth(460)
            lay.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            lay.addWidget(QLabel(self.tr("Locked")), 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class AppLock(QObject):
    """Locks the program after ``minutes`` without a key press or a click (0: never), and on request."""

    locked_changed = Signal(bool)
    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove}

    def __init__(self, main: QWidget, check: Callable[[str], vault.DataKey], minutes: float,
                 parent: QObject | None = None):
        super().__init__(parent or main)
        self.main = main
        self.check = check
        self.covers: list[_Cover] = []
        self.box: SecretBox | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.idle.start(int(minutes * 60_000))
        else:
            self.idle.stop()

    def lock(self) -> None:
        if self.locked:
            return
        self.idle.stop()
        self.box = SecretBox(self.check)
        self.box.opened.connect(self.unlock)
        heading = style.title_label(self.tr("Branch Desk is locked"))
        panel = QWidget()
        lay = QVBoxLayout(panel)
        lay.addWidget(heading)
        lay.addWidget(style.hint_label(self.tr("Type the password to go on where you left off.")))
        lay.addWidget(self.box)
        self.covers.append(_Cover(self.main, panel))
        for w in QApplication.topLevelWidgets():
            if w is not self.main and w.isVisible() and isinstance(w, QWidget) and not w.inherits("QMenu"):
                self.covers.append(_Cover(w, None))
        self.main.activateWindow()
        self.box.field.setFocus()
        self.locked_changed.emit(True)

    def unlock(self, _key: object = None) -> None:
        for c in self.covers:
            window = c.parentWidget()
            if window is not None:
                window.removeEventFilter(c)
            c.deleteLater()
        self.covers = []
        self.box = None
        self.set_minutes(self.minutes)
        self.locked_changed.emit(False)

    def _inside_lock(self, obj: QObject) -> bool:
        box = self.box
        return box is not None and isinstance(obj, QWidget) and (obj is box or box.isAncestorOf(obj))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.locked:
            if kind in self.INPUT and self.minutes > 0:
                self.idle.start(int(self.minutes * 60_000))
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut fires while locked: the key goes to the password field or nowhere
            return not self._inside_lock(watched)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel):
            return not self._inside_lock(watched) and not isinstance(watched, _Cover)
        return False


class NewPasswordDialog(QDialog):
    """Choose a password (twice) — for a new branch, for encrypting a plain one, or to change it."""

    def __init__(self, title: str, explain: str, current: Callable[[str], vault.DataKey] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current_check = current
        self.key: vault.DataKey | None = None
        form = QFormLayout()
        self.current = password_field()
        if current is not None:
            form.addRow(self.tr("Current password or recovery code"), self.current)
        self.first = password_field(self.tr("8 characters or more; a phrase you remember works well"))
        self.second = password_field()
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Once more"), self.second)
        self.message = style.MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        text = QLabel(explain)
        text.setWordWrap(True)
        lay.addWidget(text)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.password = ""

    def finish(self) -> None:
        try:
            if self.current_check is not None:
                self.key = self.current_check(self.current.text())
            vault.check_password(self.first.text())
        except UserError as exc:
            self.message.say(str(exc), error=True)
            return
        if self.first.text() != self.second.text():
            self.message.say(self.tr("The two passwords differ."), error=True)
            return
        self.password = self.first.text()
        self.accept()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: to print (a sheet for the safe) or copy by hand; closes only when the
    secretary says it is kept."""

    def __init__(self, code: str, branch: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.branch = branch
        self.setWindowTitle(self.tr("Recovery code"))
        lay = QVBoxLayout(self)
        lay.addWidget(style.title_label(self.tr("Keep this recovery code in the branch's safe")))
        explain = QLabel(self.tr("If the password is forgotten, this code opens the branch's data. It is shown only "
                                 "now. Print the sheet or copy it by hand, and keep it apart from the laptop."))
        explain.setWordWrap(True)
        lay.addWidget(explain)
        shown = QLabel(code)
        f = QFont("monospace")
        f.setStyleHint(QFont.StyleHint.Monospace)
        f.setPointSize(18)
        shown.setFont(f)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(shown)
        self.print_button = QPushButton(self.tr("Save the sheet to print (PDF)…"))
        self.print_button.clicked.connect(self.save_sheet)
        lay.addWidget(self.print_button)
        self.kept = QCheckBox(self.tr("I have printed or copied the code and will keep it in the safe"))
        lay.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.kept.toggled.connect(ok.setEnabled)
        lay.addWidget(self.buttons)
        self.saved: Path | None = None

    def save_sheet(self) -> None:
        from reports.recovery import render_recovery_sheet

        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the sheet to print (PDF)…"),
                                             str(Path.home() / "恢复码.pdf"), "PDF (*.pdf)")
        if out:
            self.saved = render_recovery_sheet(self.code, self.branch, Path(out))

    def reject(self) -> None:  # Esc does not lose the code unseen
        if self.kept.isChecked():
            super().reject()


def encrypt_in_window(ctx: AppContext, password: str, parent: QWidget,
                      done: Callable[[], object] | None = None) -> None:
    """Encrypt the open workspace on the task runner (with its progress and the window kept free), then show the
    recovery code once."""
    from models.db import Workspace
    from models.encrypt import encrypt_workspace

    old = ctx.ws
    root = old.root

    def work(progress: object) -> tuple[Workspace, str]:
        return encrypt_workspace(old, password, progress)  # type: ignore[arg-type]

    def finished(result: tuple[Workspace, str]) -> None:
        opened, code = result
        ctx.replace_workspace(opened)
        if code:
            p = ctx.profile.get()
            RecoveryCodeDialog(code, p.name if p else "", parent).exec()
        if done is not None:
            done()

    def failed(exc: BaseException) -> None:
        from models.vault import looks_encrypted

        key = None
        if looks_encrypted(old.db_path):
            try:
                key = vault.unlock(root, password)
            except UserError:
                key = None
        ctx.replace_workspace(Workspace.open(root, key=key))
        ctx.show_error(exc, parent)

    ctx.tasks.run(work, finished, failed, label=QApplication.translate("AppLock", "Encrypting the branch's data…"),
                  writes=True, parent=parent)
