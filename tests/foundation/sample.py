"""A throwaway synced entity for testing the foundation's outbox and encryption on their own.

It lives on its own declarative base, so the app's schema (and its migration test) never sees it.
"""

from __future__ import annotations

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from heemang_desktop.store.base import NAMING, SyncedMixin


class SampleBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Person(SyncedMixin, SampleBase):
    __tablename__ = "sample_person"
    __sync_entity__ = "sample_person"
    __pii_fields__ = {"resident_number": "rrn", "bank_account": "bank_account"}

    name: Mapped[str] = mapped_column(String(100))
    resident_number_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    resident_number_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    resident_number_masked: Mapped[str | None] = mapped_column(String(20), default=None)
    bank_account_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    bank_account_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    bank_account_masked: Mapped[str | None] = mapped_column(String(40), default=None)


def create_tables(ctx) -> None:
    SampleBase.metadata.create_all(ctx.store.engine)


def add_person(ctx, name: str, rrn: str | None = None, account: str | None = None) -> str:
    """What a feature service does: validate, seal PII, save the row and its outbox entry together."""
    from heemang_desktop.store import pii
    from heemang_desktop.sync.outbox import record_change

    person = Person(facility_id=ctx.facility.id, name=name)
    if rrn:
        sealed = pii.seal_rrn(ctx.cipher, pii.parse_rrn(rrn))
        person.resident_number_enc, person.resident_number_hash = sealed.enc, sealed.hash
        person.resident_number_masked = sealed.masked
    if account:
        sealed = pii.seal_account(ctx.cipher, pii.normalize_account(account))
        person.bank_account_enc, person.bank_account_hash = sealed.enc, sealed.hash
        person.bank_account_masked = sealed.masked
    with ctx.transaction() as session:
        record_change(session, person, ctx.require_actor().login_id)
    return person.id
