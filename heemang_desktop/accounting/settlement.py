"""결산 (year-end books): 세입결산서, 세출결산서, 과목전용조서, 예비비사용조서, 인건비명세서, 사업비명세서, and,
from other features' doors, the 후원금 수입 및 사용결과보고서 and the year's 재산 changes.

Each report is a `reports.Report`, so the screen, Excel and PDF show the same rows. Columns are data
(resources/accounting/settlement/reports.json): a builder fills values by key; the data names, orders and
drops the columns. 예산액 is the latest revision; 세출's 예산현액 adds the year's transfers (in − out).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.budget import current_budget, executed, transfer_totals
from heemang_desktop.accounting.chart import Chart, load_chart
from heemang_desktop.accounting.models import ACTIVE, EXPENSE, INCOME, Resolution, ResolutionLine
from heemang_desktop.accounting.reports import Report
from heemang_desktop.accounting.transfers import transfers_in
from heemang_desktop.resources import load_json


@dataclass
class Settlement:
    year: int
    facility: str
    reports: list[Report] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.year}년 결산"

    def get(self, kind: str) -> Report:
        return next(r for r in self.reports if r.kind == kind)


def spec() -> dict:
    return load_json("accounting/settlement/reports.json")


def _report(kind: str, subtitle: str, landscape: bool = True) -> tuple[Report, list[str]]:
    """An empty report with the data's headers; returns it and the keys its columns take, in order."""
    s = spec()["reports"][kind]
    cols = s["columns"]
    return (Report(kind, s["title"], subtitle, [c["header"] for c in cols],
                   [c["header"] for c in cols if c.get("money")], landscape=landscape), [c["key"] for c in cols])


def _add(report: Report, keys: list[str], values: dict, bold: bool = False) -> None:
    report.add([values.get(k) for k in keys], bold=bold)


def _rolled(chart: Chart, side: str, values: dict[str, int]) -> dict[str, int]:
    """Leaf amounts added to every account above them (목 → 항 → 관)."""
    out: dict[str, int] = defaultdict(int)
    for code, amount in values.items():
        account = chart.get(side, code)
        if account is not None:
            for a in [account, *chart.ancestors(account)]:
                out[a.code] += amount
    return out


def _under(chart: Chart, code: str, account) -> bool:
    return account.code == code or any(a.code == code for a in chart.ancestors(account))


def _names(account) -> dict:
    """The account's name in the column of its level (관, 항, 목; a 세목 in 목's column with its code)."""
    column = {"관": "gwan", "항": "hang", "목": "mok", "세목": "mok"}[account.level]
    return {"code": account.code, column: account.label if account.level == "세목" else account.name}


@dataclass(frozen=True)
class _Year:
    chart: Chart
    income_budget: dict[str, int]
    expense_original: dict[str, int]
    moved: dict[str, int]  # 세출 transfers in − out per leaf
    income: dict[str, int]
    expense: dict[str, int]

    def expense_budget(self, code: str) -> int:
        return self.expense_original.get(code, 0) + self.moved.get(code, 0)


def _year(session, facility_id: str, year: int) -> _Year:
    moved_in, moved_out = transfer_totals(session, facility_id, year)
    moved = {c: moved_in.get(c, 0) - moved_out.get(c, 0) for c in set(moved_in) | set(moved_out)}
    return _Year(load_chart(session, facility_id, year), current_budget(session, facility_id, year, "세입"),
                 current_budget(session, facility_id, year, "세출"), moved,
                 executed(session, facility_id, year, INCOME), executed(session, facility_id, year, EXPENSE))


def _income(y: _Year, subtitle: str) -> Report:
    r, keys = _report("income", subtitle)
    budget, settled = _rolled(y.chart, "세입", y.income_budget), _rolled(y.chart, "세입", y.income)
    tb = ts = 0
    for a in y.chart.accounts:
        if a.side != "세입" or (a.code not in budget and a.code not in settled):
            continue
        b, s = budget.get(a.code, 0), settled.get(a.code, 0)
        if a.level == "관":
            tb, ts = tb + b, ts + s
        _add(r, keys, {**_names(a), "budget": b, "settled": s, "diff": s - b}, bold=a.level in ("관", "항"))
    _add(r, keys, {"gwan": "세입 합계", "budget": tb, "settled": ts, "diff": ts - tb}, bold=True)
    return r


