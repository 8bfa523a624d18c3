"""접속기록: who looked at personal data, and the monthly review a 관리자 marks done.

An `AccessRecord` holds who, when, what (entity and id) and why, never the value itself. It is
append-only: the session guard below refuses any edit or delete of a stored one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin, utcnow
from heemang_desktop.store.errors import PermissionDenied


class AccessRecord(SyncedMixin, Base):
    __tablename__ = "access_record"
    __sync_entity__ = "access_record"
    __table_args__ = (Index("ix_access_record_at", "facility_id", "at"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # UTC
    login_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))  # service.KINDS
    entity: Mapped[str] = mapped_column(String(64))  # a wire entity name or a file kind
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")  # e.g. "급여 이체목록 12명": never a value


class AuditReview(SyncedMixin, Base):
    """A month's 접속기록 reviewed by a 관리자 (안전성 확보조치 기준: access records checked monthly)."""

    __tablename__ = "audit_review"
    __sync_entity__ = "audit_review"
    __table_args__ = (Index("ix_audit_review_month", "facility_id", "month"),)

    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    reviewed_by: Mapped[str] = mapped_column(String(64))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(500), default="")


class AppendOnly(PermissionDenied):
    def __init__(self):
        super().__init__("개인정보 접속기록은 고치거나 지울 수 없습니다.")


@event.listens_for(Session, "before_flush")
def _refuse_edits(session: Session, _ctx, _instances) -> None:
    """Here, not in service.py: wherever the table is loaded, its rows are guarded."""
    for row in session.deleted:
        if isinstance(row, AccessRecord):
            raise AppendOnly()
    for row in session.dirty:
        if isinstance(row, AccessRecord) and session.is_modified(row):
            raise AppendOnly()
