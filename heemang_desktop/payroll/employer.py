"""사업주 부담분: the employer's social-insurance shares, from the same year's rate table as the
employee's, plus what only the facility knows — its size class (고용안정·직업능력개발 rate) and its
notified 산재 rate — kept as one synced row per facility.

The shares are lines of kind "employer" on the register entry: not pay, not deductions, so gross,
deductions, net and the payslip stay the employee's; the register totals them apart and the
인건비 resolution books them under 사회보험부담비용.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from heemang_desktop.payroll import insurance, rates
from heemang_desktop.payroll.models import EmployerSetting
from heemang_desktop.payroll.rates import MonthRates, floor10, times
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change

UNSET = "미설정: 급여대장 화면의 '사업주 부담 설정'에서 입력하세요"
# line code -> (name, the resolution line it is booked on)
LINES = {
    "er_pension": ("국민연금 사업주분", "국민연금"),
    "er_health": ("건강보험 사업주분", "건강보험"),
    "er_ltc": ("장기요양보험 사업주분", "장기요양보험"),
    "er_employment": ("고용보험(실업급여) 사업주분", "고용보험"),
    "er_stability": ("고용안정·직업능력개발", "고용보험"),
    "er_accident": ("산재보험", "산재보험"),
}


@dataclass(frozen=True)
class EmployerFacts:
    size_class: str = ""  # a key of the rate table's employer.stability; "" until the facility sets it
    accident_rate: int | None = None  # 산재보험료율 in 1/100,000 of pay (0.66% -> 660)

    @property
    def complete(self) -> bool:
        return bool(self.size_class) and self.accident_rate is not None

    @property
    def accident_percent(self) -> str:
        return "" if self.accident_rate is None else f"{Decimal(self.accident_rate) / 1000:f}".rstrip("0").rstrip(".")


def shares(taxable: int, r: MonthRates, facts: EmployerFacts, pension: str = "", health: str = "",
           employment: str = "") -> tuple[tuple[str, int, str], ...]:
    """(line code, amount, basis) of each share; `pension`/`health`/`employment` say why one does not apply."""
    t = r["employer"]
    out: list[tuple[str, int, str]] = []

    def add(code: str, amount: int, basis: str) -> None:
        out.append((code, amount, basis))

    if pension:
        add("er_pension", 0, pension)
    else:
        s = insurance.pension(taxable, r, t["national_pension_rate"])
        add("er_pension", s.amount, s.basis)
    if health:
        add("er_health", 0, health)
        add("er_ltc", 0, "건강보험 미적용")
    else:
        s = insurance.health(taxable, r, t["health_rate"])
        add("er_health", s.amount, s.basis)
        ltc = insurance.long_term_care(s.amount, r)
        add("er_ltc", ltc.amount, ltc.basis.replace("건강보험료", "사업주 건강보험료"))
    stability = t["stability"].get(facts.size_class)
    if employment:
        add("er_employment", 0, employment)
        add("er_stability", 0, employment)
    else:
        s = insurance.employment(taxable, r, t["employment_rate"])
        add("er_employment", s.amount, s.basis)
        if stability is None:
            add("er_stability", 0, UNSET)
        else:
            s = insurance.employment(taxable, r, stability["rate"])
            add("er_stability", s.amount, f"{s.basis} ({stability['label']})")
    if facts.accident_rate is None:
        add("er_accident", 0, UNSET)
    else:
        fraction = (facts.accident_rate, t["accident_rate_denominator"])
        add("er_accident", floor10(times(taxable, fraction)),
            f"보수 {taxable:,}원 × 산재보험료율 {facts.accident_percent}%, 10원 미만 절사")
    return tuple(out)


def load_facts(session, facility_id: str) -> EmployerFacts:
    row = session.scalar(select(EmployerSetting).where(EmployerSetting.facility_id == facility_id,
                                                       EmployerSetting.deleted.is_(False)))
    return EmployerFacts(row.size_class, row.accident_rate) if row is not None else EmployerFacts()


def get_facts(ctx) -> EmployerFacts:
    with ctx.store.session() as session:
        return load_facts(session, ctx.facility.id)


def size_classes(month: str) -> dict[str, str]:
    """key -> label of the size classes in the month's rate table."""
    return {k: v["label"] for k, v in rates.for_month(month)["employer"]["stability"].items()}


def parse_percent(text: str) -> int:
    """'0.66' (percent) -> 660 (1/100,000 of pay); at most three decimals."""
    try:
        value = Decimal(str(text).strip().rstrip("%")) * 1000
    except InvalidOperation:
        value = Decimal(-1)
    if value != value.to_integral_value() or not 0 < value < 100_000:
        raise ValidationError("산재보험료율은 0보다 크고 100보다 작은 % 값으로, "
                              "소수점 셋째 자리까지 입력하세요 (예: 0.66).",
                              "accident_rate")
    return int(value)


def save_facts(ctx, month: str, size_class: str, accident_percent: str) -> EmployerFacts:
    """Keep the facility's size class and 산재 rate; the open month's register follows on its next run."""
    actor = ctx.require_actor()
    classes = size_classes(month)
    if size_class not in classes:
        raise ValidationError(f"사업장 규모는 다음 중 하나입니다: {', '.join(classes.values())}", "size_class")
    rate = parse_percent(accident_percent)
    with ctx.transaction() as session:
        row = session.scalar(select(EmployerSetting).where(EmployerSetting.facility_id == ctx.facility.id))
        if row is None:
            row = EmployerSetting(facility_id=ctx.facility.id)
        if (row.size_class, row.accident_rate, row.deleted) != (size_class, rate, False):
            row.size_class, row.accident_rate, row.deleted = size_class, rate, False
            record_change(session, row, actor.login_id)
        return EmployerFacts(row.size_class, row.accident_rate)


def missing(lines) -> list[str]:
    """Names of the employer's shares that could not be computed (the facility's facts not yet set)."""
    return sorted({ln.name for ln in lines if ln.basis == UNSET})


def require_complete(month: str, lines) -> None:
    names = missing(lines)
    if names:
        raise ValidationError(
            f"{month} 급여대장의 사업주 부담분({', '.join(names)})을 계산하지 못했습니다. '사업주 부담 설정'에서 "
            "사업장 규모와 산재보험료율을 입력한 뒤 급여를 다시 계산하세요.")
