"""Tables the sync machinery owns: the outbox, the sync state (cursor, last success), the
quarantine of pulled changes that failed their schema, and pulled records of unknown kinds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, utcnow

QUEUED = "queued"
APPLIED = "applied"
CONFLICT = "conflict"
REJECTED = "rejected"
RESOLVED = "resolved"  # a conflict or rejection the user settled; its change will not be sent
UNSENT = (QUEUED, CONFLICT, REJECTED)


class OutboxEntry(Base):
    """One local change waiting for (or already given) the central service's answer."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(16))
    base_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    user_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default=QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    result: Mapped[str | None] = mapped_column(Text, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncState(Base):
    """Key/value sync facts: pull cursor, last success, last error, client id."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class QuarantinedChange(Base):
    """A pulled record this PC would not apply (it breaks its entity's schema, or SQLite refused
    it), kept with the reason so the pull moves on. One row per record: its latest bad copy. A
    valid later copy of the record applies and takes the row away."""

    __tablename__ = "sync_quarantine"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    server_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text)
    fields: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the copy's values, shortened, PII left out
    quarantined_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HeldChange(Base):
    """A pulled record of a kind this version does not know (a newer PC or server made it), kept
    sealed until an upgrade that knows the kind applies it. One row per record: its latest copy."""

    __tablename__ = "sync_held"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    server_version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    copy_enc: Mapped[str] = mapped_column(Text)  # the whole copy, sealed: its PII fields are not known here
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
