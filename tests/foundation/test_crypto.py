"""Field encryption, keyed lookup, masking, resident-number rules, and the recovery code."""

from __future__ import annotations

import pytest
from cryptography.exceptions import InvalidTag

from heemang_desktop.store import crypto, pii
from heemang_desktop.store.errors import ValidationError


@pytest.fixture
def cipher():
    return crypto.FieldCipher(crypto.new_master_key())


def test_encrypt_round_trip_and_purpose_binding(cipher):
    token = cipher.encrypt("9001011234567", pii.RRN)
    assert "9001011234567" not in token and token.startswith("v1:")
    assert cipher.decrypt(token, pii.RRN) == "9001011234567"
    with pytest.raises(InvalidTag):
        cipher.decrypt(token, pii.BANK_ACCOUNT)  # a value cannot be moved to another field
    assert cipher.encrypt("9001011234567", pii.RRN) != token  # fresh nonce each time


def test_lookup_hash_is_exact_and_keyed(cipher):
    other = crypto.FieldCipher(crypto.new_master_key())
    h = pii.rrn_lookup_hash(cipher, "900101-1234568")
    assert h == pii.rrn_lookup_hash(cipher, "9001011234568")
    assert h != pii.rrn_lookup_hash(other, "9001011234568")
    assert h != pii.rrn_lookup_hash(cipher, "9001011234576")


def test_resident_number_rules():
    r = pii.parse_rrn("900101-1234568")
    assert (r.birth_date.isoformat(), r.sex, r.foreigner) == ("1990-01-01", "M", False)
    assert pii.parse_rrn("0503154234567").birth_date.isoformat() == "2005-03-15"
    assert pii.parse_rrn("0503154234567").sex == "F"
    assert pii.parse_rrn("8512315234567").foreigner
    with pytest.raises(ValidationError, match="13자리"):
        pii.parse_rrn("900101-123456")
    with pytest.raises(ValidationError, match="생년월일"):
        pii.parse_rrn("901301-1234567")
    # A checksum miss is only a warning: numbers issued since 2020-10 have none.
    assert pii.parse_rrn("900101-1234567").warnings
    assert pii.parse_rrn("９００１０１-１２３４５６８").digits == "9001011234568"  # full-width digits


def test_masks():
    assert pii.mask_rrn("9001011234568") == "900101-1******"
    assert pii.mask_account("110-123-456789") == "***-***-**6789"
    assert pii.mask_account("1234567890") == "******7890"


def test_recovery_code_round_trip_and_typos():
    key = crypto.new_master_key()
    code = crypto.recovery_code(key)
    assert crypto.key_from_recovery_code(code) == key
    assert crypto.key_from_recovery_code(code.lower().replace("-", " ")) == key
    broken = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(crypto.BadRecoveryCode, match="오타"):
        crypto.key_from_recovery_code(broken)
    with pytest.raises(crypto.BadRecoveryCode, match="56자"):
        crypto.key_from_recovery_code(code[:-5])
