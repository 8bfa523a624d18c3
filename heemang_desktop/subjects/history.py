"""Histories: 외출/외박, program sessions with attendance, and daily logs (생활/간호/상담일지).

Times come in and go out as Seoul wall time; the store keeps UTC (clock.py). A log type marked
`health` is neither shown to nor written by a role without health access; log contents are sealed
(purpose `health`), a health type's is masked in lists and `open_log` shows it, recorded in 접속기록.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from heemang_desktop.store import pii
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import clock, codes
from heemang_desktop.subjects.common import (
    can_see_health,
    health_text,
    require_health,
    seal_health_into,
    text,
    withdraw,
)
from heemang_desktop.subjects.models import DailyLog, Outing, ProgramAttendance, ProgramSession, Subject
from heemang_desktop.sync.outbox import record_change


# -- outings ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutingRow:
    id: str
    subject_id: str
    subject_name: str
    kind: str
    out_at: datetime
    planned_return_at: datetime | None
    returned_at: datetime | None
    companion: str
    destination: str
    note: str

    @property
    def is_open(self) -> bool:
        return self.returned_at is None


def _outing_row(o: Outing, name: str) -> OutingRow:
    return OutingRow(o.id, o.subject_id, name, o.kind, clock.to_seoul(o.out_at), clock.to_seoul(o.planned_return_at),
                     clock.to_seoul(o.returned_at), o.companion, o.destination, o.note)


def _live_outings():
    return select(Outing).where(Outing.deleted.is_(False), Outing.cancelled.is_(False))


def start_outing(ctx, subject_id: str, kind: str, out_at: datetime, planned_return_at: datetime | None = None,
                 companion: str = "", destination: str = "", note: str = "") -> OutingRow:
    """외출/외박 나감. Refused while the subject has another outing without a return."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        kind = codes.choice("outing_kinds", kind, "외출 구분")
        open_one = session.scalar(_live_outings().where(Outing.subject_id == subject.id, Outing.returned_at.is_(None)))
        if open_one is not None:
            raise ValidationError(
                f"{subject.name} 님은 {clock.to_seoul(open_one.out_at):%m-%d %H:%M}에 나간 {open_one.kind}에서 "
                "아직 복귀하지 않았습니다. 먼저 복귀를 기록하세요.", "out_at")
        if planned_return_at is not None and planned_return_at < out_at:
            raise ValidationError("복귀 예정 시각이 나간 시각보다 빠릅니다.", "planned_return_at")
        outing = Outing(facility_id=ctx.facility.id, subject_id=subject.id, kind=kind, out_at=clock.to_utc(out_at),
                        planned_return_at=clock.to_utc(planned_return_at) if planned_return_at else None,
                        companion=text(companion, 100, "동행인"), destination=text(destination, 200, "행선지"),
                        note=text(note, 2000, "비고"), cancelled=False)
        record_change(session, outing, actor.login_id)
        return _outing_row(outing, subject.name)


def record_return(ctx, outing_id: str, returned_at: datetime) -> OutingRow:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        outing = owned(session, Outing, outing_id, ctx.facility.id, "외출 기록")
        if outing.cancelled or outing.returned_at is not None:
            raise ValidationError("이미 복귀했거나 취소된 외출입니다.")
        if clock.to_utc(returned_at) < outing.out_at:
            raise ValidationError("복귀 시각이 나간 시각보다 빠릅니다.", "returned_at")
        outing.returned_at = clock.to_utc(returned_at)
        record_change(session, outing, actor.login_id)
        return _outing_row(outing, session.get(Subject, outing.subject_id).name)


