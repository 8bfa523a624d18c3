"""The door other features use to queue a municipal report draft, in their own transaction.

`queue_draft` takes the caller's session, so the draft commits (with its outbox entry) together
with the admission or discharge that caused it, or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.reporting.models import CANCELLED, DRAFT, MunicipalReportDraft
from heemang_desktop.sync.outbox import discard_unsynced, record_change, was_ever_synced

ADMISSION_DISCHARGE = "입퇴소보고"


@dataclass(frozen=True)
class DraftRow:
    id: str
    report_type: str
    event_on: date
    title: str
    status: str
    details: dict
    source_entity: str
    source_id: str


def queue_draft(
    session: Session,
    facility_id: str,
    actor_id: str,
    report_type: str,
    event_on: date,
    title: str,
    details: dict,
    source_entity: str = "",
    source_id: str = "",
) -> MunicipalReportDraft:
    draft = MunicipalReportDraft(
        facility_id=facility_id,
        report_type=report_type,
        event_on=event_on,
        title=title,
        details=json.dumps(details, ensure_ascii=False, default=str),
        source_entity=source_entity,
        source_id=source_id,
        status=DRAFT,
    )
    record_change(session, draft, actor_id)
    return draft


def cancel_drafts_for(session: Session, source_id: str, actor_id: str, reason: str, match: dict | None = None) -> int:
    """The source record was taken back: its unfiled drafts go too (filed ones stay).

    A draft never sent is deleted; one the central service has seen is marked cancelled.
    `match` limits it to drafts whose details have those values (e.g. only the discharge's).
    """
    drafts = session.scalars(
        select(MunicipalReportDraft).where(
            MunicipalReportDraft.source_id == source_id, MunicipalReportDraft.status == DRAFT
        )
    ).all()
    n = 0
    for draft in drafts:
        if match and any(json.loads(draft.details).get(k) != v for k, v in match.items()):
            continue
        if was_ever_synced(session, draft):
            draft.status = CANCELLED
            draft.note = reason
            record_change(session, draft, actor_id)
        else:
            discard_unsynced(session, draft)
        n += 1
    return n


def list_drafts(ctx, status: str | None = DRAFT) -> list[DraftRow]:
    with ctx.store.session() as session:
        query = select(MunicipalReportDraft).where(
            MunicipalReportDraft.facility_id == ctx.facility.id, MunicipalReportDraft.deleted.is_(False)
        )
        if status:
            query = query.where(MunicipalReportDraft.status == status)
        rows = session.scalars(query.order_by(MunicipalReportDraft.event_on, MunicipalReportDraft.created_at))
        return [
            DraftRow(r.id, r.report_type, r.event_on, r.title, r.status, json.loads(r.details), r.source_entity,
                     r.source_id)
            for r in rows
        ]
