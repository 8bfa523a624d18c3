"""Budgets per account and revision (본예산, 추경N), what has been spent, and the within-budget check."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from heemang_desktop.accounting.chart import load_chart
from heemang_desktop.accounting.models import (
    ACTIVE,
    EXPENSE,
    SIDE_OF_KIND,
    BudgetEntry,
    BudgetTransfer,
    Resolution,
    ResolutionLine,
)
from heemang_desktop.accounting.year_close_lock import require_year_open
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change


def revision_label(revision: int) -> str:
    return "본예산" if revision == 0 else f"추경{revision}"


def parse_revision(text: str) -> int:
    s = (text or "").replace(" ", "")
    if s in ("", "본예산", "본"):
        return 0
    m = re.fullmatch(r"(?:추경|추가경정예산|제)(\d+)(?:차|회)?(?:추경|추가경정예산|추경예산)?", s) or re.fullmatch(
        r"제?(\d+)(?:차|회)(?:추경|추가경정예산|추경예산)", s)  # 1차 추경, 제1회 추가경정예산
    if not m or int(m[1]) < 1:
        raise ValidationError(f"구분은 본예산 또는 추경1, 추경2 … 입니다: '{text}'", "구분")
    return int(m[1])


@dataclass(frozen=True)
class BudgetLine:
    side: str
    code: str
    revision: int
    amount: int
    funding_source: str
    note: str


def _entries(session, facility_id: str, year: int):
    return session.scalars(
        select(BudgetEntry).where(
            BudgetEntry.facility_id == facility_id, BudgetEntry.fiscal_year == year, BudgetEntry.deleted.is_(False)
        )
    ).all()


def current_budget(session, facility_id: str, year: int, side: str) -> dict[str, int]:
    """Each account's budget in its latest revision (a revision replaces the account's amount)."""
    latest: dict[str, tuple[int, int]] = {}
    for e in _entries(session, facility_id, year):
        if e.side == side and (e.account_code not in latest or e.revision > latest[e.account_code][0]):
            latest[e.account_code] = (e.revision, e.amount)
    return {code: amount for code, (_, amount) in latest.items()}


def transfer_totals(session, facility_id: str, year: int, exclude_id: str | None = None) -> tuple[dict, dict]:
    """Amounts moved in and out of each 세출 account by the year's active transfers (예산 전용)."""
    moved_in: dict[str, int] = defaultdict(int)
    moved_out: dict[str, int] = defaultdict(int)
    q = select(BudgetTransfer.id, BudgetTransfer.from_code, BudgetTransfer.to_code, BudgetTransfer.amount).where(
        BudgetTransfer.facility_id == facility_id, BudgetTransfer.fiscal_year == year,
        BudgetTransfer.state == ACTIVE, BudgetTransfer.deleted.is_(False))
    for tid, source, target, amount in session.execute(q):
        if tid != exclude_id:
            moved_out[source] += amount
            moved_in[target] += amount
    return dict(moved_in), dict(moved_out)


def usable_budget(session, facility_id: str, year: int, exclude_transfer: str | None = None) -> dict[str, int]:
    """Each 세출 account's budget after transfers: latest revision + transfers in − transfers out."""
    out = dict(current_budget(session, facility_id, year, "세출"))
    moved_in, moved_out = transfer_totals(session, facility_id, year, exclude_transfer)
    for code in set(moved_in) | set(moved_out):
        out[code] = out.get(code, 0) + moved_in.get(code, 0) - moved_out.get(code, 0)
    return out


def executed(session, facility_id: str, year: int, kind: str, codes=None, exclude_id: str | None = None,
             start=None, end=None) -> dict[str, int]:
    """Sum of the lines of active resolutions of `kind` per account (optionally within dates)."""
    q = (
        select(ResolutionLine.account_code, func.sum(ResolutionLine.amount))
        .join(Resolution, Resolution.id == ResolutionLine.resolution_id)
        .where(Resolution.facility_id == facility_id, Resolution.fiscal_year == year, Resolution.kind == kind,
               Resolution.state == ACTIVE, Resolution.deleted.is_(False))
        .group_by(ResolutionLine.account_code)
    )
    if codes is not None:
        q = q.where(ResolutionLine.account_code.in_(list(codes)))
    if exclude_id:
        q = q.where(Resolution.id != exclude_id)
    if start:
        q = q.where(Resolution.resolution_date >= start)
    if end:
        q = q.where(Resolution.resolution_date <= end)
    return {code: int(total) for code, total in session.execute(q)}


class Spending:
    """Budget and spending of one year's 세출 accounts, kept in memory while an import saves many resolutions.

    `codes`: the only accounts `take` will be given (an import's), so only their lines are summed.
    """

    def __init__(self, session, facility_id: str, year: int, codes=None):
        self.session, self.facility_id, self.year = session, facility_id, year
        self.budget = usable_budget(session, facility_id, year)
        self.spent = executed(session, facility_id, year, EXPENSE, codes)

    def take(self, amounts: dict[str, int], previous: dict[str, int]) -> None:
        """Check `amounts` (replacing `previous`, the same resolution's old lines) and count them as spent."""
        others = {c: self.spent.get(c, 0) - previous.get(c, 0) for c in amounts}
        _refuse_over_budget(self.session, self.facility_id, self.year, amounts, self.budget, others)
        for c, v in previous.items():
            self.spent[c] = self.spent.get(c, 0) - v
        for c, v in amounts.items():
            self.spent[c] = self.spent.get(c, 0) + v