def _expense(y: _Year, subtitle: str) -> Report:
    r, keys = _report("expense", subtitle)
    original = _rolled(y.chart, "세출", y.expense_original)
    moved = _rolled(y.chart, "세출", y.moved)
    settled = _rolled(y.chart, "세출", y.expense)
    total = [0, 0, 0]
    for a in y.chart.accounts:
        if a.side != "세출" or not (a.code in original or a.code in moved or a.code in settled):
            continue
        o, m, s = original.get(a.code, 0), moved.get(a.code, 0), settled.get(a.code, 0)
        if a.level == "관":
            total = [total[0] + o, total[1] + m, total[2] + s]
        _add(r, keys, {**_names(a), "original": o, "moved": m, "budget": o + m, "settled": s, "unused": o + m - s},
             bold=a.level in ("관", "항"))
    o, m, s = total
    _add(r, keys, {"gwan": "세출 합계", "original": o, "moved": m, "budget": o + m, "settled": s,
                   "unused": o + m - s}, bold=True)
    return r


def _reserve(session, ctx, y: _Year, year: int, subtitle: str) -> Report:
    """Transfers out of the 예비비 account(s), then expenses charged to it directly."""
    r, keys = _report("reserve", subtitle)
    codes = set(spec()["reserve_codes"])
    total = 0
    for t in transfers_in(session, ctx.facility.id, year, active_only=True):
        if t.from_code in codes:
            total += t.amount
            _add(r, keys, {"date": t.transfer_date.isoformat(), "number": t.number, "target": " > ".join(t.to_path),
                           "amount": t.amount, "reason": t.reason, "basis": t.basis})
    for number, day, business, code, amount in session.execute(
        select(Resolution.number, Resolution.resolution_date, Resolution.business_name, ResolutionLine.account_code,
               ResolutionLine.amount)
        .join(ResolutionLine, ResolutionLine.resolution_id == Resolution.id)
        .where(Resolution.facility_id == ctx.facility.id, Resolution.fiscal_year == year,
               Resolution.kind == EXPENSE, Resolution.state == ACTIVE, Resolution.deleted.is_(False),
               ResolutionLine.account_code.in_(codes))
        .order_by(Resolution.resolution_date, Resolution.seq)):
        account = y.chart.get("세출", code)
        total += amount
        _add(r, keys, {"date": day.isoformat(), "number": number, "target": account.label if account else code,
                       "amount": amount, "reason": business, "basis": "지출 결의"})
    _add(r, keys, {"target": "합계", "amount": total}, bold=True)
    return r


def _by_business(session, facility_id: str, year: int, codes: list[str]) -> dict[str, list[tuple[str, int, int]]]:
    """{세출 account: [(사업명, resolutions, amount)]} of the year's active expenses on `codes`, in one grouped read."""
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for code, name, n, amount in session.execute(
        select(ResolutionLine.account_code, Resolution.business_name, func.count(func.distinct(Resolution.id)),
               func.sum(ResolutionLine.amount))
        .join(Resolution, Resolution.id == ResolutionLine.resolution_id)
        .where(Resolution.facility_id == facility_id, Resolution.fiscal_year == year, Resolution.kind == EXPENSE,
               Resolution.state == ACTIVE, Resolution.deleted.is_(False), ResolutionLine.account_code.in_(codes))
        .group_by(ResolutionLine.account_code, Resolution.business_name)
        .order_by(ResolutionLine.account_code, Resolution.business_name)):
        out[code].append((name, n, int(amount)))
    return out


def _leaves_under(y: _Year, code: str):
    return [a for a in y.chart.leaves("세출") if _under(y.chart, code, a)
            and (y.expense_budget(a.code) or y.expense.get(a.code))]


