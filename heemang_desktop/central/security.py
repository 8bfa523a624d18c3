"""Passwords (scrypt), bearer tokens (random, stored hashed, expiring) and the PII-at-rest key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from heemang_desktop.store.crypto import FieldCipher

# scrypt cost: ~16 MB and tens of milliseconds per guess; the parameters travel with the hash.
_N, _R, _P = 2**14, 8, 1
KEY_ENV = "HEEMANG_CENTRAL_KEY"


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Only the hash is stored: a copy of the database gives no working token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def default_key_file(db_url: str) -> Path:
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url[len("sqlite:///"):] + ".key")
    return Path("heemang-central.key")


def load_key(key_file: Path | None, db_url: str) -> bytes:
    """The server's own key for PII at rest: HEEMANG_CENTRAL_KEY (64 hex digits), else a key file
    (made with mode 0600 on first start; back it up apart from the database)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return bytes.fromhex(env)
    path = key_file or default_key_file(db_url)
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    key = os.urandom(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex())
    return key


class PiiVault:
    """Encrypts the plain PII values a client sends, before they touch the server's disk."""

    def __init__(self, key: bytes):
        self._cipher = FieldCipher(key)

    def seal(self, payload: dict, fields: list[str]) -> dict:
        out = dict(payload)
        for f in fields:
            if isinstance(out.get(f), str):
                out[f] = self._cipher.encrypt(out[f], "central:" + f)
        return out

    def open(self, payload: dict, fields: list[str]) -> dict:
        out = dict(payload)
        for f in fields:
            if isinstance(out.get(f), str):
                out[f] = self._cipher.decrypt(out[f], "central:" + f)
        return out
