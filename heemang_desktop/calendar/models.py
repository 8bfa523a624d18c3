"""The facility's own calendar entries: windows a 관리자 adds (a planned maintenance, an unplanned
outage like the 2025-09-26 data-centre fire), and overrides or cancellations of a shipped entry,
which is never edited in place (`replaces` names its id from resources/calendar/outages.json)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin


class CalendarEntry(SyncedMixin, Base):
    __tablename__ = "calendar_entry"
    __sync_entity__ = "calendar_entry"
    __table_args__ = (Index("ix_calendar_entry_span", "facility_id", "start_on"),)

    kind: Mapped[str] = mapped_column(String(16))  # outage | cms_blackout | deadline (calendar/windows.py)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(300), default="")  # who said so: a notice, the central service
    replaces: Mapped[str] = mapped_column(String(64), default="")  # a shipped entry's id, or "" for a new window
    cancel: Mapped[bool] = mapped_column(Boolean, default=False)  # with `replaces`: the shipped entry is void
