"""예산 전용 (budget transfers): move budget from one 세출 account to another within a fiscal year.

A transfer may not take the source below what it has already spent, may not feed a restricted
account (domain.md §3, marked in the chart data), and between different 항 (or 관) it names its
approval basis (이사회 의결 / 위원회 보고 / 소규모 시설 면제, resources/accounting/options.json).
Cancelling is a recorded state; it is refused when the target has already spent the moved money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from heemang_desktop.accounting.budget import executed, usable_budget
from heemang_desktop.accounting.chart import Account, Chart, load_chart
from heemang_desktop.accounting.models import ACTIVE, CANCELLED, EXPENSE, BudgetTransfer
from heemang_desktop.accounting.year_close_lock import require_year_open
from heemang_desktop.resources import load_json
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

SIDE = "세출"
STATE_LABELS = {ACTIVE: "정상", CANCELLED: "취소"}


@dataclass(frozen=True)
class TransferInput:
    transfer_date: date
    from_code: str
    to_code: str
    amount: int
    reason: str
    basis: str = ""


@dataclass(frozen=True)
class TransferView:
    id: str
    number: str
    transfer_date: date
    from_code: str
    from_path: tuple[str, ...]  # 관, 항, 목 (and 세목) names, top first
    to_code: str
    to_path: tuple[str, ...]
    amount: int
    reason: str
    basis: str
    state: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def bases() -> list[str]:
    return list(load_json("accounting/options.json")["transfer_bases"])


def _path(chart: Chart, code: str) -> tuple[str, ...]:
    account = chart.get(SIDE, code)
    if account is None:
        return (code,)
    return tuple(a.name for a in chart.ancestors(account)) + (account.label,)


def _item(chart: Chart, account: Account) -> str | None:
    """The 항 an account sits under (transfers across 항 need an approval basis)."""
    return next((a.code for a in chart.ancestors(account) if a.level == "항"), None)


def view_of(chart: Chart, row: BudgetTransfer) -> TransferView:
    return TransferView(row.id, row.number, row.transfer_date, row.from_code, _path(chart, row.from_code),
                        row.to_code, _path(chart, row.to_code), row.amount, row.reason, row.basis, row.state)


def _check(session, facility_id: str, data: TransferInput) -> tuple[Chart, Account, Account]:
    if not isinstance(data.transfer_date, date):
        raise ValidationError("전용일자를 입력하세요.", "transfer_date")
    year = data.transfer_date.year
    if not 2000 <= year <= 2100:
        raise ValidationError(f"회계연도가 올바르지 않습니다: {year}", "transfer_date")
    require_year_open(session, facility_id, year, "transfer_date")
    chart = load_chart(session, facility_id, year)
    source = chart.leaf(SIDE, (data.from_code or "").strip(), "from_code")
    target = chart.leaf(SIDE, (data.to_code or "").strip(), "to_code")
    if source.code == target.code:
        raise ValidationError("같은 과목으로는 전용할 수 없습니다.", "to_code")
    amount = data.amount
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(f"전용 금액은 1원 이상의 정수(원)여야 합니다: {amount}", "amount")
    if not (data.reason or "").strip():
        raise ValidationError("전용 사유를 입력하세요.", "reason")
    if chart.is_restricted(target):
        raise ValidationError(f"{target.label}은(는) 전용으로 늘릴 수 없는 과목입니다 (재무·회계 규칙의 전용 제한).",
                              "to_code")
    if data.basis and data.basis not in bases():
        raise ValidationError(f"전용 근거는 {', '.join(bases())} 중 하나입니다: '{data.basis}'", "basis")
    if not data.basis and _item(chart, source) != _item(chart, target):
        raise ValidationError(
            f"항이 다른 과목 사이의 전용({source.label} → {target.label})에는 근거가 필요합니다: {', '.join(bases())}.",
            "basis")
    return chart, source, target


def _available(session, facility_id: str, year: int, code: str, exclude_transfer: str | None = None) -> tuple[int, int]:
    """(budget after transfers, spent) of one 세출 account."""
    budget = usable_budget(session, facility_id, year, exclude_transfer).get(code, 0)
    spent = executed(session, facility_id, year, EXPENSE, codes=[code]).get(code, 0)
    return budget, spent


def save_transfer(ctx, data: TransferInput) -> TransferView:
    """Record a transfer; refused when the source would fall below what it has already spent."""
    actor = ctx.require_actor()
    facility_id = ctx.facility.id
    with ctx.transaction() as session:
        chart, source, target = _check(session, facility_id, data)
        year = data.transfer_date.year
        budget, spent = _available(session, facility_id, year, source.code)
        if budget - data.amount < spent:
            raise ValidationError(
                f"{source.label}: 예산 {budget:,}원 중 이미 {spent:,}원을 집행해 {max(budget - spent, 0):,}원까지만 "
                f"전용할 수 있습니다 (요청 {data.amount:,}원).", "amount")
        seq = (session.scalar(select(func.max(BudgetTransfer.seq)).where(
            BudgetTransfer.facility_id == facility_id, BudgetTransfer.fiscal_year == year)) or 0) + 1
        row = BudgetTransfer(id=new_id(), facility_id=facility_id, fiscal_year=year, seq=seq,
                             number=f"{year}-전용-{seq:03d}", transfer_date=data.transfer_date,
                             from_code=source.code, to_code=target.code, amount=data.amount,
                             reason=data.reason.strip(), basis=data.basis, state=ACTIVE)
        record_change(session, row, actor.login_id)
        return view_of(chart, row)


def cancel_transfer(ctx, transfer_id: str) -> TransferView:
    """Cancel (recorded, never deleted); refused when the target has already spent what it received."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        row = owned(session, BudgetTransfer, transfer_id, ctx.facility.id, "예산 전용 기록")
        if row.state == CANCELLED:
            raise ValidationError(f"이미 취소된 전용입니다: {row.number}")
        require_year_open(session, row.facility_id, row.fiscal_year)
        chart = load_chart(session, row.facility_id, row.fiscal_year)
        budget, spent = _available(session, row.facility_id, row.fiscal_year, row.to_code, exclude_transfer=row.id)
        if budget < spent:
            account = chart.get(SIDE, row.to_code)
            raise ValidationError(
                f"{account.label if account else row.to_code}: 이 전용을 취소하면 예산 {budget:,}원이 이미 집행한 "
                f"{spent:,}원보다 적어집니다.")
        row.state = CANCELLED
        record_change(session, row, actor.login_id)
        return view_of(chart, row)


def transfers_in(session, facility_id: str, year: int, start: date | None = None, end: date | None = None,
                 active_only: bool = False) -> list[TransferView]:
    q = select(BudgetTransfer).where(BudgetTransfer.facility_id == facility_id, BudgetTransfer.fiscal_year == year,
                                     BudgetTransfer.deleted.is_(False)).order_by(BudgetTransfer.seq)
    if start:
        q = q.where(BudgetTransfer.transfer_date >= start)
    if end:
        q = q.where(BudgetTransfer.transfer_date <= end)
    if active_only:
        q = q.where(BudgetTransfer.state == ACTIVE)
    chart = load_chart(session, facility_id, year)
    return [view_of(chart, r) for r in session.scalars(q)]


def list_transfers(ctx, year: int) -> list[TransferView]:
    with ctx.store.session() as session:  # a read: no write lock
        return transfers_in(session, ctx.facility.id, year)
