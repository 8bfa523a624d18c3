"""The `health` purpose has a key of its own: the resident-number key cannot open a health note."""

from __future__ import annotations

import base64

import pytest
from cryptography.exceptions import InvalidTag

from heemang_desktop.store import crypto, pii


def _raw(token: str) -> bytes:
    return base64.b64decode(token[len(crypto.TOKEN_PREFIX):])


def test_a_health_note_is_sealed_with_its_own_key():
    cipher = crypto.FieldCipher(crypto.new_master_key())
    sealed = pii.seal_health(cipher, "당뇨, 인슐린 투여")
    assert "당뇨" not in sealed.enc and sealed.hash is None and sealed.masked == pii.HEALTH_MASK
    assert cipher.decrypt(sealed.enc, pii.HEALTH) == "당뇨, 인슐린 투여"
    raw = _raw(sealed.enc)
    rrn_key = cipher._aead_for(pii.RRN)
    assert rrn_key is not cipher._aead_for(pii.HEALTH)
    with pytest.raises(InvalidTag):  # even told the right purpose, the resident-number key opens nothing
        rrn_key.decrypt(raw[:12], raw[12:], pii.HEALTH.encode("ascii"))
    with pytest.raises(InvalidTag):
        cipher.decrypt(sealed.enc, pii.RRN)


def test_resident_numbers_sealed_before_per_purpose_keys_still_open():
    master = crypto.new_master_key()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    old = AESGCM(crypto._hkdf(master, b"heemang field encryption v1"))  # how every token was sealed before
    nonce = b"\0" * 12
    token = crypto.TOKEN_PREFIX + base64.b64encode(nonce + old.encrypt(nonce, b"9001011234568", b"rrn")).decode()
    assert crypto.FieldCipher(master).decrypt(token, pii.RRN) == "9001011234568"


def test_an_empty_note_is_not_marked_as_health_information():
    assert pii.seal_health(crypto.FieldCipher(crypto.new_master_key()), "").masked == ""
