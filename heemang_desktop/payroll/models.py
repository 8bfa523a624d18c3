"""Payroll tables (all synced): the facility's own pay items, per-employee pay settings, the monthly
register with one entry per employee, and the payslip e-mail log.

Employees are referred to by `employee_id` without a foreign key: HR's table lives in another
migration branch. An entry keeps its input snapshot and computed lines as JSON, so a closed month
reads the same whatever happens to the cards later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin

OPEN = "open"
CLOSED = "closed"
SENDING = "sending"  # committed before the message goes to SMTP: left so after a crash, delivery is unknown
SENT = "sent"
FAILED = "failed"


class PayItem(SyncedMixin, Base):
    """A facility's own allowance or deduction, beside the defaults in resources/payroll/items.json."""

    __tablename__ = "payroll_item"
    __sync_entity__ = "pay_item"
    __table_args__ = (UniqueConstraint("facility_id", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(16))  # pay | deduction
    nontax: Mapped[str | None] = mapped_column(String(16), default=None)
    ordinary: Mapped[bool] = mapped_column(Boolean, default=False)
    account: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class PayProfile(SyncedMixin, Base):
    """An employee's pay settings that the HR card does not hold."""

    __tablename__ = "payroll_profile"
    __sync_entity__ = "pay_profile"
    __table_args__ = (UniqueConstraint("facility_id", "employee_id"),)

    employee_id: Mapped[str] = mapped_column(String(36))
    withholding_percent: Mapped[int] = mapped_column(Integer, default=100)
    meals_in_kind: Mapped[bool] = mapped_column(Boolean, default=False)
    children_under_6: Mapped[int] = mapped_column(Integer, default=0)
    monthly_hours: Mapped[int] = mapped_column(Integer, default=0)
    # a part-timer's 소정근로시간: minutes beyond them earn the premium (기간제법 §6); 0 = 8 h / 40 h
    contract_daily_minutes: Mapped[int] = mapped_column(Integer, default=0)
    contract_weekly_minutes: Mapped[int] = mapped_column(Integer, default=0)
    standing: Mapped[str] = mapped_column(Text, default="{}")  # JSON: item code -> monthly amount


class PayrollRegister(SyncedMixin, Base):
    """급여대장 of one facility and month; closed, it is read-only."""

    __tablename__ = "payroll_register"
    __sync_entity__ = "payroll_register"
    __table_args__ = (UniqueConstraint("facility_id", "month"),)

    month: Mapped[str] = mapped_column(String(7))
    state: Mapped[str] = mapped_column(String(8), default=OPEN)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    resolution_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution_number: Mapped[str] = mapped_column(String(32), default="")


class PayrollEntry(SyncedMixin, Base):
    """One employee's row of the register."""

    __tablename__ = "payroll_entry"
    __sync_entity__ = "payroll_entry"
    __table_args__ = (UniqueConstraint("register_id", "employee_id"),)

    register_id: Mapped[str] = mapped_column(ForeignKey("payroll_register.id"), index=True)
    employee_id: Mapped[str] = mapped_column(String(36))
    employee_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(8), default="run")  # run | import
    input_json: Mapped[str] = mapped_column(Text)
    overrides_json: Mapped[str] = mapped_column(Text, default="{}")
    lines_json: Mapped[str] = mapped_column(Text)
    flags_json: Mapped[str] = mapped_column(Text, default="[]")
    gross: Mapped[int] = mapped_column(Integer, default=0)
    nontaxable: Mapped[int] = mapped_column(Integer, default=0)
    taxable: Mapped[int] = mapped_column(Integer, default=0)
    deductions: Mapped[int] = mapped_column(Integer, default=0)
    net: Mapped[int] = mapped_column(Integer, default=0)


class PayslipMail(SyncedMixin, Base):
    """One attempt to e-mail one payslip (sending -> sent | failed): a sent one is never sent again by accident."""

    __tablename__ = "payroll_mail"
    __sync_entity__ = "payslip_mail"

    entry_id: Mapped[str] = mapped_column(ForeignKey("payroll_entry.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(8))
    error: Mapped[str] = mapped_column(Text, default="")
    digest: Mapped[str] = mapped_column(String(64))  # the payslip content sent (sha256 of its lines)
    attempted_at: Mapped[datetime] = mapped_column(DateTime)
    message_id: Mapped[str] = mapped_column(String(200), default="")  # to find it in the mail server's log


class EmployerSetting(SyncedMixin, Base):
    """What the rate table cannot know of a facility: its size class (고용안정 rate) and its 산재 rate."""

    __tablename__ = "payroll_employer"
    __sync_entity__ = "payroll_employer"
    __table_args__ = (UniqueConstraint("facility_id"),)

    size_class: Mapped[str] = mapped_column(String(16))  # a key of the rate table's employer.stability
    accident_rate: Mapped[int] = mapped_column(Integer)  # 산재보험료율 in 1/100,000 of pay (0.66% -> 660)


class PremiumSetting(SyncedMixin, Base):
    """The facility's rules for premiums: fewer than 5 staff (no statutory premiums), Saturday paid as overtime."""

    __tablename__ = "payroll_premium"
    __sync_entity__ = "payroll_premium"
    __table_args__ = (UniqueConstraint("facility_id"),)

    under_five: Mapped[bool] = mapped_column(Boolean, default=False)
    saturday_overtime: Mapped[bool] = mapped_column(Boolean, default=False)
