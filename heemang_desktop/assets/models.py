"""Asset tables: the asset, its history (moves, custodian changes: never overwritten), stock counts.

An asset keeps its current place and custodian on the row for the register; each change adds an
`AssetEvent` with the before and after, so the card shows where it has been. A count's lines are what
should be where (taken when the count starts) and what was found; a line without an asset is an item
found that the register does not have.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin

PROPERTY, EQUIPMENT = "재산", "비품"
IN_USE, DISPOSED = "사용", "불용"
ACQUIRED, MOVED, CUSTODIAN, DISPOSAL = "취득", "이동", "관리자변경", "불용"
OPEN, DONE = "진행", "완료"


class Asset(SyncedMixin, Base):
    __tablename__ = "asset_asset"
    __sync_entity__ = "asset"
    __table_args__ = (UniqueConstraint("facility_id", "fiscal_year", "category", "seq"),)

    fiscal_year: Mapped[int] = mapped_column(Integer)  # of acquisition; numbers run per year and category
    category: Mapped[str] = mapped_column(String(8))  # 재산 | 비품
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))  # 2026-비품-0001
    kind: Mapped[str] = mapped_column(String(40), default="")  # 품목 분류 (resources/assets/categories.json)
    name: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(String(200), default="")  # 규격
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    location: Mapped[str] = mapped_column(String(100), default="")
    custodian: Mapped[str] = mapped_column(String(100), default="")
    acquired_on: Mapped[date] = mapped_column(Date)
    cost: Mapped[int] = mapped_column(Integer)
    funding_source: Mapped[str] = mapped_column(String(30), default="")
    subsidy: Mapped[bool] = mapped_column(Boolean, default=False)  # 보조금: disposal needs recorded approval
    useful_life: Mapped[int | None] = mapped_column(Integer, default=None)  # years, where the facility depreciates
    resolution_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    resolution_line: Mapped[int | None] = mapped_column(Integer, default=None)  # 1-based line of the resolution
    state: Mapped[str] = mapped_column(String(8), default=IN_USE)
    disposed_on: Mapped[date | None] = mapped_column(Date, default=None)
    disposal_method: Mapped[str] = mapped_column(String(20), default="")
    disposal_reason: Mapped[str] = mapped_column(Text, default="")
    approval: Mapped[str] = mapped_column(String(200), default="")  # who approved, document number
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    proceeds: Mapped[int] = mapped_column(Integer, default=0)
    proceeds_resolution_id: Mapped[str | None] = mapped_column(String(36), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class AssetEvent(SyncedMixin, Base):
    """One change in an asset's life, with what was before and after."""

    __tablename__ = "asset_event"
    __sync_entity__ = "asset_event"

    asset_id: Mapped[str] = mapped_column(String(36), index=True)
    event_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # 취득 | 이동 | 관리자변경 | 불용
    from_location: Mapped[str] = mapped_column(String(100), default="")
    to_location: Mapped[str] = mapped_column(String(100), default="")
    from_custodian: Mapped[str] = mapped_column(String(100), default="")
    to_custodian: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class StockCount(SyncedMixin, Base):
    """재물조사 of a year."""

    __tablename__ = "asset_count"
    __sync_entity__ = "asset_count"

    fiscal_year: Mapped[int] = mapped_column(Integer)
    count_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(8), default=OPEN)
    note: Mapped[str] = mapped_column(Text, default="")


class CountLine(SyncedMixin, Base):
    """One asset to look for (expected place and custodian), or one item found beyond the register."""

    __tablename__ = "asset_count_line"
    __sync_entity__ = "asset_count_line"

    count_id: Mapped[str] = mapped_column(String(36), index=True)
    asset_id: Mapped[str | None] = mapped_column(String(36), default=None)
    asset_number: Mapped[str] = mapped_column(String(30), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    expected_location: Mapped[str] = mapped_column(String(100), default="")
    custodian: Mapped[str] = mapped_column(String(100), default="")
    found: Mapped[bool | None] = mapped_column(Boolean, default=None)  # None: not counted yet
    found_location: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
