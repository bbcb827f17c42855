"""First start: ask for the branch profile, or fill a demo branch to look around."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

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
        lay.addWidget(buttons)
        self.form.name.setFocus()

    def create_branch(self) -> None:
        if self.form.save_to(self.ctx):
            from exchange.keys import workspace_signer

            workspace_signer(self.ctx.ws)  # the branch's signing key is made at set-up (docs/design.md §5)
            self.accept()

    def fill_demo(self) -> None:
        """The demo is built beside the workspace and moved in whole (a crash half-way leaves nothing behind)."""
        from exchange.demo import make_demo_workspace
        from models.db import Workspace

        root = self.ctx.ws.root
        self.ctx.ws.close()

        def work(_p: object) -> Workspace:
            make_demo_workspace(root)
            return Workspace.open(root)

        def done(ws: Workspace) -> None:
            self.ctx.replace_workspace(ws)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ctx.replace_workspace(Workspace.open(root))
            self.ctx.show_error(exc, self)

        self.ctx.tasks.run(work, done, failed, label=self.tr("Creating the demo branch…"), writes=True, parent=self)