def cancel_outing(ctx, outing_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        return withdraw(session, owned(session, Outing, outing_id, ctx.facility.id, "외출 기록"), actor.login_id)


def list_outings(ctx, open_only: bool = False, subject_id: str | None = None, offset: int = 0,
                 limit: int = 200) -> list[OutingRow]:
    with ctx.store.session() as session:
        stmt = (select(Outing, Subject.name).join(Subject, Subject.id == Outing.subject_id)
                .where(Outing.facility_id == ctx.facility.id, Outing.deleted.is_(False), Outing.cancelled.is_(False)))
        if open_only:
            stmt = stmt.where(Outing.returned_at.is_(None))
        if subject_id:
            stmt = stmt.where(Outing.subject_id == subject_id)
        stmt = stmt.order_by(Outing.out_at.desc()).offset(offset).limit(limit)
        return [_outing_row(o, name) for o, name in session.execute(stmt)]


# -- programs --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attendance:
    subject_id: str
    present: bool = True
    note: str = ""


@dataclass(frozen=True)
class ProgramRow:
    id: str
    program: str
    held_on: date
    leader: str
    content: str
    evaluation: str
    attendance: tuple[Attendance, ...]

    @property
    def present_count(self) -> int:
        return sum(a.present for a in self.attendance)


def _program_row(s: ProgramSession) -> ProgramRow:
    return ProgramRow(s.id, s.program, s.held_on, s.leader, s.content, s.evaluation,
                      tuple(Attendance(a.subject_id, a.present, a.note) for a in s.attendance))


def save_program_session(ctx, program: str, held_on: date, attendance: list[Attendance], leader: str = "",
                         content: str = "", evaluation: str = "", session_id: str | None = None) -> ProgramRow:
    """New or edited session; the attendance list replaces the previous one."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        if session_id:
            row = owned(session, ProgramSession, session_id, ctx.facility.id, "프로그램 기록")
        else:
            row = ProgramSession(facility_id=ctx.facility.id, cancelled=False)
        row.program = text(program, 100, "프로그램명", required=True)
        row.held_on, row.leader = held_on, text(leader, 100, "진행자")
        row.content, row.evaluation = text(content, 4000, "내용"), text(evaluation, 4000, "평가")
        seen: set[str] = set()
        children = []
        for i, a in enumerate(attendance):
            if a.subject_id in seen:
                raise ValidationError("같은 대상자가 참석자 명단에 두 번 있습니다.", "attendance")
            seen.add(a.subject_id)
            owned(session, Subject, a.subject_id, ctx.facility.id, "참석 대상자")
            children.append(ProgramAttendance(subject_id=a.subject_id, position=i, present=a.present,
                                              note=text(a.note, 200, "참석 비고")))
        row.attendance = children
        record_change(session, row, actor.login_id)
        return _program_row(row)


def cancel_program_session(ctx, session_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = owned(session, ProgramSession, session_id, ctx.facility.id, "프로그램 기록")
        return withdraw(session, row, actor.login_id)


def list_program_sessions(ctx, start: date, end: date) -> list[ProgramRow]:
    with ctx.store.session() as session:
        stmt = select(ProgramSession).where(
            ProgramSession.facility_id == ctx.facility.id, ProgramSession.deleted.is_(False),
            ProgramSession.cancelled.is_(False), ProgramSession.held_on.between(start, end),
        ).order_by(ProgramSession.held_on.desc(), ProgramSession.program)
        return [_program_row(s) for s in session.scalars(stmt)]


# -- daily logs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogRow:
    id: str
    subject_id: str
    log_type: str
    logged_at: datetime
    author: str
    content: str  # a health type's is masked in lists (pii.HEALTH_MASK) until opened
    masked: bool = False


def hidden_log_types(ctx) -> set[str]:
    """Log types this role must not get (the health ones, unless allowed)."""
    return set() if can_see_health(ctx) else {t for t, health in codes.log_types().items() if health}


def add_log(ctx, subject_id: str, log_type: str, logged_at: datetime, content: str, author: str = "") -> LogRow:
    actor = ctx.require_actor()
    types = codes.log_types()
    if log_type not in types:
        raise ValidationError(f"일지 종류는 다음 중 하나입니다: {', '.join(types)}", "log_type")
    if types[log_type]:
        require_health(ctx)
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        plain = text(content, 8000, "내용", required=True)
        log = DailyLog(facility_id=ctx.facility.id, subject_id=subject.id, log_type=log_type,
                       logged_at=clock.to_utc(logged_at), author=text(author or actor.name, 100, "작성자"),
                       cancelled=False)
        seal_health_into(ctx, log, "content", plain)
        record_change(session, log, actor.login_id)
        return LogRow(log.id, log.subject_id, log.log_type, logged_at, log.author, plain)


def cancel_log(ctx, log_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        log = owned(session, DailyLog, log_id, ctx.facility.id, "일지")
        if log.log_type in hidden_log_types(ctx):
            require_health(ctx)
        return withdraw(session, log, actor.login_id)


def _logs_query(ctx, subject_id: str, log_type: str | None):
    stmt = select(DailyLog).where(DailyLog.subject_id == subject_id, DailyLog.deleted.is_(False),
                                  DailyLog.cancelled.is_(False), DailyLog.facility_id == ctx.facility.id)
    hidden = hidden_log_types(ctx)
    if hidden:
        stmt = stmt.where(DailyLog.log_type.not_in(hidden))
    if log_type:
        stmt = stmt.where(DailyLog.log_type == log_type)
    return stmt


def log_content(ctx, g: DailyLog) -> tuple[str, bool]:
    """(what a list shows, masked?): a health type's content stays masked until opened (open_log)."""
    if codes.log_types().get(g.log_type):
        return g.content_masked or pii.HEALTH_MASK, True
    return health_text(ctx, g.content_enc), False


def list_logs(ctx, subject_id: str, log_type: str | None = None, offset: int = 0, limit: int = 200) -> list[LogRow]:
    with ctx.store.session() as session:
        stmt = _logs_query(ctx, subject_id, log_type).order_by(DailyLog.logged_at.desc()).offset(offset).limit(limit)
        return [LogRow(g.id, g.subject_id, g.log_type, clock.to_seoul(g.logged_at), g.author, *log_content(ctx, g))
                for g in session.scalars(stmt)]


def open_log(ctx, log_id: str) -> LogRow:
    """One log in full; opening a health type (간호일지) is recorded in 개인정보 접속기록."""
    from heemang_desktop.audit import service as audit

    with ctx.transaction() as session:
        g = owned(session, DailyLog, log_id, ctx.facility.id, "일지")
        if codes.log_types().get(g.log_type):
            require_health(ctx)
            audit.record_access(session, ctx, audit.OPEN_HEALTH_NOTE, "daily_log", g.id, detail=g.log_type)
        return LogRow(g.id, g.subject_id, g.log_type, clock.to_seoul(g.logged_at), g.author,
                      health_text(ctx, g.content_enc))

