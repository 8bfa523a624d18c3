"""Test harness: the reference central service in a thread on 127.0.0.1, and a small fault proxy.

Every loop and wait here is bounded in count and time.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PASSWORD = "central-pw-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def db_url_for(kind: str, tmp_path) -> str:
    """"sqlite": a file in tmp_path. "pg": HEEMANG_TEST_PG_URL with the central tables dropped first
    (tests share one PostgreSQL database); skipped when the variable is unset."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    import pytest

    url = os.environ.get("HEEMANG_TEST_PG_URL")
    if not url:
        pytest.skip("HEEMANG_TEST_PG_URL is not set")
    from heemang_desktop.central.app import make_engine
    from heemang_desktop.central.tables import metadata

    engine = make_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


class CentralServer:
    def __init__(self, db_url: str, key: bytes | None = None, token_ttl: timedelta = timedelta(hours=8),
                 port: int | None = None):
        self.db_url = db_url
        self.key = key or os.urandom(32)
        self.token_ttl = token_ttl
        self.port = port or free_port()
        self._server = None
        self._thread = None
        self.app = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CentralServer:
        import uvicorn

        from heemang_desktop.central.app import create_app
        from heemang_desktop.central.limits import SERVER_LIMITS

        self.app = create_app(self.db_url, self.key, self.token_ttl)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error", lifespan="off",
                                **SERVER_LIMITS)  # as `central serve` runs it
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("central service did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self.app.state.engine.dispose()
            self._server = None

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def engine(self):
        return self.app.state.engine

    def add_user(self, facility_code: str = "K0161", user_id: str = "sync", password: str = PASSWORD) -> None:
        from heemang_desktop.central import service

        with self.engine.begin() as conn:
            service.add_user(conn, facility_code, user_id, password)

    def maintenance(self, on: bool, until: str | None = None) -> None:
        from heemang_desktop.central import service

        with self.engine.begin() as conn:
            service.set_maintenance(conn, on, until)

    def changes(self, facility_code: str = "K0161") -> list[dict]:
        """The server's history, in server order."""
        from sqlalchemy import select

        from heemang_desktop.central import tables as t
        from heemang_desktop.sync.protocol import facility_id

        with self.engine.connect() as conn:
            rows = conn.execute(select(t.change).where(t.change.c.facility_id == facility_id(facility_code))
                                .order_by(t.change.c.server_version)).mappings().all()
        return [dict(r) for r in rows]

    def entities(self, facility_code: str = "K0161") -> dict[str, dict]:
        from sqlalchemy import select

        from heemang_desktop.central import tables as t
        from heemang_desktop.sync.protocol import facility_id

        with self.engine.connect() as conn:
            rows = conn.execute(select(t.entity).where(t.entity.c.facility_id == facility_id(facility_code))).mappings()
            return {r["entity_id"]: dict(r) for r in rows}


class FaultProxy:
    """Forwards 127.0.0.1 HTTP to the central service, doing planned harm to chosen requests.

    `plan(path_part, *actions)` queues actions for the next requests whose path contains
    `path_part`; an action is "pass", "500", "503", "drop" (forward, then hang up without an
    answer), "refuse" (hang up before forwarding), ("delay", seconds), ("body", bytes) (a 200
    with that body instead of the real one), or a callable run before forwarding.
    """

    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self._plans: list[tuple[str, list]] = []
        self._lock = threading.Lock()
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _any(self):
                proxy._handle(self)

            do_GET = do_POST = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, path_part: str, *actions) -> None:
        with self._lock:
            self._plans.append((path_part, list(actions)))

    def _next_action(self, path: str):
        with self._lock:
            self.seen.append(path)
            for part, actions in self._plans:
                if part in path and actions:
                    return actions.pop(0)
        return "pass"

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        action = self._next_action(h.path)
        if action == "refuse":
            h.close_connection = True
            return
        if callable(action):
            action()
            action = "pass"
        if isinstance(action, tuple) and action[0] == "delay":
            time.sleep(action[1])
            action = "pass"
        if action in ("500", "503"):
            extra = {"Retry-After": "1"} if action == "503" else {}
            self._reply(h, int(action), b'{"detail":"injected"}', extra)
            return
        if isinstance(action, tuple) and action[0] == "body":
            self._reply(h, 200, action[1], {})
            return
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in h.headers.items() if k.lower() not in ("host", "connection")}
            conn.request(h.command, h.path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            status, rheaders = r.status, {k: v for k, v in r.getheaders()
                                          if k.lower() in ("content-type", "retry-after", "www-authenticate")}
        except OSError:
            self._reply(h, 502, b'{"detail":"upstream down"}', {})
            return
        finally:
            conn.close()
        if action == "drop":  # the server did the work; the answer never arrives
            h.close_connection = True
            return
        self._reply(h, status, data, rheaders)

    @staticmethod
    def _reply(h, status: int, data: bytes, headers: dict) -> None:
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def garbage_push_answer(change_ids: list[str]) -> bytes:
    return json.dumps({"results": [{"change_id": c, "status": "applied"} for c in change_ids]}).encode()
