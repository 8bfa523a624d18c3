"""Reading the outbox for people: what is waiting, what was refused and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from heemang_desktop.features import merged
from heemang_desktop.sync.models import QUEUED, OutboxEntry
from heemang_desktop.sync.record_names import Namer


@dataclass(frozen=True)
class ChangeRow:
    seq: int
    entity: str
    entity_label: str
    entity_id: str
    op: str
    user_id: str
    created_at: datetime
    state: str
    last_error: str | None
    record_name: str = ""  # "2026-지출-0005", "E001 김민수" (sync/record_names.py)

    @property
    def record(self) -> str:
        """What the user reads: the kind and the record's name ("결의서 2026-지출-0005")."""
        return f"{self.entity_label} {self.record_name}".strip()


def list_changes(ctx, states: tuple[str, ...] = (QUEUED,), limit: int = 500, offset: int = 0) -> list[ChangeRow]:
    labels = merged("entities")
    with ctx.store.session() as session:
        rows = list(session.scalars(
            select(OutboxEntry).where(OutboxEntry.state.in_(states)).order_by(OutboxEntry.seq).limit(limit).offset(offset)
        ))
        namer = Namer(session)
        namer.preload((e.entity, e.entity_id) for e in rows)
        return [
            ChangeRow(e.seq, e.entity, labels.get(e.entity, e.entity), e.entity_id, e.op, e.user_id,
                      e.created_at, e.state, e.last_error, namer.name(e.entity, e.entity_id))
            for e in rows
        ]


def issues_for(session, entity_ids: list[str]) -> dict[str, tuple[str, str]]:
    """entity_id -> (state, reason) for records in conflict or rejected: what a feature's list shows
    beside the record ("충돌" / "거부됨: 금액은 원 단위 정수여야 합니다.")."""
    from heemang_desktop.sync.models import CONFLICT, REJECTED

    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(entity_ids), 500):
        rows = session.execute(
            select(OutboxEntry.entity_id, OutboxEntry.state, OutboxEntry.last_error)
            .where(OutboxEntry.entity_id.in_(entity_ids[i:i + 500]), OutboxEntry.state.in_((CONFLICT, REJECTED)))
            .order_by(OutboxEntry.seq))
        for eid, state, reason in rows:
            out.setdefault(eid, (state, reason or ""))
    return out


SYNC_LABELS = {"queued": "전송 대기", "rejected": "거부됨", "conflict": "충돌", "applied": "전송됨",
               "resolved": "처리됨"}


def record_states_in(session, ids: list[str]) -> dict[str, tuple[str, str]]:
    """id -> (sync state label, reason) for the records of any list: the latest change's state, with a
    refused or conflicting change outranking a later queued one (its reason is what the user must act on).
    Records never changed on this PC (pulled only) are absent."""
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        for entity_id, state in session.execute(
                select(OutboxEntry.entity_id, OutboxEntry.state).where(OutboxEntry.entity_id.in_(ids[i:i + 500]))
                .order_by(OutboxEntry.seq)):
            out[entity_id] = (SYNC_LABELS.get(state, state), "")
    for entity_id, (state, reason) in issues_for(session, ids).items():
        out[entity_id] = (SYNC_LABELS.get(state, state), reason)
    return out


def record_states(ctx, ids: list[str]) -> dict[str, tuple[str, str]]:
    """`record_states_in` on a read session: what a list page shows in its 전송 column."""
    with ctx.store.session() as session:
        return record_states_in(session, ids)
