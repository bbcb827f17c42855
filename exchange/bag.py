"""A BagIt 1.0 bag (RFC 8493) in a zip, signed with Ed25519: written safely to a USB stick, and checked before
anything in it is believed (docs/design.md §5 and docs/bundle-format.md).

Written here rather than with bagit-python's ``make_bag``: that changes the process's working directory while it
runs (unsafe beside the window's threads) and needs the payload on disk first; here the payload streams straight
into the zip. bagit-python stays the independent judge: the tests and the bench validate every bag this writes
with it.

Checking opens nothing it has not first looked at: every name (no absolute paths, ``..``, backslashes, drive
letters, duplicates, links), the sizes and compression ratios (zip bombs), then the tag files, every payload
hash, the payload size (Payload-Oxum) and the signature over the tag manifest.
"""
from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO

from exchange.keys import Signer, decode_public, fingerprint, verify
from models.attachments import sha256_file
from models.disk import fsync_dir
from models.errors import UserError
from models.i18n import pick
from models.progress import Progress, step

sha256_of = sha256_file  # the file's SHA-256, as exchange.bundle names it
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
SIGNATURE = "signature.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
FAT32_LIMIT = (4 << 30) - 1
MAX_ENTRIES = 65_535  # no zip64: every header is the plain one, so every byte of the file is checked
# Every entry is stored, not compressed, with these exact header values. The checker demands them, so a change to
# any byte of a bundle either changes a payload or tag file (caught by its hash) or breaks the layout.
EPOCH = (1980, 1, 1, 0, 0, 0)
MODE = 0o100644 << 16
MAX_UNPACKED = 8 << 30
MAX_RATIO = 200  # a monthly bundle compresses text about 10:1; 200:1 over 1 MiB is a bomb
CHUNK = 1 << 20
# What a check holds in memory at most, whatever the input (docs/bundle-format.md, “Limits”): the JSON files it reads
# (summary, records, roster) together, each record line, the number of lines; the printed forms and attachments are
# never held whole by the check — the committee copies them one at a time, each up to MAX_DOCUMENT.
MAX_JSON_TOTAL = 24 << 20  # the first bundle of a 50-member branch with 10 years of records is about 4.5 MB
MAX_JSON_LINE = 1 << 20  # the longest record of that branch is under 7 KB
MAX_LINES = 200_000
MAX_DOCUMENT = 64 << 20
# characters Windows and FAT32 refuse in names, and names Windows reserves
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_name(name: str) -> str:
    """A file name every stick and Windows accepts: ASCII letters, digits, ``-_.`` only."""
    out = re.sub(r"[^A-Za-z0-9._-]", "-", name).strip(". ") or "bundle"
    if out.split(".")[0].upper() in _RESERVED:
        out = "_" + out
    return out[:120]


Source = bytes | Path


@dataclass
class Written:
    path: Path
    sha256: str
    size: int


def _encode_path(p: str) -> str:
    # RFC 8493 2.1.3: CR, LF and % in manifest paths are percent-encoded
    return p.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def _decode_path(p: str) -> str:
    return p.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r").replace("%25", "%")


def bag_info_text(info: dict[str, str]) -> bytes:
    lines = []
    for k, v in info.items():
        v = " ".join(str(v).split())  # one line per value
        lines.append(f"{k}: {v}")
    return ("\n".join(lines) + "\n").encode()


