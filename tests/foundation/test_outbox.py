"""The transactional outbox: a row and its change commit together or not at all, in order, with who did it."""

from __future__ import annotations

import json

import pytest
from sample import Person, add_person, create_tables
from sqlalchemy import select

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import APPLIED, OutboxEntry
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, queued_count, record_change


@pytest.fixture
def sctx(ctx):
    create_tables(ctx)
    return ctx


def entries(ctx):
    with ctx.store.session() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_create_edit_delete_queue_three_changes_in_order_with_versions(sctx):
    pid = add_person(sctx, "홍길동")
    with sctx.transaction() as s:
        p = s.get(Person, pid)
        p.name = "홍길순"
        record_change(s, p, "admin")
    with sctx.transaction() as s:
        record_change(s, s.get(Person, pid), "admin", op=DELETE)
    rows = entries(sctx)
    assert [(e.op, e.base_version) for e in rows] == [("upsert", 0), ("upsert", 1), ("delete", 2)]
    assert [json.loads(e.payload)["name"] for e in rows] == ["홍길동", "홍길순", "홍길순"]
    assert all(e.user_id == "admin" and e.entity == "sample_person" for e in rows)
    assert len({e.change_id for e in rows}) == 3
    with sctx.store.session() as s:
        p = s.get(Person, pid)
        assert (p.version, p.deleted, p.created_by, p.updated_by) == (3, True, "admin", "admin")
    assert sctx.store and queued_count_of(sctx) == 3


def queued_count_of(ctx):
    with ctx.store.session() as s:
        return queued_count(s)


def test_failed_transaction_leaves_neither_row_nor_change(sctx):
    with pytest.raises(RuntimeError):
        with sctx.transaction() as s:
            record_change(s, Person(facility_id=sctx.facility.id, name="반쯤"), "admin")
            raise RuntimeError("power cut")
    with sctx.store.session() as s:
        assert s.scalars(select(Person)).all() == []
    assert entries(sctx) == []


def test_never_synced_row_can_be_discarded_with_its_changes(sctx):
    pid = add_person(sctx, "임시")
    with sctx.transaction() as s:
        discard_unsynced(s, s.get(Person, pid))
    assert entries(sctx) == []


def test_synced_row_cannot_be_hard_deleted(sctx):
    pid = add_person(sctx, "전송됨")
    with sctx.transaction() as s:
        s.scalars(select(OutboxEntry)).one().state = APPLIED
    with pytest.raises(ValidationError, match="종료"):
        with sctx.transaction() as s:
            discard_unsynced(s, s.get(Person, pid))
    with sctx.store.session() as s:
        assert s.get(Person, pid) is not None


def test_payload_carries_ciphertext_and_mask_never_plain_or_hash(sctx):
    add_person(sctx, "김민수", rrn="900101-1234568", account="110-123-456789")
    payload = json.loads(entries(sctx)[0].payload)
    text = json.dumps(payload, ensure_ascii=False)
    assert "9001011234568" not in text and "1234568" not in text and "456789" not in text
    assert payload["resident_number_masked"] == "900101-1******"
    assert payload["resident_number_enc"].startswith("v1:")
    assert "resident_number_hash" not in payload and "bank_account_hash" not in payload


def test_bulk_changes_match_what_record_change_queues(sctx):
    """An upload's bulk path stamps and queues each row exactly as the one-row path would."""
    from sample import Person

    from heemang_desktop.sync.outbox import record_changes, row_payload

    pid = add_person(sctx, "기존")
    with sctx.store.session() as s:
        existing = {c.key: getattr(s.get(Person, pid), c.key) for c in Person.__table__.columns}
    existing["name"] = "기존-수정"
    fresh = {c.key: None for c in Person.__table__.columns}
    fresh.update(id="11111111-1111-1111-1111-111111111111", facility_id=sctx.facility.id, name="새사람",
                 version=0, deleted=False)
    with sctx.transaction() as s:
        assert record_changes(s, Person, [existing, fresh], "admin") == 2
    rows = entries(sctx)
    assert [(e.entity_id, e.base_version) for e in rows[1:]] == [(pid, 1), (fresh["id"], 0)]
    with sctx.store.session() as s:
        edited, new = s.get(Person, pid), s.get(Person, fresh["id"])
        assert (edited.name, edited.version, new.version, new.created_by) == ("기존-수정", 2, 1, "admin")
        assert json.loads(rows[1].payload) == row_payload(edited)
        assert json.loads(rows[2].payload) == row_payload(new)


def test_batched_changes_are_queued_in_call_order_with_final_payloads(sctx):
    from heemang_desktop.sync.outbox import batched

    with sctx.transaction() as s:
        with batched(s):
            people = [Person(facility_id=sctx.facility.id, name=f"일괄{i}") for i in range(3)]
            for p in people:
                record_change(s, p, "admin")
            people[0].name = "일괄0-수정"
            record_change(s, people[0], "admin")
    rows = entries(sctx)
    assert [(e.entity_id, e.base_version) for e in rows] == [
        (people[0].id, 0), (people[1].id, 0), (people[2].id, 0), (people[0].id, 1)]
    assert [json.loads(e.payload)["name"] for e in rows] == ["일괄0-수정", "일괄1", "일괄2", "일괄0-수정"]


def test_batched_block_that_fails_queues_nothing(sctx):
    from heemang_desktop.sync.outbox import batched

    with pytest.raises(RuntimeError):
        with sctx.transaction() as s, batched(s):
            record_change(s, Person(facility_id=sctx.facility.id, name="실패"), "admin")
            raise RuntimeError("bad row")
    assert entries(sctx) == []
