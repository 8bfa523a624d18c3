"""Resident and account numbers are never in the database file in plain text, and the key stays in the keyring."""

from __future__ import annotations

import pytest
from sample import Person, add_person, create_tables

from heemang_desktop.app import SetupInput, initialize
from heemang_desktop.context import key_secret_name
from heemang_desktop.store import crypto
from heemang_desktop.store.keystore import KeyringUnavailable

RRNS = ["900101-1234568", "850615-2345671", "031122-3456782"]
ACCOUNT = "110-987-654321"


def raw_bytes(paths) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        f = paths.database.with_name(paths.database.name + suffix)
        if f.exists():
            data += f.read_bytes()
    return data


def test_raw_file_has_no_plain_resident_or_account_number(ctx, paths, memory_keyring):
    create_tables(ctx)
    for i, rrn in enumerate(RRNS):
        add_person(ctx, f"사람{i}", rrn=rrn, account=ACCOUNT)
    raw = raw_bytes(paths)
    assert b"sample_person" in raw  # the rows are really in the file we read
    for rrn in RRNS:
        for form in (rrn, rrn.replace("-", ""), rrn[7:]):
            assert form.encode() not in raw, form
            assert form.encode("utf-16-le") not in raw
    assert b"654321" not in raw
    master_hex = next(iter(memory_keyring.secrets.values()))
    assert master_hex.encode() not in raw and bytes.fromhex(master_hex) not in raw
    with ctx.store.session() as s:
        p = s.query(Person).filter_by(name="사람0").one()
        assert ctx.cipher.decrypt(p.resident_number_enc, "rrn") == "9001011234568"
        assert p.resident_number_masked == "900101-1******"


def test_without_the_key_nothing_encrypted_is_written(ctx, memory_keyring):
    create_tables(ctx)
    add_person(ctx, "첫째", rrn=RRNS[0])
    memory_keyring.secrets.clear()  # the keyring was lost (new PC, profile reset)
    ctx._cipher = None
    with pytest.raises(crypto.KeyMissing, match="복구 코드"):
        add_person(ctx, "둘째", rrn=RRNS[1])
    with ctx.store.session() as s:
        assert [p.name for p in s.query(Person)] == ["첫째"]
    assert ctx.store.meta("key_check")  # no new key was made over the old data


def test_recovery_code_restores_the_key(setup_result, memory_keyring):
    ctx = setup_result.context
    create_tables(ctx)
    add_person(ctx, "첫째", rrn=RRNS[0])
    memory_keyring.secrets.clear()
    ctx._cipher = None
    with pytest.raises(crypto.BadRecoveryCode):
        ctx.unlock(crypto.recovery_code(crypto.new_master_key()))
    ctx.unlock(setup_result.recovery_code)
    assert memory_keyring.get_password("heemang-desktop", key_secret_name(ctx.store_id))
    with ctx.store.session() as s:
        assert ctx.cipher.decrypt(s.query(Person).one().resident_number_enc, "rrn") == "9001011234568"


def test_no_keyring_backend_refuses_setup_and_writes_nothing(paths, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="키링"):
        initialize(paths, SetupInput("K0161", "희망", "기타", "admin", "관리", "관리자"))
    assert not paths.database.exists()


def test_plaintext_keyring_is_refused(paths):
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):  # what keyrings.alt would install
        priority = 1

        def get_password(self, *a):
            return None

        def set_password(self, *a):
            raise AssertionError("a plain-text store must never receive the key")

        def delete_password(self, *a):
            pass

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable):
        initialize(paths, SetupInput("K0161", "희망", "기타", "admin", "관리", "관리자"))
    assert not paths.database.exists()
