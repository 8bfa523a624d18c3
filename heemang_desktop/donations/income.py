"""Donation income into the books: gifts of a month (or a day) become 수입결의서 on 지정/비지정후원금.

One resolution per 재원 (지정 / 비지정) and day, or per 재원 and month (a setting); its lines split by
purpose and method so the cash book can be matched to the bank statement. Resolutions are made through
accounting's door (`add_resolution_in`) inside this module's own transaction, each gift marked with its
resolution in the same one: any refusal (a closed month, an account that is not a leaf) saves nothing.
A gift already booked is never booked again; one whose resolution was cancelled is booked anew.

현물 (in-kind) gifts are not cash: single-entry 시설회계 books money only, so they stay out of the
resolutions and appear in the 후원품 part of the usage report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, or_, select

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations.models import DESIGNATED, IN_KIND, UNDESIGNATED, Gift
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import batched, record_change
from heemang_desktop.work_items import SOON, URGENT, WorkItem

SETTINGS_KEY = "donation_income"
BY_DAY, BY_MONTH = "day", "month"
GROUPINGS = {BY_DAY: "재원·일자별", BY_MONTH: "재원·월별"}


@dataclass(frozen=True)
class IncomeSetup:
    grouping: str = BY_DAY
    deposit_accounts: tuple[str, ...] = ()  # 후원금전용계좌, as the facility names them ("농협 후원금 301-…")
    accounts: dict[str, str] = field(default_factory=dict)  # 지정/비지정 -> 세입 code; empty: the shipped ones


def rules() -> dict:
    return load_json("donations/income.json")


def income_setup(ctx) -> IncomeSetup:
    raw = ctx.settings.extra.get(SETTINGS_KEY) or {}
    return IncomeSetup(raw.get("grouping", BY_DAY), tuple(raw.get("deposit_accounts", ())),
                       dict(raw.get("accounts", {})))


def set_income_setup(ctx, setup: IncomeSetup) -> IncomeSetup:
    if setup.grouping not in GROUPINGS:
        raise ValidationError(f"결의 단위는 {', '.join(GROUPINGS.values())} 중 하나입니다.", "grouping")
    accounts = [a.strip() for a in setup.deposit_accounts if a.strip()]
    if len(set(accounts)) != len(accounts) or any(len(a) > 100 for a in accounts):
        raise ValidationError("후원금전용계좌는 서로 다른 이름으로 100자 이내로 적으세요.", "deposit_accounts")
    codes = {k: v.strip() for k, v in setup.accounts.items() if v.strip()}
    if set(codes) - {DESIGNATED, UNDESIGNATED}:
        raise ValidationError("세입 과목은 지정, 비지정 두 가지만 정합니다.", "accounts")
    setup = IncomeSetup(setup.grouping, tuple(accounts), codes)
    ctx.settings.extra[SETTINGS_KEY] = {"grouping": setup.grouping, "deposit_accounts": list(setup.deposit_accounts),
                                        "accounts": setup.accounts}
    ctx.settings.save(ctx.paths)
    return setup


@dataclass(frozen=True)
class PlannedResolution:
    """One 수입결의서 to make (or made): its 재원, date, lines (account, amount, note) and gifts."""

    designation: str
    funding_source: str
    resolution_date: date
    period: str  # "2026-09-03" or "2026-09"
    lines: tuple[tuple[str, int, str], ...]
    gift_ids: tuple[str, ...]
    methods: tuple[str, ...]  # 납부방법 of its gifts
    number: str = ""  # once saved
    resolution_id: str = ""

    @property
    def total(self) -> int:
        return sum(amount for _code, amount, _note in self.lines)


@dataclass(frozen=True)
class BookResult:
    first: date
    last: date
    resolutions: tuple[PlannedResolution, ...]
    in_kind: int  # 현물 gifts in the period, left out (not cash)
    already_booked: int  # gifts in the period booked before
    saved: bool  # False for a preview

    @property
    def booked(self) -> int:
        return sum(len(r.gift_ids) for r in self.resolutions)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.resolutions)


def month_span(month: str) -> tuple[date, date]:
    """'2026-09' -> (2026-09-01, 2026-09-30)."""
    try:
        year, mon = (int(x) for x in month.split("-"))
        first = date(year, mon, 1)
    except ValueError as exc:
        raise ValidationError(f"달은 2026-09 형식으로 적으세요: {month}", "month") from exc
    nxt = date(year + mon // 12, mon % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)


def _account_codes(ctx) -> dict[str, tuple[str, str]]:
    """지정/비지정 -> (세입 code, 재원)."""
    shipped = rules()["accounts"]
    own = income_setup(ctx).accounts
    return {k: (own.get(k) or v["code"], v["funding_source"]) for k, v in shipped.items()}


def waiting_gifts(session, facility_id: str, first: date, last: date):
    """The period's gifts: (money gifts to book, 현물 count, already-booked count). A gift whose resolution
    was cancelled waits again."""
    cancelled = select(accounting.Resolution.id).where(accounting.Resolution.facility_id == facility_id,
                                                       accounting.Resolution.state == accounting.CANCELLED)
    gifts = session.scalars(select(Gift).where(
        Gift.facility_id == facility_id, Gift.deleted.is_(False), Gift.cancelled.is_(False),
        Gift.gift_date >= first, Gift.gift_date <= last).order_by(Gift.gift_date, Gift.id)).all()
    stale = set(session.scalars(cancelled.where(
        accounting.Resolution.id.in_({g.resolution_id for g in gifts if g.resolution_id}))))
    todo = [g for g in gifts if g.method != IN_KIND and (g.resolution_id is None or g.resolution_id in stale)]
    in_kind = sum(1 for g in gifts if g.method == IN_KIND)
    return todo, in_kind, len(gifts) - len(todo) - in_kind


def _plan(ctx, gifts, grouping: str) -> list[PlannedResolution]:
    codes = _account_codes(ctx)
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for g in gifts:
        period = g.gift_date.isoformat() if grouping == BY_DAY else g.gift_date.strftime("%Y-%m")
        groups[(period, g.designation)].append(g)
    out = []
    for (period, designation), members in sorted(groups.items()):
        code, funding = codes[designation]
        by_line: dict[tuple[str, str], list[int]] = defaultdict(list)
        for g in members:
            by_line[(g.purpose if designation == DESIGNATED else "", g.method)].append(g.amount)
        lines = tuple((code, sum(amounts), " · ".join(p for p in (purpose, f"{method} {len(amounts)}건") if p))
                      for (purpose, method), amounts in sorted(by_line.items()))
        out.append(PlannedResolution(designation, funding, max(g.gift_date for g in members), period, lines,
                                     tuple(g.id for g in members), tuple(sorted({g.method for g in members}))))
    return out


def _input(plan: PlannedResolution) -> accounting.ResolutionInput:
    # One method for all its gifts is written as the 결제방법; a mix leaves it blank (income may).
    payment = rules()["payment_methods"].get(plan.methods[0], "") if len(plan.methods) == 1 else ""
    count = len(plan.gift_ids)
    return accounting.ResolutionInput(
        kind=accounting.INCOME, resolution_date=plan.resolution_date,
        business_name=f"{plan.designation}후원금 수입", funding_source=plan.funding_source, payment_method=payment,
        summary=f"{plan.designation}후원금 {plan.period} {count}건",
        lines=[accounting.LineInput(code, amount, note) for code, amount, note in plan.lines])


def book_gifts(ctx, first: date, last: date, grouping: str | None = None, preview: bool = False) -> BookResult:
    """Book the money gifts dated `first`..`last` not booked yet: all in one transaction, or nothing.
    `preview` plans without writing (what the screen shows before the user confirms)."""
    if first > last:
        raise ValidationError("시작일이 종료일보다 늦습니다.", "first")
    grouping = grouping or income_setup(ctx).grouping
    if grouping not in GROUPINGS:
        raise ValidationError(f"결의 단위는 {', '.join(GROUPINGS)} 중 하나입니다: {grouping}", "grouping")
    if preview:
        with ctx.store.session() as session:
            todo, in_kind, already = waiting_gifts(session, ctx.facility.id, first, last)
            return BookResult(first, last, tuple(_plan(ctx, todo, grouping)), in_kind, already, False)
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        todo, in_kind, already = waiting_gifts(session, ctx.facility.id, first, last)
        by_id = {g.id: g for g in todo}
        saved = []
        with batched(session):  # one flush for the lot: a month of 5,000 CMS gifts is 5,000 changes
            for plan in _plan(ctx, todo, grouping):
                row = accounting.add_resolution_in(session, ctx, _input(plan))
                for gift_id in plan.gift_ids:
                    gift = by_id[gift_id]
                    gift.resolution_id = row.id
                    record_change(session, gift, actor.login_id)
                saved.append(replace(plan, number=row.number, resolution_id=row.id))
        return BookResult(first, last, tuple(saved), in_kind, already, True)


def book_month(ctx, month: str, grouping: str | None = None, preview: bool = False) -> BookResult:
    first, last = month_span(month)
    return book_gifts(ctx, first, last, grouping, preview)


@dataclass(frozen=True)
class UnbookedMonth:
    month: str  # "2026-09"
    count: int
    total: int


def unbooked_months(ctx, on: date) -> list[UnbookedMonth]:
    """Money gifts from last January up to the day before `on` without a 수입결의서, by month, oldest
    first. One grouped query (나의업무 asks on every broadcast)."""
    R = accounting.Resolution
    cancelled = select(R.id).where(R.facility_id == ctx.facility.id, R.state == accounting.CANCELLED)
    month = func.strftime("%Y-%m", Gift.gift_date)
    stmt = select(month, func.count(), func.sum(Gift.amount)).where(
        Gift.facility_id == ctx.facility.id, Gift.deleted.is_(False), Gift.cancelled.is_(False),
        Gift.method != IN_KIND, Gift.gift_date >= date(on.year - 1, 1, 1), Gift.gift_date < on,
        or_(Gift.resolution_id.is_(None), Gift.resolution_id.in_(cancelled))).group_by(month).order_by(month)
    with ctx.store.session() as session:
        return [UnbookedMonth(m, n, total) for m, n, total in session.execute(stmt).all()]


def income_items(ctx, on: date) -> list[WorkItem]:
    """나의업무: the unbooked gifts, one item per month (it opens the page with the 후원금 수입결의 button);
    an earlier month's are urgent (its books should be closed), this month's soon."""
    return [WorkItem("donation_income", f"{u.month[:4]}년 {int(u.month[5:])}월 후원금 {u.count}건 {u.total:,}원이 "
                                        "수입결의되지 않았습니다",
                     "donations.donors", None, SOON if u.month == f"{on:%Y-%m}" else URGENT,
                     "재무·회계 규칙: 모든 수입은 예산에 넣어 결의", f"donation_income:{u.month}")
            for u in unbooked_months(ctx, on)]


def unbooked_count(ctx, first: date, last: date) -> int:
    """Money gifts in the span waiting for a 수입결의서 (나의업무, the donor page's button)."""
    with ctx.store.session() as session:
        return len(waiting_gifts(session, ctx.facility.id, first, last)[0])
