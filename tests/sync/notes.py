"""A test-only synced entity ("test_note") on the app's Base, so the engine finds it like a feature's model.

Its table is created per store with `create_table(ctx)`; the migration test ignores it (not a
feature module). Service helpers do what a feature service does: change, seal PII, record_change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store import pii
from heemang_desktop.store.base import Base, SyncedMixin
from heemang_desktop.sync.outbox import DELETE, record_change


class Note(SyncedMixin, Base):
    __tablename__ = "test_sync_note"
    __sync_entity__ = "test_note"
    __pii_fields__ = {"resident_number": "rrn"}

    title: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[date | None] = mapped_column(Date, default=None)
    resident_number_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    resident_number_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    resident_number_masked: Mapped[str | None] = mapped_column(String(20), default=None)


def create_table(ctx) -> None:
    Base.metadata.create_all(ctx.store.engine, tables=[Note.__table__])


def add_note(ctx, title: str, amount: int = 0, rrn: str | None = None, day: date | None = None) -> str:
    note = Note(facility_id=ctx.facility.id, title=title, amount=amount, day=day)
    if rrn:
        s = pii.seal_rrn(ctx.cipher, pii.parse_rrn(rrn))
        note.resident_number_enc, note.resident_number_hash, note.resident_number_masked = s.enc, s.hash, s.masked
    with ctx.transaction() as session:
        record_change(session, note, ctx.require_actor().login_id)
    return note.id


def add_notes(ctx, count: int, prefix: str = "n") -> list[str]:
    """Many notes in one transaction (one change each), for volume tests and benchmarks."""
    ids = []
    with ctx.transaction() as session:
        for i in range(count):
            note = Note(facility_id=ctx.facility.id, title=f"{prefix}-{i}", amount=i * 1000)
            record_change(session, note, ctx.require_actor().login_id)
            ids.append(note.id)
    return ids


def edit_note(ctx, note_id: str, **fields) -> None:
    with ctx.transaction() as session:
        note = session.get(Note, note_id)
        for k, v in fields.items():
            setattr(note, k, v)
        record_change(session, note, ctx.require_actor().login_id)


def delete_note(ctx, note_id: str) -> None:
    with ctx.transaction() as session:
        record_change(session, session.get(Note, note_id), ctx.require_actor().login_id, op=DELETE)


def get_note(ctx, note_id: str) -> Note | None:
    with ctx.store.session() as session:
        return session.get(Note, note_id)


def all_notes(ctx) -> list[Note]:
    with ctx.store.session() as session:
        return list(session.scalars(select(Note).order_by(Note.title)))
