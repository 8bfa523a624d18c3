"""Service episodes: 입소/퇴소 and 이용 시작/종료, and the roster for a date.

Rules: at most one open episode per subject and service; an episode never ends before it starts
nor starts inside an earlier one. Each admission and discharge queues a 입퇴소보고 draft in the
same transaction (reporting's door, `queue_draft`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from heemang_desktop.reporting import service as drafts
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import clock, codes, nokin
from heemang_desktop.subjects.common import text, withdraw
from heemang_desktop.subjects.models import Episode, Subject
from heemang_desktop.sync.outbox import record_change

ADMITTED = "입소"
DISCHARGED = "퇴소"
DEATH_OR_MISSING = {"사망": nokin.DEATH, "실종": nokin.MISSING}


@dataclass(frozen=True)
class EpisodeRow:
    id: str
    subject_id: str
    subject_name: str
    service: str
    service_label: str
    started_on: date
    ended_on: date | None
    end_reason: str
    note: str
    cancelled: bool
    police_notice: str = ""  # set when this discharge opened a 무연고 police report


@dataclass(frozen=True)
class RosterRow:
    id: str  # the subject's id
    name: str
    resident_number_masked: str
    admitted_on: date
    service: str
    service_label: str
    no_kin: bool
    subject_no: str
    episode_id: str


def _row(e: Episode, name: str, police_notice: str = "") -> EpisodeRow:
    return EpisodeRow(e.id, e.subject_id, name, e.service, codes.service(e.service).label, e.started_on,
                      e.ended_on, e.end_reason, e.note, e.cancelled, police_notice)


def _live(stmt):
    return stmt.where(Episode.deleted.is_(False), Episode.cancelled.is_(False))


def _draft(session: Session, ctx, subject: Subject, episode: Episode, event: str, on: date) -> None:
    svc = codes.service(episode.service)
    word = svc.start if event == ADMITTED else svc.end
    drafts.queue_draft(
        session, ctx.facility.id, ctx.require_actor().login_id, drafts.ADMISSION_DISCHARGE, on,
        f"{word} — {subject.name} ({on.isoformat()})",
        {"event": event, "word": word, "subject_id": subject.id, "name": subject.name,
         "resident_number_masked": subject.resident_number_masked or "", "birth_date": subject.birth_date,
         "sex": subject.sex, "support_category": subject.support_category, "ltc_grade": subject.ltc_grade,
         "service": svc.id, "service_label": svc.label, "started_on": episode.started_on,
         "ended_on": episode.ended_on, "reason": episode.end_reason},
        source_entity="episode", source_id=episode.id,
    )


def add_episode(session: Session, ctx, subject: Subject, service: str, started_on: date, note: str = "",
                queue_report: bool = True) -> Episode:
    """Open an episode in the caller's transaction (the Excel import uses it without a report)."""
    svc = codes.service(service)
    earlier = session.scalars(_live(select(Episode).where(
        Episode.subject_id == subject.id, Episode.service == svc.id))).all()
    for other in earlier:
        if other.ended_on is None:
            raise ValidationError(
                f"{subject.name} 님은 이미 {other.started_on:%Y-%m-%d}부터 {svc.label} 중입니다. "
                f"먼저 {svc.end} 처리하세요.", "service")
        if other.started_on <= started_on <= other.ended_on:
            raise ValidationError(
                f"{started_on:%Y-%m-%d}은(는) 이전 {svc.label} 기간({other.started_on:%Y-%m-%d}~"
                f"{other.ended_on:%Y-%m-%d}) 안입니다.", "started_on")
    episode = Episode(facility_id=ctx.facility.id, subject_id=subject.id, service=svc.id, started_on=started_on,
                      end_reason="", note=text(note, 2000, "비고"), cancelled=False)
    record_change(session, episode, ctx.require_actor().login_id)
    if queue_report:
        _draft(session, ctx, subject, episode, ADMITTED, started_on)
    return episode


def admit(ctx, subject_id: str, service: str, started_on: date, note: str = "") -> EpisodeRow:
    """입소 / 이용 시작."""
    ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "대상자")
        return _row(add_episode(session, ctx, subject, service, started_on, note), subject.name)


