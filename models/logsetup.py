"""Logging to ``<workspace>/logs/branchdesk.log``. ID numbers and phone numbers never reach the log."""
from __future__ import annotations

import dataclasses
import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_ID = re.compile(r"(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)")
_PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def redact(text: str) -> str:
    return _PHONE.sub(r"\1****\2", _ID.sub(r"\1********\2", text))


def redact_all(obj: T) -> T:
    """A copy of a frozen dataclass (or a list, tuple or dict of them) with every ID and phone number in its text
    masked: what a form prints when it leaves the branch without the branch opting in."""
    if isinstance(obj, str):
        return redact(obj)  # type: ignore[return-value]
    if isinstance(obj, list):
        return [redact_all(x) for x in obj]  # type: ignore[return-value]
    if isinstance(obj, tuple):
        return tuple(redact_all(x) for x in obj)  # type: ignore[return-value]
    if isinstance(obj, dict):
        return {k: redact_all(v) for k, v in obj.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(obj, **{f.name: redact_all(getattr(obj, f.name))
                                           for f in dataclasses.fields(obj) if f.init})
    return obj


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


def close_logging() -> None:
    """Close the log file this program opened (after a command run inside another program — the tests —, so no
    file in the data folder stays open)."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_branchdesk", False):
            root.removeHandler(h)
            h.close()


def setup_logging(logs_dir: Path | None, verbose: bool = False) -> Path | None:
    logging.raiseExceptions = False  # a full disk must not turn every log line into a traceback on the screen
    close_logging()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = None
    handler: logging.Handler
    if logs_dir is not None:
        try:
            logs_dir.mkdir(parents=True, exist_ok=True)
            path = logs_dir / "branchdesk.log"
            handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            handler, path = logging.StreamHandler(), None
    else:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    setattr(handler, "_branchdesk", True)  # noqa: B010
    root.addHandler(handler)
    return path
