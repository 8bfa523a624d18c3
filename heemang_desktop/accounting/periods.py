"""Closed months (마감): once a month is closed its resolutions can no longer change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from heemang_desktop.accounting.models import MonthClose
from heemang_desktop.accounting.year_close_lock import require_year_open
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import DELETE, record_change


def _row(session, facility_id: str, year: int, month: int) -> MonthClose | None:
    return session.scalar(select(MonthClose).where(
        MonthClose.facility_id == facility_id, MonthClose.year == year, MonthClose.month == month))


def is_closed(session, facility_id: str, day: date) -> bool:
    """Read once per session: an import checks thousands of dates in one transaction."""
    cache = session.info.setdefault("acc_closed", {})
    if facility_id not in cache:
        cache[facility_id] = {(y, m) for y, m in session.execute(select(MonthClose.year, MonthClose.month).where(
            MonthClose.facility_id == facility_id, MonthClose.deleted.is_(False)))}
    return (day.year, day.month) in cache[facility_id]


def require_open(session, facility_id: str, day: date, field: str = "resolution_date") -> None:
    require_year_open(session, facility_id, day.year, field)
    if is_closed(session, facility_id, day):
        raise ValidationError(f"{day.year}년 {day.month}월은 마감되어 결의서를 쓰거나 고칠 수 없습니다.", field)


def close_month(ctx, year: int, month: int) -> None:
    actor = ctx.require_actor()
    if not 1 <= month <= 12:
        raise ValidationError(f"없는 달입니다: {month}", "month")
    with ctx.transaction() as session:
        require_year_open(session, ctx.facility.id, year)
        row = _row(session, ctx.facility.id, year, month)
        if row is not None and not row.deleted:
            return
        if row is None:
            row = MonthClose(facility_id=ctx.facility.id, year=year, month=month)
        row.deleted = False
        record_change(session, row, actor.login_id)


def reopen_month(ctx, year: int, month: int) -> None:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        require_year_open(session, ctx.facility.id, year)
        row = _row(session, ctx.facility.id, year, month)
        if row is not None and not row.deleted:
            record_change(session, row, actor.login_id, op=DELETE)


def closed_months(ctx, year: int) -> list[int]:
    with ctx.transaction() as session:
        return sorted(r.month for r in session.scalars(select(MonthClose).where(
            MonthClose.facility_id == ctx.facility.id, MonthClose.year == year, MonthClose.deleted.is_(False))))