def parse_bag_info(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    last = ""
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and last:
            out[last] += " " + raw.strip()
            continue
        if ":" not in raw:
            continue
        k, v = raw.split(":", 1)
        last = k.strip()
        out[last] = v.strip()
    return out


def _entry(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=EPOCH)
    zi.compress_type = zipfile.ZIP_STORED
    zi.create_system = 3
    zi.create_version = 20
    zi.external_attr = MODE
    return zi


def _stick_error(exc: OSError, dest: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(pick(f"{dest} 空间不足，报送文件没有写完（已删除未写完的部分）。请换一个U盘或腾出空间后重试。",
                              f"{dest} is full; the bundle was not finished (the partial file was removed). "
                              "Use another stick or free some space, then try again."))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError(pick(f"{dest} 是只读的，不能写入。请检查U盘的写保护开关，或换一个文件夹。",
                              f"{dest} is read-only. Check the stick's write-protect switch, or choose another folder."))
    return UserError(pick(f"写入 {dest} 时出错（{exc.strerror or exc}）。U盘可能已被拔出；没有留下看似完整的文件，请重新插好后再写。",
                          f"Writing to {dest} failed ({exc.strerror or exc}). The stick may have been pulled out; no "
                          "file that looks complete was left. Plug it in again and write again."))


def write_new_file(dest_dir: Path, name: str, fill: Callable[[IO[bytes]], object]) -> Path:
    """Write ``dest_dir/name`` the way sticks need it (docs/design.md §5): into ``name.partial``, flushed to the
    device, then renamed, never over an existing file. A full, read-only or pulled-out stick ends in a
    ``UserError`` that says which, and no file that looks complete is left behind."""
    dest_dir = Path(dest_dir)
    final, partial = dest_dir / name, dest_dir / f"{name}.partial"
    if final.exists():
        raise UserError(pick(f"{final} 已经存在，不会覆盖它。", f"{final} exists already; it is never overwritten."))
    if not dest_dir.is_dir():
        raise UserError(pick(f"找不到文件夹 {dest_dir}（U盘是否已插好？）", f"No folder {dest_dir} (is the stick plugged in?)"))
    try:
        partial.unlink(missing_ok=True)  # left by a copy that was killed (the caller holds the workspace's lock)
        with open(partial, "xb") as f:
            if os.name == "posix":
                os.fchmod(f.fileno(), 0o600)
            fill(f)
            f.flush()
            os.fsync(f.fileno())
        if final.exists():
            raise UserError(pick(f"{final} 已经存在，不会覆盖它。", f"{final} exists already; it is never overwritten."))
        os.rename(partial, final)
        fsync_dir(dest_dir)
    except BaseException as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the stick is gone; what is left is named .partial and never taken for a bundle
        if isinstance(exc, OSError):
            raise _stick_error(exc, dest_dir) from exc
        raise
    return final


def write_bag_zip(dest_dir: Path, stem: str, payload: Iterable[tuple[str, Source]], info: dict[str, str],
                  signer: Signer, progress: Progress | None = None, total_hint: int = 0) -> Written:
    """Write ``<dest_dir>/<stem>.zip`` holding the bag ``<stem>/``: payload files under ``data/``, then the
    manifests, bag-info (with Payload-Oxum and Bagging-Date added), and ``signature.txt`` over the tag manifest."""
    final = write_new_file(dest_dir, f"{stem}.zip",
                           lambda raw: _write_bag(raw, stem, payload, info, signer, progress, total_hint))
    return Written(final, sha256_file(final), final.stat().st_size)


def _write_bag(raw: IO[bytes], stem: str, payload: Iterable[tuple[str, Source]], info: dict[str, str],
               signer: Signer, progress: Progress | None, total_hint: int) -> None:
    manifest: list[tuple[str, str]] = []
    octets = 0
    count = 0
    with zipfile.ZipFile(raw, "w", allowZip64=False) as z:
        for rel, src in payload:
            p = PurePosixPath("data") / rel
            zi = _entry(f"{stem}/{p}")
            h = hashlib.sha256()
            if isinstance(src, bytes):
                h.update(src)
                z.writestr(zi, src)
                octets += len(src)
            else:
                zi.file_size = src.stat().st_size
                with open(src, "rb") as f, z.open(zi, "w") as out:
                    while chunk := f.read(CHUNK):
                        h.update(chunk)
                        out.write(chunk)
                        octets += len(chunk)
            manifest.append((h.hexdigest(), str(p)))
            count += 1
            step(progress, octets, max(total_hint, octets), str(p))
            if raw.tell() > FAT32_LIMIT - (1 << 20) or count >= MAX_ENTRIES - 8:
                raise UserError(pick("报送文件将超过4 GiB（FAT32 U盘的单个文件上限），请把大附件移出后再报送。",
                                     "The bundle would pass 4 GiB (the largest file a FAT32 stick holds); "
                                     "move large attachments out and try again."))
        full_info = {**info, "Bagging-Date": datetime.now().date().isoformat(), "Payload-Oxum": f"{octets}.{count}"}
        manifest_txt = "".join(f"{h}  {_encode_path(p)}\n" for h, p in manifest).encode()
        tags = {"bagit.txt": BAGIT_TXT, "bag-info.txt": bag_info_text(full_info), "manifest-sha256.txt": manifest_txt}
        for n, data in tags.items():
            z.writestr(_entry(f"{stem}/{n}"), data)
        tagmanifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in tags.items()).encode()
        z.writestr(_entry(f"{stem}/{TAGMANIFEST}"), tagmanifest)
        sig = (f"Algorithm: Ed25519\nKey-Fingerprint: {signer.fingerprint}\nPublic-Key: {signer.public_b64}\n"
               f"Signed-File: {TAGMANIFEST}\nSignature: {signer.sign(tagmanifest)}\n").encode()
        z.writestr(_entry(f"{stem}/{SIGNATURE}"), sig)


# ---- checking -------------------------------------------------------------------------------------------------

@dataclass
class Checked:
    """What a check found: the reasons it fails (empty when valid), and what was read on the way."""

    path: Path
    sha256: str = ""
    reasons: list[str] = field(default_factory=list)
    stem: str = ""
    info: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    public_key: str = ""
    files: dict[str, bytes] = field(default_factory=dict)  # payload path (under data/) → content, JSON only
    documents: dict[str, tuple[str, int]] = field(default_factory=dict)  # the other payload files → (SHA-256, size)

    @property
    def ok(self) -> bool:
        return not self.reasons


class _Refuse(Exception):
    pass


def check_bag_zip(src: Path | bytes, keep: Callable[[str], bool] = lambda _p: True,
                  progress: Progress | None = None) -> Checked:
    """Check a bundle (a file, or its bytes) completely; never raises for a bad bundle: the reasons say what is
    wrong."""
    res = Checked(Path("<memory>") if isinstance(src, bytes) else Path(src))
    try:
        if isinstance(src, bytes):
            _check(io.BytesIO(src), len(src), res, keep, progress)
        else:
            with open(src, "rb") as f:
                _check(f, os.fstat(f.fileno()).st_size, res, keep, progress)
    except _Refuse as exc:
        res.reasons.append(str(exc))
    except (zipfile.BadZipFile, EOFError, zlib.error, struct.error, NotImplementedError, RuntimeError) as exc:
        res.reasons.append(pick(f"zip文件已损坏：{exc}", f"The zip is damaged: {exc}"))
    except FileNotFoundError:
        res.reasons.append(pick(f"文件不存在：{res.path.name}", f"No such file: {res.path.name}"))
    except IsADirectoryError:
        res.reasons.append(pick(f"{res.path.name} 是一个文件夹，不是报送文件", f"{res.path.name} is a folder, not a bundle"))
    except OSError as exc:
        res.reasons.append(pick(f"无法读取文件 {res.path.name}：{exc.strerror or exc}", f"Cannot read {res.path.name}: {exc.strerror or exc}"))
    return res


def _check(f: IO[bytes], size: int, res: Checked, keep: Callable[[str], bool], progress: Progress | None) -> None:
    if size > FAT32_LIMIT:
        raise _Refuse(pick("文件超过4 GiB，不是本程序写出的报送文件", "Larger than 4 GiB: not a bundle this program writes"))
    h = hashlib.sha256()
    f.seek(0)
    while chunk := f.read(CHUNK):
        h.update(chunk)
    res.sha256 = h.hexdigest()
    f.seek(0)
    try:
        z = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise _Refuse(pick(f"不是完整的zip文件（可能没有复制完或已损坏）：{exc}",
                           f"Not a complete zip file (copied only in part, or damaged): {exc}")) from None
    with z:
        entries = _check_names(z)
        _check_layout(f, size, z)
        files = {n: zi for n, zi in entries.items() if not n.endswith("/")}
        tops = {n.split("/", 1)[0] for n in entries}
        if len(tops) != 1:
            raise _Refuse(pick("zip里应当只有一个文件夹（袋）", "The zip must hold exactly one folder (the bag)"))
        stem = tops.pop()
        res.stem = stem

        def read(name: str, limit: int = 64 << 20) -> bytes:
            zi = files.get(f"{stem}/{name}")
            if zi is None:
                raise _Refuse(pick(f"缺少 {name}", f"{name} is missing"))
            if zi.file_size > limit:
                raise _Refuse(pick(f"{name} 过大", f"{name} is too large"))
            return _read_member(z, zi)

        if read("bagit.txt").replace(b"\r\n", b"\n") != BAGIT_TXT:
            raise _Refuse(pick("bagit.txt 不是 BagIt 1.0 / UTF-8", "bagit.txt is not BagIt 1.0 / UTF-8"))
        tagmanifest = read(TAGMANIFEST)
        tag_hashes = _parse_manifest(tagmanifest, TAGMANIFEST)
        for t in TAG_FILES:
            if t not in tag_hashes:
                raise _Refuse(pick(f"标签清单没有列出 {t}", f"The tag manifest does not list {t}"))
        for t, want in tag_hashes.items():
            if hashlib.sha256(read(t)).hexdigest() != want:
                raise _Refuse(pick(f"{t} 与标签清单的校验值不符（文件被改动过）",
                                   f"{t} does not match the tag manifest (the file was changed)"))
        _check_signature(read(SIGNATURE), tagmanifest, res)
        res.info = parse_bag_info(read("bag-info.txt").decode("utf-8", "replace"))
        manifest = _parse_manifest(read("manifest-sha256.txt"), "manifest-sha256.txt")
        payload = {n[len(stem) + 1:]: zi for n, zi in files.items() if n.startswith(f"{stem}/data/")}
        extra = sorted(n[len(stem) + 1:] for n in files if not n.startswith(f"{stem}/data/")
                       and n[len(stem) + 1:] not in (*tag_hashes, TAGMANIFEST, SIGNATURE))
        if extra:
            raise _Refuse(pick(f"袋里有清单之外的文件：{'、'.join(extra[:5])}",
                               f"Files outside every manifest: {', '.join(extra[:5])}"))
        missing = sorted(set(manifest) - set(payload))
        if missing:
            raise _Refuse(pick(f"清单中的文件缺失：{'、'.join(missing[:5])}", f"Files in the manifest are missing: {', '.join(missing[:5])}"))
        unlisted = sorted(set(payload) - set(manifest))
        if unlisted:
            raise _Refuse(pick(f"文件不在清单中：{'、'.join(unlisted[:5])}", f"Files not in the manifest: {', '.join(unlisted[:5])}"))
        octets = 0
        total = sum(zi.file_size for zi in payload.values()) or 1
        json_size = sum(zi.file_size for rel, zi in payload.items() if rel.endswith((".json", ".jsonl")))
        if json_size > MAX_JSON_TOTAL:  # known from the checked layout before anything is read
            raise _Refuse(pick(f"报送中的记录（JSON）共 {json_size >> 20} MiB，超过上限 {MAX_JSON_TOTAL >> 20} MiB，未读取",
                               f"The records (JSON) come to {json_size >> 20} MiB, over the {MAX_JSON_TOTAL >> 20} MiB "
                               "limit; not read"))
        for rel, zi in sorted(payload.items()):
            want = manifest[rel]
            h = hashlib.sha256()
            is_json = rel.endswith((".json", ".jsonl"))
            kept = bytearray() if is_json and keep(rel[5:]) else None
            got = 0
            with z.open(zi) as f:
                while chunk := f.read(CHUNK):
                    got += len(chunk)
                    if got > zi.file_size:
                        raise _Refuse(pick(f"{rel} 比声明的大（疑似压缩炸弹）", f"{rel} is larger than declared (zip bomb?)"))
                    h.update(chunk)
                    if kept is not None:
                        kept += chunk
            if h.hexdigest() != want:
                raise _Refuse(pick(f"{rel} 与清单的校验值不符（文件被改动或损坏）",
                                   f"{rel} does not match its manifest hash (changed or damaged)"))
            if kept is not None:
                res.files[rel[5:]] = bytes(kept)
            elif not is_json:
                res.documents[rel[5:]] = (want, got)
            octets += got
            step(progress, octets, total, rel)
        oxum = res.info.get("Payload-Oxum", "")
        if oxum != f"{octets}.{len(payload)}":
            raise _Refuse(pick(f"Payload-Oxum（{oxum}）与实际内容（{octets}.{len(payload)}）不符",
                               f"Payload-Oxum {oxum} does not match the payload ({octets}.{len(payload)})"))


_LOCAL = struct.Struct("<4s2B4HL2L2H")
_END = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")


def _check_layout(f: IO[bytes], size: int, z: zipfile.ZipFile) -> None:
    """The exact layout this program writes: stored entries back to back from the first byte, local headers equal
    to the central directory, fixed header values, then the central directory and its end record, nothing more."""
    def bad(what: str) -> _Refuse:
        return _Refuse(pick(f"zip的结构不是本程序写出的样子（{what}），文件被改动过", f"The zip's layout was altered ({what})"))

    pos = 0
    for zi in sorted(z.infolist(), key=lambda i: i.header_offset):
        if zi.header_offset != pos:
            raise bad(f"{zi.filename}: offset")
        if (zi.compress_type, zi.flag_bits, zi.date_time, zi.create_system, zi.create_version, zi.extract_version,
                zi.reserved, zi.volume, zi.internal_attr, zi.external_attr, zi.extra, zi.comment) != \
                (zipfile.ZIP_STORED, 0, EPOCH, 3, 20, 20, 0, 0, 0, MODE, b"", b""):
            raise bad(f"{zi.filename}: header fields")
        f.seek(pos)
        head = f.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise bad("truncated")
        sig, ver, sysv, flags, method, t, d, crc, csize, usize, nlen, elen = _LOCAL.unpack(head)
        name = f.read(nlen)
        if (sig, ver, sysv, flags, method, t, d, crc, csize, usize, elen, name) != \
                (b"PK\x03\x04", 20, 0, 0, 0, 0, 0x21, zi.CRC, zi.file_size, zi.file_size, 0, zi.filename.encode("ascii", "replace")) \
                or zi.compress_size != zi.file_size:
            raise bad(f"{zi.filename}: local header")
        pos += _LOCAL.size + nlen + zi.file_size
    # the central directory, byte for byte as this program writes it for these entries
    cd = b"".join(_CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0x21, zi.CRC, zi.file_size, zi.file_size,
                                len(zi.filename), 0, 0, 0, 0, MODE, zi.header_offset) + zi.filename.encode("ascii", "replace")
                  for zi in z.infolist())
    end = _END.pack(b"PK\x05\x06", 0, 0, len(z.infolist()), len(z.infolist()), len(cd), pos, 0)
    f.seek(pos)
    if f.read() != cd + end:
        raise bad("central directory")


