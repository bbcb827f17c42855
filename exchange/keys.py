"""Signing keys (docs/design.md §5): each branch and each committee has an Ed25519 key made at set-up.

The private key lives in the workspace database (``meta``), so it is backed up and restored with the data it
signs. The fingerprint is the SHA-256 of the raw 32-byte public key. Nothing is trusted on first use: the branch
confirms the committee's key, and the committee each branch's, by typing the full fingerprint the other side gives
(a notice, or read out by phone); lists show its first 32 digits to recognise it.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from models.db import Workspace

KEY_META = "signing_key"


@dataclass(frozen=True)
class Signer:
    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_hex(cls, text: str) -> Signer:
        return cls(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text)))

    def to_hex(self) -> str:
        return self.private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.private.sign(data)).decode()


def fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


def show_fingerprint(fp: str) -> str:
    """What people read out by phone: the first 32 hex digits in groups of four, ``3F2A 9C01 …``."""
    head = fp[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def full_fingerprint(fp: str) -> str:
    """All 64 hex digits in groups of four, for the notice or to read out when the other side confirms the key."""
    return " ".join(fp[i:i + 4] for i in range(0, len(fp), 4)).upper()


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as a person types it (from a notice, or as read out by phone): spaces, dashes and colons
    dropped, any case; all 64 hex digits are required — the first half that lists show is not enough."""
    from models.errors import UserError
    from models.i18n import pick

    fp = "".join(c for c in text if c not in " -:\t\n").lower()
    if len(fp) != 64 or any(c not in "0123456789abcdef" for c in fp):
        raise UserError(pick(f"密钥指纹应为完整的64位十六进制数字（现为{len(fp)}位），请逐位核对后输入。",
                             f"A key fingerprint is all 64 hex digits ({len(fp)} given); check it digit by digit."))
    return fp


def decode_public(b64: str) -> bytes | None:
    try:
        raw = base64.b64decode(b64.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def verify(public_raw: bytes, signature_b64: str, data: bytes) -> bool:
    try:
        sig = base64.b64decode(signature_b64.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(public_raw).verify(sig, data)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def workspace_signer(ws: Workspace) -> Signer:
    """The branch's key, made now if this workspace has none yet (workspaces made before keys existed)."""
    text = ws.meta(KEY_META)
    if text:
        return Signer.from_hex(text)
    signer = Signer.generate()
    ws.set_meta(KEY_META, signer.to_hex())
    return signer