def check_within_budget(session, facility_id: str, year: int, kind: str, amounts: dict[str, int],
                        exclude_id: str | None = None) -> None:
    """Refuse an expense that takes an account past its budget, saying budget, spent and shortfall."""
    if SIDE_OF_KIND[kind] != "세출":
        return
    budget = usable_budget(session, facility_id, year)
    spent = executed(session, facility_id, year, kind, amounts, exclude_id)
    _refuse_over_budget(session, facility_id, year, amounts, budget, spent)


def _refuse_over_budget(session, facility_id, year, amounts, budget, spent) -> None:
    chart = load_chart(session, facility_id, year)
    problems = []
    for code, amount in amounts.items():
        have, used = budget.get(code, 0), spent.get(code, 0)
        if used + amount > have:
            account = chart.get("세출", code)
            label = account.label if account else code
            problems.append(
                f"{label}: 예산 {have:,}원, 이미 집행 {used:,}원, 이번 {amount:,}원 → {used + amount - have:,}원 부족"
            )
    if problems:
        raise ValidationError("예산을 넘는 지출은 결의할 수 없습니다 (예산 전용 또는 추경 후 다시 하세요).\n"
                              + "\n".join(problems), "lines")


def set_budget(ctx, year: int, side: str, code: str, amount: int, revision: int = 0,
               funding_source: str = "", note: str = "") -> str:
    """Enter one account's amount in a revision; returns 'created', 'updated' or 'unchanged'."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        return save_budget_line(session, ctx.facility.id, actor.login_id,
                                BudgetLine(side, code, revision, amount, funding_source, note), year)


def save_budget_line(session, facility_id: str, actor_id: str, line: BudgetLine, year: int) -> str:
    if not 2000 <= year <= 2100:
        raise ValidationError(f"회계연도가 올바르지 않습니다: {year}", "회계연도")
    require_year_open(session, facility_id, year, "회계연도")
    load_chart(session, facility_id, year).leaf(line.side, line.code)
    if line.amount < 0:
        raise ValidationError("예산 금액은 0원 이상이어야 합니다.", "금액")
    if line.revision > 0:
        earlier = session.scalar(select(func.max(BudgetEntry.revision)).where(
            BudgetEntry.facility_id == facility_id, BudgetEntry.fiscal_year == year, BudgetEntry.deleted.is_(False)))
        if earlier is None or line.revision > earlier + 1:
            expected = 0 if earlier is None else earlier + 1
            raise ValidationError(f"{revision_label(line.revision)} 앞에 {revision_label(expected)}이(가) "
                                  "먼저 있어야 합니다.",
                                  "구분")
    row = session.scalar(select(BudgetEntry).where(
        BudgetEntry.facility_id == facility_id, BudgetEntry.fiscal_year == year, BudgetEntry.side == line.side,
        BudgetEntry.account_code == line.code, BudgetEntry.revision == line.revision))
    if row is not None and not row.deleted and (row.amount, row.funding_source, row.note) == (
            line.amount, line.funding_source, line.note):
        return "unchanged"
    outcome = "updated" if row is not None else "created"
    if row is None:
        row = BudgetEntry(facility_id=facility_id, fiscal_year=year, side=line.side, account_code=line.code,
                          revision=line.revision)
    row.amount, row.funding_source, row.note, row.deleted = line.amount, line.funding_source, line.note, False
    record_change(session, row, actor_id)
    return outcome


@dataclass(frozen=True)
class BudgetRow:
    side: str
    code: str
    name: str
    level: str
    amounts: tuple[int, ...]  # per revision, 0..N; subtotals for 관/항
    current: int


def budget_sheet(ctx, year: int) -> tuple[int, list[BudgetRow]]:
    """Every account with its amount in each revision and its current budget; 관/항 rows are subtotals."""
    with ctx.transaction() as session:
        chart = load_chart(session, ctx.facility.id, year)
        entries = _entries(session, ctx.facility.id, year)
        revisions = max((e.revision for e in entries), default=0) + 1
        by_account: dict = defaultdict(dict)
        for e in entries:
            by_account[(e.side, e.account_code)][e.revision] = e.amount
    rows: list[BudgetRow] = []
    totals: dict = defaultdict(lambda: [0] * (revisions + 1))
    for a in chart.accounts:
        if not chart.is_leaf(a):
            continue
        given = by_account.get((a.side, a.code), {})
        per, carried = [], 0
        for r in range(revisions):
            carried = given.get(r, carried)  # an account untouched by a revision keeps its amount
            per.append(carried)
        for up in [a, *chart.ancestors(a)]:
            t = totals[(a.side, up.code)]
            for i, v in enumerate(per + [carried]):
                t[i] += v
    for a in chart.accounts:
        t = totals.get((a.side, a.code))
        if t is None:
            continue
        rows.append(BudgetRow(a.side, a.code, a.name, a.level, tuple(t[:-1]), t[-1]))
    return revisions, rows
