"""Encryption at rest: the key of a branch's (or a committee's) data and the locks that open it.

One random 256-bit **data key** encrypts the SQLite database (SQLCipher 4, the raw key given with
``PRAGMA key = "x'…'"``), its backups (copies made with the same key) and every stored attachment (AES-256-GCM
under a key derived from the data key with HKDF). The data key itself is never written in clear: the folder's
``branchdesk.keys.json`` holds it *wrapped* (AES-256-GCM) under two locks, each a key derived with Argon2id from a
secret only people hold —

- the secretary's **password**, asked at every start and after the window locks;
- the **恢复码** (recovery code), printed once at set-up and kept in the branch's safe.

Either opens the data. Changing the password re-wraps the data key (a second, not ten years of data re-encrypted);
a lost key file makes the data unreadable, so a copy of it is kept beside the backups (``backups/``) and every
backup copied elsewhere should travel with it.

Whether a database is encrypted is read from the file itself (a plain SQLite file begins ``SQLite format 3``):
the key file may exist before the database is converted (a conversion interrupted half-way), never the reverse.
Every connection to a workspace or committee database goes through ``connect`` (the SQLCipher build of SQLite,
used for plain files too, so one SQLite serves every file).
"""
from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.errors import UserError
from models.i18n import pick

KEYS_NAME = "branchdesk.keys.json"
FORMAT = "branchdesk-keys/1"
SQLITE_HEADER = b"SQLite format 3\x00"
# Argon2id as RFC 9106 recommends where memory is limited (its second option): 64 MiB, 3 passes, 4 lanes.
ARGON2 = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}
KEY_BYTES = 32
# the recovery code: 25 characters of an alphabet without look-alikes (no 0/O, 1/I/L), in five groups — 120 bits
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5
ATTACHMENT_MAGIC = b"BDENC1\x00\x00"


class LockedError(UserError):
    """The data is encrypted and no key (or a wrong one) was given."""


class WrongSecretError(LockedError):
    """Neither the password nor the recovery code opens the data."""


class DataKey:
    """The data key in memory (never shown in a repr, a log or a traceback's locals)."""

    __slots__ = ("raw",)

    def __init__(self, raw: bytes):
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self.raw = raw

    def __repr__(self) -> str:
        return "DataKey(…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and secrets.compare_digest(self.raw, other.raw)

    def __hash__(self) -> int:
        return hash(self.raw)

    @property
    def pragma(self) -> str:
        """The SQLCipher statement that opens a database with this key."""
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""

    def derive(self, purpose: str) -> bytes:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(hashes.SHA256(), 32, salt=None, info=f"branchdesk {purpose}".encode()).derive(self.raw)


def is_encrypted(db_path: Path) -> bool:
    """The file is whole database pages that do not begin as a plain SQLite database does (what SQLCipher writes;
    a file of text or junk is not taken for a locked database)."""
    try:
        with open(db_path, "rb") as f:
            head = f.read(16)
            size = os.fstat(f.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError):
        return False
    return size >= 512 and size % 512 == 0 and head != SQLITE_HEADER


def keys_path(folder: Path) -> Path:
    return Path(folder) / KEYS_NAME


def has_keys(folder: Path) -> bool:
    """The folder holds a key file (or its copy beside the backups)."""
    return keys_path(folder).exists() or (Path(folder) / "backups" / KEYS_NAME).exists()


def looks_encrypted(db_path: Path) -> bool:
    """An encrypted database of this folder: not plain SQLite, whole pages, and a key file beside it (a file of
    junk without a key file is called what it is, not a locked database)."""
    return is_encrypted(db_path) and has_keys(Path(db_path).parent)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: object) -> bytes:
    if not isinstance(s, str):
        raise ValueError("not base64 text")
    return base64.b64decode(s, validate=True)


def _kek(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params["time_cost"],
                           memory_cost=params["memory_cost"], parallelism=params["parallelism"],
                           hash_len=32, type=Type.ID)


def _wrap(kind: str, secret: str, key: DataKey) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    params = dict(ARGON2)
    wrapped = AESGCM(_kek(secret, salt, params)).encrypt(nonce, key.raw, kind.encode())
    return {"kind": kind, "kdf": "argon2id", **params, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(wrapped)}


def _unwrap(lock: dict[str, Any], secret: str) -> DataKey | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = {k: int(lock[k]) for k in ("time_cost", "memory_cost", "parallelism")}
    try:
        raw = AESGCM(_kek(secret, _unb64(lock["salt"]), params)).decrypt(
            _unb64(lock["nonce"]), _unb64(lock["wrapped"]), str(lock["kind"]).encode())
    except InvalidTag:
        return None
    return DataKey(raw)


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalise_recovery_code(text: str) -> str | None:
    """A recovery code as typed (any case, spaces or dashes anywhere); None when it is not one (then it is tried as
    a password only)."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t\n")
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(c not in RECOVERY_ALPHABET for c in cleaned):
        return None
    return "-".join(cleaned[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN))


def check_password(password: str) -> None:
    """A password a secretary can type and a thief cannot guess in a weekend: 8 characters or more."""
    if len(password) < 8:
        raise UserError(pick("密码至少8个字符（可以用一句好记的话，例如“支部每月十号交党费”）。",
                             "The password needs at least 8 characters (a phrase you remember works well)."))


@dataclass
class KeyFile:
    """The folder's ``branchdesk.keys.json``: the data key wrapped under the password and the recovery code."""

    folder: Path
    locks: list[dict[str, Any]]

    @classmethod
    def load(cls, folder: Path) -> KeyFile:
        path = keys_path(folder)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            copy = Path(folder) / "backups" / KEYS_NAME
            if copy.exists():
                data = json.loads(copy.read_text(encoding="utf-8"))
            else:
                raise LockedError(pick(
                    f"数据已加密，但找不到密钥文件 {path}（也没有备份文件夹里的副本）。请把它从备份处复制回这个文件夹。",
                    f"The data is encrypted but its key file {path} is missing (and there is no copy in backups/). "
                    "Copy it back into this folder.")) from None
        except (OSError, ValueError) as exc:
            raise LockedError(pick(f"密钥文件 {path} 无法读取：{exc}", f"The key file {path} cannot be read: {exc}")) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("locks"), list):
            raise LockedError(pick(f"{path} 不是支部工作台的密钥文件。", f"{path} is not a Branch Desk key file."))
        return cls(Path(folder), [lk for lk in data["locks"] if isinstance(lk, dict)])

    def save(self) -> None:
        """Written all or nothing and flushed to disk, with the same file beside the backups."""
        from models.files import replacing

        text = json.dumps({"format": FORMAT, "cipher": "sqlcipher4+aes-256-gcm", "locks": self.locks},
                          ensure_ascii=False, indent=1)
        for dest in (keys_path(self.folder), self.folder / "backups" / KEYS_NAME):
            with replacing(dest, sync=True) as tmp:
                tmp.write_text(text, encoding="utf-8")
                if os.name == "posix":
                    tmp.chmod(0o600)

    def unlock(self, secret: str) -> DataKey:
        """The data key, from the password or the recovery code. Argon2id makes each try cost a fraction of a
        second; the window adds a growing pause after wrong tries. The secret is never logged."""
        code = normalise_recovery_code(secret)
        for lock in self.locks:
            kind = lock.get("kind")
            tried = code if kind == "recovery" else secret if kind == "password" else None
            if tried is None:
                continue
            try:
                key = _unwrap(lock, tried)
            except (KeyError, ValueError, TypeError):
                continue
            if key is not None:
                return key
        raise WrongSecretError(pick("密码或恢复码不对。", "The password or recovery code is wrong."))

    def set_lock(self, kind: str, secret: str, key: DataKey) -> None:
        self.locks = [lk for lk in self.locks if lk.get("kind") != kind] + [_wrap(kind, secret, key)]


def create_keys(folder: Path, password: str) -> tuple[DataKey, str]:
    """A new data key for ``folder``, locked by ``password`` and by a new recovery code (returned once: print it)."""
    check_password(password)
    key = DataKey(os.urandom(KEY_BYTES))
    code = new_recovery_code()
    kf = KeyFile(Path(folder), [])
    kf.set_lock("password", password, key)
    kf.set_lock("recovery", code, key)
    kf.save()
    return key, code


def unlock(folder: Path, secret: str) -> DataKey:
    return KeyFile.load(folder).unlock(secret)


def confirm(folder: Path, secret: str, key: DataKey) -> DataKey:
    """``secret`` opens ``folder``'s data *and* it is the data already open (``key``): the lock screen, a password
    change, re-running a conversion. Raises ``WrongSecretError`` otherwise."""
    found = unlock(folder, secret)
    if found != key:
        raise WrongSecretError(pick("密码或恢复码不对。", "The password or recovery code is wrong."))
    return found


