"""The disk under a workspace: free space, read-only folders, and turning the operating system's and SQLite's
errors into messages a secretary can act on ("磁盘已满", "文件夹只读") instead of "damaged, restore a backup"."""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from models.errors import DiskFullError, ReadOnlyError, UserError
from models.i18n import pick

FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# below this, SQLite cannot be trusted to write its journal: call the disk full
LOW_SPACE = 1 << 20


def free_bytes(path: Path) -> int | None:
    """Free bytes on the file system holding ``path`` (or its nearest existing parent); None if unknown."""
    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free
    except OSError:
        return None


def mb(n: int) -> str:
    return f"{max(n, 0) / (1 << 20):.1f} MB"


def disk_full(where: Path, need: int | None = None) -> DiskFullError:
    free = free_bytes(where)
    need_txt = pick(f"需要约 {mb(need)}，", f"about {mb(need)} is needed, ") if need else ""
    free_txt = pick(f"现在只剩 {mb(free)}", f"only {mb(free)} is free") if free is not None else ""
    return DiskFullError(pick(
        f"磁盘已满（{where}）：{need_txt}{free_txt}。没有写入任何内容，已保存的数据没有改动。"
        "请删除不需要的文件或清空回收站，腾出空间后再试。",
        f"The disk is full ({where}): {need_txt}{free_txt}. Nothing was written and the saved data is unchanged. "
        "Delete files you do not need or empty the recycle bin, then try again."))


def read_only(where: Path) -> ReadOnlyError:
    return ReadOnlyError(pick(
        f"文件夹只读，不能写入（{where}）。已保存的数据没有改动。请检查U盘或存储卡的写保护开关、文件夹的权限，"
        "或把数据文件夹放到可以写入的位置。",
        f"The folder is read-only ({where}). The saved data is unchanged. Check the write-protect switch of the "
        "stick or card and the folder's permissions, or move the data folder somewhere writable."))


def os_error(exc: OSError, where: Path) -> UserError | None:
    """A disk-full or read-only error as the message for it; None for other errors."""
    if exc.errno in FULL_ERRNOS:
        return disk_full(where)
    if exc.errno in READ_ONLY_ERRNOS:
        return read_only(where)
    return None


def disk_problem(exc: BaseException, where: Path) -> UserError | None:
    """Any error — the operating system's (ENOSPC, EROFS, EACCES) or SQLite's ("database or disk is full",
    "readonly database", an I/O error on a nearly full disk) — as the disk-full or read-only message; None when it is
    something else (then a file may really be damaged)."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if "disk is full" in text or code == getattr(sqlite3, "SQLITE_FULL", 13):
        return disk_full(where)
    if "readonly" in text or "read-only" in text or code in (getattr(sqlite3, "SQLITE_READONLY", 8),):
        return read_only(where)
    if isinstance(orig, OSError):
        return os_error(orig, where)
    if "disk i/o error" in text or "unable to open database" in text:
        free = free_bytes(where)
        if free is not None and free < LOW_SPACE:
            return disk_full(where)
        problem = probe_writable(where)
        if problem is not None:
            return problem
    return None


def probe_writable(folder: Path) -> UserError | None:
    """Write, flush and remove a small file in ``folder``: the disk-full or read-only message if that fails."""
    folder = Path(folder)
    probe = folder / f".branchdesk-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as f:
            f.write(b"\0" * 4096)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        return os_error(exc, folder) or UserError(pick(f"无法写入文件夹 {folder}：{exc.strerror or exc}",
                                                       f"Cannot write in {folder}: {exc.strerror or exc}"))
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    return None


def require_space(where: Path, need: int) -> None:
    """Refuse up front, before anything is touched, when ``need`` bytes will not fit."""
    free = free_bytes(where)
    if free is not None and free < need:
        raise disk_full(where, need)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(d: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_with_journals(path: Path) -> None:
    """Remove a database copy and whatever SQLite kept beside it (-journal, -wal, -shm); quietly: it is clean-up."""
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass
