"""재물조사: a count lists what should be where (taken when it starts), takes what was found, and reports
the differences: 없음 (missing), 위치 다름 (found elsewhere), 대장에 없음 (found, not on the register).

A count never moves an asset by itself: the user reads the differences and records the moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from heemang_desktop.assets.models import DONE, IN_USE, OPEN, Asset, CountLine, StockCount
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import batched, record_change

MISSING, ELSEWHERE, EXTRA, UNCHECKED = "없음", "위치 다름", "대장에 없음", "미확인"


@dataclass(frozen=True)
class CountEntry:
    """What was found for one asset number."""

    asset_number: str
    found: bool
    location: str = ""  # where it was found; blank: where it should be
    note: str = ""


@dataclass(frozen=True)
class CountLineView:
    id: str
    asset_number: str
    name: str
    expected_location: str
    custodian: str
    found: bool | None
    found_location: str
    note: str


@dataclass(frozen=True)
class CountView:
    id: str
    fiscal_year: int
    count_date: date
    state: str
    lines: tuple[CountLineView, ...]


@dataclass(frozen=True)
class Difference:
    kind: str  # 없음 | 위치 다름 | 대장에 없음 | 미확인
    asset_number: str
    name: str
    expected_location: str
    found_location: str
    note: str = ""


def _view(session, count: StockCount) -> CountView:
    lines = session.scalars(select(CountLine).where(CountLine.count_id == count.id, CountLine.deleted.is_(False))
                            .order_by(CountLine.asset_id.is_(None), CountLine.asset_number, CountLine.created_at))
    return CountView(count.id, count.fiscal_year, count.count_date, count.state, tuple(
        CountLineView(ln.id, ln.asset_number, ln.name, ln.expected_location, ln.custodian, ln.found,
                      ln.found_location, ln.note) for ln in lines))


def start_count(ctx, year: int, count_date: date) -> CountView:
    """A new count listing every asset in use on `count_date`, where it should be and with whom."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        if _open_count(session, ctx.facility.id) is not None:
            raise ValidationError("끝내지 않은 재물조사가 있습니다. 그 조사를 마친 뒤 새로 시작하세요.")
        count = new_count(session, ctx, year, count_date, actor.login_id)
        return _view(session, count)


def new_count(session, ctx, year: int, count_date: date, actor_id: str) -> StockCount:
    """The count and its lines, in the caller's session (an uploaded sheet with no count open starts one)."""
    count = StockCount(id=new_id(), facility_id=ctx.facility.id, fiscal_year=year, count_date=count_date, state=OPEN)
    record_change(session, count, actor_id)
    assets = session.scalars(select(Asset).where(
        Asset.facility_id == ctx.facility.id, Asset.deleted.is_(False), Asset.state == IN_USE,
        Asset.acquired_on <= count_date).order_by(Asset.number))
    with batched(session):
        for a in assets:
            record_change(session, CountLine(
                id=new_id(), facility_id=ctx.facility.id, count_id=count.id, asset_id=a.id,
                asset_number=a.number, name=a.name, expected_location=a.location, custodian=a.custodian), actor_id)
    session.flush()
    return count


def today() -> date:
    """The count date when none is given: today in Seoul, whatever the PC's zone."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Asia/Seoul")).date()


def _open_count(session, facility_id: str) -> StockCount | None:
    return session.scalar(select(StockCount).where(StockCount.facility_id == facility_id,
                                                   StockCount.state == OPEN, StockCount.deleted.is_(False)))


def open_count(ctx) -> CountView | None:
    with ctx.store.session() as session:
        count = _open_count(session, ctx.facility.id)
        return _view(session, count) if count is not None else None


def get_count(ctx, count_id: str) -> CountView:
    with ctx.store.session() as session:
        return _view(session, owned(session, StockCount, count_id, ctx.facility.id))


def list_counts(ctx) -> list[CountView]:
    with ctx.store.session() as session:
        rows = session.scalars(select(StockCount).where(StockCount.facility_id == ctx.facility.id,
                                                        StockCount.deleted.is_(False))
                               .order_by(StockCount.count_date.desc()))
        return [_view(session, c) for c in rows]


def _writable(session, ctx, count_id: str) -> StockCount:
    count = owned(session, StockCount, count_id, ctx.facility.id)
    if count.state != OPEN:
        raise ValidationError("끝낸 재물조사는 고칠 수 없습니다.")
    return count


def line_index(session, count_id: str) -> dict[str, CountLine]:
    """The count's listed lines by asset number."""
    return {ln.asset_number: ln for ln in session.scalars(select(CountLine).where(
        CountLine.count_id == count_id, CountLine.asset_id.is_not(None), CountLine.deleted.is_(False)))}


def apply_entry(session, line: CountLine, entry: CountEntry, actor_id: str) -> bool:
    """Write what was found on a listed line; True when it changed."""
    found_location = (entry.location.strip() or line.expected_location) if entry.found else ""
    new = (entry.found, found_location, entry.note.strip())
    if (line.found, line.found_location, line.note) == new:
        return False
    line.found, line.found_location, line.note = new
    record_change(session, line, actor_id)
    return True


def add_extra_line(session, ctx, count_id: str, name: str, location: str, note: str, actor_id: str) -> None:
    record_change(session, CountLine(id=new_id(), facility_id=ctx.facility.id, count_id=count_id, asset_id=None,
                                     name=name.strip(), found=True, found_location=location.strip(),
                                     note=note.strip()), actor_id)


def record_found(ctx, count_id: str, entries: list[CountEntry]) -> int:
    """What was found, by asset number; returns the lines changed. A number not on the count is refused."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        _writable(session, ctx, count_id)
        lines = line_index(session, count_id)
        unknown = [e.asset_number for e in entries if e.asset_number not in lines]
        if unknown:
            raise ValidationError(f"이번 재물조사 목록에 없는 자산번호입니다: {', '.join(unknown)}")
        return sum(apply_entry(session, lines[e.asset_number], e, actor.login_id) for e in entries)


def add_extra(ctx, count_id: str, name: str, location: str, note: str = "") -> CountView:
    """An item found that the register does not have."""
    actor = ctx.require_actor()
    if not name.strip() or not location.strip():
        raise ValidationError("찾은 물품의 품명과 위치를 입력하세요.", "name")
    with ctx.transaction() as session:
        count = _writable(session, ctx, count_id)
        add_extra_line(session, ctx, count_id, name, location, note, actor.login_id)
        session.flush()
        return _view(session, count)


def differences(ctx, count_id: str) -> list[Difference]:
    """What the count found unlike the register, missing first."""
    out = []
    for ln in get_count(ctx, count_id).lines:
        if not ln.asset_number:
            out.append(Difference(EXTRA, "", ln.name, "", ln.found_location, ln.note))
        elif ln.found is None:
            out.append(Difference(UNCHECKED, ln.asset_number, ln.name, ln.expected_location, "", ln.note))
        elif not ln.found:
            out.append(Difference(MISSING, ln.asset_number, ln.name, ln.expected_location, "", ln.note))
        elif ln.found_location != ln.expected_location:
            out.append(Difference(ELSEWHERE, ln.asset_number, ln.name, ln.expected_location, ln.found_location,
                                  ln.note))
    order = {MISSING: 0, ELSEWHERE: 1, EXTRA: 2, UNCHECKED: 3}
    return sorted(out, key=lambda d: (order[d.kind], d.asset_number))


def finish_count(ctx, count_id: str) -> CountView:
    """Close the count once every listed asset is checked."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        count = _writable(session, ctx, count_id)
        unchecked = [ln for ln in line_index(session, count_id).values() if ln.found is None]
        if unchecked:
            raise ValidationError(f"확인하지 않은 자산이 {len(unchecked)}건 있습니다: "
                                  f"{', '.join(sorted(ln.asset_number for ln in unchecked)[:5])}")
        count.state = DONE
        record_change(session, count, actor.login_id)
        session.flush()
        return _view(session, count)
