"""Central service under an oversized body: `python tests/bench/bench_central_body.py [MB]` (not collected by pytest).

Starts `heemang-desktop central serve` as a child process, streams MB megabytes (default 300) with
`Transfer-Encoding: chunked` (no Content-Length) to `/auth/token` before any login, then to
`/sync/push` with a forged token, and prints the answer, the bytes the server took before answering,
and the server's peak memory (VmHWM) before and after. Linux only (reads /proc).
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHUNK = 64 * 1024
PASSWORD = "bench-password-1"


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int) -> None:
    for _ in range(200):  # bounded: 20 s
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def stream(port: int, path: str, megabytes: int, extra: str = "") -> tuple[str, int]:
    """Send a chunked body; stop when the server answers or closes. Returns (status line, bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    sock.sendall((f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{extra}"
                  "Transfer-Encoding: chunked\r\n\r\n").encode())
    # Valid JSON, one long string: the worst case for a server that buffers and parses it.
    piece = f"{CHUNK:x}\r\n".encode() + b"x" * CHUNK + b"\r\n"
    sent, total = 0, megabytes * 1024 * 1024
    try:
        sock.sendall(b'd\r\n{"password":"\r\n')
        while sent < total:
            sock.sendall(piece)
            sent += CHUNK
        sock.sendall(b'2\r\n"}\r\n0\r\n\r\n')
    except OSError:
        pass  # the server answered and closed: what we want
    try:
        answer = sock.recv(200).decode("latin-1").split("\r\n")[0]
    except OSError as exc:
        answer = f"({type(exc).__name__})"
    sock.close()
    return answer, sent


def login(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", "/api/v1/auth/token",
                 json.dumps({"facility_code": "K0161", "user_id": "bench", "password": PASSWORD}),
                 {"Content-Type": "application/json"})
    return json.loads(conn.getresponse().read())["token"]


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        subprocess.run([sys.executable, "-m", "heemang_desktop", "central",
                        "add-user", "--db", str(Path(tmp) / "c.sqlite3"),
                        "--facility-code", "K0161", "--user-id", "bench"], input=PASSWORD + "\n", text=True,
                       check=True, stdout=subprocess.DEVNULL)
        proc = subprocess.Popen([sys.executable, "-m", "heemang_desktop", "central", "serve",
                                 "--db", str(Path(tmp) / "c.sqlite3"), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_up(port)
            print(f"server peak after start: {peak_mb(proc.pid):.0f} MB")
            token = login(port)
            print(f"server peak after one login (scrypt): {peak_mb(proc.pid):.0f} MB")
            for path, extra in (("/api/v1/auth/token", ""),
                                ("/api/v1/sync/push", "Authorization: Bearer forged\r\n"),
                                ("/api/v1/sync/push", f"Authorization: Bearer {token}\r\n")):
                answer, sent = stream(port, path, megabytes, extra)
                time.sleep(1)  # let the server finish whatever it still does with the body
                print(f"{path}: {megabytes} MB chunked -> {answer!r} after {sent / 1048576:.1f} MB sent;"
                      f" server peak {peak_mb(proc.pid):.0f} MB")
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
