"""The USB stick: finding the removable drives a bundle can be written to, and how much room they have."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def removable_drives() -> list[Path]:
    """Mounted removable drives: /media and /run/media on Linux, /Volumes on macOS, drive letters of type
    removable on Windows."""
    out: list[Path] = []
    if os.name == "nt":
        import ctypes
        import string

        k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = k32.GetLogicalDrives()
        for i, letter in enumerate(string.ascii_uppercase):
            if mask & (1 << i) and k32.GetDriveTypeW(f"{letter}:\\") == 2:  # DRIVE_REMOVABLE
                out.append(Path(f"{letter}:\\"))
        return out
    for base in (Path("/media"), Path("/run/media"), Path("/Volumes")):
        try:
            for p in sorted(base.iterdir()):
                if p.is_dir() and os.path.ismount(p):
                    out.append(p)
                elif p.is_dir():  # /media/<user>/<label>
                    out += [q for q in sorted(p.iterdir()) if q.is_dir() and os.path.ismount(q)]
        except OSError:
            continue
    return out


def free_space(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None
