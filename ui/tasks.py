"""One way to run background work .

``ctx.tasks.run(work, on_done, label=..., writes=True)``: ``work(progress)`` runs on a worker thread with
its own database session (services open one per unit of work); ``on_done``/``on_error`` run on the UI
thread. Writes go through a single-thread pool so they never race; rendering and hashing use another.
A progress dialog with a cancel button appears only after 500 ms, the busy cursor after 300 ms.
Tests use ``SyncTaskRunner``, which runs work at once on the calling thread.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.progress import Cancelled

log = logging.getLogger(__name__)

Work = Callable[[Any], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

DIALOG_DELAY_MS = 500
CURSOR_DELAY_MS = 300


class TaskProgress:
    """Handed to work: thread-safe cancel flag and a progress signal."""

    def __init__(self, emit: Callable[[int, int, str], None]):
        self._cancel = threading.Event()
        self._emit = emit

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def update(self, done: int, total: int, label: str = "") -> None:
        self._emit(done, total, label)


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, progress: TaskProgress, signals: _Signals):
        super().__init__()
        self.work, self.progress, self.signals = work, progress, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # reported on the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Handle(QObject):
    """Lives on the UI thread: receives the worker's signals there."""

    def __init__(self, runner: TaskRunner, on_done: Done | None, on_error: Failed | None, label: str | None,
                 parent_widget: QWidget | None, writes: bool = False):
        super().__init__(runner)
        self.writes = writes
        self.runner, self.on_done, self.on_error = runner, on_done, on_error
        # the handle owns its signals: they are destroyed with it on the UI thread, never on a worker when the
        # finished job lets go of them (a segfault seen once in ~12 full test runs, in a worker's read)
        self.signals = _Signals(self)
        self.progress = TaskProgress(self.signals.progress.emit)
        self.dialog: QProgressDialog | None = None
        self.label, self.parent_widget = label, parent_widget
        self.last = (0, 0, "")
        self.cursor = False
        self.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(CURSOR_DELAY_MS, self, self._busy_cursor)
        if label:
            QTimer.singleShot(DIALOG_DELAY_MS, self, self._show_dialog)
        self.finished = False

    def _busy_cursor(self) -> None:
        if not self.finished:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.cursor = True

    def _show_dialog(self) -> None:
        if self.finished:
            return
        d = QProgressDialog(self.label or "", self.tr("Cancel"), 0, 0, self.parent_widget)
        d.setWindowTitle(self.tr("Working"))
        d.setWindowModality(Qt.WindowModality.WindowModal)
        d.setMinimumDuration(0)
        d.canceled.connect(self.progress.cancel)
        self.dialog = d
        self._apply(*self.last)
        d.show()

    def _apply(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(f"{self.label}\n{text}")

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.last = (done, total, text)
        self._apply(done, total, text)

    def _finish(self) -> None:
        self.finished = True
        if self.cursor:
            QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
        self.runner._active.discard(self)
        self.deleteLater()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._finish()
        if self.on_done:
            self.on_done(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.runner.report_error(exc, self.on_error, self.parent_widget)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._active: set[_Handle] = set()
        self.error_handler: Callable[[BaseException, QWidget | None], None] | None = None

    def run(self, work: Work, on_done: Done | None = None, on_error: Failed | None = None, *,
            label: str | None = None, writes: bool = False, parent: QWidget | None = None) -> TaskProgress:
        h = _Handle(self, on_done, on_error, label, parent, writes)
        self._active.add(h)
        (self.write_pool if writes else self.pool).start(_Job(work, h.progress, h.signals))
        return h.progress

    def report_error(self, exc: BaseException, on_error: Failed | None, parent: QWidget | None) -> None:
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, Cancelled):
            pass
        elif self.error_handler is not None:
            self.error_handler(exc, parent)
        else:
            raise exc

    def cancel_reads(self) -> None:
        """Ask every read still running to stop at its next step (the window is closing: nobody will see it);
        writes always finish."""
        for h in list(self._active):
            if not h.writes:
                h.progress.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.write_pool.waitForDone(msecs) and self.pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs work at once on the calling thread: deterministic tests."""

    def run(self, work: Work, on_done: Done | None = None, on_error: Failed | None = None, *,
            label: str | None = None, writes: bool = False, parent: QWidget | None = None) -> TaskProgress:
        progress = TaskProgress(lambda *_: None)
        try:
            result = work(progress)
        except BaseException as exc:
            self.report_error(exc, on_error, parent)
            return progress
        if on_done:
            on_done(result)
        return progress