def discharge(ctx, episode_id: str, ended_on: date, reason: str, note: str = "") -> EpisodeRow:
    """퇴소 / 이용 종료. A 무연고 subject's death or disappearance also opens the police report."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        episode = owned(session, Episode, episode_id, ctx.facility.id, "입소 기록")
        subject = session.get(Subject, episode.subject_id)
        svc = codes.service(episode.service)
        if episode.cancelled or episode.ended_on is not None:
            raise ValidationError(f"이미 {svc.end} 처리되었거나 취소된 기록입니다.")
        if ended_on < episode.started_on:
            raise ValidationError(
                f"{svc.end}일({ended_on:%Y-%m-%d})이 {svc.start}일({episode.started_on:%Y-%m-%d})보다 빠릅니다.",
                "ended_on")
        episode.ended_on = ended_on
        episode.end_reason = codes.choice("end_reasons", reason, f"{svc.end} 사유")
        if note:
            episode.note = text(note, 2000, "비고")
        record_change(session, episode, actor.login_id)
        _draft(session, ctx, subject, episode, DISCHARGED, ended_on)
        notice = ""
        if subject.no_kin and episode.end_reason in DEATH_OR_MISSING:
            now = clock.now_seoul()
            when = now if ended_on == now.date() else datetime.combine(ended_on, time())
            notice = nokin.open_report(session, ctx, subject, DEATH_OR_MISSING[episode.end_reason], when).notice
        return _row(episode, subject.name, notice)


def undo_discharge(ctx, episode_id: str) -> EpisodeRow:
    """A discharge entered by mistake: the episode is open again and its unfiled report withdrawn."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        episode = owned(session, Episode, episode_id, ctx.facility.id, "입소 기록")
        if episode.ended_on is None or episode.cancelled:
            raise ValidationError("종료되지 않은 기록입니다.")
        other = session.scalar(_live(select(Episode).where(
            Episode.subject_id == episode.subject_id, Episode.service == episode.service,
            Episode.id != episode.id, Episode.started_on >= episode.started_on)))
        if other is not None:
            raise ValidationError(f"이후의 {codes.service(episode.service).label} 기록이 있어 되돌릴 수 없습니다.")
        drafts.cancel_drafts_for(session, episode.id, actor.login_id, "퇴소 취소", match={"event": DISCHARGED})
        episode.ended_on, episode.end_reason = None, ""
        record_change(session, episode, actor.login_id)
        return _row(episode, session.get(Subject, episode.subject_id).name)


def cancel_episode(ctx, episode_id: str) -> str:
    """An admission entered by mistake: deleted if never sent, else cancelled; drafts follow."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        episode = owned(session, Episode, episode_id, ctx.facility.id, "입소 기록")
        drafts.cancel_drafts_for(session, episode.id, actor.login_id, "입소 기록 취소")
        return withdraw(session, episode, actor.login_id)


def list_episodes(ctx, subject_id: str | None = None, open_only: bool = False, limit: int = 500) -> list[EpisodeRow]:
    with ctx.store.session() as session:
        stmt = _live(select(Episode, Subject.name).join(Subject, Subject.id == Episode.subject_id)
                     .where(Episode.facility_id == ctx.facility.id))
        if subject_id:
            stmt = stmt.where(Episode.subject_id == subject_id)
        if open_only:
            stmt = stmt.where(Episode.ended_on.is_(None))
        stmt = stmt.order_by(Episode.started_on.desc(), Subject.name).limit(limit)
        return [_row(e, name) for e, name in session.execute(stmt)]


def roster(ctx, on: date, service: str | None = None) -> list[RosterRow]:
    """Who is served on `on`: episodes started by then and not ended before it (both days count)."""
    with ctx.store.session() as session:
        stmt = _live(
            select(Episode.id, Episode.started_on, Episode.service, Subject.id, Subject.name,
                   Subject.resident_number_masked, Subject.no_kin, Subject.subject_no)
            .join(Subject, Subject.id == Episode.subject_id)
            .where(Episode.facility_id == ctx.facility.id, Episode.started_on <= on,
                   or_(Episode.ended_on.is_(None), Episode.ended_on >= on))
        )
        if service:
            stmt = stmt.where(Episode.service == codes.service(service).id)
        labels = {s.id: s.label for s in codes.services().values()}
        rows = [
            RosterRow(sid, name, masked or "", started, svc, labels.get(svc, svc), no_kin, no, eid)
            for eid, started, svc, sid, name, masked, no_kin, no in session.execute(stmt)
        ]
    return sorted(rows, key=lambda r: (r.service, r.name, r.id))
