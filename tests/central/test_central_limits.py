"""The chunked-body attack: a body with no Content-Length (or a lying one) is refused with 413 as soon
as it passes the endpoint's limit, before the app has read more than that; even on /auth/token
before any login. Driven at the ASGI level so the test counts exactly how much of the body was taken."""

from __future__ import annotations

import asyncio
import json
import select
import socket

import pytest
from harness_central import PASSWORD, CentralServer

from heemang_desktop.central import limits
from heemang_desktop.sync import protocol as p

CHUNK = 64 * 1024


def call(app, path: str, chunks: int, headers: dict | None = None, chunk: bytes = b"x" * CHUNK,
         first: bytes = b'{"password":"'):
    """POST `first` then `chunks` chunks (never all in memory) to the ASGI app; returns
    (status, response headers, JSON body, chunks the app took)."""
    taken = 0
    sent: list[dict] = []

    async def receive():
        nonlocal taken
        if taken == 0:
            taken = 1
            return {"type": "http.request", "body": first, "more_body": True}
        taken += 1
        return {"type": "http.request", "body": chunk, "more_body": taken <= chunks}

    async def send(message):
        sent.append(message)

    raw = [(b"content-type", b"application/json"), (b"transfer-encoding", b"chunked")]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": raw, "client": ("10.0.0.9", 5000), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), json.loads(body), max(0, taken - 1)


def test_a_300_mb_chunked_login_body_is_refused_after_4_kb_before_login(app):
    status, headers, body, taken = call(app, limits.AUTH_PATH, chunks=300 * 16)  # 300 MB offered
    assert status == 413 and body["detail"] == limits.TOO_LARGE
    assert taken == 1  # the first 64 KB chunk already passes the 4 KB limit: nothing more is read
    assert headers[b"connection"] == b"close"  # the server stops reading the rest


def test_a_chunked_push_is_cut_at_16_mb_and_a_strangers_body_is_not_read_at_all(app, headers):
    status, _, _, taken = call(app, limits.PUSH_PATH, chunks=300 * 16, headers=headers)
    assert status == 413
    assert taken * CHUNK <= p.MAX_BODY_BYTES + CHUNK  # stopped at the limit, not at 300 MB
    status, _, body, taken = call(app, limits.PUSH_PATH, chunks=300 * 16, headers={"Authorization": "Bearer forged"})
    assert status == 401 and taken == 0


def test_a_push_of_millions_of_empty_lists_is_refused_before_it_is_parsed(app, headers):
    """16 MB of `[],[],…` parsed to 5.6 million lists and their errors took 6.7 GB for minutes."""
    status, _, body, taken = call(app, limits.PUSH_PATH, chunks=256, headers=headers, chunk=b"[]," * 21845,
                                  first=b'{"client_id":"c","changes":[')
    assert status == 413 and body["detail"] == limits.TOO_MANY
    assert taken * 21845 <= p.MAX_BODY_BYTES // limits.BYTES_PER_CONTAINER + 21845


def test_a_full_batch_of_real_changes_with_nested_lines_passes(api, headers):
    from test_central_api import A, change

    batch = [change(A, lines=[{"account": "4101", "amount": 1000 * i} for i in range(20)]) for _ in range(p.MAX_BATCH)]
    r = api.post("/api/v1/sync/push", headers=headers, json={"client_id": "c", "changes": batch})
    assert r.status_code == 200 and {x["status"] for x in r.json()["results"]} == {"applied"}
    too_many = api.post("/api/v1/sync/push", headers=headers,
                        json={"client_id": "c", "changes": [[]] * (p.MAX_BATCH + 1)})
    assert too_many.status_code == 413 and too_many.json()["detail"] == f"한 번에 {p.MAX_BATCH}건까지 보낼 수 있습니다."


def test_a_lying_or_unreadable_content_length_is_no_way_around(app, headers):
    # Declares 10 bytes and sends 300 MB: the count, not the header, decides.
    status, _, _, taken = call(app, limits.PUSH_PATH, chunks=300 * 16, headers={**headers, "Content-Length": "10"})
    assert status == 413 and taken * CHUNK <= p.MAX_BODY_BYTES + CHUNK
    # Declares more than the limit, or nonsense: refused before a byte is read.
    for value in (str(p.MAX_BODY_BYTES + 1), "-1", "12abc"):
        status, _, _, taken = call(app, limits.PUSH_PATH, chunks=1, headers={**headers, "Content-Length": value})
        assert (status, taken) == (413, 0)