def read_document(src: Path | bytes, stem: str, rel: str) -> bytes:
    """One payload file (``rel`` under data/) of a checked bundle, read on its own; at most MAX_DOCUMENT."""
    with (zipfile.ZipFile(io.BytesIO(src)) if isinstance(src, bytes) else zipfile.ZipFile(src)) as z:
        zi = z.getinfo(f"{stem}/data/{rel}")
        if zi.file_size > MAX_DOCUMENT:
            raise ValueError(rel)
        return _read_member(z, zi)


def _read_member(z: zipfile.ZipFile, zi: zipfile.ZipInfo) -> bytes:
    try:
        with z.open(zi) as f:
            data = f.read(zi.file_size + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise _Refuse(pick(f"{zi.filename} 无法读出（文件不完整或已损坏）：{exc}",
                           f"{zi.filename} cannot be read (truncated or damaged): {exc}")) from None
    if len(data) != zi.file_size:
        raise _Refuse(pick(f"{zi.filename} 长度与声明不符", f"{zi.filename} is not the size it declares"))
    return data


def _check_names(z: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = z.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _Refuse(pick("zip里的文件数量过多", "Too many entries in the zip"))
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    unpacked = 0
    for zi in infos:
        n = zi.filename
        if n.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", n) or "\\" in n:
            raise _Refuse(pick(f"不安全的路径（绝对路径或反斜杠）：{n}", f"Unsafe path (absolute or with backslashes): {n}"))
        parts = n.rstrip("/").split("/")
        if any(p in ("", ".", "..") for p in parts):
            raise _Refuse(pick(f"不安全的路径（含“..”，会写到袋外）：{n}", f"Unsafe path (path traversal): {n}"))
        mode = zi.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _Refuse(pick(f"zip里有符号链接：{n}", f"Symbolic link in the zip: {n}"))
        if zi.flag_bits & 0x1:
            raise _Refuse(pick(f"zip里有加密的文件：{n}", f"Encrypted entry: {n}"))
        if n in seen or n.casefold() in folded:
            raise _Refuse(pick(f"zip里有重名的文件：{n}", f"Duplicate entry in the zip: {n}"))
        seen[n] = zi
        folded.add(n.casefold())
        unpacked += zi.file_size
        if unpacked > MAX_UNPACKED:
            raise _Refuse(pick("解压后过大（疑似压缩炸弹）", "Too large when unpacked (zip bomb?)"))
        if zi.file_size > (1 << 20) and zi.file_size > MAX_RATIO * max(zi.compress_size, 1):
            raise _Refuse(pick(f"{n} 压缩比异常（疑似压缩炸弹）", f"{n} has an impossible compression ratio (zip bomb?)"))
    return seen


def _parse_manifest(data: bytes, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refuse(pick(f"{name} 不是UTF-8文本", f"{name} is not UTF-8 text")) from None
    for line in text.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^([0-9a-fA-F]{64})\s+(.+)$", line)
        if not m:
            raise _Refuse(pick(f"{name} 格式不对：{line[:60]}", f"{name} has a bad line: {line[:60]}"))
        p = _decode_path(m.group(2).strip())
        if p in out:
            raise _Refuse(pick(f"{name} 重复列出 {p}", f"{name} lists {p} twice"))
        out[p] = m.group(1).lower()
    return out


def _check_signature(sig: bytes, tagmanifest: bytes, res: Checked) -> None:
    fields = parse_bag_info(sig.decode("utf-8", "replace"))
    if fields.get("Algorithm") != "Ed25519":
        raise _Refuse(pick("签名算法不是 Ed25519", "The signature is not Ed25519"))
    raw = decode_public(fields.get("Public-Key", ""))
    if raw is None:
        raise _Refuse(pick("签名文件里的公钥无效", "The public key in signature.txt is not valid"))
    fp = fingerprint(raw)
    if fields.get("Key-Fingerprint", "") != fp:
        raise _Refuse(pick("签名文件里的密钥指纹与公钥不符", "The key fingerprint does not match the public key"))
    if not verify(raw, fields.get("Signature", ""), tagmanifest):
        raise _Refuse(pick("签名无效：标签清单在签名之后被改动过，或签名是伪造的",
                           "Bad signature: the tag manifest changed after signing, or the signature is forged"))
    res.fingerprint = fp
    res.public_key = fields["Public-Key"]

