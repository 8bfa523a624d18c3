"""Field encryption for 고유식별정보 and bank account numbers (AES-GCM), and keyed lookup hashes.

One random 256-bit master key per store, kept in the OS keyring. Subkeys come from it by HKDF: one
makes the keyed hash used for exact search; resident and account numbers share the first encryption
key (their ciphertexts predate per-purpose keys); every other purpose (`health`, an inquiry's private
part) gets an encryption key of its own, so a key for resident numbers opens no health record. The
recovery code is the master key itself, written in base32 with a checksum, for the user to print and keep.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from heemang_desktop.store.errors import HeemangError

TOKEN_PREFIX = "v1:"
# Purposes sealed with the first, shared key (rows already hold them); the central service's own
# "central:<field>" purposes likewise. Every other purpose derives its own key.
SHARED_KEY_PURPOSES = frozenset({"rrn", "bank_account"})
_CHECK_LABEL = b"heemang-desktop key check v1"


class KeyMissing(HeemangError):
    def __init__(self):
        super().__init__(
            "이 PC의 키링에 개인정보 암호화 열쇠가 없습니다. 처음 설정할 때 받은 복구 코드를 입력하세요. "
            "복구 코드 없이는 암호화된 정보를 읽거나 바꿀 수 없습니다."
        )


class BadRecoveryCode(HeemangError):
    def __init__(self, why: str):
        super().__init__(f"복구 코드가 올바르지 않습니다: {why}")


def _hkdf(master: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


def new_master_key() -> bytes:
    return os.urandom(32)


def key_check(master: bytes) -> str:
    """A value stored in the database that tells whether a key belongs to it."""
    return hmac.new(master, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def recovery_code(master: bytes) -> str:
    raw = master + hashlib.sha256(master).digest()[:3]
    text = base64.b32encode(raw).decode("ascii")  # 35 bytes -> 56 chars, no padding
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")  # digits read for look-alikes
    if len(text) != 56:
        raise BadRecoveryCode(f"글자 수가 56자가 아닙니다 ({len(text)}자)")
    try:
        raw = base64.b32decode(text)
    except ValueError as exc:
        raise BadRecoveryCode("허용되지 않는 글자가 있습니다") from exc
    master, check = raw[:32], raw[32:]
    if hashlib.sha256(master).digest()[:3] != check:
        raise BadRecoveryCode("오타가 있습니다 (검사값 불일치)")
    return master


class FieldCipher:
    def __init__(self, master: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._master = master
        self._shared = AESGCM(_hkdf(master, b"heemang field encryption v1"))
        self._own: dict[str, AESGCM] = {}
        self._mac_key = _hkdf(master, b"heemang lookup hash v1")

    def _aead_for(self, purpose: str):
        if purpose in SHARED_KEY_PURPOSES or purpose.startswith("central:"):
            return self._shared
        if purpose not in self._own:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            self._own[purpose] = AESGCM(_hkdf(self._master, b"heemang field encryption v1/" + purpose.encode("ascii")))
        return self._own[purpose]

    def encrypt(self, plain: str, purpose: str) -> str:
        """`purpose` (e.g. "rrn", "health") is bound in, so a value can't be moved to another field."""
        nonce = os.urandom(12)
        sealed = self._aead_for(purpose).encrypt(nonce, plain.encode("utf-8"), purpose.encode("ascii"))
        return TOKEN_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, token: str, purpose: str) -> str:
        if not token.startswith(TOKEN_PREFIX):
            raise ValueError("not an encrypted field")
        raw = base64.b64decode(token[len(TOKEN_PREFIX) :])
        return self._aead_for(purpose).decrypt(raw[:12], raw[12:], purpose.encode("ascii")).decode("utf-8")

    def lookup_hash(self, normalized: str, purpose: str) -> str:
        msg = purpose.encode("ascii") + b"\x00" + normalized.encode("utf-8")
        return hmac.new(self._mac_key, msg, hashlib.sha256).hexdigest()
