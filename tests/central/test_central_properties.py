"""Property-based run against the OpenAPI document (schemathesis-like, with hypothesis): whatever a
client sends, the service answers with a status its document declares, and never a 5xx."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heemang_desktop.sync import protocol as p

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
ENTITY_ID = st.sampled_from(["e1", "e2", str(uuid.uuid4())]) | st.text(max_size=40)
FACILITY = st.sampled_from([p.facility_id("K0161"), p.facility_id("B0002"), "x"])


@st.composite
def changes(draw):
    eid = draw(ENTITY_ID)
    payload = draw(st.dictionaries(st.sampled_from(["title", "amount", "resident_number", "day", "lines"]), JSON,
                                   max_size=4))
    payload.update(id=draw(st.sampled_from([eid, "other"])), facility_id=draw(FACILITY))
    change = {
        "change_id": draw(st.sampled_from([str(uuid.uuid4()), "not-a-uuid", "00000000-0000-0000-0000-000000000001"])),
        "entity": draw(st.sampled_from(["test_note", "resolution", "Bad Name", ""])),
        "entity_id": eid,
        "op": draw(st.sampled_from(["upsert", "delete", "drop"])),
        "base_version": draw(st.integers(-1, 5)),
        "payload": payload,
        "pii": draw(st.lists(st.sampled_from(["resident_number", "title", "missing"]), max_size=2)),
    }
    if draw(st.booleans()):
        del change[draw(st.sampled_from(sorted(change)))]
    return change


def declared(doc: dict, method: str, path: str) -> set[int]:
    return {int(code) for code in doc["paths"][path][method]["responses"]}


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(body=st.one_of(JSON, st.fixed_dictionaries({"client_id": st.text(max_size=70),
                                                   "changes": st.lists(changes(), max_size=6)})))
def test_push_never_5xx(api, app, headers, body):
    h = headers
    r = api.post("/api/v1/sync/push", headers=h, json=body)
    assert r.status_code < 500 and r.status_code in declared(app.openapi(), "post", "/api/v1/sync/push"), r.text


@SETTINGS
@given(cursor=st.integers(-5, 2**64) | st.text(max_size=8), limit=st.integers(-5, 5000) | st.text(max_size=5))
def test_pull_never_5xx(api, app, headers, cursor, limit):
    h = headers
    r = api.get("/api/v1/sync/pull", headers=h, params={"cursor": cursor, "limit": limit})
    assert r.status_code < 500 and r.status_code in declared(app.openapi(), "get", "/api/v1/sync/pull")


@SETTINGS
@given(body=JSON | st.fixed_dictionaries({"facility_code": st.text(max_size=20), "user_id": st.text(max_size=70),
                                          "password": st.text(max_size=300)}))
def test_token_never_5xx(api, app, body):
    r = api.post("/api/v1/auth/token", json=body)
    assert r.status_code < 500 and r.status_code in declared(app.openapi(), "post", "/api/v1/auth/token")


@SETTINGS
@given(body=JSON | st.fixed_dictionaries({"exclude": st.dictionaries(st.text(max_size=10),
                                                                      st.lists(st.text(max_size=40), max_size=3))}))
def test_summary_never_5xx(api, app, headers, body):
    h = headers
    r = api.post("/api/v1/sync/summary", headers=h, json=body)
    assert r.status_code < 500 and r.status_code in declared(app.openapi(), "post", "/api/v1/sync/summary")
