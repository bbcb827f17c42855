"""One writer per workspace: the window holds the workspace's lock for as long as it is open, commands that
write take it for their run, and the committee's receive waits for it, so two programs never write one
workspace at once. The lock is the operating system's (``filelock``: flock on POSIX, LockFileEx on Windows):
it goes with the process, so a crashed or killed program never leaves a stale lock behind."""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from models.errors import WorkspaceBusyError
from models.i18n import pick

LOCK_NAME = "branchdesk.lock"
WHAT = {"window": ("程序窗口", "the program's window"), "command": ("命令行命令", "a command"),
        "receive": ("接收报送文件", "a receive")}


class WorkspaceLock:
    """``with WorkspaceLock(root, "command"):`` — refuses (or waits ``wait`` seconds) while another holds it."""

    def __init__(self, root: Path, what: str = "command", wait: float = 0.0):
        self.root = Path(root)
        self.what = what
        self.wait = wait
        self._lock = FileLock(str(self.root / LOCK_NAME), thread_local=False, is_singleton=False)

    @property
    def info_path(self) -> Path:
        return self.root / f"{LOCK_NAME}.json"

    def acquire(self) -> WorkspaceLock:
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock.acquire(timeout=self.wait, poll_interval=0.1)
        except Timeout:
            raise self._busy() from None
        except OSError as exc:
            from models.disk import os_error

            mapped = os_error(exc, self.root)
            if mapped is None:
                raise
            raise mapped from exc
        try:
            self.info_path.write_text(json.dumps({"pid": os.getpid(), "what": self.what,
                                                  "since": datetime.now().isoformat(timespec="seconds")}),
                                      encoding="utf-8")
        except OSError:
            pass  # the lock holds without its note (a full disk); the message is then less specific
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                self.info_path.unlink(missing_ok=True)
            except OSError:
                pass
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def _busy(self) -> WorkspaceBusyError:
        who = ""
        try:
            info = json.loads(self.info_path.read_text(encoding="utf-8"))
            zh, en = WHAT.get(str(info.get("what")), ("支部工作台", "Branch Desk"))
            since = str(info.get("since", ""))[11:16]
            who = pick(f"（{zh}，进程 {info.get('pid')}，{since} 起）", f" ({en}, process {info.get('pid')}, since {since})")
        except (OSError, ValueError, AttributeError):
            pass
        return WorkspaceBusyError(pick(
            f"这个数据文件夹正被另一个支部工作台使用{who}：{self.root}。同一时间只能有一个程序写入，"
            "请先关闭另一个窗口或等它完成，再试一次。",
            f"Another Branch Desk is using this data folder{who}: {self.root}. Only one program may write at a "
            "time; close the other window or wait for it to finish, then try again."))

    def __enter__(self) -> WorkspaceLock:
        return self.acquire()

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None, tb: TracebackType | None) -> None:
        self.release()
