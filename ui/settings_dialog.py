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
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import vault
from models.errors import UserError
from models.i18n import listing
from reports.fonts import CANDIDATES, FONT_NAMES, ROLES, choose, fallback_paths, font_name
from ui import style
from ui.app_lock import NewPasswordDialog, RecoveryCodeDialog, encrypt_in_window
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
        self.text_size = QComboBox()
        for key, label in (("standard", self.tr("Standard (10.5 pt)")), ("large", self.tr("Large (12 pt)")),
                           ("xlarge", self.tr("Extra large (14 pt)"))):
            self.text_size.addItem(label, key)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(s.text_size)))
        general = QFormLayout()
        general.addRow(self.tr("Language"), self.language)
        general.addRow(self.tr("Text size"), self.text_size)

        fonts_box = QGroupBox(self.tr("Fonts for printed forms"))
        fonts_outer = QVBoxLayout(fonts_box)
        fonts_form = QFormLayout()
        fonts_outer.addLayout(fonts_form)
        role_names = {"title": self.tr("Titles"), "body": self.tr("Prose (仿宋)"), "table": self.tr("Tables (宋体)"),
                      "heading": self.tr("Headings (黑体)")}
        self.font_edits: dict[str, QLineEdit] = {}
        self.font_in_use: dict[str, QLabel] = {}
        for role in ROLES:
            edit = QLineEdit(s.fonts.get(role, ""))
            found = choose(role, s.fonts)
            edit.setPlaceholderText(self.tr("automatic"))
            pick = QPushButton(self.tr("Choose…"))
            pick.clicked.connect(lambda _=False, e=edit: self._pick_font(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(pick)
            fonts_form.addRow(role_names[role], row)
            in_use = style.hint_label(self.tr("In use: {0}").format(font_name(found.path)))
            in_use.setToolTip(self.tr("Looked for in this order: {0}").format(
                listing(dict.fromkeys(FONT_NAMES.get(c.lower(), c) for c in CANDIDATES[role]))))
            fonts_form.addRow("", in_use)
            self.font_in_use[role] = in_use
            self.font_edits[role] = edit
        order = style.hint_label(self.tr(
            "Without the official fonts a title takes 中宋, then 黑体, then 宋体; prose without 仿宋 takes 宋体, then 楷体. "
            "A rare character a font lacks (such as 𠮷) is printed with the first of: {0}; one that no font has is named "
            "when the form is printed.").format(listing(font_name(p) for p in fallback_paths(set()))))
        order.setMinimumHeight(order.heightForWidth(560))  # a wrapped label's lines are not in the dialog's size
        fonts_outer.addWidget(order)

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

        security = self._security_box()

        self.note = QLabel(self.tr("Language and data folder take effect the next time Branch Desk starts."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(general)
        lay.addWidget(fonts_box)
        lay.addWidget(data_box)
        lay.addWidget(security)
        lay.addWidget(self.note)
        lay.addWidget(buttons)

    def _security_box(self) -> QGroupBox:
        """安全: whether the data is encrypted, the idle time before the window locks, the password and the
        recovery code (or encrypting a plain branch)."""
        box = QGroupBox(self.tr("Security"))
        form = QFormLayout(box)
        self.security_state = QLabel()
        self.security_state.setWordWrap(True)
        form.addRow(self.tr("The branch's data"), self.security_state)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(int(self.ctx.settings.lock_minutes))
        form.addRow(self.tr("Lock the window after"), self.lock_minutes)
        self.change_password = QPushButton(self.tr("Change the password…"))
        self.change_password.clicked.connect(self.ask_change_password)
        self.new_code = QPushButton(self.tr("New recovery code…"))
        self.new_code.clicked.connect(self.ask_new_code)
        self.encrypt = QPushButton(self.tr("Encrypt the branch's data…"))
        self.encrypt.clicked.connect(self.ask_encrypt)
        row = QHBoxLayout()
        for b in (self.change_password, self.new_code, self.encrypt):
            row.addWidget(b)
        row.addStretch(1)
        form.addRow(row)
        self._show_security()
        return box

    def _show_security(self) -> None:
        on = self.ctx.ws.key is not None
        self.security_state.setText(
            self.tr("Encrypted (SQLCipher, AES-256): the data, its backups and attachments open only with the "
                    "password or the recovery code.") if on else
            self.tr("Not encrypted: anyone who has the laptop or a backup can read the members' ID numbers and "
                    "phone numbers. Encrypt it."))
        self.security_state.setStyleSheet("" if on else f"color: {style.RED};")
        self.change_password.setVisible(on)
        self.new_code.setVisible(on)
        self.encrypt.setVisible(not on)

    def _check_secret(self, secret: str) -> vault.DataKey:
        assert self.ctx.ws.key is not None  # the buttons that ask are shown for an encrypted branch only
        return vault.confirm(self.ctx.ws.root, secret, self.ctx.ws.key)

    def ask_change_password(self) -> None:
        d = NewPasswordDialog(self.tr("Change the password"), self.tr(
            "The data is not re-encrypted: only the key that opens it is locked under the new password. The recovery "
            "code stays the same."), current=self._check_secret, parent=self)
        if d.exec() != QDialog.DialogCode.Accepted or d.key is None:
            return
        try:
            vault.change_password(self.ctx.ws.root, d.key, d.password)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return
        QMessageBox.information(self, self.tr("Change the password"), self.tr("The password is changed."))

    def ask_new_code(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        secret, ok = QInputDialog.getText(self, self.tr("New recovery code"), self.tr(
            "The old recovery code stops working. Current password:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            key = self._check_secret(secret)
            code = vault.renew_recovery_code(self.ctx.ws.root, key)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return
        RecoveryCodeDialog(code, self._branch_name(), self).exec()

    def _branch_name(self) -> str:
        p = self.ctx.profile.get()
        return p.name if p else ""

    def ask_encrypt(self) -> None:
        d = NewPasswordDialog(self.tr("Encrypt the branch's data"), self.tr(
            "A verified backup is made first. Then the data, every backup and every attachment are encrypted; from "
            "then on the password (or the recovery code you get next) opens them. Do not lose both."), parent=self)
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        encrypt_in_window(self.ctx, d.password, self, done=self._show_security)

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
        s.lock_minutes = float(self.lock_minutes.value())
        s.text_size = self.text_size.currentData()
        s.save()
        from PySide6.QtWidgets import QApplication

        from ui.app import apply_text_size

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, s.text_size)  # at once, on every window
        lock = getattr(self.parent(), "app_lock", None)
        if lock is not None:
            lock.set_minutes(s.lock_minutes)
        self.accept()
