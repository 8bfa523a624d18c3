"""Municipal report drafts (시군구보고): kept locally until the report can be filed in 희망이음."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from heemang_desktop.store.base import Base, SyncedMixin

DRAFT = "draft"
SUBMITTED = "submitted"
CANCELLED = "cancelled"


class MunicipalReportDraft(SyncedMixin, Base):
    """One report to file: what happened (`event_on`), from which record, and its details as JSON.

    `source_entity`/`source_id` name the record that caused it (e.g. an admission episode), so
    the draft follows when that record is cancelled.
    """

    __tablename__ = "municipal_report_draft"
    __sync_entity__ = "municipal_report_draft"
    __table_args__ = (
        Index("ix_municipal_report_draft_source", "source_id"),
        Index("ix_municipal_report_draft_status", "facility_id", "status", "event_on"),
    )

    report_type: Mapped[str] = mapped_column(String(32))  # 입퇴소보고, 종사자입퇴사보고, ...
    event_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON; never a plain resident number
    source_entity: Mapped[str] = mapped_column(String(64), default="")
    source_id: Mapped[str] = mapped_column(String(36), default="")
    status: Mapped[str] = mapped_column(String(16), default=DRAFT)
    note: Mapped[str] = mapped_column(Text, default="")


class MunicipalReport(SyncedMixin, Base):
    """One 시군구보고 of a kind for a period: its rows built from the registers (never typed), its
    status (draft → checked → submitted → accepted / returned) with who and when in `history`, and the
    due day its form's rule gave. One per facility, kind and period: the id is made from them, so two
    PCs drafting the same report make one record (their edits meet as a conflict, not a duplicate)."""

    __tablename__ = "municipal_report"
    __sync_entity__ = "municipal_report"
    __table_args__ = (Index("ix_municipal_report_period", "facility_id", "period", "kind"),)

    kind: Mapped[str] = mapped_column(String(32))  # resources/reports/<kind>.json
    period: Mapped[str] = mapped_column(String(7))  # "2022-08"
    status: Mapped[str] = mapped_column(String(16), default=DRAFT)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)  # as the rule gives it; None: no deadline
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: rows, totals, problems, what the next keeps
    history: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{status, by, at, reason}]
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was returned (반려 사유)


class Evaluation(SyncedMixin, Base):
    """One 시설평가 on-site visit: the objection deadline and its route (online or 공문) follow from
    `visit_on` and the outage calendar when asked, so a window added later changes the answer."""

    __tablename__ = "reporting_evaluation"
    __sync_entity__ = "evaluation"
    __table_args__ = (Index("ix_reporting_evaluation_visit", "facility_id", "visit_on"),)

    cycle: Mapped[str] = mapped_column(String(40))  # the evaluation round, e.g. "2022년 시설평가"
    visit_on: Mapped[date] = mapped_column(Date)  # 현장평가일
    items: Mapped[str] = mapped_column(Text, default="")  # what the facility objects to, for the letter
