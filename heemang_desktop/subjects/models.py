"""Subject tables: cards, service episodes, 무연고 reports, histories, fees and vocational records.

Event times (outings, logs) are naive UTC like every stored timestamp; calendar days are `date`.
A record that reached the central service is never deleted: it gets an end date or `cancelled`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from heemang_desktop.store.base import Base, SyncedMixin, new_id


class Subject(SyncedMixin, Base):
    """A person the facility serves (대상자). `health_notes` are sealed (purpose `health`, store/pii.py)
    and reach only roles allowed (common.can_see_health)."""

    __tablename__ = "subject"
    __sync_entity__ = "subject"
    __pii_fields__ = {"resident_number": "rrn", "health_notes": "health"}
    __pii_max__ = {"health_notes": 4000}

    subject_no: Mapped[str] = mapped_column(String(32), default="")
    name: Mapped[str] = mapped_column(String(100))
    resident_number_enc: Mapped[str | None] = mapped_column(Text, default=None)
    resident_number_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    resident_number_masked: Mapped[str | None] = mapped_column(String(16), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str] = mapped_column(String(1), default="")  # "M" | "F" | ""
    support_category: Mapped[str] = mapped_column(String(32), default="일반")
    ltc_grade: Mapped[str] = mapped_column(String(16), default="")
    ltc_valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    ltc_valid_to: Mapped[date | None] = mapped_column(Date, default=None)
    disability_degree: Mapped[str] = mapped_column(String(32), default="")
    guardians: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{name, relation, phone}]
    no_kin: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_path: Mapped[str] = mapped_column(String(255), default="")  # "<sha256>.<ext>", never a path (cards.set_photo)
    notes: Mapped[str] = mapped_column(Text, default="")
    health_notes_enc: Mapped[str | None] = mapped_column(Text, default=None)
    health_notes_hash: Mapped[str | None] = mapped_column(String(64), default=None)  # stays empty (pii.seal_health)
    health_notes_masked: Mapped[str | None] = mapped_column(String(32), default=None)


class Episode(SyncedMixin, Base):
    """입소~퇴소, or 이용 시작~종료 of a day service. Open while `ended_on` is empty."""

    __tablename__ = "subject_episode"
    __sync_entity__ = "episode"
    __table_args__ = (
        Index("ix_subject_episode_subject_service", "subject_id", "service"),
        Index("ix_subject_episode_started_on", "facility_id", "started_on"),
    )

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    service: Mapped[str] = mapped_column(String(32))  # resources/subjects/codes.json "services"
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class NoKinReport(SyncedMixin, Base):
    """무연고 확인·사망·실종: the police must be told at once, even during an outage."""

    __tablename__ = "no_kin_report"
    __sync_entity__ = "no_kin_report"

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"), index=True)
    event: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    police_reported_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    police_station: Mapped[str] = mapped_column(String(100), default="")
    police_officer: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Outing(SyncedMixin, Base):
    """외출/외박: open until the return time is recorded."""

    __tablename__ = "subject_outing"
    __sync_entity__ = "outing"
    __table_args__ = (Index("ix_subject_outing_subject_out", "subject_id", "out_at"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    kind: Mapped[str] = mapped_column(String(16))  # 외출 | 외박
    out_at: Mapped[datetime] = mapped_column(DateTime)
    planned_return_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    companion: Mapped[str] = mapped_column(String(100), default="")
    destination: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class ProgramSession(SyncedMixin, Base):
    """One held program (프로그램 진행), with attendance per subject as child rows."""

    __tablename__ = "program_session"
    __sync_entity__ = "program_session"
    __table_args__ = (Index("ix_program_session_held_on", "facility_id", "held_on"),)

    program: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[date] = mapped_column(Date)
    leader: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    attendance: Mapped[list[ProgramAttendance]] = relationship(
        cascade="all, delete-orphan", order_by="ProgramAttendance.position", lazy="selectin"
    )

    def sync_children(self) -> dict:
        return {"attendance": list(self.attendance)}

    def replace_sync_children(self, session, children: dict) -> None:
        self.attendance = [
            ProgramAttendance(**{k: v for k, v in item.items() if k in _ATTENDANCE_FIELDS})
            for item in children.get("attendance", [])
        ]


class ProgramAttendance(Base):
    """Part of its session (synced with it, never alone)."""

    __tablename__ = "program_attendance"
    __table_args__ = (Index("ix_program_attendance_subject", "subject_id", "session_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(ForeignKey("program_session.id", ondelete="CASCADE"))
    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


_ATTENDANCE_FIELDS = {"id", "subject_id", "position", "present", "note"}


class DailyLog(SyncedMixin, Base):
    """생활일지/간호일지/상담일지 entry about one subject. Every content is sealed (purpose `health`);
    lists show a health type's content masked, and opening one is recorded (history.open_log)."""

    __tablename__ = "daily_log"
    __sync_entity__ = "daily_log"
    __pii_fields__ = {"content": "health"}
    __pii_max__ = {"content": 8000}
    __table_args__ = (Index("ix_daily_log_subject_logged", "subject_id", "logged_at"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    log_type: Mapped[str] = mapped_column(String(32))
    logged_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(100))
    content_enc: Mapped[str | None] = mapped_column(Text, default=None)
    content_hash: Mapped[str | None] = mapped_column(String(64), default=None)  # stays empty (pii.seal_health)
    content_masked: Mapped[str | None] = mapped_column(String(32), default=None)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class UnsealedValue(Base):
    """Plain health text the 0021 migration took out of rows and outbox payloads, held only until this
    PC's key is at hand to seal it (sealing.seal_pending, right after the store opens or is unlocked)."""

    __tablename__ = "subject_unsealed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))  # subject | daily_log | outbox (row_id: its seq)
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class FeeCharge(SyncedMixin, Base):
    """A month's fee (이용료) owed by one subject, from a fee plan or typed in."""

    __tablename__ = "fee_charge"
    __sync_entity__ = "fee_charge"
    __table_args__ = (Index("ix_fee_charge_subject_month", "subject_id", "month"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    month: Mapped[str] = mapped_column(String(7))  # "2026-09"
    plan_id: Mapped[str] = mapped_column(String(32), default="")
    base_amount: Mapped[int] = mapped_column(Integer, default=0)
    rate_bp: Mapped[int] = mapped_column(Integer, default=10000)  # basis points: 750 = 7.5%
    amount: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class FeeReceipt(SyncedMixin, Base):
    """수납: money received from (or for) a subject."""

    __tablename__ = "fee_receipt"
    __sync_entity__ = "fee_receipt"
    __table_args__ = (Index("ix_fee_receipt_subject_received", "subject_id", "received_on"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    receipt_no: Mapped[str] = mapped_column(String(20))  # "2026-0001", per facility and year
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    payer: Mapped[str] = mapped_column(String(100), default="")
    prepayment: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class TraineeAttendance(SyncedMixin, Base):
    """직업재활 훈련생 출결: one row per trainee and day."""

    __tablename__ = "trainee_attendance"
    __sync_entity__ = "trainee_attendance"
    __table_args__ = (Index("ix_trainee_attendance_subject_day", "subject_id", "work_date"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    work_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")


class WorkRecord(SyncedMixin, Base):
    """작업내역: task, quantity and time worked by a trainee on a day."""

    __tablename__ = "work_record"
    __sync_entity__ = "work_record"
    __table_args__ = (Index("ix_work_record_subject_day", "subject_id", "work_date"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    work_date: Mapped[date] = mapped_column(Date)
    task: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class Wage(SyncedMixin, Base):
    """A trainee's monthly wage (급여): computed from work records, paid on a date."""

    __tablename__ = "vocational_wage"
    __sync_entity__ = "wage"
    __table_args__ = (Index("ix_vocational_wage_subject_month", "subject_id", "month"),)

    subject_id: Mapped[str] = mapped_column(ForeignKey("subject.id"))
    month: Mapped[str] = mapped_column(String(7))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    time_pay: Mapped[int] = mapped_column(Integer, default=0)
    piece_pay: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[int] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")  # how it was computed, for the payslip
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    method: Mapped[str] = mapped_column(String(16), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
