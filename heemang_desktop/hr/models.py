"""HR tables: personnel cards, daily attendance, leave, business trips and training (all synced).

Attendance rows keep the computed minutes (regular, overtime, night, holiday) so that payroll sums
them in SQL; they are recomputed whenever the times or the status change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin


class Employee(SyncedMixin, Base):
    """인사카드. Day laborers (일용) are on the same cards, with their daily wage."""

    __tablename__ = "hr_employee"
    __sync_entity__ = "employee"
    __pii_fields__ = {"resident_number": "rrn", "bank_account": "bank_account"}
    __table_args__ = (UniqueConstraint("facility_id", "employee_no"),)

    employee_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    job_type: Mapped[str] = mapped_column(String(50))
    position: Mapped[str] = mapped_column(String(50), default="")
    employment_type: Mapped[str] = mapped_column(String(16))
    hire_date: Mapped[date] = mapped_column(Date)
    leave_date: Mapped[date | None] = mapped_column(Date, default=None)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    bank_name: Mapped[str] = mapped_column(String(50), default="")
    resident_number_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    resident_number_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    resident_number_masked: Mapped[str | None] = mapped_column(String(20), default=None)
    bank_account_enc: Mapped[str | None] = mapped_column(String(200), default=None)
    bank_account_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    bank_account_masked: Mapped[str | None] = mapped_column(String(40), default=None)
    base_pay: Mapped[int] = mapped_column(Integer, default=0)  # monthly, won
    daily_wage: Mapped[int] = mapped_column(Integer, default=0)  # day laborers, won
    dependants: Mapped[int] = mapped_column(Integer, default=1)  # 부양가족수, the employee included
    children_under_20: Mapped[int] = mapped_column(Integer, default=0)
    pension: Mapped[bool] = mapped_column(Boolean, default=True)
    health: Mapped[bool] = mapped_column(Boolean, default=True)
    employment_insurance: Mapped[bool] = mapped_column(Boolean, default=True)
    accident_insurance: Mapped[bool] = mapped_column(Boolean, default=True)
    licences: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{"name", "number", "date"}]
    photo_file: Mapped[str] = mapped_column(String(200), default="")  # "<sha256>.<ext>", never a path (hr.photos)
    note: Mapped[str] = mapped_column(Text, default="")


class Attendance(SyncedMixin, Base):
    """One employee's day: times, status and the minutes payroll needs."""

    __tablename__ = "hr_attendance"
    __sync_entity__ = "attendance"
    __table_args__ = (UniqueConstraint("employee_id", "work_date"),)

    employee_id: Mapped[str] = mapped_column(ForeignKey("hr_employee.id"))
    work_date: Mapped[date] = mapped_column(Date, index=True)
    # "HH:MM" text: to the minute, readable on the wire. A check-out earlier than check-in is the next day.
    check_in: Mapped[str | None] = mapped_column(String(5), default=None)
    check_out: Mapped[str | None] = mapped_column(String(5), default=None)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(300), default="")
    regular_minutes: Mapped[int] = mapped_column(Integer, default=0)
    overtime_minutes: Mapped[int] = mapped_column(Integer, default=0)
    night_minutes: Mapped[int] = mapped_column(Integer, default=0)
    holiday_minutes: Mapped[int] = mapped_column(Integer, default=0)


class Leave(SyncedMixin, Base):
    """휴가: a request, then its approval or refusal."""

    __tablename__ = "hr_leave"
    __sync_entity__ = "leave"

    employee_id: Mapped[str] = mapped_column(ForeignKey("hr_employee.id"), index=True)
    leave_type: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    days: Mapped[float] = mapped_column(Float)  # working days taken; 0.5 for 반차
    reason: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(8), default="신청")
    decided_by: Mapped[str] = mapped_column(String(64), default="")


class _Activity:
    """Dates, place, purpose and hours: what a trip and a training course both record."""

    employee_id: Mapped[str] = mapped_column(ForeignKey("hr_employee.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(300), default="")  # a course's title for training
    hours: Mapped[int] = mapped_column(Integer, default=0)


class Trip(_Activity, SyncedMixin, Base):
    """출장."""

    __tablename__ = "hr_trip"
    __sync_entity__ = "trip"


class Training(_Activity, SyncedMixin, Base):
    """교육."""

    __tablename__ = "hr_training"
    __sync_entity__ = "training"


class Holiday(SyncedMixin, Base):
    """A day the facility adds to the published holiday calendar (an election day, a substitute day)."""

    __tablename__ = "hr_holiday"
    __sync_entity__ = "holiday"
    __table_args__ = (UniqueConstraint("facility_id", "day"),)

    day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(200), default="")  # the notice that made it a holiday
