"""First start: ask for the branch profile, or fill a demo branch to look around."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import vault
from models.errors import UserError
from ui import style
from ui.context import AppContext
from ui.profile_page import ProfileForm


class SetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to Branch Desk"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Tell us about your party branch. Everything stays on this computer, in:\n{0}")
                       .format(ctx.ws.root))
        intro.setWordWrap(True)
        self.form = ProfileForm()
        self.secure = self._password_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create workspace"))
        buttons.accepted.connect(self.create_branch)
        buttons.rejected.connect(self.reject)
        self.demo = QPushButton(self.tr("Just look around with a demo branch"))
        self.demo.clicked.connect(self.fill_demo)
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.form)
        lay.addWidget(self.secure)
        lay.addWidget(buttons)
        self.form.name.setFocus()

    def _password_box(self) -> QGroupBox:
        """The password that encrypts the branch's data (on by default): typed twice; the recovery code follows."""
        box = QGroupBox(self.tr("Password (encrypts the branch's data on this laptop)"))
        form = QFormLayout(box)
        from ui.app_lock import password_field

        self.password = password_field(self.tr("8 characters or more; a phrase you remember works well"))
        self.password_again = password_field()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Once more"), self.password_again)
        self.plain = QCheckBox(self.tr("Do not encrypt (not advised: anyone with the laptop can read the members' "
                                       "ID numbers)"))
        for edit in (self.password, self.password_again):
            self.plain.toggled.connect(lambda on, e=edit: e.setEnabled(not on))
        form.addRow(self.plain)
        self.password_message = style.MessageLine()
        form.addRow(self.password_message)
        return box

    def _chosen_password(self) -> str | None:
        """The password to encrypt with, None to stay plain; raises ``UserError`` naming what is wrong."""
        if self.plain.isChecked():
            return None
        vault.check_password(self.password.text())
        if self.password.text() != self.password_again.text():
            raise UserError(self.tr("The two passwords differ."))
        return self.password.text()

    def create_branch(self) -> None:
        try:
            password, problem = self._chosen_password(), ""
        except UserError as exc:
            password, problem = None, str(exc)
        self.password_message.say(problem, error=True)
        if not self.form.save_to(self.ctx):  # the profile's errors (form order), the password's with them
            return
        if problem:
            self.password.setFocus()
            return
        from exchange.keys import workspace_signer

        workspace_signer(self.ctx.ws)  # the branch's signing key is made at set-up (docs/design.md §5)
        if password is None:
            self.accept()
            return
        from ui.app_lock import encrypt_in_window

        encrypt_in_window(self.ctx, password, self, done=self.accept)

    def fill_demo(self) -> None:
        """先看演示: the demo branch opens in a folder of its own (made on first use); the branch's own data folder
        is not touched, and 回到我的支部 (in the window's banner) comes back to it."""
        from exchange.demo import open_demo
        from models.db import Workspace

        def work(_p: object) -> Workspace:
            return open_demo()

        def done(ws: Workspace) -> None:
            self.ctx.ws.close()
            self.ctx.replace_workspace(ws)
            self.accept()

        self.ctx.tasks.run(work, done, lambda exc: self.ctx.show_error(exc, self),
                           label=self.tr("Opening the demo branch…"), writes=True, parent=self)
