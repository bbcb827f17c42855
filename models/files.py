"""Writing a file all or nothing: into ``<name>.partial`` beside it, renamed over the real name only when complete.
A full disk, a killed process or a refused write leaves the old file (or none) and no ``.partial``."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(dest: Path, sync: bool = False) -> Iterator[Path]:
    """Yield the path to write; when the block ends without an error it becomes ``dest`` (``sync``: flushed to the
    disk first, for what must survive a power cut), otherwise it is removed and ``dest`` is left as it was."""
    dest = Path(dest)
    if dest.is_dir():
        from models.errors import UserError
        from models.i18n import pick

        raise UserError(pick(f"{dest} 是一个文件夹，请给出要写入的文件名。", f"{dest} is a folder; give the name of the file to write."))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
        yield partial
        if sync:
            fd = os.open(partial, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