def bring_key_file(folder: Path, backup: Path) -> None:
    """An encrypted backup brought from elsewhere (a stick) with its key file beside it, into a folder that has
    none: the key file comes along, so the password or the recovery code can open the backup."""
    import shutil

    beside = Path(backup).parent / KEYS_NAME
    if is_encrypted(backup) and not has_keys(folder) and beside.exists():
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(beside, keys_path(folder))


def change_password(folder: Path, key: DataKey, new_password: str) -> None:
    """Re-wrap the data key under a new password: the data itself is not re-encrypted (the recovery code stays)."""
    check_password(new_password)
    kf = KeyFile.load(folder)
    kf.set_lock("password", new_password, key)
    kf.save()


def renew_recovery_code(folder: Path, key: DataKey) -> str:
    """A new recovery code (the old one stops working): for a sheet that was lost or seen by others."""
    code = new_recovery_code()
    kf = KeyFile.load(folder)
    kf.set_lock("recovery", code, key)
    kf.save()
    return code


# --- SQLite connections -------------------------------------------------------------------------------------------

def dbapi() -> Any:
    """The DB-API module every workspace and committee database is opened with: SQLCipher's build of SQLite."""
    from sqlcipher3 import dbapi2

    return dbapi2


def connect(path: Path | str, key: DataKey | None, readonly: bool = False) -> Any:
    """A connection to a database file, opened with ``key`` (None: a plain file). Reading needs the right key:
    a wrong or missing one fails on the first statement with "file is not a database"."""
    sq = dbapi()
    con = (sq.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False) if readonly
           else sq.connect(str(path), check_same_thread=False))
    if key is not None:
        con.execute(key.pragma)
    return con


def copy_database(src: Path, src_key: DataKey | None, dest: Path, dest_key: DataKey | None) -> None:
    """Copy a live database (with its WAL) into a new file ``dest``: through SQLite's backup API when both use the
    same key, else through ``sqlcipher_export`` (plain → encrypted, or one key → another)."""
    from contextlib import closing

    if src_key == dest_key:
        with closing(connect(src, src_key)) as s, closing(connect(dest, dest_key)) as d:
            s.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here, clearly
            s.backup(d)
        return
    with closing(connect(src, src_key)) as s:
        s.execute("SELECT count(*) FROM sqlite_master").fetchone()
        target = "x'" + dest_key.raw.hex() + "'" if dest_key is not None else ""
        s.execute("ATTACH DATABASE ? AS dest KEY ?", (str(dest), target))
        s.execute("SELECT sqlcipher_export('dest')")
        version = s.execute("PRAGMA main.user_version").fetchone()[0]
        s.execute(f"PRAGMA dest.user_version = {int(version)}")
        s.execute("DETACH DATABASE dest")


# --- attachments ---------------------------------------------------------------------------------------------------

def seal_bytes(key: DataKey, data: bytes, label: str) -> bytes:
    """An attachment as stored: magic, nonce, AES-256-GCM ciphertext with its tag (``label`` bound in)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return ATTACHMENT_MAGIC + nonce + AESGCM(key.derive("attachments")).encrypt(nonce, data, label.encode())


def open_bytes(key: DataKey | None, data: bytes, label: str) -> bytes | None:
    """The stored bytes in clear (as they are when not sealed); None when sealed and the key does not open them."""
    if not data.startswith(ATTACHMENT_MAGIC):
        return data
    if key is None:
        return None
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n = len(ATTACHMENT_MAGIC)
    try:
        return AESGCM(key.derive("attachments")).decrypt(data[n:n + 12], data[n + 12:], label.encode())
    except InvalidTag:
        return None


# --- large files (the kept copies of sent bundles, up to 4 GiB) ------------------------------------------------------

STREAM_MAGIC = b"BDSTRM1\x00"
STREAM_CHUNK = 1 << 20
_TAG = 16


class SealBroken(UserError):
    """A sealed file that does not open: another branch's key, changed bytes, or cut short."""


def _stream_aead(key: DataKey) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key.derive("bundles"))


