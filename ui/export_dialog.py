"""报送: pick the month, see what goes in, choose the stick, write; the bundles sent and the committee's answers;
import receipts (docs/design.md §5)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchange import bundle, stick
from exchange.bundle import Preview
from models.books import label
from models.errors import UserError
from models.i18n import clauses
from models.progress import Progress
from models.rules.periods import month_text, months_back
from models.services.sent import BundleRow, history
from ui import style
from ui.context import AppContext
from ui.forms import shortcut


def size_text(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n / 1024:.0f} KB"


class ExportDialog(QDialog):
    """File → 报送上级 (Ctrl+E)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.preview: Preview | None = None
        self.last_written: Path | None = None
        self.setWindowTitle(self.tr("Send the monthly bundle"))
        self.resize(860, 640)
        lay = QVBoxLayout(self)

        form = QFormLayout()
        self.month = QComboBox()
        self.month.addItems(months_back(month_text(self.today), 13)[::-1])
        self.month.setCurrentText(bundle.default_month(ctx.ws, self.today))
        self.month.currentTextChanged.connect(self.refresh)
        form.addRow(self.tr("Month"), self.month)
        self.show_ids = QCheckBox(self.tr("Send ID numbers unmasked (only if the committee asks for them)"))
        self.show_ids.setChecked(bundle.show_ids(ctx.ws))
        self.show_ids.toggled.connect(self._ids_toggled)
        form.addRow("", self.show_ids)
        lay.addLayout(form)

        box = QGroupBox(self.tr("What goes in"))
        bl = QVBoxLayout(box)
        self.changes = QTableWidget(0, 4)
        self.changes.setHorizontalHeaderLabels([self.tr("Book"), self.tr("New"), self.tr("Changed"), self.tr("Deleted")])
        self.changes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bl.addWidget(self.changes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bl.addWidget(self.summary)
        lay.addWidget(box, 2)

        dest = QHBoxLayout()
        dest.addWidget(QLabel(self.tr("Write to")))
        self.target = QComboBox()
        self.target.setEditable(False)
        dest.addWidget(self.target, 1)
        pick = QPushButton(self.tr("Choose a folder…"))
        pick.clicked.connect(self.choose_folder)
        dest.addWidget(pick)
        self.write_button = QPushButton(self.tr("&Write the bundle"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        dest.addWidget(self.write_button)
        lay.addLayout(dest)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.outcome)

        hist = QGroupBox(self.tr("Bundles sent and the committee's answers"))
        hl = QVBoxLayout(hist)
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Revision"), self.tr("Written"),
                                                self.tr("File"), self.tr("State"), self.tr("Comments")])
        self.history.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        hl.addWidget(self.history)
        row = QHBoxLayout()
        again = QPushButton(self.tr("Copy the selected bundle again"))
        again.clicked.connect(self.copy_again)
        receipts = QPushButton(self.tr("&Import receipts…"))
        receipts.clicked.connect(self.import_receipts)
        confirm = QPushButton(self.tr("Confirm the committee's &key…"))
        confirm.setToolTip(self.tr("A receipt changes nothing until the committee's key fingerprint is confirmed"))
        confirm.clicked.connect(self.confirm_key)
        row.addWidget(again)
        row.addWidget(receipts)
        row.addWidget(confirm)
        row.addStretch(1)
        hl.addLayout(row)
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.held.setStyleSheet(f"color: {style.AMBER};")
        hl.addWidget(self.held)
        lay.addWidget(hist, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        shortcut(QKeySequence("Ctrl+Return"), self, self.write)
        self.fill_targets()
        self.refresh()
        self.fill_history()

    # -- where to -----------------------------------------------------------------------------------------------
    def fill_targets(self, extra: Path | None = None) -> None:
        self.target.clear()
        free_word = self.tr("free")
        for d in stick.removable_drives():
            free = stick.free_space(d)
            self.target.addItem(f"{d}（{free_word} {size_text(free) if free is not None else '?'}）", str(d))
        if extra is not None:
            self.target.addItem(str(extra), str(extra))
            self.target.setCurrentIndex(self.target.count() - 1)
        if self.target.count() == 0:
            self.target.addItem(self.tr("No USB stick found: choose a folder"), "")

    def choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Write the bundle to"))
        if d:
            self.fill_targets(Path(d))

    def destination(self) -> Path | None:
        data = self.target.currentData()
        return Path(data) if data else None

    # -- what goes in -------------------------------------------------------------------------------------------
    def _ids_toggled(self, on: bool) -> None:
        bundle.set_show_ids(self.ctx.ws, on)
        self.refresh()

    def refresh(self) -> None:
        """Count what would go in, in the background (reading every record of a ten-year branch takes a moment)."""
        ws, month, today = self.ctx.ws, self.month.currentText(), self.today
        self.write_button.setEnabled(False)
        self.summary.setText(self.tr("Counting what goes in…"))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                self.ctx.show_error(exc, self)
                return
            self.preview = None
            self.changes.setRowCount(0)
            self.summary.setText(str(exc))

        self.ctx.tasks.run(lambda _p: bundle.preview(ws, month, today), self.show_preview, failed, parent=self)

    def show_preview(self, pv: Preview) -> None:
        if pv.period != self.month.currentText():
            return  # the person has picked another month meanwhile
        self.preview = pv
        self.write_button.setEnabled(True)
        self.changes.setRowCount(0)
        for book, c in pv.changes.items():
            r = self.changes.rowCount()
            self.changes.insertRow(r)
            for col, v in enumerate((label(book), c.new, c.changed, c.deleted)):
                it = QTableWidgetItem(str(v))
                if col:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.changes.setItem(r, col, it)
        s = pv.summary
        done = sum(1 for o in s["obligations"] if o["state"] == "done")
        self.summary.setText(self.tr(
            "{0}, revision {1}: {2} records; members {3}; meetings this month {4}; obligations done {5} of {6}; "
            "attachments {7} ({8}). ID numbers {9}.").format(
            pv.period, pv.revision, len(pv.lines), s["members"]["total"],
            sum(m["count"] for m in s["meetings"].values()), done, len(s["obligations"]), len(pv.attachments),
            size_text(pv.attachments_size), self.tr("shown") if pv.show_ids else self.tr("masked")))

    # -- writing ------------------------------------------------------------------------------------------------
    def write(self) -> None:
        pv, dest = self.preview, self.destination()
        if pv is None:
            return
        if dest is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose the USB stick or a folder to write to."))
            return
        ws = self.ctx.ws

        def work(progress: Progress) -> bundle.Delivered:
            return bundle.send(ws, pv, dest, progress)

        def done(result: bundle.Delivered) -> None:
            final = result.paths[-1]
            self.last_written = final
            text = self.tr("Written and checked: {0}\nSHA-256 {1}").format(final, result.sha256)
            if result.reused:
                text += "\n" + self.tr("This month's bundle had been written before but not delivered; that very "
                                       "file was delivered now (no new revision).")
            self.outcome.setText(text)
            self.refresh()
            self.fill_history()
            self.ctx.data_changed.emit()

        self.ctx.tasks.run(work, done, label=self.tr("Writing the bundle…"), writes=True, parent=self)

    # -- history ------------------------------------------------------------------------------------------------
    def fill_history(self) -> None:
        self.rows: list[BundleRow] = history(self.ctx.ws)
        self.history.setRowCount(len(self.rows))
        colours = {"accepted": style.GREEN, "returned": style.RED}
        for r, b in enumerate(self.rows):
            for col, v in enumerate((b.period, f"r{b.revision}", b.created_at.strftime("%Y-%m-%d %H:%M"), b.file_name,
                                     b.status_name, b.receipt_comments)):
                it = QTableWidgetItem(v)
                if col == 4 and b.status in colours:
                    it.setForeground(Qt.GlobalColor.darkGreen if b.status == "accepted" else Qt.GlobalColor.red)
                self.history.setItem(r, col, it)
        self.history.resizeColumnsToContents()
        from exchange.keys import show_fingerprint
        from exchange.receipts import committee_key, held_receipts

        held = held_receipts(self.ctx.ws)
        key = committee_key(self.ctx.ws)
        if held:
            self.held.setText(self.tr("Receipts kept, source not confirmed — they change nothing until you "
                                      "confirm the committee's key: {0}. Compare the fingerprint {1}… with the "
                                      "committee's notice, then choose “Confirm the committee's key…”.").format(
                clauses(f"{h.period} r{h.revision} {h.decision_name}" for h in held),
                show_fingerprint(held[0].fingerprint)))
        elif key:
            self.held.setText(self.tr("The committee's confirmed key: {0}…").format(show_fingerprint(key)))
        else:
            self.held.setText("")

    def copy_again(self) -> None:
        r = self.history.currentRow()
        dest = self.destination()
        if r < 0 or dest is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a bundle and the stick to copy it to."))
            return
        src = bundle.kept_path(self.ctx.ws, self.rows[r].file_name)

        def done(final: Path) -> None:
            self.outcome.setText(self.tr("Copied and checked: {0}").format(final))

        ws, waiting = self.ctx.ws, self.rows[r].status == "pending"

        def work(p: Progress) -> Path:
            # a bundle not yet delivered goes with any earlier one still waiting, and is then recorded as delivered
            return bundle.deliver_pending(ws, dest, p)[-1] if waiting else bundle.copy_to(src, dest, p, ws.key)

        def finished(final: Path) -> None:
            done(final)
            self.fill_history()
            self.ctx.data_changed.emit()

        self.ctx.tasks.run(work, finished, label=self.tr("Copying…"), writes=waiting, parent=self)

    def confirm_key(self) -> None:
        """The secretary types the committee's full key fingerprint from its notice (or as read out by phone)."""
        from PySide6.QtWidgets import QInputDialog

        from exchange.receipts import committee_key, confirm_committee_key

        typed, ok = QInputDialog.getText(self, self.tr("Confirm the committee's key"), self.tr(
            "Type the committee's key fingerprint from its notice (all 64 characters; spaces do not matter):"))
        if not ok or not typed.strip():
            return
        replace = False
        if committee_key(self.ctx.ws):
            replace = QMessageBox.question(self, self.windowTitle(), self.tr(
                "A committee key is already confirmed. Replace it (only if the committee announced a new key)?")) \
                == QMessageBox.StandardButton.Yes
        try:
            applied = confirm_committee_key(self.ctx.ws, typed, replace=replace)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("The committee's key is confirmed. Kept receipts "
                                                                  "applied: {0}.").format(len(applied)))
        self.fill_history()
        self.ctx.data_changed.emit()

    def import_receipts(self) -> None:
        from exchange.receipts import import_receipt

        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Receipts from the committee"),
                                                str(self.destination() or ""), self.tr("Receipts (*.json)"))
        lines = []
        for f in files:
            try:
                got = import_receipt(self.ctx.ws, Path(f))
                if got.row is not None:
                    b = got.row
                    lines.append(f"{b.period} r{b.revision}：{b.status_name}"
                                 + (f"（{b.receipt_comments}）" if b.receipt_comments else ""))
                elif got.held is not None:
                    lines.append(self.tr("{0} r{1}: source not confirmed — kept, not applied until you confirm the "
                                         "committee's key").format(got.held.period, got.held.revision))
            except UserError as exc:
                lines.append(f"{Path(f).name}：{exc}")
        if lines:
            QMessageBox.information(self, self.windowTitle(), "\n".join(lines))
            self.fill_history()
            self.ctx.data_changed.emit()
