"""The committee's receiving workspace (上级党委): receive bundles, the branches × months matrix, the ranking, each
branch's obligations and forms as received, and receipts back to the branches (docs/design.md §5)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchange import committee as c
from exchange.bundle import document_title
from exchange.keys import full_fingerprint, show_fingerprint
from models import committee_store as q
from models.committee_store import CommitteeStore
from models.errors import UserError
from models.i18n import clauses
from models.rules.periods import month_text, months_back
from ui import style
from ui.tasks import TaskRunner

STATE_STYLE = {"missing": ("·", style.GREY), "received": ("○", style.AMBER), "accepted": ("✔", style.GREEN),
               "returned": ("✖", style.RED)}
OBLIGATION_STATE = {"done": "✔", "due": "○", "overdue": "✖", "before_start": "—"}


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for col, v in enumerate(row):
            t.setItem(r, col, QTableWidgetItem(v))


class CommitteeWindow(QMainWindow):
    app_lock: object = None  # the AppLock of an encrypted store

    def __init__(self, store: CommitteeStore, tasks: TaskRunner, today: date | None = None):
        super().__init__()
        self.store = store
        self.tasks = tasks
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Branch Desk — committee: {0}").format(store.name))
        self.resize(1180, 760)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        months = months_back(month_text(self.today), 13)[::-1]
        self.last_month = months[1]

        # 接收
        rec = QWidget()
        rl = QVBoxLayout(rec)
        top = QHBoxLayout()
        self.receive_button = QPushButton(self.tr("&Receive bundles from a stick or folder…"))
        self.receive_button.clicked.connect(self.choose_and_receive)
        top.addWidget(self.receive_button)
        top.addStretch(1)
        rl.addLayout(top)
        self.results = _table([self.tr("File"), self.tr("Branch"), self.tr("Month"), self.tr("Revision"),
                               self.tr("Result"), self.tr("Reasons")])
        rl.addWidget(self.results)
        self.tabs.addTab(rec, self.tr("Receive"))

        # 报送情况
        self.matrix = _table([self.tr("Branch"), *months[::-1][-12:]])
        self.matrix_months = months[::-1][-12:]
        self.matrix.cellDoubleClicked.connect(self._matrix_open)
        self.tabs.addTab(self.matrix, self.tr("Branches × months"))

        # 排名
        rank = QWidget()
        kl = QVBoxLayout(rank)
        row = QHBoxLayout()
        self.rank_month = QComboBox()
        self.rank_month.addItems(months)
        self.rank_month.setCurrentText(self.last_month)
        self.rank_month.currentTextChanged.connect(self.show_ranking)
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.rank_month)
        pdf = QPushButton(self.tr("Summary as &PDF…"))
        pdf.clicked.connect(lambda: self.export_summary(".pdf"))
        xlsx = QPushButton(self.tr("Summary as &Excel…"))
        xlsx.clicked.connect(lambda: self.export_summary(".xlsx"))
        row.addStretch(1)
        row.addWidget(pdf)
        row.addWidget(xlsx)
        kl.addLayout(row)
        self.ranking = _table([self.tr("Rank"), self.tr("Code"), self.tr("Branch"), self.tr("Score"),
                               self.tr("Obligations done"), self.tr("State"), self.tr("Note")])
        kl.addWidget(self.ranking)
        self.tabs.addTab(rank, self.tr("Ranking"))

        # 支部台账与回执
        books = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        self.branch_pick = QComboBox()
        self.month_pick = QComboBox()
        self.month_pick.addItems(months)
        self.month_pick.setCurrentText(self.last_month)
        for w in (self.branch_pick, self.month_pick):
            w.currentIndexChanged.connect(self.show_branch_month)
        ll.addWidget(self.branch_pick)
        ll.addWidget(self.month_pick)
        self.bundle_label = QLabel()
        self.bundle_label.setWordWrap(True)
        ll.addWidget(self.bundle_label)
        self.docs = QListWidget()
        self.docs.itemDoubleClicked.connect(self.open_document)
        ll.addWidget(QLabel(self.tr("Forms as received (double-click to open)")))
        ll.addWidget(self.docs, 1)
        right = QWidget()
        rl2 = QVBoxLayout(right)
        self.obligations = _table([self.tr("State"), self.tr("Period"), self.tr("Obligation"), self.tr("Source")])
        rl2.addWidget(QLabel(self.tr("Obligations (the 工作台 rules applied to the branch's month)")))
        rl2.addWidget(self.obligations, 2)
        self.comments = QPlainTextEdit()
        self.comments.setPlaceholderText(self.tr("Comments (required when returning)"))
        self.comments.setMaximumHeight(80)
        rl2.addWidget(self.comments)
        buttons = QHBoxLayout()
        accept = QPushButton(self.tr("&Accept"))
        accept.clicked.connect(lambda: self.decide(True))
        ret = QPushButton(self.tr("Re&turn with comments"))
        ret.clicked.connect(lambda: self.decide(False))
        buttons.addWidget(accept)
        buttons.addWidget(ret)
        buttons.addStretch(1)
        rl2.addLayout(buttons)
        books.addWidget(left)
        books.addWidget(right)
        books.setStretchFactor(1, 2)
        books.setSizes([380, 800])
        self.tabs.addTab(books, self.tr("Branch forms and receipts"))

        # 支部
        br = QWidget()
        bl = QVBoxLayout(br)
        self.branches = _table([self.tr("Code"), self.tr("Branch"), self.tr("Key fingerprint"), self.tr("Checked by phone"),
                                self.tr("Bundles"), self.tr("Records")])
        bl.addWidget(self.branches)
        confirm = QPushButton(self.tr("Confirm the fingerprint the branch reads out…"))
        confirm.setToolTip(self.tr("Until a branch's key is confirmed its bundles are held (待确认), not applied"))
        confirm.clicked.connect(self.confirm_selected)
        bl.addWidget(confirm, 0, Qt.AlignmentFlag.AlignLeft)
        own = c.committee_signer(self.store).fingerprint
        self.own_key = QLabel(self.tr("This committee's key fingerprint (put it in the notice to the branches): {0}").format(
            full_fingerprint(own)))
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.own_key)
        self.tabs.addTab(br, self.tr("Branches"))

        self.addAction(self._action(QKeySequence("Ctrl+O"), self.choose_and_receive))
        self.refresh()

    def _action(self, key: QKeySequence, slot: Callable[[], object]) -> QAction:

        a = QAction(self)
        a.setShortcut(key)
        a.triggered.connect(slot)
        return a

    # -- refresh ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the matrix, the ranking and the branches on a worker thread (hundreds of branches' summaries), then
        fill the tabs."""
        store, months, month = self.store, self.matrix_months, self.rank_month.currentText()
        self.tasks.run(lambda _p: (q.matrix(store, months), q.ranking(store, month), q.branches(store)),
                       self._show_views, parent=self)

    def _show_views(self, views: tuple[list[tuple[q.BranchRow, dict[str, str]]], list[q.RankRow], list[q.BranchRow]]
                    ) -> None:
        matrix, ranking, rows = views
        self.show_matrix(matrix)
        self.fill_ranking(ranking)
        _fill(self.branches, [[b.code, b.name, show_fingerprint(b.fingerprint), "✔" if b.confirmed else "",
                               str(b.bundles), str(b.records)] for b in rows])
        current = self.branch_pick.currentData()
        self.branch_pick.blockSignals(True)
        self.branch_pick.clear()
        for b in rows:
            self.branch_pick.addItem(f"{b.code}  {b.name}", b.code)
        if current:
            self.branch_pick.setCurrentIndex(max(0, self.branch_pick.findData(current)))
        self.branch_pick.blockSignals(False)
        self.show_branch_month()

    def show_matrix(self, rows: list[tuple[q.BranchRow, dict[str, str]]]) -> None:
        words = {"missing": self.tr("missing"), "received": self.tr("received"), "accepted": self.tr("accepted"),
                 "returned": self.tr("returned")}
        self.matrix.setRowCount(len(rows))
        for r, (b, states) in enumerate(rows):
            self.matrix.setItem(r, 0, QTableWidgetItem(f"{b.code} {b.name}"))
            for col, m in enumerate(self.matrix_months, start=1):
                mark, colour = STATE_STYLE[states[m]]
                it = QTableWidgetItem(f"{mark} {words[states[m]]}")
                it.setForeground(QBrush(QColor(colour)))
                it.setData(Qt.ItemDataRole.UserRole, (b.code, m))
                self.matrix.setItem(r, col, it)

    def _matrix_open(self, row: int, col: int) -> None:
        it = self.matrix.item(row, col)
        if col == 0 or it is None:
            return
        code, month = it.data(Qt.ItemDataRole.UserRole)
        self.branch_pick.setCurrentIndex(self.branch_pick.findData(code))
        self.month_pick.setCurrentText(month)
        self.tabs.setCurrentIndex(3)

    def show_ranking(self) -> None:
        store, month = self.store, self.rank_month.currentText()
        self.tasks.run(lambda _p: q.ranking(store, month), self.fill_ranking, parent=self)

    def fill_ranking(self, rows: list[q.RankRow]) -> None:
        words = {"received": self.tr("received"), "accepted": self.tr("accepted"), "returned": self.tr("returned")}
        _fill(self.ranking, [[str(r.rank), r.code, r.name, f"{r.score} / {r.out_of}", f"{r.compliance:.0%}",
                              f"{STATE_STYLE[r.status][0]} {words.get(r.status, r.status)}",
                              self.tr("Benchmark branch (标杆支部)") if r.benchmark else
                              (self.tr("Last three months in a row") if r.last_three else "")] for r in rows])

    def show_branch_month(self) -> None:
        code, month = self.branch_pick.currentData(), self.month_pick.currentText()
        found = q.latest(self.store, month, code) if code else []
        self.current = found[0] if found else None
        self.docs.clear()
        if self.current is None:
            self.bundle_label.setText(self.tr("Nothing received for this month."))
            _fill(self.obligations, [])
            return
        b = self.current
        self.bundle_label.setText(self.tr("Revision {0}, {1} records, received {2}; {3}").format(
            b.revision, b.records, b.received_at.strftime("%Y-%m-%d %H:%M"),
            {"received": self.tr("not yet decided"), "accepted": self.tr("accepted"),
             "returned": self.tr("returned: {0}").format(b.comments)}[b.status]))
        _fill(self.obligations, [[OBLIGATION_STATE.get(o["state"], o["state"]), o["period"], o["name"], o["source"]]
                                 for o in b.summary.get("obligations", [])])
        for doc_id, name, size in q.documents(self.store, b.id):
            if name.startswith("reports/") or name.startswith("xlsx/"):
                it = QListWidgetItem(f"{document_title(name)}  ({max(1, size // 1024)} KB)")
                it.setToolTip(name.split("/", 1)[1])  # the file's name in the bundle
                it.setData(Qt.ItemDataRole.UserRole, doc_id)
                self.docs.addItem(it)

    def open_document(self, item: QListWidgetItem) -> None:
        name, data = c.document(self.store, item.data(Qt.ItemDataRole.UserRole))
        from ui.pdf_preview import PdfPreviewDialog, temporary_pdf

        out = temporary_pdf(f"{document_title(name)}{Path(name).suffix}")
        out.write_bytes(data)
        if out.suffix == ".pdf":
            PdfPreviewDialog(out, out.name, self, temporary=True).exec()
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    # -- actions ------------------------------------------------------------------------------------------------
    def choose_and_receive(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Receive bundles from"))
        if d:
            self.receive([Path(d)])

    def receive(self, paths: list[Path]) -> None:
        store = self.store

        def done(results: list[c.Received]) -> None:
            words = {"applied": self.tr("received"), "already": self.tr("already received"), "held": self.tr("held"),
                     "rejected": self.tr("REJECTED")}
            _fill(self.results, [[r.path.name, r.branch, r.period, str(r.revision), words[r.status],
                                  clauses(r.reasons) or (self.tr("new branch: check key {0}… by phone, then confirm it "
                                                                   "under Branches; held until then").format(
                                      show_fingerprint(r.fingerprint)) if r.new_branch else (
                                      self.tr("the branch's key is not confirmed yet: held") if r.status == "held" else ""))]
                                 for r in results])
            for row, r in enumerate(results):
                if r.status == "rejected":
                    for col in range(self.results.columnCount()):
                        item = self.results.item(row, col)
                        if item is not None:
                            item.setForeground(QBrush(QColor(style.RED)))
            self.refresh()

        self.tasks.run(lambda p: c.receive(store, paths, p), done, label=self.tr("Receiving bundles…"), writes=True,
                       parent=self)

    def decide(self, accept: bool) -> None:
        if self.current is None:
            return
        try:
            c.decide(self.store, self.current.uuid, accept, self.comments.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        d = QFileDialog.getExistingDirectory(self, self.tr("Write the receipt to (the branch's stick)"))
        if d:
            try:
                path = c.write_receipt(self.store, self.current.uuid, Path(d))
                QMessageBox.information(self, self.windowTitle(), self.tr("Receipt written: {0}").format(path))
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.comments.clear()
        self.refresh()

    def confirm_selected(self) -> None:
        r = self.branches.currentRow()
        item = self.branches.item(r, 0) if r >= 0 else None
        if item is None:
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        typed, ok = QInputDialog.getText(self, self.tr("Confirm the branch's key"), self.tr(
            "Ask branch {0} to read out its key fingerprint (Settings in its program), all 64 characters, and type "
            "them here:").format(item.text()))
        if not ok or not typed.strip():
            return
        try:
            results = c.confirm_branch(self.store, item.text(), typed)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not confirmed"), str(exc))
            return
        applied = sum(1 for r in results if r.status == "applied")
        refused = [f"{r.path.name}：{'；'.join(r.reasons)}" for r in results if r.status == "rejected"]
        QMessageBox.information(self, self.tr("Key confirmed"), self.tr(
            "The key of branch {0} is confirmed. Held bundles applied: {1}.").format(item.text(), applied)
            + ("\n" + "\n".join(refused) if refused else ""))
        self.refresh()

    def export_summary(self, suffix: str) -> None:
        from reports.committee import export_summary_xlsx, render_summary

        month = self.rank_month.currentText()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the summary"), f"summary-{month}{suffix}", f"*{suffix}")
        if not path:
            return
        store = self.store

        def work(_p: object) -> object:
            return export_summary_xlsx(store, month, Path(path)) if suffix == ".xlsx" else render_summary(store, month, Path(path))

        self.tasks.run(work, lambda _r: None, label=self.tr("Writing the summary…"), parent=self)


def run_committee_gui(data_dir: Path, url: str | None, lang: str = "zh_CN", smoke: bool = False,
                      exec_: bool = True) -> int:
    from ui.app import make_app
    from ui.i18n import install_translators

    app = make_app()
    install_translators(app, lang)
    from models.committee_store import COMMITTEE_DB
    from ui.app import Declined, ask_key, cannot_open

    try:
        store = CommitteeStore.open(data_dir, url, None if url else ask_key(data_dir, smoke, COMMITTEE_DB))
    except Declined:
        return 1 if smoke else 0
    except UserError as exc:
        return cannot_open(exc, smoke)
    tasks = TaskRunner(app)
    win = CommitteeWindow(store, tasks)
    win.show()
    if store.key is not None and store.root is not None:
        from models import vault
        from models.config import UserSettings
        from ui.app_lock import AppLock

        root, key = store.root, store.key
        win.app_lock = AppLock(win, lambda secret: vault.confirm(root, secret, key), UserSettings.load().lock_minutes)
        lock_action = QAction(QCoreApplication.translate("app", "Lock"), win)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(win.app_lock.lock)
        win.addAction(lock_action)
    if smoke:
        app.processEvents()
        ok = not win.grab().isNull()
        win.close()
        win.deleteLater()
        app.processEvents()
        store.close()
        print("smoke ok" if ok else "smoke failed: nothing painted")
        return 0 if ok else 1
    code = app.exec() if exec_ else 0
    store.close()
    return code
