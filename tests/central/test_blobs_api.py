"""`PUT|HEAD|GET /api/v1/sync/blobs/{sha256}` on the reference service, SQLite and PostgreSQL: the file
kept byte for byte, per facility, once; a wrong hash, a bad address, an oversized file or a full
facility refused with the reason."""

from __future__ import annotations

import hashlib
import os

import pytest
from api_helpers import login
from harness_central import PASSWORD, db_url_for

from heemang_desktop.central import blobs, service
from heemang_desktop.sync import protocol as p

BASE = "/api/v1/sync/blobs/"


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.postgres)])
def api(request, tmp_path):
    from fastapi.testclient import TestClient

    from heemang_desktop.central.app import create_app

    application = create_app(db_url_for(request.param, tmp_path), os.urandom(32))
    with application.state.engine.begin() as conn:
        service.add_user(conn, "K0161", "sync", PASSWORD)
        service.add_user(conn, "B0002", "other", PASSWORD)
    with TestClient(application) as client:
        client.engine = application.state.engine
        yield client
    application.state.engine.dispose()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_file_is_kept_byte_for_byte_and_a_second_put_is_already_had(api):
    h = login(api)
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40 + b"{[" * 500  # brackets are bytes here, not JSON
    url = BASE + sha(data)
    assert api.head(url, headers=h).status_code == 404
    first = api.put(url, content=data, headers=h)
    assert first.status_code == 201 and first.json() == {"sha256": sha(data), "size": len(data), "stored": True}
    again = api.put(url, content=data, headers=h)
    assert again.status_code == 200 and again.json()["stored"] is False
    head = api.head(url, headers=h)
    assert head.status_code == 200 and head.headers["content-length"] == str(len(data))
    got = api.get(url, headers=h)
    assert got.status_code == 200 and got.content == data
    with api.engine.connect() as conn:
        assert blobs.used(conn, p.facility_id("K0161")) == len(data)  # kept once


def test_a_body_whose_hash_is_not_its_address_is_refused_and_not_kept(api):
    h = login(api)
    claimed = sha(b"the screenshot")
    r = api.put(BASE + claimed, content=b"something else", headers=h)
    assert r.status_code == 422 and r.json()["detail"] == "받은 파일의 SHA-256이 주소와 맞지 않습니다 (전송 중 손상)."
    assert api.head(BASE + claimed, headers=h).status_code == 404


@pytest.mark.parametrize("address", [
    "abc", "G" * 64, sha(b"x").upper(), sha(b"x") + "0", sha(b"x") + ".png", "..%2F..%2Fcentral.sqlite3",
    "%2E%2E", "..%5C..%5Ckey"])
def test_an_address_that_is_not_a_lowercase_sha256_is_refused(api, address):
    h = login(api)
    r = api.put(BASE + address, content=b"x", headers=h)
    assert r.status_code in (400, 404), r.text
    if r.status_code == 400:
        assert r.json()["detail"] == "파일 주소는 SHA-256 (소문자 16진수 64자)이어야 합니다."
    assert api.get(BASE + address, headers=h).status_code in (400, 404)
    with api.engine.connect() as conn:
        assert blobs.used(conn, p.facility_id("K0161")) == 0


def test_a_file_over_the_limit_is_refused_before_it_is_kept(api):
    h = login(api)
    data = b"0" * (p.MAX_BLOB_BYTES + 1)
    r = api.put(BASE + sha(data), content=data, headers=h)
    assert r.status_code == 413
    with api.engine.connect() as conn:
        assert blobs.used(conn, p.facility_id("K0161")) == 0


def test_a_full_facility_is_refused_with_a_korean_reason_and_others_are_not(api):
    with api.engine.begin() as conn:
        blobs.set_quota(conn, 1000)
    h, other = login(api), login(api, "B0002", "other")
    assert api.put(BASE + sha(b"a" * 600), content=b"a" * 600, headers=h).status_code == 201
    r = api.put(BASE + sha(b"b" * 600), content=b"b" * 600, headers=h)
    assert r.status_code == 413
    assert r.json()["detail"] == ("시설의 중앙 첨부 저장 공간(1,000바이트)이 가득 차서 파일을 받지 않았습니다. "
                                  "고객센터에 문의하세요.")
    assert api.put(BASE + sha(b"b" * 600), content=b"b" * 600, headers=other).status_code == 201  # its own space


def test_a_file_is_the_facilitys_own_and_needs_a_login(api):
    data = b"%PDF-1.4 facility A's file"
    h, other = login(api), login(api, "B0002", "other")
    assert api.put(BASE + sha(data), content=data).status_code == 401
    assert api.put(BASE + sha(data), content=data, headers=h).status_code == 201
    assert api.head(BASE + sha(data), headers=other).status_code == 404  # B cannot learn A holds it
    assert api.get(BASE + sha(data), headers=other).status_code == 404
    assert api.get(BASE + sha(data)).status_code == 401
    assert api.put(BASE + sha(data), content=data, headers=other).status_code == 201  # B keeps its own copy
