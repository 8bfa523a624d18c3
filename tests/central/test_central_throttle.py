"""The login-loop attack: 500 wrong passwords no longer get checked at full speed, the right password
does not get in during a lock, and does after it. The clock is injected: no real sleeps."""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from harness_central import PASSWORD, db_url_for

from heemang_desktop.central import service, throttle
from heemang_desktop.central.app import create_app

TOKEN = "/api/v1/auth/token"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 12, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture(params=["sqlite", "pg"])
def make(request, tmp_path, clock):
    """An app on one database; calling it again is a restart (or a second worker)."""
    apps = []
    url = db_url_for(request.param, tmp_path)

    def _make():
        app = create_app(url, os.urandom(32), clock=clock)
        apps.append(app)
        if len(apps) == 1:
            with app.state.engine.begin() as conn:
                service.add_user(conn, "K0161", "sync", PASSWORD)
                service.add_user(conn, "K0161", "other", PASSWORD)
        return app

    yield _make
    for app in apps:
        app.state.engine.dispose()


def attempt(api, password: str, user: str = "sync"):
    return api.post(TOKEN, json={"facility_code": "K0161", "user_id": user, "password": password})


def test_500_wrong_passwords_get_5_checks_then_a_lock_the_right_one_cannot_pass(make, clock):
    checked = []
    real_issue = service.issue_token

    def counting(*args, **kw):  # how many times a password was actually checked
        checked.append(1)
        return real_issue(*args, **kw)

    service.issue_token = counting
    try:
        with TestClient(make()) as api:
            answers = []
            for i in range(500):
                answers.append(attempt(api, f"guess-{i}"))
                clock.advance(seconds=1)  # 500 tries over 8 minutes: every delay but the lock has passed
            codes = [r.status_code for r in answers]
            assert codes.count(401) == 5 and len(checked) == 5
            fifth = max(i for i, code in enumerate(codes) if code == 401)
            assert fifth < 30 and set(codes[fifth + 1:]) == {429}  # the delays (1, 2, 4, 8 s) then the lock
            locked = attempt(api, PASSWORD)
            assert locked.status_code == 429 and len(checked) == 5  # not even checked
            assert 0 < int(locked.headers["Retry-After"]) <= 15 * 60
            assert "잠시 후" in locked.json()["detail"]
            clock.advance(seconds=int(locked.headers["Retry-After"]))
            assert attempt(api, PASSWORD).status_code == 200
    finally:
        service.issue_token = real_issue


def test_each_failure_delays_the_next_try_longer_and_locks_double(make, clock):
    with TestClient(make()) as api:
        waits = []
        for _ in range(4):
            assert attempt(api, "wrong").status_code == 401
            r = attempt(api, "wrong")
            assert r.status_code == 429
            waits.append(int(r.headers["Retry-After"]))
            clock.advance(seconds=waits[-1])
        assert waits == [1, 2, 4, 8]
        assert attempt(api, "wrong").status_code == 401  # the 5th: locked for 15 minutes
        assert int(attempt(api, PASSWORD).headers["Retry-After"]) == 15 * 60
        clock.advance(minutes=15)
        for _ in range(5):  # five more after the lock: the next lock is twice as long
            assert attempt(api, "wrong").status_code == 401
            clock.advance(seconds=8)
        assert int(attempt(api, PASSWORD).headers["Retry-After"]) == 30 * 60 - 8


def test_the_right_password_clears_the_users_count(make, clock):
    with TestClient(make()) as api:
        for _ in range(4):
            assert attempt(api, "wrong").status_code == 401
            clock.advance(seconds=10)
        assert attempt(api, PASSWORD).status_code == 200
        for _ in range(4):  # four more do not lock: the count started again
            assert attempt(api, "wrong").status_code == 401
            clock.advance(seconds=10)
        assert attempt(api, PASSWORD).status_code == 200


def test_one_address_spraying_many_user_ids_is_locked_too(make, clock):
    app = make()
    with TestClient(app, client=("203.0.113.7", 4000)) as attacker, \
            TestClient(app, client=("198.51.100.2", 4000)) as office:
        codes = []
        for i in range(40):  # one guess per user id: the per-user count never grows
            codes.append(attempt(attacker, "wrong", user=f"user{i}").status_code)
            clock.advance(seconds=61)
        assert codes[:30] == [401] * 30 and codes[30:] == [429] * 10
        assert attempt(attacker, PASSWORD, user="other").status_code == 429  # the address, not the user
        assert attempt(office, PASSWORD, user="other").status_code == 200  # another address is not held


def test_the_lock_survives_a_restart_and_holds_on_a_second_worker(make, clock):
    with TestClient(make()) as api:
        for _ in range(5):
            attempt(api, "wrong")
            clock.advance(seconds=10)
    with TestClient(make()) as restarted:
        assert attempt(restarted, PASSWORD).status_code == 429


def test_failures_and_locks_are_logged_without_the_password(make, clock, caplog):
    caplog.set_level(logging.DEBUG, logger="heemang_desktop.central.auth")
    with TestClient(make()) as api:
        for _ in range(5):
            attempt(api, "Secret-Guess-42")
            clock.advance(seconds=10)
        attempt(api, "Secret-Guess-42")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "login failed for user:K0161/sync" in text and "login locked for user:K0161/sync" in text
    assert "login throttled" in text
    assert "Secret-Guess-42" not in text


def test_a_check_in_flight_holds_a_second_concurrent_try(make, clock):
    """After a failure, two tries at the same moment are not both checked: the second waits."""
    app = make()
    with TestClient(app) as api:
        attempt(api, "wrong")
        clock.advance(seconds=5)
        keys = throttle.rules("K0161", "sync", "testclient")
        with app.state.engine.begin() as conn:
            throttle.check(conn, keys, clock())  # a first try is being checked right now
        r = attempt(api, PASSWORD)
        assert r.status_code == 429 and int(r.headers["Retry-After"]) <= throttle.IN_FLIGHT.total_seconds()


def test_eight_tries_at_the_same_moment_after_a_failure_get_one_check(make, clock):
    app = make()
    with TestClient(app) as api:
        attempt(api, "wrong")
    clock.advance(seconds=5)
    keys = throttle.rules("K0161", "sync", "testclient")
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def one():
        barrier.wait(10)
        try:
            with app.state.engine.begin() as conn:
                throttle.check(conn, keys, clock())
            outcomes.append("checked")
        except throttle.Throttled:
            outcomes.append("held")

    threads = [threading.Thread(target=one) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert sorted(outcomes) == ["checked"] + ["held"] * 7
