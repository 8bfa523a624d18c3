"""Donation tables: donors, pledges (versioned), gifts, and the CMS request batches with their lines.

A pledge change is a new row of the same `series_id` with `revision` + 1; the earlier row stays, its
`current` flag cleared, so the history is the rows of a series. CMS batches remember the digest of the
result file applied to them, so the same result file twice changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin

PERSON, ORGANISATION = "개인", "단체"
MONTHLY, ONE_OFF = "정기", "일시"
DESIGNATED, UNDESIGNATED = "지정", "비지정"
CMS, TRANSFER, CASH, IN_KIND = "CMS", "계좌이체", "현금", "현물"


class Donor(SyncedMixin, Base):
    """후원자: a person or an organisation. Only YYMMDD (birth_ymd) or the business number go to a CMS file."""

    __tablename__ = "donation_donor"
    __sync_entity__ = "donor"
    __pii_fields__ = {"resident_number": "rrn"}
    __table_args__ = (UniqueConstraint("facility_id", "donor_no"),)

    donor_no: Mapped[str] = mapped_column(String(32))  # the facility's own 후원자번호
    donor_kind: Mapped[str] = mapped_column(String(8), default=PERSON)
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), default="", index=True)  # last 4 digits, for search
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    resident_number_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    resident_number_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    resident_number_masked: Mapped[str | None] = mapped_column(String(20), default=None)
    # 사업자등록번호 is public (국세청 lookup) and goes whole into CMS files: kept plain, digits only.
    business_number: Mapped[str] = mapped_column(String(10), default="")
    birth_ymd: Mapped[str] = mapped_column(String(6), default="")
    receipt_wanted: Mapped[bool] = mapped_column(Boolean, default=False)  # 영수증발급 동의
    receipt_consent_on: Mapped[date | None] = mapped_column(Date, default=None)
    privacy_consent_on: Mapped[date | None] = mapped_column(Date, default=None)  # 개인정보 수집·이용 동의일
    news_channel: Mapped[str] = mapped_column(String(8), default="")  # 문자, 우편, 이메일
    note: Mapped[str] = mapped_column(Text, default="")
    # A merged-away duplicate stays (its history moved to the kept donor), pointing at that donor.
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    # CMS 출금동의서: a reference "<sha256>.<ext>" under attachments/donors/<donor id>/ (consent.py).
    consent_file: Mapped[str] = mapped_column(String(80), default="")
    consent_file_name: Mapped[str] = mapped_column(String(120), default="")
    consent_file_on: Mapped[date | None] = mapped_column(Date, default=None)


class Pledge(SyncedMixin, Base):
    """후원약정, one version of it. `series_id` is the first version's id; only one version is `current`."""

    __tablename__ = "donation_pledge"
    __sync_entity__ = "pledge"
    __pii_fields__ = {"bank_account": "bank_account"}
    __table_args__ = (UniqueConstraint("series_id", "revision"),)

    donor_id: Mapped[str] = mapped_column(ForeignKey("donation_donor.id"), index=True)
    series_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    pledge_kind: Mapped[str] = mapped_column(String(4))  # 정기, 일시
    amount: Mapped[int] = mapped_column(Integer)  # won, per month for 정기
    debit_day: Mapped[int | None] = mapped_column(Integer, default=None)  # 1-31, 정기 CMS/계좌이체
    designation: Mapped[str] = mapped_column(String(4), default=UNDESIGNATED)
    purpose: Mapped[str] = mapped_column(String(200), default="")  # 지정목적
    method: Mapped[str] = mapped_column(String(8))
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_on: Mapped[date | None] = mapped_column(Date, default=None)  # 해지일
    bank_name: Mapped[str] = mapped_column(String(50), default="")
    bank_account_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    bank_account_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    bank_account_masked: Mapped[str | None] = mapped_column(String(40), default=None)
    account_holder: Mapped[str] = mapped_column(String(100), default="")
    cms_state: Mapped[str] = mapped_column(String(8), default="")  # "", 신청, 등록, 해지신청, 해지, 불능
    cms_registered_on: Mapped[date | None] = mapped_column(Date, default=None)  # CMS등록일
    note: Mapped[str] = mapped_column(Text, default="")


class Gift(SyncedMixin, Base):
    """후원금 (or 현물) received: one row per gift."""

    __tablename__ = "donation_gift"
    __sync_entity__ = "gift"

    donor_id: Mapped[str] = mapped_column(ForeignKey("donation_donor.id"), index=True)
    pledge_id: Mapped[str | None] = mapped_column(ForeignKey("donation_pledge.id"), default=None)
    gift_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[int] = mapped_column(Integer)  # won; for 현물, quantity x unit value
    designation: Mapped[str] = mapped_column(String(4), default=UNDESIGNATED)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(8))
    item: Mapped[str] = mapped_column(String(200), default="")  # 현물 품목
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    unit_value: Mapped[int] = mapped_column(Integer, default=0)
    cms_line_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)  # from a CMS result
    deposit_account: Mapped[str] = mapped_column(String(100), default="")  # the 후원금전용계좌 it came into
    # The 수입결의서 that booked it (donations/income.py); None until booked, or again once that one is cancelled.
    resolution_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class CmsBatch(SyncedMixin, Base):
    """A CMS file sent to the bank (EB13 registration or EB21 debit request) and the result applied to it."""

    __tablename__ = "donation_cms_batch"
    __sync_entity__ = "cms_batch"

    file_kind: Mapped[str] = mapped_column(String(4))  # EB13, EB21
    month: Mapped[str] = mapped_column(String(7), default="")  # YYYY-MM, for EB21
    sent_on: Mapped[date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(8), default="")  # the header's 파일명
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    total_amount: Mapped[int] = mapped_column(Integer, default=0)
    result_digest: Mapped[str] = mapped_column(String(64), default="")  # sha256 of the applied result file
    result_applied_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class CmsLine(SyncedMixin, Base):
    """One record of a batch: the pledge it came from, and its result (출금/불능 with the reject code)."""

    __tablename__ = "donation_cms_line"
    __sync_entity__ = "cms_line"
    __table_args__ = (UniqueConstraint("batch_id", "serial"),)

    batch_id: Mapped[str] = mapped_column(ForeignKey("donation_cms_batch.id"), index=True)
    serial: Mapped[int] = mapped_column(Integer)  # 일련번호 in the file
    pledge_id: Mapped[str] = mapped_column(ForeignKey("donation_pledge.id"), index=True)
    donor_id: Mapped[str] = mapped_column(ForeignKey("donation_donor.id"))
    payer_no: Mapped[str] = mapped_column(String(20))  # 납부자번호 in the file: how a result line finds its request
    request: Mapped[str] = mapped_column(String(4), default="")  # EB13: 신규/해지; EB21: 출금
    amount: Mapped[int] = mapped_column(Integer, default=0)
    debit_date: Mapped[date | None] = mapped_column(Date, default=None)
    state: Mapped[str] = mapped_column(String(4), default="요청")  # 요청, 완료, 불능
    reject_code: Mapped[str] = mapped_column(String(4), default="")
    reject_reason: Mapped[str] = mapped_column(String(200), default="")  # the code's Korean meaning, as read
    retry: Mapped[bool] = mapped_column(Boolean, default=False)  # the code says the next cycle may succeed
    carried_to: Mapped[str] = mapped_column(String(36), default="")  # the later line asking this amount again
    arrears: Mapped[int] = mapped_column(Integer, default=0)  # of `amount`, earlier failed debits asked again
