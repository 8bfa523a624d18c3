"""A closed fiscal year (연도 마감): its books may no longer change until an admin reopens it with a reason."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin

CLOSED = "closed"
REOPENED = "reopened"


class YearClose(SyncedMixin, Base):
    """One row per facility and year; a reopen keeps the row (state, reason, who) so the reason stays on record."""

    __tablename__ = "acc_year_close"
    __sync_entity__ = "year_close"
    __table_args__ = (UniqueConstraint("facility_id", "year"),)

    year: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default=CLOSED)
    income: Mapped[int] = mapped_column(Integer, default=0)  # 세입 결산액 at the close
    expense: Mapped[int] = mapped_column(Integer, default=0)  # 세출 결산액 at the close
    carry_over: Mapped[int] = mapped_column(Integer, default=0)  # written to next year's 이월금 line
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    reopened_by: Mapped[str] = mapped_column(String(64), default="")
