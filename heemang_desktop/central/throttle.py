"""Login throttling per user and per address: a growing delay after each failure, then a lock that
doubles each time (15 min, 30 min, … up to a day).

State lives in the central database (`central_login_throttle`), not in memory, so it holds across
uvicorn workers and restarts. While a key is delayed or locked, a login is answered 429 with
Retry-After without checking the password: a lock gives no oracle, and costs no scrypt time.
The caller's clock is injected (naive UTC, like every central timestamp).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from heemang_desktop.central import tables as t

log = logging.getLogger("heemang_desktop.central.auth")

LOCK = timedelta(minutes=15)
MAX_LOCK = timedelta(hours=24)
MAX_DELAY = timedelta(seconds=60)
FORGET_FAILURES = timedelta(hours=1)  # a failure older than this no longer counts
FORGET_LOCKS = timedelta(hours=24)  # nor does an old lock count towards the doubling
IN_FLIGHT = timedelta(seconds=10)  # one password check at a time per user once it has failed or been locked


@dataclass(frozen=True)
class Rule:
    key: str
    lock_after: int  # failures in a row that lock the key
    free: int  # failures allowed before any delay
    serial: bool  # checks for this key run one at a time (after a failure)


def rules(facility_code: str, user_id: str, address: str) -> list[Rule]:
    # Many PCs of a facility may share one address (NAT): the address gets more room than a user.
    return [Rule(_user_key(facility_code, user_id), 5, 0, True), Rule(f"addr:{address}", 30, 10, False)]


def _user_key(facility_code: str, user_id: str) -> str:
    return f"user:{facility_code}/{user_id}"


class Throttled(Exception):
    def __init__(self, retry_after: int):
        super().__init__("로그인 시도가 너무 많습니다. 잠시 후 다시 시도하세요.")
        self.retry_after = retry_after


def _state(row, now: datetime) -> tuple[int, int]:
    """(failures, locks) still counting at `now`."""
    if row is None or row.last_failure is None:
        return 0, 0
    idle = now - row.last_failure
    return (0 if idle > FORGET_FAILURES else row.failures), (0 if idle > FORGET_LOCKS else row.locks)


def check(conn: Connection, keys: list[Rule], now: datetime) -> None:
    """Raise Throttled while any key waits; else mark the serial keys in flight."""
    rows = {r.key: r for r in conn.execute(select(t.login_throttle).where(
        t.login_throttle.c.key.in_([k.key for k in keys])))}
    wait = max(((r.blocked_until - now).total_seconds() for r in rows.values()
                if r.blocked_until is not None and r.blocked_until > now), default=0)
    if wait > 0:
        log.debug("login throttled for %s", ", ".join(k.key for k in keys if k.key in rows))
        raise Throttled(max(1, math.ceil(wait)))
    for k in keys:
        if k.serial and k.key in rows and any(_state(rows[k.key], now)):  # failed or locked lately
            # Compare-and-set: of two tries at the same moment only one claims the key.
            claimed = conn.execute(update(t.login_throttle).where(
                t.login_throttle.c.key == k.key,
                or_(t.login_throttle.c.blocked_until.is_(None), t.login_throttle.c.blocked_until <= now),
            ).values(blocked_until=now + IN_FLIGHT)).rowcount
            if not claimed:
                log.debug("login throttled for %s (another try in flight)", k.key)
                raise Throttled(math.ceil(IN_FLIGHT.total_seconds()))


def failed(conn: Connection, keys: list[Rule], now: datetime) -> None:
    for k in keys:
        row = conn.execute(select(t.login_throttle).where(t.login_throttle.c.key == k.key)
                           .with_for_update()).first()
        failures, locks = _state(row, now)
        failures += 1
        if failures >= k.lock_after:
            locks += 1
            blocked = now + min(LOCK * 2 ** min(locks - 1, 16), MAX_LOCK)
            failures = 0
            log.warning("login locked for %s until %s UTC (lock %d)", k.key, blocked.isoformat(timespec="seconds"),
                        locks)
        else:
            extra = failures - k.free
            blocked = now + min(timedelta(seconds=2 ** (extra - 1)), MAX_DELAY) if extra > 0 else None
            log.warning("login failed for %s (%d in a row)", k.key, failures)
        values = {"failures": failures, "locks": locks, "blocked_until": blocked, "last_failure": now}
        _save(conn, k.key, row is None, values)


def succeeded(conn: Connection, keys: list[Rule]) -> None:
    """The user's record is cleared; an address keeps its count (shared by many users, it fades with time)."""
    for k in keys:
        if k.serial:
            conn.execute(delete(t.login_throttle).where(t.login_throttle.c.key == k.key))


def clear_user(conn: Connection, facility_code: str, user_id: str) -> None:
    """An administrator set a new password: the user's lock and count go with the old one."""
    conn.execute(delete(t.login_throttle).where(t.login_throttle.c.key == _user_key(facility_code, user_id)))


def _save(conn: Connection, key: str, new: bool, values: dict) -> None:
    if new:
        try:
            with conn.begin_nested():
                conn.execute(insert(t.login_throttle).values(key=key, **values))
            return
        except IntegrityError:  # another request's failure inserted it first
            pass
    conn.execute(update(t.login_throttle).where(t.login_throttle.c.key == key).values(**values))
