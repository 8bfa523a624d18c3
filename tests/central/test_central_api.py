"""The reference service on its own: auth bound to a facility, limits, maintenance, idempotency, history."""

from __future__ import annotations

import json
import uuid

from api_helpers import login
from sqlalchemy import select

from heemang_desktop.central import service
from heemang_desktop.central import tables as t
from heemang_desktop.sync import protocol as p

A, B = p.facility_id("K0161"), p.facility_id("B0002")


def change(fid: str, entity_id: str | None = None, base: int = 0, op: str = "upsert", **payload) -> dict:
    eid = entity_id or str(uuid.uuid4())
    return {"change_id": str(uuid.uuid4()), "entity": "test_note", "entity_id": eid, "op": op,
            "base_version": base, "payload": {"id": eid, "facility_id": fid, "title": "t", **payload}}


def push(api, headers, *changes) -> list[dict]:
    r = api.post("/api/v1/sync/push", headers=headers, json={"client_id": "c1", "changes": list(changes)})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def test_passwords_are_stored_with_scrypt_never_plain(app):
    with app.state.engine.connect() as conn:
        hashes = [r.password_hash for r in conn.execute(select(t.user))]
    assert all(h.startswith("scrypt$16384$8$1$") and "central-pw" not in h for h in hashes)


def test_wrong_password_and_missing_token_are_401(api):
    r = api.post("/api/v1/auth/token", json={"facility_code": "K0161", "user_id": "sync", "password": "nope"})
    assert r.status_code == 401
    assert api.get("/api/v1/sync/pull").status_code == 401
    assert api.get("/api/v1/sync/pull", headers={"Authorization": "Bearer forged"}).status_code == 401


def test_a_token_for_facility_a_can_neither_read_nor_write_bs_rows(api):
    a, b = login(api), login(api, "B0002", "other")
    [mine] = push(api, b, c := change(B, secret="B의 기록"))
    assert mine["status"] == "applied"
    # A reads: nothing of B's.
    assert api.get("/api/v1/sync/pull", headers=a).json()["changes"] == []
    # A writes a row claiming B's facility, and overwrites B's record by id: both refused.
    r1, r2 = push(api, a, change(B), change(A, entity_id=c["entity_id"], base=1))
    assert r1["status"] == r2["status"] == "rejected"
    # B's change ids are B's: A using the same one is a change of A's own, B's record untouched.
    [r3] = push(api, a, {**change(A), "change_id": c["change_id"]})
    assert r3["status"] == "applied"
    pulled = api.get("/api/v1/sync/pull", headers=b).json()["changes"]
    assert [x["payload"]["secret"] for x in pulled] == ["B의 기록"]


def test_same_change_twice_is_a_duplicate_and_history_keeps_every_version(api, app):
    h = login(api)
    first = change(A)
    assert push(api, h, first)[0]["status"] == "applied"
    assert push(api, h, first)[0]["status"] == "duplicate"
    edit = change(A, entity_id=first["entity_id"], base=1, title="고침")
    stale = change(A, entity_id=first["entity_id"], base=1, title="늦은 고침")
    results = push(api, h, edit, stale)
    assert [r["status"] for r in results] == ["applied", "conflict"]
    assert results[1]["server_copy"]["payload"]["title"] == "고침"
    with app.state.engine.connect() as conn:
        versions = [r.version for r in conn.execute(select(t.change).order_by(t.change.c.server_version))]
    assert versions == [1, 2]


def test_oversized_batches_are_refused_with_413(api):
    h = login(api)
    body = {"client_id": "c", "changes": [change(A) for _ in range(p.MAX_BATCH + 1)]}
    assert api.post("/api/v1/sync/push", headers=h, json=body).status_code == 413
    huge = b'{"client_id":"c","changes":[' + b" " * (p.MAX_BODY_BYTES + 1) + b"]}"
    r = api.post("/api/v1/sync/push", headers={**h, "Content-Type": "application/json"}, content=huge)
    assert r.status_code == 413


def test_maintenance_answers_503_with_retry_after_except_status(api, app):
    h = login(api)
    with app.state.engine.begin() as conn:
        service.set_maintenance(conn, True, "2099-09-05T18:00:00+09:00")
    st = api.get("/api/v1/status").json()
    assert st["state"] == "maintenance" and st["until"] == "2099-09-05T18:00:00+09:00"
    for r in (api.get("/api/v1/sync/pull", headers=h), api.post("/api/v1/sync/push", headers=h, json={}),
              api.post("/api/v1/auth/token", json={})):
        assert r.status_code == 503 and r.headers["Retry-After"] == "3600"
    with app.state.engine.begin() as conn:
        service.set_maintenance(conn, False)
    assert api.get("/api/v1/sync/pull", headers=h).status_code == 200


def test_pii_is_encrypted_at_rest_with_the_servers_key(api, app):
    h = login(api)
    c = change(A, resident_number="9001011234568", resident_number_masked="900101-1******")
    c["pii"] = ["resident_number"]
    push(api, h, c)
    with app.state.engine.connect() as conn:
        stored = [r.payload for table in (t.change, t.entity) for r in conn.execute(select(table))]
    assert all("1234568" not in s for s in stored)
    pulled = api.get("/api/v1/sync/pull", headers=h).json()["changes"][0]["payload"]
    assert pulled["resident_number"] == "9001011234568"


def test_float_money_and_nan_are_rejected_not_500(api):
    h = login(api)
    # json.dumps writes a float NaN as the bare NaN token, which strict JSON has no place for
    raw = json.dumps({"client_id": "c", "changes": [{
        "change_id": str(uuid.uuid4()), "entity": "test_note", "entity_id": "e1", "op": "upsert", "base_version": 0,
        "payload": {"id": "e1", "facility_id": A, "x": float("nan")}}]})
    assert "NaN" in raw
    r = api.post("/api/v1/sync/push", headers={**h, "Content-Type": "application/json"}, content=raw)
    assert r.status_code in (200, 422)
    if r.status_code == 200:
        assert r.json()["results"][0]["status"] == "rejected"
    [res] = push(api, h, change(A, amount=1.5))
    assert res["status"] == "rejected" and "정수" in res["reason"]


def test_summary_counts_and_version_sums_leave_out_excluded(api):
    h = login(api)
    c1, c2 = change(A), change(A)
    push(api, h, c1, c2)
    r = api.post("/api/v1/sync/summary", headers=h, json={"exclude": {"test_note": [c2["entity_id"]]}})
    assert r.json() == {"entities": {"test_note": {"count": 1, "version_sum": 1}}}


def test_checked_in_openapi_document_is_the_apps(app):
    from pathlib import Path

    import heemang_desktop.central as central_pkg

    doc = Path(central_pkg.__file__).parent / "openapi.json"
    assert json.loads(doc.read_text(encoding="utf-8")) == json.loads(json.dumps(app.openapi()))