def test_limits_are_per_endpoint_and_ordinary_bodies_pass(app, api, headers):
    summary = {"exclude": {"test_note": [f"{i:036d}" for i in range(20_000)]}}  # the client's largest
    assert api.post("/api/v1/sync/summary", headers=headers, json=summary).status_code == 200
    big_login = {"facility_code": "K0161", "user_id": "sync", "password": PASSWORD + " " * 5000}
    r = api.post("/api/v1/auth/token", json=big_login)
    assert r.status_code == 413 and r.json()["detail"] == limits.TOO_LARGE
    assert api.post("/api/v1/auth/token", json={**big_login, "password": PASSWORD}).status_code == 200


def test_a_body_that_is_not_json_is_a_declared_400(app, api, headers):
    r = api.post("/api/v1/sync/push", headers={**headers, "Content-Type": "application/json"}, content=b"{not json")
    assert r.status_code == 400 and r.json()["detail"] == "요청 본문이 올바른 JSON이 아닙니다."
    doc = app.openapi()
    for path in (limits.AUTH_PATH, limits.PUSH_PATH, limits.SUMMARY_PATH):
        assert {"400", "413"} <= set(doc["paths"][path]["post"]["responses"]), path
    assert "429" in doc["paths"][limits.AUTH_PATH]["post"]["responses"]
    assert "413" in doc["paths"]["/api/v1/sync/pull"]["get"]["responses"]


def test_a_body_that_stops_arriving_is_given_up_with_408():
    async def app(scope, receive, send):
        await receive()  # what any route does first
        raise AssertionError("the stalled body was not given up")

    async def stalled():
        await asyncio.Event().wait()

    sent = []

    async def send(message):
        sent.append(message)

    guarded = limits.BodyLimit(app, idle_seconds=0.01)
    asyncio.run(guarded({"type": "http", "path": "/api/v1/sync/push", "headers": []}, stalled, send))
    assert sent[0]["status"] == 408 and json.loads(sent[1]["body"])["detail"] == limits.TOO_SLOW


@pytest.fixture
def server(tmp_path):
    srv = CentralServer(f"sqlite:///{tmp_path / 'c.sqlite3'}").start()
    yield srv
    srv.stop()


def test_over_a_real_socket_the_server_answers_413_and_hangs_up_mid_body(server):
    """Through uvicorn: 64 MB offered chunked to /auth/token; the answer comes, and the connection
    closes, long before the body ends (bounded: at most 1024 chunks are offered)."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    sock.sendall(b"POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    piece = f"{CHUNK:x}\r\n".encode() + b"x" * CHUNK + b"\r\n"
    answer, offered = b"", 0
    try:
        while offered < 1024 and not answer:
            sock.sendall(piece)
            offered += 1
            if select.select([sock], [], [], 0)[0]:
                answer = sock.recv(4096)
    except OSError:  # the server closed while we were still sending: it has answered
        pass
    if not answer:
        answer = sock.recv(4096)
    sock.close()
    assert answer.startswith(b"HTTP/1.1 413") and b"connection: close" in answer.lower()
    assert offered < 1024  # the server did not wait for the whole body


def test_endless_headers_are_refused_by_the_http_layer(server):
    """Headers are buffered only up to h11's cap (plus one read), then the request is refused."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    try:
        sock.sendall(b"POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 200_000 + b"\r\n\r\n")
    except OSError:
        pass
    answer = sock.recv(4096)
    sock.close()
    assert answer.startswith(b"HTTP/1.1 400")


def test_a_pull_page_stops_at_8_mb_and_the_next_pages_bring_the_rest(api, headers):
    from test_central_api import A, change

    from heemang_desktop.central import service

    sent = [change(A, body="가" * 80_000) for _ in range(40)]  # 240 KB each in UTF-8: 9.6 MB in all
    r = api.post("/api/v1/sync/push", headers=headers, json={"client_id": "c", "changes": sent})
    assert {x["status"] for x in r.json()["results"]} == {"applied"}
    got, cursor, pages = [], 0, []
    for _ in range(5):  # bounded
        page = api.get("/api/v1/sync/pull", headers=headers, params={"cursor": cursor, "limit": 2000}).json()
        pages.append(sum(len(json.dumps(c["payload"], ensure_ascii=False).encode()) for c in page["changes"]))
        got += [c["entity_id"] for c in page["changes"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert len(pages) == 2 and max(pages) <= service.PULL_PAGE_BYTES
    assert got == [c["entity_id"] for c in sent]