def _personnel(session, ctx, y: _Year, year: int, subtitle: str) -> Report:
    r, keys = _report("personnel", subtitle, landscape=False)
    leaves = _leaves_under(y, spec()["personnel_under"])
    spent = _by_business(session, ctx.facility.id, year, [a.code for a in leaves])
    tb = ts = 0
    for a in leaves:
        b, s = y.expense_budget(a.code), y.expense.get(a.code, 0)
        tb, ts = tb + b, ts + s
        _add(r, keys, {"code": a.code, "mok": a.name, "budget": b, "settled": s, "unused": b - s,
                       "count": sum(n for _name, n, _amount in spent.get(a.code, []))})
    _add(r, keys, {"mok": "합계", "budget": tb, "settled": ts, "unused": tb - ts}, bold=True)
    return r


def _business(session, ctx, y: _Year, year: int, subtitle: str) -> Report:
    r, keys = _report("business", subtitle)
    leaves = _leaves_under(y, spec()["business_under"])
    spent = _by_business(session, ctx.facility.id, year, [a.code for a in leaves])
    tb = ts = 0
    for a in leaves:
        b, s = y.expense_budget(a.code), y.expense.get(a.code, 0)
        tb, ts = tb + b, ts + s
        names = spent.get(a.code, [])
        _add(r, keys, {"code": a.code, "mok": a.label if a.level == "세목" else a.name, "budget": b, "settled": s,
                       "unused": b - s, "count": sum(n for _name, n, _amount in names)}, bold=True)
        for name, n, amount in names:
            _add(r, keys, {"business": name, "count": n, "settled": amount})
    _add(r, keys, {"mok": "합계", "budget": tb, "settled": ts, "unused": tb - ts}, bold=True)
    return r


def _donations(ctx, year: int, subtitle: str) -> list[Report]:
    """The 후원금 수입 및 사용결과보고서, one report per section, when the year has donations at all."""
    from heemang_desktop.donations import service as donations

    usage = donations.usage_report(ctx, year)
    if not any(isinstance(v, int) and v for s in usage.sections for row in s.rows for v in row):
        return []
    out = []
    for i, s in enumerate(usage.sections, start=1):
        r = Report(f"donations{i}", f"후원금 수입 및 사용결과보고서 — {s.title}", subtitle, list(s.headers),
                   list(s.money), landscape=True)
        for j, row in enumerate(s.rows):
            r.add(list(row), bold=j in s.emphasis)
        out.append(r)
    return out


def _assets(ctx, year: int, subtitle: str) -> Report:
    from heemang_desktop.assets import service as assets

    r, keys = _report("assets", subtitle)
    for c in assets.year_changes(ctx, year):
        _add(r, keys, {"kind": c.kind, "date": c.on.isoformat(), "number": c.number, "category": c.category,
                       "name": c.name, "cost": c.cost, "proceeds": c.proceeds or None, "detail": c.detail})
    if not r.rows:
        _add(r, keys, {"kind": "변동 없음"})
    return r


def build(ctx, year: int) -> Settlement:
    """Every 결산 report of `year`, in the data's order."""
    subtitle = f"{ctx.facility.name} ({ctx.facility.code}) · {year}-01-01 ~ {year}-12-31"
    built: dict[str, list[Report]] = {}
    with ctx.store.session() as session:  # a read: never the write lock
        y = _year(session, ctx.facility.id, year)
        built["income"] = [_income(y, subtitle)]
        built["expense"] = [_expense(y, subtitle)]
        built["reserve"] = [_reserve(session, ctx, y, year, subtitle)]
        built["personnel"] = [_personnel(session, ctx, y, year, subtitle)]
        built["business"] = [_business(session, ctx, y, year, subtitle)]
    built["transfers"] = [reports.build(ctx, "transfers", year)]
    built["donations"] = _donations(ctx, year, subtitle)
    built["assets"] = [_assets(ctx, year, subtitle)]
    return Settlement(year, ctx.facility.name, [r for kind in spec()["order"] for r in built.get(kind, [])])
