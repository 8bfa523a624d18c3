"""기부금영수증 tables: each PC's number series, the receipts, and the gifts each receipt covers.

A receipt is never edited: voiding sets its state, reason and day, and keeps its number; a new receipt
(pointing at the voided one in `replaces`) covers the gifts again. The lines are a copy of the gifts as
printed, pushed with their receipt (SyncedMixin's sync_children contract).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from heemang_desktop.store.base import Base, SyncedMixin, new_id

ISSUED, VOIDED = "발급", "취소"
PER_GIFT, PERIOD, ANNUAL = "건별", "기간", "연간"
MONEY, GOODS = "금전", "현물"


class ReceiptSeries(SyncedMixin, Base):
    """One PC's series letter: receipts issued on that PC are numbered `2026-A-0001`, `2026-A-0002`, …

    `store_id` names the PC's database file (AppMeta "store_id"), so each PC finds its own series.
    """

    __tablename__ = "donation_receipt_series"
    __sync_entity__ = "receipt_series"

    store_id: Mapped[str] = mapped_column(String(36), index=True)
    mark: Mapped[str] = mapped_column(String(2))


class ReceiptLine(Base):
    """One gift as the receipt prints it (코드, 구분, 연월일, 내용, 금액)."""

    __tablename__ = "donation_receipt_line"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    receipt_id: Mapped[str] = mapped_column(ForeignKey("donation_receipt.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    gift_id: Mapped[str] = mapped_column(String(36), index=True)
    code: Mapped[str] = mapped_column(String(2))  # 기부금 코드: 10, 40, 41
    kind: Mapped[str] = mapped_column(String(4))  # 금전, 현물
    gift_date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[int] = mapped_column(Integer)


class Receipt(SyncedMixin, Base):
    """기부금영수증 as issued: its number, the donor as printed, the gifts it covers, and a void if any."""

    __tablename__ = "donation_receipt"
    __sync_entity__ = "donation_receipt"
    __table_args__ = (UniqueConstraint("series_id", "year", "seq"),)

    series_id: Mapped[str] = mapped_column(ForeignKey("donation_receipt_series.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), index=True)  # 2026-A-0001
    scope: Mapped[str] = mapped_column(String(4))  # 건별, 기간, 연간
    donor_id: Mapped[str] = mapped_column(ForeignKey("donation_donor.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    issued_on: Mapped[date] = mapped_column(Date)
    # The donor as printed; the full number is read from the donor (sealed) only when a PDF is written.
    donor_name: Mapped[str] = mapped_column(String(100))
    donor_number_masked: Mapped[str] = mapped_column(String(20), default="")
    donor_address: Mapped[str] = mapped_column(String(300), default="")
    total: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(4), default=ISSUED)
    voided_on: Mapped[date | None] = mapped_column(Date, default=None)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    replaces: Mapped[str] = mapped_column(String(36), default="")  # the voided receipt this one re-issues

    lines: Mapped[list[ReceiptLine]] = relationship(order_by=ReceiptLine.position, cascade="all, delete-orphan",
                                                    lazy="selectin")

    def sync_children(self) -> dict:
        return {"lines": list(self.lines)}

    def replace_sync_children(self, session, children: dict) -> None:
        for line in list(self.lines):
            session.delete(line)
        self.lines = [
            ReceiptLine(id=d.get("id") or new_id(), position=int(d["position"]), gift_id=d["gift_id"],
                        code=d["code"], kind=d["kind"], gift_date=date.fromisoformat(str(d["gift_date"])),
                        description=d.get("description") or "", amount=int(d["amount"]))
            for d in children.get("lines", [])
        ]
