"""One subject's timeline: episodes, outings, program attendance, logs, 무연고 reports and receipts.

Each source is read through its (subject_id, time) index and the newest `limit` of each are
merged, so the cost follows one subject's records, not the facility's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import clock, codes
from heemang_desktop.subjects.history import hidden_log_types, log_content
from heemang_desktop.subjects.models import (
    DailyLog,
    Episode,
    FeeReceipt,
    NoKinReport,
    Outing,
    ProgramAttendance,
    ProgramSession,
    Subject,
)


@dataclass(frozen=True)
class TimelineItem:
    at: datetime  # Seoul time (midnight for day-only records)
    kind: str  # 입소/퇴소, 외출, 프로그램, the log type, 수납, 무연고
    title: str
    detail: str
    entity: str
    id: str


def _day(d: date) -> datetime:
    return datetime.combine(d, time())


def timeline(ctx, subject_id: str, limit: int = 300) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    with ctx.store.session() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        sid = subject.id
        services = codes.services()
        for e in session.scalars(select(Episode).where(
                Episode.subject_id == sid, Episode.deleted.is_(False), Episode.cancelled.is_(False))):
            svc = services.get(e.service)
            items.append(TimelineItem(_day(e.started_on), svc.start if svc else e.service,
                                      f"{svc.label if svc else e.service} {svc.start if svc else ''}", e.note,
                                      "episode", e.id))
            if e.ended_on:
                items.append(TimelineItem(_day(e.ended_on), svc.end if svc else e.service,
                                          f"{svc.label if svc else e.service} {svc.end if svc else ''}", e.end_reason,
                                          "episode", e.id))
        for o in session.scalars(select(Outing).where(
                Outing.subject_id == sid, Outing.deleted.is_(False), Outing.cancelled.is_(False))
                .order_by(Outing.out_at.desc()).limit(limit)):
            back = f"복귀 {clock.to_seoul(o.returned_at):%m-%d %H:%M}" if o.returned_at else "복귀 전"
            items.append(TimelineItem(clock.to_seoul(o.out_at), o.kind,
                                      f"{o.kind} — {o.destination or '행선지 미기재'}",
                                      f"{back}; 동행 {o.companion or '없음'}", "outing", o.id))
        for s, present in session.execute(
                select(ProgramSession, ProgramAttendance.present)
                .join(ProgramAttendance, ProgramAttendance.session_id == ProgramSession.id)
                .where(ProgramAttendance.subject_id == sid, ProgramSession.deleted.is_(False),
                       ProgramSession.cancelled.is_(False))
                .order_by(ProgramSession.held_on.desc()).limit(limit)):
            items.append(TimelineItem(_day(s.held_on), "프로그램", s.program, "참석" if present else "불참",
                                      "program_session", s.id))
        logs = select(DailyLog).where(DailyLog.subject_id == sid, DailyLog.deleted.is_(False),
                                      DailyLog.cancelled.is_(False))
        hidden = hidden_log_types(ctx)
        if hidden:
            logs = logs.where(DailyLog.log_type.not_in(hidden))
        for g in session.scalars(logs.order_by(DailyLog.logged_at.desc()).limit(limit)):
            items.append(TimelineItem(clock.to_seoul(g.logged_at), g.log_type, g.author, log_content(ctx, g)[0],
                                      "daily_log", g.id))
        for r in session.scalars(select(FeeReceipt).where(
                FeeReceipt.subject_id == sid, FeeReceipt.deleted.is_(False), FeeReceipt.cancelled.is_(False))
                .order_by(FeeReceipt.received_on.desc()).limit(limit)):
            items.append(TimelineItem(_day(r.received_on), "수납", f"{r.amount:,}원 ({r.method})",
                                      f"영수번호 {r.receipt_no}" + (" · 선납" if r.prepayment else ""),
                                      "fee_receipt", r.id))
        for n in session.scalars(select(NoKinReport).where(NoKinReport.subject_id == sid,
                                                           NoKinReport.deleted.is_(False))):
            told = (f"경찰 신고 {clock.to_seoul(n.police_reported_at):%m-%d %H:%M} {n.police_station}"
                    if n.police_reported_at else "경찰 신고 필요")
            items.append(TimelineItem(clock.to_seoul(n.occurred_at), "무연고", n.event, told, "no_kin_report", n.id))
    items.sort(key=lambda i: (i.at, i.entity, i.id), reverse=True)
    return items[:limit]
