"""A year's changes to the registers, for the 결산's 재산 part: acquired, disposed of and moved in the year,
and per category the count and cost at the year's start and end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from heemang_desktop.assets.models import DISPOSED, MOVED, Asset, AssetEvent
from heemang_desktop.assets.register import categories

ACQUIRED_KIND, DISPOSED_KIND, MOVED_KIND = "취득", "불용", "이동"


@dataclass(frozen=True)
class YearChange:
    kind: str  # 취득 | 불용 | 이동
    on: date
    number: str
    category: str
    name: str
    cost: int  # the asset's acquisition cost
    proceeds: int = 0  # 불용: 매각대금
    detail: str = ""  # 이동: "본관 1층 → 2층"; 불용: the method; 취득: the 재원


@dataclass(frozen=True)
class CategoryYear:
    category: str
    opening_count: int
    opening_cost: int
    acquired_count: int
    acquired_cost: int
    disposed_count: int
    disposed_cost: int

    @property
    def closing_count(self) -> int:
        return self.opening_count + self.acquired_count - self.disposed_count

    @property
    def closing_cost(self) -> int:
        return self.opening_cost + self.acquired_cost - self.disposed_cost


def _assets(session, facility_id: str) -> list[Asset]:
    return list(session.scalars(select(Asset).where(Asset.facility_id == facility_id, Asset.deleted.is_(False))))


def year_changes(ctx, year: int) -> list[YearChange]:
    """Every change of the year, by date then number."""
    out: list[YearChange] = []
    with ctx.store.session() as session:
        assets = {a.id: a for a in _assets(session, ctx.facility.id)}
        for a in assets.values():
            if a.acquired_on.year == year:
                out.append(YearChange(ACQUIRED_KIND, a.acquired_on, a.number, a.category, a.name, a.cost,
                                      detail=a.funding_source))
            if a.state == DISPOSED and a.disposed_on and a.disposed_on.year == year:
                out.append(YearChange(DISPOSED_KIND, a.disposed_on, a.number, a.category, a.name, a.cost,
                                      a.proceeds, a.disposal_method))
        moves = session.scalars(select(AssetEvent).where(
            AssetEvent.facility_id == ctx.facility.id, AssetEvent.kind == MOVED, AssetEvent.deleted.is_(False),
            AssetEvent.event_date >= date(year, 1, 1), AssetEvent.event_date <= date(year, 12, 31)))
        for e in moves:
            moved = assets.get(e.asset_id)
            if moved is not None:
                out.append(YearChange(MOVED_KIND, e.event_date, moved.number, moved.category, moved.name, moved.cost,
                                      detail=f"{e.from_location} → {e.to_location}"))
    order = {ACQUIRED_KIND: 0, MOVED_KIND: 1, DISPOSED_KIND: 2}
    return sorted(out, key=lambda c: (c.on, order[c.kind], c.number))


def year_summary(ctx, year: int) -> list[CategoryYear]:
    """Per category (재산, 비품): count and cost held at 1 January, bought and disposed of in the year."""
    with ctx.store.session() as session:
        assets = _assets(session, ctx.facility.id)
    start = date(year, 1, 1)
    out = []
    for category in categories():
        mine = [a for a in assets if a.category == category]
        held = [a for a in mine if a.acquired_on < start and not (a.disposed_on and a.disposed_on < start)]
        bought = [a for a in mine if a.acquired_on.year == year]
        gone = [a for a in mine if a.disposed_on and a.disposed_on.year == year]
        out.append(CategoryYear(category, len(held), sum(a.cost for a in held), len(bought),
                                sum(a.cost for a in bought), len(gone), sum(a.cost for a in gone)))
    return out
