"""Preview a printed form (QtPdf) and print it or save it as PDF. Ctrl+P prints, Ctrl+S saves."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.context import AppContext

import os
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from models.i18n import listing

TEMP_PREFIX = "branchdesk-preview-"  # also the prefix of attachments opened for viewing (models/attachments.py)


def temporary_pdf(name: str = "form.pdf") -> Path:
    """A private folder for one form being previewed (removed when its preview closes; see ``sweep_previews``)."""
    return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX)) / name


def sweep_previews(older_than_hours: float = 12) -> int:
    """Remove the folders of previews a killed program left behind in the system's temporary folder (they hold
    printed names and records in clear). Returns how many were removed."""
    import time

    limit = time.time() - older_than_hours * 3600
    gone = 0
    for d in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        try:
            if d.is_dir() and d.stat().st_mtime < limit and d.stat().st_uid == os.getuid():
                shutil.rmtree(d, ignore_errors=True)
                gone += 1
        except (OSError, AttributeError):  # another user's folder, or no getuid (Windows: the folder is per user)
            continue
    return gone


class PdfPreviewDialog(QDialog):
    """The print preview. Given ``temporary``, the PDF's folder is removed when the preview closes: a printed form
    holds names and records, and in an encrypted branch nothing of them is left in clear."""

    def __init__(self, pdf: Path, suggested_name: str, parent: QWidget | None = None, temporary: bool = False):
        super().__init__(parent)
        self.pdf = Path(pdf)
        if temporary:
            self.finished.connect(self._discard)
            self.destroyed.connect(partial(shutil.rmtree, str(self.pdf.parent), True))  # gone with its window too
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Print preview — {0}").format(suggested_name))
        self.resize(900, 1000)
        self.doc = QPdfDocument(self)
        self.doc.load(str(self.pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("{0} pages").format(self.doc.pageCount()))
        print_btn = QPushButton(self.tr("Print…"))
        print_btn.setShortcut(QKeySequence.StandardKey.Print)
        print_btn.clicked.connect(self.print_)
        save_btn = QPushButton(self.tr("Save as PDF…"))
        save_btn.setShortcut(QKeySequence.StandardKey.Save)
        save_btn.clicked.connect(self.save_as)
        close_btn = QPushButton(self.tr("Close"))
        close_btn.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for b in (print_btn, save_btn, close_btn):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

    def _discard(self) -> None:
        self.doc.close()
        shutil.rmtree(self.pdf.parent, ignore_errors=True)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name, "PDF (*.pdf)")
        if target:
            try:
                shutil.copyfile(self.pdf, target)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"), f"{target}\n{exc.strerror}")

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.doc, printer)


def print_pdf(doc: QPdfDocument, printer: QPrinter) -> None:
    """Render each page at the printer's resolution and paint it onto the printer's page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
        last = printer.toPage() - 1 if printer.toPage() > 0 else doc.pageCount() - 1
        dpi = printer.resolution()
        for i in range(first, last + 1):
            if i > first:
                printer.newPage()
            size = doc.pagePointSize(i)
            img = doc.render(i, QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi)))
            rect = painter.viewport()
            target = img.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.save()
            painter.setViewport(rect.x(), rect.y(), target.width(), target.height())
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.restore()
    finally:
        painter.end()


def print_in_background(ctx: AppContext, parent: QWidget, render: Callable[..., int], suggested_name: str,
                        label: str, with_progress: bool = False) -> None:
    """Render a form off the UI thread with the user's fonts, then open the preview (print or save from there).

    ``render(out: Path, fonts: FontSet) -> pages`` runs on a worker; it must not touch widgets. With
    ``with_progress`` it also gets the task's progress (shown after ~500 ms, with a Cancel button).
    """
    from reports.fonts import fonts

    overrides = dict(ctx.settings.fonts)

    from reports.fonts import missing_characters

    def work(progress: object) -> tuple[Path, list[str]]:
        missing_characters()  # what an earlier form lacked is not this one's
        out = temporary_pdf()
        try:
            if with_progress:
                render(out, fonts(overrides), progress)
            else:
                render(out, fonts(overrides))
        except BaseException:
            shutil.rmtree(out.parent, ignore_errors=True)
            raise
        return out, missing_characters()

    def show(result: tuple[Path, list[str]]) -> None:
        out, lacking = result
        preview = PdfPreviewDialog(out, suggested_name, parent, temporary=True)
        setattr(parent, "preview", preview)  # noqa: B010  # tests and the person reach it here
        preview.open()
        if lacking:
            shown = listing(f"{c} (U+{ord(c):04X})" for c in lacking[:20])
            QMessageBox.warning(preview, QCoreApplication.translate("PdfPreviewDialog", "Characters no font can print"),
                                QCoreApplication.translate(
                                    "PdfPreviewDialog", "These characters come out as empty boxes: {0}. Install a "
                                    "font that has them (SimSun-ExtB on Windows, or HanaMinA/B), or choose one in "
                                    "Settings.").format(shown))

    ctx.tasks.run(work, show, label=label, parent=parent)
