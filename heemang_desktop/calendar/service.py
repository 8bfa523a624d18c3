"""The outage calendar's door: the one service donations (debit dates), reporting (deadlines,
evaluation objections), the sync engine (a maintenance answer) and the GUI ask.

- `calendar_of(ctx)`: every window as this facility sees it (shipped, with its own entries applied).
- `covering(ctx, kind, day)`: the windows of that kind covering a day.
- `next_business_day` / `previous_business_day`: the nearest open day after / before a day
  (weekends, public holidays, the facility's added holidays from hr's door, and the windows of a kind).
- `deadline_for(ctx, due)`: a deadline inside an outage moved to the last open day before it, with the reason;
  `deadlines_between(ctx, first, last)`: the calendar's deadlines due in a span, each so moved.
- `add_window`, `cancel_shipped`, `remove_entry`: a 관리자's entries (synced, per facility).
- `record_maintenance(session, ...)`: the central service said "maintenance until T": a window opens.
The pure rules (no store) are in windows.py and re-exported here for blackout.py and tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.calendar.models import CalendarEntry
from heemang_desktop.calendar.windows import (
    ADDABLE,
    CMS_BLACKOUT,
    DEADLINE,
    KIND_LABELS,
    KINDS,
    OPENING,
    OUTAGE,
    CalendarUnknown,
    Closed,
    Deadline,
    Window,
    bank_holidays,
    deadline,
    merge,
    next_open,
    of_kind,
    overlapping,
    previous_open,
    public_holidays,
    shipped,
    why_closed,
)
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import DELETE, discard_unsynced, record_change, was_ever_synced

__all__ = [
    "ADDABLE", "CMS_BLACKOUT", "DEADLINE", "KINDS", "KIND_LABELS", "MAINTENANCE_SOURCE", "OPENING", "OUTAGE",
    "CalendarUnknown", "Closed", "Deadline", "Window", "add_window", "bank_holidays", "calendar_in", "calendar_of",
    "cancel_shipped", "covering", "deadline", "deadline_for", "deadlines_between", "list_windows", "merge",
    "next_business_day", "next_open", "of_kind", "overlapping", "previous_business_day", "previous_open",
    "public_holidays", "record_maintenance", "remove_entry", "shipped", "why_closed",
]

SEOUL = timezone(timedelta(hours=9))
MAINTENANCE_SOURCE = "중앙 서비스 응답: 점검(maintenance) 중"
MAINTENANCE_TITLE = "중앙 서비스 점검 (자동 기록)"
ADMIN = "admin"


def _window(row: CalendarEntry) -> Window:
    return Window(row.start_on, row.end_on, row.title, row.kind, row.source, row.id, shipped=False)


def calendar_in(session: Session, facility_id: str) -> list[Window]:
    """The calendar in the caller's transaction: shipped entries with the facility's own applied."""
    rows = session.scalars(select(CalendarEntry).where(CalendarEntry.facility_id == facility_id,
                                                       CalendarEntry.deleted.is_(False))
                           .order_by(CalendarEntry.created_at))
    return _one_per_outage(merge(shipped(), ((_window(r), r.replaces, r.cancel) for r in rows)))


def _one_per_outage(windows: list[Window]) -> list[Window]:
    """The maintenance windows each PC recorded of one outage, shown as one (their span)."""
    auto = sorted((w for w in windows if w.source == MAINTENANCE_SOURCE and not w.shipped), key=lambda w: w.start)
    if len(auto) < 2:
        return windows
    joined: list[Window] = []
    for w in auto:
        last = joined[-1] if joined else None
        if last is not None and last.end is not None and w.start <= last.end + timedelta(days=1):
            joined[-1] = replace(last, end=max(last.end, w.end or last.end))
        else:
            joined.append(w)
    rest = [w for w in windows if not (w.source == MAINTENANCE_SOURCE and not w.shipped)]
    return sorted([*rest, *joined], key=lambda w: (w.start, w.kind, w.title))


def calendar_of(ctx) -> list[Window]:
    with ctx.store.session() as session:
        return calendar_in(session, ctx.facility.id)


def list_windows(ctx, first: date | None = None, last: date | None = None, kind: str | None = None) -> list[Window]:
    """The windows touching first..last (either open), in date order."""
    lo, hi = first or date.min, last or date.max
    return [w for w in calendar_of(ctx) if (kind is None or w.kind == kind) and w.overlaps(lo, hi)]


def covering(ctx, kind: str, day: date, scope: str | None = None) -> list[Window]:
    """The windows of `kind` covering `day`."""
    return of_kind(calendar_of(ctx), kind, day, scope)


def closed_days(ctx, around: date, bank: bool = False) -> Closed:
    """Weekend/holiday rules with the facility's added holidays (hr's door) of the years near `around`."""
    from heemang_desktop.hr import service as hr

    added = {h.day: h.name for y in (around.year - 1, around.year, around.year + 1)
             for h in hr.list_holidays(ctx, y) if h.added}
    return Closed(added, bank)


def next_business_day(ctx, day: date, kind: str = OUTAGE, bank: bool = False) -> date:
    """The first day on or after `day` that is a business day outside every window of `kind`."""
    return next_open(day, calendar_of(ctx), kind, closed_days(ctx, day, bank))


def previous_business_day(ctx, day: date, kind: str = OUTAGE, bank: bool = False) -> date:
    return previous_open(day, calendar_of(ctx), kind, closed_days(ctx, day, bank))


def deadline_for(ctx, due: date, scope: str = "") -> Deadline:
    """`due`, or the last open day before the outage it falls in, with the reason."""
    return deadline(due, calendar_of(ctx), closed_days(ctx, due), scope)


def deadlines_between(ctx, first: date, last: date) -> list[tuple[Window, Deadline]]:
    """The calendar's deadlines due first..last, each with when to file (moved before an outage it
    falls in, with the reason), soonest first; open-ended ones ("after opening") are not due."""
    windows = calendar_of(ctx)
    closed = closed_days(ctx, first)
    due = [w for w in windows if w.kind == DEADLINE and w.end is not None and first <= w.end <= last]
    return sorted(((w, deadline(w.end, windows, closed)) for w in due if w.end is not None),
                  key=lambda pair: (pair[1].on, pair[0].title))


# -- a 관리자's entries ----------------------------------------------------------------------------

def _admin(ctx):
    actor = ctx.require_actor()
    if actor.role != ADMIN:
        raise PermissionDenied("일정(중단 기간·기한) 추가와 취소는 관리자만 할 수 있습니다.")
    return actor


def _shipped_ref(ref: str) -> Window:
    found = next((w for w in shipped() if w.ref == ref), None)
    if found is None:
        raise ValidationError(f"제공된 일정에 '{ref}'이(가) 없습니다.", "replaces")
    return found


def add_window(ctx, kind: str, start: date, end: date | None, title: str, source: str = "",
               replaces: str = "") -> Window:
    """Add a window for this facility, or (with `replaces`, a shipped entry's id) one that stands
    in for that entry: the shipped data itself is never edited."""
    actor = _admin(ctx)
    title, source = (title or "").strip(), (source or "").strip()
    if kind not in ADDABLE:
        raise ValidationError(f"종류는 {', '.join(ADDABLE)} 중 하나입니다: '{kind}'", "kind")
    if not title:
        raise ValidationError("제목을 입력하세요 (예: 희망이음 정기 점검).", "title")
    if len(title) > 200 or len(source) > 300:
        raise ValidationError("제목은 200자, 근거는 300자까지입니다.", "title")
    if end is not None and end < start:
        raise ValidationError(f"끝나는 날({end:%Y-%m-%d})이 시작하는 날({start:%Y-%m-%d})보다 앞섭니다.", "end")
    if end is None and kind != DEADLINE:
        raise ValidationError("중단 기간은 끝나는 날이 있어야 합니다.", "end")
    if replaces and _shipped_ref(replaces).kind != kind:
        raise ValidationError(f"'{replaces}'은(는) {KIND_LABELS[_shipped_ref(replaces).kind]} 일정입니다.", "kind")
    with ctx.transaction() as session:
        row = CalendarEntry(facility_id=ctx.facility.id, kind=kind, start_on=start, end_on=end, title=title,
                            source=source or f"관리자 {actor.name} 입력", replaces=replaces, cancel=False)
        session.add(row)
        record_change(session, row, actor.login_id)
        return _window(row)


def cancel_shipped(ctx, ref: str, reason: str) -> None:
    """Void a shipped entry for this facility (e.g. a notice withdrawn), keeping the reason."""
    actor = _admin(ctx)
    old = _shipped_ref(ref)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("취소하는 까닭을 입력하세요.", "reason")
    with ctx.transaction() as session:
        row = CalendarEntry(facility_id=ctx.facility.id, kind=old.kind, start_on=old.start, end_on=old.end,
                            title=old.title, source=reason[:300], replaces=ref, cancel=True)
        session.add(row)
        record_change(session, row, actor.login_id)


def remove_entry(ctx, entry_id: str) -> None:
    """Take back one of the facility's entries (a shipped one it replaced or cancelled comes back)."""
    actor = _admin(ctx)
    with ctx.transaction() as session:
        row = owned(session, CalendarEntry, entry_id, ctx.facility.id)
        if was_ever_synced(session, row):
            record_change(session, row, actor.login_id, op=DELETE)
        else:
            discard_unsynced(session, row)


# -- the central service's maintenance answer ------------------------------------------------------

def _seoul_day(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the wire's timestamps are UTC unless they say otherwise
    return moment.astimezone(SEOUL).date()


def record_maintenance(session: Session, facility_id: str, actor_id: str, until: str | None,
                       now: datetime | None = None) -> Window | None:
    """The central service answered "maintenance until `until`": an outage window from today to that
    day opens (or the open one stretches), so deadlines and the status bar know of it. No `until`, or
    one that cannot be read: nothing is recorded (an unknown end is no window)."""
    try:
        end = _seoul_day(datetime.fromisoformat(until)) if until else None
    except ValueError:
        return None
    today = _seoul_day(now or datetime.now(UTC))
    if end is None or end < today:
        return None
    row = session.scalar(select(CalendarEntry).where(
        CalendarEntry.facility_id == facility_id, CalendarEntry.deleted.is_(False), CalendarEntry.kind == OUTAGE,
        CalendarEntry.source == MAINTENANCE_SOURCE, CalendarEntry.end_on >= today - timedelta(days=1))
        .order_by(CalendarEntry.start_on.desc()))
    if row is not None and row.end_on is not None and row.end_on >= end:
        return _window(row)
    if row is None:
        # each PC records its own (a shared id made the second PC's push a conflict for the user to
        # settle); calendar_in shows the PCs' overlapping records of one outage as one window
        row = CalendarEntry(facility_id=facility_id, kind=OUTAGE, start_on=today, title=MAINTENANCE_TITLE,
                            source=MAINTENANCE_SOURCE, replaces="", cancel=False)
        session.add(row)
    row.end_on = end
    record_change(session, row, actor_id)
    return _window(row)
