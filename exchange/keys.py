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


# ---- key change (a re-key after a suspected loss) -----------------------------------------------------------------

KEY_CHANGE_FORMAT = "branchdesk-key-change/1"
RETIRED_META = "retired_signing_keys"  # fingerprints of keys this branch no longer signs with, oldest first


def _statement_bytes(body: dict[str, str]) -> bytes:
    import json

    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def rotate_signing_key(ws: Workspace, branch_code: str, branch_name: str, when: str) -> dict[str, str]:
    """A new signing key for the branch. Returns the key-change statement for the committee: the old and the new
    fingerprint and the new public key, signed by the **old** key (the committee verifies it against the key it
    holds) and by the new one (proof that the branch holds it). The old private key is then forgotten — only its
    fingerprint stays, in the list of retired keys. If the old key may be in a thief's hands too, the committee
    confirms the new fingerprint by phone as well (``committee rekey``)."""
    old = workspace_signer(ws)
    new = Signer.generate()
    body = {"format": KEY_CHANGE_FORMAT, "branch": branch_code, "name": branch_name, "made_at": when,
            "old_fingerprint": old.fingerprint, "new_fingerprint": new.fingerprint, "new_public_key": new.public_b64}
    data = _statement_bytes(body)
    statement = {**body, "old_signature": old.sign(data), "new_signature": new.sign(data)}
    retired = [x for x in (ws.meta(RETIRED_META) or "").split() if x]
    with ws.session() as s:
        from models.meta import MetaEntry

        s.merge(MetaEntry(key=KEY_META, value=new.to_hex()))
        s.merge(MetaEntry(key=RETIRED_META, value=" ".join([*retired, old.fingerprint])))
    return statement


def check_key_change(statement: object, pinned_fingerprint: str, pinned_public_b64: str) -> tuple[str, str]:
    """A key-change statement checked against the key the committee holds for the branch: returns (branch code,
    new fingerprint) or raises ``UserError`` saying what does not hold."""
    from models.errors import UserError
    from models.i18n import pick

    fields = ("format", "branch", "name", "made_at", "old_fingerprint", "new_fingerprint", "new_public_key")
    if not isinstance(statement, dict) or any(not isinstance(statement.get(f), str) for f in fields) \
            or statement.get("format") != KEY_CHANGE_FORMAT:
        raise UserError(pick("这不是支部工作台的换密钥声明（格式不对）。", "This is not a Branch Desk key-change statement."))
    body = {f: str(statement[f]) for f in fields}
    data = _statement_bytes(body)
    if body["old_fingerprint"] != pinned_fingerprint:
        raise UserError(pick(f"声明里的原密钥（{show_fingerprint(body['old_fingerprint'])}）不是登记的密钥"
                             f"（{show_fingerprint(pinned_fingerprint)}），不予更换。请电话核实后用 committee rekey。",
                             f"The statement's old key ({show_fingerprint(body['old_fingerprint'])}) is not the registered "
                             f"one ({show_fingerprint(pinned_fingerprint)}); not changed. Check by phone, then use "
                             "committee rekey."))
    old_raw = decode_public(pinned_public_b64)
    new_raw = decode_public(body["new_public_key"])
    if new_raw is None or fingerprint(new_raw) != body["new_fingerprint"]:
        raise UserError(pick("声明里的新公钥与新指纹不符，不予更换。", "The new public key does not match the new fingerprint."))
    if old_raw is None:
        raise UserError(pick("登记的原密钥只有指纹（曾经电话确认），无法核对签名：请电话核实新指纹后用 committee rekey。",
                             "Only the old key's fingerprint is registered (confirmed by phone): the signature cannot be "
                             "checked. Confirm the new fingerprint by phone and use committee rekey."))
    if not verify(old_raw, str(statement.get("old_signature", "")), data):
        raise UserError(pick("声明没有原密钥的有效签名（伪造或被改动），不予更换。",
                             "The statement is not signed by the old key (forged or altered); not changed."))
    if not verify(new_raw, str(statement.get("new_signature", "")), data):
        raise UserError(pick("声明没有新密钥的有效签名，不予更换。", "The statement is not signed by the new key; not changed."))
    return body["branch"], body["new_fingerprint"]
