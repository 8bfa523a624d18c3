"""무연고자: confirming no kin, or a death or disappearance of such a person, must be reported to
the police at once — even while 희망이음 is down. Opening a report returns `POLICE_NOTICE` for the
screen to show right then; the report stays "due" until when and to whom it was told is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import clock, codes
from heemang_desktop.subjects.common import text
from heemang_desktop.subjects.models import NoKinReport, Subject
from heemang_desktop.sync.outbox import discard_unsynced, record_change

CONFIRMED = "무연고 확인"
DEATH = "무연고자 사망"
MISSING = "무연고자 실종"
POLICE_NOTICE = (
    "무연고자는 희망이음 중단 중에도 지금 바로 관할 경찰서에 신고해야 합니다. "
    "신고한 뒤 신고 일시와 경찰서(담당자)를 기록하세요."
)


@dataclass(frozen=True)
class NoKinRow:
    id: str
    subject_id: str
    subject_name: str
    event: str
    occurred_at: datetime  # Seoul time
    police_reported_at: datetime | None
    police_station: str
    police_officer: str
    due: bool
    notice: str


def _row(report: NoKinReport, name: str) -> NoKinRow:
    due = report.police_reported_at is None
    return NoKinRow(report.id, report.subject_id, name, report.event, clock.to_seoul(report.occurred_at),
                    clock.to_seoul(report.police_reported_at), report.police_station, report.police_officer,
                    due, POLICE_NOTICE if due else "")


def open_report(session: Session, ctx, subject: Subject, event: str, occurred_at: datetime | None = None,
                note: str = "") -> NoKinRow:
    """In the caller's transaction (a card saved as 무연고, a discharge by death)."""
    codes.choice("no_kin_events", event, "무연고 사유")
    report = NoKinReport(facility_id=ctx.facility.id, subject_id=subject.id, event=event,
                         occurred_at=clock.to_utc(occurred_at or clock.now_seoul()), police_station="",
                         police_officer="", note=text(note, 2000, "비고"))
    record_change(session, report, ctx.require_actor().login_id)
    return _row(report, subject.name)


def report_event(ctx, subject_id: str, event: str, occurred_at: datetime | None = None, note: str = "") -> NoKinRow:
    """A 무연고 event recorded on its own (death, disappearance); marks the subject 무연고."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        if not subject.no_kin:
            subject.no_kin = True
            record_change(session, subject, actor.login_id)
        return open_report(session, ctx, subject, event, occurred_at, note)


def _record_police(session: Session, report: NoKinReport, reported_at: datetime, station: str, officer: str,
                   actor_id: str) -> None:
    if clock.to_utc(reported_at) < report.occurred_at.replace(second=0, microsecond=0):  # minutes typed
        raise ValidationError("경찰 신고 일시가 사건 일시보다 빠릅니다.", "police_reported_at")
    report.police_reported_at = clock.to_utc(reported_at)
    report.police_station = text(station, 100, "신고한 경찰서", required=True)
    report.police_officer = text(officer, 100, "담당 경찰관")
    record_change(session, report, actor_id)


def record_police_report(ctx, report_id: str, reported_at: datetime, station: str, officer: str = "") -> NoKinRow:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        report = owned(session, NoKinReport, report_id, ctx.facility.id, "무연고 신고 기록")
        _record_police(session, report, reported_at, station, officer, actor.login_id)
        return _row(report, session.get(Subject, report.subject_id).name)


def record_police_reports_for(ctx, subject_id: str, reported_at: datetime, station: str, officer: str = "") -> int:
    """The card's 신고 기록 button: every report of the subject still due, told at once, in one transaction."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        due = session.scalars(select(NoKinReport).where(
            NoKinReport.subject_id == subject.id, NoKinReport.police_reported_at.is_(None),
            NoKinReport.deleted.is_(False))).all()
        for report in due:
            _record_police(session, report, reported_at, station, officer, actor.login_id)
        return len(due)


def report_due(session: Session, subject_id: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(NoKinReport).where(
        NoKinReport.subject_id == subject_id, NoKinReport.police_reported_at.is_(None),
        NoKinReport.deleted.is_(False))))


def list_reports(ctx, due_only: bool = False, subject_id: str | None = None) -> list[NoKinRow]:
    with ctx.store.session() as session:
        stmt = (select(NoKinReport, Subject.name).join(Subject, Subject.id == NoKinReport.subject_id)
                .where(NoKinReport.facility_id == ctx.facility.id, NoKinReport.deleted.is_(False)))
        if due_only:
            stmt = stmt.where(NoKinReport.police_reported_at.is_(None))
        if subject_id:
            stmt = stmt.where(NoKinReport.subject_id == subject_id)
        return [_row(r, name) for r, name in session.execute(stmt.order_by(NoKinReport.occurred_at.desc()))]


def discard_for(session: Session, subject_id: str) -> None:
    """With a never-sent card (cards.discard_subject), its never-sent reports go too."""
    for report in session.scalars(select(NoKinReport).where(NoKinReport.subject_id == subject_id)).all():
        discard_unsynced(session, report)
