"""Bearer tokens (random, stored hashed, expiring) and the PII-at-rest key."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from heemang_desktop.store.crypto import FieldCipher

KEY_ENV = "HEEMANG_CENTRAL_KEY"


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
