"""The register: assets entered (bought before the app) or acquired from an expense resolution line,
moved (history kept), disposed of (불용; proceeds become a 잡수입 수입결의서 in the same transaction).

The resolution is read and written only through accounting's door. A line's assets may not cost more
than the line. Depreciation is straight-line in whole years, a full year in the year bought, the last
year taking the remainder so the book value ends at 0.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets.models import (
    ACQUIRED,
    CUSTODIAN,
    DISPOSAL,
    DISPOSED,
    IN_USE,
    MOVED,
    Asset,
    AssetEvent,
)
from heemang_desktop.resources import load_json
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change


def rules() -> dict:
    return load_json("assets/rules.json")


def categories() -> dict[str, list[str]]:
    """재산|비품 -> its 품목 kinds."""
    return {name: list(c["kinds"]) for name, c in rules()["categories"].items()}


@dataclass(frozen=True)
class AssetInput:
    category: str
    name: str
    acquired_on: date | None = None
    cost: int = 0  # 0 when acquiring from a line: the line's amount
    kind: str = ""
    spec: str = ""
    quantity: int = 1
    location: str = ""
    custodian: str = ""
    funding_source: str = ""
    useful_life: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AssetView:
    id: str
    number: str
    category: str
    kind: str
    name: str
    spec: str
    quantity: int
    location: str
    custodian: str
    acquired_on: date
    cost: int
    funding_source: str
    subsidy: bool
    useful_life: int | None
    resolution_id: str | None
    resolution_line: int | None
    state: str
    disposed_on: date | None
    disposal_method: str
    disposal_reason: str
    approval: str
    approved_on: date | None
    proceeds: int
    proceeds_resolution_id: str | None
    note: str
    version: int

    def depreciation(self, year: int) -> tuple[int, int]:
        """(this year's charge, book value at the year's end); no useful life: (0, cost)."""
        return depreciation(self.cost, self.acquired_on.year, self.useful_life, year)

    @property
    def state_text(self) -> str:
        return f"불용 ({self.disposal_method})" if self.state == DISPOSED else self.state


def depreciation(cost: int, first_year: int, life: int | None, year: int) -> tuple[int, int]:
    if not life or year < first_year:
        return 0, cost
    yearly = cost // life
    used = min(life, year - first_year + 1)
    charge = 0 if year - first_year + 1 > life else (cost - yearly * (life - 1) if used == life else yearly)
    return charge, 0 if used == life else cost - yearly * used


@dataclass(frozen=True)
class MoveInput:
    on: date
    location: str
    custodian: str
    note: str = ""


@dataclass(frozen=True)
class DisposeInput:
    on: date
    method: str  # 매각 | 폐기 | 양여 | 멸실
    reason: str = ""
    approval: str = ""  # who approved, and the document (보조금: the 시군구's approval)
    approved_on: date | None = None
    proceeds: int = 0
    payment_method: str = "계좌이체"


@dataclass(frozen=True)
class EventView:
    id: str
    event_date: date
    kind: str
    from_location: str
    to_location: str
    from_custodian: str
    to_custodian: str
    note: str


def view(a: Asset) -> AssetView:
    return AssetView(
        a.id, a.number, a.category, a.kind, a.name, a.spec, a.quantity, a.location, a.custodian, a.acquired_on,
        a.cost, a.funding_source, a.subsidy, a.useful_life, a.resolution_id, a.resolution_line, a.state,
        a.disposed_on, a.disposal_method, a.disposal_reason, a.approval, a.approved_on, a.proceeds,
        a.proceeds_resolution_id, a.note, a.version)


def _clean(data: AssetInput) -> AssetInput:
    cats = categories()
    if data.category not in cats:
        raise ValidationError(f"분류는 {'·'.join(cats)} 중 하나입니다: {data.category}", "category")
    name = data.name.strip()
    if not name:
        raise ValidationError("품명을 입력하세요.", "name")
    if data.acquired_on is None:
        raise ValidationError("취득일자를 입력하세요.", "acquired_on")
    if data.cost <= 0:
        raise ValidationError("취득금액은 0원보다 커야 합니다.", "cost")
    if data.quantity < 1:
        raise ValidationError("수량은 1 이상입니다.", "quantity")
    if data.useful_life is not None and not 1 <= data.useful_life <= 100:
        raise ValidationError("내용연수는 1~100년입니다.", "useful_life")
    if data.kind and data.kind not in cats[data.category]:
        raise ValidationError(f"{data.category}의 품목은 {', '.join(cats[data.category])} 중 하나입니다: {data.kind}",
                              "kind")
    return replace(data, name=name, spec=data.spec.strip(), location=data.location.strip(),
                   custodian=data.custodian.strip(), note=data.note.strip())


def require_open_year(ctx, year: int) -> None:
    """A year closed by the 결산 has its asset changes reported: none may be added to it."""
    if accounting.year_state(ctx, year).closed:
        raise ValidationError(f"{year}년은 결산 마감되어 재산·비품 변동을 기록할 수 없습니다 "
                              "(관리자가 사유를 적어 마감을 풀어야 합니다).")


def next_number(session, facility_id: str, year: int, category: str) -> tuple[int, str]:
    last = session.scalar(select(func.max(Asset.seq)).where(
        Asset.facility_id == facility_id, Asset.fiscal_year == year, Asset.category == category)) or 0
    return last + 1, f"{year}-{category}-{last + 1:04d}"


def new_asset(session, ctx, data: AssetInput, actor_id: str, resolution: tuple[str, int] | None = None) -> Asset:
    """A cleaned input saved with its number, its 취득 event and their outbox entries (caller's session)."""
    assert data.acquired_on is not None
    year = data.acquired_on.year
    seq, number = next_number(session, ctx.facility.id, year, data.category)
    asset = Asset(id=new_id(), facility_id=ctx.facility.id, fiscal_year=year, category=data.category, seq=seq,
                  number=number, kind=data.kind, name=data.name, spec=data.spec, quantity=data.quantity,
                  location=data.location, custodian=data.custodian, acquired_on=data.acquired_on, cost=data.cost,
                  funding_source=data.funding_source, subsidy=data.funding_source in rules()["subsidy_funding"],
                  useful_life=data.useful_life, resolution_id=resolution[0] if resolution else None,
                  resolution_line=resolution[1] if resolution else None, state=IN_USE, note=data.note)
    record_change(session, asset, actor_id)
    _event(session, ctx, asset, actor_id, ACQUIRED, data.acquired_on, "", data.location, "", data.custodian)
    session.flush()
    return asset


def _event(session, ctx, asset: Asset, actor_id: str, kind: str, on: date, from_loc: str, to_loc: str,
           from_cust: str, to_cust: str, note: str = "") -> None:
    record_change(session, AssetEvent(id=new_id(), facility_id=ctx.facility.id, asset_id=asset.id, event_date=on,
                                      kind=kind, from_location=from_loc, to_location=to_loc,
                                      from_custodian=from_cust, to_custodian=to_cust, note=note), actor_id)


def add_asset(ctx, data: AssetInput) -> AssetView:
    """An asset bought before the app (no resolution to link)."""
    actor = ctx.require_actor()
    data = _clean(data)
    assert data.acquired_on is not None
    require_open_year(ctx, data.acquired_on.year)
    with ctx.transaction() as session:
        return view(new_asset(session, ctx, data, actor.login_id))


def _is_acquisition(code: str) -> bool:
    return any(code == c or code.startswith(c + "-") for c in rules()["acquisition_accounts"])


def acquire(ctx, resolution_id: str, line_no: int, data: AssetInput) -> AssetView:
    """An asset bought by line `line_no` (1-based) of an expense resolution on 시설비/자산취득비; the link is kept.
    Cost defaults to the line's amount, the date to the resolution's 출납일 (or its date), the 재원 to its."""
    actor = ctx.require_actor()
    res = accounting.get_resolution(ctx, resolution_id)
    if res.kind != accounting.EXPENSE or res.state == accounting.CANCELLED:
        raise ValidationError(f"취소되지 않은 지출결의서에서만 취득할 수 있습니다: {res.number}")
    if not 1 <= line_no <= len(res.lines):
        raise ValidationError(f"{res.number}에는 {line_no}번째 줄이 없습니다.", "line")
    line = res.lines[line_no - 1]
    if not _is_acquisition(line.account_code):
        codes = ", ".join(rules()["acquisition_accounts"])
        raise ValidationError(f"자산은 {codes} 과목의 지출 줄에서 취득합니다: {line.account_code} {line.account_name}",
                              "line")
    data = replace(data, cost=data.cost or line.amount,
                   acquired_on=data.acquired_on or res.cash_date or res.resolution_date,
                   funding_source=data.funding_source or res.funding_source)
    data = _clean(data)
    assert data.acquired_on is not None
    require_open_year(ctx, data.acquired_on.year)
    with ctx.transaction() as session:
        used = session.scalar(select(func.coalesce(func.sum(Asset.cost), 0)).where(
            Asset.facility_id == ctx.facility.id, Asset.resolution_id == resolution_id,
            Asset.resolution_line == line_no, Asset.deleted.is_(False))) or 0
        if used + data.cost > line.amount:
            raise ValidationError(f"{res.number} {line_no}번째 줄은 {line.amount:,}원인데 이미 {used:,}원어치 자산을 "
                                  f"등록했습니다. 남은 금액은 {line.amount - used:,}원입니다.", "cost")
        return view(new_asset(session, ctx, data, actor.login_id, (resolution_id, line_no)))


def move(ctx, asset_id: str, data: MoveInput) -> AssetView:
    """A move or a custodian change: the asset's place changes, the event keeps before and after."""
    actor = ctx.require_actor()
    location, custodian = data.location.strip(), data.custodian.strip()
    require_open_year(ctx, data.on.year)
    with ctx.transaction() as session:
        asset = owned(session, Asset, asset_id, ctx.facility.id)
        if asset.state == DISPOSED:
            raise ValidationError(f"불용 처리한 자산은 옮길 수 없습니다: {asset.number}")
        if (location, custodian) == (asset.location, asset.custodian):
            raise ValidationError("위치와 관리자가 지금과 같습니다. 바뀐 내용을 입력하세요.", "location")
        if data.on < asset.acquired_on:
            raise ValidationError("이동일이 취득일보다 앞설 수 없습니다.", "on")
        kind = MOVED if location != asset.location else CUSTODIAN
        _event(session, ctx, asset, actor.login_id, kind, data.on, asset.location, location, asset.custodian,
               custodian, data.note.strip())
        asset.location, asset.custodian = location, custodian
        record_change(session, asset, actor.login_id)
        return view(asset)


def dispose(ctx, asset_id: str, data: DisposeInput) -> AssetView:
    """불용 처리. 보조금 assets need the approval recorded. Proceeds become a 수입결의서 on 불용품매각대
    through accounting's door, in this transaction: a refusal there (closed month) saves nothing."""
    actor = ctx.require_actor()
    r = rules()
    if data.method not in r["disposal_methods"]:
        raise ValidationError(f"처리 방법은 {', '.join(r['disposal_methods'])} 중 하나입니다.", "method")
    if data.proceeds < 0:
        raise ValidationError("매각대금은 0원 이상입니다.", "proceeds")
    if data.proceeds and data.method != "매각":
        raise ValidationError("매각대금은 매각일 때만 적습니다.", "proceeds")
    require_open_year(ctx, data.on.year)
    with ctx.transaction() as session:
        asset = owned(session, Asset, asset_id, ctx.facility.id)
        if asset.state == DISPOSED:
            raise ValidationError(f"이미 불용 처리한 자산입니다: {asset.number}")
        if data.on < asset.acquired_on:
            raise ValidationError("불용일이 취득일보다 앞설 수 없습니다.", "on")
        if asset.subsidy and not (data.approval.strip() and data.approved_on):
            raise ValidationError("보조금으로 산 자산은 불용 승인(승인한 곳·문서번호와 승인일)을 적어야 합니다.",
                                  "approval")
        if data.proceeds:
            res = accounting.add_resolution_in(session, ctx, accounting.ResolutionInput(
                kind=accounting.INCOME, resolution_date=data.on, business_name="불용품 매각",
                lines=[accounting.LineInput(r["proceeds_account"], data.proceeds, f"{asset.number} {asset.name}")],
                summary=f"불용품 매각대: {asset.number} {asset.name}", cash_date=data.on,
                funding_source="기타", payment_method=data.payment_method))
            asset.proceeds_resolution_id = res.id
        asset.state, asset.disposed_on, asset.disposal_method = DISPOSED, data.on, data.method
        asset.disposal_reason, asset.approval = data.reason.strip(), data.approval.strip()
        asset.approved_on, asset.proceeds = data.approved_on, data.proceeds
        _event(session, ctx, asset, actor.login_id, DISPOSAL, data.on, asset.location, "", asset.custodian, "",
               f"{data.method}" + (f" {data.proceeds:,}원" if data.proceeds else ""))
        record_change(session, asset, actor.login_id)
        return view(asset)


def correct(ctx, asset_id: str, data: AssetInput) -> AssetView:
    """Correct an asset's details (a typo, a forgotten useful life). Its number, category, place and custodian
    stay (a move is `move`); cost, date and 재원 of an asset bought by a resolution line follow the line."""
    actor = ctx.require_actor()
    require_open_year(ctx, get_asset(ctx, asset_id).acquired_on.year)
    with ctx.transaction() as session:
        asset = owned(session, Asset, asset_id, ctx.facility.id)
        if asset.state == DISPOSED:
            raise ValidationError(f"불용 처리한 자산은 고칠 수 없습니다: {asset.number}")
        linked = asset.resolution_id is not None
        data = _clean(replace(data, category=asset.category, location=asset.location, custodian=asset.custodian,
                              cost=asset.cost if linked else data.cost,
                              acquired_on=asset.acquired_on if linked else data.acquired_on,
                              funding_source=asset.funding_source if linked else data.funding_source))
        assert data.acquired_on is not None
        if data.acquired_on.year != asset.fiscal_year:
            raise ValidationError(f"취득연도는 자산번호({asset.number})와 같아야 합니다. 다른 해라면 새로 등록하세요.",
                                  "acquired_on")
        before = view(asset)
        asset.name, asset.kind, asset.spec, asset.quantity = data.name, data.kind, data.spec, data.quantity
        asset.cost, asset.acquired_on, asset.funding_source = data.cost, data.acquired_on, data.funding_source
        asset.subsidy = data.funding_source in rules()["subsidy_funding"]
        asset.useful_life, asset.note = data.useful_life, data.note
        if view(asset) == before:
            raise ValidationError("바뀐 내용이 없습니다.")
        record_change(session, asset, actor.login_id)
        return view(asset)


@dataclass(frozen=True)
class AssetQuery:
    category: str = ""
    state: str = ""  # "" all | 사용 | 불용
    location: str = ""
    text: str = ""  # in number, name, custodian


def list_assets(ctx, query: AssetQuery = AssetQuery()) -> list[AssetView]:
    stmt = select(Asset).where(Asset.facility_id == ctx.facility.id, Asset.deleted.is_(False))
    if query.category:
        stmt = stmt.where(Asset.category == query.category)
    if query.state:
        stmt = stmt.where(Asset.state == query.state)
    if query.location:
        stmt = stmt.where(Asset.location == query.location)
    if query.text.strip():
        like = f"%{query.text.strip()}%"
        stmt = stmt.where(Asset.number.like(like) | Asset.name.like(like) | Asset.custodian.like(like))
    with ctx.store.session() as session:
        rows = session.scalars(stmt.order_by(Asset.category, Asset.fiscal_year, Asset.seq)).all()
        return [view(a) for a in rows]


def get_asset(ctx, asset_id: str) -> AssetView:
    with ctx.store.session() as session:
        return view(owned(session, Asset, asset_id, ctx.facility.id))


def resolution_number(ctx, resolution_id: str | None) -> str:
    """The number of the resolution an asset came from (for its card), "" without one; a cancelled one says so,
    as the asset then stands on no expense."""
    if not resolution_id:
        return ""
    res = accounting.get_resolution(ctx, resolution_id)
    return res.number + (" (취소됨)" if res.state == accounting.CANCELLED else "")


def history(ctx, asset_id: str) -> list[EventView]:
    """The asset card's history, oldest first."""
    with ctx.store.session() as session:
        owned(session, Asset, asset_id, ctx.facility.id)
        rows = session.scalars(select(AssetEvent).where(AssetEvent.asset_id == asset_id,
                                                        AssetEvent.deleted.is_(False))
                               .order_by(AssetEvent.event_date, AssetEvent.created_at)).all()
        return [EventView(e.id, e.event_date, e.kind, e.from_location, e.to_location, e.from_custodian,
                          e.to_custodian, e.note) for e in rows]


def locations(ctx) -> list[str]:
    with ctx.store.session() as session:
        return sorted(x for x in session.scalars(select(Asset.location.distinct()).where(
            Asset.facility_id == ctx.facility.id, Asset.deleted.is_(False))) if x)


@dataclass(frozen=True)
class AcquisitionLine:
    """An expense line on 시설비/자산취득비 and how much of it is already on the register."""

    resolution_id: str
    number: str
    resolution_date: date
    business_name: str
    line_no: int
    account: str
    amount: int
    note: str
    registered: int

    @property
    def left(self) -> int:
        return self.amount - self.registered


def acquisition_lines(ctx, year: int, open_only: bool = True) -> list[AcquisitionLine]:
    """The year's active expense lines an asset may come from (with what is left of each: `open_only`
    keeps lines not yet fully registered), newest resolution first."""
    seen: dict[str, accounting.ResolutionRow] = {}
    for code in rules()["acquisition_accounts"]:
        for row in accounting.search_all(ctx, accounting.ResolutionQuery(year=year, kind=accounting.EXPENSE,
                                                                          account_code=code, state="active")):
            seen[row.id] = row
    with ctx.store.session() as session:
        used = {(rid, line): total for rid, line, total in session.execute(
            select(Asset.resolution_id, Asset.resolution_line, func.sum(Asset.cost)).where(
                Asset.facility_id == ctx.facility.id, Asset.deleted.is_(False), Asset.resolution_id.in_(seen))
            .group_by(Asset.resolution_id, Asset.resolution_line))}
    out = []
    for rid in seen:
        res = accounting.get_resolution(ctx, rid)
        for i, line in enumerate(res.lines, start=1):
            if _is_acquisition(line.account_code):
                item = AcquisitionLine(rid, res.number, res.resolution_date, res.business_name, i,
                                       f"{line.account_code} {line.account_name}", line.amount, line.note,
                                       used.get((rid, i), 0))
                if item.left > 0 or not open_only:
                    out.append(item)
    return sorted(out, key=lambda x: (x.resolution_date, x.number, x.line_no), reverse=True)
