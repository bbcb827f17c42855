"""Progress and cancellation for long work, injected by the caller (a Qt dialog, the CLI, a test fake)."""
from __future__ import annotations

from typing import Protocol

from models.errors import UserError
from models.i18n import pick


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(pick("已取消，未作任何改动。", "Cancelled; nothing was changed."))


class Progress(Protocol):
    def update(self, done: int, total: int, label: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


def step(progress: Progress | None, done: int, total: int, label: str = "") -> None:
    """Report progress and stop with ``Cancelled`` when the person asked to cancel."""
    if progress is None:
        return
    if progress.cancelled:
        raise Cancelled()
    progress.update(done, total, label)
