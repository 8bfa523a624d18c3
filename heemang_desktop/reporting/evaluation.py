"""평가 이의신청: the objection deadline after a 시설평가 on-site visit, and its route.

The score may be objected to within 7 days of the on-site visit (domain.md §7; the days are data:
resources/calendar/evaluation.json). When that window touches an outage of the system objections go
through, the notice says to object by official letter (공문) instead: visits on 8.25–9.6 of 2022,
whose windows touch the 시설정보시스템's 9.1–9.6. The route is worked out when asked, from the
calendar as it stands (a window a 관리자 adds later changes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from heemang_desktop.calendar import service as calendar
from heemang_desktop.reporting.models import Evaluation
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced
from heemang_desktop.work_items import SOON, URGENT, WorkItem

ONLINE, LETTER = "online", "공문"
ROUTE_LABELS = {ONLINE: "온라인", LETTER: "공문"}  # what text output shows; the codes stay in --json
SCOPE = "evaluation"  # calendar windows the notice gives for evaluation objections alone


@dataclass(frozen=True)
class Route:
    visit: date
    deadline: date  # the last day to object
    route: str  # ONLINE or LETTER
    reason: str
    outage: calendar.Window | None = None


@dataclass(frozen=True)
class EvaluationRow:
    id: str
    cycle: str
    visit: date
    items: str
    route: Route


def _days() -> int:
    return int(load_json("calendar/evaluation.json")["objection_days"])


def route_for(visit: date, windows: list[calendar.Window]) -> Route:
    """The deadline (visit + 7 days) and the route, given the calendar's windows."""
    last = visit + timedelta(days=_days())
    span = f"{visit.month}.{visit.day}~{last.month}.{last.day}"
    hits = calendar.overlapping(windows, calendar.OUTAGE, visit, last, SCOPE)
    if not hits:
        return Route(visit, last, ONLINE, f"이의신청 기간({span})에 시스템 중단이 없어 시스템으로 "
                                          f"{last:%Y-%m-%d}까지 이의신청합니다.")
    outage = max(hits, key=lambda w: (w.scope == SCOPE, w.end or date.max))  # the notice's own dates first
    reason = (f"이의신청 기간({span})이 {outage.title}({outage.label}) 기간과 겹쳐 시스템으로 이의신청할 수 없으므로 "
              f"{last:%Y-%m-%d}까지 공문으로 이의신청합니다." + (f" 근거: {outage.source}" if outage.source else ""))
    return Route(visit, last, LETTER, reason, outage)


def objection_route(ctx, visit: date) -> Route:
    return route_for(visit, calendar.calendar_of(ctx))


def _checked(visit: date, cycle: str, items: str) -> tuple[str, str]:
    cycle = (cycle or f"{visit.year}년 시설평가").strip()
    items = (items or "").strip()
    if len(cycle) > 40:
        raise ValidationError("평가 회차는 40자까지입니다 (예: 2022년 시설평가).", "cycle")
    if len(items) > 4000:
        raise ValidationError("이의신청 항목은 4,000자까지입니다.", "items")
    return cycle, items


def _refuse_twice(session, facility_id: str, cycle: str, visit: date, keep: str | None = None) -> None:
    """One visit per cycle and day: a second would put the same objection in 나의업무 twice."""
    q = select(Evaluation).where(Evaluation.facility_id == facility_id, Evaluation.deleted.is_(False),
                                 Evaluation.cycle == cycle, Evaluation.visit_on == visit)
    if keep:
        q = q.where(Evaluation.id != keep)
    if session.scalars(q).first() is not None:
        raise ValidationError(f"{cycle} 현장평가 {visit:%Y-%m-%d}은(는) 이미 기록되어 있습니다. "
                              "이의신청 항목을 고치려면 그 기록을 수정하세요.", "visit")


def add_evaluation(ctx, visit: date, cycle: str = "", items: str = "") -> EvaluationRow:
    """Record an on-site visit (the cycle defaults to the visit's year); returns it with its route.
    The same cycle and day twice is refused."""
    actor = ctx.require_actor()
    cycle, items = _checked(visit, cycle, items)
    with ctx.transaction() as session:
        _refuse_twice(session, ctx.facility.id, cycle, visit)
        row = Evaluation(facility_id=ctx.facility.id, cycle=cycle, visit_on=visit, items=items)
        session.add(row)
        record_change(session, row, actor.login_id)
        windows = calendar.calendar_in(session, ctx.facility.id)
        return EvaluationRow(row.id, cycle, visit, items, route_for(visit, windows))


def update_evaluation(ctx, evaluation_id: str, visit: date, cycle: str = "", items: str = "") -> EvaluationRow:
    """Correct a recorded visit: its date, cycle, or the items objected to (the letter's list)."""
    actor = ctx.require_actor()
    cycle, items = _checked(visit, cycle, items)
    with ctx.transaction() as session:
        row = owned(session, Evaluation, evaluation_id, ctx.facility.id, "현장평가 기록")
        _refuse_twice(session, ctx.facility.id, cycle, visit, keep=row.id)
        row.visit_on, row.cycle, row.items = visit, cycle, items
        record_change(session, row, actor.login_id)
        windows = calendar.calendar_in(session, ctx.facility.id)
        return EvaluationRow(row.id, cycle, visit, items, route_for(visit, windows))


def remove_evaluation(ctx, evaluation_id: str) -> None:
    """Take back a visit recorded by mistake (one never sent goes; a sent one becomes a tombstone)."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = owned(session, Evaluation, evaluation_id, ctx.facility.id, "현장평가 기록")
        if was_ever_synced(session, row):
            record_change(session, row, actor.login_id, op=DELETE)
        else:
            discard_unsynced(session, row)


def get_evaluation(ctx, evaluation_id: str) -> EvaluationRow:
    with ctx.store.session() as session:
        r = owned(session, Evaluation, evaluation_id, ctx.facility.id, "현장평가 기록")
        return EvaluationRow(r.id, r.cycle, r.visit_on, r.items, route_for(r.visit_on, calendar.calendar_in(
            session, ctx.facility.id)))


def list_evaluations(ctx) -> list[EvaluationRow]:
    """The facility's visits, newest first, each with its route as the calendar now says."""
    with ctx.store.session() as session:
        windows = calendar.calendar_in(session, ctx.facility.id)
        rows = session.scalars(select(Evaluation).where(Evaluation.facility_id == ctx.facility.id,
                                                        Evaluation.deleted.is_(False))
                               .order_by(Evaluation.visit_on.desc()))
        return [EvaluationRow(r.id, r.cycle, r.visit_on, r.items, route_for(r.visit_on, windows)) for r in rows]


def objection_items(ctx, on: date) -> list[WorkItem]:
    """나의업무: the visits whose objection window is open on `on`, with the route to take."""
    out = []
    for e in list_evaluations(ctx):
        r = e.route
        if e.visit <= on <= r.deadline:
            how = "공문으로" if r.route == LETTER else "시스템으로"
            out.append(WorkItem("evaluation_objection",
                                f"{e.cycle} 이의신청: {r.deadline.month}.{r.deadline.day}까지 {how}",
                                "evaluation.objections", r.deadline,
                                URGENT if (r.deadline - on).days <= 2 else SOON, r.reason, e.id))
    return out
