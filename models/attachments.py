"""Attachments stored by content: ``attachments/<aa>/<sha256>.<ext>``, verified whenever read."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sqlalchemy import select

from models import vault
from models.db import Workspace
from models.errors import UserError
from models.files import replacing
from models.i18n import pick
from models.meta import Attachment

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def stored_path(ws: Workspace, sha: str, ext: str) -> Path:
    return ws.attachments_dir / sha[:2] / (f"{sha}.{ext}" if ext else sha)


def store(ws: Workspace, src: Path) -> str:
    """Copy a file into the store (once per content; sealed with the workspace's key when it is encrypted) and
    record it; returns the SHA-256 of its content."""
    src = Path(src)
    sha = sha256_file(src)
    ext = src.suffix.lower().lstrip(".")[:16]
    dest = stored_path(ws, sha, ext)
    if not dest.exists():
        with replacing(dest) as partial:
            if ws.key is not None:
                partial.write_bytes(vault.seal_bytes(ws.key, src.read_bytes(), sha))
            else:
                shutil.copyfile(src, partial)
            if not _intact(ws, partial, sha):
                raise UserError(pick(f"复制附件{src.name}时出错，请重试。", f"Copying {src.name} failed; try again."))
    with ws.session() as s:
        if s.scalar(select(Attachment.id).where(Attachment.sha256 == sha)) is None:
            s.add(Attachment(sha256=sha, extension=ext, size=src.stat().st_size, original_name=src.name))
    return sha


def _clear(ws: Workspace, path: Path, sha: str) -> bytes | None:
    """The stored file's content in clear, or None when it is sealed and does not open (damaged, or not ours)."""
    return vault.open_bytes(ws.key, path.read_bytes(), sha)


def _intact(ws: Workspace, path: Path, sha: str) -> bool:
    data = _clear(ws, path, sha)
    return data is not None and hashlib.sha256(data).hexdigest() == sha


def attachment_intact(ws: Workspace, sha: str, ext: str) -> bool:
    return _intact(ws, stored_path(ws, sha, ext), sha)


def read_verified(ws: Workspace, sha: str, ext: str) -> bytes:
    data = _clear(ws, stored_path(ws, sha, ext), sha)
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise UserError(pick(f"附件{sha[:8]}已损坏（内容与校验值不符），请从备份恢复。",
                             f"Attachment {sha[:8]} is damaged (content does not match its hash); restore from a backup."))
    return data


def verified_copy(ws: Workspace, sha: str, ext: str, name: str) -> Path:
    """A temporary copy of a stored attachment under its own name, its content checked against its hash first
    (for handing to the system viewer)."""
    import tempfile

    # swept at the next start (ui/pdf_preview.py)
    out = Path(tempfile.mkdtemp(prefix="branchdesk-preview-")) / (Path(name).name or f"{sha[:8]}.{ext}")
    out.write_bytes(read_verified(ws, sha, ext))
    return out
