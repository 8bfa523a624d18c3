"""`heemang-desktop central add-user|serve|maintenance` as an administrator runs them."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import requests
from harness_central import PASSWORD, free_port


def cli(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "heemang_desktop", *args], input=stdin, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.slow
def test_running_serve_notices_maintenance_within_a_second(tmp_path):
    db = str(tmp_path / "central.sqlite3")
    added = cli("central", "add-user", "--db", db, "--facility-code", "k0161", "--user-id", "sync",
                stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "heemang_desktop", "central", "serve", "--db", db,
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                requests.get(base + "/status", timeout=1)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and server.poll() is None, "serve did not start"
                time.sleep(0.1)
        tok = requests.post(base + "/auth/token", json={"facility_code": "K0161", "user_id": "sync",
                                                        "password": PASSWORD}, timeout=5)
        assert tok.status_code == 200
        assert (tmp_path / "central.sqlite3.key").exists()  # the PII key file, made on first start

        on = cli("central", "maintenance", "on", "--db", db, "--until", "2026-09-05T18:00:00+09:00", "--json")
        assert on.returncode == 0, on.stderr
        flipped = time.monotonic()
        r = requests.get(base + "/sync/pull", headers={"Authorization": f"Bearer {tok.json()['token']}"}, timeout=5)
        assert r.status_code == 503 and "Retry-After" in r.headers and time.monotonic() - flipped < 1.0
        assert requests.get(base + "/status", timeout=5).json()["until"] == "2026-09-05T18:00:00+09:00"

        assert cli("central", "maintenance", "off", "--db", db).returncode == 0
        assert requests.get(base + "/status", timeout=5).json()["state"] == "open"
    finally:
        server.terminate()
        server.wait(10)


def test_add_user_refuses_a_short_password(tmp_path):
    r = cli("central", "add-user", "--db", str(tmp_path / "c.sqlite3"), "--facility-code", "K0161",
            "--user-id", "u", stdin="short\n")
    assert r.returncode == 1 and "8자" in r.stderr


def test_a_new_password_from_add_user_lifts_the_users_login_lock(tmp_path):
    from datetime import datetime

    from sqlalchemy import select

    from heemang_desktop.central import tables as t
    from heemang_desktop.central import throttle
    from heemang_desktop.central.app import make_engine

    db = tmp_path / "c.sqlite3"
    assert cli("central", "add-user", "--db", str(db), "--facility-code", "K0161", "--user-id", "sync",
               stdin=PASSWORD + "\n").returncode == 0
    engine = make_engine(f"sqlite:///{db}")
    keys = throttle.rules("K0161", "sync", "10.0.0.1")
    with engine.begin() as conn:
        for _ in range(5):
            throttle.failed(conn, keys, datetime(2026, 12, 1, 9))
    assert cli("central", "add-user", "--db", str(db), "--facility-code", "K0161", "--user-id", "sync",
               stdin="new-password-2\n").returncode == 0
    with engine.connect() as conn:
        left = [r.key for r in conn.execute(select(t.login_throttle.c.key))]
    engine.dispose()
    assert left == ["addr:10.0.0.1"]  # the user's lock is gone; the address keeps its count


def test_the_service_database_is_owner_only(tmp_path):
    """It holds every facility's records: 0600 like its key file (it was 0644 under a usual umask)."""
    import os
    import stat

    db = tmp_path / "c.sqlite3"
    assert cli("central", "add-user", "--db", str(db), "--facility-code", "K0161", "--user-id", "sync",
               stdin=PASSWORD + "\n").returncode == 0
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
