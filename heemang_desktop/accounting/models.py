"""Accounting tables: the facility's 세목, budget entries, requisitions, resolutions and closed months.

A resolution keeps its computed `total` and a normalized `business_key` on the row so the list can
search by business name and amount without touching the lines (issue speed target).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from heemang_desktop.store.base import Base, SyncedMixin, new_id

INCOME = "수입"
EXPENSE = "지출"
SIDE_OF_KIND = {INCOME: "세입", EXPENSE: "세출"}

ACTIVE = "active"
CANCELLED = "cancelled"

DRAFT = "draft"
APPROVED = "approved"
REJECTED = "rejected"


class BudgetAccount(SyncedMixin, Base):
    """A 세목 the facility added under a 목 of the shipped chart."""

    __tablename__ = "acc_budget_account"
    __sync_entity__ = "budget_account"
    __table_args__ = (UniqueConstraint("facility_id", "side", "code"),)

    side: Mapped[str] = mapped_column(String(4))  # 세입 | 세출
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    parent_code: Mapped[str] = mapped_column(String(20))


class ChartOverride(SyncedMixin, Base):
    """The facility's correction of one shipped account: its name as the annex prints it, or that it checked it."""

    __tablename__ = "acc_chart_override"
    __sync_entity__ = "chart_override"
    __table_args__ = (UniqueConstraint("facility_id", "side", "code"),)

    side: Mapped[str] = mapped_column(String(4))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100), default="")  # "" keeps the shipped name
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")  # where the facility checked it (별표, 지침 쪽수)


class BudgetEntry(SyncedMixin, Base):
    """One account's amount in one revision (0 = 본예산, N = 추경N) of a fiscal year."""

    __tablename__ = "acc_budget_entry"
    __sync_entity__ = "budget_entry"
    __table_args__ = (UniqueConstraint("facility_id", "fiscal_year", "side", "account_code", "revision"),)

    fiscal_year: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(4))
    account_code: Mapped[str] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[int] = mapped_column(Integer)
    funding_source: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class _LinesMixin:
    """Lines pushed with their parent (SyncedMixin contract: sync_children / replace_sync_children)."""

    _line_class: type
    if TYPE_CHECKING:  # each model maps its own `lines` relationship
        lines: list

    def sync_children(self) -> dict:
        return {"lines": list(self.lines)}

    def replace_sync_children(self, session, children: dict) -> None:
        for line in list(self.lines):
            session.delete(line)
        self.lines = [
            self._line_class(id=d.get("id") or new_id(), position=d["position"], account_code=d["account_code"],
                             amount=int(d["amount"]), note=d.get("note") or "")
            for d in children.get("lines", [])
        ]


class RequisitionLine(Base):
    __tablename__ = "acc_requisition_line"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    requisition_id: Mapped[str] = mapped_column(ForeignKey("acc_requisition.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    account_code: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Requisition(_LinesMixin, SyncedMixin, Base):
    __tablename__ = "acc_requisition"
    __sync_entity__ = "requisition"
    __table_args__ = (UniqueConstraint("facility_id", "fiscal_year", "seq"),)
    _line_class = RequisitionLine

    fiscal_year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(4), default=EXPENSE)
    requisition_date: Mapped[date] = mapped_column(Date)
    business_name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default=DRAFT)
    total: Mapped[int] = mapped_column(Integer, default=0)
    lines: Mapped[list[RequisitionLine]] = relationship(
        order_by=RequisitionLine.position, cascade="all, delete-orphan", lazy="selectin"
    )


class ResolutionLine(Base):
    __tablename__ = "acc_resolution_line"
    __table_args__ = (
        # `amount` too: one account's spending in a year is summed from the indexes alone (budget check).
        Index("ix_acc_resolution_line_account", "account_code", "resolution_id", "amount"),
        # Covers the per-account sums of the budget report without reading the lines table.
        Index("ix_acc_resolution_line_resolution", "resolution_id", "account_code", "amount"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resolution_id: Mapped[str] = mapped_column(ForeignKey("acc_resolution.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    account_code: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Resolution(_LinesMixin, SyncedMixin, Base):
    __tablename__ = "acc_resolution"
    __sync_entity__ = "resolution"
    __pii_fields__ = {"vendor_account": "bank_account"}
    __table_args__ = (
        UniqueConstraint("facility_id", "fiscal_year", "kind", "seq"),
        # The list: newest first, filtered by amount and business name read from the index alone.
        Index("ix_acc_resolution_list", "facility_id", "resolution_date", "seq", "kind", "total", "business_key",
              "deleted"),
        # A narrow amount range: few index entries, then sorted (see search.py).
        Index("ix_acc_resolution_total", "facility_id", "total", "resolution_date", "seq", "kind", "business_key",
              "deleted"),
        # `id` last: a year's lines are reached from this index without reading the table.
        Index("ix_acc_resolution_year", "facility_id", "fiscal_year", "kind", "state", "deleted", "id"),
        Index("ix_acc_resolution_import_key", "facility_id", "import_key"),
    )
    _line_class = ResolutionLine

    fiscal_year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(4))  # 수입 | 지출
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))
    resolution_date: Mapped[date] = mapped_column(Date)
    cash_date: Mapped[date | None] = mapped_column(Date, default=None)
    business_name: Mapped[str] = mapped_column(String(200))
    business_key: Mapped[str] = mapped_column(String(200))  # normalized for "contains" search
    summary: Mapped[str] = mapped_column(Text, default="")
    funding_source: Mapped[str] = mapped_column(String(30), default="")
    payment_method: Mapped[str] = mapped_column(String(30), default="")
    vendor: Mapped[str] = mapped_column(String(200), default="")
    vendor_account_enc: Mapped[str | None] = mapped_column(Text, default=None)
    vendor_account_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    vendor_account_masked: Mapped[str] = mapped_column(String(40), default="")
    # JSON [{name, file: "<sha256>.<ext>"}] (accounting.attachments)
    attachments: Mapped[str] = mapped_column(Text, default="[]")
    requisition_id: Mapped[str | None] = mapped_column(String(36), default=None)
    import_key: Mapped[str | None] = mapped_column(String(100), default=None)
    state: Mapped[str] = mapped_column(String(16), default=ACTIVE)
    total: Mapped[int] = mapped_column(Integer, default=0)
    lines: Mapped[list[ResolutionLine]] = relationship(
        order_by=ResolutionLine.position, cascade="all, delete-orphan", lazy="selectin"
    )


class MonthClose(SyncedMixin, Base):
    """A closed month: resolutions dated in it can no longer be written, edited or cancelled."""

    __tablename__ = "acc_month_close"
    __sync_entity__ = "month_close"
    __table_args__ = (UniqueConstraint("facility_id", "year", "month"),)

    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)


class BudgetTransfer(SyncedMixin, Base):
    """예산 전용: `amount` moved from one 세출 account's budget to another's within a fiscal year.

    Cancelling is a recorded state, like a resolution's; the number (`2026-전용-001`) stays used.
    """

    __tablename__ = "acc_budget_transfer"
    __sync_entity__ = "budget_transfer"
    __table_args__ = (
        UniqueConstraint("facility_id", "fiscal_year", "seq"),
        Index("ix_acc_budget_transfer_year", "facility_id", "fiscal_year", "state", "deleted"),
    )

    fiscal_year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))
    transfer_date: Mapped[date] = mapped_column(Date)
    from_code: Mapped[str] = mapped_column(String(20))
    to_code: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(String(30), default="")  # 이사회 의결 | 위원회 보고 | 소규모 시설 면제 | ""
    state: Mapped[str] = mapped_column(String(16), default=ACTIVE)
