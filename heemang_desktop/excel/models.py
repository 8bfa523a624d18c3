"""The facility's remembered value mappings (synced): how its files write a coded value."""

from __future__ import annotations

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin


class ValueMapping(SyncedMixin, Base):
    """'기초생활수급' in the 보장구분 column of a 대상자 file means 기초생활수급(생계), for this facility."""

    __tablename__ = "excel_value_mapping"
    __sync_entity__ = "value_mapping"
    __table_args__ = (UniqueConstraint("facility_id", "kind", "column_name", "as_written"),)

    kind: Mapped[str] = mapped_column(String(40))  # the upload kind (resolutions, subjects, …)
    column_name: Mapped[str] = mapped_column(String(40))
    as_written: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(200))
    # Forgetting clears this instead of deleting: a tombstone wins over a later upsert of the same id in
    # sync, so a value forgotten and mapped again would meet as a conflict (as chart_override keeps its rows).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
