"""The resolution list: search by business name, total, 적요, dates, account, vendor, state; keyset pages.

Business name and total are read from the row's own `business_key`/`total` columns through the
covering index `ix_acc_resolution_list` (newest first), so a page stops after `limit` matches and
never sorts the whole table. Pages continue from the last row's sort key (keyset), not an OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, func, literal, literal_column, select, tuple_

from heemang_desktop.accounting.lines import normalize_key
from heemang_desktop.accounting.models import Resolution, ResolutionLine
from heemang_desktop.accounting.resolutions import STATE_LABELS
from heemang_desktop.sync.queue import record_states_in

R = Resolution
# Unary + keeps SQLite from using the date index (its documented way to steer the planner).
_DATE_NO_INDEX = literal_column("+acc_resolution.resolution_date", Date)
NARROW = 3000  # amount ranges matching fewer rows are read through ix_acc_resolution_total
SORTS = {
    "date": (R.resolution_date, R.seq, R.kind),
    "number": (R.number,),
    "total": (R.total, R.resolution_date, R.seq, R.kind),
    "business": (R.business_name, R.resolution_date, R.seq, R.kind),
}


@dataclass(frozen=True)
class ResolutionQuery:
    year: int | None = None
    business: str = ""
    total: int | None = None
    min_total: int | None = None
    max_total: int | None = None
    summary: str = ""
    date_from: date | None = None
    date_to: date | None = None
    account_code: str = ""
    vendor: str = ""
    state: str = ""  # "" = any, "active", "cancelled"
    kind: str = ""
    sort: str = "date"
    descending: bool = True
    limit: int = 50
    after: tuple | None = None  # the previous page's `next_after`


@dataclass(frozen=True)
class ResolutionRow:
    id: str
    number: str
    resolution_date: date
    kind: str
    business_name: str
    total: int
    summary: str
    vendor: str
    state: str
    sync_state: str
    lines: tuple[tuple[str, int], ...]  # (account_code, amount)
    sync_reason: str = ""  # why the central service refused it, or the conflict, when it did

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class ResolutionPage:
    rows: list[ResolutionRow] = field(default_factory=list)
    next_after: tuple | None = None  # None: no more rows


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(facility_id: str, q: ResolutionQuery, day=R.resolution_date) -> list:
    where = [R.facility_id == facility_id, R.deleted.is_(False)]
    start, end = q.date_from, q.date_to
    if q.year:
        # A date range rather than fiscal_year: the list index starts with the date.
        start = max(start or date(q.year, 1, 1), date(q.year, 1, 1))
        end = min(end or date(q.year, 12, 31), date(q.year, 12, 31))
    if start:
        where.append(day >= start)
    if end:
        where.append(day <= end)
    if q.total is not None:
        where.append(R.total == q.total)
    if q.min_total is not None:
        where.append(R.total >= q.min_total)
    if q.max_total is not None:
        where.append(R.total <= q.max_total)
    key = normalize_key(q.business)
    if key:
        where.append(R.business_key.like(f"%{_escape_like(key)}%", escape="\\"))
    if q.summary.strip():
        where.append(R.summary.like(f"%{_escape_like(q.summary.strip())}%", escape="\\"))
    if q.vendor.strip():
        where.append(R.vendor.like(f"%{_escape_like(q.vendor.strip())}%", escape="\\"))
    if q.state:
        where.append(R.state == q.state)
    if q.kind:
        where.append(R.kind == q.kind)
    if q.account_code.strip():
        where.append(R.id.in_(select(ResolutionLine.resolution_id).where(
            ResolutionLine.account_code == q.account_code.strip())))
    return where


def _narrow_amounts(session, facility_id: str, q: ResolutionQuery) -> bool:
    """True when the amount filter alone leaves few rows (a bounded count on the total index)."""
    if q.total is None and q.min_total is None and q.max_total is None:
        return False
    where = [R.facility_id == facility_id]
    if q.total is not None:
        where.append(R.total == q.total)
    if q.min_total is not None:
        where.append(R.total >= q.min_total)
    if q.max_total is not None:
        where.append(R.total <= q.max_total)
    probe = select(literal(1)).where(*where).limit(NARROW).subquery()
    return session.scalar(select(func.count()).select_from(probe)) < NARROW


def search_in(session, facility_id: str, q: ResolutionQuery) -> ResolutionPage:
    keys = SORTS.get(q.sort, SORTS["date"])
    day: Any = R.resolution_date  # the column, or the same date kept off its index
    if q.sort == "date" and _narrow_amounts(session, facility_id, q):
        # Walking the whole year newest-first would visit every row to find a rare amount.
        day = _DATE_NO_INDEX
        keys = (day, *keys[1:])
    where = _filters(facility_id, q, day)
    if q.after is not None:
        cursor = tuple_(*keys) < tuple_(*q.after) if q.descending else tuple_(*keys) > tuple_(*q.after)
        where.append(cursor if len(keys) > 1 else (keys[0] < q.after[0] if q.descending else keys[0] > q.after[0]))
    order = [k.desc() if q.descending else k.asc() for k in keys]
    stmt = (
        select(R.id, R.number, R.resolution_date, R.kind, R.business_name, R.total, R.summary, R.vendor, R.state,
               *[k.label(f"_k{i}") for i, k in enumerate(keys)])
        .where(and_(*where)).order_by(*order).limit(q.limit + 1)
    )
    found = session.execute(stmt).all()
    more = len(found) > q.limit
    found = found[: q.limit]
    ids = [r.id for r in found]
    lines: dict[str, list] = {i: [] for i in ids}
    if ids:
        for rid, code, amount in session.execute(
            select(ResolutionLine.resolution_id, ResolutionLine.account_code, ResolutionLine.amount)
            .where(ResolutionLine.resolution_id.in_(ids))
            .order_by(ResolutionLine.resolution_id, ResolutionLine.position)
        ):
            lines[rid].append((code, amount))
    states = record_states_in(session, ids)  # a refused or conflicting change outranks a later queued one
    rows = []
    for r in found:
        state, reason = states.get(r.id, ("", ""))
        rows.append(ResolutionRow(r.id, r.number, r.resolution_date, r.kind, r.business_name, r.total, r.summary,
                                  r.vendor, r.state, state, tuple(lines[r.id]), reason))
    next_after = tuple(getattr(found[-1], f"_k{i}") for i in range(len(keys))) if more and found else None
    return ResolutionPage(rows, next_after)


def search_resolutions(ctx, q: ResolutionQuery) -> ResolutionPage:
    with ctx.store.session() as session:  # a read: never the write lock (BEGIN IMMEDIATE)
        return search_in(session, ctx.facility.id, q)


def search_all(ctx, q: ResolutionQuery) -> list[ResolutionRow]:
    """Every matching row, page by page (CLI and exports)."""
    rows: list[ResolutionRow] = []
    q = replace(q, limit=500, after=None)
    while True:
        page = search_resolutions(ctx, q)
        rows += page.rows
        if page.next_after is None:
            return rows
        q = replace(q, after=page.next_after)

