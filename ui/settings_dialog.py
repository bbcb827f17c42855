"""Settings: interface language, the fonts forms print with, the data folder."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reports.fonts import ROLES, choose
from ui.context import AppContext


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        s = ctx.settings
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        general = QFormLayout()
        general.addRow(self.tr("Language"), self.language)

        fonts_box = QGroupBox(self.tr("Fonts for printed forms"))
        fonts_form = QFormLayout(fonts_box)
        role_names = {"title": self.tr("Titles"), "body": self.tr("Prose (仿宋)"), "table": self.tr("Tables (宋体)"),
                      "heading": self.tr("Headings (黑体)")}
        self.font_edits: dict[str, QLineEdit] = {}
        for role in ROLES:
            edit = QLineEdit(s.fonts.get(role, ""))
            found = choose(role)
            edit.setPlaceholderText(self.tr("automatic: {0}").format(
                found.path.name + (self.tr(" (bundled)") if found.bundled else "")))
            pick = QPushButton(self.tr("Choose…"))
            pick.clicked.connect(lambda _=False, e=edit: self._pick_font(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(pick)
            fonts_form.addRow(role_names[role], row)
            self.font_edits[role] = edit

        data_box = QGroupBox(self.tr("Data folder"))
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("In use"), QLabel(str(ctx.ws.root)))
        self.data_dir = QLineEdit(s.data_dir)
        self.data_dir.setPlaceholderText(self.tr("default (per-user data folder)"))
        choose_dir = QPushButton(self.tr("Choose…"))
        choose_dir.clicked.connect(self._pick_dir)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(choose_dir)
        data_form.addRow(self.tr("Open next time"), row)
        from exchange.keys import full_fingerprint, workspace_signer

        self.fingerprint = QLabel(full_fingerprint(workspace_signer(ctx.ws).fingerprint))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr("Read all of it out when the committee phones: your bundles are held until it confirms this key"))
        data_form.addRow(self.tr("Signing key fingerprint"), self.fingerprint)

        self.note = QLabel(self.tr("Language and data folder take effect the next time Branch Desk starts."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(general)
        lay.addWidget(fonts_box)
        lay.addWidget(data_box)
        lay.addWidget(self.note)
        lay.addWidget(buttons)

    def _pick_font(self, edit: QLineEdit) -> None:
        f, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a TrueType font"), "", "TrueType (*.ttf *.ttc)")
        if f:
            edit.setText(f)

    def _pick_dir(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"))
        if d:
            self.data_dir.setText(d)

    def save(self) -> None:
        s = self.ctx.settings
        s.language = self.language.currentData()
        s.fonts = {role: e.text().strip() for role, e in self.font_edits.items() if e.text().strip()}
        s.data_dir = self.data_dir.text().strip()
        s.save()
        self.accept()
