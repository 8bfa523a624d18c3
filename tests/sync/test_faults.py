"""Faults the sync must survive with nothing lost and nothing doubled (issue #3's list).

The client talks to the reference service through a fault proxy on 127.0.0.1; each test ends by
checking the server's history holds every change exactly once and the queue is empty.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import datetime

import pytest
from harness_central import FaultProxy, free_port
from notes import add_notes, edit_note
from sqlalchemy import select, update
from sync_helpers import engine_for

from heemang_desktop.central import tables as t
from heemang_desktop.sync import errors
from heemang_desktop.sync.models import QUEUED, OutboxEntry
from heemang_desktop.sync.outbox import queued_count
from heemang_desktop.sync.state import CURSOR, get_state


@pytest.fixture
def proxy(central):
    p = FaultProxy(central.port)
    yield p
    p.close()


def queued(ctx) -> int:
    with ctx.store.session() as s:
        return queued_count(s)


def sent_once(ctx, central) -> None:
    """Every queued change is on the server exactly once, and the queue is empty."""
    with ctx.store.session() as s:
        mine = list(s.scalars(select(OutboxEntry.change_id).order_by(OutboxEntry.seq)))
    history = [h["change_id"] for h in central.changes()]
    assert Counter(history) == Counter(mine) and history == mine  # once each, in queue order
    assert queued(ctx) == 0


def until_drained(engine, tries: int = 6):
    for _ in range(tries):
        report = engine.run_once()
        if report.drained:
            return report
    raise AssertionError(f"not drained: {report}")


def test_connection_refused_keeps_the_queue_then_drains(sctx, central):
    add_notes(sctx, 5)
    report = engine_for(sctx, f"http://127.0.0.1:{free_port()}").run_once()
    assert report.state == "offline" and report.error_kind == errors.OFFLINE and report.queued == 5
    until_drained(engine_for(sctx, central.url))
    sent_once(sctx, central)


def test_timeout_then_resend_comes_back_duplicate(sctx, central, proxy):
    add_notes(sctx, 4)
    proxy.plan("/sync/push", ("delay", 1.5))  # the server still gets it, after the client gave up
    report = engine_for(sctx, proxy.url, timeout=(1.0, 0.5)).run_once()
    assert report.error_kind == errors.OFFLINE and queued(sctx) == 4
    deadline = time.monotonic() + 10
    while len(central.changes()) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    again = until_drained(engine_for(sctx, proxy.url))
    assert again.pushed == {"duplicate": 4}
    sent_once(sctx, central)


def test_lost_answer_resent_all_duplicate(sctx, central, proxy):
    add_notes(sctx, 6)
    proxy.plan("/sync/push", "pass", "drop")  # batch 2 is applied, its answer lost
    report = engine_for(sctx, proxy.url, batch=2).run_once()
    assert report.error_kind == errors.OFFLINE and report.pushed == {"applied": 2} and report.queued == 4
    again = until_drained(engine_for(sctx, proxy.url, batch=2))
    assert again.pushed == {"duplicate": 2, "applied": 2}
    sent_once(sctx, central)


def test_500_on_some_batches_is_retried(sctx, central, proxy):
    add_notes(sctx, 6)
    proxy.plan("/sync/push", "500", "pass", "500")
    reports = [engine_for(sctx, proxy.url, batch=2).run_once() for _ in range(4)]
    assert reports[0].error_kind == errors.SERVER and reports[-1].drained
    sent_once(sctx, central)


def test_maintenance_mid_drain_stops_then_resumes(sctx, central, proxy):
    add_notes(sctx, 6)
    proxy.plan("/sync/push", "pass", lambda: central.maintenance(True, "2026-09-05T18:00:00+09:00"))
    report = engine_for(sctx, proxy.url, batch=2).run_once()
    assert report.state == "maintenance" and report.until == "2026-09-05T18:00:00+09:00"
    assert report.queued == 4 and report.retry_after and report.retry_after >= 1
    assert engine_for(sctx, proxy.url).run_once().state == "maintenance"  # status says so up front
    central.maintenance(False)
    until_drained(engine_for(sctx, proxy.url, batch=2))
    sent_once(sctx, central)


def test_server_restarted_mid_drain(sctx, central, proxy):
    add_notes(sctx, 6)
    proxy.plan("/sync/push", "pass", central.stop)
    report = engine_for(sctx, proxy.url, batch=2).run_once()
    assert report.state == "offline" and report.queued == 4
    central.start()
    until_drained(engine_for(sctx, proxy.url, batch=2))
    sent_once(sctx, central)


def test_token_expiring_mid_drain_logs_in_again(sctx, central, proxy):
    add_notes(sctx, 6)

    def expire():
        with central.engine.begin() as conn:
            conn.execute(update(t.token).values(expires_at=datetime(2000, 1, 1)))

    proxy.plan("/sync/push", "pass", expire)
    report = engine_for(sctx, proxy.url, batch=2).run_once()
    assert report.drained  # one run: the 401 led to a new login and the drain went on
    sent_once(sctx, central)
    with central.engine.connect() as conn:
        expiry = [r.expires_at for r in conn.execute(select(t.token.c.expires_at))]
    assert len(expiry) == 1 and expiry[0] > datetime(2001, 1, 1)  # the expired one is gone, a new one issued


def test_expired_token_without_a_password_asks_for_login(sctx, central):
    add_notes(sctx, 1)
    engine = engine_for(sctx, central.url, password=None)
    report = engine.run_once()
    assert report.error_kind == errors.AUTH and report.queued == 1


@pytest.mark.parametrize("body", [
    b"not json",
    b'{"results": []}',
    b'{"results": [{"change_id": "x", "status": "applied", "server_version": 1, "version": 1}]}',
])
def test_malformed_push_answer_is_refused_and_queue_kept(sctx, central, proxy, body):
    add_notes(sctx, 2)
    proxy.plan("/sync/push", ("body", body))
    report = engine_for(sctx, proxy.url).run_once()
    assert report.error_kind == errors.PROTOCOL and report.queued == 2
    with sctx.store.session() as s:
        assert {e.state for e in s.scalars(select(OutboxEntry))} == {QUEUED}
    until_drained(engine_for(sctx, proxy.url))
    sent_once(sctx, central)


def test_hostile_pull_with_another_facilitys_record_is_refused_cursor_kept(sctx, central, proxy):
    hostile = {"changes": [{"entity": "test_note", "entity_id": "e1", "version": 1, "deleted": False,
                            "server_version": 1, "payload": {"id": "e1", "facility_id": "someone-else"}}],
               "next_cursor": 1, "has_more": False}
    proxy.plan("/sync/pull", ("body", json.dumps(hostile).encode()))
    report = engine_for(sctx, proxy.url).run_once()
    assert report.error_kind == errors.PROTOCOL
    with sctx.store.session() as s:
        assert get_state(s, CURSOR) in (None, "0")


def test_edits_of_one_record_across_batches_arrive_in_order(sctx, central, proxy):
    [a] = add_notes(sctx, 1)
    for i in range(5):
        edit_note(sctx, a, amount=i)
    until_drained(engine_for(sctx, proxy.url, batch=2))
    assert [h["version"] for h in central.changes()] == [1, 2, 3, 4, 5, 6]
    sent_once(sctx, central)


def test_login_throttled_by_the_central_service_waits_as_told(sctx, central):
    """Wrong passwords in a row: the central service answers 429 with Retry-After; the client says so in
    Korean, keeps the queue, and waits at least that long (not the short backoff of an offline try)."""
    add_notes(sctx, 2)
    wrong = engine_for(sctx, central.url, password="wrong-password")
    assert wrong.run_once().error_kind == errors.AUTH
    report = wrong.run_once()  # straight after a failure: the user's delay is running
    assert report.error_kind == errors.THROTTLED and report.queued == 2
    assert report.retry_after and report.retry_after >= 1
    assert "로그인 시도가 너무 많음" in report.error
    assert errors.THROTTLED in errors.RETRYABLE