def _chunk_nonce(prefix: bytes, n: int, last: bool) -> bytes:
    return prefix + n.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def seal_stream(key: DataKey, src: Any, out: Any, label: str) -> None:
    """Encrypt a file of any size in 1 MiB pieces (the STREAM construction of Hoang, Reyhanitabar, Rogaway and
    Vizár, as Tink's streaming AEAD and age use it): AES-256-GCM per piece, the nonce a random 7-byte prefix, the
    piece's number and a last-piece flag, so a piece moved, dropped or added, or a file cut short, does not open.
    The header and ``label`` (the file's name) are bound into every piece."""
    aead = _stream_aead(key)
    prefix = os.urandom(7)
    header = STREAM_MAGIC + prefix
    ad = header + label.encode()
    out.write(header)
    n = 0
    piece = src.read(STREAM_CHUNK)
    while True:
        nxt = src.read(STREAM_CHUNK)
        last = not nxt
        out.write(aead.encrypt(_chunk_nonce(prefix, n, last), piece, ad))
        if last:
            return
        piece, n = nxt, n + 1


def open_stream(key: DataKey | None, src: Any, label: str) -> Iterator[bytes]:
    """The pieces of a file sealed by ``seal_stream``, in clear, one by one; ``SealBroken`` (with the reason) as
    soon as a piece does not open — the caller must treat what it already got as void."""
    from cryptography.exceptions import InvalidTag

    header = src.read(len(STREAM_MAGIC) + 7)
    if not header.startswith(STREAM_MAGIC) or len(header) != len(STREAM_MAGIC) + 7:
        raise SealBroken(pick("不是支部工作台加密保存的文件。", "Not a file Branch Desk sealed."))
    if key is None:
        raise SealBroken(pick("这个文件是加密保存的，需要先解锁支部数据。", "This file is sealed; unlock the branch's data first."))
    aead = _stream_aead(key)
    prefix = header[len(STREAM_MAGIC):]
    ad = header + label.encode()
    n = 0
    piece = src.read(STREAM_CHUNK + _TAG)
    while True:
        nxt = src.read(STREAM_CHUNK + _TAG)
        last = not nxt
        try:
            yield aead.decrypt(_chunk_nonce(prefix, n, last), piece, ad)
        except InvalidTag:
            raise SealBroken(pick("加密保存的文件打不开：不是本支部的密钥加密的，或文件已被改动、不完整。",
                                  "The sealed file does not open: not this branch's key, or changed or cut "
                                  "short.")) from None
        if last:
            return
        piece, n = nxt, n + 1


SEALED_SUFFIX = ".sealed"  # a file kept sealed by seal_stream: ``<its name>.sealed`` (its name is bound in)


def file_pieces(path: Path, key: DataKey | None) -> Iterator[bytes]:
    """A file's bytes in clear, a piece at a time: a ``….sealed`` file is opened (and so checked) with ``key``."""
    with open(path, "rb") as f:
        if path.name.endswith(SEALED_SUFFIX):
            yield from open_stream(key, f, path.name.removesuffix(SEALED_SUFFIX))
        else:
            while chunk := f.read(STREAM_CHUNK):
                yield chunk


def clear_digest(path: Path, key: DataKey | None) -> tuple[str, int]:
    """SHA-256 and size of a file in clear, sealed or not."""
    import hashlib

    h, n = hashlib.sha256(), 0
    for piece in file_pieces(path, key):
        h.update(piece)
        n += len(piece)
    return h.hexdigest(), n


def seal_file(key: DataKey, plain: Path) -> Path:
    """Seal ``plain`` into ``<plain>.sealed`` beside it (written aside and renamed: whole or not there), read it
    back, then remove the clear file. Returns the sealed file."""
    from models.files import replacing

    sealed = plain.with_name(plain.name + SEALED_SUFFIX)
    want = clear_digest(plain, None)[0]
    if not sealed.exists():  # one that exists is whole (renamed into place only when finished)
        with replacing(sealed, sync=True) as partial, open(plain, "rb") as src, open(partial, "xb") as out:
            if os.name == "posix":
                os.fchmod(out.fileno(), 0o600)
            seal_stream(key, src, out, plain.name)
    if clear_digest(sealed, key)[0] != want:
        raise UserError(pick(f"加密保存的 {sealed.name} 与 {plain.name} 不一致，两个文件都保留未动。",
                             f"The sealed {sealed.name} differs from {plain.name}; both are left as they are."))
    plain.unlink()
    return sealed
